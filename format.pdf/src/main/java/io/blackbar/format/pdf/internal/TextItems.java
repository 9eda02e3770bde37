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
        int pageNo = 0;
        for (PDPage page : doc.getPages()) {
            pageNo++;
            List<PDAnnotation> annotations = annotations(page);
            for (PDAnnotation a : annotations) {
                if (a instanceof PDAnnotationWidget) {
                    pageOfWidget.put(a.getCOSObject(), pageNo);
                    continue;
                }
                COSDictionary d = a.getCOSObject();
                for (COSName key : List.of(COSName.CONTENTS, COSName.T, COSName.SUBJ)) {
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
            }
        }
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDTerminalField terminal) {
                    addField(items, terminal, pageOfWidget);
                }
                // names and tooltips are text too ("Patient John Smith" as a field's name); a field's
                // own default value, and the value a parent holds for its children (inherited, so
                // not the children's own), are values too
                COSDictionary d = field.getCOSObject();
                List<COSName> own = field instanceof PDTerminalField ? List.of(COSName.T, COSName.TU, COSName.DV)
                        : List.of(COSName.T, COSName.TU, COSName.DV, COSName.V);
                for (COSName key : own) {
                    String v = d.getString(key);
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
        }
        field.getCOSObject().removeItem(COSName.DV);
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

    static void walk(PDOutlineNode node, Consumer<PDOutlineItem> visit, int depth) {
        if (depth > 64) {
            return;
        }
        int guard = 0;
        for (PDOutlineItem child : node.children()) {
            if (++guard > 100_000) {
                return;
            }
            visit.accept(child);
            walk(child, visit, depth + 1);
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
