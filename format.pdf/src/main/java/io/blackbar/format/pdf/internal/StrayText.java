package io.blackbar.format.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Text in content streams the page reader does not descend into: a tiling pattern's cell, a soft mask's group, a Type 3
 * glyph's procedure. Viewers draw them (a pattern fills a shape with the text, a mask shows the page through its
 * letters, a glyph draws the text for every character shown in its font), but they were read by nothing and written
 * out as they were (a review's, 2026-12-05: "Jane Doe" filling a rectangle was shown in a redacted output). Each such
 * stream's text is one line after the pages' text, read in the order its operators show it; a stream in which a
 * value is found loses every text-showing operator (its text cannot be placed on the page to be cut glyph by glyph, and
 * a pattern's or a glyph's text repeats wherever it is drawn). Streams without text are left alone.
 */
final class StrayText extends PDFStreamEngine {

    /** Characters read from one stream at most: past them the stream counts as text and is read no further. */
    private static final int MAX_CHARS = 100_000;

    private final StringBuilder text = new StringBuilder();
    private Matrix afterText;

    private StrayText() {
        addOperator(new BeginText(this));
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        PageText.textOperators(this, this::addOperator);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        afterText = PageText.textOutsideAnObject(this, operator, afterText);
        super.processOperator(operator, operands);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        String unicode = font.toUnicode(code);
        text.append(unicode != null ? unicode : code == 32 ? " " : "");
        if (text.length() > MAX_CHARS) {
            throw new IOException("too much text in one stream");
        }
    }

    /**
     * @param doc the document
     * @return one item for each pattern, soft mask group and Type 3 glyph procedure that shows text
     */
    static List<TextItems.Item> items(PDDocument doc) {
        List<TextItems.Item> items = new ArrayList<>();
        Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        COSDocument cos = doc.getDocument();
        for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
            COSBase object = cos.getObjectFromPool(key).getObject();
            if (object instanceof COSStream pattern && pattern.getInt(COSName.PATTERN_TYPE) == 1) {
                add(items, seen, pattern, pattern.getCOSDictionary(COSName.RESOURCES));
            }
            if (object instanceof COSDictionary d) {
                // the object itself (a mask, a font, a graphics state, resources), and the resources it holds in itself
                // (a page's or a form's): masks and fonts are as often direct objects inside them
                inspect(items, seen, d);
                if (d.getDictionaryObject(COSName.RESOURCES) instanceof COSDictionary resources) {
                    inspect(items, seen, resources);
                }
            }
        }
        return items;
    }

    /** A soft mask's group, a Type 3 font's procedures: as the dictionary is, or in its graphics states and fonts. */
    private static void inspect(List<TextItems.Item> items, Set<COSStream> seen, COSDictionary d) {
        mask(items, seen, d);
        type3(items, seen, d);
        if (d.getDictionaryObject(COSName.SMASK) instanceof COSDictionary mask) {
            mask(items, seen, mask);
        }
        for (COSName kind : List.of(COSName.EXT_G_STATE, COSName.FONT)) {
            if (d.getDictionaryObject(kind) instanceof COSDictionary named) {
                for (COSName name : named.keySet()) {
                    if (named.getDictionaryObject(name) instanceof COSDictionary entry) {
                        type3(items, seen, entry);
                        if (entry.getDictionaryObject(COSName.SMASK) instanceof COSDictionary mask) {
                            mask(items, seen, mask);
                        }
                    }
                }
            }
        }
    }

    private static void mask(List<TextItems.Item> items, Set<COSStream> seen, COSDictionary mask) {
        if (mask.containsKey(COSName.S) && mask.getDictionaryObject(COSName.G) instanceof COSStream group) {
            add(items, seen, group, group.getCOSDictionary(COSName.RESOURCES));
        }
    }

    private static void type3(List<TextItems.Item> items, Set<COSStream> seen, COSDictionary font) {
        if (COSName.TYPE3.equals(font.getCOSName(COSName.SUBTYPE))
                && font.getDictionaryObject(COSName.CHAR_PROCS) instanceof COSDictionary procs) {
            for (COSName glyph : procs.keySet()) {
                if (procs.getDictionaryObject(glyph) instanceof COSStream proc) {
                    add(items, seen, proc, font.getCOSDictionary(COSName.RESOURCES));
                }
            }
        }
    }

    private static void add(List<TextItems.Item> items, Set<COSStream> seen, COSStream stream, COSDictionary resources) {
        if (!seen.add(stream)) {
            return;
        }
        String shown;
        try {
            shown = read(stream, resources);
        } catch (IOException | RuntimeException e) {
            // what cannot be read as a content stream is drawn by no viewer either
            return;
        }
        if (!shown.isBlank()) {
            items.add(new TextItems.Item(1, shown, replaced -> removeText(stream)));
        }
    }

    /** The text a content stream shows, read as the content of a page with the stream's resources. */
    private static String read(COSStream stream, COSDictionary resources) throws IOException {
        COSDictionary page = new COSDictionary();
        page.setItem(COSName.TYPE, COSName.PAGE);
        page.setItem(COSName.CONTENTS, stream);
        page.setItem(COSName.RESOURCES, resources != null ? resources : new COSDictionary());
        COSArray box = new COSArray();
        for (int v : new int[] {0, 0, 1000, 1000}) {
            box.add(org.apache.pdfbox.cos.COSInteger.get(v));
        }
        page.setItem(COSName.MEDIA_BOX, box);
        StrayText engine = new StrayText();
        engine.processPage(new PDPage(page));
        return engine.text.toString();
    }

    /** Rewrites the stream without its text-showing operators and their operands. */
    static void removeText(COSStream stream) throws IOException {
        List<Object> kept = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(new PDPage(pageOf(stream)));
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op) {
                String name = op.getName();
                if (!"Tj".equals(name) && !"TJ".equals(name) && !"'".equals(name) && !"\"".equals(name)) {
                    kept.addAll(operands);
                    kept.add(op);
                }
                operands.clear();
            } else {
                operands.add(token);
            }
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(kept);
        }
    }

    private static COSDictionary pageOf(COSStream stream) {
        COSDictionary page = new COSDictionary();
        page.setItem(COSName.CONTENTS, stream);
        return page;
    }
}
