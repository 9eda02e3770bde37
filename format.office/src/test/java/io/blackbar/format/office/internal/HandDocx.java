package io.blackbar.format.office.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A DOCX written part by part with the hard cases, since POI's XWPF cannot write tracked deletions,
 * text boxes or simple fields: a value split across runs, header, footer, footnote, comment and its
 * author, tracked deletion and insertion, hyperlink (display text and target), text box, content
 * control, field code, all three property parts, and an ampersand that XML escapes.
 */
final class HandDocx {

    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /** Values in the extracted text. */
    static final List<String> IN_TEXT = List.of("John Smith", "Alice Walker", "alice.walker@example.org", "Zebulon Quimby",
            "Maria Gonzalez", "Jane Doe", "jane.doe@example.com", "Oliver Twist", "Holly Golightly", "quentin.blake",
            "Smith & Wesson Ltd");
    /** Values that are not text but must go too: authors, deleted text, properties. */
    static final List<String> HIDDEN = List.of("Bob Reviewer", "Peter Parker", "Carol Editor", "Dora Author", "Acme Secret Corp",
            "Eve Holder");
    /** Other words that must stay. */
    static final List<String> OTHER = List.of("Patient", "seen", "today", "inserted", "remain", "Quarterly", "report", "Header",
            "Footer", "note", "Comment", "Contact", "Textbox", "Control", "Vendor", "Draft");

    private HandDocx() {
    }

    static void write(Path file, boolean macros) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        String main = macros ? "application/vnd.ms-word.document.macroEnabled.main+xml"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
        p.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + main + "\"/>"
                + "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
                + "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
                + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"
                + "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                + "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>"
                + "</Types>");
        p.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELS + "officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + RELS + "extended-properties\" Target=\"docProps/app.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + RELS + "custom-properties\" Target=\"docProps/custom.xml\"/></Relationships>");
        p.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELS + "header\" Target=\"header1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + RELS + "footer\" Target=\"footer1.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + RELS + "footnotes\" Target=\"footnotes.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + RELS + "comments\" Target=\"comments.xml\"/>"
                + "<Relationship Id=\"rId5\" Type=\"" + RELS + "hyperlink\" Target=\"mailto:jane.doe@example.com\" TargetMode=\"External\"/>"
                + (macros ? "<Relationship Id=\"rId6\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>" : "")
                + "</Relationships>");
        p.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">Patient Jo</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>hn Smi</w:t></w:r>"
                + "<w:r><w:t xml:space=\"preserve\">th was seen today.</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
                + "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Quarterly report</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
                + "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
                + "<w:p><w:del w:id=\"5\" w:author=\"Carol Editor\" w:date=\"2024-01-01T00:00:00Z\"><w:r><w:delText>Peter Parker</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"6\" w:author=\"Carol Editor\"><w:r><w:t>inserted words remain</w:t></w:r></w:ins></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">Contact </w:t></w:r><w:hyperlink r:id=\"rId5\"><w:r><w:t>Jane Doe</w:t></w:r></w:hyperlink></w:p>"
                + "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent><w:p><w:r><w:t>Textbox Oliver Twist</w:t></w:r></w:p>"
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
                + "<w:sdt><w:sdtPr><w:alias w:val=\"Name\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Control Holly Golightly</w:t></w:r></w:p></w:sdtContent></w:sdt>"
                + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"http://example.net/~quentin.blake\" </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Draft</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
                + "<w:p><w:r><w:t>Vendor Smith &amp; Wesson Ltd</w:t></w:r></w:p>"
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/><w:footerReference w:type=\"default\" r:id=\"rId2\"/></w:sectPr>"
                + "</w:body></w:document>");
        p.put("word/header1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr " + W + "><w:p><w:r><w:t>Header Alice Walker</w:t></w:r></w:p></w:hdr>");
        p.put("word/footer1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:ftr " + W + "><w:p><w:r><w:t>Footer alice.walker@example.org</w:t></w:r></w:p></w:ftr>");
        p.put("word/footnotes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes " + W + "><w:footnote w:id=\"1\"><w:p><w:r><w:t>A note on Zebulon Quimby</w:t></w:r></w:p></w:footnote></w:footnotes>");
        p.put("word/comments.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments " + W + "><w:comment w:id=\"0\" w:author=\"Bob Reviewer\" w:initials=\"BR\">"
                + "<w:p><w:r><w:t>Comment: ask Maria Gonzalez</w:t></w:r></w:p></w:comment></w:comments>");
        p.put("docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Dora Author</dc:creator></cp:coreProperties>");
        p.put("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Company>Acme Secret Corp</Company></Properties>");
        p.put("docProps/custom.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
                + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Owner\">"
                + "<vt:lpwstr>Eve Holder</vt:lpwstr></property></Properties>");
        if (macros) {
            p.put("word/vbaProject.bin", "Attribute VB_Name = \"Module1\" Sub AutoOpen() End Sub");
        }
        RawPackage.zip(file, p);
    }
}
