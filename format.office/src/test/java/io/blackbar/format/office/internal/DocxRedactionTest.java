package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
