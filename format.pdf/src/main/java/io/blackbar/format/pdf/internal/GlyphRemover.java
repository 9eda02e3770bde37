package io.blackbar.format.pdf.internal;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import io.blackbar.engine.api.spi.DocumentLimits;

/**
 * Replays a page's content (and the form XObjects it draws) and writes it back without the glyphs
 * whose centre lies inside a redaction box. A removed glyph becomes a {@code TJ} adjustment of its
 * own advance, so the text around it keeps its place and stays selectable. A form XObject that
 * loses glyphs is cloned for this use only: another page drawing the same form keeps the original.
 */
final class GlyphRemover extends PDFGraphicsStreamEngine {

    private static final Operator TJ = Operator.getOperator("TJ");

    private final PDDocument doc;
    private final List<Box> boxes;
    private final Set<COSStream> replacedForms;
    private final Deque<List<Object>> sinks = new ArrayDeque<>();
    private final Deque<boolean[]> changed = new ArrayDeque<>();
    /** The glyphs shown by the current text operator, or null outside one. */
    private Hits shown;
    private PDFormXObject rewrittenForm;
    /** Whether the last {@code BDC} lost a replacement text. */
    private boolean strippedMarkedText;
    /** Whether the last form a {@code Do} named is inside itself, and was not drawn again. */
    private boolean formLooped;
    /** The burned copy of the image the last {@code Do} or inline image drew, when a box covers it; else null. */
    private org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject burned;
    private int burnedImages;
    private final FormNesting forms;
    private final DocumentLimits limits;
    private int removed;
    /** Depth of operators run by other operators of the same stream. */
    private int nested;

    /**
     * The glyphs shown by one text operator and whether each goes, in arrays reused from operator
     * to operator (no object per glyph).
     */
    private static final class Hits {
        float[] advance = new float[256];
        boolean[] remove = new boolean[256];
        float[] charSpacing = new float[256];
        float[] wordSpacing = new float[256];
        float[] fontSize = new float[256];
        int count;
        boolean any;

        void clear() {
            count = 0;
            any = false;
        }

        void add(float adv, boolean gone, float cs, float ws, float size) {
            if (count == advance.length) {
                int n = count * 2;
                advance = Arrays.copyOf(advance, n);
                remove = Arrays.copyOf(remove, n);
                charSpacing = Arrays.copyOf(charSpacing, n);
                wordSpacing = Arrays.copyOf(wordSpacing, n);
                fontSize = Arrays.copyOf(fontSize, n);
            }
            advance[count] = adv;
            remove[count] = gone;
            charSpacing[count] = cs;
            wordSpacing[count] = ws;
            fontSize[count] = size;
            count++;
            any |= gone;
        }
    }

    private final Hits hits = new Hits();
    private final FastText fast = new FastText();
    private final FastText.Sink sink = (a, b, c, d, e, f, font, code, advance) -> recordGlyph(a, b, c, d, e, f, advance);

    private GlyphRemover(PDDocument doc, PDPage page, List<Box> boxes, Set<COSStream> replacedForms,
            DocumentLimits limits) {
        super(page);
        this.forms = new FormNesting(limits);
        this.limits = limits;
        this.doc = doc;
        this.boxes = boxes;
        this.replacedForms = replacedForms;
    }

    /**
     * Removes the covered glyphs of one page.
     *
     * @param doc the document
     * @param page the page
     * @param boxes the boxes on this page
     * @param replacedForms collects the forms replaced by a clone somewhere
     * @param limits the time budget, checked at every form drawn
     * @param removed receives the glyphs removed ({@code glyphs}) and the images burned ({@code burnedImages})
     * @throws IOException when the content cannot be read, a text operator's glyphs could not be
     *     matched to its bytes, or an image under a box could not be burned (the caller fails the
     *     request rather than leave a value behind)
     */
    static void removeGlyphs(PDDocument doc, PDPage page, List<Box> boxes, Set<COSStream> replacedForms,
            DocumentLimits limits, Map<String, Integer> removed) throws IOException {
        if (!page.hasContents()) {
            return;
        }
        GlyphRemover r = new GlyphRemover(doc, page, boxes, replacedForms, limits);
        r.sinks.push(new ArrayList<>());
        r.changed.push(new boolean[1]);
        r.processPage(page);
        if (r.changed.peek()[0]) {
            PDStream stream = new PDStream(doc);
            r.write(stream.getCOSObject(), r.sinks.peek());
            page.setContents(stream);
        }
        removed.merge("glyphs", r.removed, Integer::sum);
        if (r.burnedImages > 0) {
            removed.merge("burnedImages", r.burnedImages, Integer::sum);
        }
    }

