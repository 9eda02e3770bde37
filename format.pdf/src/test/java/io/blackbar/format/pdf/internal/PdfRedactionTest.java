package io.blackbar.format.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.testing.Plans;

/**
 * Redacts, anonymizes and sanitizes the hard-case document, and checks the output with readers
 * that share no code with the writer (poppler's pdftotext, qpdf's decompressed objects).
 */
class PdfRedactionTest {

    @TempDir
    static Path dir;
    static Path input;

    @BeforeAll
    static void build() throws Exception {
        assumeTrue(Samples.hasDejaVu(), "DejaVuSans.ttf (fonts-dejavu-core) is needed to embed TrueType fonts");
        input = dir.resolve("hard.pdf");
        Samples.hardCases(input);
    }

    static DocumentLimits limits() {
        return new DocumentLimits(100L << 20, 1000, 10_000_000, 256L << 20, System.nanoTime() + 60_000_000_000L);
    }

    private static Map<String, Integer> process(Path in, Path out, Method method, String replacement) throws Exception {
        PdfFormatHandler handler = new PdfFormatHandler();
        try (ParsedDocument parsed = handler.open(in, "application/pdf", limits());
                OutputStream os = Files.newOutputStream(out)) {
            for (String v : Samples.IN_TEXT) {
                assertTrue(parsed.text().contains(v), "the extracted text holds " + v);
            }
            if (method == Method.SANITIZE) {
                return parsed.sanitize(os);
            }
            return parsed.write(Plans.everyOccurrence(parsed.text(), Samples.IN_TEXT, replacement), method, os);
        }
    }

    @Test
    void redactedValuesAreGoneFromEveryByteAndOtherWordsStay() throws Exception {
        IndependentReader.assumeTools();
        Path out = dir.resolve("redacted.pdf");
        Map<String, Integer> removed = process(input, out, Method.REDACT, "[REDACTED]");
        assertTrue(removed.getOrDefault("glyphs", 0) > 100, "glyphs removed: " + removed);
        assertTrue(removed.containsKey("metadata") && removed.containsKey("embeddedFiles"), removed.toString());

        String shown = IndependentReader.text(out);
        String raw = IndependentReader.rawObjects(out);
        List<String> gone = new ArrayList<>(Samples.IN_TEXT);
        gone.add(Samples.ATTACHED);
        for (String v : gone) {
            assertFalse(shown.contains(v), "pdftotext still shows " + v);
            assertNull(IndependentReader.findAny(raw, v), "the decompressed objects still hold " + v);
            for (String part : v.split("[ .@-]")) {
                if (part.length() >= 6) {
                    assertFalse(shown.contains(part), "pdftotext still shows part of " + v);
                }
            }
        }
        assertSurvivors(IndependentReader.text(input), shown, 0.95);
        assertNotEquals(2, IndependentReader.check(out), "qpdf --check finds errors");
        // the form XObject drawn three times: every use lost the value, and PDFBox reads the result again
        try (ParsedDocument again = new PdfFormatHandler().open(out, "application/pdf", limits())) {
            for (String v : Samples.IN_TEXT) {
                assertFalse(again.text().contains(v), "re-read text holds " + v);
            }
            assertTrue(again.text().contains("quarterly report"));
        }
    }

    @Test
    void neighboursKeepTheirPlace() throws Exception {
        IndependentReader.assumeTools();
        Path out = dir.resolve("placed.pdf");
        process(input, out, Method.REDACT, "[REDACTED]");
        Map<String, double[]> before = wordBoxes(input);
        Map<String, double[]> after = wordBoxes(out);
        for (String word : List.of("closed", "today", "yesterday", "charged", "noted", "filed")) {
            double[] b = before.get(word);
            double[] a = after.get(word);
            assertTrue(b != null && a != null, word + " is on the page before and after");
            assertEquals(b[0], a[0], 0.5, word + " keeps its x");
            assertEquals(b[1], a[1], 0.5, word + " keeps its y");
        }
    }

    @Test
    void anonymizedBoxesShowTheSurrogate() throws Exception {
        IndependentReader.assumeTools();
        Path out = dir.resolve("anonymized.pdf");
        process(input, out, Method.ANONYMIZE, "SURROGATE-1");
        String shown = IndependentReader.text(out);
        String raw = IndependentReader.rawObjects(out);
        for (String v : Samples.IN_TEXT) {
            assertFalse(shown.contains(v), "pdftotext still shows " + v);
            assertNull(IndependentReader.findAny(raw, v), "the decompressed objects still hold " + v);
        }
        assertTrue(shown.contains("SURROGATE-1"), "the surrogate is written in the box");
    }

