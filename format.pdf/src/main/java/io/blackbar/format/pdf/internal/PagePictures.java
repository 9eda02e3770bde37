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

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
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
 * Not read: an image with a searchable scan's text layer over it (its invisible glyphs are the text, and their boxes
 * burn the image), images too small to hold a word, images drawn by patterns; images annotations draw are counted as
 * not read. Inline images are read like named ones. An image
 * larger than the OCR's pixel limit or the memory budget is read at a coarser resolution. An image that cannot be read
 * fails the request, saying why (no OCR engine: 503; undecodable: 422): a value in it would otherwise leave unseen. An
 * operator who accepts that turns the reading off ({@code blackbar.ocr.pictures=false}); the images are then counted
 * as {@code imagesNotRead}.
 */
final class PagePictures {

    /** Fewer pixels than this across or down hold no word OCR can read. */
    static final int MIN_SIDE = 12;
    static final int MIN_PIXELS = 2_400;
    /** An image with this many glyphs over it carries its text layer (a searchable scan). */
    private static final int TEXT_LAYER_GLYPHS = 8;
    /** Largest image read, in pixels (the image handler's default limit). */
    private static final long MAX_PIXELS = 40_000_000;
    /** Heap bytes a pixel of the image read takes while it is decoded and flattened for OCR. */
    private static final long BYTES_PER_PIXEL = 12;
    /** Heap bytes a pixel of the image takes once its filters decoded it (before any subsampling). */
    private static final long RAW_BYTES_PER_PIXEL = 4;

    /**
     * A picture's words, and the transform from the pixels OCR read (y up: a pixel row {@code y} from the top is
     * {@code height - y} here) to its page.
     */
    record Picture(int page, AffineTransform pixelsToPage, int height, List<OcrWord> words, int[] starts) {
    }

    /** What was read: the pictures with words, and how many images were left unread. */
    record Read(List<Picture> pictures, int notRead) {
    }

    /**
     * An image's words, in the pixels of the image OCR read (subsampled for a large one): a reading as drawn, and for an
     * image with masks of its own the lines read without them that the first did not give.
     */
    private record Words(List<List<OcrWord>> readings, int width, int height) {
    }

    private static final String OFF_HINT = "An operator may set BLACKBAR_OCR_PICTURES=false to process documents without"
            + " reading their pictures.";

    private PagePictures() {
    }

    /**
     * Reads the pictures of every page not read by OCR as a whole, and appends their words to the text.
     *
     * @param scanned the pages read by OCR as a whole (0-based)
     * @param ocr the OCR service, or null when none is deployed
     * @param enabled whether pictures are read at all ({@code blackbar.ocr.pictures})
     * @param starts where each stretch of text begins, and {@code numbers} its 1-based page: one is added a picture
     * @throws EngineException when an image cannot be read, or the budget is spent
     */
    static Read read(PageText pages, Set<Integer> scanned, OcrService ocr, boolean enabled, DocumentLimits limits,
            StringBuilder text, List<Integer> starts, List<Integer> numbers) throws EngineException {
        List<Picture> pictures = new ArrayList<>();
        int notRead = pages.unreadImages();
        Map<COSBase, Words> read = new IdentityHashMap<>();
        Set<COSBase> unread = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (PageText.Placed p : pages.placedImages()) {
            limits.checkDeadline();
            PDImage image = p.image();
            int w = image.getWidth();
            int h = image.getHeight();
            AffineTransform unitToPage = p.ctm().createAffineTransform();
            if (scanned.contains(p.page()) || !mayHoldWords(image)
                    || pages.invisibleGlyphsInside(p.page(), inverse(unitToPage)) >= TEXT_LAYER_GLYPHS) {
                continue;
            }
            if (!enabled) {
                if (unread.add(image.getCOSObject())) {
                    notRead++;
                }
                continue;
            }
            Words words = read.get(image.getCOSObject());
            if (words == null) {
                words = recognize(image, p.page(), ocr, limits);
                read.put(image.getCOSObject(), words);
            }
            AffineTransform pixelsToPage = new AffineTransform(unitToPage);
            pixelsToPage.concatenate(AffineTransform.getScaleInstance(1.0 / words.width(), 1.0 / words.height()));
            for (List<OcrWord> reading : words.readings()) {
                if (reading.isEmpty()) {
                    continue;
                }
                starts.add(text.length());
                numbers.add(p.page() + 1);
                pictures.add(new Picture(p.page(), pixelsToPage, words.height(), reading, OcrPages.append(reading, text)));
                if (text.length() > limits.maxTextChars()) {
                    throw new EngineException(EngineException.Reason.UNPROCESSABLE, PageText.TOO_MUCH_TEXT);
                }
            }
        }
        return new Read(pictures, notRead);
    }

    /** @return whether an image is large enough to hold a word OCR can read */
    static boolean mayHoldWords(PDImage image) {
        return mayHoldWords(image.getWidth(), image.getHeight());
    }

    /** @return whether an image of so many pixels across and down is large enough to hold a word OCR can read */
    static boolean mayHoldWords(int w, int h) {
        return w >= MIN_SIDE && h >= MIN_SIDE && (long) w * h >= MIN_PIXELS;
    }

