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

    /**
     * Excel 2007's header of the first page and footer of even pages (HeaderFooter, 0x089C, which POI keeps raw in the
     * page settings) were read by no text. They are read as the ordinary header is and rewritten, the flags kept.
     */
    @Test
    void excel2007sFirstPageHeaderIsReadAndRedacted() throws Exception {
        Path in;
        try (HSSFWorkbook wb = base()) {
            List<Rec> records = records(streamOf(wb));
            int eof = find(records, 0x000A, bof(records, 1));
            String evenFooter = "&LPage &P&R" + EMAIL;
            String first = "&CRecord of Grace Hopper";
            records.add(eof, new Rec(0x089C, cat(u16(0x089C), u16(0), new byte[8], new byte[16], u16(0x0003), u16(0),
                    u16(evenFooter.length()), u16(first.length()), u16(0), wide(evenFooter), wide(first))));
            in = writeStream(records, "headerfooter.xls");
        }
        OfficeRun.Output out = redact(in, List.of("Grace Hopper", EMAIL));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Grace Hopper", EMAIL));
        assertTrue(raw.holds("&CRecord of [REDACTED]") && raw.holds("&LPage &P&R[REDACTED]"), "the codes and other words stay");
        List<Rec> written = records(raw.workbook);
        int hf = find(written, 0x089C, 0);
        assertTrue(hf > 0, "the record stays");
        assertEquals(3, u16(written.get(hf).data, 28), "different first and even pages still");
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            assertEquals("[REDACTED]", wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue(), "the workbook opens");
        }
    }

    /** A shared workbook's personal view (USERBVIEW) named after its user: no reader shows it as text; it goes. */
    @Test
    void aPersonalViewsNameGoes() throws Exception {
        Path in;
        try (HSSFWorkbook wb = base()) {
            List<Rec> records = records(streamOf(wb));
            int window = find(records, 0x003D, 0);
            records.add(window + 1, new Rec(0x01A9, cat(u32(0), new byte[16], u32(0), u32(0), u32(15000), u32(9000),
                    u16(600), u16(0x0038), u16(0), u16(0), new byte[2], u16(0), u32(0), u32(0), wide("Grace Hopper - Personal View"))));
            in = writeStream(records, "userbview.xls");
        }
        assertTrue(new RawXls(Files.readAllBytes(in)).holds("Grace Hopper"), "the check can fail");
        OfficeRun.Output out = redact(in, List.of(NAME));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Grace Hopper", NAME));
        assertEquals(-1, find(records(raw.workbook), 0x01A9, 0));
        assertTrue(out.removed().getOrDefault("metadata", 0) >= 1, "counted: " + out.removed());
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            assertEquals("Patients", wb.getSheetName(0));
        }
    }

    /** A what-if scenario (SCENMAN, SCENARIO: its author, its comment, the values it puts in cells) goes. */
    @Test
    void aScenarioGoes() throws Exception {
        Path in;
        try (HSSFWorkbook wb = base()) {
            List<Rec> records = records(streamOf(wb));
            int dimensions = find(records, 0x0200, bof(records, 1));
            String name = "Best case";
            String user = "Grace Hopper";
            String comment = "Made by Marie Curie";
            records.add(dimensions, new Rec(0x00AE, cat(u16(1), u16(0), u16(0), u16(0xFFFF))));
            records.add(dimensions + 1, new Rec(0x00AF, cat(u16(1), u16(0), new byte[] {(byte) name.length(),
                (byte) comment.length(), (byte) user.length(), 1}, name.getBytes(StandardCharsets.UTF_16LE), wide(user),
                wide(comment), u16(1), u16(1), wide("078-05-1120"), u16(0))));
            in = writeStream(records, "scenario.xls");
        }
        OfficeRun.Output out = redact(in, List.of(NAME));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Grace Hopper", "Marie Curie", "078-05-1120", NAME));
        raw.assertSurvive(List.of("Patient"));
        assertEquals(1, out.removed().get("scenarios"), "counted: " + out.removed());
    }

    /** An AutoFilter's criterion (AUTOFILTER: column B shows "Grace Hopper" only) goes; the filter's buttons stay. */
    @Test
    void anAutoFiltersCriterionGoes() throws Exception {
        Path in;
        try (HSSFWorkbook wb = base()) {
            wb.getSheetAt(0).setAutoFilter(org.apache.poi.ss.util.CellRangeAddress.valueOf("A1:B3"));
            List<Rec> records = records(streamOf(wb));
            int info = find(records, 0x009D, bof(records, 1));
            String v = "Grace Hopper";
            records.add(info + 1, new Rec(0x009E, cat(u16(1), u16(0x0004), new byte[] {0x06, 0x02}, u32(0),
                    new byte[] {(byte) v.length(), 0, 0, 0}, new byte[10], new byte[] {1}, v.getBytes(StandardCharsets.UTF_16LE))));
            records.add(info, new Rec(0x009B, new byte[0]));
            in = writeStream(records, "autofilter.xls");
        }
        assertTrue(new RawXls(Files.readAllBytes(in)).holds("Grace Hopper"), "the check can fail");
        OfficeRun.Output out = redact(in, List.of(NAME));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Grace Hopper", NAME));
        assertEquals(1, out.removed().get("filterCriteria"), "counted: " + out.removed());
        assertTrue(find(records(raw.workbook), 0x009D, 0) > 0, "the filter's buttons stay");
    }

    /**
     * Excel 2007's header and footer pictures (HFPicture: a drawing group of pictures in the globals, a drawing naming
     * the picture's file in the sheet): never read, they go.
     */
    @Test
    void headerAndFooterPicturesGo() throws Exception {
        Path in;
        try (HSSFWorkbook wb = base()) {
            wb.getSheetAt(0).getHeader().setCenter("&G");
            org.apache.poi.ddf.EscherOptRecord opt = new org.apache.poi.ddf.EscherOptRecord();
            opt.setRecordId(org.apache.poi.ddf.EscherOptRecord.RECORD_ID);
            byte[] file = "C:\\Users\\Grace Hopper\\Pictures\\passport.png\0".getBytes(StandardCharsets.UTF_16LE);
            org.apache.poi.ddf.EscherComplexProperty name = new org.apache.poi.ddf.EscherComplexProperty(
                    org.apache.poi.ddf.EscherPropertyTypes.BLIP__BLIPFILENAME, false, file.length);
            name.setComplexData(file);
            opt.addEscherProperty(name);
            org.apache.poi.ddf.EscherContainerRecord shape = new org.apache.poi.ddf.EscherContainerRecord();
            shape.setRecordId(org.apache.poi.ddf.EscherContainerRecord.SP_CONTAINER);
            shape.setOptions((short) 0x000F);
            shape.addChildRecord(opt);
            org.apache.poi.ddf.EscherContainerRecord group = new org.apache.poi.ddf.EscherContainerRecord();
            group.setRecordId(org.apache.poi.ddf.EscherContainerRecord.DGG_CONTAINER);
            group.setOptions((short) 0x000F);
            byte[] head = cat(u16(0x0866), u16(0), new byte[8]);
            List<Rec> records = records(streamOf(wb));
            records.add(find(records, 0x000A, 0), new Rec(0x0866, cat(head, u16(0x0002), group.serialize())));
            records.add(find(records, 0x000A, bof(records, 1)), new Rec(0x0866, cat(head, u16(0x0001), shape.serialize())));
            in = writeStream(records, "hfpicture.xls");
        }
        assertTrue(new RawXls(Files.readAllBytes(in)).holds("Grace Hopper"), "the check can fail");
        OfficeRun.Output out = redact(in, List.of(NAME));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Grace Hopper", NAME));
        assertEquals(-1, find(records(raw.workbook), 0x0866, 0));
        assertEquals(2, out.removed().get("headerFooterPictures"), "counted: " + out.removed());
    }

    /** A sheet's printer settings (PLS) name the printer in their DEVMODE's first 64 bytes: blanked, the rest kept. */
    @Test
    void aPrintersNameIsBlanked() throws Exception {
        Path in;
        byte[] devmode;
        try (HSSFWorkbook wb = base()) {
            wb.getSheetAt(0).getPrintSetup().setLandscape(true);
            List<Rec> records = records(streamOf(wb));
            int setup = find(records, 0x00A1, bof(records, 1));
            byte[] name = Arrays.copyOf("Grace Hopper LaserJet".getBytes(StandardCharsets.UTF_16LE), 64);
            devmode = cat(name, u16(0x0401), u16(0x0401), u16(220), u16(0), u32(0x0001), new byte[220 - 64 - 12]);
            records.add(setup + 1, new Rec(0x004D, cat(u16(0), devmode)));
            in = writeStream(records, "printer.xls");
        }
        assertTrue(new RawXls(Files.readAllBytes(in)).holds("Grace Hopper"), "the check can fail");
        OfficeRun.Output out = redact(in, List.of(NAME));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Grace Hopper", "LaserJet", NAME));
        List<Rec> written = records(raw.workbook);
        byte[] pls = written.get(find(written, 0x004D, 0)).data;
        assertEquals(2 + devmode.length, pls.length);
        assertTrue(Arrays.equals(new byte[64], Arrays.copyOfRange(pls, 2, 66)), "the name is zeros");
        assertTrue(Arrays.equals(Arrays.copyOfRange(devmode, 64, devmode.length), Arrays.copyOfRange(pls, 66, pls.length)),
                "the rest of the settings stay");
        assertTrue(out.removed().getOrDefault("metadata", 0) >= 1, "counted: " + out.removed());
    }

    /** A custom number format's quoted literal ("Grace Hopper "0) is read, as the OOXML side reads it, and redacted. */
    @Test
    void aNumberFormatsLiteralIsReadAndRedacted() throws Exception {
        Path in;
        try (HSSFWorkbook wb = base()) {
            org.apache.poi.ss.usermodel.CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("[Blue]\"Grace Hopper \"0;\\G\"-\"0"));
            wb.getSheetAt(0).getRow(2).createCell(2).setCellValue(5);
            wb.getSheetAt(0).getRow(2).getCell(2).setCellStyle(style);
            in = write(wb, "numfmt.xls");
        }
        OfficeRun.Output out = redact(in, List.of("Grace Hopper"));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Grace Hopper"));
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            assertEquals("[Blue]\"[REDACTED] \"0;\\G\"-\"0", wb.getSheetAt(0).getRow(2).getCell(2).getCellStyle().getDataFormatString());
        }
    }

    /** The standard link's class id, then the URL and file monikers' (MS-OSHARED), as stored. */
    private static final byte[] STD_LINK = {(byte) 0xD0, (byte) 0xC9, (byte) 0xEA, 0x79, (byte) 0xF9, (byte) 0xBA,
        (byte) 0xCE, 0x11, (byte) 0x8C, (byte) 0x82, 0x00, (byte) 0xAA, 0x00, 0x4B, (byte) 0xA9, 0x0B};
    private static final byte[] URL_MONIKER = {(byte) 0xE0, (byte) 0xC9, (byte) 0xEA, 0x79, (byte) 0xF9, (byte) 0xBA,
        (byte) 0xCE, 0x11, (byte) 0x8C, (byte) 0x82, 0x00, (byte) 0xAA, 0x00, 0x4B, (byte) 0xA9, 0x0B};
    private static final byte[] FILE_MONIKER = {0x03, 0x03, 0, 0, 0, 0, 0, 0, (byte) 0xC0, 0, 0, 0, 0, 0, 0, 0x46};

    /** A HyperlinkString: its count of UTF-16 units with the NUL, then the units. */
    private static byte[] linkString(String s) {
        return cat(u32(s.length() + 1), (s + "\0").getBytes(StandardCharsets.UTF_16LE));
    }

    /** @return the base workbook's stream with a hyperlink in C3 whose record data follow its range and class id */
    private Path withLink(String name, byte[] afterClassId) throws Exception {
        try (HSSFWorkbook wb = base()) {
            org.apache.poi.hssf.usermodel.HSSFHyperlink link = wb.getCreationHelper().createHyperlink(
                    org.apache.poi.common.usermodel.HyperlinkType.URL);
            link.setAddress("https://example.com/");
            wb.getSheetAt(0).getRow(2).createCell(2).setCellValue("Record");
            wb.getSheetAt(0).getRow(2).getCell(2).setHyperlink(link);
            List<Rec> records = records(streamOf(wb));
            records.get(find(records, 0x01B8, bof(records, 1))).data = cat(u16(2), u16(2), u16(2), u16(2), STD_LINK, afterClassId);
            return writeStream(records, name);
        }
    }

    /**
     * A URL link that also has a location (Excel splits "…/contacts/grace.hopper@example.org#details"): POI gives the
     * location as the address, and the URL was read by no text. The URL is read and rewritten, the location kept.
     */
    @Test
    void aLinksUrlBesideItsLocationIsReadAndRedacted() throws Exception {
        String url = "https://crm.example.org/contacts/grace.hopper@example.org";
        byte[] moniker = (url + "\0").getBytes(StandardCharsets.UTF_16LE);
        Path in = withLink("urlmark.xls", cat(u32(2), u32(0x1F), linkString("Record"), URL_MONIKER, u32(moniker.length),
                moniker, linkString("details")));
        OfficeRun.Output out = redact(in, List.of("grace.hopper@example.org"));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("grace.hopper@example.org"));
        assertTrue(RawXls.indexOf(raw.workbook, "https://crm.example.org/contacts/[REDACTED]\0".getBytes(StandardCharsets.UTF_16LE)) > 0,
                "the URL is rewritten");
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            assertEquals("details", wb.getSheetAt(0).getHyperlink(2, 2).getAddress(), "the location stays");
            assertEquals("Record", wb.getSheetAt(0).getHyperlink(2, 2).getLabel());
        }
    }

    /** A file link keeps its path in ANSI and in Unicode; POI's setter sets the first alone. Both are rewritten. */
    @Test
    void aFileLinksBothPathsAreRedacted() throws Exception {
        String path = "..\\Grace Hopper\\record.doc";
        byte[] wide = path.getBytes(StandardCharsets.UTF_16LE);
        Path in = withLink("filelink.xls", cat(u32(2), u32(0x15), linkString("Record"), FILE_MONIKER, u16(0),
                u32(path.length() + 1), (path + "\0").getBytes(StandardCharsets.ISO_8859_1), u16(0xFFFF), u16(0xDEAD),
                new byte[20], u32(6 + wide.length), u32(wide.length), u16(3), wide));
        OfficeRun.Output out = redact(in, List.of("Grace Hopper"));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Grace Hopper"));
        String now = "..\\[REDACTED]\\record.doc";
        assertTrue(RawXls.indexOf(raw.workbook, now.getBytes(StandardCharsets.ISO_8859_1)) > 0, "the ANSI path");
        assertTrue(RawXls.indexOf(raw.workbook, now.getBytes(StandardCharsets.UTF_16LE)) > 0, "the Unicode path");
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            assertEquals(now, wb.getSheetAt(0).getHyperlink(2, 2).getAddress());
        }
    }

    /**
     * An array formula over several cells ({IF(B1:B2="Ada Lovelace",1,0)} in C1:C2) with a detected literal refused the
     * write: HSSF does not change part of an array. It is set again, whole, over its range.
     */
    @Test
    void anArrayFormulasLiteralIsRedacted() throws Exception {
        Path in;
        try (HSSFWorkbook wb = base()) {
            wb.getSheetAt(0).setArrayFormula("IF(B1:B2=\"Grace Hopper\",1,0)", org.apache.poi.ss.util.CellRangeAddress.valueOf("C1:C2"));
            in = write(wb, "arrayformula.xls");
        }
        OfficeRun.Output out = redact(in, List.of("Grace Hopper"));
        RawXls raw = new RawXls(out.bytes());
        raw.assertNone(List.of("Grace Hopper"));
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
            org.apache.poi.hssf.usermodel.HSSFCell c = wb.getSheetAt(0).getRow(1).getCell(2);
            assertTrue(c.isPartOfArrayFormulaGroup());
            assertEquals("C1:C2", c.getArrayFormulaRange().formatAsString());
            assertEquals("IF(B1:B2=\"[REDACTED]\",1,0)", c.getCellFormula());
        }
    }
}
