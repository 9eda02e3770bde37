package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFClientAnchor;
import org.apache.poi.hssf.usermodel.HSSFComment;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.ParsedDocument;

/**
 * XLS hard cases built with HSSF: a value in several cells (one shared string), a sheet named after a
 * person that a formula names, a formula literal, a number, a comment with its author, a header,
 * properties with an author, a VBA storage. Judged by {@link RawXls}, which reads the bytes.
 */
class XlsRedactionTest {

    static final List<String> IN_TEXT = List.of("Grace Hopper", "grace@example.com", "Alan Turing", "Ada Lovelace",
            "Linus Pauling", "Marie Curie", "5551234567");
    static final List<String> OTHER = List.of("Name", "Email", "Total", "Budget", "Notes", "Summary");

    @TempDir
    Path dir;

    static void build(Path file, String password) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            HSSFSheet s = wb.createSheet("Summary");
            s.createRow(0).createCell(0).setCellValue("Name");
            s.getRow(0).createCell(1).setCellValue("Email");
            s.createRow(1).createCell(0).setCellValue("Grace Hopper");
            s.getRow(1).createCell(1).setCellValue("grace@example.com");
            s.createRow(2).createCell(0).setCellValue("Grace Hopper");
            s.getRow(2).createCell(1).setCellValue(5551234567d);
            s.createRow(3).createCell(0).setCellValue("Total");
            s.getHeader().setCenter("Budget of Linus Pauling");
            HSSFSheet person = wb.createSheet("Alan Turing");
            person.createRow(0).createCell(0).setCellValue(42);
            person.getRow(0).createCell(1).setCellValue("Notes");
            s.getRow(3).createCell(1).setCellFormula("'Alan Turing'!A1&\" Ada Lovelace\"");
            HSSFSheet hidden = wb.createSheet("Owner");
            hidden.createRow(0).createCell(0).setCellValue("Total");
            wb.setSheetHidden(2, true);
            HSSFComment c = s.createDrawingPatriarch().createCellComment(new HSSFClientAnchor(0, 0, 0, 0, (short) 3, 3, (short) 5, 6));
            c.setString(new HSSFRichTextString("check with Marie Curie"));
            c.setAuthor("Rosalind Franklin");
            s.getRow(1).getCell(0).setCellComment(c);
            wb.createInformationProperties();
            wb.getSummaryInformation().setAuthor("Dorothy Vaughan");
            wb.getDocumentSummaryInformation().setCompany("Hidden Figures Ltd");
            try {
                Biff8EncryptionKey.setCurrentUserPassword(password);
                wb.write(bytes);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes.toByteArray()));
                OutputStream out = Files.newOutputStream(file)) {
            fs.getRoot().createDirectory("_VBA_PROJECT_CUR").createDocument("VBA",
                    new ByteArrayInputStream("Secret Macro Code".getBytes(StandardCharsets.UTF_16LE)));
            fs.writeFilesystem(out);
        }
    }

    private static OfficeRun.Output run(Path in, Method method, List<String> values) throws Exception {
        return OfficeRun.run(new XlsFormatHandler(), in, XlsFormatHandler.XLS, method, values, "[REDACTED]");
    }

    @Test
    void redactedValuesAreGoneFromTheBytesAndNoStaleSharedStringRemains() throws Exception {
        Path in = dir.resolve("hard.xls");
        build(in, null);
        assertTrue(new RawXls(Files.readAllBytes(in)).holds("Grace Hopper"), "the check can fail: the input holds the value");
        OfficeRun.Output out = run(in, Method.REDACT, IN_TEXT);
        RawXls raw = new RawXls(out.bytes());
        List<String> all = new ArrayList<>(IN_TEXT);
        all.addAll(List.of("Rosalind Franklin", "Dorothy Vaughan", "Hidden Figures Ltd", "Secret Macro Code"));
        raw.assertNone(all);
        raw.assertSurvive(OTHER);
        assertEquals(List.of("Workbook"), raw.entries, "properties and macros are not written");
        assertEquals(1, out.removed().get("macros"));
        assertTrue(out.removed().get("metadata") >= 2, "both property streams: " + out.removed());
        assertEquals(1, out.removed().get("authors"));
        assertEquals(XlsFormatHandler.XLS, out.mediaType());
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            HSSFSheet s = wb.getSheetAt(0);
            assertEquals("[REDACTED]", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("[REDACTED]", s.getRow(2).getCell(0).getStringCellValue(), "the second cell with the value too");
            assertEquals("[REDACTED]", s.getRow(2).getCell(1).getStringCellValue(), "the number became the replacement");
            assertEquals("REDACTED", wb.getSheetName(1), "the sheet has a valid new name");
            assertEquals("REDACTED!A1&\" [REDACTED]\"", s.getRow(3).getCell(1).getCellFormula(), "the formula follows");
            assertEquals("[REDACTED]", s.getHeader().getCenter().replace("Budget of ", ""));
        }
        try (ParsedDocument again = new XlsFormatHandler().open(writeTemp(out.bytes()), XlsFormatHandler.XLS, OfficeRun.limits())) {
            for (String v : IN_TEXT) {
                assertFalse(again.text().contains(v), "value #" + IN_TEXT.indexOf(v) + " is in the re-read text");
            }
            assertTrue(again.text().contains("Notes"));
        }
    }

    /**
     * A data validation's prompt ("Ask Ada Lovelace"), error and list to pick from ("Linus Pauling") were never read,
     * and stayed in the output; now each is redacted where it stands, and the validation keeps its range, its other
     * items and its titles.
     */
    @Test
    void dataValidationsPromptsErrorsAndListsAreRedacted() throws Exception {
        Path in = dir.resolve("validation.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(in)) {
            HSSFSheet s = wb.createSheet("Summary");
            s.createRow(0).createCell(0).setCellValue("Name");
            org.apache.poi.hssf.usermodel.HSSFDataValidationHelper helper = new org.apache.poi.hssf.usermodel.HSSFDataValidationHelper(s);
            org.apache.poi.ss.usermodel.DataValidation v = helper.createValidation(
                    helper.createExplicitListConstraint(new String[] {"Linus Pauling", "Notes"}),
                    new org.apache.poi.ss.util.CellRangeAddressList(1, 5, 0, 0));
            v.createPromptBox("Budget", "Ask Ada Lovelace");
            v.setShowPromptBox(true);
            v.createErrorBox("Alan Turing", "Mail grace@example.com");
            s.addValidationData(v);
            wb.write(out);
        }
        assertTrue(new RawXls(Files.readAllBytes(in)).holds("Ada Lovelace"), "the check can fail: the input holds the value");
        OfficeRun.Output out = run(in, Method.REDACT, List.of("Ada Lovelace", "Linus Pauling", "Alan Turing", "grace@example.com"));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Ada Lovelace", "Linus Pauling", "Alan Turing", "grace@example.com"));
        raw.assertSurvive(List.of("Budget", "Notes"));
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            List<org.apache.poi.hssf.usermodel.HSSFDataValidation> kept = wb.getSheetAt(0).getDataValidations();
            assertEquals(1, kept.size());
            assertEquals("Ask [REDACTED]", kept.get(0).getPromptBoxText());
            assertEquals("Budget", kept.get(0).getPromptBoxTitle());
            assertEquals(List.of("[REDACTED]", "Notes"), List.of(kept.get(0).getValidationConstraint().getExplicitListValues()));
            assertEquals("A2:A6", kept.get(0).getRegions().getCellRangeAddress(0).formatAsString());
        }
    }

    /**
     * An XLS's pictures are not read (its drawing records are not edited): the report says so, and the workbook is
     * written whole, its picture kept.
     */
    @Test
    void anXlsPictureIsCountedAsNotReadAndKept() throws Exception {
        Path in = dir.resolve("picture.xls");
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(in)) {
            HSSFSheet s = wb.createSheet("Card");
            s.createRow(0).createCell(0).setCellValue("Holder Ada Lovelace");
            int picture = wb.addPicture(png.toByteArray(), org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
            s.createDrawingPatriarch().createPicture(new org.apache.poi.hssf.usermodel.HSSFClientAnchor(0, 0, 0, 0,
                    (short) 1, 1, (short) 3, 4), picture);
            wb.write(out);
        }
        OfficeRun.Output out = run(in, Method.REDACT, List.of("Ada Lovelace"));
        assertEquals(1, out.removed().get("imagesNotRead"), out.removed().toString());
        new RawXls(out.bytes()).assertNone(List.of("Ada Lovelace"));
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            assertEquals(1, wb.getAllPictures().size());
            assertTrue(java.util.Arrays.equals(png.toByteArray(), wb.getAllPictures().get(0).getData()));
        }
    }

    @Test
    void anonymizeWritesTheSurrogateInEveryCellOfTheSharedString() throws Exception {
        Path in = dir.resolve("hard.xls");
        build(in, null);
        OfficeRun.Output out = run(in, Method.ANONYMIZE, List.of("Grace Hopper"));
        new RawXls(out.bytes()).assertNone(List.of("Grace Hopper"));
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            assertEquals("[REDACTED]", wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
        }
    }

    @Test
    void sanitizeRemovesCommentsPropertiesMacrosAndShowsHiddenSheets() throws Exception {
        Path in = dir.resolve("hard.xls");
        build(in, null);
        OfficeRun.Output out = run(in, Method.SANITIZE, List.of());
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Rosalind Franklin", "check with", "Dorothy Vaughan", "Hidden Figures Ltd", "Secret Macro Code"));
        raw.assertSurvive(List.of("Grace Hopper", "Notes"));
        assertEquals(1, out.removed().get("comments"));
        assertEquals(1, out.removed().get("hiddenSheets"));
        assertEquals(1, out.removed().get("macros"));
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            assertFalse(wb.isSheetHidden(2));
            assertTrue(wb.getSheetAt(0).getCellComments().isEmpty());
        }
    }

    /** SECURITY-CASES UP-16: an RC4 CryptoAPI-encrypted XLS is refused as encrypted. */
    @Test
    void up16EncryptedXlsSaysEncrypted() throws Exception {
        Path in = dir.resolve("rc4.xls");
        build(in, "secret");
        EngineException e = refused(in);
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void malformedXlsIs422WithAMessage() throws Exception {
        Path junk = dir.resolve("junk.xls");
        Files.write(junk, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 1, 2, 3});
        assertFalse(refused(junk).getMessage().isBlank());
        Path empty = dir.resolve("empty.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(empty)) {
            fs.createDocument(new ByteArrayInputStream(new byte[] {1, 2}), "Other");
            fs.writeFilesystem(out);
        }
        assertEquals(EngineException.Reason.UNPROCESSABLE, refused(empty).reason());
        assertFalse(new XlsFormatHandler().accepts(XlsFormatHandler.XLS, "PK\u0003\u0004zip".getBytes()));
    }

    private static EngineException refused(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(EngineException.class,
                () -> new XlsFormatHandler().open(file, XlsFormatHandler.XLS, OfficeRun.limits()).close()));
    }

    private Path writeTemp(byte[] bytes) throws Exception {
        Path p = dir.resolve("out.xls");
        Files.write(p, bytes);
        return p;
    }
}
