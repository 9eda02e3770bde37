package io.blackbar.format.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

import io.blackbar.engine.api.spi.DocumentLimits;

/**
 * What optional content hides by default, removed: a layer (group) is off in the default configuration through its
 * {@code /OFF} list or a {@code /BaseState /OFF} it is not listed {@code /ON} against, and content is on it through
 * marked content ({@code /OC /name BDC … EMC}) in a page's or a form's content (an annotation's appearance is a form),
 * a form or an image carrying {@code /OC}, or an annotation carrying it; {@code /OC} names a group or a membership
 * dictionary ({@code /OCMD}: its groups under a policy, or a visibility expression). A viewer shows none of it, and
 * one click on the layer shows all of it. Alternate configurations and usage-driven states ({@code /AS}) are not
 * followed.
 */
final class HiddenLayers {

    private static final COSName OC = COSName.getPDFName("OC");
    private static final COSName OCMD = COSName.getPDFName("OCMD");
    private static final COSName OFF = COSName.getPDFName("OFF");
    private static final COSName BASE_STATE = COSName.getPDFName("BaseState");
    private static final COSName VE = COSName.getPDFName("VE");
    private static final COSName PATTERN_TYPE = COSName.getPDFName("PatternType");
    /** Nesting of visibility expressions followed, at most: deeper counts as shown (kept). */
    private static final int MAX_DEPTH = 32;

    private final boolean baseOff;
    private final Set<COSDictionary> on = identitySet();
    private final Set<COSDictionary> off = identitySet();

    private HiddenLayers(COSDictionary config) {
        baseOff = OFF.equals(config.getCOSName(BASE_STATE));
        collect(config.getDictionaryObject(COSName.ON), on);
        collect(config.getDictionaryObject(OFF), off);
    }

    private static <T> Set<T> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static void collect(COSBase list, Set<COSDictionary> into) {
        if (list instanceof COSArray a) {
            for (COSBase b : a) {
                if (deref(b) instanceof COSDictionary group) {
                    into.add(group);
                }
            }
        }
    }

    private static COSBase deref(COSBase b) {
        return b instanceof COSObject o ? o.getObject() : b;
    }

