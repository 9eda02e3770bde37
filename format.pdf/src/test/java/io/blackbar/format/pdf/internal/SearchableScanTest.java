package io.blackbar.format.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.testing.Plans;

/**
 * PRIV-03: a searchable scan, as scanners and OCR tools write it: the page is an image, and an invisible text layer
 * (render mode 3) lies over it, each line stretched to the width of its words in the image. Redacting removed the
 * invisible glyphs and drew a box over the place, but the value stayed in the image's pixels, for anyone who takes the
 * image out of the file (pdfimages). Now the pixels under every box are burned. Judged on the images poppler's
 * pdfimages takes out of the output: the value's pixels are all dark, the other lines' pixels unchanged.
 */
class SearchableScanTest {

    private static final int W = 1275;
    private static final int H = 1650;
    private static final String[] LINES = {"Quarterly report for the northern region", "Social security number",
        "219-09-9999", "Revenue grew across every office"};

    @TempDir
    Path dir;

    private static InkLines draw(boolean clear) {
        return InkLines.draw(W, H, clear, 30, 150, 300, 70, LINES);
    }

    /** The scan as a PDF page: the image over the page, and each line's invisible text stretched over its ink. */
    private static void write(InkLines scan, Path file, boolean jpeg) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject x = jpeg ? JPEGFactory.createFromImage(doc, scan.image(), 0.95f)
                    : LosslessFactory.createFromImage(doc, scan.image());
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float size = 30 * 72f / 150;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 0, 0, 612, 792);
                cs.beginText();
                cs.setRenderingMode(RenderingMode.NEITHER);
                cs.setFont(font, size);
                for (int i = 0; i < LINES.length; i++) {
                    Rectangle r = scan.lines()[i];
                    float inkWidth = r.width * 72f / 150;
                    cs.setHorizontalScaling(100 * inkWidth / (font.getStringWidth(LINES[i]) / 1000 * size));
                    cs.setTextMatrix(new Matrix(1, 0, 0, 1, r.x * 72f / 150, 792 - (300 + i * 70) * 72f / 150));
                    cs.showText(LINES[i]);
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
    }

    @Test
    void theValuesPixelsUnderTheBoxAreBurned() throws Exception {
        IndependentReader.assumeTools();
        InkLines scan = draw(false);
        for (boolean jpeg : List.of(false, true)) {
            Path in = dir.resolve("scan-" + jpeg + ".pdf");
            Path out = dir.resolve("scan-" + jpeg + "-out.pdf");
            write(scan, in, jpeg);
            assertTrue(ink(IndependentReader.images(in).get(0), scan.lines()[2]) < 0.5, "the check can fail: the value is ink on white");
            Map<String, Integer> removed;
            try (ParsedDocument p = new PdfFormatHandler().open(in, "application/pdf", PdfRedactionTest.limits());
                    java.io.OutputStream os = Files.newOutputStream(out)) {
                assertTrue(p.text().contains("219-09-9999"), "the text layer is read: " + p.text());
                removed = p.write(Plans.everyOccurrence(p.text(), List.of("219-09-9999"), "[REDACTED]"), Method.REDACT, os);
            }
            assertEquals(1, removed.get("burnedImages"), removed.toString());
            assertFalse(IndependentReader.text(out).contains("219-09"), "the text layer lost it");
            List<BufferedImage> images = IndependentReader.images(out);
            assertEquals(1, images.size(), "one image drawn: the burned one");
            String raw = IndependentReader.rawObjects(out);
            assertEquals(1, raw.split("/Subtype /Image", -1).length - 1, "one image in the file: the original is not kept");
            BufferedImage image = images.get(0);
            assertEquals(1.0, ink(image, scan.lines()[2]), 0.001, "every pixel of the value is burned (jpeg " + jpeg + ")");
            for (int i : new int[] {0, 1, 3}) {
                assertEquals(ink(scan.image(), scan.lines()[i]), ink(image, scan.lines()[i]), 0.02,
                        "line " + i + " keeps its ink (jpeg " + jpeg + ")");
            }
        }
    }

    /**
     * Black text on a clear ground (a PNG with alpha: the text's shape is in the soft mask too). The burned image keeps
     * its clear ground (the page stays white around the lines, not the black of a lost alpha), and no image taken out
     * of the file, the soft mask among them, shows the value's shape: each is even under it.
     */
    @Test
    void anImageWithAClearGroundKeepsItAndItsMaskLosesTheValue() throws Exception {
        IndependentReader.assumeTools();
        InkLines scan = draw(true);
        Path in = dir.resolve("clear.pdf");
        Path out = dir.resolve("clear-out.pdf");
        write(scan, in, false);
        try (ParsedDocument p = new PdfFormatHandler().open(in, "application/pdf", PdfRedactionTest.limits());
                java.io.OutputStream os = Files.newOutputStream(out)) {
            p.write(Plans.everyOccurrence(p.text(), List.of("219-09-9999"), "[REDACTED]"), Method.REDACT, os);
        }
        List<BufferedImage> images = IndependentReader.images(out);
        assertEquals(2, images.size(), "the image and its soft mask");
        for (BufferedImage image : images) {
            double ink = ink(image, scan.lines()[2]);
            assertTrue(ink > 0.999 || ink < 0.001, "no shape of the value in any image: " + ink);
        }
        BufferedImage page = IndependentReader.render(out);
        int between = page.getRGB(600 * 72 / 150, (300 + 35) * 72 / 150); // between the first two lines
        assertEquals(0xFFFFFF, between & 0xFFFFFF, "the clear ground stays clear over the white page");
    }

    /** @return the share of the rectangle's pixels that are dark */
    static double ink(BufferedImage image, Rectangle r) {
        int dark = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                int rgb = image.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                dark += lum < 96 ? 1 : 0;
            }
        }
        return (double) dark / (r.width * r.height);
    }
}
