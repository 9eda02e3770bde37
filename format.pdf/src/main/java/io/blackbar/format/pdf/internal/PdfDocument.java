package io.blackbar.format.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.OcrService;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.Replacement;

/**
 * A loaded PDF: the pages' text (each character anchored to its glyph), then the text of pages read
 * by OCR, then the document's other strings (information, fields, annotations, bookmarks).
 */
final class PdfDocument implements ParsedDocument {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PDDocument doc;
    private final DocumentLimits limits;
    /** The pages', OCR pages' and items' text; the pictures' follows on first need ({@link #text()}). */
    private final String baseText;
    private final PageText pageText;
    private final int pageTextEnd;
    private final List<OcrPages.Page> ocrPages;
    private final List<TextItems.Item> items;
    private final OcrService ocr;
    private final boolean readPictures;
    private String text;
    private PagePictures.Read pictures = new PagePictures.Read(List.of(), 0);
    private boolean sanitized;
    /** Offsets where a page's stretch of text begins, and its 1-based page number. */
    private int[] segmentStarts;
    private int[] segmentPages;

    private PdfDocument(PDDocument doc, DocumentLimits limits, String baseText, PageText pageText, int pageTextEnd,
            List<OcrPages.Page> ocrPages, List<TextItems.Item> items, OcrService ocr, boolean readPictures,
            int[] segmentStarts, int[] segmentPages) {
        this.doc = doc;
        this.limits = limits;
        this.baseText = baseText;
        this.pageText = pageText;
        this.pageTextEnd = pageTextEnd;
        this.ocrPages = ocrPages;
        this.items = items;
        this.ocr = ocr;
        this.readPictures = readPictures;
        this.segmentStarts = segmentStarts;
        this.segmentPages = segmentPages;
    }