    @Test
    void sanitizeRemovesHiddenDataAndActiveContent() throws Exception {
        IndependentReader.assumeTools();
        Path out = dir.resolve("sanitized.pdf");
        Map<String, Integer> removed = process(input, out, Method.SANITIZE, null);
        String raw = IndependentReader.rawObjects(out);
        for (String gone : List.of(Samples.AUTHOR, Samples.ATTACHED, Samples.SCRIPT, "/JavaScript", "/OpenAction",
                "/EmbeddedFile", "dc:creator")) {
            assertNull(IndependentReader.findAny(raw, gone), "sanitized output still holds " + gone);
        }
        assertTrue(removed.keySet().containsAll(Set.of("metadata", "embeddedFiles", "actions")), removed.toString());
        assertTrue(IndependentReader.text(out).contains(Samples.SSN), "sanitize keeps the visible text");
    }

    /** Content on an optional-content layer that is off by default goes; the visible text stays. */
    @Test
    void sanitizeRemovesContentOfHiddenLayers() throws Exception {
        IndependentReader.assumeTools();
        Path in = dir.resolve("layers.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            var props = new org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties();
            var layer = new org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup("draft notes");
            props.addGroup(layer);
            props.setGroupEnabled(layer, false);
            doc.getDocumentCatalog().setOCProperties(props);
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Visible minutes of the meeting");
                cs.endText();
                cs.beginMarkedContent(org.apache.pdfbox.cos.COSName.OC, layer);
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 650);
                cs.showText("hidden-layer-secret-61");
                cs.endText();
                cs.endMarkedContent();
            }
            doc.save(in.toFile());
        }
        Path out = dir.resolve("layers-sanitized.pdf");
        Map<String, Integer> removed;
        try (ParsedDocument parsed = new PdfFormatHandler().open(in, "application/pdf", limits());
                OutputStream os = Files.newOutputStream(out)) {
            removed = parsed.sanitize(os);
        }
        assertEquals(1, removed.getOrDefault("hiddenLayerContent", 0), removed.toString());
        assertNull(IndependentReader.findAny(IndependentReader.rawObjects(out), "hidden-layer-secret-61"));
        assertTrue(IndependentReader.text(out).contains("Visible minutes"), "the visible text stays");
    }

    /**
     * UP-10: XMP metadata with a billion-laughs DTD is removed by the sanitizer without being parsed: done in moments,
     * and neither the metadata stream nor its entities are left.
     */
    @Test
    void hostileXmpIsRemovedUnparsed() throws Exception {
        Path in = dir.resolve("laughs.pdf");
        StringBuilder xmp = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY l0 \"xmp-laugh-73\">");
        for (int i = 1; i < 10; i++) {
            xmp.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        xmp.append("]><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">&l9;</x:xmpmeta>");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Visible minutes");
                cs.endText();
            }
            org.apache.pdfbox.pdmodel.common.PDMetadata meta = new org.apache.pdfbox.pdmodel.common.PDMetadata(doc);
            meta.importXMPMetadata(xmp.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(meta);
            doc.save(in.toFile());
        }
        Path out = dir.resolve("laughs-sanitized.pdf");
        long t0 = System.nanoTime();
        try (ParsedDocument parsed = new PdfFormatHandler().open(in, "application/pdf", limits());
                OutputStream os = Files.newOutputStream(out)) {
            parsed.sanitize(os);
        }
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 10_000, "nothing was expanded");
        String raw = IndependentReader.rawObjects(out);
        assertNull(IndependentReader.findAny(raw, "xmp-laugh-73"), "the metadata is gone");
        assertFalse(raw.contains("/Metadata"), "no metadata stream is left");
        assertTrue(IndependentReader.text(out).contains("Visible minutes"));
    }

    /** At least the given share of the input's other words is still shown. */
    static void assertSurvivors(String before, String after, double share) {
        Set<String> redactedParts = new HashSet<>();
        for (String v : Samples.IN_TEXT) {
            redactedParts.addAll(Arrays.asList(v.split("[ .@-]")));
        }
        List<String> words = new ArrayList<>();
        for (String w : before.split("\\s+")) {
            if (w.length() > 2 && redactedParts.stream().noneMatch(w::contains)) {
                words.add(w);
            }
        }
        Set<String> left = new HashSet<>(Arrays.asList(after.split("\\s+")));
        long kept = words.stream().filter(left::contains).count();
        assertTrue(!words.isEmpty() && kept >= share * words.size(),
                "other words kept: " + kept + " of " + words.size());
    }

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"[0-9.]+\">([^<]*)</word>");

    /** First position of each word, as poppler lays it out. */
    private static Map<String, double[]> wordBoxes(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-bbox", pdf.toString(), "-").start();
        String html = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        Map<String, double[]> boxes = new java.util.HashMap<>();
        Matcher m = WORD.matcher(html);
        while (m.find()) {
            boxes.putIfAbsent(m.group(3), new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return boxes;
    }
}
