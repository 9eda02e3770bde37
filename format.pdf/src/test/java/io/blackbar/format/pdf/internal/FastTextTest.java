package io.blackbar.format.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The glyphs {@link PageText} keeps (through {@link FastText}) are the ones PDFBox's own text
 * loop shows, with the same matrices and advances: every font kind, kerned TJ, a rotated page with
 * a shifted crop box, a form drawn three times, the appearances of annotations.
 */
class FastTextTest {

    @TempDir
    Path dir;

    /** PDFBox's own loop: every glyph with a character, as PageText keeps them. */
    private static final class Reference extends PDFTextStripper {
        final List<float[]> glyphs = new ArrayList<>();

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
            String u = font.toUnicode(code);
            if (u != null || font instanceof PDSimpleFont) {
                glyphs.add(new float[] {trm.getScaleX(), trm.getShearY(), trm.getShearX(), trm.getScaleY(),
                    trm.getTranslateX(), trm.getTranslateY(), displacement.getX()});
            }
            super.showGlyph(trm, font, code, displacement);
        }

        /** PageText reads each annotation's normal appearance after the page's content: so does this. */
        @Override
        public void processPage(PDPage page) throws IOException {
            super.processPage(page);
            for (PDAnnotation a : page.getAnnotations()) {
                showAnnotation(a);
            }
        }
    }

    @Test
    void theGlyphsAreThoseOfPdfBoxsOwnLoop() throws Exception {
        assumeTrue(Samples.hasDejaVu(), "DejaVuSans.ttf (fonts-dejavu-core) is needed to embed TrueType fonts");
        Path pdf = dir.resolve("hard.pdf");
        Samples.hardCases(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Reference reference = new Reference();
            reference.writeText(doc, new StringWriter());
            PageText text = PageText.extract(doc, PdfRedactionTest.limits());
            assertTrue(reference.glyphs.size() > 500, "glyphs: " + reference.glyphs.size());
            assertEquals(reference.glyphs.size(), text.glyphCount());
            for (int i = 0; i < text.glyphCount(); i++) {
                Glyph g = text.glyph(i);
                float[] r = reference.glyphs.get(i);
                double[] m = new double[6];
                g.trm().getMatrix(m);
                assertArrayEquals(new double[] {r[0], r[1], r[2], r[3], r[4], r[5]}, m, 1e-3, "glyph " + i);
                assertEquals(r[6], g.advance(), 1e-6, "advance of glyph " + i);
            }
        }
    }
}
