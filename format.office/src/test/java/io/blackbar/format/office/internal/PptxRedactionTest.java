package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.Method;

/**
 * PPTX hard cases written part by part: a value split across runs in a shape, a group, a table, speaker
 * notes, a comment and its author, text on a layout, core properties. Judged by {@link RawPackage}.
 */
class PptxRedactionTest {

    static final List<String> IN_TEXT = List.of("Katherine Johnson", "Neil Armstrong", "Sally Ride", "Buzz Aldrin",
            "Yuri Gagarin", "Chris Hadfield");
    static final List<String> OTHER = List.of("Mission", "briefing", "Crew", "Speaker", "Layout", "Review");
    private static final String A = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    @TempDir
    Path dir;

    private static String sp(String body) {
        return "<p:sp><p:txBody><a:p>" + body + "</a:p></p:txBody></p:sp>";
    }

    static void build(Path file) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        String x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        p.put("[Content_Types].xml", x + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>");
        p.put("_rels/.rels", x + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R + "officeDocument\" Target=\"ppt/presentation.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>");
        p.put("ppt/presentation.xml", x + "<p:presentation " + A + "/>");
        p.put("ppt/slides/slide1.xml", x + "<p:sld " + A + "><p:cSld><p:spTree>"
                + sp("<a:r><a:t>Mission briefing by Kather</a:t></a:r><a:r><a:rPr b=\"1\"/><a:t>ine Johnson</a:t></a:r>")
                + "<p:grpSp>" + sp("<a:r><a:t>Crew Neil Armstrong</a:t></a:r>") + "</p:grpSp>"
                + "<p:graphicFrame><a:graphic><a:graphicData><a:tbl><a:tr><a:tc><a:txBody><a:p><a:r><a:t>Sally Ride</a:t></a:r></a:p></a:txBody></a:tc></a:tr></a:tbl>"
                + "</a:graphicData></a:graphic></p:graphicFrame></p:spTree></p:cSld></p:sld>");
        p.put("ppt/notesSlides/notesSlide1.xml", x + "<p:notes " + A + "><p:cSld><p:spTree>" + sp("<a:r><a:t>Speaker: thank Buzz Aldrin</a:t></a:r>")
                + "</p:spTree></p:cSld></p:notes>");
        p.put("ppt/commentAuthors.xml", x + "<p:cmAuthorLst " + A + "><p:cmAuthor id=\"0\" name=\"Valentina Tereshkova\" initials=\"VT\"/></p:cmAuthorLst>");
        p.put("ppt/comments/comment1.xml", x + "<p:cmLst " + A + "><p:cm authorId=\"0\"><p:text>Review with Yuri Gagarin</p:text></p:cm></p:cmLst>");
        p.put("ppt/slideLayouts/slideLayout1.xml", x + "<p:sldLayout " + A + "><p:cSld><p:spTree>" + sp("<a:r><a:t>Layout Chris Hadfield</a:t></a:r>")
                + "</p:spTree></p:cSld></p:sldLayout>");
        p.put("docProps/core.xml", x + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Mae Jemison</dc:creator></cp:coreProperties>");
        RawPackage.zip(file, p);
    }

    @Test
    void redactedValuesAreGoneFromEveryPartAndOtherWordsStay() throws Exception {
        Path in = dir.resolve("hard.pptx");
        build(in);
        OfficeRun.Output out = OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.PPTX, Method.REDACT, IN_TEXT, "[REDACTED]");
        RawPackage raw = new RawPackage(out.bytes());
        raw.assertNone(List.of("Katherine Johnson", "Kather", "Neil Armstrong", "Sally Ride", "Buzz Aldrin", "Yuri Gagarin",
                "Chris Hadfield", "Valentina Tereshkova", "Mae Jemison"));
        raw.assertSurvive(OTHER);
        assertTrue(new String(raw.parts.get("ppt/slides/slide1.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("<a:t>Mission briefing by [REDACTED]</a:t>"));
    }

    @Test
    void sanitizeRemovesCommentsAndTheirAuthors() throws Exception {
        Path in = dir.resolve("hard.pptx");
        build(in);
        OfficeRun.Output out = OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.PPTX, Method.SANITIZE, List.of(), "");
        RawPackage raw = new RawPackage(out.bytes());
        raw.assertNone(List.of("Valentina Tereshkova", "Yuri Gagarin", "Mae Jemison"));
        raw.assertSurvive(List.of("Mission", "Speaker", "Layout"));
        assertEquals(2, out.removed().get("comments"));
        assertEquals(1, out.removed().get("metadata"));
    }

    /**
     * Text a presentation keeps outside its slides' shapes: an add-in's tags, a custom show's name, a
     * section's name, a link's percent-encoded target. None was read, so all stayed in the output.
     */
    @Test
    void tagsShowsSectionsAndEncodedLinksAreRedacted() throws Exception {
        String r = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", RawPackage.contentTypes(
                "/ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                "/ppt/slides/slide1.xml", "application/vnd.openxmlformats-officedocument.presentationml.slide+xml",
                "/ppt/tags/tag1.xml", "application/vnd.openxmlformats-officedocument.presentationml.tags+xml"));
        p.put("_rels/.rels", RawPackage.relationships(RawPackage.relationship("rId1", "officeDocument", "ppt/presentation.xml")));
        p.put("ppt/_rels/presentation.xml.rels", RawPackage.relationships(RawPackage.relationship("rId2", "slide", "slides/slide1.xml")));
        p.put("ppt/presentation.xml", "<?xml version=\"1.0\"?><p:presentation " + A + " " + r + "><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId2\"/>"
                + "</p:sldIdLst><p:custShowLst><p:custShow name=\"For Katherine Johnson\" id=\"0\"><p:sldLst><p:sld r:id=\"rId2\"/></p:sldLst>"
                + "</p:custShow></p:custShowLst><p:extLst><p:ext uri=\"{521415D9-36F7-43E2-AB2F-B90AF26B5E84}\">"
                + "<p14:sectionLst xmlns:p14=\"http://schemas.microsoft.com/office/powerpoint/2010/main\"><p14:section name=\"Neil Armstrong\" id=\"{A}\">"
                + "<p14:sldIdLst><p14:sldId id=\"256\"/></p14:sldIdLst></p14:section></p14:sectionLst></p:ext></p:extLst></p:presentation>");
        p.put("ppt/slides/_rels/slide1.xml.rels", RawPackage.relationships(RawPackage.relationship("rId5", "tags", "../tags/tag1.xml"),
                "<Relationship Id=\"rId7\" Type=\"" + R + "hyperlink\" Target=\"mailto:crew@example.org?subject=Sally%20Ride\" TargetMode=\"External\"/>"));
        p.put("ppt/slides/slide1.xml", "<?xml version=\"1.0\"?><p:sld " + A + " " + r + "><p:cSld><p:spTree>"
                + sp("<a:r><a:t>Mission briefing</a:t></a:r>") + "</p:spTree></p:cSld>"
                + "<p:custDataLst><p:tags r:id=\"rId5\"/></p:custDataLst></p:sld>");
        p.put("ppt/tags/tag1.xml", "<?xml version=\"1.0\"?><p:tagLst " + A + "><p:tag name=\"CLIENT\" val=\"Buzz Aldrin\"/></p:tagLst>");
        Path in = dir.resolve("places.pptx");
        RawPackage.zip(in, p);
        List<String> values = List.of("Katherine Johnson", "Neil Armstrong", "Sally Ride", "Buzz Aldrin");
        RawPackage raw = new RawPackage(OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.PPTX, Method.REDACT,
                values, "[REDACTED]").bytes());
        raw.assertNone(values);
        raw.assertNone(List.of("Sally%20Ride"));
        raw.assertSurvive(List.of("Mission", "briefing"));
    }

    /**
     * A review's leaks (2026-12-05): a slide's name, a link's ScreenTip and SmartArt's placeholder text were not read;
     * PowerPoint's change tracking kept who changed the slides by name.
     */
    @Test
    void slideNamesScreenTipsAndChangeTrackingAreNotLeft() throws Exception {
        Path in = dir.resolve("names.pptx");
        build(in);
        RawPackage.edit(in, (name, v) -> switch (name) {
            case "ppt/slides/slide1.xml" -> v.replace("<p:cSld>", "<p:cSld name=\"Slide Sonia Wirth\">")
                    .replace("<a:r><a:t>Crew Neil Armstrong</a:t></a:r>", "<a:r><a:rPr><a:hlinkClick tooltip=\"Tip Tomas Eck\"/>"
                    + "</a:rPr><a:t>Crew Neil Armstrong</a:t></a:r>");
            case "[Content_Types].xml" -> v.replace("</Types>", "<Override PartName=\"/ppt/changesInfos/changesInfo1.xml\" "
                    + "ContentType=\"application/vnd.ms-powerpoint.changesinfo+xml\"/></Types>");
            default -> v;
        }, Map.of("ppt/diagrams/data1.xml", "<dgm:dataModel xmlns:dgm=\"http://schemas.openxmlformats.org/drawingml/2006/diagram\">"
                + "<dgm:ptLst><dgm:pt modelId=\"1\"><dgm:prSet phldrT=\"Placeholder Pola Nenn\"/></dgm:pt></dgm:ptLst></dgm:dataModel>",
                "ppt/changesInfos/changesInfo1.xml", "<pc:chgInfo xmlns:pc=\"http://schemas.microsoft.com/office/powerpoint/2013/main/command\">"
                + "<pc:docChgLst><pc:chgData name=\"Changer Chiara Voss\" userId=\"S::chiara@example.org\"/></pc:docChgLst></pc:chgInfo>"));
        List<String> values = List.of("Slide Sonia Wirth", "Tip Tomas Eck", "Placeholder Pola Nenn");
        RawPackage raw = new RawPackage(OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.PPTX, Method.REDACT,
                values, "[REDACTED]").bytes());
        raw.assertNone(values);
        raw.assertNone(List.of("Changer Chiara Voss", "chiara@example.org"));
        assertTrue(raw.parts.keySet().stream().noneMatch(n -> n.startsWith("ppt/changesInfos/")), "change tracking removed");
    }
}
