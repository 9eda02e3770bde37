package io.blackbar.format.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.OcrService;
import io.blackbar.engine.api.spi.OcrService.OcrWord;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.testing.Plans;

/**
 * A scan's page burned for OCR words is read again, as the check after redaction reads it: boxes change how OCR splits
 * a page, and a value misread the first time ("Brookiyn") may read right beside them. A court filing of the shared
 * corpus failed its check so. The stand-in OCR reads like that: the second line's word as "Brookiyn" on the scan, as
 * "Brooklyn" once the first line is burned.
 */
class OcrPagesTest {

    private static final int W = 1275;
    private static final int H = 1650;
    private static final String[] CARD = {"Quarterly report", "219-09-9999"};

    @TempDir
    Path dir;

    /** Reads one word a line, where the line still has ink; the second line right only once the first is burned. */
    private static final class Variable implements OcrService {
        final InkLines scan;
        int calls;

        Variable(InkLines scan) {
            this.scan = scan;
        }

        @Override
        public List<OcrWord> recognize(BufferedImage image, DocumentLimits limits) {
            calls++;
            double k = (double) image.getWidth() / W;
            List<OcrWord> words = new ArrayList<>();
            Rectangle[] lines = scan.lines();
            boolean firstBurned = false;
            for (int i = 0; i < lines.length; i++) {
                Rectangle r = scaled(lines[i], k);
                if (SearchableScanTest.ink(image, r) > 0.9) {
                    firstBurned |= i == 0;
                    continue;
                }
                String word = i == 0 ? "Brooklyn" : firstBurned ? "Brooklyn" : "Brookiyn";
                words.add(new OcrWord(word, r.x, r.y, r.width, r.height, 90));
            }
            return words;
        }
    }

    private static Rectangle scaled(Rectangle r, double k) {
        return new Rectangle((int) (r.x * k), (int) (r.y * k), (int) Math.ceil(r.width * k), (int) Math.ceil(r.height * k));
    }

    /** @return a layer of the document that is off by default */
    private static org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup layerThatIsOff(PDDocument doc,
            String name) {
        var layers = new org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties();
        var layer = new org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup(name);
        layers.addGroup(layer);
        layers.setGroupEnabled(layer, false);
        doc.getDocumentCatalog().setOCProperties(layers);
        return layer;
    }

    /**
     * Reads a line's words where the line shows ink as drawn (not blank, not burned black) and lies whole in the rendering
     * (one of part of the page, cut by its crop box, reads what it shows).
     */
    private static OcrService inkReader(InkLines scan, String[] lines) {
        return (image, limits) -> inkedLines(image, lines, i -> scaled(scan.lines()[i], (double) image.getWidth() / W));
    }

