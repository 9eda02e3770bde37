package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import io.blackbar.engine.api.spi.Replacement;

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

    /** A workbook whose second sheet shows the pictures, in the order given (PNG, JPEG, DIB, EMF …). */
    private Path withPictures(String name, Object... typeAndBytes) throws Exception {
        Path in = dir.resolve(name);
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(in)) {
            wb.createSheet("Summary").createRow(0).createCell(0).setCellValue("Holder Ada Lovelace");
            HSSFSheet s = wb.createSheet("Card");
            var drawing = s.createDrawingPatriarch();
            for (int k = 0; k + 1 < typeAndBytes.length; k += 2) {
                int picture = wb.addPicture((byte[]) typeAndBytes[k + 1], (Integer) typeAndBytes[k]);
                drawing.createPicture(new org.apache.poi.hssf.usermodel.HSSFClientAnchor(0, 0, 0, 0, (short) 1, 1 + 5 * k,
                        (short) 3, 4 + 5 * k), picture);
            }
            wb.write(out);
        }
        return in;
    }

    private static byte[] png(int width) throws IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(width, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        return png.toByteArray();
    }

    /**
     * An XLS's pictures are read as an Office package's are (a stand-in reads "Member SSN 219-09-9999" in a picture 300
     * px wide; the real reader is ServerIT's): their words follow the cells', on the sheet that shows them, and a planned
     * span's picture is painted, its BLIP replaced. Before, every XLS picture was counted as not read and kept.
     */
    @Test
    void anXlsPictureIsReadAndPaintedOver() throws Exception {
        Path in = withPictures("card.xls", org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG, png(300),
                org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG, png(40));
        PicturesTest.StandIn reader = new PicturesTest.StandIn();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Map<String, Integer> report;
        try (ParsedDocument doc = new XlsFormatHandler(reader, true).open(in, XlsFormatHandler.XLS, OfficeRun.limits())) {
            String text = doc.text();
            int ssn = text.indexOf("219-09-9999");
            assertTrue(text.indexOf("Ada Lovelace") < ssn && text.endsWith("Member SSN 219-09-9999\n"), text);
            assertEquals(2, doc.pageOf(ssn), "the sheet that shows it");
            report = doc.write(List.of(new Replacement(ssn, ssn + 11, "US_SSN", "[REDACTED]")), Method.REDACT, out);
        }
        assertEquals(1, report.get("imagesRedacted"), report.toString());
        assertEquals(List.of(List.of(new Replacement(11, 22, "US_SSN", "[REDACTED]"))), reader.painted);
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var pictures = wb.getAllPictures();
            assertEquals(2, pictures.size());
            java.awt.image.BufferedImage painted = javax.imageio.ImageIO.read(new ByteArrayInputStream(pictures.get(0).getData()));
            assertEquals(21, painted.getHeight(), "the painted picture (the stand-in's is a row taller) replaced the first");
            assertTrue(java.util.Arrays.equals(png(40), pictures.get(1).getData()), "the other is kept");
        }
    }

    /**
     * An EMF in an XLS (a chart pasted as a picture) is read from its text records and overwritten, with no OCR; read
     * back through POI's reader of the picture (its data is stored compressed) and searched in UTF-16.
     */
    @Test
    void anXlsEmfsTextIsOverwritten() throws Exception {
        byte[] emf = new EmfTextTest.Emf().text("Chart owner Jane Roe 219-09-9999", 0, 0, 10, true, 0).bytes();
        Path in = withPictures("chart.xls", org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_EMF, emf);
        PicturesTest.StandIn reader = new PicturesTest.StandIn();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (ParsedDocument doc = new XlsFormatHandler(reader, false).open(in, XlsFormatHandler.XLS, OfficeRun.limits())) {
            String text = doc.text();
            int ssn = text.indexOf("219-09-9999");
            assertTrue(ssn > 0, text);
            doc.write(List.of(new Replacement(ssn, ssn + 11, "US_SSN", "[REDACTED]")), Method.REDACT, out);
        }
        assertTrue(reader.opened.isEmpty(), "no OCR");
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            String wide = new String(wb.getAllPictures().get(0).getData(), java.nio.charset.StandardCharsets.UTF_16LE);
            assertFalse(wide.contains("219-09") || wide.contains("9999"), wide);
            assertTrue(wide.contains("Chart owner Jane Roe"), wide);
        }
    }

    /**
     * A sheet's background picture (BkHim, a bitmap tiled behind the cells) is not read: it is counted as not read, so
     * the report does not let it pass for a file whose pictures were all looked at.
     */
    @Test
    void aSheetsBackgroundPictureIsCountedAsNotRead() throws Exception {
        Path in = dir.resolve("background.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(in)) {
            HSSFSheet sheet = wb.createSheet("Card");
            sheet.createRow(0).createCell(0).setCellValue("Holder Ada Lovelace");
            byte[] dib = {12, 0, 0, 0, 1, 0, 1, 0, 1, 0, 24, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0};
            byte[] data = new byte[8 + dib.length];
            data[0] = 9; // a bitmap
            data[2] = 1;
            data[4] = (byte) dib.length;
            System.arraycopy(dib, 0, data, 8, dib.length);
            List<org.apache.poi.hssf.record.RecordBase> records = sheet.getSheet().getRecords();
            records.add(records.size() - 1, new org.apache.poi.hssf.record.UnknownRecord(
                    org.apache.poi.hssf.record.UnknownRecord.BITMAP_00E9, data));
            wb.write(out);
        }
        OfficeRun.Output out = OfficeRun.run(new XlsFormatHandler(new PicturesTest.StandIn(), true), in, XlsFormatHandler.XLS,
                Method.REDACT, List.of("Ada Lovelace"), "[REDACTED]");
        assertEquals(1, out.removed().get("imagesNotRead"), out.removed().toString());
    }

    /**
     * Reading turned off ({@code blackbar.ocr.pictures=false}): an XLS's pictures are counted as not read and kept, but
     * lose their metadata on every write (a photo's EXIF: where it was taken), sanitize included.
     */
    @Test
    void unreadXlsPicturesAreCountedAndLoseTheirMetadata() throws Exception {
        byte[] jpeg = jpegWithComment("Dora Author");
        Path in = withPictures("photo.xls", org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_JPEG, jpeg);
        for (Method method : List.of(Method.REDACT, Method.SANITIZE)) {
            OfficeRun.Output out = OfficeRun.run(new XlsFormatHandler(null, false), in, XlsFormatHandler.XLS, method,
                    method == Method.SANITIZE ? List.of() : List.of("Ada Lovelace"), "[REDACTED]");
            assertEquals(method == Method.SANITIZE ? null : 1, out.removed().get("imagesNotRead"), out.removed().toString());
            assertEquals(1, out.removed().get("imageMetadata"), out.removed().toString());
            try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
                byte[] kept = wb.getAllPictures().get(0).getData();
                assertFalse(new String(kept, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Dora"), method.name());
                assertEquals(40, javax.imageio.ImageIO.read(new ByteArrayInputStream(kept)).getWidth(), "the photo stays");
            }
        }
    }

    /**
     * The sanitize review's: an XLS picture's private PNG chunk (an application's, ancillary, which no decoder needs)
     * kept its text on every write, as an Office Open XML package's did before PictureMetadata (now in ImageMetadata).
     */
    @Test
    void anXlsPicturesPrivatePngChunkGoes() throws Exception {
        byte[] png = pngWithChunk("prVt", "Dora Author");
        Path in = withPictures("private.xls", org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG, png);
        for (Method method : List.of(Method.REDACT, Method.SANITIZE)) {
            OfficeRun.Output out = OfficeRun.run(new XlsFormatHandler(null, false), in, XlsFormatHandler.XLS, method,
                    method == Method.SANITIZE ? List.of() : List.of("Ada Lovelace"), "[REDACTED]");
            assertFalse(new String(out.bytes(), StandardCharsets.ISO_8859_1).contains("Dora Author"), method.name());
            try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
                byte[] kept = wb.getAllPictures().get(0).getData();
                assertEquals(40, javax.imageio.ImageIO.read(new ByteArrayInputStream(kept)).getWidth(), "the picture stays");
            }
        }
    }

    /**
     * A helper's review: the BLIP's UID (an MD5 of the picture as it came) let a redacted SSN be guessed back in 185 ms,
     * and a picture's file name kept a name redacted in the cells. Both go: the UID is made anew, the name blanked.
     */
    @Test
    void aRedactedPicturesUidAndFileNameGo() throws Exception {
        byte[] emf = new EmfTextTest.Emf().text("Chart owner Jane Roe 219-09-9999", 0, 0, 10, true, 0).bytes();
        Path in = withPictures("named.xls", org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_EMF, emf);
        try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(in))) {
            ((org.apache.poi.hssf.usermodel.HSSFPicture) wb.getSheetAt(1).getDrawingPatriarch().getChildren().get(0))
                    .setFileName("C:\\Users\\Ada Lovelace\\passport.png");
            try (OutputStream out = Files.newOutputStream(in)) {
                wb.write(out);
            }
        }
        byte[] uid = java.security.MessageDigest.getInstance("MD5").digest(emf);
        RawXls before = new RawXls(Files.readAllBytes(in));
        assertTrue(RawXls.indexOf(before.workbook, uid) >= 0, "POI's UID is the MD5 of the picture");
        assertTrue(before.holds("Ada Lovelace"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ParsedDocument doc = new XlsFormatHandler(null, false).open(in, XlsFormatHandler.XLS, OfficeRun.limits())) {
            String text = doc.text();
            int ssn = text.indexOf("219-09-9999");
            int name = text.indexOf("Ada Lovelace");
            doc.write(List.of(new Replacement(name, name + 12, "PERSON", "[REDACTED]"),
                    new Replacement(ssn, ssn + 11, "US_SSN", "[REDACTED]")), Method.REDACT, out);
        }
        RawXls after = new RawXls(out.toByteArray());
        assertEquals(-1, RawXls.indexOf(after.workbook, uid), "the UID of the unredacted picture is gone");
        after.assertNone(List.of("Ada Lovelace", "passport.png"));
    }

    /**
     * Sanitize reads no picture, so it runs without OCR; a bitmap BLIP that is none of the image handler's formats is
     * counted, not a failure of the workbook; an OS/2 DIB (a 12-byte header, three bytes a colour) is read; a BLIP with a
     * second UID (which POI leaves before the picture) has its metadata taken.
     */
    @Test
    void xlsPicturesOfEveryKindEndInAReadingOrACount() throws Exception {
        byte[] pngWithText = pngWithText("Dora Author");
        Path in = withPictures("kinds.xls", org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG, pngWithText,
                org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG, "no picture at all, only text".getBytes(),
                org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_DIB, os2Dib(300, 20));
        // the first BLIP given a second UID, as Mac Excel writes them
        try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(in))) {
            org.apache.poi.ddf.EscherBlipRecord blip = null;
            for (org.apache.poi.hssf.record.Record r : wb.getInternalWorkbook().getRecords()) {
                if (r instanceof org.apache.poi.hssf.record.AbstractEscherHolderRecord h) {
                    h.decode();
                    blip = firstBlip(h.getEscherRecords());
                }
            }
            byte[] prefixed = new byte[16 + pngWithText.length];
            System.arraycopy(pngWithText, 0, prefixed, 16, pngWithText.length);
            prefixed[15] = (byte) 0xFF;
            blip.setInstance((short) (blip.getInstance() | 1));
            blip.setPictureData(prefixed);
            try (OutputStream out = Files.newOutputStream(in)) {
                wb.write(out);
            }
        }
        ByteArrayOutputStream sanitized = new ByteArrayOutputStream();
        try (ParsedDocument doc = new XlsFormatHandler(null, true).open(in, XlsFormatHandler.XLS, OfficeRun.limits())) {
            Map<String, Integer> report = doc.sanitize(sanitized);
            assertEquals(1, report.get("imageMetadata"), "the PNG behind a second UID: " + report);
            assertTrue(doc.text().contains("Ada Lovelace"), "no OCR asked for after a sanitize");
        }
        assertFalse(new RawXls(sanitized.toByteArray()).holds("Dora Author"));
        PicturesTest.StandIn reader = new PicturesTest.StandIn();
        try (ParsedDocument doc = new XlsFormatHandler(reader, true).open(in, XlsFormatHandler.XLS, OfficeRun.limits())) {
            String text = doc.text();
            assertTrue(text.endsWith("Member SSN 219-09-9999\n"), "the OS/2 DIB, 300 px wide, read: " + text);
            Map<String, Integer> report = doc.write(List.of(), Method.REDACT, new ByteArrayOutputStream());
            assertEquals(1, report.get("imagesNotRead"), "the text that is no picture: " + report);
        }
        assertEquals(List.of("image/png", "image/bmp"), reader.opened);
    }

    private static org.apache.poi.ddf.EscherBlipRecord firstBlip(List<org.apache.poi.ddf.EscherRecord> records) {
        for (org.apache.poi.ddf.EscherRecord r : records) {
            if (r instanceof org.apache.poi.ddf.EscherBSERecord bse && bse.getBlipRecord() != null) {
                return bse.getBlipRecord();
            }
            org.apache.poi.ddf.EscherBlipRecord inner = firstBlip(r.getChildRecords());
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /** A grey OS/2 DIB: a 12-byte header, a palette of 256 three-byte colours, white pixels. */
    private static byte[] os2Dib(int width, int height) {
        int row = (width + 3) & ~3;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(12 + 3 * 256 + row * height).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(12).putShort((short) width).putShort((short) height).putShort((short) 1).putShort((short) 8);
        for (int k = 0; k < 256; k++) {
            b.put((byte) k).put((byte) k).put((byte) k);
        }
        while (b.hasRemaining()) {
            b.put((byte) 255);
        }
        return b.array();
    }

    /** A PNG 40 px wide with a tEXt chunk after its header. */
    private static byte[] pngWithText(String text) throws IOException {
        return pngWithChunk("tEXt", text);
    }

    /** A PNG 40 px wide with a chunk of the given type after its header, holding an author's name. */
    private static byte[] pngWithChunk(String type, String text) throws IOException {
        byte[] plain = png(40);
        byte[] data = ("Author\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 33); // signature and IHDR
        out.writeBytes(chunk.array());
        out.write(plain, 33, plain.length - 33);
        return out.toByteArray();
    }

    /** A JPEG 40 px wide with a comment segment. */
    private static byte[] jpegWithComment(String comment) throws IOException {
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "jpeg", plain);
        byte[] b = plain.toByteArray();
        byte[] text = comment.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(b, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xFE);
        out.write((text.length + 2) >> 8);
        out.write((text.length + 2) & 0xFF);
        out.write(text, 0, text.length);
        out.write(b, 2, b.length - 2);
        return out.toByteArray();
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

    /**
     * SECURITY-CASES UP-06 (a decompression bomb), in an XLS: POI inflates a metafile BLIP, all in memory and with no
     * bound, when it first decodes a drawing. A workbook whose EMF inflates past a quarter of the memory budget is
     * refused before that (a 311 KB workbook of one 300 MB EMF of zeros ran a 512 MB heap out); one under it is read.
     */
    @Test
    void aMetafileThatInflatesPastTheMemoryBudgetIsRefusedBeforePoiInflatesIt() throws Exception {
        io.blackbar.engine.api.spi.DocumentLimits small = new io.blackbar.engine.api.spi.DocumentLimits(200L << 20, 1000,
                50_000_000, 64L << 20, System.nanoTime() + 120_000_000_000L);
        Path bomb = withPictures("bomb.xls", org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_EMF, emfOfZeros(20 << 20));
        assertTrue(Files.size(bomb) < 200_000, "compressed, the picture is small: " + Files.size(bomb));
        EngineException e = assertThrows(EngineException.class,
                () -> new XlsFormatHandler().open(bomb, XlsFormatHandler.XLS, small).close());
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().contains("decompressed"), e.getMessage());
        Path under = withPictures("under.xls", org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_EMF, emfOfZeros(12 << 20));
        try (ParsedDocument doc = new XlsFormatHandler(new PicturesTest.StandIn(), false).open(under, XlsFormatHandler.XLS, small)) {
            assertTrue(doc.text().contains("Ada Lovelace"), "a workbook under the budget is read");
        }
    }

    /**
     * The same bomb in a sheet's drawing records (where POI decodes it when the sheet's drawing is first read), its
     * compressed data split between a drawing record and a continuation with another record between them: found
     * in the sheet's drawing data joined, as POI joins it.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "options {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {0x3D40, 0x3D50}) // one UID; two (Mac Excel's), which POI reads past
    void aMetafileBombInASheetsDrawingRecordsIsFoundAcrossRecords(int options) throws Exception {
        org.apache.poi.ddf.EscherMetafileBlip blip = new org.apache.poi.ddf.EscherMetafileBlip();
        blip.setRecordId(org.apache.poi.ddf.EscherMetafileBlip.RECORD_ID_EMF);
        blip.setOptions((short) options);
        blip.setPictureData(emfOfZeros(20 << 20));
        byte[] bytes = blip.serialize();
        assertTrue(bytes.length < 100_000, "compressed: " + bytes.length);
        org.apache.poi.ddf.EscherMetafileBlip read = new org.apache.poi.ddf.EscherMetafileBlip();
        read.fillFields(bytes, 0, new org.apache.poi.ddf.DefaultEscherRecordFactory());
        assertEquals(20 << 20, read.getPicturedata().length, "POI reads it back whole: the bomb is real");
        int half = bytes.length / 2;
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Card").createRow(0).createCell(0).setCellValue("Ada Lovelace");
            List<org.apache.poi.hssf.record.RecordBase> records = wb.getSheetAt(0).getSheet().getRecords();
            int at = records.size() - 1; // before the sheet's EOF
            records.add(at, new org.apache.poi.hssf.record.DrawingRecord(java.util.Arrays.copyOfRange(bytes, 0, half)));
            records.add(at + 1, new org.apache.poi.hssf.record.ObjRecord());
            records.add(at + 2, new org.apache.poi.hssf.record.ContinueRecord(java.util.Arrays.copyOfRange(bytes, half, bytes.length)));
            EngineException e = assertThrows(EngineException.class, () -> XlsMetafiles.check(wb, memory(64L << 20)));
            assertTrue(e.getMessage().contains("decompressed"), e.getMessage());
            XlsMetafiles.check(wb, memory(96L << 20)); // within a larger budget (a quarter of it), it is let through
        }
    }

    private static io.blackbar.engine.api.spi.DocumentLimits memory(long bytes) {
        return new io.blackbar.engine.api.spi.DocumentLimits(200L << 20, 1000, 50_000_000, bytes, System.nanoTime() + 120_000_000_000L);
    }

    /**
     * A drawing record whose length is negative (-8: POI's reader then stands still, reading the same picture again and
     * again until a 512 MB heap ran out, from a 70 KB workbook), at the top, in a container, in a BSE: refused.
     */
    @Test
    void aDrawingRecordOfNegativeLengthIsRefused() throws Exception {
        byte[] blip = new byte[8 + 50];
        blip[2] = 0x1A;
        blip[3] = (byte) 0xF0;
        for (int k = 4; k < 8; k++) {
            blip[k] = (byte) (k == 4 ? 0xF8 : 0xFF);
        }
        byte[] inContainer = withHeader(0x000F, 0xF001, blip);
        byte[] bse = new byte[36 + blip.length];
        System.arraycopy(blip, 0, bse, 36, blip.length);
        for (byte[] data : List.of(blip, inContainer, withHeader(0x000F, 0xF000, withHeader(0x0002, 0xF007, bse)))) {
            EngineException e = assertThrows(EngineException.class, () -> XlsMetafiles.check(data, 1L << 30, memory(1L << 30)));
            assertTrue(e.getMessage().contains("negative"), e.getMessage());
        }
        blip[7] = 0; // the same record of a sound length
        blip[6] = 0;
        blip[5] = 0;
        blip[4] = 50;
        XlsMetafiles.check(withHeader(0x000F, 0xF001, blip), 1L << 30, memory(1L << 30));
    }

    /**
     * A background picture larger than one record goes on in continuation records, which POI leaves among the sheet's
     * records (it hands the picture's first record to the page settings): they are no drawing data. Joined to it, a
     * white background's pixels (FF FF FF FF) read as a negative length and refused a workbook Excel wrote.
     */
    @Test
    void aBackgroundPicturesContinuationsAreNoDrawingData() throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            HSSFSheet sheet = wb.createSheet("S");
            sheet.createRow(0).createCell(0).setCellValue("Ada Lovelace");
            byte[] white = new byte[4000];
            java.util.Arrays.fill(white, (byte) 0xFF);
            List<org.apache.poi.hssf.record.RecordBase> records = sheet.getSheet().getRecords();
            records.add(records.size() - 1, new org.apache.poi.hssf.record.ContinueRecord(white));
            XlsMetafiles.check(wb, memory(256L << 20));
        }
    }

    private static byte[] withHeader(int options, int type, byte[] body) {
        byte[] r = new byte[8 + body.length];
        r[0] = (byte) options;
        r[1] = (byte) (options >> 8);
        r[2] = (byte) type;
        r[3] = (byte) (type >> 8);
        r[4] = (byte) body.length;
        r[5] = (byte) (body.length >> 8);
        r[6] = (byte) (body.length >> 16);
        System.arraycopy(body, 0, r, 8, body.length);
        return r;
    }

    /**
     * Metafile headers whose compressed streams run over each other: each one's first stored block holds the next
     * header, so every stream reads on to one shared tail (1,400 such headers over 4 MB of empty blocks took five
     * minutes, each inflated to nothing). Reading more compressed bytes than the data holds refuses it.
     */
    @Test
    void metafileStreamsThatOverlapAreRefused() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int headers = 3;
        byte[] tail = new byte[3 << 20];
        new java.util.Random(7).nextBytes(tail);
        for (int i = 0; i < headers; i++) {
            byte[] h = new byte[58];
            h[0] = 0x40;
            h[1] = 0x3D;
            h[2] = 0x1A;
            h[3] = (byte) 0xF0;
            h[52] = (byte) 0xFF; // the saved size: to the end
            h[53] = (byte) 0xFF;
            h[54] = (byte) 0xFF;
            h[55] = 0x7F;
            h[57] = (byte) 0xFE;
            b.writeBytes(h);
            b.writeBytes(new byte[] {0x78, 0x01, 0x00, 60, 0, (byte) ~60, (byte) 0xFF}); // zlib, a stored block of 60 bytes
        }
        b.writeBytes(new byte[60]);
        for (int at = 0; at < tail.length; at += 0xFFFF) { // the tail: stored blocks, the last one final
            int n = Math.min(0xFFFF, tail.length - at);
            boolean last = at + n == tail.length;
            b.writeBytes(new byte[] {(byte) (last ? 1 : 0), (byte) n, (byte) (n >> 8), (byte) ~n, (byte) (~n >> 8)});
            b.write(tail, at, n);
        }
        byte[] data = b.toByteArray();
        data[4] = (byte) (data.length - 8); // the first record spans the data: the structure is sound
        data[5] = (byte) ((data.length - 8) >> 8);
        data[6] = (byte) ((data.length - 8) >> 16);
        EngineException e = assertThrows(EngineException.class, () -> XlsMetafiles.check(data, 1L << 30, memory(4L << 30)));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
    }

    /** An EMF's header and zeros: 12 bytes a megabyte once compressed. */
    private static byte[] emfOfZeros(int size) {
        byte[] emf = new EmfTextTest.Emf().text("Chart owner", 0, 0, 10, true, 0).bytes();
        return java.util.Arrays.copyOf(emf, size);
    }

    /**
     * A shape's name, alternative text and tooltip (Excel's selection pane, a screen reader, a hover) are read as text and
     * a value in them overwritten; the words around it stay. Read back from the workbook stream's bytes.
     */
    @Test
    void aShapesNameAltTextAndTooltipAreReadAndRedacted() throws Exception {
        Path in = withPictures("alt.xls", org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG, png(40));
        try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(in))) {
            HSSFSheet card = wb.getSheet("Card");
            var opt = card.getDrawingPatriarch().getChildren().get(0).getOptRecord();
            setDescribing(opt, org.apache.poi.ddf.EscherPropertyTypes.GROUPSHAPE__SHAPENAME, "Passport of Grace Hopper");
            setDescribing(opt, org.apache.poi.ddf.EscherPropertyTypes.GROUPSHAPE__DESCRIPTION, "Scan showing Alan Turing");
            setDescribing(opt, org.apache.poi.ddf.EscherPropertyTypes.GROUPSHAPE__TOOLTIP, "Card of Marie Curie");
            try (OutputStream out = Files.newOutputStream(in)) {
                wb.write(out);
            }
        }
        List<String> values = List.of("Grace Hopper", "Alan Turing", "Marie Curie");
        RawXls before = new RawXls(Files.readAllBytes(in));
        values.forEach(v -> assertTrue(before.holds(v), "the check can fail: the input holds " + v));
        OfficeRun.Output out = OfficeRun.run(new XlsFormatHandler(new PicturesTest.StandIn(), false), in, XlsFormatHandler.XLS,
                Method.REDACT, values, "[REDACTED]");
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(values);
        raw.assertSurvive(List.of("Passport of", "Scan showing", "Card of"));
    }

    /**
     * A chart's texts (its title, a series' name: BIFF8's series text records, which POI leaves among the sheet's
     * records, as in govdocs' chart of artichoke exports) are read as text and a value in them overwritten; a
     * replacement longer than BIFF8's 255 characters is cut there. Read back from the workbook stream's bytes.
     */
    @Test
    void aChartsTextsAreReadAndRedacted() throws Exception {
        Path in = dir.resolve("chart.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(in)) {
            HSSFSheet sheet = wb.createSheet("Pay");
            sheet.createRow(0).createCell(0).setCellValue(10.0);
            List<org.apache.poi.hssf.record.RecordBase> records = sheet.getSheet().getRecords();
            for (String text : List.of("Salary of Grace Hopper", "Bonus of Alan Turing")) {
                org.apache.poi.hssf.record.chart.SeriesTextRecord t = new org.apache.poi.hssf.record.chart.SeriesTextRecord();
                t.setText(text);
                records.add(records.size() - 1, t); // before the sheet's EOF
            }
            wb.write(out);
        }
        List<String> values = List.of("Grace Hopper", "Alan Turing");
        RawXls before = new RawXls(Files.readAllBytes(in));
        values.forEach(v -> assertTrue(before.holds(v), "the check can fail: the input holds " + v));
        XlsFormatHandler handler = new XlsFormatHandler(new PicturesTest.StandIn(), false);
        RawXls raw = new RawXls(OfficeRun.run(handler, in, XlsFormatHandler.XLS, Method.REDACT, values, "[REDACTED]").bytes());
        raw.assertNone(values);
        raw.assertSurvive(List.of("Salary of", "Bonus of"));
        RawXls longer = new RawXls(OfficeRun.run(handler, in, XlsFormatHandler.XLS, Method.REDACT, List.of("Grace Hopper"),
                "X".repeat(300)).bytes());
        longer.assertNone(List.of("Grace Hopper"));
        assertTrue(longer.holds("Salary of " + "X".repeat(245)) && !longer.holds("X".repeat(246)), "cut at 255 characters");
    }

    /**
     * A Japanese name's phonetic reading (its furigana, kept beside the shared string in an ExtRst) went through a
     * redaction of the name unchanged: a changed shared string now loses it (a reading of the old text is wrong for
     * the new one anyway); an unchanged one keeps it. Read back from the workbook stream's bytes in UTF-16LE.
     */
    @Test
    void aChangedSharedStringLosesItsPhoneticReading() throws Exception {
        Path in = dir.resolve("furigana.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(in)) {
            HSSFSheet sheet = wb.createSheet("Staff");
            sheet.createRow(0).createCell(0).setCellValue("山田太郎");
            sheet.createRow(1).createCell(0).setCellValue("営業部");
            org.apache.poi.hssf.record.SSTRecord sst = (org.apache.poi.hssf.record.SSTRecord) wb.getInternalWorkbook()
                    .findFirstRecordBySid(org.apache.poi.hssf.record.SSTRecord.sid);
            withReading(sst.getString(0), "ヤマダタロウ");
            withReading(sst.getString(1), "エイギョウブ");
            wb.write(out);
        }
        RawXls before = new RawXls(Files.readAllBytes(in));
        assertTrue(before.holds("ヤマダタロウ") && before.holds("エイギョウブ"), "the check can fail: the input holds both readings");
        XlsFormatHandler handler = new XlsFormatHandler(new PicturesTest.StandIn(), false);
        byte[] out = OfficeRun.run(handler, in, XlsFormatHandler.XLS, Method.REDACT, List.of("山田太郎"), "[REDACTED]").bytes();
        RawXls raw = new RawXls(out);
        raw.assertNone(List.of("山田太郎", "ヤマダタロウ"));
        assertTrue(raw.holds("エイギョウブ"), "an unchanged string keeps its reading");
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out))) {
            assertEquals("[REDACTED]", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals("営業部", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }
    }

    /** Gives a shared string a phonetic reading, through POI's package-private ExtRst (no public way to make one). */
    private static void withReading(org.apache.poi.hssf.record.common.UnicodeString us, String reading) throws Exception {
        Class<?> type = org.apache.poi.hssf.record.common.ExtRst.class;
        var make = type.getDeclaredConstructor();
        make.setAccessible(true);
        Object ext = make.newInstance();
        var text = type.getDeclaredField("phoneticText");
        text.setAccessible(true);
        text.set(ext, reading);
        var set = org.apache.poi.hssf.record.common.UnicodeString.class.getDeclaredMethod("setExtendedRst", type);
        set.setAccessible(true);
        set.invoke(us, ext);
    }

    /**
     * What else a shape's properties hold: WordArt's text (shown: read and redacted, its formatted RTF copy dropped
     * with the old text), the file name of a fill picture, a hyperlink (its address), a script, and newer Excel's copy of
     * the shape in DrawingML: removed on every write, none of them read. Read back from the workbook stream's bytes.
     */
    @Test
    void aShapesWordArtIsRedactedAndItsHiddenPropertiesGo() throws Exception {
        Path in = withPictures("wordart.xls", org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG, png(40));
        try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(in))) {
            var opt = wb.getSheet("Card").getDrawingPatriarch().getChildren().get(0).getOptRecord();
            setDescribing(opt, org.apache.poi.ddf.EscherPropertyTypes.GEOTEXT__UNICODE, "WordArt of Grace Hopper");
            setBytes(opt, org.apache.poi.ddf.EscherPropertyTypes.GEOTEXT__RTFTEXT, "{\\rtf1 WordArt of Grace Hopper}".getBytes(StandardCharsets.ISO_8859_1));
            setDescribing(opt, org.apache.poi.ddf.EscherPropertyTypes.FILL__BLIPFILENAME, "C:\\Users\\Alan Turing\\fill.png");
            setBytes(opt, org.apache.poi.ddf.EscherPropertyTypes.GROUPSHAPE__HYPERLINK,
                    ("....mailto:marie.curie@example.com Marie Curie").getBytes(StandardCharsets.UTF_16LE));
            setDescribing(opt, org.apache.poi.ddf.EscherPropertyTypes.GROUPSHAPE__SCRIPT, "alert('Linus Pauling')");
            setBytes(opt, org.apache.poi.ddf.EscherPropertyTypes.GROUPSHAPE__METROBLOB, "<a:t>Dorothy Vaughan</a:t>".getBytes(StandardCharsets.UTF_8));
            try (OutputStream out = Files.newOutputStream(in)) {
                wb.write(out);
            }
        }
        List<String> hidden = List.of("Alan Turing", "Marie Curie", "marie.curie", "Linus Pauling", "Dorothy Vaughan");
        RawXls before = new RawXls(Files.readAllBytes(in));
        for (String v : List.of("Grace Hopper", "Alan Turing", "Marie Curie", "Linus Pauling", "Dorothy Vaughan")) {
            assertTrue(before.holds(v), "the check can fail: the input holds " + v);
        }
        OfficeRun.Output out = OfficeRun.run(new XlsFormatHandler(new PicturesTest.StandIn(), false), in, XlsFormatHandler.XLS,
                Method.REDACT, List.of("Grace Hopper"), "[REDACTED]");
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Grace Hopper"));
        raw.assertNone(hidden);
        raw.assertSurvive(List.of("WordArt of"));
        assertEquals(1, out.removed().get("externalLinks"), out.removed().toString());
        assertEquals(1, out.removed().get("javascript"), out.removed().toString());
    }

    private static void setBytes(org.apache.poi.ddf.EscherOptRecord opt, org.apache.poi.ddf.EscherPropertyTypes type, byte[] data) {
        org.apache.poi.ddf.EscherComplexProperty p = new org.apache.poi.ddf.EscherComplexProperty(type, false, data.length);
        p.setComplexData(data);
        opt.setEscherProperty(p);
    }

    private static void setDescribing(org.apache.poi.ddf.EscherOptRecord opt, org.apache.poi.ddf.EscherPropertyTypes type, String value) {
        byte[] data = (value + "\0").getBytes(StandardCharsets.UTF_16LE);
        org.apache.poi.ddf.EscherComplexProperty p = new org.apache.poi.ddf.EscherComplexProperty(type, false, data.length);
        p.setComplexData(data);
        opt.setEscherProperty(p);
    }

    /**
     * A formula of a string literal in 1,500 parentheses (5.6 KB): redacting the literal made POI parse the formula
     * again, recursively, and overflow the stack (a StackOverflowError, no answer). A formula nested deeper than
     * {@link XlsText#MAX_NESTING} is refused before POI renders it; the nesting counts parentheses and functions, not a
     * chain of operators.
     */
    @Test
    void aFormulaNestedTooDeepIsRefusedNotOverflowed() throws Exception {
        Path in = dir.resolve("deep.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(in)) {
            HSSFSheet sheet = wb.createSheet("S");
            var cell = sheet.createRow(0).createCell(0);
            cell.setCellFormula("\"ada.lovelace@example.com\"");
            org.apache.poi.ss.formula.ptg.Ptg[] tokens = new org.apache.poi.ss.formula.ptg.Ptg[1501];
            tokens[0] = new org.apache.poi.ss.formula.ptg.StringPtg("ada.lovelace@example.com");
            java.util.Arrays.fill(tokens, 1, tokens.length, org.apache.poi.ss.formula.ptg.ParenthesisPtg.instance);
            var record = org.apache.poi.hssf.usermodel.HSSFCell.class.getDeclaredMethod("getCellValueRecord");
            record.setAccessible(true);
            ((org.apache.poi.hssf.record.aggregates.FormulaRecordAggregate) record.invoke(cell)).setParsedExpression(tokens);
            wb.write(out);
        }
        EngineException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(EngineException.class,
                () -> OfficeRun.run(new XlsFormatHandler(new PicturesTest.StandIn(), false), in, XlsFormatHandler.XLS,
                        Method.REDACT, List.of("ada.lovelace@example.com"), "[REDACTED]")));
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("S");
            assertEquals(2, XlsText.nesting(org.apache.poi.hssf.model.HSSFFormulaParser.parse("((A1))", wb)));
            assertEquals(0, XlsText.nesting(org.apache.poi.hssf.model.HSSFFormulaParser.parse("A1&A2&A3&A4", wb)));
            assertEquals(2, XlsText.nesting(org.apache.poi.hssf.model.HSSFFormulaParser.parse("SUM(A1,MAX(A2,A3)+1)", wb)));
        }
    }

    /**
     * Rows that say they are 32,767 columns wide, with no cell in them (20 bytes each): POI gives each an array of that
     * many cells when it builds the workbook (4,000 of them in 85 KB ran a 512 MB heap out). The raw records are read
     * first, and rows and cells that would take more than the memory budget refuse the workbook; the same rows at
     * their true width are read.
     */
    @Test
    void rowsClaimingHugeWidthsAreRefusedBeforePoiAllocatesThem() throws Exception {
        io.blackbar.engine.api.spi.DocumentLimits small = new io.blackbar.engine.api.spi.DocumentLimits(200L << 20, 1000,
                50_000_000, 64L << 20, System.nanoTime() + 120_000_000_000L);
        for (int lastColumn : new int[] {32767, 3}) {
            Path in = dir.resolve("wide" + lastColumn + ".xls");
            try (HSSFWorkbook wb = new HSSFWorkbook()) {
                HSSFSheet sheet = wb.createSheet("S");
                sheet.createRow(0).createCell(0).setCellValue("Ada Lovelace");
                for (int r = 1; r < 1000; r++) {
                    sheet.createRow(r);
                }
                byte[] stream = wb.getBytes();
                for (int at = 0; at + 4 <= stream.length; ) {
                    int sid = (stream[at] & 0xFF) | (stream[at + 1] & 0xFF) << 8;
                    int length = (stream[at + 2] & 0xFF) | (stream[at + 3] & 0xFF) << 8;
                    if (sid == 0x0208) { // ROW: its last column + 1 at offset 4
                        stream[at + 8] = (byte) lastColumn;
                        stream[at + 9] = (byte) (lastColumn >> 8);
                    }
                    at += 4 + length;
                }
                try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(in)) {
                    fs.createDocument(new ByteArrayInputStream(stream), "Workbook");
                    fs.writeFilesystem(out);
                }
            }
            if (lastColumn > 256) {
                EngineException e = assertThrows(EngineException.class,
                        () -> new XlsFormatHandler(new PicturesTest.StandIn(), false).open(in, XlsFormatHandler.XLS, small).close());
                assertTrue(e.getMessage().contains("rows and cells"), e.getMessage());
            } else {
                try (ParsedDocument doc = new XlsFormatHandler(new PicturesTest.StandIn(), false).open(in, XlsFormatHandler.XLS, small)) {
                    assertTrue(doc.text().contains("Ada Lovelace"));
                }
            }
        }
    }

    /**
     * The same count in a workbook encrypted with Excel's default password (which POI reads, so it reaches POI's
     * constructor): its records are counted deciphered, not skipped.
     */
    @Test
    void rowsOfAWorkbookEncryptedWithTheDefaultPasswordAreCountedToo() throws Exception {
        io.blackbar.engine.api.spi.DocumentLimits small = new io.blackbar.engine.api.spi.DocumentLimits(200L << 20, 1000,
                50_000_000, 2L << 20, System.nanoTime() + 120_000_000_000L);
        for (String password : new String[] {null, "VelvetSweatshop"}) {
            Path in = dir.resolve("rows-" + password + ".xls");
            try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(in)) {
                HSSFSheet sheet = wb.createSheet("S");
                for (int r = 0; r < 1000; r++) {
                    sheet.createRow(r).createCell(255).setCellValue(r); // each row 256 columns wide
                }
                try {
                    Biff8EncryptionKey.setCurrentUserPassword(password);
                    wb.write(out);
                } finally {
                    Biff8EncryptionKey.setCurrentUserPassword(null);
                }
            }
            EngineException e = assertThrows(EngineException.class,
                    () -> new XlsFormatHandler(new PicturesTest.StandIn(), false).open(in, XlsFormatHandler.XLS, small).close());
            assertTrue(e.getMessage().contains("rows and cells"), password + ": " + e.getMessage());
        }
    }

    /** The sheets are counted from the raw records, before POI builds one (60,000 in 4.9 MB took 376 MB first). */
    @Test
    void sheetsPastTheLimitAreCountedBeforePoiBuildsThem() throws Exception {
        io.blackbar.engine.api.spi.DocumentLimits tenPages = new io.blackbar.engine.api.spi.DocumentLimits(200L << 20, 10,
                50_000_000, 512L << 20, System.nanoTime() + 120_000_000_000L);
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            for (int s = 0; s < 11; s++) {
                wb.createSheet("S" + s);
            }
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                fs.createDocument(new ByteArrayInputStream(wb.getBytes()), "Workbook");
                EngineException e = assertThrows(EngineException.class, () -> XlsRecords.check(fs.getRoot(), tenPages));
                assertTrue(e.getMessage().contains("more pages, sheets"), e.getMessage());
                wb.removeSheetAt(10);
                fs.getRoot().getEntry("Workbook").delete();
                fs.createDocument(new ByteArrayInputStream(wb.getBytes()), "Workbook");
                XlsRecords.check(fs.getRoot(), tenPages); // ten are allowed
            }
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