    /** @return the inverse, or a transform that maps everything far outside the unit square when there is none */
    private static AffineTransform inverse(AffineTransform t) {
        try {
            return t.createInverse();
        } catch (NoninvertibleTransformException e) {
            return AffineTransform.getTranslateInstance(-10, -10);
        }
    }

    /**
     * @return the image's words, read at the resolution the pixel limit and the memory budget allow
     * @throws EngineException when it cannot be read: no OCR engine (503), undecodable (422), out of time
     */
    private static Words recognize(PDImage image, int page, OcrService ocr, DocumentLimits limits)
            throws EngineException {
        if (ocr == null) {
            throw new EngineException(EngineException.Reason.UNAVAILABLE, "Page " + (page + 1) + " shows an image that"
                    + " must be read by OCR, and no OCR engine is installed; install tesseract-ocr. " + OFF_HINT);
        }
        long pixels = (long) image.getWidth() * image.getHeight();
        long decoded; // its masks' pixels too: PDFBox composes image and mask at the larger's size
        try {
            decoded = Math.max(pixels, OcrPages.decodedPixels(image));
        } catch (java.io.IOException | RuntimeException e) {
            decoded = pixels;
        }
        if (decoded * RAW_BYTES_PER_PIXEL > limits.maxMemoryBytes()) {
            // its filters decode it whole before any subsampling
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "Page " + (page + 1) + " shows an image larger"
                    + " than the memory budget allows reading (BLACKBAR_MAX_MEMORY_BYTES).");
        }
        long most = Math.min(MAX_PIXELS, limits.maxMemoryBytes() / BYTES_PER_PIXEL);
        int subsampling = 1;
        while (pixels / ((long) subsampling * subsampling) > most && subsampling < 64) {
            subsampling++;
        }
        // what its own masks make clear is in the file all the same: read without them too
        boolean masked = image instanceof PDImageXObject x && ImagesAlone.masked(x, true);
        int step = subsampling;
        BufferedImage flat = flat(image.isStencil() ? () -> image.getStencilImage(Color.BLACK)
                : () -> image.getImage(null, step), page, 0, 0);
        try {
            List<OcrWord> drawn = ocr.recognize(flat, limits);
            if (!masked) {
                return new Words(List.of(drawn), flat.getWidth(), flat.getHeight());
            }
            // in the first reading's pixels: PDFBox draws an image and a larger soft mask at the mask's size
            BufferedImage samples = flat(() -> ((PDImageXObject) image).getOpaqueImage(null, step), page, flat.getWidth(),
                    flat.getHeight());
            return new Words(List.of(drawn, OcrPages.newLines(ocr.recognize(samples, limits), drawn)), flat.getWidth(),
                    flat.getHeight());
        } catch (EngineException e) {
            throw new EngineException(e.reason(), "Page " + (page + 1) + " shows an image that could not be read by OCR: "
                    + e.getMessage() + (e.reason() == EngineException.Reason.UNAVAILABLE ? " " + OFF_HINT : ""), e);
        }
    }

    /** How an image is decoded. */
    private interface Decoding {
        BufferedImage decode() throws IOException;
    }

    /**
     * @param width the width to draw it at, or 0 for its own ({@code height} alike)
     * @return the decoded image drawn on white, as a viewer shows it on paper: a clear ground must not read as black
     * @throws EngineException when it cannot be decoded
     */
    private static BufferedImage flat(Decoding decoding, int page, int width, int height) throws EngineException {
        try {
            BufferedImage decoded = decoding.decode();
            int w = width > 0 ? width : decoded.getWidth();
            int h = height > 0 ? height : decoded.getHeight();
            BufferedImage flat = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = flat.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.drawImage(decoded, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            return flat;
        } catch (IOException | RuntimeException | LinkageError | OutOfMemoryError e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "Page " + (page + 1) + " shows an image that"
                    + " could not be decoded to be read by OCR (damaged, or a codec that is not installed).", e);
        }
    }

    /**
     * @param plan the spans
     * @return per page (0-based), a cover per span over the picture words it touches
     */
    static Map<Integer, List<Redactions.Cover>> covers(List<Picture> pictures, List<Replacement> plan) {
        Map<Integer, List<Redactions.Cover>> byPage = new TreeMap<>();
        for (Picture p : pictures) {
            if (p.starts().length == 0) {
                continue;
            }
            // the picture's stretch of text: a span outside it is not looked at word by word (plan x words otherwise)
            int from = p.starts()[0];
            int last = p.starts().length - 1;
            int to = p.starts()[last] + p.words().get(last).text().length();
            for (Replacement r : plan) {
                if (r.end() <= from || r.start() >= to) {
                    continue;
                }
                List<Box> boxes = new ArrayList<>();
                for (int i : OcrPages.hit(p.words(), p.starts(), List.of(r))) {
                    OcrWord w = p.words().get(i);
                    int pad = OcrPages.pad(w);
                    // y up, so that an anonymized box's label stands upright
                    Box b = Box.of(p.page(), p.pixelsToPage(), w.x() - pad, p.height() - (w.y() + w.height() + pad),
                            w.x() + w.width() + pad, p.height() - (w.y() - pad));
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