    /** @return a word for each line that lies whole in the image, at {@code at(line)}, and shows ink there as drawn */
    private static List<OcrWord> inkedLines(BufferedImage image, String[] lines, java.util.function.IntFunction<Rectangle> at) {
        List<OcrWord> words = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Rectangle r = at.apply(i);
            if (r.x < 0 || r.y < 0 || r.x + r.width > image.getWidth() || r.y + r.height > image.getHeight()) {
                continue;
            }
            double ink = SearchableScanTest.ink(image, r);
            if (ink > 0.02 && ink < 0.9) {
                words.add(new OcrWord(lines[i], r.x, r.y, r.width, r.height, 90));
            }
        }
        return words;
    }

    /**
     * A scan on a layer that is off by default: a viewer does not draw it, but it is in the file, one click from being
     * shown. Rendered as a viewer draws the page, OCR read a blank and the value stayed in the image. The page is now
     * read with every layer shown; burned, it is replaced by what a viewer draws, so no image of the output shows the
     * value (pdfimages takes out every image, layers or not).
     */
    @Test
    void aScanOnALayerThatIsOffIsReadAndItsValueGoes() throws Exception {
        IndependentReader.assumeTools();
        String[] lines = CARD;
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, lines);
        Path in = dir.resolve("layer.pdf");
        Path out = dir.resolve("layer-out.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            var hidden = layerThatIsOff(doc, "Scan");
            var image = LosslessFactory.createFromImage(doc, scan.image());
            image.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.OC, hidden);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 612, 792);
            }
            doc.save(in.toFile());
        }
        assertTrue(IndependentReader.images(in).isEmpty(), "poppler does not draw or take out the hidden image either");
        PdfFormatHandler handler = new PdfFormatHandler();
        handler.ocr = inkReader(scan, lines);
        try (ParsedDocument p = handler.open(in, "application/pdf", PdfRedactionTest.limits());
                java.io.OutputStream os = Files.newOutputStream(out)) {
            assertTrue(p.text().contains("219-09-9999"), "the hidden scan is read: " + p.text());
            p.write(Plans.everyOccurrence(p.text(), List.of("219-09-9999"), "[REDACTED]"), Method.REDACT, os);
        }
        String raw = IndependentReader.rawObjects(out);
        assertEquals(1, raw.split("/Subtype /Image", -1).length - 1, "one image in the file: the page as burned");
        assertTrue(!raw.contains("/OC "), "no layer left to hide an image");
        List<BufferedImage> images = IndependentReader.images(out);
        assertEquals(1, images.size());
        double ink = SearchableScanTest.ink(images.get(0), scaled(scan.lines()[1], (double) images.get(0).getWidth() / W));
        assertTrue(ink < 0.02 || ink > 0.98, "the output's image does not show the value's shape: " + ink);
    }

    /**
     * Marked content on a layer that is off ({@code /OC /oc1 BDC}) around a scan: the page is read with it shown too. (A
     * scan inside a form is read as a picture of a page, {@link PagePictures}, where layers do not count.)
     */
    @Test
    void aScanInMarkedContentOfALayerThatIsOffIsRead() throws Exception {
        String[] lines = CARD;
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, lines);
        Path in = dir.resolve("marked.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            var hidden = layerThatIsOff(doc, "Marked");
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginMarkedContent(org.apache.pdfbox.cos.COSName.OC, hidden);
                drawScan(doc, cs, scan);
                cs.endMarkedContent();
            }
            doc.save(in.toFile());
        }
        PdfFormatHandler handler = new PdfFormatHandler();
        handler.ocr = inkReader(scan, lines);
        try (ParsedDocument p = handler.open(in, "application/pdf", PdfRedactionTest.limits())) {
            assertTrue(p.text().contains("219-09-9999"), "the marked content is read: " + p.text());
        }
    }

    /** The every-layer reading's lines that hold a new word come whole: a value keeps the label beside it. */
    @Test
    void aLineWithAWordOnlyTheEveryLayerReadingGaveComesWhole() {
        OcrWord label = new OcrWord("Account", 100, 100, 80, 20, 90);
        OcrWord no = new OcrWord("no.", 190, 101, 30, 20, 80);
        OcrWord value = new OcrWord("219-09-9999", 230, 100, 120, 20, 90);
        OcrWord other = new OcrWord("Summary", 100, 200, 80, 20, 90);
        List<OcrWord> viewed = List.of(new OcrWord("Account", 101, 99, 80, 20, 70), no, other);
        assertEquals(List.of(label, no, value), OcrPages.newLines(List.of(label, no, value, other), viewed));
        assertEquals(List.of(), OcrPages.newLines(List.of(label, no, other), viewed));
    }

    /**
     * A white sheet on a layer that is off, over a visible scan: read with every layer shown alone, the page read
     * white and the visible value stayed. The viewer's rendering is read too.
     */
    @Test
    void aLayerThatIsOffCoveringTheScanDoesNotHideItsValue() throws Exception {
        IndependentReader.assumeTools();
        String[] lines = CARD;
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, lines);
        Path in = dir.resolve("cover.pdf");
        Path out = dir.resolve("cover-out.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            var hidden = layerThatIsOff(doc, "Cover");
            BufferedImage white = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = white.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 16, 16);
            g.dispose();
            var cover = LosslessFactory.createFromImage(doc, white);
            cover.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.OC, hidden);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
                cs.drawImage(cover, 0, 0, 612, 792);
            }
            doc.save(in.toFile());
        }
        PdfFormatHandler handler = new PdfFormatHandler();
        handler.ocr = inkReader(scan, lines);
        try (ParsedDocument p = handler.open(in, "application/pdf", PdfRedactionTest.limits());
                java.io.OutputStream os = Files.newOutputStream(out)) {
            assertTrue(p.text().contains("219-09-9999"), "the visible scan is read: " + p.text());
            p.write(Plans.everyOccurrence(p.text(), List.of("219-09-9999"), "[REDACTED]"), Method.REDACT, os);
        }
        BufferedImage page = IndependentReader.render(out);
        assertTrue(SearchableScanTest.ink(page, scaled(scan.lines()[1], 72.0 / 150)) > 0.98, "the value is burned");
    }

    @Test
    void aValueThatReadsRightOnlyBesideTheBoxesIsBurnedToo() throws Exception {
        IndependentReader.assumeTools();
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, "Brooklyn", "Brooklyn");
        Path in = dir.resolve("scan.pdf");
        Path out = dir.resolve("out.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
            }
            doc.save(in.toFile());
        }
        PdfFormatHandler handler = new PdfFormatHandler();
        Variable ocr = new Variable(scan);
        handler.ocr = ocr;
        Map<String, Integer> removed;
        try (ParsedDocument p = handler.open(in, "application/pdf", PdfRedactionTest.limits());
                java.io.OutputStream os = Files.newOutputStream(out)) {
            assertEquals("Brooklyn\nBrookiyn", p.text().strip(), "the first reading misreads the second line");
            removed = p.write(Plans.everyOccurrence(p.text(), List.of("Brooklyn"), "[REDACTED]"), Method.REDACT, os);
        }
        assertEquals(2, removed.get("ocrWords"), removed.toString());
        // poppler draws the output at 72 dpi: the scan's 150 dpi pixels times 72/150
        BufferedImage page = IndependentReader.render(out);
        for (Rectangle line : scan.lines()) {
            Rectangle r = scaled(line, 72.0 / 150);
            assertTrue(SearchableScanTest.ink(page, r) > 0.99, "the line is burned: " + SearchableScanTest.ink(page, r));
        }
        assertEquals(3, ocr.calls, "read, read again (finds the second), read again (finds nothing)");
    }

    /** A scan on a Letter page, then {@code after} in the page's content. */
    private Path scanThen(String name, InkLines scan, String after) throws Exception {
        return scanBetween(name, scan, "", after);
    }

    /** A scan on a Letter page, between {@code before} and {@code after} in the page's content. */
    private Path scanBetween(String name, InkLines scan, String before, String after) throws Exception {
        Path in = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.appendRawCommands(before);
                drawScan(doc, cs, scan);
                cs.appendRawCommands(after);
            }
            doc.save(in.toFile());
        }
        return in;
    }

    /** The page's user space of a line of the scan (drawn over the whole Letter page). */
    private static float[] onPage(Rectangle line) {
        float k = 612f / W;
        return new float[] {line.x * k, 792 - (line.y + line.height) * k, line.width * k, line.height * k};
    }

    /** Draws the scan over the whole Letter page. */
    private static void drawScan(PDDocument doc, PDPageContentStream cs, InkLines scan) throws IOException {
        cs.drawImage(LosslessFactory.createFromImage(doc, scan.image()), 0, 0, 612, 792);
    }

    /** @return the value's line on the page, 4 points wider all round: where a box or a patch is put over it */
    private static PDRectangle overValue(InkLines scan) {
        float[] v = onPage(scan.lines()[1]);
        return new PDRectangle(v[0] - 4, v[1] - 4, v[2] + 8, v[3] + 8);
    }

    /** Draws an image over the scan's value ({@link #overValue}). */
    private static void drawOverValue(PDPageContentStream cs, org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image,
            InkLines scan) throws IOException {
        PDRectangle r = overValue(scan);
        cs.drawImage(image, r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
    }

    /** Fills a box, in the current colour, over the scan's value ({@link #overValue}): how redaction is faked. */
    private static void boxOverValue(PDPageContentStream cs, InkLines scan) throws IOException {
        PDRectangle r = overValue(scan);
        cs.addRect(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
        cs.fill();
    }

    /** Draws a Letter page of a document around the scan of {@link #CARD} it is given. */
    @FunctionalInterface
    private interface ScanPage {
        void draw(PDDocument doc, PDPage page, InkLines scan) throws Exception;
    }

    /** {@link #assertHiddenValueRead(Path, InkLines, OcrService, boolean)} of a page drawn around a scan of {@link #CARD}. */
    private void assertHiddenValueRead(String name, ScanPage drawing) throws Exception {
        assertHiddenValueRead(name, drawing, true);
    }

    private void assertHiddenValueRead(String name, ScanPage drawing, boolean inOneImage) throws Exception {
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, CARD);
        Path in = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            drawing.draw(doc, page, scan);
            doc.save(in.toFile());
        }
        assertHiddenValueRead(in, scan, inkReader(scan, CARD), inOneImage);
    }

    /**
     * Opens a scan whose value the viewer does not show, checks the value is read, redacts it, and checks that no image
     * of the output, as poppler takes them out, shows the value's shape.
     */
    private void assertHiddenValueRead(Path in, InkLines scan, OcrService reader) throws Exception {
        assertHiddenValueRead(in, scan, reader, true);
    }

    /** @param inOneImage whether the scan is one image of the page's content, as poppler takes them out */
    private void assertHiddenValueRead(Path in, InkLines scan, OcrService reader, boolean inOneImage) throws Exception {
        Path out = dir.resolve(in.getFileName() + "-out.pdf");
        PdfFormatHandler handler = new PdfFormatHandler();
        handler.ocr = reader;
        try (ParsedDocument p = handler.open(in, "application/pdf", PdfRedactionTest.limits());
                java.io.OutputStream os = Files.newOutputStream(out)) {
            assertTrue(p.text().contains("219-09-9999"), "the hidden part of the scan is read: " + p.text());
            p.write(Plans.everyOccurrence(p.text(), List.of("219-09-9999"), "[REDACTED]"), Method.REDACT, os);
        }
        // read back by poppler, when it is installed (the reading above needs nothing but this handler)
        IndependentReader.assumeTools();
        // poppler takes out the images of a page's content (not of its annotations), each apart (a strip is not the scan)
        assertTrue(!inOneImage || IndependentReader.images(in).stream().anyMatch(i -> SearchableScanTest.ink(i,
                scaled(scan.lines()[1], (double) i.getWidth() / W)) > 0.02), "the input's image holds the value");
        String raw = IndependentReader.rawObjects(out);
        assertEquals(1, raw.split("/Subtype /Image", -1).length - 1, "one image in the file: the page as burned");
        List<BufferedImage> images = IndependentReader.images(out);
        assertEquals(1, images.size(), "the page as burned, and nothing else");
        BufferedImage burned = images.get(0);
        Rectangle value = scaled(scan.lines()[1], (double) burned.getWidth() / W);
        if (value.y + value.height <= burned.getHeight()) {
            double ink = SearchableScanTest.ink(burned, value);
            assertTrue(ink < 0.02 || ink > 0.98, "the output's image does not show the value's shape: " + ink);
        }
    }

    /**
     * A black box drawn over a scan's value, how redaction is faked: the viewer shows the box, OCR of its rendering read
     * nothing there, and a page with no other finding came back with the value in its image. The page's images are now
     * also read alone, whatever is drawn over them.
     */
    @Test
    void aValueUnderABoxDrawnOverTheScanIsReadAndGoes() throws Exception {
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, CARD);
        PDRectangle r = overValue(scan);
        Path in = scanThen("boxed", scan, String.format(java.util.Locale.ROOT, "0 g %.1f %.1f %.1f %.1f re f\n",
                r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight()));
        assertHiddenValueRead(in, scan, inkReader(scan, CARD));
    }

    /** A clipping path that cuts the value off the scan. */
    @Test
    void aValueCutOffByAClippingPathIsReadAndGoes() throws Exception {
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, CARD);
        float[] first = onPage(scan.lines()[0]);
        Path in = scanBetween("clipped", scan, String.format(java.util.Locale.ROOT, "q 0 %.1f 612 %.1f re W n\n",
                first[1] - 10, 792 - first[1] + 10), "Q\n");
        assertHiddenValueRead(in, scan, inkReader(scan, CARD));
    }

    /**
     * A crop box that leaves the value out (a scan cropped in an editor): the part cut off is in the file. The page's
     * media box is rendered for its images, and the words read there are put where the viewer's rendering has them.
     */
    @Test
    void aValueOutsideTheCropBoxIsReadAndGoes() throws Exception {
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 1100, 70, CARD);
        float[] value = onPage(scan.lines()[1]);
        Path in = dir.resolve("cropped.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            page.setCropBox(new PDRectangle(0, value[1] + value[3] + 40, 612, 792 - value[1] - value[3] - 40));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
            }
            doc.save(in.toFile());
        }
        OcrService reader = inkReader(scan, CARD);
        List<Rectangle> seen = new ArrayList<>();
        OcrService watching = (image, limits) -> {
            List<OcrWord> words = reader.recognize(image, limits);
            words.forEach(w -> seen.add(new Rectangle(w.x(), w.y(), w.width(), w.height())));
            return words;
        };
        assertHiddenValueRead(in, scan, watching);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(in.toFile())) {
            PDRectangle crop = doc.getPage(0).getCropBox();
            ImagesAlone.Revealed r = ImagesAlone.render(doc, 0, 150, PdfRedactionTest.limits());
            assertEquals(Math.round(612 * 150 / 72.0), r.image().getWidth(), 1);
            assertEquals(Math.round(792 * 150 / 72.0), r.image().getHeight(), 1, "the media box, not the crop box");
            assertEquals(0, r.toViewer().getTranslateX(), 1e-6);
            assertEquals(-(792 - doc.getPage(0).getCropBox().getUpperRightY()) * 150 / 72.0, r.toViewer().getTranslateY(), 1e-3);
            assertEquals(crop.toString(), doc.getPage(0).getCropBox().toString(), "the crop box is put back");
        }
    }

    /** A scan drawn with a constant alpha of 0 (an ExtGState's {@code ca}): invisible, and in the file. */
    @Test
    void aScanDrawnTransparentIsReadAndGoes() throws Exception {
        assertHiddenValueRead("alpha", (doc, page, scan) -> {
            var clear = new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
            clear.setNonStrokingAlphaConstant(0f);
            clear.setStrokingAlphaConstant(0f);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setGraphicsStateParameters(clear);
                drawScan(doc, cs, scan);
            }
        });
    }

    /**
     * A scan in an annotation flagged Hidden, on a page whose own content is a blank scan: a viewer draws neither the
     * annotation nor anything to read; its image is in the file. The annotation's flags are put back as they were.
     */
    @Test
    void aScanInAHiddenAnnotationIsReadAndGoes() throws Exception {
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, CARD);
        Path in = dir.resolve("annotation.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, blank(64, 64)), 0, 0, 612, 792);
            }
            var stamp = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp();
            stamp.setRectangle(new PDRectangle(0, 0, 612, 792));
            stamp.setHidden(true);
            var form = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream(doc);
            form.setBBox(new PDRectangle(0, 0, 612, 792));
            form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
            try (PDPageContentStream cs = new PDPageContentStream(doc, form)) {
                drawScan(doc, cs, scan);
            }
            var appearance = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary();
            appearance.setNormalAppearance(form);
            stamp.setAppearance(appearance);
            page.getAnnotations().add(stamp);
            doc.save(in.toFile());
        }
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(in.toFile())) {
            var annotation = doc.getPage(0).getAnnotations().get(0);
            ImagesAlone.render(doc, 0, 36, PdfRedactionTest.limits());
            assertTrue(annotation.isHidden(), "the Hidden flag is put back");
            assertEquals(2, annotation.getAnnotationFlags());
        }
        assertHiddenValueRead(in, scan, inkReader(scan, CARD), false);
    }

    /** A page that is a scan and nothing else renders the same with its images alone: it is read by OCR once. */
    @Test
    void aPlainScanIsReadOnce() throws Exception {
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, CARD);
        Path in = scanThen("plain", scan, "");
        int[] calls = {0};
        OcrService reader = inkReader(scan, CARD);
        PdfFormatHandler handler = new PdfFormatHandler();
        handler.ocr = (image, limits) -> {
            calls[0]++;
            return reader.recognize(image, limits);
        };
        try (ParsedDocument p = handler.open(in, "application/pdf", PdfRedactionTest.limits())) {
            assertTrue(p.text().contains("219-09-9999"), p.text());
        }
        assertEquals(1, calls[0], "the rendering of its images alone is the viewer's: not read again");
    }

    /** A blank scan of the page's size: what an image-only page with nothing to read draws. */
    private static BufferedImage blank(int w, int h) {
        BufferedImage blank = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = blank.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return blank;
    }

    /**
     * Reads a line where it shows ink, for a scan drawn over the whole Letter page and a rendering at 200 dpi of either
     * the crop box or the media box (told apart by the rendering's width), not turned: the words are placed in the
     * rendering's own pixels, worked out here from the boxes.
     */
    private static OcrService boxReader(InkLines scan, String[] lines, PDRectangle crop) {
        return (image, limits) -> {
            double s = 200 / 72.0;
            boolean media = Math.abs(image.getWidth() - 612 * s) < 2;
            double left = media ? 0 : crop.getLowerLeftX();
            double top = media ? 792 : crop.getUpperRightY();
            return inkedLines(image, lines, i -> {
                float[] u = onPage(scan.lines()[i]);
                return new Rectangle((int) Math.round((u[0] - left) * s), (int) Math.round((top - u[1] - u[3]) * s),
                        (int) Math.round(u[2] * s), (int) Math.round(u[3] * s));
            });
        };
    }

    /**
     * A crop box that trims the scan's left and top and leaves the value out: the value read in the media box's
     * rendering is placed where it would lie in the viewer's, above its frame; the line both readings see is not added
     * twice.
     */
    @Test
    void aValueOutsideACropBoxTrimmingLeftAndTopIsPlacedInTheViewersPixels() throws Exception {
        String[] lines = {"219-09-9999", "Quarterly"};
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 900, lines);
        float[] value = onPage(scan.lines()[0]);
        PDRectangle crop = new PDRectangle(30, 40, 560, value[1] - 60);
        Path in = dir.resolve("trimmed.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            page.setCropBox(crop);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
            }
            doc.save(in.toFile());
        }
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(in.toFile())) {
            StringBuilder text = new StringBuilder();
            OcrPages.Page page = OcrPages.read(doc, 0, boxReader(scan, lines, crop), PdfRedactionTest.limits(), text);
            assertEquals(List.of("Quarterly", "219-09-9999"), page.words().stream().map(OcrWord::text).toList(),
                    text.toString());
            OcrWord w = page.words().get(1);
            double s = 200 / 72.0;
            assertEquals((value[0] - crop.getLowerLeftX()) * s, w.x(), 2.0, "across, from the crop box's left");
            assertEquals((crop.getUpperRightY() - value[1] - value[3]) * s, w.y(), 2.0, "down, from its top");
            assertTrue(w.y() + w.height() < 0, "above the viewer's frame: " + w);
        }
    }

    /**
     * A turned page (/Rotate 90, as landscape scans are stored) whose crop box leaves a value out: its media box is
     * rendered turned the same way, and a point of the page lands where the viewer's rendering has it.
     */
    @Test
    void aTurnedPagesMediaBoxIsRenderedTurnedAndMapsToTheViewer() throws Exception {
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 1400, 70, CARD);
        PDRectangle crop = new PDRectangle(0, 396, 612, 396);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            page.setRotation(90);
            page.setCropBox(crop);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
            }
            ImagesAlone.Revealed r = ImagesAlone.render(doc, 0, 72, PdfRedactionTest.limits());
            assertEquals(792, r.image().getWidth(), 1, "turned: the page's height across");
            assertEquals(612, r.image().getHeight(), 1);
            // turned a quarter clockwise: a point (x, y) of the page is the pixel (y, x) of the media box's rendering
            float[] value = onPage(scan.lines()[1]);
            Rectangle at = new Rectangle((int) value[1], (int) value[0], (int) value[3], (int) value[2]);
            assertTrue(SearchableScanTest.ink(r.image(), at) > 0.02, "the value outside the crop box is drawn");
            java.awt.geom.Point2D p = r.toViewer().transform(new java.awt.geom.Point2D.Double(500, 100), null);
            assertEquals(500 - 396, p.getX(), 1e-6, "the viewer's rendering is of the crop box, turned the same way");
            assertEquals(100, p.getY(), 1e-6);
            assertTrue(ImagesAlone.hidesSomething(OcrPages.render(doc, 0, 72, PdfRedactionTest.limits()), r));
        }
    }

    /** A scan whose own soft mask makes it clear everywhere: drawn without its masks, it is read. */
    @Test
    void aScanMadeClearByItsSoftMaskIsReadAndGoes() throws Exception {
        assertHiddenValueRead("smask", (doc, page, scan) -> {
            BufferedImage clear = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    clear.setRGB(x, y, scan.image().getRGB(x, y) & 0x00ffffff);
                }
            }
            var image = LosslessFactory.createFromImage(doc, clear);
            assertTrue(image.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.SMASK));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 612, 792);
            }
        });
    }

    /** A patch of 2 x 2 black pixels stretched over the value, a box drawn as an image: too small to hold a word. */
    @Test
    void aValueUnderAStretchedPatchImageIsReadAndGoes() throws Exception {
        assertHiddenValueRead("patch", (doc, page, scan) -> {
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
                drawOverValue(cs, LosslessFactory.createFromImage(doc, new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB)),
                        scan);
            }
        });
    }

    /** A white image large enough to hold words, pasted over the value: one colour, a patch as a box is. */
    @Test
    void aValueUnderAPastedWhiteImageIsReadAndGoes() throws Exception {
        assertHiddenValueRead("pasted", (doc, page, scan) -> {
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
                drawOverValue(cs, LosslessFactory.createFromImage(doc, blank(300, 60)), scan);
            }
        });
    }

    /** A white patch with clear corners (a PNG sticker: a soft mask in the PDF) pasted over the value. */
    @Test
    void aValueUnderAPatchWithClearCornersIsReadAndGoes() throws Exception {
        assertHiddenValueRead("sticker", (doc, page, scan) -> {
            BufferedImage sticker = new BufferedImage(300, 60, BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < 60; y++) {
                for (int x = 0; x < 300; x++) {
                    boolean corner = (x < 6 || x >= 294) && (y < 6 || y >= 54);
                    sticker.setRGB(x, y, corner ? 0x00ffffff : 0xffffffff);
                }
            }
            var patch = LosslessFactory.createFromImage(doc, sticker);
            assertTrue(patch.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.SMASK));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
                drawOverValue(cs, patch, scan);
            }
        });
    }

    /**
     * A stencil mask painted white over the value, with a pattern of holes in it (not of one colour): a stencil in a
     * light colour can only hide what is under it.
     */
    @Test
    void aValueUnderAWhiteStencilIsReadAndGoes() throws Exception {
        assertHiddenValueRead("stencil", (doc, page, scan) -> {
            BufferedImage holes = new BufferedImage(300, 60, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < 60; y++) {
                for (int x = 0; x < 300; x++) {
                    holes.setRGB(x, y, x % 50 == 0 && y % 20 == 0 ? 0xffffffff : 0xff000000);
                }
            }
            var stencil = LosslessFactory.createFromImage(doc, holes);
            stencil.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.COLORSPACE);
            stencil.getCOSObject().setBoolean(org.apache.pdfbox.cos.COSName.IMAGE_MASK, true);
            assertTrue(stencil.isStencil());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
                cs.setNonStrokingColor(1f);
                drawOverValue(cs, stencil, scan);
            }
        });
    }

    /** A scan drawn through a transfer function that maps every sample to white (an ExtGState's /TR). */
    @Test
    void aScanDrawnThroughAWhiteTransferIsReadAndGoes() throws Exception {
        assertHiddenValueRead("transfer", (doc, page, scan) -> {
            var white = new org.apache.pdfbox.cos.COSDictionary();
            white.setInt(org.apache.pdfbox.cos.COSName.FUNCTION_TYPE, 2);
            white.setItem(org.apache.pdfbox.cos.COSName.DOMAIN, floats(0, 1));
            white.setItem(org.apache.pdfbox.cos.COSName.C0, floats(1));
            white.setItem(org.apache.pdfbox.cos.COSName.C1, floats(1));
            white.setInt(org.apache.pdfbox.cos.COSName.N, 1);
            var state = new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
            state.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.TR, white);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setGraphicsStateParameters(state);
                drawScan(doc, cs, scan);
            }
        });
    }

    private static org.apache.pdfbox.cos.COSArray floats(float... values) {
        org.apache.pdfbox.cos.COSArray a = new org.apache.pdfbox.cos.COSArray();
        for (float v : values) {
            a.add(new org.apache.pdfbox.cos.COSFloat(v));
        }
        return a;
    }

    /**
     * A crop box smaller than the media box with nothing outside it: the page is read once (rendered at 200 dpi), whether
     * the crop box trims a whole number of pixels (36 points from the top: 100) or not (40 points off the left and top).
     */
    @Test
    void aCroppedScanWithNothingOutsideItsCropBoxIsReadOnce() throws Exception {
        assertCroppedScanReadOnce(new PDRectangle(0, 0, 612, 756));
        assertCroppedScanReadOnce(new PDRectangle(40, 0, 572, 752));
    }

    private void assertCroppedScanReadOnce(PDRectangle crop) throws Exception {
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, CARD);
        int[] calls = {0};
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            page.setCropBox(crop);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
            }
            OcrPages.Page read = OcrPages.read(doc, 0, (image, limits) -> {
                calls[0]++;
                return List.of();
            }, PdfRedactionTest.limits(), new StringBuilder());
            assertEquals(0, read.words().size());
        }
        assertEquals(1, calls[0], "the media box's rendering shows nothing more: not read again");
    }

    /**
     * A scan stored as strips 10 pixels tall (too few to hold a word each), drawn at their own scale, with a box over
     * the value: strips are not patches, only images stretched over what they hide are.
     */
    @Test
    void aScanInStripsUnderABoxIsReadAndGoes() throws Exception {
        assertHiddenValueRead("strips", (doc, page, scan) -> {
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawInStrips(doc, cs, scan);
                boxOverValue(cs, scan);
            }
        }, false);
    }

    /**
     * The scan in 2,080 tiles of 32 x 32 pixels under a labelled box image over the value: covers are judged against
     * every image before them (the first version noted 1,000, and the box over the later tiles was no cover).
     */
    @Test
    void aScanInTwoThousandTilesUnderALabelledBoxImageIsReadAndGoes() throws Exception {
        assertHiddenValueRead("tiles-labelled", (doc, page, scan) -> {
            float k = 612f / W;
            // paper's grain, as a scanner gives it: no tile is blank (a tile of one colour is a patch, not drawn)
            BufferedImage grained = lightNoise(W, H);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    grained.setRGB(x, y, Math.min(grained.getRGB(x, y) & 0xff, scan.image().getRGB(x, y) & 0xff) * 0x010101);
                }
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // from the bottom up, so that the value's line is drawn late
                for (int y = (H - 1) / 32 * 32; y >= 0; y -= 32) {
                    for (int x = 0; x < W; x += 32) {
                        BufferedImage tile = grained.getSubimage(x, y, Math.min(32, W - x), Math.min(32, H - y));
                        cs.drawImage(LosslessFactory.createFromImage(doc, tile), x * k, 792 - (y + tile.getHeight()) * k,
                                tile.getWidth() * k, tile.getHeight() * k);
                    }
                }
                drawOverValue(cs, LosslessFactory.createFromImage(doc, labelledBox()), scan);
            }
        }, false);
    }

    /**
     * Strips that meet edge to edge cover nothing of each other, however thin (2 points) and however large the media box
     * (the largest the format allows, with a Letter crop box): no image is a cover, and none is left out of the rendering
     * without covers. A grid that took a cell whole for a sliver of it had each thin strip cover the one before.
     */
    @Test
    void aScanInThinStripsHasNoCover() throws Exception {
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, CARD);
        for (float media : new float[] {0, 14_400}) {
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(media > 0 ? new PDRectangle(media, media) : PDRectangle.LETTER);
                if (media > 0) {
                    page.setCropBox(PDRectangle.LETTER);
                }
                doc.addPage(page);
                float points = media > 0 ? 8 : 2;
                int step = Math.round(points * H / 792f);
                float k = 792f / H;
                BufferedImage grained = lightNoise(W, H);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int y = 0; y < H; y += step) {
                        BufferedImage strip = grained.getSubimage(0, y, W, Math.min(step, H - y));
                        cs.drawImage(LosslessFactory.createFromImage(doc, strip), 0, 792 - (y + strip.getHeight()) * k, 612,
                                strip.getHeight() * k);
                    }
                }
                assertTrue(!ImagesAlone.render(doc, 0, 36, PdfRedactionTest.limits()).covered(), "strips of " + points);
            }
        }
    }

    /**
     * A 600 dpi scan in strips of one pixel (6,600 of them on a Letter page, more than a cell of the grid lists): each
     * continues the one before and is merged with it, so none covers another; a box over them is a cover.
     */
    @Test
    void thousandsOfOnePixelStripsAreOnePlace() {
        ImagesAlone.Occupancy noted = new ImagesAlone.Occupancy(PDRectangle.LETTER);
        double h = 792.0 / 6_600;
        for (int i = 0; i < 6_600; i++) {
            java.awt.geom.Rectangle2D strip = new java.awt.geom.Rectangle2D.Double(0, 792 - (i + 1) * h, 612, h);
            assertTrue(!noted.covers(strip), "strip " + i);
            noted.add(strip);
        }
        assertTrue(noted.covers(new java.awt.geom.Rectangle2D.Double(100, 600, 200, 30)), "a box over them");
        assertTrue(!noted.covers(new java.awt.geom.Rectangle2D.Double(700, 600, 200, 30)), "beside the page");
    }

    /**
     * A form's template scanned, its filled-in text as a transparent PNG over the whole page, and a labelled box image
     * over the SSN in it: the text layer is mostly clear (no cover), so it stays in the rendering without covers, which
     * shows the SSN. Taken as a cover, it went with the box and took the SSN along.
     */
    @Test
    void aValueInAFilledInLayerUnderABoxIsReadAndGoes() throws Exception {
        assertHiddenValueRead("filled-in", (doc, page, scan) -> {
            BufferedImage layer = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    int rgb = scan.image().getRGB(x, y) & 0xffffff;
                    layer.setRGB(x, y, (rgb & 0xff) < 128 ? 0xff000000 | rgb : 0x00ffffff);
                }
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, lightNoise(W, H)), 0, 0, 612, 792);
                cs.drawImage(LosslessFactory.createFromImage(doc, layer), 0, 0, 612, 792);
                drawOverValue(cs, LosslessFactory.createFromImage(doc, labelledBox()), scan);
            }
        });
    }

    /** Draws the scan over the whole page in strips 10 pixels tall, each at its own scale. */
    private static void drawInStrips(PDDocument doc, PDPageContentStream cs, InkLines scan) throws IOException {
        float k = 792f / H;
        for (int y = 0; y < H; y += 10) {
            BufferedImage strip = scan.image().getSubimage(0, y, W, Math.min(10, H - y));
            cs.drawImage(LosslessFactory.createFromImage(doc, strip), 0, 792 - (y + strip.getHeight()) * k, 612,
                    strip.getHeight() * k);
        }
    }

    /** The scan in strips of 10 pixels under a labelled box image: no one strip is as large as the box, all are under it. */
    @Test
    void aScanInStripsUnderALabelledBoxImageIsReadAndGoes() throws Exception {
        assertHiddenValueRead("strips-labelled", (doc, page, scan) -> {
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawInStrips(doc, cs, scan);
                drawOverValue(cs, LosslessFactory.createFromImage(doc, labelledBox()), scan);
            }
        }, false);
    }

    /** A sticker whose clear corners hold black (as most PNG encoders write a clear pixel), pasted over the value. */
    @Test
    void aValueUnderAStickerWithBlackClearCornersIsReadAndGoes() throws Exception {
        assertHiddenValueRead("black-corners", (doc, page, scan) -> {
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
                drawOverValue(cs, LosslessFactory.createFromImage(doc, sticker(0x00000000)), scan);
            }
        });
    }

    /** @return a white sticker 300 x 60 whose clear corners hold {@code clear} */
    private static BufferedImage sticker(int clear) {
        BufferedImage sticker = new BufferedImage(300, 60, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 300; x++) {
                boolean corner = (x < 6 || x >= 294) && (y < 6 || y >= 54);
                sticker.setRGB(x, y, corner ? clear : 0xffffffff);
            }
        }
        return sticker;
    }

    /**
     * A signature (black strokes on clear, the clear pixels black as PNG encoders write them) placed beside a scan's
     * lines: it hides nothing, and the page is read once.
     */
    @Test
    void aSignatureOverAScanIsNoReasonToReadItAgain() throws Exception {
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, CARD);
        BufferedImage signature = new BufferedImage(300, 80, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = signature.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.setStroke(new java.awt.BasicStroke(4));
        g.drawLine(10, 60, 120, 15);
        g.drawLine(120, 15, 290, 70);
        g.dispose();
        Reading read = readScanWith(scan, signature, new PDRectangle(300, 100, 150, 40));
        assertTrue(!read.covered(), "clear where it has no stroke: no cover");
        assertEquals(1, read.calls(), "the viewer's rendering only");
    }

    /**
     * An MRC scan: a background image, then a colour layer of one dark colour drawn through the text's stencil
     * {@code /Mask} (a full-size one, a 1 x 1 one stretched, a JPEG one with specks): its images alone render as the viewer does, text
     * included, and the page is read once.
     */
    @Test
    void anMrcScanRendersTheSameWithItsImagesAlone() throws Exception {
        InkLines text = InkLines.draw(W, H, false, 30, 150, 300, 70, CARD);
        for (int side : new int[] {W, 1, -W}) { // -W: a JPEG's, dark with specks of light as a court filing's
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                BufferedImage shape = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_BINARY);
                java.awt.Graphics2D g = shape.createGraphics();
                g.drawImage(text.image(), 0, 0, null);
                g.dispose();
                var mask = LosslessFactory.createFromImage(doc, shape);
                mask.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.COLORSPACE);
                mask.getCOSObject().setBoolean(org.apache.pdfbox.cos.COSName.IMAGE_MASK, true); // 0, the text: painted
                BufferedImage colour = new BufferedImage(Math.abs(side), side == 1 ? 1 : H, BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D c = colour.createGraphics();
                c.setColor(new java.awt.Color(20, 20, 40));
                c.fillRect(0, 0, colour.getWidth(), colour.getHeight());
                java.util.Random random = new java.util.Random(3);
                for (int k = 0; side < 0 && k < 400; k++) {
                    c.setColor(java.awt.Color.WHITE);
                    c.fillRect(random.nextInt(W - 8), random.nextInt(H - 8), 8, 8);
                }
                c.dispose();
                var layer = side < 0 ? org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(doc, colour)
                        : LosslessFactory.createFromImage(doc, colour);
                layer.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.MASK, mask);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, blank(W / 4, H / 4)), 0, 0, 612, 792);
                    cs.drawImage(layer, 0, 0, 612, 792);
                }
                BufferedImage viewed = OcrPages.render(doc, 0, 200, PdfRedactionTest.limits());
                assertTrue(SearchableScanTest.ink(viewed, scaled(text.lines()[1], 200.0 / 150)) > 0.02, "the text shows");
                assertTrue(OcrPages.samePixels(viewed, OcrPages.renderImages(doc, 0, 200, PdfRedactionTest.limits())),
                        "a colour layer " + (side < 0 ? "stored as a JPEG" : side + " pixels across"));
            }
        }
    }

    /** A scan inside a form whose bounding box cuts the value off, on a page read by OCR. */
    @Test
    void aValueCutOffByAFormsBoundingBoxIsReadAndGoes() throws Exception {
        assertHiddenValueRead("form", (doc, page, scan) -> {
            float[] first = onPage(scan.lines()[0]);
            var form = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(doc);
            form.setBBox(new PDRectangle(0, first[1] - 10, 612, 792 - first[1] + 10));
            var resources = new org.apache.pdfbox.pdmodel.PDResources();
            form.setResources(resources);
            org.apache.pdfbox.cos.COSName name = resources.add(LosslessFactory.createFromImage(doc, scan.image()));
            try (java.io.OutputStream os = form.getContentStream().createOutputStream()) {
                os.write(("q 612 0 0 792 0 0 cm /" + name.getName() + " Do Q").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // an image of the page's own first, so that the page is read by OCR (a scan only in a form is read as a
                // picture, in its own pixels: PagePictures)
                cs.drawImage(LosslessFactory.createFromImage(doc, blank(64, 64)), 0, 0, 612, 792);
                cs.drawForm(form);
            }
        });
    }

    /**
     * A page read for nothing found comes out as it came in: an inherited crop box stays inherited, an annotation
     * without an appearance gets none, flags absent stay absent, Hidden stays set.
     */
    @Test
    void readingAPagesImagesAloneLeavesItAsItWas() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            doc.getPages().getCOSObject().setItem(org.apache.pdfbox.cos.COSName.CROP_BOX,
                    new PDRectangle(0, 0, 612, 700).getCOSArray());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, blank(64, 64)), 0, 0, 612, 792);
            }
            var bare = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare();
            bare.setRectangle(new PDRectangle(10, 10, 50, 50));
            bare.setHidden(true);
            var linked = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            linked.setRectangle(new PDRectangle(100, 100, 50, 50));
            linked.constructAppearances(doc);
            linked.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.F);
            page.getAnnotations().add(bare);
            page.getAnnotations().add(linked);
            String before = bare.getCOSObject().toString() + linked.getCOSObject() + page.getCOSObject();
            OcrPages.read(doc, 0, (image, limits) -> List.of(), PdfRedactionTest.limits(), new StringBuilder());
            assertEquals(before, bare.getCOSObject().toString() + linked.getCOSObject() + page.getCOSObject());
            assertTrue(!page.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.CROP_BOX));
            assertTrue(!bare.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.AP));
        }
    }

    /** A blank scan with a drawing over it (a logo, a printed footer): its images hide nothing, and it is read once. */
    @Test
    void aDrawingOverABlankScanIsNoReasonToReadItAgain() throws Exception {
        int[] calls = {0};
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, blank(64, 64)), 0, 0, 612, 792);
                cs.addRect(72, 72, 200, 40);
                cs.fill();
            }
            calls[0] = ocrCalls(doc);
        }
        assertEquals(1, calls[0], "the viewer's rendering only");
    }
    /**
     * A black box with a label on it pasted as an image over the value: stored losslessly, as a JPEG, in a stamp
     * annotation's appearance, with an alpha channel it does not use (a soft mask in the PDF), and with clear margins
     * (two thirds of it clear). Not of one colour, so not a patch; it lies on the scan drawn before it, and the scan is
     * also read without it.
     */
    @Test
    void aValueUnderALabelledBoxImageIsReadAndGoes() throws Exception {
        for (String way : new String[] {"lossless", "jpeg", "stamp", "alpha", "margins"}) {
            assertHiddenValueRead("labelled-" + way, (doc, page, scan) -> {
                BufferedImage box = labelledBox();
                if (way.equals("alpha") || way.equals("margins")) {
                    // a PNG with an alpha channel it does not use: PDFBox gives it a soft mask; or with clear margins
                    // three times the box's height above and below it (a third of it shown)
                    int margin = way.equals("margins") ? box.getHeight() : 0;
                    BufferedImage argb = new BufferedImage(box.getWidth(), box.getHeight() + 2 * margin,
                            BufferedImage.TYPE_INT_ARGB);
                    argb.createGraphics().drawImage(box, 0, margin, null);
                    box = argb;
                }
                var cover = way.equals("jpeg") ? org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(doc, box)
                        : LosslessFactory.createFromImage(doc, box);
                assertTrue(!ImagesAlone.oneColour(cover), "not a patch of one colour");
                assertEquals(way.equals("alpha") || way.equals("margins"),
                        cover.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.SMASK));
                PDRectangle value = overValue(scan);
                float margin = way.equals("margins") ? value.getHeight() : 0;
                PDRectangle at = new PDRectangle(value.getLowerLeftX(), value.getLowerLeftY() - margin, value.getWidth(),
                        value.getHeight() + 2 * margin);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    drawScan(doc, cs, scan);
                    if (!way.equals("stamp")) {
                        cs.drawImage(cover, at.getLowerLeftX(), at.getLowerLeftY(), at.getWidth(), at.getHeight());
                    }
                }
                if (way.equals("stamp")) {
                    var stamp = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp();
                    stamp.setRectangle(at);
                    var form = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream(doc);
                    form.setBBox(new PDRectangle(at.getWidth(), at.getHeight()));
                    form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
                    try (PDPageContentStream cs = new PDPageContentStream(doc, form)) {
                        cs.drawImage(cover, 0, 0, at.getWidth(), at.getHeight());
                    }
                    var appearance = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary();
                    appearance.setNormalAppearance(form);
                    stamp.setAppearance(appearance);
                    page.getAnnotations().add(stamp);
                }
            });
        }
    }

    /**
     * A scan drawn through a stencil {@code /Mask} that leaves out its value's line: the viewer shows paper there. What
     * the mask hides reads as a page (paper with text), not as an MRC scan's dark colour layer, and is drawn bare.
     */
    @Test
    void aValueMaskedOutByAStencilMaskIsReadAndGoes() throws Exception {
        assertHiddenValueRead("stencil-mask", (doc, page, scan) -> {
            BufferedImage shape = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_BINARY);
            java.awt.Graphics2D g = shape.createGraphics();
            Rectangle value = scan.lines()[1];
            g.setColor(java.awt.Color.WHITE); // 1: masked out
            g.fillRect(value.x - 10, value.y - 10, value.width + 20, value.height + 20);
            g.dispose();
            var mask = LosslessFactory.createFromImage(doc, shape);
            mask.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.COLORSPACE);
            mask.getCOSObject().setBoolean(org.apache.pdfbox.cos.COSName.IMAGE_MASK, true);
            var image = LosslessFactory.createFromImage(doc, scan.image());
            image.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.MASK, mask);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 612, 792);
            }
        });
    }

    /**
     * A "cleaned" copy of the page (light, not of one colour) drawn over the whole scan, the same size: it hides all of
     * the scan, and lies whole on it.
     */
    @Test
    void aScanUnderACopyOfItsSizeIsReadAndGoes() throws Exception {
        assertHiddenValueRead("copy", (doc, page, scan) -> {
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
                cs.drawImage(LosslessFactory.createFromImage(doc, lightNoise(W, H)), 0, 0, 612, 792);
            }
        });
    }

    /**
     * A light sheet with some specks (it reads as a page) drawn over the scan through a stencil {@code /Mask} that shows
     * only a corner of it, after a box drawn over the value: drawn bare, what its mask hides hid the scan in the rendering
     * of the images alone. Such a bare drawing is now left out with the covers.
     */
    @Test
    void aSheetDrawnBareOverTheScanIsLeftOutWithTheCovers() throws Exception {
        assertHiddenValueRead("bare-sheet", (doc, page, scan) -> {
            BufferedImage sheet = lightNoise(W, H);
            java.awt.Graphics2D g = sheet.createGraphics();
            g.setColor(java.awt.Color.BLACK);
            for (int y = 40; y < H; y += 80) {
                g.fillRect(W - 300, y, 200, 6); // lines of a page: 1% ink and more
            }
            g.dispose();
            BufferedImage shape = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_BINARY);
            java.awt.Graphics2D m = shape.createGraphics();
            m.setColor(java.awt.Color.WHITE); // 1: masked out, all but the bottom right corner
            m.fillRect(0, 0, W, H);
            m.setColor(java.awt.Color.BLACK);
            m.fillRect(W - 100, H - 100, 100, 100);
            m.dispose();
            var mask = LosslessFactory.createFromImage(doc, shape);
            mask.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.COLORSPACE);
            mask.getCOSObject().setBoolean(org.apache.pdfbox.cos.COSName.IMAGE_MASK, true);
            var layer = LosslessFactory.createFromImage(doc, sheet);
            layer.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.MASK, mask);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
                boxOverValue(cs, scan);
                cs.drawImage(layer, 0, 0, 612, 792);
            }
        });
    }

    /**
     * A scan whose lines lie outside its crop box (read in the rendering of its images alone), with a picture over a
     * blank part: the rendering without the picture shows no ink the one with it does not, and is not read (it was read
     * again for the ink outside the crop box, which the first reading of the images had read).
     */
    @Test
    void aCoverOverBlankPaperAddsNoReadingToACroppedScan() throws Exception {
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, CARD);
        int[] calls = {0};
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            page.setCropBox(new PDRectangle(0, 0, 612, 792 - 150)); // the lines are in the top 150 points
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
                cs.drawImage(LosslessFactory.createFromImage(doc, lightNoise(200, 150)), 300, 72, 200, 150);
            }
            assertTrue(ImagesAlone.render(doc, 0, 72, PdfRedactionTest.limits()).covered(), "the picture is a cover");
            calls[0] = ocrCalls(doc);
        }
        assertEquals(2, calls[0], "the viewer's rendering and the images' over the media box");
    }

    /**
     * A labelled box image inside a transparency group, low on a turned page: PDFBox draws the group on graphics of its
     * own (not turned, placed at the group's box), so places measured on the graphics put the box off the scan. Measured
     * in the page's space, it lies on it.
     */
    @Test
    void aCoverInATransparencyGroupOnATurnedPageIsACover() throws Exception {
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, CARD);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            page.setRotation(90);
            doc.addPage(page);
            var group = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream(doc); // a form
            group.setBBox(new PDRectangle(0, 0, 300, 60));
            group.setResources(new org.apache.pdfbox.pdmodel.PDResources());
            var transparency = new org.apache.pdfbox.cos.COSDictionary();
            transparency.setName(org.apache.pdfbox.cos.COSName.S, "Transparency");
            group.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.GROUP, transparency);
            try (PDPageContentStream cs = new PDPageContentStream(doc, group)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, labelledBox()), 0, 0, 300, 60);
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
                cs.saveGraphicsState();
                cs.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(280, 40));
                cs.drawForm(group);
                cs.restoreGraphicsState();
            }
            assertTrue(ImagesAlone.render(doc, 0, 300, PdfRedactionTest.limits()).covered(), "the box is a cover");
        }
    }

    /** @return a black box with "REDACTED" on it in small white letters, as an editor pastes one */
    private static BufferedImage labelledBox() {
        BufferedImage box = new BufferedImage(300, 60, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = box.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 9));
        g.drawString("REDACTED", 4, 56);
        g.dispose();
        return box;
    }

    /**
     * A scan that lies itself over a larger image (a light sheet drawn beyond the page), with a box drawn over its value:
     * the scan is a cover of the sheet, and its rendering with the covers drawn is read as before: left out, it showed
     * the sheet alone.
     */
    @Test
    void aValueHiddenInAnImageOverALargerOneIsStillRead() throws Exception {
        assertHiddenValueRead("sheet", (doc, page, scan) -> {
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, lightNoise(W, H)), -306, -396, 1224, 1584);
                drawScan(doc, cs, scan);
                boxOverValue(cs, scan);
            }
        });
    }

    /** @return an image of light grey specks: not of one colour, and no ink */
    private static BufferedImage lightNoise(int w, int h) {
        BufferedImage sheet = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int grey = 235 + random.nextInt(21);
                sheet.setRGB(x, y, grey * 0x010101);
            }
        }
        return sheet;
    }

    /**
     * A picture (a photo, a logo: an image of many colours) pasted over a blank part of a scan: what it lies on shows no
     * ink, and the page is read once.
     */
    @Test
    void aPictureOverABlankPartOfAScanIsNoReasonToReadItAgain() throws Exception {
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, CARD);
        BufferedImage picture = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 150; y++) {
            for (int x = 0; x < 200; x++) {
                picture.setRGB(x, y, (x * 255 / 200) << 16 | (y * 255 / 150) << 8 | 0x40);
            }
        }
        Reading read = readScanWith(scan, picture, new PDRectangle(300, 72, 200, 150));
        assertTrue(read.covered(), "the picture is a cover");
        assertTrue(read.text().contains("219-09-9999"), read.text());
        assertEquals(1, read.calls(), "the viewer's rendering only");
    }

    /** @return how many times reading the first page of a document calls OCR (which reads nothing) */
    private static int ocrCalls(PDDocument doc) throws Exception {
        int[] calls = {0};
        OcrPages.read(doc, 0, (image, limits) -> {
            calls[0]++;
            return List.of();
        }, PdfRedactionTest.limits(), new StringBuilder());
        return calls[0];
    }

    /** How a page was read: the times OCR was called, whether an image of it is a cover, its text. */
    private record Reading(int calls, boolean covered, String text) {
    }

    /** @return how a page of the scan with an image drawn over it at {@code at} is read */
    private static Reading readScanWith(InkLines scan, BufferedImage over, PDRectangle at) throws Exception {
        int[] calls = {0};
        OcrService reader = inkReader(scan, CARD);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawScan(doc, cs, scan);
                cs.drawImage(LosslessFactory.createFromImage(doc, over), at.getLowerLeftX(), at.getLowerLeftY(),
                        at.getWidth(), at.getHeight());
            }
            boolean covered = ImagesAlone.render(doc, 0, 72, PdfRedactionTest.limits()).covered();
            StringBuilder text = new StringBuilder();
            OcrPages.read(doc, 0, (image, limits) -> {
                calls[0]++;
                return reader.recognize(image, limits);
            }, PdfRedactionTest.limits(), text);
            return new Reading(calls[0], covered, text.toString());
        }
    }
}
