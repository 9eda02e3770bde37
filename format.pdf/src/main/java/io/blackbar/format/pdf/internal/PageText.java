package io.blackbar.format.pdf.internal;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import io.blackbar.engine.api.spi.DocumentLimits;

/**
 * Extracts the text of every page in content order and remembers, for each character, the glyph
 * that drew it (its untranslated text rendering matrix, the same space {@link GlyphRemover}
 * replays in). Characters the extractor adds (spaces between words, line breaks) have no glyph.
 *
 * <p>Only what redaction needs is kept: per glyph six floats of its matrix, its advance and its
 * page, in growing arrays (no object per glyph); no sorting and no layout analysis. Lines and
 * words are found from the geometry of consecutive glyphs: a glyph off the previous one's
 * baseline (or turned) starts a line, a gap wider than a fraction of the font's space (or a jump
 * back) separates words. The Unicode of a glyph is what PDFBox's own extractor gives (its glyph
 * list with the additional names; a simple font's code as a character when nothing maps it).
 */
final class PageText extends PDFStreamEngine {

    /** Glyphs between deadline checks. */
    private static final int CHECK_EVERY = 4096;
    /** A gap wider than this share of the font's space width separates words. */
    private static final double SPACE_SHARE = 0.5;
    /** ... or wider than this share of the line's average glyph advance (whichever is smaller). */
    private static final double AVERAGE_SHARE = 0.3;
    /** ... but never a gap below this (in em), so kerning never splits a word. */
    private static final double MIN_WORD_GAP = 0.1;
    /** A glyph whose baseline lies further than this (in em) from the previous one starts a line. */
    private static final double LINE_TOLERANCE = 0.5;

    private static final GlyphList GLYPH_LIST = glyphList();

    /** Operators that show text, or draw an XObject that may. */
    private static final Set<String> TEXT_OR_XOBJECT = Set.of("Tj", "TJ", "'", "\"", "Do");

    /** Why a document with more text than the limit is refused. */
    static final String TOO_MUCH_TEXT = "The PDF holds more text than the limit.";

    private final DocumentLimits limits;
    private final FormNesting forms;
    private final FastText fast = new FastText();
    private final FastText.Sink sink = (a, b, c, d, e, f, font, code, advance) -> glyph(a, b, c, d, e, f, font, code,
            advance, 0);
    private final StringBuilder text = new StringBuilder(4096);
    /** Glyph index per character of the text, -1 where none. */
    private int[] anchors = new int[4096];
    /** Per glyph: a b c d e f of its text rendering matrix. */
    private float[] matrices = new float[6 * 1024];
    private float[] advances = new float[1024];
    private int[] pages = new int[1024];
    private int count;
    private final List<Integer> pageStarts = new ArrayList<>();
    private final List<int[]> pageGlyphCounts = new ArrayList<>();
    /** The annotations whose appearance drew glyphs, and the range of glyph indices each drew (ascending). */
    private final List<COSDictionary> annotations = new ArrayList<>();
    private final List<int[]> annotationGlyphs = new ArrayList<>();
    private final List<COSDictionary> unreadAppearances = new ArrayList<>();
    /** Pages (0-based) with marked content that carries a replacement text. */
    private final Set<Integer> replacementTextPages = new TreeSet<>();
    private int page = -1;
    private int[] pageCounts;
    /** The first glyph of each page. */
    private final List<Integer> pageFirstGlyphs = new ArrayList<>();
    /** The images the pages' own content draws (not their annotations'), for {@link PagePictures}. */
    private final List<Placed> placed = new ArrayList<>();
    /** The pages' own invisible glyphs (render mode 3 or 7: a searchable scan's text layer). */
    private final java.util.BitSet invisible = new java.util.BitSet();
    private boolean invisibleNow;
    /** Where each page's own content's glyphs end (its annotations' follow). */
    private final List<Integer> pageContentEnds = new ArrayList<>();
    /**
     * Images not read: those the pages' content names but PDFBox could not load, and those annotations draw (their
     * appearances are not burned: see README).
     */
    private int unreadImages;
    private boolean inPageContent;
    /** Most images the pages' content may draw: each is remembered, and may be read by OCR. */
    static final int MAX_PLACED_IMAGES = 100_000;
    /** Bytes the inline images read so far take, decoded. */
    private long inlineBytes;
    private long sinceCheck;

