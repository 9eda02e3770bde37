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

/**
 * After forms were cloned for redaction, and images burned, drops the originals that no content draws any more: left
 * in a resource dictionary, an original would carry the removed text, or the pixels, into the output.
 */
final class UnusedForms {

    private final Map<COSDictionary, Set<String>> used = new IdentityHashMap<>();
    private final Set<COSStream> visited = Collections.newSetFromMap(new IdentityHashMap<>());

    private UnusedForms() {
    }

    /**
     * @param doc the document
     * @param replaced the form and image streams that were replaced by clones somewhere
     * @return resource entries removed
     */
    static int prune(PDDocument doc, Set<COSStream> replaced) throws IOException {
        if (replaced.isEmpty()) {
            return 0;
        }
        UnusedForms u = new UnusedForms();
        for (PDPage page : doc.getPages()) {
            u.scan(page, page.getResources());
        }
        int removed = 0;
        for (Map.Entry<COSDictionary, Set<String>> e : u.used.entrySet()) {
            if (!(e.getKey().getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects)) {
                continue;
            }
            for (COSName name : Set.copyOf(xobjects.keySet())) {
                COSBase value = xobjects.getDictionaryObject(name);
                if (value instanceof COSStream s && replaced.contains(s) && !e.getValue().contains(name.getName())) {
                    xobjects.removeItem(name);
                    removed++;
                }
            }
        }
        return removed;
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
