package io.blackbar.format.pdf.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.OcrService;
import io.blackbar.engine.api.spi.Replacement;
import io.blackbar.engine.api.spi.OcrService.OcrWord;

/**
 * Pages without usable text (scans, fonts without a Unicode mapping): rendered, read by the OCR
 * service, and when something on them must go, replaced by their own rendering with the words
 * painted over, so the value is gone from the pixels and no text layer is left behind.
 */
final class OcrPages {

    /** Resolution pages are rendered at for OCR and for pixel redaction. */
    static final float DPI = 200;
    /** Largest rendering, in pixels (a poster-sized page is rendered coarser). */
    static final double MAX_PIXELS = 40_000_000;

    /** The words of one page, with their offsets into the document text. */
    record Page(int index, float dpi, List<OcrWord> words, int[] starts) {
    }

    private OcrPages() {
    }

    /** @return true when the page shows few mapped glyphs, or none but draws images */
    static boolean needsOcr(PDPage page, int[] glyphCounts) {
        int shown = glyphCounts[0];
        int mapped = glyphCounts[1];
        if (shown > 0) {
            return mapped * 2 < shown;
        }
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            } catch (RuntimeException e) {
                return true;
            }
        }
        return false;
    }

    /** The coarsest rendering OCR can still read small print at. */
    private static final float MIN_DPI = 36;

    static float dpiFor(PDPage page) {
        return dpiFor(page.getCropBox());
    }

    /** @return the resolution a box is rendered at: {@link #DPI}, coarser for a large one, not under {@link #MIN_DPI} */
    static float dpiFor(PDRectangle box) {
        double points = Math.max(1, (double) box.getWidth() * box.getHeight());
        double scale = Math.sqrt(MAX_PIXELS / points) * 72;
        return (float) Math.max(MIN_DPI, Math.min(DPI, scale));
    }

    /**
     * Refuses a page whose rendering would pass {@link #MAX_PIXELS} even at {@link #MIN_DPI} (UP-19: a page of
     * 200,000 points square is 10 billion pixels there), before anything is allocated for it.
     */
    private static void checkSize(PDPage page, float dpi) throws EngineException {
        PDRectangle box = page.getCropBox();
        double pixels = Math.abs((double) box.getWidth() * box.getHeight()) / (72.0 * 72.0) * dpi * dpi;
        if (!(pixels <= MAX_PIXELS)) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, String.format(java.util.Locale.ROOT,
                    "the page is %.0f x %.0f inches, too large to render for OCR (over %d million pixels at %.0f dpi).",
                    Math.abs(box.getWidth()) / 72, Math.abs(box.getHeight()) / 72, (long) (MAX_PIXELS / 1_000_000), dpi));
        }
    }

    /** What a rendering draws. */
    enum Drawn {
        /** As a viewer draws the page: what burning a page replaces it by. */
        VIEWER,
        /** Every optional-content layer shown ({@link #renderEveryLayer}). */
        EVERY_LAYER,
        /** The images alone, whatever covers, cuts or hides them ({@link #renderImages}). */
        IMAGES,
        /** {@link #IMAGES} without the images pasted over part of a larger one ({@link ImagesAlone.Occupancy}). */
        UNDER_COVERS
    }

    /**
     * A rendering of a page's images alone, and whether an image of it lies over part of a larger one drawn before it
     * ({@link ImagesAlone.Occupancy}): one drawn in it, or one left out of it.
     */
    record Images(BufferedImage image, boolean covered) {
    }

    /** Renders a page as a viewer shows it: what burning a page replaces it by. */
    static BufferedImage render(PDDocument doc, int index, float dpi, DocumentLimits limits) throws IOException {
        return new BudgetedRenderer(doc, limits, Drawn.VIEWER).renderImageWithDPI(index, dpi, ImageType.RGB);
    }

    /**
     * Renders a page with every optional-content layer shown. An image, form, annotation or marked content on a layer
     * that is off by default is still in the file, one click from being shown; drawn as a viewer draws the page, OCR
     * read a blank where it lies and its values stayed. Read besides the viewer's rendering, not instead of it: a
     * layer that is off may cover what the viewer shows.
     */
    static BufferedImage renderEveryLayer(PDDocument doc, int index, float dpi, DocumentLimits limits) throws IOException {
        return new BudgetedRenderer(doc, limits, Drawn.EVERY_LAYER).renderImageWithDPI(index, dpi, ImageType.RGB);
    }

    /**
     * Renders a page's images alone, over its media box: no text, no path, no shading, no clipping path; every layer and
     * every annotation shown, hidden ones too; each image opaque, whatever alpha, blend mode or soft mask the page sets.
     * A scan is in the file whole however the page hides part of it: a box drawn over a value (how redaction is
     * faked), a crop box or a clipping path that cuts it, a white alpha. A viewer shows none of it, OCR of the viewer's
     * rendering read none of it, and a page without another finding came back with the value in its image.
     */
    static BufferedImage renderImages(PDDocument doc, int index, float dpi, DocumentLimits limits) throws IOException {
        return renderImages(doc, index, dpi, limits, false).image();
    }

    /**
     * {@link #renderImages(PDDocument, int, float, DocumentLimits)}, with the images pasted over part of a larger one
     * left out when {@code underCovers}: what those hide of the one under them.
     */
    static Images renderImages(PDDocument doc, int index, float dpi, DocumentLimits limits, boolean underCovers)
            throws IOException {
        BudgetedRenderer renderer = new BudgetedRenderer(doc, limits, underCovers ? Drawn.UNDER_COVERS : Drawn.IMAGES);
        BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        return new Images(image, renderer.covered);
    }

    /** Runs a drawing with the object's optional-content entry taken out (when {@code every}), then puts it back. */
    private static void shown(boolean every, COSDictionary object, FormNesting.Drawing drawing) throws IOException {
        COSBase layer = every ? object.getItem(COSName.OC) : null;
        if (layer == null) {
            drawing.run();
            return;
        }
        object.removeItem(COSName.OC);
        try {
            drawing.run();
        } finally {
            object.setItem(COSName.OC, layer);
        }
    }

    /**
     * Runs a drawing with a form's or group's bounding box made 200,000 units square around the origin (when {@code everywhere}: a scan in
     * a form whose box cuts the value off is in the file whole), then puts it back. Not taken out: PDFBox draws no group
     * without one.
     */
    private static void unbounded(boolean everywhere, COSDictionary form, FormNesting.Drawing drawing) throws IOException {
        COSBase box = everywhere ? form.getItem(COSName.BBOX) : null;
        if (box == null) {
            drawing.run();
            return;
        }
        form.setItem(COSName.BBOX, new PDRectangle(-100_000, -100_000, 200_000, 200_000).getCOSArray());
        try {
            drawing.run();
        } finally {
            form.setItem(COSName.BBOX, box);
        }
    }

    /**
     * PDFBox's renderer with the extractor's rules for forms ({@link FormNesting}): a form inside
     * itself is drawn once, forms too deep are refused, and every form checks the time budget. A form
     * that draws itself twice made PDFBox's renderer draw it 2^50 times, with nothing to stop it.
     */
    private static final class BudgetedRenderer extends PDFRenderer {
        private final DocumentLimits limits;
        private final boolean everyLayer;
        private final boolean imagesOnly;
        private final boolean underCovers;
        /** Whether an image of the page lies over part of a larger one drawn before it (in {@link Drawn#IMAGES}). */
        boolean covered;

        BudgetedRenderer(PDDocument doc, DocumentLimits limits, Drawn drawn) {
            super(doc);
            this.limits = limits;
            this.everyLayer = drawn != Drawn.VIEWER;
            this.underCovers = drawn == Drawn.UNDER_COVERS;
            this.imagesOnly = drawn == Drawn.IMAGES || underCovers;
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            FormNesting forms = new FormNesting(limits);
            return new PageDrawer(parameters) {
                /** Where the images drawn so far lie (not covers, not patches). */
                private final ImagesAlone.Occupancy drawnImages = new ImagesAlone.Occupancy(parameters.getPage().getMediaBox());

                @Override
                public void showForm(PDFormXObject form) throws IOException {
                    forms.draw(form, () -> shown(everyLayer, form.getCOSObject(),
                            () -> unbounded(imagesOnly, form.getCOSObject(), () -> super.showForm(form))));
                }

                @Override
                public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
                    opaque();
                    forms.draw(group, () -> shown(everyLayer, group.getCOSObject(),
                            () -> unbounded(imagesOnly, group.getCOSObject(), () -> super.showTransparencyGroup(group))));
                }

                @Override
                public void showAnnotation(org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation annotation)
                        throws IOException {
                    if (!imagesOnly) {
                        shown(everyLayer, annotation.getCOSObject(), () -> super.showAnnotation(annotation));
                        return;
                    }
                    var appearance = annotation.getAppearance();
                    if (appearance == null || appearance.getNormalAppearance() == null) {
                        return; // PDFBox would make one, into the file; made, it would draw no image
                    }
                    // hidden or not for the screen, it is in the file: shown with its flags taken out, then put back as they were
                    COSDictionary dict = annotation.getCOSObject();
                    COSBase flags = dict.getItem(COSName.F);
                    int kept = annotation.getAnnotationFlags() & ~(HIDDEN | NO_VIEW | INVISIBLE);
                    if (kept != annotation.getAnnotationFlags()) {
                        annotation.setAnnotationFlags(kept);
                    }
                    try {
                        shown(true, dict, () -> super.showAnnotation(annotation));
                    } finally {
                        dict.setItem(COSName.F, flags); // null takes it out
                    }
                }

                @Override
                public void fillPath(int windingRule) throws IOException {
                    if (imagesOnly) {
                        endPath();
                    } else {
                        super.fillPath(windingRule);
                    }
                }

                @Override
                public void strokePath() throws IOException {
                    if (imagesOnly) {
                        endPath();
                    } else {
                        super.strokePath();
                    }
                }

                @Override
                public void fillAndStrokePath(int windingRule) throws IOException {
                    if (imagesOnly) {
                        endPath();
                    } else {
                        super.fillAndStrokePath(windingRule);
                    }
                }

                @Override
                public void clip(int windingRule) {
                    if (!imagesOnly) {
                        super.clip(windingRule);
                    }
                }

                @Override
                public void shadingFill(COSName shadingName) throws IOException {
                    if (!imagesOnly) {
                        super.shadingFill(shadingName);
                    }
                }

                @Override
                protected void showText(byte[] string) throws IOException {
                    if (!imagesOnly) {
                        super.showText(string);
                    }
                }

                /** In {@link Drawn#IMAGES}, what comes next is drawn whole: no constant alpha, blend mode, soft mask or transfer. */
                private void opaque() {
                    if (imagesOnly) {
                        org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState state = getGraphicsState();
                        state.setAlphaConstant(1);
                        state.setNonStrokeAlphaConstant(1);
                        state.setSoftMask(null);
                        state.setBlendMode(org.apache.pdfbox.pdmodel.graphics.blend.BlendMode.NORMAL);
                        state.setTransfer(null); // a transfer function can map every sample to white
                    }
                }

                @Override
                public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
                    super.beginMarkedContentSequence(tag, everyLayer ? null : properties);
                }

                @Override
                public void increaseLevel() {
                    super.increaseLevel();
                    FormNesting.checkDepth(getLevel());
                }

                @Override
                public void drawImage(PDImage image) throws IOException {
                    int[] size = ImagesAlone.drawnSize(image);
                    if (imagesOnly && !PagePictures.mayHoldWords(size[0], size[1]) && stretched(size)) {
                        return; // too small to hold a word, drawn large: a patch stretched over one, as a box is
                    }
                    // where it lies in the page's user space: the same through forms, transparency groups (drawn on
                    // graphics of their own, turned and placed otherwise) and annotations
                    java.awt.geom.Rectangle2D at = imagesOnly ? getGraphicsState().getCurrentTransformationMatrix()
                            .createAffineTransform().createTransformedShape(UNIT).getBounds2D() : null;
                    boolean over = imagesOnly && !image.isStencil() && drawnImages.covers(at);
                    if (over && underCovers && !(image instanceof PDImageXObject x && ImagesAlone.masked(x, true))) {
                        return; // a cover, left out before it is decoded
                    }
                    opaque();
                    drawWithin(image, limits, () -> {
                        if (!(image instanceof PDImageXObject x)) {
                            if (!imagesOnly) {
                                super.drawImage(image);
                            } else if (!patch(image)) {
                                super.drawImage(image);
                                drawn(at, over);
                            }
                            return;
                        }
                        shown(everyLayer, x.getCOSObject(), () -> {
                            if (!imagesOnly) {
                                super.drawImage(x);
                                return;
                            }
                            ImagesAlone.Seen seen = x.isStencil() ? null : ImagesAlone.seen(x);
                            if (seen != null && (ImagesAlone.masked(x, false) && seen.hiddenVaries()
                                    || ImagesAlone.masked(x, true) && seen.hiddenReadsAsAPage())) {
                                // what its soft mask or colour key hides, under the image as they draw it; what a
                                // stencil /Mask hides only when it reads as a page (an MRC scan's colour layer is a
                                // dark sheet without its text's shape). Drawn bare over images before it, it hides them
                                // as a cover does, and is left out with the covers.
                                if (!(over && underCovers)) {
                                    super.drawImage(new ImagesAlone.Opaque(x));
                                }
                                covered |= over;
                            }
                            // with a mask of its own, a cover when it shows most of itself (a PNG box with an alpha it
                            // does not use), or when what it shows is a solid block lying on images before it (a PNG box
                            // with clear margins); not one mostly clear (a signature, a form's filled-in layer, an MRC
                            // scan's text layer: left out, whatever lies under a cover over them would go with them)
                            boolean cover = over && (seen == null || !ImagesAlone.masked(x, true)
                                    || seen.shownShare() >= ImagesAlone.MOSTLY_SHOWN
                                    || seen.shownBlockShare() >= ImagesAlone.A_BLOCK && drawnImages.covers(
                                            getGraphicsState().getCurrentTransformationMatrix().createAffineTransform()
                                                    .createTransformedShape(seen.shownBlock()).getBounds2D()));
                            if (cover && underCovers) {
                                return;
                            }
                            if (seen != null ? !ImagesAlone.patch(x, seen) : !patch(x)) {
                                super.drawImage(x);
                                drawn(at, cover);
                            }
                        });
                    });
                }

                /** Notes an image drawn in {@link Drawn#IMAGES}: that the page has a cover, or where it lies. */
                private void drawn(java.awt.geom.Rectangle2D at, boolean cover) {
                    if (cover) {
                        covered = true;
                    } else {
                        drawnImages.add(at);
                    }
                }

                /** @return the transform from the current user space to the rendering's pixels */
                private java.awt.geom.AffineTransform device() {
                    java.awt.geom.AffineTransform device = new java.awt.geom.AffineTransform(getGraphics().getTransform());
                    device.concatenate(getGraphicsState().getCurrentTransformationMatrix().createAffineTransform());
                    return device;
                }

                /**
                 * In {@link Drawn#IMAGES}, whether a stencil or an inline image is a patch pasted over a value, as a box is,
                 * not content: of one colour, or a stencil painted in a light colour (it can only hide what is under it).
                 */
                private boolean patch(PDImage image) throws IOException {
                    if (image.isStencil()) {
                        try {
                            if (!ImagesAlone.ink(getGraphicsState().getNonStrokingColor().toRGB())) {
                                return true;
                            }
                        } catch (IOException | RuntimeException e) {
                            // a pattern or a colour that cannot be told: drawn
                        }
                    }
                    return ImagesAlone.oneColour(image);
                }

                /** @return whether an image of these pixels is drawn at more than 3 device pixels for each, across or down */
                private boolean stretched(int[] size) {
                    java.awt.geom.AffineTransform device = device();
                    double across = Math.hypot(device.getScaleX(), device.getShearY());
                    double down = Math.hypot(device.getShearX(), device.getScaleY());
                    return across > 3.0 * Math.max(1, size[0]) || down > 3.0 * Math.max(1, size[1]);
                }
            };
        }
    }

    /** The square an image is drawn in, in its own space. */
    private static final java.awt.geom.Rectangle2D UNIT = new java.awt.geom.Rectangle2D.Double(0, 0, 1, 1);

    /**
     * Draws one image of a page read by OCR, failing the page when the image cannot be drawn. PDFBox logs an image it
     * cannot decode (damaged, or a JBIG2 or JPEG 2000 one without its codec) and draws nothing in its place: OCR would
     * read a blank where the scan shows its values, and the page would come back with them.
     *
     * @throws PageText.Refused when the image is larger than the memory budget allows decoding, or cannot be decoded
     * @throws PageText.DeadlineExpired when the time budget is spent
     */
    static void drawWithin(PDImage image, DocumentLimits limits, FormNesting.Drawing drawing) throws IOException {
        if (limits.expired()) {
            throw new PageText.DeadlineExpired();
        }
        if (decodedPixels(image) * DECODED_BYTES_PER_PIXEL > limits.maxMemoryBytes()) {
            throw new PageText.Refused("an image on it is larger than the memory budget allows decoding"
                    + " (BLACKBAR_MAX_MEMORY_BYTES).");
        }
        try {
            drawing.run();
        } catch (IOException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Codecs.TooLarge tooLarge) {
                    throw new PageText.Refused("an image on it declares more than is decoded: " + tooLarge.getMessage());
                }
            }
            throw new PageText.Refused(UNDECODABLE);
        } catch (OutOfMemoryError e) {
            throw new PageText.Refused(UNDECODABLE);
        }
    }

    /** Annotation flags that keep an annotation off the screen (PDF 32000-1, 12.5.3). */
    private static final int INVISIBLE = 1;
    private static final int HIDDEN = 2;
    private static final int NO_VIEW = 32;

    private static final String UNDECODABLE = "an image on it could not be decoded (damaged, larger than it says, or in"
            + " a form this server cannot read), so what it shows cannot be checked.";

    /**
     * @return the pixels drawing the image decodes: its own, its masks', and the larger of them again (PDFBox scales
     *     image and mask to the larger and composes them in a new image)
     */
    static long decodedPixels(PDImage image) throws IOException {
        long own = (long) image.getWidth() * image.getHeight();
        long most = own;
        long all = own;
        if (image instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject x) {
            for (PDImage mask : new PDImage[] {x.getMask(), x.getSoftMask()}) {
                if (mask != null) {
                    long pixels = (long) mask.getWidth() * mask.getHeight();
                    all += pixels;
                    most = Math.max(most, pixels);
                }
            }
        }
        return most == own && all == own ? own : all + most;
    }

    /** Heap bytes a pixel of an image takes once decoded to be drawn. */
    private static final long DECODED_BYTES_PER_PIXEL = 4;

    /**
     * OCRs one page and appends its words to the text.
     *
     * @return the page's words with their offsets
     */
    static Page read(PDDocument doc, int index, OcrService ocr, DocumentLimits limits, StringBuilder text)
            throws EngineException, IOException {
        float dpi = dpiFor(doc.getPage(index));
        checkSize(doc.getPage(index), dpi);
        List<OcrWord> words;
        List<List<OcrWord>> more = new ArrayList<>(); // lines other readings add, each reading's apart
        try {
            BufferedImage viewed = render(doc, index, dpi, limits);
            words = ocr.recognize(viewed, limits);
            List<OcrWord> known = new ArrayList<>(words);
            if (doc.getDocumentCatalog().getOCProperties() != null) {
                // what layers that are off hide; read apart, since such a layer may also cover what the viewer shows
                limits.checkDeadline();
                BufferedImage every = renderEveryLayer(doc, index, dpi, limits);
                if (!samePixels(viewed, every)) {
                    addNewLines(ocr.recognize(every, limits), known, more);
                }
            }
            // what its images hold that the viewer does not show: under a box, outside the crop box, cut by a clip
            limits.checkDeadline();
            ImagesAlone.Revealed images = ImagesAlone.render(doc, index, dpi, limits);
            if (ImagesAlone.hidesSomething(viewed, images)) {
                addNewLines(ImagesAlone.inViewer(ocr.recognize(images.image(), limits), images.toViewer()), known, more);
            }
            if (images.covered()) {
                // and what an image pasted over others hides of them: drawn, it hid that in the rendering above too.
                // Read when it shows ink that rendering does not (not the viewer's: what that one read is read)
                limits.checkDeadline();
                ImagesAlone.Revealed under = ImagesAlone.render(doc, index, dpi, limits, true);
                if (ImagesAlone.differsWithInk(images.image(), under.image())) {
                    addNewLines(ImagesAlone.inViewer(ocr.recognize(under.image(), limits), under.toViewer()), known, more);
                }
            }
        } catch (PageText.Refused e) {
            throw new PageText.Refused("Page " + (index + 1) + " has no usable text and needs OCR: " + e.getMessage());
        }
        List<OcrWord> all = new ArrayList<>(words);
        int[] allStarts = append(words, text);
        for (List<OcrWord> lines : more) {
            if (lines.isEmpty()) {
                continue;
            }
            int[] starts = append(lines, text);
            all.addAll(lines);
            int from = allStarts.length;
            allStarts = java.util.Arrays.copyOf(allStarts, from + starts.length);
            System.arraycopy(starts, 0, allStarts, from, starts.length);
        }
        return new Page(index, dpi, List.copyOf(all), allStarts);
    }

    /**
     * Adds the lines of a reading that no reading before gave ({@link #newLines}), in the viewer's pixels, as a reading
     * of their own, and notes them as read.
     */
    private static void addNewLines(List<OcrWord> read, List<OcrWord> known, List<List<OcrWord>> more) {
        List<OcrWord> lines = newLines(read, known);
        more.add(lines);
        known.addAll(lines);
    }

    /** @return whether two renderings of a page are the same (a page whose layers draw nothing on it) */
    static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        int[] rowA = new int[a.getWidth()];
        int[] rowB = new int[b.getWidth()];
        for (int y = 0; y < a.getHeight(); y++) {
            a.getRGB(0, y, rowA.length, 1, rowA, 0, rowA.length);
            b.getRGB(0, y, rowB.length, 1, rowB, 0, rowB.length);
            if (!java.util.Arrays.equals(rowA, rowB)) {
                return false;
            }
        }
        return true;
    }

    /** Words of two readings within this many pixels, of the same text, are one word. */
    private static final int SAME_WORD_PIXELS = 4;

    /**
     * @return the lines of the every-layer reading that hold a word the viewer's reading did not give, whole: a value
     *     seen only there keeps the words beside it ("Account no."), which recognizers read it by
     */
    static List<OcrWord> newLines(List<OcrWord> every, List<OcrWord> viewed) {
        List<OcrWord> out = new ArrayList<>();
        for (List<OcrWord> line : lines(every)) {
            boolean fresh = line.stream().anyMatch(w -> viewed.stream().noneMatch(v -> v.text().equals(w.text())
                    && Math.abs(v.x() - w.x()) <= SAME_WORD_PIXELS && Math.abs(v.y() - w.y()) <= SAME_WORD_PIXELS));
            if (fresh) {
                out.addAll(line);
            }
        }
        return out;
    }

    /** @return the words in lines: a line ends where a word starts below the bottom of the one before */
    static List<List<OcrWord>> lines(List<OcrWord> words) {
        List<List<OcrWord>> lines = new ArrayList<>();
        int lastBottom = -1;
        for (OcrWord w : words) {
            if (lines.isEmpty() || w.y() > lastBottom) {
                lines.add(new ArrayList<>());
            }
            lines.get(lines.size() - 1).add(w);
            lastBottom = w.y() + w.height();
        }
        return lines;
    }

    /**
     * Appends OCR words to the text: a space between the words of a line, a line break between lines
     * ({@link #lines}), an empty line after the last.
     *
     * @return each word's offset in the text
     */
    static int[] append(List<OcrWord> words, StringBuilder text) {
        int[] starts = new int[words.size()];
        int i = 0;
        for (List<OcrWord> line : lines(words)) {
            for (int j = 0; j < line.size(); j++) {
                if (i > 0) {
                    text.append(j == 0 ? '\n' : ' ');
                }
                starts[i++] = text.length();
                text.append(line.get(j).text());
            }
        }
        text.append("\n\n");
        return starts;
    }

    /** @return the pixels a word's box is widened by on each side when it is painted or burned: a sixth of its height */
    static int pad(OcrWord w) {
        return Math.max(2, w.height() / 6);
    }

    /** @return the indices of the words a span of the plan touches, given each word's offset */
    static List<Integer> hit(List<OcrWord> words, int[] starts, List<Replacement> plan) {
        List<Integer> hit = new ArrayList<>();
        for (int w = 0; w < starts.length; w++) {
            int start = starts[w];
            int end = start + words.get(w).text().length();
            for (Replacement r : plan) {
                if (r.start() < end && r.end() > start) {
                    hit.add(w);
                    break;
                }
            }
        }
        return hit;
    }

    /** Values shorter than this are not looked for again (a 3-digit code reads in too many words); as the check. */
    static final int MIN_VALUE_LENGTH = 4;

    /** Times a burned page is read again for values its first reading missed. */
    static final int REREADS = 3;

    /**
     * Replaces a page by its rendering with the given words painted over. The painted rendering is read again by OCR,
     * as the check after redaction and any reader of the output will read it, and words that now read as a removed
     * value are painted too, until a reading finds none (at most {@link #REREADS} times). Boxes change how OCR splits
     * a page: a court filing's "Brooklyn" read as something else on the scan read as "Brooklyn" beside the boxes, and
     * the check failed the request.
     *
     * @param words indices into the page's words
     * @param values the values removed from the document, each looked for as whole words
     * @param ocr the OCR service that read the page
     * @return words painted over
     */
    static int burn(PDDocument doc, Page page, List<Integer> words, Set<String> values, OcrService ocr,
            DocumentLimits limits) throws IOException, EngineException {
        BufferedImage image = render(doc, page.index(), page.dpi(), limits);
        int painted = paint(image, page.words(), words);
        for (int round = 0; round < REREADS; round++) {
            limits.checkDeadline();
            List<OcrWord> again = ocr.recognize(image, limits);
            List<Integer> more = valuesIn(again, values);
            if (more.isEmpty()) {
                break;
            }
            painted += paint(image, again, more);
        }
        PDPage p = doc.getPage(page.index());
        float width = image.getWidth() * 72f / page.dpi();
        float height = image.getHeight() * 72f / page.dpi();
        PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
        p.setResources(new PDResources());
        p.setMediaBox(new PDRectangle(width, height));
        p.setCropBox(null);
        p.setRotation(0);
        p.setAnnotations(new ArrayList<>());
        try (PDPageContentStream cs = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.OVERWRITE, true)) {
            cs.drawImage(xobject, 0, 0, width, height);
        }
        return painted;
    }

    /** Paints black over the given words, each padded by a sixth of its height. */
    private static int paint(BufferedImage image, List<OcrWord> all, List<Integer> words) {
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.BLACK);
            for (int i : words) {
                OcrWord w = all.get(i);
                int pad = pad(w);
                g.fillRect(w.x() - pad, w.y() - pad, w.width() + 2 * pad, w.height() + 2 * pad);
            }
        } finally {
            g.dispose();
        }
        return words.size();
    }

    /** @return the indices of the words that read, alone or with their neighbours, as one of the values */
    static List<Integer> valuesIn(List<OcrWord> words, Set<String> values) {
        StringBuilder text = new StringBuilder();
        int[] starts = append(words, text);
        List<Replacement> spans = new ArrayList<>();
        for (String v : values) {
            for (int i = text.indexOf(v); i >= 0; i = text.indexOf(v, i + 1)) {
                int end = i + v.length();
                boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))
                        || !Character.isLetterOrDigit(v.charAt(0));
                boolean right = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                        || !Character.isLetterOrDigit(v.charAt(v.length() - 1));
                if (left && right) {
                    spans.add(new Replacement(i, end, "", ""));
                }
            }
        }
        return spans.isEmpty() ? List.of() : hit(words, starts, spans);
    }
}