    /**
     * Removes what layers off by default hold.
     *
     * @return how many marked-content sections, forms, images and annotations were removed
     */
    static int remove(PDDocument doc, DocumentLimits limits) throws IOException {
        COSDictionary root = doc.getDocumentCatalog().getCOSObject();
        // without optional-content properties a viewer ignores /OC and shows everything
        if (!(root.getDictionaryObject(COSName.OCPROPERTIES) instanceof COSDictionary properties)
                || !(properties.getDictionaryObject(COSName.D) instanceof COSDictionary config)) {
            return 0;
        }
        HiddenLayers layers = new HiddenLayers(config);
        if (!layers.baseOff && layers.off.isEmpty()) {
            return 0;
        }
        int removed = 0;
        COSDocument cos = doc.getDocument();
        List<COSStream> streams = new ArrayList<>();
        for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
            if (cos.getObjectFromPool(key).getObject() instanceof COSStream s) {
                COSName subtype = s.getCOSName(COSName.SUBTYPE);
                boolean xobject = COSName.FORM.equals(subtype) || COSName.IMAGE.equals(subtype);
                if (xobject && s.containsKey(OC) && !layers.shown(s.getDictionaryObject(OC), 0)) {
                    empty(s);
                    removed++;
                } else if (COSName.FORM.equals(subtype) || s.getInt(PATTERN_TYPE) == 1) {
                    streams.add(s);
                }
            }
        }
        for (COSStream s : streams) {
            if (limits.expired()) {
                throw new IOException("time budget spent");
            }
            // a pattern read as a pattern: PDFBox's form would name it a form XObject
            PDContentStream content = COSName.FORM.equals(s.getCOSName(COSName.SUBTYPE)) ? new PDFormXObject(s)
                    : new PDTilingPattern(s);
            removed += layers.removeMarkedContent(doc, content, s, null);
        }
        for (PDPage page : doc.getPages()) {
            if (limits.expired()) {
                throw new IOException("time budget spent");
            }
            if (page.hasContents()) {
                removed += layers.removeMarkedContent(doc, page, null, page);
            }
            List<PDAnnotation> annotations = TextItems.annotations(page);
            List<PDAnnotation> kept = new ArrayList<>();
            for (PDAnnotation a : annotations) {
                COSDictionary d = a.getCOSObject();
                // a widget stays: its field and value are the form's (a viewer still hides it)
                if (d.containsKey(OC) && !COSName.WIDGET.equals(d.getCOSName(COSName.SUBTYPE))
                        && !layers.shown(d.getDictionaryObject(OC), 0)) {
                    removed++;
                } else {
                    kept.add(a);
                }
            }
            if (kept.size() != annotations.size()) {
                page.setAnnotations(kept);
            }
        }
        return removed;
    }

    /** A form or an image on a hidden layer made empty: a form draws nothing, an image is one white pixel. */
    private static void empty(COSStream s) throws IOException {
        boolean image = COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE));
        for (COSName key : new ArrayList<>(s.keySet())) {
            if (!List.of(COSName.TYPE, COSName.SUBTYPE, OC, COSName.BBOX, COSName.MATRIX).contains(key)) {
                s.removeItem(key);
            }
        }
        if (image) {
            s.setInt(COSName.WIDTH, 1);
            s.setInt(COSName.HEIGHT, 1);
            s.setInt(COSName.BITS_PER_COMPONENT, 8);
            s.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
        }
        try (OutputStream out = s.createOutputStream()) {
            if (image) {
                out.write(0xFF);
            }
        }
    }

    /**
     * @param oc an {@code /OC} value: a group or a membership dictionary
     * @return whether the default configuration shows what it is attached to
     */
    private boolean shown(COSBase oc, int depth) {
        COSBase o = deref(oc);
        if (depth > MAX_DEPTH || !(o instanceof COSDictionary d)) {
            return true;
        }
        if (!OCMD.equals(d.getCOSName(COSName.TYPE))) {
            return baseOff ? on.contains(d) : !off.contains(d);
        }
        if (d.getDictionaryObject(VE) instanceof COSArray expression) {
            return expression(expression, depth + 1);
        }
        List<Boolean> groups = new ArrayList<>();
        COSBase ocgs = d.getDictionaryObject(COSName.OCGS);
        if (ocgs instanceof COSDictionary) {
            groups.add(shown(ocgs, depth + 1));
        } else if (ocgs instanceof COSArray a) {
            for (COSBase b : a) {
                if (deref(b) instanceof COSDictionary) { // null entries are ignored
                    groups.add(shown(b, depth + 1));
                }
            }
        }
        if (groups.isEmpty()) {
            return true; // a membership dictionary without groups has no effect
        }
        return switch (d.getNameAsString(COSName.P, "AnyOn")) {
            case "AllOn" -> !groups.contains(false);
            case "AnyOff" -> groups.contains(false);
            case "AllOff" -> !groups.contains(true);
            default -> groups.contains(true);
        };
    }

    /** A visibility expression: {@code [/And …]}, {@code [/Or …]}, {@code [/Not x]}, x a group or an expression. */
    private boolean expression(COSArray e, int depth) {
        if (e.size() < 2 || depth > MAX_DEPTH || !(e.getObject(0) instanceof COSName op)) {
            return true;
        }
        List<Boolean> operands = new ArrayList<>();
        for (int i = 1; i < e.size(); i++) {
            COSBase b = deref(e.get(i));
            operands.add(b instanceof COSArray nested ? expression(nested, depth + 1) : shown(b, depth + 1));
        }
        return switch (op.getName()) {
            case "Not" -> !operands.get(0);
            case "And" -> !operands.contains(false);
            case "Or" -> operands.contains(true);
            default -> true;
        };
    }

    /**
     * Drops marked content tagged with a hidden layer from a content stream, rewritten only when it lost some.
     *
     * @param stream the form's or pattern's stream, written back in place; null for a page
     * @param page the page whose content it is, given new content; null for a form or pattern
     * @return the sections removed; 0 for a form or pattern whose content cannot be read, which is left as it is
     * @throws IOException when a page's content cannot be read
     */
    private int removeMarkedContent(PDDocument doc, PDContentStream content, COSStream stream, PDPage page) throws IOException {
        PDResources resources = content.getResources();
        List<Object> tokens;
        try {
            tokens = new PDFStreamParser(content).parse();
        } catch (IOException | RuntimeException e) {
            if (page != null) {
                throw e; // a page's content was read for its text already: what fails here fails the request
            }
            // a form's or pattern's content that cannot be read (an unknown filter, damaged data), drawn or not: no
            // viewer shows it, so no layer shows its marked content either; left as it is, as PDFBox left it when
            // the text was read (a stream nobody reads is no reason to refuse the document)
            return 0;
        }
        List<Object> out = new ArrayList<>(tokens.size());
        int skipDepth = 0;
        int removed = 0;
        int operandStart = 0;
        for (Object t : tokens) {
            out.add(t);
            if (!(t instanceof Operator op)) {
                continue;
            }
            String name = op.getName();
            if (skipDepth > 0) {
                if ("BMC".equals(name) || "BDC".equals(name)) {
                    skipDepth++;
                } else if ("EMC".equals(name)) {
                    skipDepth--;
                }
                out.subList(operandStart, out.size()).clear();
            } else if ("BDC".equals(name) && isHidden(out.subList(operandStart, out.size() - 1), resources)) {
                skipDepth = 1;
                removed++;
                out.subList(operandStart, out.size()).clear();
            }
            operandStart = out.size();
        }
        if (removed == 0) {
            return 0;
        }
        if (page != null) {
            PDStream contents = new PDStream(doc);
            try (OutputStream os = contents.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(os).writeTokens(out);
            }
            page.setContents(contents);
        } else {
            stream.removeItem(COSName.DECODE_PARMS); // the old filters' parameters
            try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(os).writeTokens(out);
            }
        }
        return removed;
    }

    private boolean isHidden(List<Object> operands, PDResources resources) {
        if (operands.size() != 2 || !OC.equals(operands.get(0))) {
            return false;
        }
        Object props = operands.get(1);
        if (props instanceof COSName name) {
            COSDictionary properties = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            props = properties == null ? null : properties.getDictionaryObject(name);
        }
        return props instanceof COSDictionary d && !shown(d, 0);
    }
}
