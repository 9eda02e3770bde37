package io.blackbar.format.pdf.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One pass over every dictionary the output holds (reached from the trailer), indirect or written inside another, for
 * what may sit in any of them: associated files ({@code /AF}: on an annotation, a form, an image, a structure element,
 * marked content's properties), a file specification's embedded streams ({@code /EF}, {@code /RF}) wherever it is reached from,
 * additional actions ({@code /AA}: a field's parent that no field list names keeps its scripts otherwise), OPI
 * dictionaries (the path of a picture's original on a user's disk), an image's alternates (another picture, printed
 * instead), and structure elements' user properties (a CAD or Visio object's owner, cost, part number).
 */
final class ObjectSweep {

    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName RF = COSName.getPDFName("RF");
    private static final COSName OPI = COSName.getPDFName("OPI");
    private static final COSName ALTERNATES = COSName.getPDFName("Alternates");
    private static final COSName CLASS_MAP = COSName.getPDFName("ClassMap");
    private static final COSName USER_PROPERTIES = COSName.getPDFName("UserProperties");

    private ObjectSweep() {
    }

    /** Cleans every dictionary the output will hold: those reached from the trailer. */
    static void clean(PDDocument doc, Map<String, Integer> removed) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(doc.getDocument().getTrailer());
        while (!todo.isEmpty()) {
            COSBase o = deref(todo.pop());
            if (o == null || !seen.add(o)) {
                continue;
            }
            if (o instanceof COSDictionary d) {
                clean(d, removed);
                for (COSBase v : d.getValues()) {
                    push(todo, v);
                }
            } else if (o instanceof COSArray a) {
                for (COSBase v : a) {
                    push(todo, v);
                }
            }
        }
    }

    private static void push(Deque<COSBase> todo, COSBase v) {
        if (v instanceof COSDictionary || v instanceof COSArray || v instanceof COSObject) {
            todo.push(v);
        }
    }

    private static void clean(COSDictionary d, Map<String, Integer> removed) {
        if (d.containsKey(AF)) {
            d.removeItem(AF);
            Cleaner.count(removed, "embeddedFiles", 1);
        }
        if (COSName.FILESPEC.equals(d.getCOSName(COSName.TYPE)) || d.containsKey(COSName.EF)) {
            // every place that shows or opens an attached file is removed before; one reached from elsewhere loses them too
            d.removeItem(COSName.EF);
            d.removeItem(RF);
        }
        if (d.containsKey(COSName.AA)) {
            d.removeItem(COSName.AA);
            Cleaner.count(removed, "actions", 1);
        }
        if (d.containsKey(OPI)) {
            d.removeItem(OPI);
            Cleaner.count(removed, "metadata", 1);
        }
        if (d.containsKey(ALTERNATES) && COSName.IMAGE.equals(d.getCOSName(COSName.SUBTYPE))) {
            d.removeItem(ALTERNATES);
            Cleaner.count(removed, "alternateImages", 1);
        }
        // a structure element's attributes, and the class map's (attributes shared by class)
        // (an action under /A is no attribute object: left to the cleaner)
        if (d.containsKey(COSName.A)) {
            Cleaner.count(removed, "metadata", userProperties(d, COSName.A));
        }
        if (d.getDictionaryObject(CLASS_MAP) instanceof COSDictionary classes) {
            for (COSName c : new ArrayList<>(classes.keySet())) {
                Cleaner.count(removed, "metadata", userProperties(classes, c));
            }
        }
    }

    /**
     * Removes the user-properties attribute objects under a key: the value itself, or its entries (with the revision
     * number that may follow one).
     *
     * @return how many were removed
     */
    private static int userProperties(COSDictionary holder, COSName key) {
        COSBase value = deref(holder.getItem(key));
        if (isUserProperties(value)) {
            holder.removeItem(key);
            return 1;
        }
        if (!(value instanceof COSArray attributes)) {
            return 0;
        }
        List<COSBase> kept = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < attributes.size(); i++) {
            COSBase item = attributes.get(i);
            if (isUserProperties(deref(item))) {
                n++;
                if (i + 1 < attributes.size() && deref(attributes.get(i + 1)) instanceof org.apache.pdfbox.cos.COSNumber) {
                    i++; // its revision number
                }
            } else {
                kept.add(item);
            }
        }
        if (n > 0) {
            attributes.clear();
            kept.forEach(attributes::add);
            if (attributes.size() == 0) {
                holder.removeItem(key);
            }
        }
        return n;
    }

    private static boolean isUserProperties(COSBase b) {
        return b instanceof COSDictionary d && USER_PROPERTIES.equals(d.getCOSName(COSName.O));
    }

    private static COSBase deref(COSBase b) {
        return b instanceof COSObject o ? o.getObject() : b;
    }
}
