package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.Method;

/**
 * Places of a BIFF8 workbook where a value survived a redaction that reported success: records POI keeps raw (a
 * rich-text label, a page header of Excel 2007, printer settings, a scenario), caches (a formula's number, an external
 * workbook's cells) and parts no text read (conditional formats' formulas, a hyperlink's URL beside its location).
 * Inputs are built with HSSF, or with raw records where HSSF writes none; judged by {@link RawXls}.
 */
class XlsLeaksTest {

    static final String NAME = "Ada Lovelace";
    static final String EMAIL = "ada.lovelace@example.org";

    @TempDir
    Path dir;

    /** A sheet "Patients": the name in B1, the e-mail in B2, a word that must survive in A1. */
    static HSSFWorkbook base() {
        HSSFWorkbook wb = new HSSFWorkbook();
        HSSFSheet s = wb.createSheet("Patients");
        String[][] rows = {{"Patient", NAME}, {"Email", EMAIL}, {"Notes", "Total"}};
        for (int i = 0; i < rows.length; i++) {
            HSSFRow r = s.createRow(i);
            r.createCell(0).setCellValue(rows[i][0]);
            r.createCell(1).setCellValue(rows[i][1]);
        }
        return wb;
    }

    private static OfficeRun.Output redact(Path in, List<String> values) throws Exception {
        return OfficeRun.run(new XlsFormatHandler(), in, XlsFormatHandler.XLS, Method.REDACT, values, "[REDACTED]");
    }

