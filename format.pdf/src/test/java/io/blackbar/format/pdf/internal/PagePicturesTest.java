package io.blackbar.format.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.OcrService;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.testing.Plans;

/**
 * A picture on a page with text of its own (a photographed card placed in a letter) is read by OCR in its own pixels,
 * and a finding in it burns the image under a box in the page's space. The OCR service here is a stand-in that knows
 * where the card's words are drawn (Tesseract through the real framework is ServerIT's); the output is judged on the
 * images poppler's pdfimages takes out, and on the page poppler draws.
 */
class PagePicturesTest {

    private static final int W = 800;
    private static final int H = 200;
    private static final String[] LINES = {"Member card", "219-09-9999"};

    @TempDir
    Path dir;

    private static InkLines card() {
        return InkLines.draw(W, H, false, 40, 40, 70, 80, LINES);
    }

    /** Reads the card's words in an image of the card's size, nothing in any other; counts its calls. */
    private static final class StandIn implements OcrService {
        final List<OcrWord> words;
        int calls;

        StandIn(List<OcrWord> words) {
            this.words = words;
        }

        @Override
        public List<OcrWord> recognize(BufferedImage image, DocumentLimits limits) {
            calls++;
            return image.getWidth() == W && image.getHeight() == H ? words : List.of();
        }
    }

    /**
     * A letter: two lines of text at the top, the card drawn {@code times} times below them (each 300 x 75 pt), and
     * a small logo; with {@code layer}, an invisible line of text lies over the card (a searchable scan's).
     */
    private static void letter(InkLines card, Path file, int times, boolean layer) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject x = LosslessFactory.createFromImage(doc, card.image());
            PDImageXObject logo = LosslessFactory.createFromImage(doc, new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB));
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Dear member, your card is below.");
                cs.newLineAtOffset(0, -16);
                cs.showText("Kind regards, the membership office");
                cs.endText();
                for (int i = 0; i < times; i++) {
                    cs.drawImage(x, 72, 500 - i * 150, 300, 75);
                }
                cs.drawImage(logo, 500, 720, 20, 20);
                if (layer) {
                    cs.beginText();
                    cs.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER);
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(90, 540);
                    cs.showText("Member card 219-09-9999");
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    private static ParsedDocument open(Path in, OcrService ocr) throws Exception {
        PdfFormatHandler h = new PdfFormatHandler();
        h.ocr = ocr;
        return h.open(in, "application/pdf", PdfRedactionTest.limits());
    }

    @Test
    void theCardsWordsAreReadAndTheValueIsBurnedOutOfItsPixels() throws Exception {
        IndependentReader.assumeTools();
        InkLines card = card();
        Path in = dir.resolve("letter.pdf");
        Path out = dir.resolve("letter-out.pdf");
        letter(card, in, 1, false);
        StandIn ocr = new StandIn(card.words());
        Map<String, Integer> removed;
        try (ParsedDocument p = open(in, ocr); java.io.OutputStream os = Files.newOutputStream(out)) {
            String text = p.text();
            assertTrue(text.contains("Member card\n219-09-9999"), text);
            assertTrue(text.indexOf("membership office") < text.indexOf("219-09-9999"), "after the page's text: " + text);
            assertEquals(1, p.pageOf(text.indexOf("219-09-9999")));
            removed = p.write(Plans.everyOccurrence(text, List.of("219-09-9999"), "[REDACTED]"), Method.REDACT, os);
        }
        assertEquals(1, ocr.calls, "the card is read; the 10 px logo is not");
        assertEquals(1, removed.get("burnedImages"), removed.toString());
        assertNull(removed.get("imagesNotRead"), removed.toString());
        List<BufferedImage> images = IndependentReader.images(out);
        BufferedImage burned = images.stream().filter(i -> i.getWidth() == W).findFirst().orElseThrow();
        assertEquals(1.0, SearchableScanTest.ink(burned, card.lines()[1]), 0.001, "every pixel of the value is burned");
        assertEquals(SearchableScanTest.ink(card.image(), card.lines()[0]), SearchableScanTest.ink(burned, card.lines()[0]), 0.02, "the other line keeps its ink");
        assertEquals(2, images.size(), "the burned card and the logo: the original card is not kept");
        String text = IndependentReader.text(out);
        assertTrue(text.contains("Dear member") && text.contains("membership office"), text);
        // the box over the card on the page: the value's line, drawn at 72 + 40 / 800 * 300 pt, 500 + 75 * (1 - 130 / 200) pt
        BufferedImage page = IndependentReader.render(out);
        double scale = page.getWidth() / 612.0;
        int px = (int) ((72 + (40 + 30) * 300.0 / W) * scale);
        int py = (int) ((792 - (500 + 75 * (1 - 125.0 / H))) * scale);
        assertEquals(0, page.getRGB(px, py) & 0xFFFFFF, "a black box over the value on the page");
    }

    @Test
    void aCardDrawnTwiceIsReadOnceAndBurnedWhereverItIsDrawn() throws Exception {
        IndependentReader.assumeTools();
        InkLines card = card();
        Path in = dir.resolve("twice.pdf");
        Path out = dir.resolve("twice-out.pdf");
        letter(card, in, 2, false);
        StandIn ocr = new StandIn(card.words());
        try (ParsedDocument p = open(in, ocr); java.io.OutputStream os = Files.newOutputStream(out)) {
            String text = p.text();
            assertEquals(2, text.split("219-09-9999", -1).length - 1, text);
            p.write(Plans.everyOccurrence(text, List.of("219-09-9999"), "[REDACTED]"), Method.REDACT, os);
        }
        assertEquals(1, ocr.calls);
        for (BufferedImage i : IndependentReader.images(out)) {
            if (i.getWidth() == W) {
                assertEquals(1.0, SearchableScanTest.ink(i, card.lines()[1]), 0.001, "every image of the card drawn is burned");
            }
        }
    }

    @Test
    void aSearchableScansImageIsNotReadAgain() throws Exception {
        InkLines card = card();
        Path in = dir.resolve("layer.pdf");
        letter(card, in, 1, true);
        StandIn ocr = new StandIn(card.words());
        try (ParsedDocument p = open(in, ocr)) {
            assertEquals(1, p.text().split("219-09-9999", -1).length - 1, "read once, from the text layer: " + p.text());
        }
        assertEquals(0, ocr.calls);
    }

    @Test
    void withoutAnOcrServiceTheCardIsCountedAndThePageStillRedacted() throws Exception {
        InkLines card = card();
        Path in = dir.resolve("no-ocr.pdf");
        letter(card, in, 1, false);
        try (ParsedDocument p = open(in, null)) {
            String text = p.text();
            assertFalse(text.contains("219-09"), text);
            Map<String, Integer> removed = p.write(Plans.everyOccurrence(text, List.of("membership office"), "[REDACTED]"),
                    Method.REDACT, java.io.OutputStream.nullOutputStream());
            assertEquals(1, removed.get("imagesNotRead"), removed.toString());
        }
    }
}