    /** The text matrix the last text object ended with (text shown outside one is drawn from there, as PageText reads it). */
    private Matrix afterText;

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        afterText = PageText.textOutsideAnObject(this, operator, afterText);
        if (nested > 0) {
            // an operator another one runs (' runs T* and Tj): already written by the outer one
            super.processOperator(operator, operands);
            return;
        }
        nested++;
        try {
            record(operator, operands);
        } finally {
            nested--;
        }
    }

    private void record(Operator operator, List<COSBase> operands) throws IOException {
        List<Object> sink = sinks.peek();
        String name = operator.getName();
        switch (name) {
            case "Tj", "TJ", "'", "\"" -> showText(operator, operands, sink);
            case "Do" -> drawObject(operator, operands, sink);
            case "BI" -> {
                burned = null;
                super.processOperator(operator, operands);
                if (burned != null) { // the inline image becomes the burned one, drawn by name
                    drawBurned(sink);
                } else {
                    sink.addAll(operands);
                    sink.add(operator);
                }
            }
            case "BDC" -> {
                // the replacement texts go, inline or named (beginMarkedContentSequence): an inline
                // dictionary is the operand written back, so the stream changed
                super.processOperator(operator, operands);
                sink.addAll(operands);
                sink.add(operator);
                if (operands.size() > 1 && operands.get(1) instanceof COSDictionary && strippedMarkedText) {
                    changed.peek()[0] = true;
                }
                strippedMarkedText = false;
            }
            default -> {
                super.processOperator(operator, operands);
                sink.addAll(operands);
                sink.add(operator);
            }
        }
    }

    private void showText(Operator operator, List<COSBase> operands, List<Object> sink) throws IOException {
        hits.clear();
        shown = hits;
        try {
            super.processOperator(operator, operands);
        } finally {
            shown = null;
        }
        if (!hits.any || operands.isEmpty()) {
            sink.addAll(operands);
            sink.add(operator);
            return;
        }
        PDFont font = getGraphicsState().getTextState().getFont();
        COSBase last = operands.get(operands.size() - 1);
        COSArray source;
        if (last instanceof COSArray a) {
            source = a;
        } else {
            source = new COSArray();
            source.add(last);
        }
        COSArray out = rebuild(source, font, hits);
        String name = operator.getName();
        if ("\"".equals(name) && operands.size() == 3) {
            sink.add(operands.get(0));
            sink.add(Operator.getOperator("Tw"));
            sink.add(operands.get(1));
            sink.add(Operator.getOperator("Tc"));
        }
        if (!"Tj".equals(name) && !"TJ".equals(name)) {
            sink.add(Operator.getOperator("T*"));
        }
        sink.add(out);
        sink.add(TJ);
        changed.peek()[0] = true;
    }

    /** The operator's strings with each removed glyph turned into a spacing of its advance. */
    private COSArray rebuild(COSArray source, PDFont font, Hits hits) throws IOException {
        COSArray out = new COSArray();
        int next = 0;
        for (COSBase element : source) {
            if (element instanceof COSNumber) {
                out.add(element);
                continue;
            }
            if (!(element instanceof COSString s)) {
                continue;
            }
            byte[] bytes = s.getBytes();
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            ByteArrayOutputStream keep = new ByteArrayOutputStream();
            int offset = 0;
            while (in.available() > 0) {
                int before = in.available();
                int code = font.readCode(in);
                int length = before - in.available();
                if (next >= hits.count) {
                    throw new Unmatched();
                }
                int h = next++;
                if (hits.remove[h]) {
                    flush(keep, out);
                    boolean space = length == 1 && code == 32;
                    float extra = hits.charSpacing[h] + (space ? hits.wordSpacing[h] : 0);
                    float size = hits.fontSize[h];
                    float adjust = hits.advance[h] * 1000 + (size == 0 ? 0 : extra * 1000 / size);
                    // one offset for a run of removed glyphs (and the kerning beside them), not one per glyph: each
                    // glyph's own width told the value's length and where its spaces and marks were
                    if (out.size() > 0 && out.get(out.size() - 1) instanceof COSNumber previous) {
                        out.set(out.size() - 1, new COSFloat(previous.floatValue() - adjust));
                    } else {
                        out.add(new COSFloat(-adjust));
                    }
                    removed++;
                } else {
                    keep.write(bytes, offset, length);
                }
                offset += length;
            }
            flush(keep, out);
        }
        if (next != hits.count) {
            throw new Unmatched();
        }
        return out;
    }

    private static void flush(ByteArrayOutputStream keep, COSArray out) {
        if (keep.size() > 0) {
            out.add(new COSString(keep.toByteArray()));
            keep.reset();
        }
    }

    private void drawObject(Operator operator, List<COSBase> operands, List<Object> sink) throws IOException {
        rewrittenForm = null;
        formLooped = false;
        burned = null;
        super.processOperator(operator, operands);
        PDFormXObject clone = rewrittenForm;
        boolean looped = formLooped;
        rewrittenForm = null;
        formLooped = false;
        if (burned != null && operands.size() == 1 && operands.get(0) instanceof COSName) {
            drawBurned(sink);
            return;
        }
        burned = null;
        if (looped) {
            // a form drawn inside itself: the reader read it once and did not draw it again, so the
            // output does not either (kept, it would draw the unredacted original)
            changed.peek()[0] = true;
            return;
        }
        if (clone != null && operands.size() == 1 && operands.get(0) instanceof COSName) {
            sink.add(getResources().add(clone, "Bbx"));
            sink.add(operator);
            changed.peek()[0] = true;
        } else {
            sink.addAll(operands);
            sink.add(operator);
        }
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        strippedMarkedText = MarkedContent.removeReplacementTexts(properties);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        formLooped = !forms.draw(form, () -> replay(form, () -> super.showForm(form)));
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        formLooped = !forms.draw(form, () -> replay(form, () -> super.showTransparencyGroup(form)));
    }

    /**
     * PDFBox forgives any error under {@code Do} and goes on; a text operator of a form whose glyphs
     * could not be matched to its bytes would then leave the form as it was, value and all. That one
     * fails the request; the rest (a damaged stream PDFBox also forgave when the text was read) is
     * PDFBox's call.
     */
    @Override
    protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
        if (e instanceof Unmatched || e instanceof Unburnable) {
            throw e;
        }
        if ("BI".equals(operator.getName()) && !boxes.isEmpty()) {
            // an inline image PDFBox could not decode cannot be told clear of the boxes: not kept unburned
            throw new Unburnable("it could not be decoded", e);
        }
        super.operatorException(operator, operands, e);
    }

    /**
     * An image under a redaction box that could not be burned: the request fails rather than keep its pixels. Its
     * message says why, in words a client may read.
     */
    static final class Unburnable extends IOException {
        private static final long serialVersionUID = 1L;

        Unburnable(String why, Exception cause) {
            super(why, cause);
        }
    }

    /** A text operator whose glyphs could not be matched to its bytes. */
    private static final class Unmatched extends IOException {
        private static final long serialVersionUID = 1L;

        Unmatched() {
            super("glyphs and text bytes do not match");
        }
    }

    @Override
    public void increaseLevel() {
        super.increaseLevel();
        FormNesting.checkDepth(getLevel());
    }

    /** Replays a form into its own token list; a changed form becomes a clone for this use. */
    private void replay(PDFormXObject form, FormNesting.Drawing body) throws IOException {
        sinks.push(new ArrayList<>());
        changed.push(new boolean[1]);
        int outer = nested;
        nested = 0;
        List<Object> tokens;
        boolean formChanged;
        try {
            body.run();
        } finally {
            nested = outer;
            tokens = sinks.pop();
            formChanged = changed.pop()[0];
        }
        if (formChanged) {
            COSStream original = form.getCOSObject();
            COSStream copy = doc.getDocument().createCOSStream();
            for (Map.Entry<COSName, COSBase> e : original.entrySet()) {
                COSName key = e.getKey();
                if (!COSName.LENGTH.equals(key) && !COSName.FILTER.equals(key) && !COSName.DECODE_PARMS.equals(key)) {
                    copy.setItem(key, e.getValue());
                }
            }
            write(copy, tokens);
            rewrittenForm = new PDFormXObject(copy);
            replacedForms.add(original);
        }
    }

    private void write(COSStream stream, List<Object> tokens) throws IOException {
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(tokens);
        }
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        if (!fast.show(this, string, sink)) {
            super.showText(string); // vertical and Type 3 fonts: PDFBox's own loop, through showGlyph
        }
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        recordGlyph(textRenderingMatrix, font, displacement);
    }

    @Override
    protected void showType3Glyph(Matrix textRenderingMatrix, PDType3Font font, int code, Vector displacement)
            throws IOException {
        recordGlyph(textRenderingMatrix, font, displacement);
    }

    private void recordGlyph(Matrix trm, PDFont font, Vector displacement) {
        float advance = font.isVertical() ? displacement.getY() : displacement.getX();
        recordGlyph(trm.getScaleX(), trm.getShearY(), trm.getShearX(), trm.getScaleY(), trm.getTranslateX(),
                trm.getTranslateY(), advance);
    }

    /** Notes whether a glyph (its matrix a b c d e f and advance) goes. */
    private void recordGlyph(float a, float b, float c, float d, float e, float f, float advance) {
        if (shown == null) {
            return;
        }
        // the middle of the glyph's cell (Glyph.center), from the matrix without objects
        double x = advance / 2.0;
        double y = (Glyph.DESCENT + Glyph.ASCENT) / 2;
        double cx = a * x + c * y + e;
        double cy = b * x + d * y + f;
        boolean remove = false;
        for (Box box : boxes) {
            if (box.covers(cx, cy)) {
                remove = true;
                break;
            }
        }
        PDTextState ts = getGraphicsState().getTextState();
        shown.add(advance, remove, ts.getCharacterSpacing(), ts.getWordSpacing(), ts.getFontSize());
    }

    // geometry the text removal does not need

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        // paths are copied as they are
    }

    /** Draws the burned image by a name of its own where the image drawn stood (the stream changed). */
    private void drawBurned(List<Object> sink) {
        sink.add(getResources().add(burned, "Bbi"));
        sink.add(Operator.getOperator("Do"));
        burned = null;
        changed.peek()[0] = true;
    }

    /** Images no box covers are copied as they are; one a box covers is drawn burned ({@link BurnedImages}). */
    @Override
    public void drawImage(PDImage pdImage) throws IOException {
        if (boxes.isEmpty()) {
            return;
        }
        try {
            burned = BurnedImages.burn(doc, pdImage, getGraphicsState().getCurrentTransformationMatrix(), boxes,
                    limits.maxMemoryBytes());
        } catch (BurnedImages.Refused e) {
            throw new Unburnable(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new Unburnable("it could not be decoded", e);
        }
        if (burned != null) {
            burnedImages++;
            if (pdImage instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject x) {
                replacedForms.add(x.getCOSObject()); // dropped where nothing draws it any more, as a replaced form
            }
        }
    }

    @Override
    public void clip(int windingRule) {
        // no clipping needed to find glyphs
    }

    @Override
    public void moveTo(float x, float y) {
        // paths are copied as they are
    }

    @Override
    public void lineTo(float x, float y) {
        // paths are copied as they are
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // paths are copied as they are
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
        // paths are copied as they are
    }

    @Override
    public void endPath() {
        // paths are copied as they are
    }

    @Override
    public void strokePath() {
        // paths are copied as they are
    }

    @Override
    public void fillPath(int windingRule) {
        // paths are copied as they are
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        // paths are copied as they are
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are copied as they are
    }
}
