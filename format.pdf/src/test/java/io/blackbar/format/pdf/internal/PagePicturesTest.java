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

    /** Reads the card's words, scaled to the image it is given when that is the card read coarser; counts its calls. */
    private static final class StandIn implements OcrService {
        final List<OcrWord> words;
        int calls;
        int lastWidth;

        StandIn(List<OcrWord> words) {
            this.words = words;
        }

        @Override
        public List<OcrWord> recognize(BufferedImage image, DocumentLimits limits) {
            calls++;
            lastWidth = image.getWidth();
            if (image.getWidth() * H != image.getHeight() * W) {
                return List.of();
            }
            double k = (double) image.getWidth() / W;
            return words.stream().map(w -> new OcrWord(w.text(), (int) (w.x() * k), (int) (w.y() * k),
                    (int) Math.ceil(w.width() * k), (int) Math.ceil(w.height() * k), w.confidence())).toList();
        }
    }

    /** What lies over the card: nothing, a searchable scan's invisible text layer, or a visible caption. */
    private enum Over { NOTHING, INVISIBLE_LAYER, CAPTION }

    /**
     * A letter: two lines of text at the top, the card drawn {@code times} times below them (each 300 x 75 pt, the
     * first directly or inside a form), and a small logo; something may lie over the first card.
     */
    private static void letter(BufferedImage card, Path file, int times, Over over, boolean inForm) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject x = LosslessFactory.createFromImage(doc, card);
            PDImageXObject logo = LosslessFactory.createFromImage(doc, new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB));
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                greeting(cs, font);
                for (int i = 0; i < times; i++) {
                    if (i == 0 && inForm) {
                        org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form =
                                new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(doc);
                        form.setBBox(new PDRectangle(0, 0, 612, 792));
                        form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
                        try (org.apache.pdfbox.pdmodel.PDFormContentStream fs = new org.apache.pdfbox.pdmodel.PDFormContentStream(form)) {
                            fs.drawImage(x, 72, 500, 300, 75);
                        }
                        cs.drawForm(form);
                    } else {
                        cs.drawImage(x, 72, 500 - i * 150, 300, 75);
                    }
                }
                cs.drawImage(logo, 500, 720, 20, 20);
                if (over != Over.NOTHING) {
                    cs.beginText();
                    if (over == Over.INVISIBLE_LAYER) {
                        cs.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER);
                    }
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(90, 540);
                    cs.showText(over == Over.INVISIBLE_LAYER ? "Member card 219-09-9999" : "Exhibit A, the applicant");
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    /** The letter's two lines of text, at the top of the page. */
    private static void greeting(PDPageContentStream cs, PDType1Font font) throws java.io.IOException {
        cs.beginText();
        cs.setFont(font, 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("Dear member, your card is below.");
        cs.newLineAtOffset(0, -16);
        cs.showText("Kind regards, the membership office");
        cs.endText();
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
        letter(card.image(), in, 1, Over.NOTHING, false);
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
        letter(card.image(), in, 2, Over.NOTHING, false);
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

    /**
     * A card whose own soft mask makes its value faint (half clear): drawn on white it reads without the value, and the
     * value was left in its samples. It is read without its masks too, and the value is burned out of its samples where
     * it lies, the other line kept.
     */
    @Test
    void aCardMadeFaintByItsSoftMaskIsReadWithoutItAndBurned() throws Exception {
        assertFaintValueBurned(1);
    }

    /**
     * The same with a soft mask twice the card's size: PDFBox draws image and mask at the mask's size, and the reading
     * without the mask is put in those pixels too, so the burn falls on the value.
     */
    @Test
    void aCardWithALargerSoftMaskIsBurnedWhereItsValueIs() throws Exception {
        assertFaintValueBurned(2);
    }

    private void assertFaintValueBurned(int maskScale) throws Exception {
        IndependentReader.assumeTools();
        InkLines card = card();
        java.awt.Rectangle value = card.lines()[1];
        BufferedImage alpha = new BufferedImage(W * maskScale, H * maskScale, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < alpha.getHeight(); y++) {
            for (int x = 0; x < alpha.getWidth(); x++) {
                alpha.setRGB(x, y, value.contains(x / maskScale, y / maskScale) ? 0xff202020 : 0xffffffff);
            }
        }
        Path in = dir.resolve("faint" + maskScale + ".pdf");
        Path out = dir.resolve("faint" + maskScale + "-out.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject x = LosslessFactory.createFromImage(doc, card.image());
            x.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.SMASK, LosslessFactory.createFromImage(doc, alpha));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                greeting(cs, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
                cs.drawImage(x, 72, 500, 300, 75);
            }
            doc.save(in.toFile());
        }
        // reads a word where it shows ink as drawn in the image it is given, at that image's scale
        OcrService ocr = (image, limits) -> {
            double k = (double) image.getWidth() / W;
            return card.words().stream().map(w -> new OcrService.OcrWord(w.text(), (int) (w.x() * k), (int) (w.y() * k),
                    (int) Math.ceil(w.width() * k), (int) Math.ceil(w.height() * k), w.confidence())).filter(w -> {
                        double ink = SearchableScanTest.ink(image, new java.awt.Rectangle(w.x(), w.y(), w.width(), w.height()));
                        return ink > 0.02 && ink < 0.9;
                    }).toList();
        };
        try (ParsedDocument p = open(in, ocr); java.io.OutputStream os = Files.newOutputStream(out)) {
            String text = p.text();
            assertTrue(text.contains("219-09-9999"), text);
            assertEquals(1, text.split("Member", -1).length - 1, "the line both readings give comes once: " + text);
            p.write(Plans.everyOccurrence(text, List.of("219-09-9999"), "[REDACTED]"), Method.REDACT, os);
        }
        List<BufferedImage> samples = IndependentReader.images(out).stream()
                .filter(i -> i.getWidth() == W && SearchableScanTest.ink(i, card.lines()[0]) > 0.02
                        && SearchableScanTest.ink(i, card.lines()[0]) < 0.9).toList();
        assertEquals(1, samples.size(), "the card's samples, its first line kept");
        assertTrue(SearchableScanTest.ink(samples.get(0), value) > 0.98, "the value is burned out of the samples: "
                + SearchableScanTest.ink(samples.get(0), value));
    }

    @Test
    void aSearchableScansImageIsNotReadAgain() throws Exception {
        InkLines card = card();
        Path in = dir.resolve("layer.pdf");
        letter(card.image(), in, 1, Over.INVISIBLE_LAYER, false);
        StandIn ocr = new StandIn(card.words());
        try (ParsedDocument p = open(in, ocr)) {
            assertEquals(1, p.text().split("219-09-9999", -1).length - 1, "read once, from the text layer: " + p.text());
        }
        assertEquals(0, ocr.calls);
    }

    /** A card that cannot be read fails the request, saying why: its values would otherwise leave unseen. */
    @Test
    void withoutAnOcrServiceTheRequestFailsUnlessPictureReadingIsOff() throws Exception {
        InkLines card = card();
        Path in = dir.resolve("no-ocr.pdf");
        letter(card.image(), in, 1, Over.NOTHING, false);
        try (ParsedDocument p = open(in, null)) {
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, p::text);
            io.blackbar.engine.api.EngineException cause = (io.blackbar.engine.api.EngineException) e.getCause();
            assertEquals(io.blackbar.engine.api.EngineException.Reason.UNAVAILABLE, cause.reason());
            assertTrue(cause.getMessage().startsWith("Page 1 shows an image") && cause.getMessage().contains("BLACKBAR_OCR_PICTURES"),
                    cause.getMessage());
        }
        PdfFormatHandler off = new PdfFormatHandler();
        off.readPictures = false;
        try (ParsedDocument p = off.open(in, "application/pdf", PdfRedactionTest.limits())) {
            String text = p.text();
            assertFalse(text.contains("219-09"), text);
            Map<String, Integer> removed = p.write(Plans.everyOccurrence(text, List.of("membership office"), "[REDACTED]"),
                    Method.REDACT, java.io.OutputStream.nullOutputStream());
            assertEquals(1, removed.get("imagesNotRead"), "the card; the 10 px logo holds no word: " + removed);
        }
    }

    /**
     * A visible caption over a photo is no text layer: the photo is read. A card drawn inside a form is read and burned
     * like one drawn by the page.
     */
    @Test
    void aCaptionOverTheCardOrAFormAroundItDoesNotHideIt() throws Exception {
        IndependentReader.assumeTools();
        InkLines card = card();
        for (boolean inForm : List.of(false, true)) {
            Path in = dir.resolve("caption-" + inForm + ".pdf");
            Path out = dir.resolve("caption-" + inForm + "-out.pdf");
            letter(card.image(), in, 1, inForm ? Over.NOTHING : Over.CAPTION, inForm);
            StandIn ocr = new StandIn(card.words());
            try (ParsedDocument p = open(in, ocr); java.io.OutputStream os = Files.newOutputStream(out)) {
                String text = p.text();
                assertTrue(text.contains("219-09-9999"), text);
                p.write(Plans.everyOccurrence(text, List.of("219-09-9999"), "[REDACTED]"), Method.REDACT, os);
            }
            BufferedImage burned = IndependentReader.images(out).stream().filter(i -> i.getWidth() == W).findFirst().orElseThrow();
            assertEquals(1.0, SearchableScanTest.ink(burned, card.lines()[1]), 0.001, "burned (form " + inForm + ")");
        }
    }

    /**
     * A card larger than the memory budget lets OCR read whole is read at half its resolution; its words' boxes are
     * still where the words are in the full image (a grey card, which burning can afford in the same budget).
     */
    @Test
    void aCardReadCoarserIsStillBurnedWhereItsWordsAre() throws Exception {
        IndependentReader.assumeTools();
        InkLines card = card();
        BufferedImage grey = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(card.image(), 0, 0, null);
        Path in = dir.resolve("coarse.pdf");
        Path out = dir.resolve("coarse-out.pdf");
        letter(grey, in, 1, Over.NOTHING, false);
        StandIn ocr = new StandIn(card.words());
        PdfFormatHandler h = new PdfFormatHandler();
        h.ocr = ocr;
        DocumentLimits tight = new DocumentLimits(100L << 20, 1000, 10_000_000, 1_000_000, System.nanoTime() + 60_000_000_000L);
        try (ParsedDocument p = h.open(in, "application/pdf", tight); java.io.OutputStream os = Files.newOutputStream(out)) {
            String text = p.text();
            assertTrue(text.contains("219-09-9999"), text);
            p.write(Plans.everyOccurrence(text, List.of("219-09-9999"), "[REDACTED]"), Method.REDACT, os);
        }
        assertEquals(W / 2, ocr.lastWidth, "read at half its resolution");
        BufferedImage burned = IndependentReader.images(out).stream().filter(i -> i.getWidth() == W).findFirst().orElseThrow();
        assertEquals(1.0, SearchableScanTest.ink(burned, card.lines()[1]), 0.001, "every pixel of the value is burned");
        assertEquals(SearchableScanTest.ink(grey, card.lines()[0]), SearchableScanTest.ink(burned, card.lines()[0]), 0.02,
                "the other line keeps its ink");
    }

    /** Each image drawn is remembered: a content stream that draws one image without end is refused, not followed. */
    @Test
    void aPageDrawingTooManyImagesIsRefused() throws Exception {
        Path in = dir.resolve("many.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject tile = LosslessFactory.createFromImage(doc, new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB));
            PDImageXObject dot = LosslessFactory.createFromImage(doc, new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < PageText.MAX_PLACED_IMAGES + 10; i++) {
                    cs.drawImage(dot, i % 600, i / 600, 1, 1); // an icon on every row, too small for a word: not counted
                }
                for (int i = 0; i <= PageText.MAX_PLACED_IMAGES; i++) {
                    cs.drawImage(tile, i % 600, i / 600, 1, 1);
                }
            }
            doc.save(in.toFile());
        }
        io.blackbar.engine.api.EngineException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.blackbar.engine.api.EngineException.class, () -> open(in, new StandIn(List.of())));
        assertEquals(io.blackbar.engine.api.EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().contains("images, more than the limit"), e.getMessage());
    }

    /**
     * A card drawn as an inline image is read and burned like a named one; an image an annotation draws (a stamp) is
     * not read, and is counted so.
     */
    @Test
    void anInlineCardIsReadAndAStampsImageIsCounted() throws Exception {
        IndependentReader.assumeTools();
        InkLines card = card();
        byte[] grey = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                grey[y * W + x] = (byte) (card.image().getRGB(x, y) & 0xFF);
            }
        }
        Path in = dir.resolve("inline.pdf");
        Path out = dir.resolve("inline-out.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            org.apache.pdfbox.cos.COSDictionary params = new org.apache.pdfbox.cos.COSDictionary();
            params.setInt(org.apache.pdfbox.cos.COSName.W, W);
            params.setInt(org.apache.pdfbox.cos.COSName.H, H);
            params.setInt(org.apache.pdfbox.cos.COSName.BPC, 8);
            params.setItem(org.apache.pdfbox.cos.COSName.CS, org.apache.pdfbox.cos.COSName.G);
            org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage inline =
                    new org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage(params, grey, null);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                greeting(cs, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
                cs.drawImage(inline, 72, 500, 300, 75);
            }
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp stamp =
                    new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp();
            stamp.setRectangle(new PDRectangle(400, 100, 150, 40));
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream ap =
                    new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream(doc);
            ap.setBBox(new PDRectangle(150, 40));
            ap.setResources(new org.apache.pdfbox.pdmodel.PDResources());
            try (PDPageContentStream cs = new PDPageContentStream(doc, ap)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, card.image()), 0, 0, 150, 40);
            }
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary appearance =
                    new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary();
            appearance.setNormalAppearance(ap);
            stamp.setAppearance(appearance);
            page.getAnnotations().add(stamp);
            doc.save(in.toFile());
        }
        StandIn ocr = new StandIn(card.words());
        Map<String, Integer> removed;
        try (ParsedDocument p = open(in, ocr); java.io.OutputStream os = Files.newOutputStream(out)) {
            String text = p.text();
            assertTrue(text.contains("219-09-9999"), text);
            removed = p.write(Plans.everyOccurrence(text, List.of("219-09-9999"), "[REDACTED]"), Method.REDACT, os);
        }
        assertEquals(1, ocr.calls, "the inline card; not the stamp's");
        assertEquals(1, removed.get("imagesNotRead"), "the stamp's image: " + removed);
        BufferedImage burned = IndependentReader.images(out).stream().filter(i -> i.getWidth() == W)
                .filter(i -> SearchableScanTest.ink(i, card.lines()[0]) > 0.05).findFirst().orElseThrow();
        assertEquals(1.0, SearchableScanTest.ink(burned, card.lines()[1]), 0.001, "the inline card's value is burned");
    }

    /** An inline image whose size would outgrow the budget once decoded is refused before it is decoded. */
    @Test
    void anInlineImageTooLargeForTheBudgetIsRefusedBeforeItIsDecoded() throws Exception {
        Path in = dir.resolve("inline-bomb.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            org.apache.pdfbox.cos.COSDictionary params = new org.apache.pdfbox.cos.COSDictionary();
            params.setInt(org.apache.pdfbox.cos.COSName.W, 20_000);
            params.setInt(org.apache.pdfbox.cos.COSName.H, 20_000);
            params.setInt(org.apache.pdfbox.cos.COSName.BPC, 8);
            params.setItem(org.apache.pdfbox.cos.COSName.CS, org.apache.pdfbox.cos.COSName.G);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(new org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage(params, new byte[16], null), 0, 0, 10, 10);
            }
            doc.save(in.toFile());
        }
        io.blackbar.engine.api.EngineException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.blackbar.engine.api.EngineException.class, () -> open(in, new StandIn(List.of())));
        assertEquals(io.blackbar.engine.api.EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().contains("inline images are larger than the memory budget"), e.getMessage());
    }
}