    /** The previous glyph of the page: where it ends, its direction and em size; none at a page start. */
    private boolean hasPrevious;
    private double endX;
    private double endY;
    private double dirX;
    private double dirY;
    private double em;
    /** Where the previous glyph starts. */
    private double previousX;
    private double previousY;
    /** Sum and number of advances (in em) on the current line. */
    private double lineAdvance;
    private int lineGlyphs;

    /**
     * A spacing accent just written (its offset, with the separator before it, and its length),
     * which the next glyph may turn into that glyph's combining mark: -1 when there is none.
     */
    private int accentAt = -1;
    private int accentLength;
    private char accentMark;
    private double accentX;
    private double accentY;
    private double accentEm;
    /** The pen before the pending accent. */
    private final double[] saved = new double[10];

    /** The font whose space width is cached, and that width in em. */
    private PDFont spaceFont;
    private double spaceEm;

    /**
     * Text shown outside {@code BT}/{@code ET}: PDFBox skips it (no text matrix), other viewers (poppler, and so
     * pdftotext) draw it where the last text object left off, so a value hidden so went through unread and was shown in
     * the output. Read as they draw it; {@link GlyphRemover} does the same, so that what is read here is found there.
     *
     * @param last the text matrix the last text object ended with, or null
     * @return the text matrix to remember next
     */
    static Matrix textOutsideAnObject(org.apache.pdfbox.contentstream.PDFStreamEngine engine, Operator operator, Matrix last) {
        String name = operator.getName();
        if ("ET".equals(name) && engine.getTextMatrix() != null) {
            return engine.getTextMatrix().clone();
        }
        if (engine.getTextMatrix() == null && ("Tj".equals(name) || "TJ".equals(name) || "'".equals(name) || "\"".equals(name))) {
            Matrix m = last == null ? new Matrix() : last.clone();
            engine.setTextMatrix(m);
            engine.setTextLineMatrix(m.clone());
        }
        return last;
    }

