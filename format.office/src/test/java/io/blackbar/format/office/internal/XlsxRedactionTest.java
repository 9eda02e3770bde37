package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.Method;

/**
 * XLSX hard cases built with POI's XSSF: shared strings, a sheet named after a person and the formulas
 * that name it, a string literal in a formula with its cached result, a hidden sheet, a cell comment
 * with its author, a header, a defined name and the core properties. Judged by {@link RawPackage}.
 */
class XlsxRedactionTest {

    static final List<String> IN_TEXT = List.of("Grace Hopper", "grace@example.com", "Alan Turing", "Ada Lovelace",
            "Linus Pauling", "Marie Curie");
    static final List<String> OTHER = List.of("Name", "Email", "Total", "Budget", "Notes");

    @TempDir
    Path dir;

    static void build(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet s = wb.createSheet("Summary");
            s.createRow(0).createCell(0).setCellValue("Name");
            s.getRow(0).createCell(1).setCellValue("Email");
            s.createRow(1).createCell(0).setCellValue("Grace Hopper");
            s.getRow(1).createCell(1).setCellValue("grace@example.com");
            s.createRow(2).createCell(0).setCellValue("Total");
            s.getRow(2).createCell(1).setCellFormula("'Alan Turing'!A1&\" Ada Lovelace\"");
            s.getHeader().setCenter("Budget of Marie Curie");
            XSSFSheet person = wb.createSheet("Alan Turing");
            person.createRow(0).createCell(0).setCellValue(42);
            person.getRow(0).createCell(1).setCellValue("Notes");
            XSSFSheet hidden = wb.createSheet("Owner");
            hidden.createRow(0).createCell(0).setCellValue("Linus Pauling");
            wb.setSheetHidden(2, true);
            Drawing<?> d = s.createDrawingPatriarch();
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            Comment c = d.createCellComment(anchor);
            c.setString(wb.getCreationHelper().createRichTextString("check with Marie Curie"));
            c.setAuthor("Rosalind Franklin");
            s.getRow(1).getCell(0).setCellComment(c);
            var name = wb.createName();
            name.setNameName("Person");
            name.setRefersToFormula("'Alan Turing'!$A$1");
            wb.getProperties().getCoreProperties().setCreator("Dorothy Vaughan");
            wb.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("Hidden Figures Ltd");
            wb.write(out);
        }
        // the cached result of the formula, as Excel would store it
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
        for (var e : new RawPackage(Files.readAllBytes(file)).parts.entrySet()) {
            String v = new String(e.getValue(), StandardCharsets.UTF_8);
            if (e.getKey().equals("xl/worksheets/sheet1.xml")) {
                v = v.replace("Ada Lovelace&quot;</f>", "Ada Lovelace&quot;</f><v>42 Ada Lovelace</v>")
                        .replace("Ada Lovelace\"</f>", "Ada Lovelace\"</f><v>42 Ada Lovelace</v>").replace("<c r=\"B3\"", "<c r=\"B3\" t=\"str\"");
                assertTrue(v.contains("<v>42 Ada Lovelace</v>"), "the cached result is in the test file");
            }
            parts.put(e.getKey(), v);
        }
        RawPackage.zip(file, parts);
    }

    @Test
    void redactedValuesAreGoneFromEveryPartAndFormulasFollowTheSheet() throws Exception {
        Path in = dir.resolve("hard.xlsx");
        build(in);
        assertHardCasesRedacted(OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.XLSX, Method.REDACT, IN_TEXT, "[REDACTED]"));
    }

    /** The same hard cases with every worksheet and the shared strings streamed (StAX) instead of a DOM. */
    @Test
    void streamedSheetsAreRedactedAlike() throws Exception {
        Path in = dir.resolve("hard.xlsx");
        build(in);
        try (OoxmlDocument doc = OoxmlDocument.open(in, OoxmlFormatHandler.XLSX, OfficeRun.limits(), 0)) {
            assertTrue(doc.streams("xl/worksheets/sheet1.xml") && doc.streams("xl/sharedStrings.xml"), "the parts are streamed");
        }
        assertHardCasesRedacted(OfficeRun.run((file, type, limits) -> OoxmlDocument.open(file, type, limits, 0), in,
                OoxmlFormatHandler.XLSX, Method.REDACT, IN_TEXT, "[REDACTED]"));
    }

    private static void assertHardCasesRedacted(OfficeRun.Output out) throws Exception {
        RawPackage raw = new RawPackage(out.bytes());
        List<String> all = new ArrayList<>(IN_TEXT);
        all.addAll(List.of("Rosalind Franklin", "Dorothy Vaughan", "Hidden Figures Ltd"));
        raw.assertNone(all);
        raw.assertSurvive(OTHER);
        String workbook = new String(raw.parts.get("xl/workbook.xml"), StandardCharsets.UTF_8);
        assertTrue(workbook.contains("name=\"REDACTED\""), "the sheet has a valid new name");
        assertTrue(workbook.contains("name=\"Summary\"") && workbook.contains("name=\"Owner\""), "other sheet names stay");
        assertTrue(workbook.contains("'REDACTED'!$A$1"), "the defined name follows");
        String sheet = new String(raw.parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertTrue(sheet.contains("'REDACTED'!A1&amp;\" [REDACTED]\""), "the formula names the new sheet, its literal redacted");
        assertTrue(sheet.contains("<v>42 [REDACTED]</v>"), "the cached result is redacted");
        try (var wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.bytes()))) {
            assertEquals("REDACTED", wb.getSheetName(1), "POI reads the output");
            assertEquals("[REDACTED]", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            assertEquals("Name", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void sanitizeRemovesCommentsAndPropertiesAndShowsHiddenSheets() throws Exception {
        Path in = dir.resolve("hard.xlsx");
        build(in);
        OfficeRun.Output out = OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.XLSX, Method.SANITIZE, List.of(), "");
        RawPackage raw = new RawPackage(out.bytes());
        raw.assertNone(List.of("Rosalind Franklin", "check with", "Dorothy Vaughan", "Hidden Figures Ltd"));
        raw.wellFormedText();
        assertEquals(1, out.removed().get("hiddenSheets"));
        assertTrue(out.removed().get("comments") >= 1);
        assertFalse(new String(raw.parts.get("xl/workbook.xml"), StandardCharsets.UTF_8).contains("hidden"));
    }
}
