package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.ParsedDocument;

/**
 * DOCX hard cases ({@link HandDocx}) redacted, anonymized and sanitized; the output is judged by
 * {@link RawPackage}, which unzips it with the JDK and reads every part as raw XML.
 */
class DocxRedactionTest {

    @TempDir
    Path dir;

    private static List<String> all() {
        List<String> v = new ArrayList<>(HandDocx.IN_TEXT);
        v.addAll(HandDocx.HIDDEN);
        return v;
    }

    @Test
    void redactedValuesAreGoneFromEveryPartAndOtherWordsStay() throws Exception {
        Path in = dir.resolve("hard.docx");
        HandDocx.write(in, false);
        OfficeRun.Output out = OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.DOCX, Method.REDACT,
                HandDocx.IN_TEXT, "[REDACTED]");
        for (String hidden : List.of("Peter Parker", "Bob Reviewer", "Dora Author")) {
            assertFalse(out.text().contains(hidden), "deleted text, authors and properties are not text");
        }
        RawPackage raw = new RawPackage(out.bytes());
        raw.assertNone(all());
        raw.assertSurvive(HandDocx.OTHER);
        String doc = new String(raw.parts.get("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(doc.contains("<w:b/></w:rPr><w:t xml:space=\"preserve\"/>") || doc.contains("<w:b/></w:rPr><w:t xml:space=\"preserve\"></w:t>"),
                "the second run of the split value is emptied");
        assertTrue(doc.contains("Patient [REDACTED]"), "the value is written once, into the first run");
        assertFalse(raw.parts.containsKey("docProps/core.xml"));
        assertTrue(out.removed().get("metadata") >= 3 && out.removed().get("trackedChanges") >= 2, out.removed().toString());
        assertTrue(raw.parts.containsKey("word/comments.xml"), "redaction keeps comments, without their author");
        reopens(out.bytes(), "[REDACTED]");
    }

    /**
     * Ruby text (the furigana Word shows above a Japanese name, {@code w:rt}) is read as a line of its own, not between
     * the letters of its base ("山田太郎" is read whole, across two rubies), and a ruby whose base was changed loses it:
     * "やまだ" and "たろう" stayed above a redacted name. A ruby whose base is unchanged keeps its text.
     */
    @Test
    void aRedactedNamesRubyTextGoesWithIt() throws Exception {
        Path in = dir.resolve("ruby.docx");
        HandDocx.write(in, false);
        RawPackage.edit(in, (name, v) -> !name.equals("word/document.xml") ? v : v.replace("<w:body>", "<w:body><w:p><w:r>"
                + "<w:t xml:space=\"preserve\">担当 </w:t></w:r>" + ruby("やまだ", "山田") + ruby("たろう", "太郎")
                + "<w:r><w:t xml:space=\"preserve\"> 所属 </w:t></w:r>" + ruby("えいぎょう", "営業部") + "</w:p>"), Map.of());
        try (ParsedDocument doc = new OoxmlFormatHandler().open(in, OoxmlFormatHandler.DOCX, OfficeRun.limits())) {
            assertTrue(doc.text().contains("担当 山田太郎 所属 営業部\nやまだ\nたろう\nえいぎょう\n"), doc.text());
        }
        OfficeRun.Output out = OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.DOCX, Method.REDACT,
                List.of("山田太郎"), "[REDACTED]");
        RawPackage raw = new RawPackage(out.bytes());
        raw.assertNone(List.of("山田", "太郎", "やまだ", "たろう"));
        raw.assertSurvive(List.of("担当", "営業部", "えいぎょう"));
    }

    /**
     * A document whose body imports an HTML part ({@code w:altChunk}, which Word converts on opening; HTML-to-DOCX
     * converters write whole documents so): its text is in no part read, so a redaction wrote it back unchanged and
     * called the output verified. Redaction and anonymization are refused with a message; sanitize still runs.
     */
    @Test
    void aDocumentImportingAnHtmlChunkIsRefusedNotPassedUnread() throws Exception {
        Path in = dir.resolve("chunk.docx");
        HandDocx.write(in, false);
        RawPackage.edit(in, (name, v) -> switch (name) {
            case "word/document.xml" -> v.replace("<w:body>", "<w:body><w:altChunk r:id=\"rId99\"/>");
            case "word/_rels/document.xml.rels" -> v.replace("</Relationships>", RawPackage.relationship("rId99", "aFChunk",
                    "afchunk.htm") + "</Relationships>");
            case "[Content_Types].xml" -> v.replace("<Default Extension=\"xml\"",
                    "<Default Extension=\"htm\" ContentType=\"text/html\"/><Default Extension=\"xml\"");
            default -> v;
        }, Map.of("word/afchunk.htm", "<html><body><p>Patient Grace Hopper, SSN 219-09-9999</p></body></html>"));
        for (Method method : List.of(Method.REDACT, Method.ANONYMIZE)) {
            EngineException e = assertThrows(EngineException.class, () -> OfficeRun.run(new OoxmlFormatHandler(), in,
                    OoxmlFormatHandler.DOCX, method, HandDocx.IN_TEXT, "[REDACTED]"));
            assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
            assertTrue(e.getMessage().contains("altChunk"), e.getMessage());
        }
        OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.DOCX, Method.SANITIZE, List.of(), "");
    }

    /**
     * A review's leaks (2026-12-05): text Word shows or keeps in attributes and parts that were not read, each value
     * a place of its own: a watermark's and WordArt's text, VML alternative text and a picture's title, a link's
     * ScreenTip, a drop-down's items, the editor a range is open to, a table's caption and description, a legacy form
     * field's name, help, status and default text, a list level's text, core properties where .NET writes them, a
     * date picker's stored date and deleted text outside a tracked deletion.
     */
    @Test
    void textInAttributesAndPartsWordKeepsIsRedacted() throws Exception {
        Path in = dir.resolve("attributes.docx");
        HandDocx.write(in, false);
        String vml = "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"";
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        RawPackage.edit(in, (name, v) -> switch (name) {
            case "word/document.xml" -> v.replace("<w:sectPr>", "<w:p><w:r><w:pict><v:shape " + vml
                    + " alt=\"Alt Vivian Crane\"><v:textpath string=\"Watermark Wendy Quill\"/><v:imagedata o:title=\"Title Tobias Fenn\"/>"
                    + "</v:shape></w:pict></w:r>"
                    + "<w:hyperlink w:anchor=\"top\" w:tooltip=\"Tip Tessa Varga\"><w:r><w:t>link</w:t></w:r></w:hyperlink>"
                    + "<w:permStart w:id=\"1\" w:ed=\"editor.eddie@example.org\"/><w:permEnd w:id=\"1\"/>"
                    + "<w:sdt><w:sdtPr><w:dropDownList><w:listItem w:displayText=\"Drop Dorian Pell\" w:value=\"Value Vera Lusk\"/>"
                    + "</w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:t>choice</w:t></w:r></w:sdtContent></w:sdt>"
                    + "<w:sdt><w:sdtPr><w:date w:fullDate=\"1980-04-12T00:00:00Z\"/></w:sdtPr><w:sdtContent><w:r><w:t>a date</w:t></w:r>"
                    + "</w:sdtContent></w:sdt>"
                    + "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Field Fiona Hart\"/>"
                    + "<w:helpText w:type=\"text\" w:val=\"Help Hugo Lind\"/><w:statusText w:type=\"text\" w:val=\"Status Stan Crew\"/>"
                    + "<w:textInput><w:default w:val=\"Default Dina Ross\"/></w:textInput></w:ffData></w:fldChar></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:ddList><w:listEntry w:val=\"Entry Edna Boyle\"/>"
                    + "</w:ddList></w:ffData></w:fldChar></w:r>"
                    + "<w:r><w:delText>Stray Stella Marsh</w:delText></w:r></w:p>"
                    + "<w:tbl><w:tblPr><w:tblCaption w:val=\"Caption Cora Bell\"/><w:tblDescription w:val=\"Described Dale Moss\"/></w:tblPr>"
                    + "<w:tblGrid/><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr>");
            case "word/_rels/document.xml.rels" -> v.replace("</Relationships>", RawPackage.relationship("rId90", "numbering",
                    "numbering.xml") + "</Relationships>");
            case "_rels/.rels" -> v.replace("</Relationships>", "<Relationship Id=\"rId90\" Type=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships/metadata/core-properties\" Target=\"package/services/metadata/core-properties/c1.psmdcp\"/>"
                    + "</Relationships>");
            case "[Content_Types].xml" -> v.replace("<Default Extension=\"xml\"", "<Default Extension=\"psmdcp\" ContentType=\""
                    + "application/vnd.openxmlformats-package.core-properties+xml\"/><Default Extension=\"xml\"")
                    .replace("</Types>", "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/></Types>");
            default -> v;
        }, Map.of("word/numbering.xml", "<w:numbering xmlns:w=\"" + w + "\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\">"
                + "<w:lvlText w:val=\"Level Lena Fox %1.\"/></w:lvl></w:abstractNum></w:numbering>",
                "package/services/metadata/core-properties/c1.psmdcp", "<coreProperties xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Core Cody Neal</dc:creator></coreProperties>"));
        List<String> read = List.of("Alt Vivian Crane", "Watermark Wendy Quill", "Title Tobias Fenn", "Tip Tessa Varga",
                "editor.eddie@example.org", "Drop Dorian Pell", "Value Vera Lusk", "Field Fiona Hart", "Help Hugo Lind",
                "Status Stan Crew", "Default Dina Ross", "Entry Edna Boyle", "Caption Cora Bell", "Described Dale Moss", "Level Lena Fox");
        for (Method method : List.of(Method.REDACT, Method.ANONYMIZE)) {
            OfficeRun.Output out = OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.DOCX, method, read, "Pat Example");
            RawPackage raw = new RawPackage(out.bytes());
            raw.assertNone(read);
            raw.assertNone(List.of("Stray Stella Marsh", "1980-04-12", "Core Cody Neal"));
            assertTrue(new String(raw.parts.get("word/numbering.xml"), StandardCharsets.UTF_8).contains(" %1."),
                    "the list level keeps its number");
            Path again = dir.resolve("attributes-out.docx");
            Files.write(again, out.bytes());
            try (ParsedDocument doc = new OoxmlFormatHandler().open(again, OoxmlFormatHandler.DOCX, OfficeRun.limits())) {
                for (String v : read) {
                    assertFalse(doc.text().contains(v), "read again: #" + read.indexOf(v));
                }
                assertTrue(doc.text().contains("Pat Example"));
            }
        }
    }

    /**
     * A review's (2026-12-05): parts read as XML by their content type took an SVG picture in too, and an SVG with a
     * DOCTYPE (Illustrator writes one) made the whole document refused. A picture is read as one (SvgText), whatever
     * its content type says.
     */
    @Test
    void anSvgPictureWithADoctypeIsNotRefused() throws Exception {
        Path in = dir.resolve("svg-doctype.docx");
        HandDocx.write(in, false);
        RawPackage.edit(in, (name, v) -> switch (name) {
            case "word/_rels/document.xml.rels" -> v.replace("</Relationships>", RawPackage.relationship("rId91", "image",
                    "media/image9.svg") + "</Relationships>");
            case "[Content_Types].xml" -> v.replace("<Default Extension=\"xml\"",
                    "<Default Extension=\"svg\" ContentType=\"image/svg+xml\"/><Default Extension=\"xml\"");
            default -> v;
        }, Map.of("word/media/image9.svg", "<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
                + " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<rect width=\"10\" height=\"10\"/></svg>"));
        OfficeRun.Output out = OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.DOCX, Method.REDACT,
                List.of("John Smith"), "[REDACTED]");
        new RawPackage(out.bytes()).assertNone(List.of("John Smith"));
    }

    private static String ruby(String reading, String base) {
        return "<w:ruby><w:rubyPr><w:rubyAlign w:val=\"distributeSpace\"/></w:rubyPr><w:rt><w:r><w:t>" + reading
                + "</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>" + base + "</w:t></w:r></w:rubyBase></w:ruby>";
    }

    @Test
    void anonymizedValuesAreReplacedBySurrogates() throws Exception {
        Path in = dir.resolve("hard.docx");
        HandDocx.write(in, false);
        OfficeRun.Output out = OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.DOCX, Method.ANONYMIZE,
                HandDocx.IN_TEXT, "Pat Example <x&y>");
        RawPackage raw = new RawPackage(out.bytes());
        raw.assertNone(all());
        raw.assertSurvive(HandDocx.OTHER);
        String rels = new String(raw.parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
        assertTrue(rels.contains("mailto:Pat%20Example%20%3Cx%26y%3E"), "the hyperlink target holds the encoded surrogate");
        reopens(out.bytes(), "Pat Example <x&y>");
    }

    @Test
    void sanitizeRemovesCommentsTrackedChangesMacrosAndProperties() throws Exception {
        Path in = dir.resolve("hard.docm");
        HandDocx.write(in, true);
        OfficeRun.Output out = OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.DOCM, Method.SANITIZE, List.of(), "");
        RawPackage raw = new RawPackage(out.bytes());
        raw.assertNone(List.of("Bob Reviewer", "Maria Gonzalez", "Peter Parker", "Carol Editor", "Dora Author", "Eve Holder", "AutoOpen"));
        raw.wellFormedText();
        assertFalse(raw.parts.containsKey("word/vbaProject.bin"));
        assertFalse(raw.parts.containsKey("word/comments.xml"));
        String types = new String(raw.parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
        assertFalse(types.contains("macroEnabled"), "the main part is a plain document again");
        assertEquals(OoxmlFormatHandler.DOCX, out.mediaType());
        // as the engine passes it: media types read in lower case
        OfficeRun.Output lower = OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.DOCM.toLowerCase(java.util.Locale.ROOT),
                Method.SANITIZE, List.of(), "");
        assertEquals(OoxmlFormatHandler.DOCX, lower.mediaType());
        assertEquals(1, out.removed().get("macros"));
        assertEquals(1, out.removed().get("comments"));
        assertEquals(3, out.removed().get("metadata"));
        assertTrue(out.removed().get("trackedChanges") >= 2);
        assertFalse(new String(raw.parts.get("word/document.xml"), StandardCharsets.UTF_8).contains("commentReference"));
    }

    /** The output opens again with the handler (as the engine's verification does). */
    private void reopens(byte[] bytes, String replacement) throws Exception {
        Path again = dir.resolve("out.docx");
        Files.write(again, bytes);
        try (ParsedDocument doc = new OoxmlFormatHandler().open(again, OoxmlFormatHandler.DOCX, OfficeRun.limits())) {
            for (String v : HandDocx.IN_TEXT) {
                assertFalse(doc.text().contains(v));
            }
            assertTrue(doc.text().contains(replacement));
        }
    }

    /**
     * Places a value hides in that a reader does not show: a percent-encoded hyperlink target, a
     * smart tag's property, a content control's title and tag (read and redacted); document
     * variables, editing-session ids and a mail merge's data source in the settings (removed on every
     * write). Before, the
     * encoded target was read but not decoded (no detector sees {@code Ingrid%20Bergstrom}), the
     * attributes were not read, and the settings were left as they were, and so was the data a
     * content control is bound to ({@code customXml/item1.xml}). A photo's EXIF (in which
     * "Balthazar Quill" also stands) was kept.
     */
    @Test
    void hiddenPlacesAreReadOrRemoved() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", RawPackage.contentTypes(
                "/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"));
        p.put("_rels/.rels", RawPackage.relationships(RawPackage.relationship("rId1", "officeDocument", "word/document.xml")));
        p.put("word/_rels/document.xml.rels", RawPackage.relationships(RawPackage.relationship("rId3", "settings", "settings.xml"),
                "<Relationship Id=\"rId5\" Type=\"" + RawPackage.RELS + "hyperlink\" TargetMode=\"External\""
                + " Target=\"https://portal.example.org/patient?name=Ingrid%20Bergstr%C3%B6m&amp;ssn=219-09-9999&amp;q=a%26b&amp;by=Rosalind+Franklin&amp;p=x%2Fy\"/>"));
        p.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + HandDocx.W + "><w:body>"
                + "<w:p w:rsidR=\"00A1B2C3\"><w:r><w:t xml:space=\"preserve\">Open the </w:t></w:r><w:hyperlink r:id=\"rId5\"><w:r><w:t>portal</w:t></w:r></w:hyperlink></w:p>"
                + "<w:p><w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"PersonName\"><w:smartTagPr>"
                + "<w:attr w:name=\"FullName\" w:val=\"Henrietta Lacks\"/></w:smartTagPr><w:r><w:t>the donor</w:t></w:r></w:smartTag></w:p>"
                + "<w:sdt><w:sdtPr><w:alias w:val=\"Ferdinand Magellan\"/><w:tag w:val=\"Rosalind Franklin\"/></w:sdtPr>"
                + "<w:sdtContent><w:p><w:r><w:t>Quarterly report</w:t></w:r></w:p></w:sdtContent></w:sdt></w:body></w:document>");
        p.put("word/settings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:settings " + HandDocx.W + ">"
                + "<w:docVars><w:docVar w:name=\"client\" w:val=\"Balthazar Quill\"/></w:docVars>"
                + "<w:rsids><w:rsidRoot w:val=\"00A1B2C3\"/><w:rsid w:val=\"00A1B2C3\"/></w:rsids>"
                + "<w:mailMerge><w:mainDocumentType w:val=\"formLetters\"/><w:connectString w:val=\"Provider=Microsoft.ACE.OLEDB.12.0;"
                + "Data Source=C:\\Users\\Balthazar Quill\\patients.xlsx\"/><w:query w:val=\"SELECT * FROM `Balthazar Quill$`\"/>"
                + "</w:mailMerge></w:settings>");
        p.put("customXml/item1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><patient xmlns=\"urn:example\">"
                + "<name>Grace Brewster</name><seen by=\"Margaret Hamilton\">Quarterly</seen></patient>");
        Path in = dir.resolve("hidden.docx");
        RawPackage.zip(in, p, Map.of("word/media/image1.jpg", io.blackbar.engine.api.testing.Jpegs.withExif("Camera owner Balthazar Quill")));
        List<String> values = List.of("Ingrid Bergstr\u00f6m", "219-09-9999", "Henrietta Lacks", "Ferdinand Magellan",
                "Rosalind Franklin", "Grace Brewster", "Margaret Hamilton");
        // the photo's pixels are not what this test is about (PicturesTest and ServerIT read pictures): left unread
        OfficeRun.Output out = OfficeRun.run(OoxmlFormatHandler.notReadingPictures(), in, OoxmlFormatHandler.DOCX, Method.REDACT,
                values, "[REDACTED]");
        assertFalse(out.text().contains("Balthazar Quill"), "document variables are not text");
        RawPackage raw = new RawPackage(out.bytes());
        List<String> gone = new ArrayList<>(values);
        gone.addAll(List.of("Ingrid%20Bergstr%C3%B6m", "Bergstr", "Balthazar Quill", "00A1B2C3"));
        raw.assertNone(gone);
        raw.assertSurvive(List.of("portal", "donor", "Quarterly", "report"));
        assertEquals(8, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(raw.parts.get("word/media/image1.jpg"))).getWidth(),
                "the photo stays, without its EXIF");
        assertEquals(1, out.removed().get("imageMetadata"));
        String rels = new String(raw.parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
        java.util.regex.Matcher target = java.util.regex.Pattern.compile("Target=\"(https:[^\"]*)\"").matcher(rels);
        assertTrue(target.find(), rels);
        String uri = target.group(1).replace("&amp;", "&");
        assertEquals("https://portal.example.org/patient?name=%5BREDACTED%5D&ssn=%5BREDACTED%5D&q=a%26b&by=%5BREDACTED%5D&p=x%2Fy",
                uri, "the rest of the link is as it was, an encoded '&' and '/' still encoded");
        java.net.URI.create(uri);
    }
}