    /**
     * Reads the text of a loaded document.
     *
     * @param doc the document, closed with the result
     * @param limits the budget
     * @param ocr the OCR service, or null when none is deployed
     * @param readPictures whether the images of text pages are read by OCR ({@code blackbar.ocr.pictures})
     * @return the parsed document
     * @throws EngineException 422 for unreadable content, a page that needs OCR when there is none, or
     *     a spent budget
     */
    static PdfDocument parse(PDDocument doc, DocumentLimits limits, OcrService ocr, boolean readPictures)
            throws EngineException {
        try {
            PageText pages = PageText.extract(doc, limits);
            StringBuilder text = new StringBuilder(pages.text());
            if (text.length() > limits.maxTextChars()) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE, PageText.TOO_MUCH_TEXT);
            }
            int pageTextEnd = text.length();
            List<Integer> starts = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < pages.pageStarts().size(); i++) {
                starts.add(pages.pageStarts().get(i));
                numbers.add(i + 1);
            }
            List<OcrPages.Page> ocrPages = new ArrayList<>();
            for (int i = 0; i < pages.pageGlyphCounts().size(); i++) {
                PDPage page = doc.getPage(i);
                if (!OcrPages.needsOcr(page, pages.pageGlyphCounts().get(i))) {
                    continue;
                }
                if (ocr == null) {
                    throw new EngineException(EngineException.Reason.UNPROCESSABLE, "Page " + (i + 1)
                            + " has no usable text (a scan, or a font without a Unicode mapping) and no OCR engine"
                            + " is installed, so it cannot be checked; install tesseract-ocr to process it.");
                }
                limits.checkDeadline();
                starts.add(text.length());
                numbers.add(i + 1);
                try {
                    ocrPages.add(OcrPages.read(doc, i, ocr, limits, text));
                } catch (EngineException e) {
                    throw new EngineException(e.reason(), "Page " + (i + 1) + " has no usable text and needs OCR: "
                            + e.getMessage(), e);
                }
            }
            List<TextItems.Item> items = TextItems.collect(doc);
            for (TextItems.Item item : items) {
                text.append('\n');
                starts.add(text.length());
                numbers.add(item.page);
                item.start = text.length();
                text.append(item.value);
            }
            if (text.length() > limits.maxTextChars()) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE, PageText.TOO_MUCH_TEXT);
            }
            return new PdfDocument(doc, limits, text.toString(), pages, pageTextEnd, ocrPages, items, ocr, readPictures,
                    starts.stream().mapToInt(Integer::intValue).toArray(),
                    numbers.stream().mapToInt(Integer::intValue).toArray());
        } catch (PageText.DeadlineExpired e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "The document could not be processed within the time budget.");
        } catch (PageText.Refused e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "The PDF's content is damaged and could not be read.", e);
        } catch (StackOverflowError e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "The PDF's content is nested too deeply to be read.");
        } catch (LinkageError e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "The PDF uses a feature this server cannot read (such as an image codec that is not installed).");
        }
    }

    private static int removeAppearance(COSDictionary annotation) {
        if (annotation.containsKey(COSName.AP)) {
            annotation.removeItem(COSName.AP);
            return 1;
        }
        return 0;
    }

    /**
     * The pages' text, then the text of pages read by OCR, the document's other strings, and the words of the images
     * text pages show (read by OCR on the first call: sanitize reads none).
     *
     * @throws IllegalStateException (unchecked) carrying the {@link EngineException} when an image cannot be read:
     *     this method cannot throw a checked exception
     */
    @Override
    public String text() {
        if (text == null) {
            if (sanitized) {
                return baseText;
            }
            try {
                StringBuilder all = new StringBuilder(baseText).append('\n');
                List<Integer> starts = new ArrayList<>(Arrays.stream(segmentStarts).boxed().toList());
                List<Integer> numbers = new ArrayList<>(Arrays.stream(segmentPages).boxed().toList());
                Set<Integer> scanned = new HashSet<>();
                ocrPages.forEach(p -> scanned.add(p.index()));
                pictures = PagePictures.read(pageText, scanned, ocr, readPictures, limits, all, starts, numbers);
                segmentStarts = starts.stream().mapToInt(Integer::intValue).toArray();
                segmentPages = numbers.stream().mapToInt(Integer::intValue).toArray();
                text = pictures.pictures().isEmpty() ? baseText : all.toString();
            } catch (EngineException e) {
                throw new IllegalStateException("an image could not be read", e);
            }
        }
        return text;
    }

    @Override
    public int pageCount() {
        return doc.getNumberOfPages();
    }

    @Override
    public int pageOf(int offset) {
        int i = Arrays.binarySearch(segmentStarts, offset);
        if (i < 0) {
            i = -i - 2;
        }
        return i < 0 ? 1 : segmentPages[i];
    }

    @Override
    public Map<String, Integer> write(List<Replacement> plan, Method method, OutputStream out) throws EngineException {
        Map<String, Integer> removed = new TreeMap<>();
        if (text == null) {
            try {
                text(); // read already when the plan was made from it; else now: an image is never left unread
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof EngineException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        try {
            Redactions r = Redactions.plan(plan, pageText, pageTextEnd);
            PagePictures.covers(pictures.pictures(), plan).forEach(r::add);
            Set<COSStream> replacedForms = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Map.Entry<Integer, List<Redactions.Cover>> e : r.boxesByPage().entrySet()) {
                limits.checkDeadline();
                PDPage page = doc.getPage(e.getKey());
                List<Box> boxes = e.getValue().stream().flatMap(c -> c.boxes().stream()).toList();
                GlyphRemover.removeGlyphs(doc, page, boxes, replacedForms, limits, removed);
                Redactions.draw(doc, page, e.getValue(), method == Method.ANONYMIZE);
            }
            // a page with nothing to remove still loses the replacement texts of its marked content
            for (int index : pageText.replacementTextPages()) {
                if (!r.boxesByPage().containsKey(index)) {
                    limits.checkDeadline();
                    GlyphRemover.removeGlyphs(doc, doc.getPage(index), List.of(), replacedForms, limits, new TreeMap<>());
                }
            }
            UnusedForms.prune(doc, replacedForms);
            // an appearance that drew a redacted value, or that could not be read, is not kept
            // (viewers draw a field from its value again, and the box on the page shows through)
            int appearances = 0;
            for (COSDictionary a : r.annotationsHit()) {
                appearances += removeAppearance(a);
            }
            for (COSDictionary a : pageText.unreadAppearances()) {
                appearances += removeAppearance(a);
            }
            if (appearances > 0) {
                removed.merge("appearances", appearances, Integer::sum);
            }
            // the fields and notes first: rendering a page to burn it draws them, and rebuilds an
            // appearance removed above from the annotation's (by then redacted) contents
            setItems(plan);
            burnOcrPages(plan, removed);
            // what sanitize removes goes too: metadata, attachments, XFA data and scripts may hold
            // the values, and no redaction can edit them safely
            Cleaner.sanitize(doc, limits).forEach((k, v) -> removed.merge(k, v, Integer::sum));
            Cleaner.removeStructure(doc, removed);
            if (pictures.notRead() > 0) {
                removed.put("imagesNotRead", pictures.notRead());
            }
            save(out);
            return removed;
        } catch (PageText.DeadlineExpired e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "The document could not be processed within the time budget.");
        } catch (PageText.Refused e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, e.getMessage());
        } catch (GlyphRemover.Unburnable e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "An image under a redaction could not be painted over: " + e.getMessage() + ".", e);
        } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "The PDF could not be redacted safely.", e);
        }
    }

    private void burnOcrPages(List<Replacement> plan, Map<String, Integer> removed) throws IOException, EngineException {
        Set<String> values = null;
        for (OcrPages.Page page : ocrPages) {
            List<Integer> hit = OcrPages.hit(page.words(), page.starts(), plan);
            if (!hit.isEmpty()) {
                limits.checkDeadline();
                if (values == null) {
                    values = new HashSet<>();
                    String all = text();
                    for (Replacement r : plan) {
                        if (r.end() - r.start() >= OcrPages.MIN_VALUE_LENGTH) {
                            values.add(all.substring(r.start(), r.end()));
                        }
                    }
                }
                removed.merge("ocrWords", OcrPages.burn(doc, page, hit, values, ocr, limits), Integer::sum);
            }
        }
    }

    private void setItems(List<Replacement> plan) throws IOException {
        for (TextItems.Item item : items) {
            int start = item.start;
            int end = start + item.value.length();
            StringBuilder b = new StringBuilder();
            int at = start;
            boolean changed = false;
            for (Replacement r : plan) {
                if (r.end() <= start || r.start() >= end) {
                    continue;
                }
                int s = Math.max(r.start(), at);
                b.append(baseText, at, s).append(r.text());
                at = Math.max(at, Math.min(r.end(), end));
                changed = true;
            }
            if (changed) {
                b.append(baseText, at, end);
                item.setter.set(b.toString());
            }
        }
    }

    @Override
    public Map<String, Integer> sanitize(OutputStream out) throws EngineException {
        sanitized = true;
        try {
            // comments go in sanitize only: redaction has read and redacted them
            Map<String, Integer> removed = new HashMap<>();
            Comments.remove(doc, removed);
            Cleaner.sanitize(doc, limits).forEach((k, v) -> removed.merge(k, v, Integer::sum));
            save(out);
            return removed;
        } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The PDF could not be sanitized.", e);
        }
    }

    /**
     * Always a full save (an incremental one would keep the original bytes), never encrypted, with a
     * file identifier of its own: the original's would tie this copy to it (PRIV-04).
     */
    private void save(OutputStream out) throws IOException {
        PageTree.flatten(doc);
        doc.setAllSecurityToBeRemoved(true);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        COSString id = new COSString(random);
        id.setForceHexForm(true);
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        // without object streams: PDFBox's compression pool follows every reference anew, and an outline 30 levels deep
        // (each item naming its child as /First and /Last) or arrays naming the next twice doubled its work at each
        // level until the heap ran out on a 3 KB file; streams keep their own filters
        doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
    }

    @Override
    public String outputMediaType(Method method) {
        return "application/pdf";
    }

    @Override
    public void close() {
        PdfFormatHandler.closeQuietly(doc);
    }
}
