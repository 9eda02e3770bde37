package io.blackbar.format.pdf.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.OcrService;
import io.blackbar.engine.api.spi.OcrService.OcrWord;
import io.blackbar.engine.api.spi.Replacement;

/**
 * The pictures of pages that have text of their own: a photographed ID card or a screenshot of a record placed in a
 * letter. Such a page is not a scan, so it is not read by OCR as a whole ({@link OcrPages}); each image its content
 * draws is read by OCR in its own pixels, and a word a finding falls in becomes a redaction box in the page's space
 * (the image's matrix), which burns the image under it ({@link BurnedImages}) and is drawn like every other box.
 * <p>
 * Not read: images with a text layer over them (a searchable scan: its glyphs are the text, and its boxes burn the
 * image), images too small to hold a word, and images drawn by annotations, patterns or inline. An image that cannot
 * be read (no OCR engine, undecodable, over the memory budget) is counted, never fails the page: the page's own text is
 * still redacted.
 */
final class PagePictures {

    /** Fewer pixels than this across or down hold no word OCR can read. */
    private static final int MIN_SIDE = 12;
    private static final int MIN_PIXELS = 2_400;
    /** An image with this many glyphs over it carries its text layer (a searchable scan). */
    private static final int TEXT_LAYER_GLYPHS = 8;
    /** Largest image read, in pixels (the image handler's default limit). */
    private static final long MAX_PIXELS = 40_000_000;
    /** Heap bytes a pixel takes while an image is decoded and flattened for OCR. */
    private static final long BYTES_PER_PIXEL = 12;

    /** A picture's words, and the transform from its pixels (y down) to its page. */
    record Picture(int page, AffineTransform pixelsToPage, List<OcrWord> words, int[] starts) {
    }

    /** What was read: the pictures with words, and how many images were not read. */
    record Read(List<Picture> pictures, int notRead) {
    }

    private PagePictures() {
    }

    /**
     * Reads the pictures of every page not read by OCR as a whole, and appends their words to the text.
     *
     * @param scanned the pages read by OCR as a whole (0-based)
     * @param ocr the OCR service, or null when none is deployed
     * @param starts where each stretch of text begins, and {@code numbers} its 1-based page: one is added a picture
     * @throws EngineException when the budget is spent
     */
    static Read read(PageText pages, Set<Integer> scanned, OcrService ocr, DocumentLimits limits, StringBuilder text,
            List<Integer> starts, List<Integer> numbers) throws EngineException {
        List<Picture> pictures = new ArrayList<>();
        int notRead = pages.unloadedImages();
        Map<COSStream, List<OcrWord>> read = new IdentityHashMap<>();
        for (PageText.Placed p : pages.placedImages()) {
            PDImageXObject image = p.image();
            int w = image.getWidth();
            int h = image.getHeight();
            AffineTransform unitToPage = p.ctm().createAffineTransform();
            if (scanned.contains(p.page()) || w < MIN_SIDE || h < MIN_SIDE || (long) w * h < MIN_PIXELS
                    || pages.glyphsInside(p.page(), inverse(unitToPage)) >= TEXT_LAYER_GLYPHS) {
                continue;
            }
            List<OcrWord> words = read.get(image.getCOSObject());
            if (words == null) {
                words = recognize(image, ocr, limits);
                if (words == null) {
                    notRead++;
                    continue;
                }
                read.put(image.getCOSObject(), words);
            }
            if (words.isEmpty()) {
                continue;
            }
            AffineTransform pixelsToPage = new AffineTransform(unitToPage);
            pixelsToPage.concatenate(new AffineTransform(1.0 / w, 0, 0, -1.0 / h, 0, 1));
            starts.add(text.length());
            numbers.add(p.page() + 1);
            pictures.add(new Picture(p.page(), pixelsToPage, words, OcrPages.append(words, text)));
        }
        return new Read(pictures, notRead);
    }

    /** @return the inverse, or a transform that maps everything far outside the unit square when there is none */
    private static AffineTransform inverse(AffineTransform t) {
        try {
            return t.createInverse();
        } catch (NoninvertibleTransformException e) {
            return AffineTransform.getTranslateInstance(-10, -10);
        }
    }

    /** @return the image's words, or null when it cannot be read */
    private static List<OcrWord> recognize(PDImageXObject image, OcrService ocr, DocumentLimits limits)
            throws EngineException {
        long pixels = (long) image.getWidth() * image.getHeight();
        if (ocr == null || pixels > MAX_PIXELS || pixels * BYTES_PER_PIXEL > limits.maxMemoryBytes()) {
            return null;
        }
        BufferedImage flat;
        try {
            BufferedImage decoded = image.isStencil() ? image.getStencilImage(Color.BLACK) : image.getImage();
            // on white, as a viewer shows it on paper: a clear ground must not read as black
            flat = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = flat.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
                g.drawImage(decoded, 0, 0, null);
            } finally {
                g.dispose();
            }
        } catch (IOException | RuntimeException | LinkageError | OutOfMemoryError e) {
            return null; // undecodable (a damaged stream, a codec that is not installed)
        }
        try {
            return ocr.recognize(flat, limits);
        } catch (EngineException e) {
            if (e.reason() == EngineException.Reason.UNAVAILABLE && !limits.expired()) {
                return null;
            }
            throw e;
        }
    }

    /**
     * @param plan the spans
     * @return per page (0-based), a cover per span over the picture words it touches
     */
    static Map<Integer, List<Redactions.Cover>> covers(List<Picture> pictures, List<Replacement> plan) {
        Map<Integer, List<Redactions.Cover>> byPage = new TreeMap<>();
        for (Picture p : pictures) {
            for (Replacement r : plan) {
                List<Box> boxes = new ArrayList<>();
                for (int i : OcrPages.hit(p.words(), p.starts(), List.of(r))) {
                    OcrWord w = p.words().get(i);
                    int pad = Math.max(2, w.height() / 6);
                    Box b = Box.of(p.page(), p.pixelsToPage(), w.x() - pad, w.y() - pad, w.x() + w.width() + pad,
                            w.y() + w.height() + pad);
                    if (b != null) {
                        boxes.add(b);
                    }
                }
                if (!boxes.isEmpty()) {
                    byPage.computeIfAbsent(p.page(), k -> new ArrayList<>()).add(new Redactions.Cover(r.text(), boxes));
                }
            }
        }
        return byPage;
    }
}