    /** The text matrix the last text object ended with ({@link #textOutsideAnObject}). */
    private Matrix afterText;

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        afterText = textOutsideAnObject(this, operator, afterText);
        super.processOperator(operator, operands);
    }

    private PageText(DocumentLimits limits) {
        this.limits = limits;
        this.forms = new FormNesting(limits);
        Arrays.fill(anchors, -1);
        addOperator(new BeginText(this));
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this) {
            @Override
            public void process(Operator operator, List<COSBase> arguments) throws IOException {
                if (!arguments.isEmpty() && arguments.get(0) instanceof COSName name && getResources() != null
                        && getResources().isImageXObject(name)) {
                    placed(name);
                    return;
                }
                super.process(operator, arguments);
            }
        });
        addOperator(new org.apache.pdfbox.contentstream.operator.OperatorProcessor(this) {
            @Override
            public void process(Operator operator, List<COSBase> arguments) {
                COSDictionary params = operator.getImageParameters();
                if (params == null) {
                    return;
                }
                long w = params.getInt(COSName.W, COSName.WIDTH, -1);
                long h = params.getInt(COSName.H, COSName.HEIGHT, -1);
                if (w < PagePictures.MIN_SIDE || h < PagePictures.MIN_SIDE || w * h < PagePictures.MIN_PIXELS) {
                    return; // too small to hold a word: not even decoded
                }
                // its filters are decoded whole when it is made, and it is kept until the pages are read: budgeted
                inlineBytes += w * h * 4;
                if (inlineBytes > limits.maxMemoryBytes() / 4) {
                    throw new Refused("The PDF's inline images are larger than the memory budget allows.");
                }
                PDImage image;
                try {
                    image = new org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage(params, operator.getImageData(),
                            getResources());
                } catch (IOException | RuntimeException e) {
                    unreadImages++; // its filters could not be read
                    return;
                } catch (OutOfMemoryError e) {
                    throw new Refused("The PDF's inline images are larger than the memory budget allows.");
                }
                placed(image);
            }

            @Override
            public String getName() {
                return "BI";
            }
        });
        addOperator(new BeginMarkedContentSequenceWithProperties(this));
        textOperators(this, this::addOperator);
    }

    /**
     * Gives an engine the operators of text and of the graphics state text needs (the text objects, fonts, positions,
     * showing, the state's stack and its matrix, named graphics states): what a reader of text runs, here and in {@link
     * StrayText}.
     */
    static void textOperators(PDFStreamEngine engine, java.util.function.Consumer<org.apache.pdfbox.contentstream.operator.OperatorProcessor> add) {
        add.accept(new EndText(engine));
        add.accept(new SetGraphicsStateParameters(engine));
        add.accept(new Save(engine));
        add.accept(new Restore(engine));
        add.accept(new NextLine(engine));
        add.accept(new SetCharSpacing(engine));
        add.accept(new MoveText(engine));
        add.accept(new MoveTextSetLeading(engine));
        add.accept(new SetFontAndSize(engine));
        add.accept(new ShowText(engine));
        add.accept(new ShowTextAdjusted(engine));
        add.accept(new SetTextLeading(engine));
        add.accept(new SetMatrix(engine));
        add.accept(new SetTextRenderingMode(engine));
        add.accept(new SetTextRise(engine));
        add.accept(new SetWordSpacing(engine));
        add.accept(new SetTextHorizontalScaling(engine));
        add.accept(new ShowTextLine(engine));
        add.accept(new ShowTextLineAndSpace(engine));
    }

    private static GlyphList glyphList() {
        // the list PDFBox's own text extraction uses: Adobe's, with the additional names
        try (InputStream in = GlyphList.class.getResourceAsStream("/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
            return in == null ? GlyphList.getAdobeGlyphList() : new GlyphList(GlyphList.getAdobeGlyphList(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Extracts every page.
     *
     * @param doc the document
     * @param limits the deadline is checked between pages and every few thousand glyphs
     * @return the text with its anchors
     * @throws IOException when PDFBox cannot read a page
     * @throws DeadlineExpired when the time budget is spent
     */
    static PageText extract(PDDocument doc, DocumentLimits limits) throws IOException {
        PageText t = new PageText(limits);
        int i = 0;
        for (PDPage p : doc.getPages()) {
            t.page(p, i++);
        }
        if (t.anchors.length < t.text.length()) {
            t.mark(t.text.length(), t.text.length(), -1);
        }
        return t;
    }

    private void page(PDPage p, int index) throws IOException {
        if (limits.expired()) {
            throw new DeadlineExpired();
        }
        page = index;
        pageStarts.add(text.length());
        pageCounts = new int[2];
        pageGlyphCounts.add(pageCounts);
        hasPrevious = false;
        accentAt = -1;
        int before = text.length();
        pageFirstGlyphs.add(count);
        inPageContent = true;
        try {
            processPage(p); // sets the page up for its annotations too, with or without content
        } finally {
            inPageContent = false;
            pageContentEnds.add(count);
        }
        int shown = pageCounts[0];
        int mapped = pageCounts[1];
        for (PDAnnotation a : TextItems.annotations(p)) {
            appearance(a);
        }
        // what annotations draw is not the page's own text: it does not spare a scan its OCR
        pageCounts[0] = shown;
        pageCounts[1] = mapped;
        if (text.length() > before) {
            text.append("\n\n");
        }
    }

    /**
     * Reads the text an annotation's appearances draw (normal, rollover and down, every state), each
     * on a line of its own, in the page's space. An appearance that cannot be read is remembered as
     * unread, and its annotation loses its appearances on redaction, since what was not read cannot be
     * said to hold nothing: one that fails to parse, one PDFBox would skip (an empty rectangle or box)
     * that shows text, one whose glyphs mostly have no Unicode.
     */
    private void appearance(PDAnnotation a) {
        List<PDAppearanceStream> streams = appearanceStreams(a);
        if (streams.isEmpty()) {
            return;
        }
        int first = count;
        int shown = pageCounts[0];
        int mapped = pageCounts[1];
        boolean unread = false;
        for (PDAppearanceStream stream : streams) {
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            hasPrevious = false;
            accentAt = -1;
            try {
                if (drawable(a, stream)) {
                    processAnnotation(a, stream);
                } else {
                    unread |= showsText(stream);
                }
            } catch (DeadlineExpired | Refused e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                unread = true;
            }
        }
        int drawn = pageCounts[0] - shown;
        if (unread || drawn > 0 && (pageCounts[1] - mapped) * 2 < drawn) {
            unreadAppearances.add(a.getCOSObject());
        }
        if (count > first) {
            annotationGlyphs.add(new int[] {first, count});
            annotations.add(a.getCOSObject());
        }
    }

    /** @return every appearance stream of an annotation, once each */
    private static List<PDAppearanceStream> appearanceStreams(PDAnnotation a) {
        List<PDAppearanceStream> streams = new ArrayList<>();
        if (!(a.getCOSObject().getDictionaryObject(COSName.AP) instanceof COSDictionary ap)) {
            return streams;
        }
        Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (COSName key : List.of(COSName.N, COSName.R, COSName.D)) {
            COSBase entry = ap.getDictionaryObject(key);
            List<COSBase> states = new ArrayList<>();
            if (entry instanceof COSStream) {
                states.add(entry);
            } else if (entry instanceof COSDictionary byState) {
                byState.keySet().forEach(state -> states.add(byState.getDictionaryObject(state)));
            }
            for (COSBase state : states) {
                if (state instanceof COSStream stream && seen.add(stream)) {
                    streams.add(new PDAppearanceStream(stream));
                }
            }
        }
        return streams;
    }

    /** @return whether a stream shows text, or draws an XObject that may (read without drawing it) */
    private static boolean showsText(PDAppearanceStream stream) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(stream);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op && TEXT_OR_XOBJECT.contains(op.getName())) {
                return true;
            }
        }
        return false;
    }

    /** @return whether PDFBox draws the appearance (it skips an empty rectangle or box without a word) */
    private static boolean drawable(PDAnnotation a, PDAppearanceStream stream) {
        PDRectangle rect = a.getRectangle();
        PDRectangle box = stream.getBBox();
        return rect != null && rect.getWidth() > 0 && rect.getHeight() > 0 && box != null && box.getWidth() > 0
                && box.getHeight() > 0 && !box.transform(stream.getMatrix()).getBounds2D().isEmpty();
    }

    /**
     * @param glyph a glyph index
     * @return the annotation whose appearance drew it, or null for the page's own content
     */
    COSDictionary annotationOf(int glyph) {
        int lo = 0;
        int hi = annotationGlyphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] range = annotationGlyphs.get(mid);
            if (glyph < range[0]) {
                hi = mid - 1;
            } else if (glyph >= range[1]) {
                lo = mid + 1;
            } else {
                return annotations.get(mid);
            }
        }
        return null;
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        if (MarkedContent.hasReplacementText(properties)) {
            replacementTextPages.add(page);
        }
    }

    /** @return the pages (0-based) whose content, or a form it draws, has marked content with a replacement text */
    Set<Integer> replacementTextPages() {
        return replacementTextPages;
    }

    /** @return the annotations whose appearance could not be read */
    List<COSDictionary> unreadAppearances() {
        return unreadAppearances;
    }

    String text() {
        return text.toString();
    }

    /** @return glyph index per character (length at least {@code text().length()}), -1 where none */
    int[] anchors() {
        return anchors;
    }

    /** @return the glyph of an index from {@link #anchors()} */
    Glyph glyph(int index) {
        int m = 6 * index;
        return new Glyph(pages[index], new AffineTransform(matrices[m], matrices[m + 1], matrices[m + 2],
                matrices[m + 3], matrices[m + 4], matrices[m + 5]), advances[index]);
    }

    /** @return glyphs with a character in the text */
    int glyphCount() {
        return count;
    }

    /** @return offset where each page's text starts */
    List<Integer> pageStarts() {
        return pageStarts;
    }

    /** An image the content of a page draws, and the matrix that maps its unit square onto the page. */
    record Placed(int page, PDImage image, Matrix ctm) {
    }

    private void placed(COSName name) {
        Object xobject;
        try {
            xobject = getResources().getXObject(name);
        } catch (IOException | RuntimeException e) {
            unreadImages++;
            return;
        }
        if (xobject instanceof PDImageXObject image) {
            placed(image);
        }
    }

    /** Remembers an image a page draws, unless it is too small to hold a word; counts one an annotation draws. */
    private void placed(PDImage image) {
        if (!PagePictures.mayHoldWords(image)) {
            return;
        }
        if (!inPageContent) {
            unreadImages++;
            return;
        }
        if (placed.size() >= MAX_PLACED_IMAGES) {
            throw new Refused("The PDF draws more than " + MAX_PLACED_IMAGES + " images, more than the limit.");
        }
        placed.add(new Placed(page, image, getGraphicsState().getCurrentTransformationMatrix().clone()));
    }

    /** @return the images the pages' own content draws, in content order */
    List<Placed> placedImages() {
        return placed;
    }

    /** @return how many images could not be loaded, or were drawn by annotations: not read */
    int unreadImages() {
        return unreadImages;
    }

    /**
     * @param page a page index
     * @param pageToUnit a transform from the page's space
     * @return how many of the invisible glyphs of the page's own content start inside the unit square the transform
     *     maps to: a searchable scan's text layer over its image
     */
    int invisibleGlyphsInside(int page, java.awt.geom.AffineTransform pageToUnit) {
        int to = pageContentEnds.get(page);
        double[] point = new double[2];
        int n = 0;
        for (int g = invisible.nextSetBit(pageFirstGlyphs.get(page)); g >= 0 && g < to; g = invisible.nextSetBit(g + 1)) {
            point[0] = matrices[6 * g + 4];
            point[1] = matrices[6 * g + 5];
            pageToUnit.transform(point, 0, point, 0, 1);
            if (point[0] >= 0 && point[0] <= 1 && point[1] >= 0 && point[1] <= 1) {
                n++;
            }
        }
        return n;
    }

    /** @return per page: glyphs drawn, glyphs with a Unicode mapping */
    List<int[]> pageGlyphCounts() {
        return pageGlyphCounts;
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        forms.draw(form, () -> super.showForm(form));
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        forms.draw(group, () -> super.showTransparencyGroup(group));
    }

    @Override
    public void increaseLevel() {
        super.increaseLevel();
        FormNesting.checkDepth(getLevel());
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        if (!fast.show(this, string, sink)) {
            super.showText(string); // vertical and Type 3 fonts: PDFBox's own loop, through showGlyph
        }
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        glyph(trm.getScaleX(), trm.getShearY(), trm.getShearX(), trm.getScaleY(), trm.getTranslateX(),
                trm.getTranslateY(), font, code, displacement.getX(), displacement.getY());
    }

    /** One glyph: its matrix (a b c d e f), font, code and displacement. */
    private void glyph(float a, float b, float c, float d, float e, float f, PDFont font, int code, float advance,
            float advanceY) {
        org.apache.pdfbox.pdmodel.graphics.state.RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        invisibleNow = !mode.isFill() && !mode.isStroke();
        if (++sinceCheck >= CHECK_EVERY) {
            sinceCheck = 0;
            if (limits.expired()) {
                throw new DeadlineExpired();
            }
            if (text.length() > limits.maxTextChars()) {
                throw new Refused(TOO_MUCH_TEXT); // before the text outgrows the heap, not after
            }
        }
        pageCounts[0]++;
        String unicode = font.toUnicode(code, GLYPH_LIST);
        if (unicode == null) {
            if (!(font instanceof PDSimpleFont)) {
                return; // a composite font's code is no character
            }
            unicode = String.valueOf((char) code);
        }
        if (!isUnmapped(unicode)) {
            pageCounts[1]++;
        }
        if (unicode.isEmpty()) {
            return;
        }
        char combining = unicode.length() == 1 ? combining(unicode.charAt(0)) : 0;
        if (combining != 0 && hasPrevious && over(a, b, c, d, e, f, advance, previousX, previousY, endX, endY)) {
            // an accent drawn over the character before it: that character's combining mark
            int start = text.length();
            text.append(combining);
            mark(start, text.length(), add(a, b, c, d, e, f, advance));
            accentAt = -1;
            return;
        }
        if (accentAt >= 0 && combining == 0 && under(a, b, e, f, advance)) {
            // the accent before was drawn over this character: the character, then the accent's mark
            int accentGlyph = anchors[accentAt + accentLength - 1];
            char mark = accentMark;
            Arrays.fill(anchors, accentAt, Math.min(text.length(), anchors.length), -1);
            text.setLength(accentAt);
            restorePen();
            accentAt = -1;
            separate(font, a, b, c, d, e, f, advance, advanceY);
            int start = text.length();
            text.append(unicode);
            mark(start, text.length(), add(a, b, c, d, e, f, advance));
            text.append(mark);
            mark(text.length() - 1, text.length(), accentGlyph);
            return;
        }
        accentAt = -1;
        if (combining != 0) {
            savePen();
            accentAt = text.length();
        }
        separate(font, a, b, c, d, e, f, advance, advanceY);
        int start = text.length();
        text.append(unicode);
        mark(start, text.length(), add(a, b, c, d, e, f, advance));
        if (combining != 0) {
            accentLength = text.length() - accentAt;
            accentMark = combining;
            accentX = a * advance / 2 + e;
            accentY = b * advance / 2 + f;
            accentEm = Math.max(length(a, b), length(c, d));
        }
    }

    /** The combining mark of a spacing accent, or 0 for any other character. */
    static char combining(char ch) {
        return switch (ch) {
            case '\u00A8' -> '\u0308';
            case '\u00B4', '\u02CA' -> '\u0301';
            case '`', '\u02CB' -> '\u0300';
            case '^', '\u02C6' -> '\u0302';
            case '\u02DC' -> '\u0303';
            case '\u00B8' -> '\u0327';
            case '\u02DA' -> '\u030A';
            case '\u02C7' -> '\u030C';
            case '\u00AF', '\u02C9' -> '\u0304';
            case '\u02D8' -> '\u0306';
            case '\u02D9' -> '\u0307';
            case '\u02DD' -> '\u030B';
            case '\u02DB' -> '\u0328';
            default -> 0;
        };
    }

    /** True when the middle of a glyph lies over the span from one point to another, within a line's height. */
    private static boolean over(float a, float b, float c, float d, float e, float f, float advance, double fromX,
            double fromY, double toX, double toY) {
        double mx = a * advance / 2 + e;
        double my = b * advance / 2 + f;
        double em = Math.max(length(a, b), length(c, d));
        return within(mx, my, fromX, fromY, toX, toY, em);
    }

    /** True when the pending accent's middle lies over this glyph. */
    private boolean under(float a, float b, float e, float f, float advance) {
        return within(accentX, accentY, e, f, a * advance + e, b * advance + f, accentEm);
    }

    private static boolean within(double px, double py, double fromX, double fromY, double toX, double toY, double em) {
        double vx = toX - fromX;
        double vy = toY - fromY;
        double length = length(vx, vy);
        if (length <= 0 || em <= 0) {
            return false;
        }
        double along = ((px - fromX) * vx + (py - fromY) * vy) / length;
        double across = (-(px - fromX) * vy + (py - fromY) * vx) / length;
        return along >= -0.05 * length && along <= 1.05 * length && Math.abs(across) <= 1.5 * em;
    }

    private void savePen() {
        saved[0] = hasPrevious ? 1 : 0;
        saved[1] = endX;
        saved[2] = endY;
        saved[3] = dirX;
        saved[4] = dirY;
        saved[5] = em;
        saved[6] = lineAdvance;
        saved[7] = lineGlyphs;
        saved[8] = previousX;
        saved[9] = previousY;
    }

    private void restorePen() {
        hasPrevious = saved[0] != 0;
        endX = saved[1];
        endY = saved[2];
        dirX = saved[3];
        dirY = saved[4];
        em = saved[5];
        lineAdvance = saved[6];
        lineGlyphs = (int) saved[7];
        previousX = saved[8];
        previousY = saved[9];
    }

    /** Writes a line break or a space before a glyph when its place says so, and moves the pen. */
    private void separate(PDFont font, float a, float b, float c, float d, float e, float f, float advance,
            float advanceY) {
        boolean vertical = font.isVertical();
        double ux = vertical ? -c : a;
        double uy = vertical ? -d : b;
        double size = length(ux, uy);
        double height = vertical ? length(a, b) : length(c, d);
        double glyphEm = Math.max(size, height);
        if (size > 0) {
            ux /= size;
            uy /= size;
        } else {
            ux = 1;
            uy = 0;
        }
        if (hasPrevious) {
            double dx = e - endX;
            double dy = f - endY;
            double along = dx * dirX + dy * dirY;
            double across = -dx * dirY + dy * dirX;
            double unit = Math.max(em, glyphEm);
            boolean sameDirection = ux * dirX + uy * dirY > 0.95;
            if (unit <= 0) {
                // glyphs of no size (a zero font size) show nothing to measure: kept together
            } else if (!sameDirection || Math.abs(across) > LINE_TOLERANCE * unit) {
                text.append('\n');
                lineAdvance = 0;
                lineGlyphs = 0;
            } else {
                double gap = along / unit;
                if (gap < -LINE_TOLERANCE || gap > MIN_WORD_GAP && gap > wordGap(font)) {
                    text.append(' ');
                }
            }
        }
        // the pen after this glyph: the end of its advance, in user space
        double adv = vertical ? advanceY : advance;
        double tx = vertical ? 0 : advance;
        double ty = vertical ? advanceY : 0;
        previousX = e;
        previousY = f;
        endX = a * tx + c * ty + e;
        endY = b * tx + d * ty + f;
        dirX = ux;
        dirY = uy;
        em = glyphEm;
        hasPrevious = true;
        lineAdvance += Math.abs(adv);
        lineGlyphs++;
    }

    /** The gap (in em) that separates words here: a share of the font's space or of the line's average advance. */
    private double wordGap(PDFont font) {
        double average = lineGlyphs == 0 ? 0.5 : lineAdvance / lineGlyphs;
        return Math.max(MIN_WORD_GAP, Math.min(SPACE_SHARE * spaceEm(font), AVERAGE_SHARE * average));
    }

    private static double length(double x, double y) {
        return Math.sqrt(x * x + y * y);
    }

    private double spaceEm(PDFont font) {
        if (font != spaceFont) {
            spaceFont = font;
            double w;
            try {
                w = font.getSpaceWidth() * font.getFontMatrix().getScaleX();
            } catch (RuntimeException e) {
                w = 0;
            }
            spaceEm = w > 0 && w < 2 ? w : 0.25;
        }
        return spaceEm;
    }

    private int add(float a, float b, float c, float d, float e, float f, float advance) {
        if (count == advances.length) {
            int grown = count * 2;
            advances = Arrays.copyOf(advances, grown);
            pages = Arrays.copyOf(pages, grown);
            matrices = Arrays.copyOf(matrices, 6 * grown);
        }
        if (inPageContent && invisibleNow) {
            invisible.set(count);
        }
        int m = 6 * count;
        matrices[m] = a;
        matrices[m + 1] = b;
        matrices[m + 2] = c;
        matrices[m + 3] = d;
        matrices[m + 4] = e;
        matrices[m + 5] = f;
        advances[count] = advance;
        pages[count] = page;
        return count++;
    }

    private static boolean isUnmapped(String unicode) {
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c != 0xFFFD && c >= 0x20) {
                return false;
            }
        }
        return true;
    }

    private void mark(int start, int end, int glyph) {
        if (end > anchors.length) {
            int[] grown = Arrays.copyOf(anchors, Math.max(end, anchors.length * 2));
            Arrays.fill(grown, anchors.length, grown.length, -1);
            anchors = grown;
        }
        for (int i = start; i < end; i++) {
            anchors[i] = glyph;
        }
    }

    /** The time budget ran out during extraction. */
    static final class DeadlineExpired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DeadlineExpired() {
            super("time budget spent", null, false, false);
        }
    }

    /** The document is refused for a reason its message gives the client (no document text in it). */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
