package io.blackbar.format.pdf.internal;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import io.blackbar.engine.api.spi.DocumentLimits;

/**
 * Extracts the text of every page and remembers, for each character, the glyph that drew it (its
 * untranslated text rendering matrix, the same space {@link GlyphRemover} replays in). Characters
 * the extractor adds (spaces between words, line breaks) have no glyph.
 */
final class PageText extends PDFTextStripper {

    /** Glyphs between deadline checks. */
    private static final int CHECK_EVERY = 4096;

    private final DocumentLimits limits;
    private final StringWriter writer = new StringWriter();
    private final Map<TextPosition, Glyph> glyphOf = new IdentityHashMap<>();
    private final List<Glyph> glyphs = new ArrayList<>();
    /** Glyph index per character of the text, -1 where none. */
    private int[] anchors = new int[1024];
    private final List<Integer> pageStarts = new ArrayList<>();
    private final Map<org.apache.pdfbox.cos.COSDictionary, Integer> pageIndex = new IdentityHashMap<>();
    private final List<int[]> pageGlyphCounts = new ArrayList<>();
    private int page = -1;
    private Glyph pending;
    private long sinceCheck;

    private PageText(DocumentLimits limits) {
        this.limits = limits;
        java.util.Arrays.fill(anchors, -1);
        setSortByPosition(true);
        setLineSeparator("\n");
        setPageEnd("\n\n");
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
            t.pageIndex.putIfAbsent(p.getCOSObject(), i++);
        }
        t.writeText(doc, t.writer);
        t.fillStarts(i);
        return t;
    }

    String text() {
        return writer.toString();
    }

    /** @return glyph index per character (length at least {@code text().length()}), -1 where none */
    int[] anchors() {
        return anchors;
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    /** @return offset where each page's text starts */
    List<Integer> pageStarts() {
        return pageStarts;
    }

    /** @return per page: glyphs drawn, glyphs with a Unicode mapping */
    List<int[]> pageGlyphCounts() {
        return pageGlyphCounts;
    }

    /** Pages with content (the extractor skips the others): the index comes from the document's order. */
    @Override
    public void processPage(PDPage p) throws IOException {
        Integer index = pageIndex.get(p.getCOSObject());
        if (index == null) {
            throw new IOException("a page outside the page tree");
        }
        if (limits.expired()) {
            throw new DeadlineExpired();
        }
        page = index;
        fillStarts(index + 1);
        super.processPage(p);
        glyphOf.clear(); // the page's text is written: its positions are not needed any more
    }

    /** Pages up to (excluding) the given index that have no start yet begin where the text is now. */
    private void fillStarts(int upTo) {
        int now = writer.getBuffer().length();
        while (pageStarts.size() < upTo) {
            pageStarts.add(now);
            pageGlyphCounts.add(new int[2]);
        }
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        if (++sinceCheck >= CHECK_EVERY) {
            sinceCheck = 0;
            if (limits.expired()) {
                throw new DeadlineExpired();
            }
        }
        pageGlyphCounts.get(page)[0]++;
        pending = new Glyph(page, new AffineTransform(textRenderingMatrix.createAffineTransform()), displacement.getX());
        try {
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        } finally {
            pending = null;
        }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (pending != null) {
            glyphOf.put(text, pending);
            if (!isUnmapped(text.getUnicode())) {
                pageGlyphCounts.get(page)[1]++;
            }
        }
        super.processTextPosition(text);
    }

    private static boolean isUnmapped(String unicode) {
        if (unicode == null) {
            return true;
        }
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c != 0xFFFD && c >= 0x20) {
                return false;
            }
        }
        return true;
    }

    /** Writes each glyph's own text (not the normalised word) so every character keeps its glyph. */
    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        StringBuffer buffer = writer.getBuffer();
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isEmpty()) {
                continue;
            }
            int start = buffer.length();
            writer.write(u);
            Glyph g = glyphOf.get(p);
            int index = -1;
            if (g != null) {
                index = glyphs.size();
                glyphs.add(g);
            }
            mark(start, buffer.length(), index);
        }
    }

    private void mark(int start, int end, int glyph) {
        if (end > anchors.length) {
            int[] grown = new int[Math.max(end, anchors.length * 2)];
            System.arraycopy(anchors, 0, grown, 0, anchors.length);
            java.util.Arrays.fill(grown, anchors.length, grown.length, -1);
            anchors = grown;
        }
        for (int i = start; i < end; i++) {
            anchors[i] = glyph;
        }
    }

    @Override
    public void endDocument(PDDocument document) throws IOException {
        super.endDocument(document);
        glyphOf.clear();
        int length = writer.getBuffer().length();
        if (anchors.length < length) {
            mark(length, length, -1);
        }
    }

    /** The time budget ran out during extraction. */
    static final class DeadlineExpired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DeadlineExpired() {
            super("time budget spent", null, false, false);
        }
    }
}
