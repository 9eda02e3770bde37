package io.blackbar.format.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Text outside the page content: document information, form field values, annotation contents and
 * authors, bookmark titles, page labels' prefixes. Each becomes a line after the pages' text so detection sees it, and is
 * written back with the planned spans replaced.
 */
final class TextItems {

    /** One string of the document and how to set it. */
    static final class Item {
        final int page;
        final String value;
        final Setter setter;
        int start;

        Item(int page, String value, Setter setter) {
            this.page = page;
            this.value = value;
            this.setter = setter;
        }
    }

    /** Writes a replaced value back. */
    interface Setter {
        void set(String replaced) throws IOException;
    }

    private TextItems() {
    }

    /**
     * Collects the strings.
     *
     * @param doc the document
     * @return the items, in a stable order
     */
    static List<Item> collect(PDDocument doc) {
        List<Item> items = new ArrayList<>();
        COSDictionary info = doc.getDocumentInformation().getCOSObject();
        for (COSName key : info.keySet()) {
            String v = info.getString(key);
            if (v != null && !v.isBlank()) {
                // the whole dictionary goes on redaction: nothing to set
                items.add(new Item(1, v, replaced -> { }));
            }
        }
        Map<COSDictionary, Integer> pageOfWidget = new IdentityHashMap<>();
        // the annotations pages list, and those reached from them that none lists, each read once
        java.util.Set<COSDictionary> listed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Set<COSDictionary> unlisted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : annotations(page)) {
                listed.add(a.getCOSObject());
            }
        }
        int pageNo = 0;
        for (PDPage page : doc.getPages()) {
            pageNo++;
            List<PDAnnotation> annotations = annotations(page);
            for (PDAnnotation a : annotations) {
                COSDictionary d = a.getCOSObject();
                if (a instanceof PDAnnotationWidget) {
                    pageOfWidget.put(d, pageNo);
                    // a widget's own text: its contents, and the captions of its appearance characteristics (a
                    // button's normal, rollover and down captions); its drawn appearance repeats them
                    strings(items, pageNo, d, List.of(COSName.CONTENTS));
                    if (d.getDictionaryObject(COSName.MK) instanceof COSDictionary mk) {
                        strings(items, pageNo, mk, List.of(COSName.CA, COSName.RC, COSName.getPDFName("AC")), d);
                    }
                    continue;
                }
                // the contents, author and subject; the annotation's name; a redact annotation's overlay text
                for (COSName key : List.of(COSName.CONTENTS, COSName.T, COSName.SUBJ, COSName.NM, OVERLAY_TEXT)) {
                    String v = d.getString(key);
                    if (v != null && !v.isBlank()) {
                        items.add(new Item(pageNo, v, replaced -> {
                            d.setString(key, replaced);
                            // rich text and the drawn appearance repeat the contents
                            d.removeItem(COSName.RC);
                            d.removeItem(COSName.AP);
                        }));
                    }
                }
                // a reply's or a popup's annotation that no page lists (a popup shows its parent's contents)
                for (COSName link : List.of(COSName.IRT, COSName.PARENT)) {
                    COSBase target = d.getDictionaryObject(link);
                    for (int hops = 0; target instanceof COSDictionary other && hops < 16 && unlisted.add(other); hops++) {
                        if (!listed.contains(other)) {
                            strings(items, pageNo, other, List.of(COSName.CONTENTS, COSName.T, COSName.SUBJ, COSName.NM), other);
                        }
                        target = other.getDictionaryObject(link);
                    }
                }
                // the rich text (XHTML) of the contents: read too, dropped when a value is in it (viewers fall back to
                // the contents), also when the contents hold none
                String rc = richText(d);
                String contents = d.getString(COSName.CONTENTS);
                if (rc != null && !rc.isBlank() && (contents == null || !squeezed(rc).equals(squeezed(contents)))) {
                    items.add(new Item(pageNo, rc, replaced -> {
                        d.removeItem(COSName.RC);
                        d.removeItem(COSName.AP);
                    }));
                }
            }
        }
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        java.util.Set<COSDictionary> fieldWidgets = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDTerminalField terminal) {
                    addField(items, terminal, pageOfWidget);
                    for (PDAnnotationWidget w : terminal.getWidgets()) {
                        fieldWidgets.add(w.getCOSObject());
                    }
                    fieldWidgets.add(terminal.getCOSObject());
                    // a rich value repeats the value (dropped with it: setField); read too when the value holds none
                    COSDictionary t = terminal.getCOSObject();
                    String rv = richValue(t);
                    if (rv != null && !rv.isBlank()) {
                        items.add(new Item(1, rv, replaced -> t.removeItem(RV)));
                    }
                }
                // names and tooltips are text too ("Patient John Smith" as a field's name); a field's
                // own default value, and the value a parent holds for its children (inherited, so
                // not the children's own), are values too
                COSDictionary d = field.getCOSObject();
                List<COSName> own = field instanceof PDTerminalField ? List.of(COSName.T, COSName.TU, COSName.TM, COSName.DV)
                        : List.of(COSName.T, COSName.TU, COSName.TM, COSName.DV, COSName.V);
                for (COSName key : own) {
                    String v = textOf(d.getDictionaryObject(key));
                    if (v != null && !v.isBlank()) {
                        items.add(new Item(1, v, replaced -> d.setString(key, replaced)));
                    }
                }
                // a choice field's options: viewers show the selected one from here
                if (d.getDictionaryObject(COSName.OPT) instanceof COSArray options) {
                    addStrings(items, options, 0);
                }
            }
        }
        // a widget that is a field no /Fields entry lists (viewers still show its value): its own value, name and tooltip
        for (Map.Entry<COSDictionary, Integer> w : pageOfWidget.entrySet()) {
            COSDictionary d = w.getKey();
            if (!fieldWidgets.contains(d) && (d.containsKey(COSName.V) || d.containsKey(COSName.T))) {
                strings(items, w.getValue(), d, List.of(COSName.V, COSName.T, COSName.TU, COSName.TM, COSName.DV), d);
            }
        }
        // optional-content layers' names, which viewers list in their layers panel
        if (doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OCPROPERTIES) instanceof COSDictionary oc
                && oc.getDictionaryObject(COSName.OCGS) instanceof COSArray groups) {
            for (int i = 0; i < groups.size(); i++) {
                if (groups.getObject(i) instanceof COSDictionary group) {
                    strings(items, 1, group, List.of(COSName.NAME));
                    // the layer's user (a person's or an organisation's name), a string or an array of them
                    if (group.getDictionaryObject(COSName.getPDFName("Usage")) instanceof COSDictionary usage
                            && usage.getDictionaryObject(COSName.getPDFName("User")) instanceof COSDictionary user) {
                        strings(items, 1, user, List.of(COSName.NAME));
                        if (user.getDictionaryObject(COSName.NAME) instanceof COSArray names) {
                            addStrings(items, names, 0);
                        }
                    }
                }
            }
            // and the names of the layer configurations, and the labels of their layers' tree (strings in /Order)
            if (oc.getDictionaryObject(COSName.D) instanceof COSDictionary d) {
                strings(items, 1, d, List.of(COSName.NAME, COSName.getPDFName("Creator")));
                if (d.getDictionaryObject(COSName.getPDFName("Order")) instanceof COSArray order) {
                    addStrings(items, order, 0);
                }
            }
            if (oc.getDictionaryObject(COSName.getPDFName("Configs")) instanceof COSArray configs) {
                for (int i = 0; i < configs.size(); i++) {
                    if (configs.getObject(i) instanceof COSDictionary config) {
                        strings(items, 1, config, List.of(COSName.NAME, COSName.getPDFName("Creator")));
                    }
                }
            }
        }
        // text in patterns, soft masks and Type 3 glyphs, which the pages' reader does not descend into
        items.addAll(StrayText.items(doc));
        pageLabels(doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PAGE_LABELS), items,
                java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        PDDocumentOutline outline = doc.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            walk(outline, item -> {
                String title = item.getTitle();
                if (title != null && !title.isBlank()) {
                    items.add(new Item(1, title, item::setTitle));
                }
            }, 0);
        }
        return items;
    }

    /**
     * The prefixes of page labels ("Patient Ada Lovelace - 1"), which viewers show as the pages' names:
     * a number tree, walked once per node.
     */
    private static void pageLabels(COSBase node, List<Item> items, java.util.Set<COSDictionary> seen) {
        if (!(node instanceof COSDictionary tree) || !seen.add(tree)) {
            return;
        }
        if (tree.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 1; i < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSDictionary label && label.getDictionaryObject(COSName.P) instanceof COSString p
                        && !p.getString().isBlank()) {
                    items.add(new Item(1, p.getString(), replaced -> label.setString(COSName.P, replaced)));
                }
            }
        }
        if (tree.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                pageLabels(kids.getObject(i), items, seen);
            }
        }
    }

    private static final COSName OVERLAY_TEXT = COSName.getPDFName("OverlayText");
    private static final COSName RV = COSName.getPDFName("RV");

    /** Each named string of a dictionary, set back in place. */
    private static void strings(List<Item> items, int page, COSDictionary d, List<COSName> keys) {
        strings(items, page, d, keys, null);
    }

    /** Each named string of a dictionary, set back in place; the appearance of {@code drawn} (if any) dropped with it. */
    private static void strings(List<Item> items, int page, COSDictionary d, List<COSName> keys, COSDictionary drawn) {
        for (COSName key : keys) {
            String text = textOf(d.getDictionaryObject(key));
            if (text != null && !text.isBlank()) {
                items.add(new Item(page, text, replaced -> {
                    d.setString(key, replaced);
                    if (drawn != null) {
                        drawn.removeItem(COSName.AP);
                    }
                }));
            }
        }
    }

    /**
     * A text string, or a text stream's text (a field's value and default value may be either: a stream where the
     * value is long), read up to 1 MB; null for anything else. Set back, the text is a string.
     */
    private static String textOf(COSBase b) {
        if (b instanceof COSString s) {
            return s.getString();
        }
        if (b instanceof org.apache.pdfbox.cos.COSStream stream) {
            try (java.io.InputStream in = stream.createInputStream()) {
                // a text stream is encoded as a text string is (PDFDocEncoding, or UTF-16 after its mark)
                return new COSString(in.readNBytes(1 << 20)).getString();
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    /** An annotation's rich text ({@code /RC}), a string or a stream. */
    private static String richText(COSDictionary d) {
        return stringOrStream(d.getDictionaryObject(COSName.RC));
    }

    /** A field's rich value ({@code /RV}), a string or a stream. */
    private static String richValue(COSDictionary d) {
        return stringOrStream(d.getDictionaryObject(RV));
    }

    /** The text of rich text (XHTML, a string or a stream): its markup left out, its character references read. */
    private static String stringOrStream(COSBase b) {
        String xhtml = null;
        if (b instanceof COSString s) {
            xhtml = s.getString();
        } else if (b instanceof org.apache.pdfbox.cos.COSStream stream) {
            try (java.io.InputStream in = stream.createInputStream()) {
                xhtml = new String(in.readNBytes(1 << 20), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
        }
        if (xhtml == null) {
            return null;
        }
        // a tag between blocks parts words; one inside a word ("Marg<span>aret") does not
        String text = BLOCK.matcher(xhtml).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        java.util.regex.Matcher m = NUMERIC.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (m.find()) {
            int code;
            try {
                code = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            } catch (NumberFormatException e) {
                code = '?';
            }
            m.appendReplacement(decoded, java.util.regex.Matcher.quoteReplacement(Character.isValidCodePoint(code)
                    ? new String(Character.toChars(code)) : "?"));
        }
        m.appendTail(decoded);
        return decoded.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    /** A text's words with one space between them, for comparing. */
    private static String squeezed(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static final java.util.regex.Pattern BLOCK = java.util.regex.Pattern.compile(
            "(?i)<(?:/?(?:p|div|br|li|tr|td|body|h[1-6])\\b)[^<>]*+>");
    private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile("&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^<>]*+>");

    /** Each string of an array (and of the arrays in it), set back in place. */
    private static void addStrings(List<Item> items, COSArray array, int depth) {
        for (int i = 0; i < array.size() && depth < 2; i++) {
            COSBase element = array.getObject(i);
            int index = i;
            if (element instanceof COSString s && !s.getString().isBlank()) {
                items.add(new Item(1, s.getString(), replaced -> array.set(index, new COSString(replaced))));
            } else if (element instanceof COSArray inner) {
                addStrings(items, inner, depth + 1);
            }
        }
    }

    private static void addField(List<Item> items, PDTerminalField field, Map<COSDictionary, Integer> pageOfWidget) {
        String v;
        try {
            v = field.getValueAsString();
        } catch (RuntimeException e) {
            return;
        }
        if (v == null || v.isBlank() || "Off".equals(v)) {
            return;
        }
        int page = 1;
        for (PDAnnotationWidget w : field.getWidgets()) {
            page = pageOfWidget.getOrDefault(w.getCOSObject(), page);
        }
        items.add(new Item(page, v, replaced -> setField(field, replaced)));
    }

    /** Sets a field's value; its old appearance (which draws the old value) never survives. */
    private static void setField(PDTerminalField field, String replaced) throws IOException {
        for (PDAnnotationWidget w : field.getWidgets()) {
            w.getCOSObject().removeItem(COSName.AP);
            // a check box's or a radio button's state is named by its value ("/AS /jane.doe@example.com")
            w.getCOSObject().removeItem(COSName.AS);
        }
        field.getCOSObject().removeItem(COSName.DV);
        field.getCOSObject().removeItem(RV); // the rich value repeats the value
        if (field instanceof PDTextField text) {
            try {
                text.setValue(replaced);
                return;
            } catch (IOException | RuntimeException e) {
                // a font without the glyphs: keep the value, no appearance (viewers draw it)
                for (PDAnnotationWidget w : field.getWidgets()) {
                    w.getCOSObject().removeItem(COSName.AP);
                }
            }
        }
        field.getCOSObject().setString(COSName.V, replaced);
    }

    /**
     * Visits every bookmark below {@code node}, depth first, without recursion (a deep outline is legitimate: each level
     * was a stack frame, and levels past 64 were not visited, their titles and actions left as they were), each once
     * (an outline that loops), at most 100,000.
     */
    static void walk(PDOutlineNode node, Consumer<PDOutlineItem> visit, int depth) {
        java.util.Set<COSDictionary> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Deque<java.util.Iterator<PDOutlineItem>> stack = new java.util.ArrayDeque<>();
        stack.push(node.children().iterator());
        int guard = 0;
        while (!stack.isEmpty()) {
            java.util.Iterator<PDOutlineItem> level = stack.peek();
            if (!level.hasNext()) {
                stack.pop();
                continue;
            }
            PDOutlineItem child = level.next();
            if (++guard > 100_000) {
                return;
            }
            if (!seen.add(child.getCOSObject())) {
                continue;
            }
            visit.accept(child);
            stack.push(child.children().iterator());
        }
    }

    static List<PDAnnotation> annotations(PDPage page) {
        try {
            return page.getAnnotations();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
