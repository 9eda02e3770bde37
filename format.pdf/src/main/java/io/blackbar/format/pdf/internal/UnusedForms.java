package io.blackbar.format.pdf.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * After forms were cloned for redaction, and images burned, drops the originals that no content draws any more: left
 * in a resource dictionary, an original would carry the removed text, or the pixels, into the output. And drops every
 * form no content draws at all (a page's, a form's or an annotation appearance's): nothing reads the text of a form
 * never drawn, and it went into the output as it was (a review's: "Jane Doe" in a form the page lists and never
 * draws). Resources an appearance that cannot be read may draw from are left as they are.
 */
final class UnusedForms {

    private final Map<COSDictionary, Set<String>> used = new IdentityHashMap<>();
    private final Set<COSStream> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Resources something unread may draw from: nothing is dropped from them. */
    private final Set<COSDictionary> unsure = Collections.newSetFromMap(new IdentityHashMap<>());

    private UnusedForms() {
    }

    /**
     * @param doc the document
     * @param replaced the form and image streams that were replaced by clones somewhere
     * @return resource entries removed
     */
    static int prune(PDDocument doc, Set<COSStream> replaced) throws IOException {
        UnusedForms u = new UnusedForms();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            // only resources that list a form can lose one: a page whose resources list none is not read again
            if (hasForm(resources) || !replaced.isEmpty()) {
                u.scan(page, resources);
            }
            for (PDAnnotation a : TextItems.annotations(page)) {
                // an appearance without resources of its own may draw the page's (an older writer's habit)
                for (COSStream appearance : appearances(a.getCOSObject())) {
                    PDFormXObject form = new PDFormXObject(appearance);
                    PDResources own = form.getResources();
                    if (!hasForm(own == null ? resources : own) && replaced.isEmpty()) {
                        continue;
                    }
                    try {
                        u.scan(form, own == null ? resources : own);
                    } catch (IOException | RuntimeException e) {
                        u.unsure.add(own == null ? resources.getCOSObject() : own.getCOSObject());
                    }
                }
            }
        }
        int removed = 0;
        for (Map.Entry<COSDictionary, Set<String>> e : u.used.entrySet()) {
            if (u.unsure.contains(e.getKey()) || !(e.getKey().getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects)) {
                continue;
            }
            for (COSName name : Set.copyOf(xobjects.keySet())) {
                COSBase value = xobjects.getDictionaryObject(name);
                if (value instanceof COSStream s && (replaced.contains(s) || COSName.FORM.equals(s.getCOSName(COSName.SUBTYPE)))
                        && !e.getValue().contains(name.getName())) {
                    xobjects.removeItem(name);
                    removed++;
                }
            }
        }
        return removed;
    }

    /** Whether resources list a form XObject. */
    private static boolean hasForm(PDResources resources) {
        if (resources == null || !(resources.getCOSObject().getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects)) {
            return false;
        }
        for (COSName name : xobjects.keySet()) {
            if (xobjects.getDictionaryObject(name) instanceof COSStream s && COSName.FORM.equals(s.getCOSName(COSName.SUBTYPE))) {
                return true;
            }
        }
        return false;
    }

    /** The appearance streams of an annotation: normal, rollover and down, each one stream or one per state. */
    private static java.util.List<COSStream> appearances(COSDictionary annotation) {
        java.util.List<COSStream> out = new java.util.ArrayList<>();
        if (annotation.getDictionaryObject(COSName.AP) instanceof COSDictionary ap) {
            for (COSName kind : java.util.List.of(COSName.N, COSName.R, COSName.D)) {
                COSBase b = ap.getDictionaryObject(kind);
                if (b instanceof COSStream stream) {
                    out.add(stream);
                } else if (b instanceof COSDictionary states) {
                    for (COSName state : states.keySet()) {
                        if (states.getDictionaryObject(state) instanceof COSStream stream) {
                            out.add(stream);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Records the XObject names a stream draws, and walks into the forms it draws. */
    private void scan(PDContentStream stream, PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        Set<String> names = used.computeIfAbsent(resources.getCOSObject(), k -> new HashSet<>());
        Object previous = null;
        PDFStreamParser parser = new PDFStreamParser(stream);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op && "Do".equals(op.getName()) && previous instanceof COSName name) {
                names.add(name.getName());
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDFormXObject form && visited.add(form.getCOSObject())) {
                    PDResources own = form.getResources();
                    scan(form, own == null ? resources : own);
                }
            }
            previous = token;
        }
    }
}
