package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.Replacement;

/** CSV: cell boundaries, header hints, byte-faithful replacement, sanitize. */
class CsvFormatHandlerTest {

    @TempDir
    Path dir;

    private static final DocumentLimits LIMITS = new DocumentLimits(1 << 20, 10, 1 << 20, 1 << 24,
            System.nanoTime() + 60_000_000_000L);

    private ParsedDocument open(byte[] bytes) throws Exception {
        Path f = dir.resolve("a.csv");
        Files.write(f, bytes);
        return new CsvFormatHandler().open(f, "text/csv", LIMITS);
    }

    @Test
    void cellsWithQuotesDelimitersAndLineEndings() {
        String csv = "a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n1,,3\n";
        List<CsvCells.Cell> cells = CsvCells.cells(csv, ',');
        assertEquals(List.of("a", "b, with comma", "say \"\"hi\"\"", "1", "", "3"), // a final line break ends the record
                cells.stream().map(c -> csv.substring(c.start(), c.end())).toList());
        assertEquals(1, cells.get(3).row());
        assertEquals(';', CsvCells.delimiter("name;ssn;\"x,y\"\n"));
        assertEquals('\t', CsvCells.delimiter("name\tssn\n"));
    }

    @Test
    void headersMakeHintsAndEmptyCellsAreSkipped() throws Exception {
        String csv = "Name;Social Security Number;Notes\r\n\"Roe, Jane\";078051120;ok\r\nJohn Doe;n/a;x\r\n";
        try (ParsedDocument d = open(csv.getBytes(StandardCharsets.UTF_8))) {
            List<RecognizerResult> hints = d.hints();
            assertEquals(List.of("PERSON:Roe, Jane", "US_SSN:078051120", "PERSON:John Doe"),
                    hints.stream().map(h -> h.entityType() + ":" + csv.substring(h.start(), h.end())).toList());
            assertEquals("column headed 'Social Security Number'", hints.get(1).explanation());
        }
    }

    @Test
    void writesOnlyTheReplacedValues() throws Exception {
        byte[] bom = TextCodec.UTF8_BOM;
        String csv = "name,ssn\r\n\"Roe, Jane\",078-05-1120\r\n";
        byte[] input = concat(bom, csv.getBytes(StandardCharsets.UTF_8));
        try (ParsedDocument d = open(input)) {
            int ssn = csv.indexOf("078");
            int name = csv.indexOf("Roe");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.write(List.of(new Replacement(name, name + 9, "PERSON", "Doe, Alex"),
                    new Replacement(ssn, ssn + 11, "US_SSN", "900-12-3456")), Method.ANONYMIZE, out);
            // a surrogate with the delimiter inside a quoted cell stays in its quotes (it was "[REDACTED]", which lost an
            // anonymized cell's name: a review's, 2026-12-05)
            String expected = "name,ssn\r\n\"Doe, Alex\",900-12-3456\r\n";
            assertArrayEquals(concat(bom, expected.getBytes(StandardCharsets.UTF_8)), out.toByteArray());
        }
        // an unquoted whole cell gets quotes, a quote in a surrogate is doubled; within part of an unquoted cell, where
        // no quotes can go, the surrogate is "[REDACTED]"
        String plain = "name,note\nJane Roe,seen by Jane Roe today\n";
        try (ParsedDocument d = open(plain.getBytes(StandardCharsets.UTF_8))) {
            int whole = plain.indexOf("Jane Roe");
            int part = plain.indexOf("Jane Roe", whole + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.write(List.of(new Replacement(whole, whole + 8, "PERSON", "Roe, \"Al\""),
                    new Replacement(part, part + 8, "PERSON", "Roe, Al")), Method.ANONYMIZE, out);
            assertEquals("name,note\n\"Roe, \"\"Al\"\"\",seen by [REDACTED] today\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void sanitizeNeutralisesFormulas() throws Exception {
        try (ParsedDocument d = open("a,b\n=HYPERLINK(\"http://x\"),@SUM(1)\n-5,text\u200B\n".getBytes(StandardCharsets.UTF_8))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, Integer> removed = d.sanitize(out);
            assertEquals("a,b\n'=HYPERLINK(\"http://x\"),'@SUM(1)\n-5,text\n", out.toString(StandardCharsets.UTF_8));
            assertEquals(Map.of("formulas", 2, "hiddenCharacters", 1), removed);
        }
    }

    /**
     * The thirty-seventh review (finding 5): a spreadsheet runs a cell starting with {@code +} or {@code -} as a formula
     * too ({@code +cmd|' /C calc'!A0}, a DDE payload), and one after a tab; OWASP's list is {@code = + - @ TAB CR}.
     * Quoted or not, each gets the {@code '}; plain signed numbers and a lone dash stay as they were. The output is read
     * as bytes, no CSV code of the handler's.
     */
    @Test
    void sanitizeNeutralisesEveryFormulaPrefixButKeepsSignedNumbers() throws Exception {
        String in = "name,value\r\nc,+cmd|' /C calc MKPLUS'!A0\r\nd,-2+3+cmd|' /C calc MKMINUS'!A0\r\n"
                + "i,\"+MKQUOTEDPLUS|'x'!A0\"\r\nf,\t=1+MKTAB\r\nn,-12.5\r\np,+3\r\nq,\"-1,234.50\"\r\nr,-\r\ns,-1e5\r\n";
        try (ParsedDocument d = open(in.getBytes(StandardCharsets.UTF_8))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, Integer> removed = d.sanitize(out);
            assertEquals("name,value\r\nc,'+cmd|' /C calc MKPLUS'!A0\r\nd,'-2+3+cmd|' /C calc MKMINUS'!A0\r\n"
                    + "i,\"'+MKQUOTEDPLUS|'x'!A0\"\r\nf,'\t=1+MKTAB\r\nn,-12.5\r\np,+3\r\nq,\"-1,234.50\"\r\nr,-\r\ns,-1e5\r\n",
                    out.toString(StandardCharsets.UTF_8));
            assertEquals(Map.of("formulas", 4), removed);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