    private Path write(HSSFWorkbook wb, String name) throws Exception {
        Path in = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(in)) {
            wb.write(out);
        }
        return in;
    }

    // ---- raw records, for what HSSF cannot write ----

    /** A BIFF record: its type and data. */
    static final class Rec {
        final int sid;
        byte[] data;

        Rec(int sid, byte[] data) {
            this.sid = sid;
            this.data = data;
        }
    }

    static byte[] streamOf(HSSFWorkbook wb) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        wb.write(b);
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b.toByteArray()));
                InputStream in = fs.createDocumentInputStream("Workbook")) {
            return in.readAllBytes();
        }
    }

    static List<Rec> records(byte[] stream) {
        List<Rec> out = new ArrayList<>();
        for (int at = 0; at + 4 <= stream.length; ) {
            int sid = u16(stream, at);
            int length = u16(stream, at + 2);
            out.add(new Rec(sid, Arrays.copyOfRange(stream, at + 4, at + 4 + length)));
            at += 4 + length;
        }
        return out;
    }

    /** The records written as a stream, each sheet's BOUNDSHEET pointing at its BOF again (the i-th at the i-th BOF after the globals'). */
    static byte[] stream(List<Rec> records) {
        Map<Rec, Integer> at = new IdentityHashMap<>();
        List<Integer> bofs = new ArrayList<>();
        int p = 0;
        for (Rec r : records) {
            at.put(r, p);
            if (r.sid == 0x0809) {
                bofs.add(p);
            }
            p += 4 + r.data.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int sheet = 1;
        for (Rec r : records) {
            if (r.sid == 0x0085) {
                int bof = bofs.get(sheet++);
                r.data[0] = (byte) bof;
                r.data[1] = (byte) (bof >> 8);
                r.data[2] = (byte) (bof >> 16);
                r.data[3] = (byte) (bof >> 24);
            }
            out.writeBytes(cat(u16(r.sid), u16(r.data.length), r.data));
        }
        return out.toByteArray();
    }

    private Path writeStream(List<Rec> records, String name) throws Exception {
        Path in = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(in)) {
            fs.createDocument(new ByteArrayInputStream(stream(records)), "Workbook");
            fs.writeFilesystem(out);
        }
        return in;
    }

    /** @return the index of the first record of that type at or after {@code from} */
    static int find(List<Rec> records, int sid, int from) {
        for (int i = from; i < records.size(); i++) {
            if (records.get(i).sid == sid) {
                return i;
            }
        }
        return -1;
    }

    /** @return the index of the BOF of the k-th substream (0: the globals) */
    static int bof(List<Rec> records, int k) {
        int n = -1;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).sid == 0x0809 && ++n == k) {
                return i;
            }
        }
        return -1;
    }

    /** An XLUnicodeString of 16-bit characters. */
    static byte[] wide(String s) {
        return cat(u16(s.length()), new byte[] {1}, s.getBytes(StandardCharsets.UTF_16LE));
    }

    static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }

    static byte[] u16(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8)};
    }

    static byte[] u32(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }

    static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    // ---- the cases ----

    /**
     * A rich-text label cell (RSTRING, which HSSF never writes but Excel 5 and other writers do) was kept raw by POI and
     * read by no text: "Ada Lovelace" stayed. It is now read as a cell, redacted, and its neighbours kept.
     */
    @Test
    void aRichTextLabelIsReadAndRedacted() throws Exception {
        Path in;
        try (HSSFWorkbook wb = base()) {
            wb.getSheetAt(0).createRow(5).createCell(0).setCellValue("Next of kin");
            List<Rec> records = records(streamOf(wb));
            int last = -1;
            for (int i = bof(records, 1); records.get(i).sid != 0x000A; i++) {
                last = records.get(i).sid == 0x00FD ? i : last; // after the last LABELSST
            }
            String v = "Grace Hopper";
            records.add(last + 1, new Rec(0x00D6, cat(u16(5), u16(1), u16(15), u16(v.length()), new byte[] {0},
                    v.getBytes(StandardCharsets.ISO_8859_1), u16(1), u16(0), u16(0))));
            in = writeStream(records, "rstring.xls");
        }
        assertTrue(new RawXls(Files.readAllBytes(in)).holds("Grace Hopper"), "the check can fail");
        OfficeRun.Output out = redact(in, List.of("Grace Hopper", NAME));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Grace Hopper", NAME));
        raw.assertSurvive(List.of("Next of kin", "Patient"));
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            assertEquals("[REDACTED]", wb.getSheetAt(0).getRow(5).getCell(1).getStringCellValue());
        }
    }

    /**
     * A formula's cached number (=Patients!B4, an SSN stored as 78051120 and shown as 078-05-1120) stayed as the
     * double in the FORMULA record when the cell it names was redacted. The cached number is now read as the cell
     * shows it; redacted, it becomes a string result, the formula stays, and Excel is told to recalculate.
     */
    @Test
    void aFormulasCachedNumberIsReadAndReplaced() throws Exception {
        Path in;
        try (HSSFWorkbook wb = base()) {
            org.apache.poi.ss.usermodel.CellStyle ssn = wb.createCellStyle();
            ssn.setDataFormat(wb.createDataFormat().getFormat("000-00-0000"));
            HSSFRow r = wb.getSheetAt(0).createRow(3);
            r.createCell(0).setCellValue("SSN");
            r.createCell(1).setCellValue(78051120d);
            r.getCell(1).setCellStyle(ssn);
            HSSFRow s = wb.createSheet("Summary").createRow(0);
            s.createCell(0).setCellValue("SSN of patient");
            s.createCell(1).setCellFormula("Patients!B4");
            s.getCell(1).setCellStyle(ssn);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            in = write(wb, "cached.xls");
        }
        byte[] number = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putDouble(78051120d).array();
        assertTrue(RawXls.indexOf(Files.readAllBytes(in), number) >= 0, "the check can fail");
        OfficeRun.Output out = redact(in, List.of("078-05-1120"));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("078-05-1120", "78051120"));
        assertEquals(-1, RawXls.indexOf(raw.workbook, number), "the number is nowhere, cached or stored");
        raw.assertSurvive(List.of("SSN of patient"));
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            org.apache.poi.hssf.usermodel.HSSFCell f = wb.getSheet("Summary").getRow(0).getCell(1);
            assertEquals("Patients!B4", f.getCellFormula(), "the formula stays");
            assertEquals("[REDACTED]", f.getStringCellValue());
        }
        // HSSF's getter reads this flag the wrong way round: the RECALCID record's engine id 0 makes Excel recalculate
        List<Rec> records = records(raw.workbook);
        int recalc = find(records, 0x01C1, 0);
        assertTrue(recalc > 0 && Arrays.equals(new byte[4], Arrays.copyOfRange(records.get(recalc).data, 4, 8)), "Excel recalculates it");
    }

    /**
     * A link to another workbook kept its path ("C:\\Users\\Ada Lovelace\\…", the folder of a user's profile) and
     * the cells of it last seen (CRN records: "Patient Grace Hopper"), which no text read. The path becomes the bare
     * file name, which is read (a name in it is redacted); the cached cells become empty.
     */
    @Test
    void anExternalWorkbooksPathAndCachedCellsGo() throws Exception {
        Path in;
        try (HSSFWorkbook wb = base(); HSSFWorkbook other = new HSSFWorkbook()) {
            other.createSheet("Register").createRow(0).createCell(0).setCellValue("x");
            String path = "C:\\Users\\" + NAME + "\\Documents\\Marie Curie.xls";
            wb.linkExternalWorkbook(path, other);
            HSSFRow r = wb.getSheetAt(0).createRow(5);
            r.createCell(0).setCellValue("From register");
            r.createCell(1).setCellFormula("[" + path + "]Register!A1");
            List<Rec> records = records(streamOf(wb));
            int book = -1;
            for (int i = 0; i < bof(records, 1); i++) {
                book = records.get(i).sid == 0x01AE && records.get(i).data.length > 4 ? i : book; // the external SUPBOOK
            }
            records.add(book + 1, new Rec(0x0059, cat(u16(2), u16(0)))); // XCT: two CRNs of its first sheet
            records.add(book + 2, new Rec(0x005A, cat(new byte[] {0, 0}, u16(0), new byte[] {2}, wide("Patient Grace Hopper"))));
            records.add(book + 3, new Rec(0x005A, cat(new byte[] {0, 0}, u16(1), new byte[] {2}, wide("Ward Seven"))));
            in = writeStream(records, "external.xls");
        }
        RawXls before = new RawXls(Files.readAllBytes(in));
        assertTrue(before.holds("Grace Hopper") && before.holds("Ward Seven") && before.holds("Documents"), "the check can fail");
        OfficeRun.Output out = redact(in, List.of(NAME));
        assertTrue(out.text().contains("Marie Curie.xls"), "the file name is read");
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of(NAME, "Grace Hopper", "Ward Seven", "Documents", "Users"));
        raw.assertSurvive(List.of("From register", "Register", "Marie Curie.xls"));
        assertEquals(3, out.removed().get("externalLinks"), "the path and two cached cells: " + out.removed());
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            assertEquals("'[Marie Curie.xls]Register'!A1", wb.getSheetAt(0).getRow(5).getCell(1).getCellFormula());
        }
    }

    /**
     * Conditional formats' formulas (cells equal to "Ada Lovelace" in yellow, cells holding the e-mail in red) kept their
     * string literals: no text read them. They are read and redacted in the rules' tokens, the rules kept.
     */
    @Test
    void conditionalFormatsLiteralsAreReadAndRedacted() throws Exception {
        Path in;
        try (HSSFWorkbook wb = base()) {
            org.apache.poi.hssf.usermodel.HSSFSheetConditionalFormatting cf = wb.getSheetAt(0).getSheetConditionalFormatting();
            org.apache.poi.hssf.usermodel.HSSFConditionalFormattingRule equal = cf.createConditionalFormattingRule(
                    org.apache.poi.ss.usermodel.ComparisonOperator.EQUAL, "\"Grace Hopper\"", null);
            equal.createPatternFormatting().setFillBackgroundColor(org.apache.poi.ss.usermodel.IndexedColors.YELLOW.getIndex());
            org.apache.poi.hssf.usermodel.HSSFConditionalFormattingRule search = cf.createConditionalFormattingRule(
                    "ISNUMBER(SEARCH(\"" + EMAIL + "\",B1))");
            search.createFontFormatting().setFontColorIndex(org.apache.poi.ss.usermodel.IndexedColors.RED.getIndex());
            cf.addConditionalFormatting(new org.apache.poi.ss.util.CellRangeAddress[] {
                org.apache.poi.ss.util.CellRangeAddress.valueOf("B1:B20")}, equal, search);
            in = write(wb, "condfmt.xls");
        }
        OfficeRun.Output out = redact(in, List.of("Grace Hopper", EMAIL));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Grace Hopper", EMAIL));
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            org.apache.poi.hssf.usermodel.HSSFConditionalFormatting f =
                    wb.getSheetAt(0).getSheetConditionalFormatting().getConditionalFormattingAt(0);
            assertEquals("\"[REDACTED]\"", f.getRule(0).getFormula1());
            assertEquals("ISNUMBER(SEARCH(\"[REDACTED]\",B1))", f.getRule(1).getFormula1());
        }
    }

    /**
     * A hyperlink's ScreenTip (HLINKTOOLTIP, which HSSF keeps raw and never writes: "Write to Grace Hopper") was read by
     * no text. It is read and redacted, the link kept.
     */
    @Test
    void aHyperlinksScreenTipIsReadAndRedacted() throws Exception {
        Path in;
        try (HSSFWorkbook wb = base()) {
            org.apache.poi.hssf.usermodel.HSSFHyperlink link = wb.getCreationHelper().createHyperlink(
                    org.apache.poi.common.usermodel.HyperlinkType.EMAIL);
            link.setAddress("mailto:office@example.com");
            wb.getSheetAt(0).getRow(2).createCell(2).setCellValue("Contact");
            wb.getSheetAt(0).getRow(2).getCell(2).setHyperlink(link);
            List<Rec> records = records(streamOf(wb));
            int hlink = find(records, 0x01B8, bof(records, 1));
            records.add(hlink + 1, new Rec(0x0800, cat(u16(0x0800), u16(0), u16(2), u16(2), u16(2), u16(2),
                    "Write to Grace Hopper\0".getBytes(StandardCharsets.UTF_16LE))));
            in = writeStream(records, "tooltip.xls");
        }
        OfficeRun.Output out = redact(in, List.of("Grace Hopper"));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Grace Hopper"));
        raw.assertSurvive(List.of("Write to ", "office@example.com"));
    }
}
