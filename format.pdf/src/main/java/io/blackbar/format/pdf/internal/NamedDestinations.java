package io.blackbar.format.pdf.internal;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

import io.blackbar.engine.api.spi.DocumentLimits;

/**
 * Named destinations: the names a document gives its jump targets ({@code /Dests}, in the catalog or its name
 * dictionary), which bookmarks and links name instead of a page. The names are text no viewer shows and no redaction
 * reads ("Patient Jane Doe - intake", a bookmark's name in Word, a reference's key in LaTeX), so they are replaced:
 * every bookmark, link and jump that names one points at its page instead, and the names go. A name that leads
 * nowhere loses its jump.
 */
final class NamedDestinations {

    private NamedDestinations() {
    }

    /**
     * @return how many jumps were pointed at their pages, or lost, plus one for each table of names removed
     */
    static int replace(PDDocument doc, DocumentLimits limits) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        COSDictionary root = catalog.getCOSObject();
        COSDictionary names = root.getDictionaryObject(COSName.NAMES) instanceof COSDictionary d ? d : null;
        // walked with or without a table of names: a jump that names a target no table holds leads nowhere, and its name goes
        Map<String, COSBase> resolved = new java.util.HashMap<>();
        int[] count = {0};
        var outline = catalog.getDocumentOutline();
        if (outline != null) {
            TextItems.walk(outline, item -> count[0] += jumps(catalog, item.getCOSObject(), resolved), 0);
        }
        for (PDPage page : doc.getPages()) {
            if (limits.expired()) {
                throw new IOException("time budget spent");
            }
            for (PDAnnotation a : TextItems.annotations(page)) {
                count[0] += jumps(catalog, a.getCOSObject(), resolved);
            }
        }
        if (root.containsKey(COSName.DESTS)) {
            root.removeItem(COSName.DESTS);
            count[0]++;
        }
        if (names != null && names.containsKey(COSName.DESTS)) {
            names.removeItem(COSName.DESTS);
            count[0]++;
        }
        return count[0];
    }

    /** The jumps of a bookmark, a link or an action ({@code /Dest}, and {@code /D} of its {@code GoTo} action). */
    private static int jumps(PDDocumentCatalog catalog, COSDictionary holder, Map<String, COSBase> resolved) {
        int n = jump(catalog, holder, COSName.DEST, resolved);
        if (holder.getDictionaryObject(COSName.A) instanceof COSDictionary action
                && "GoTo".equals(action.getNameAsString(COSName.S))) {
            n += jump(catalog, action, COSName.D, resolved);
        }
        if ("GoTo".equals(holder.getNameAsString(COSName.S))) {
            n += jump(catalog, holder, COSName.D, resolved);
        }
        return n; // a kept action's /Next and /SD are gone already (Cleaner)
    }

    /** Points a jump that names its target at the target's page (or removes it); @return 1 when it did */
    private static int jump(PDDocumentCatalog catalog, COSDictionary holder, COSName key, Map<String, COSBase> resolved) {
        COSBase target = holder.getDictionaryObject(key);
        String name = target instanceof COSName n ? "/" + n.getName() : target instanceof COSString s ? "(" + s.getString() : null;
        if (name == null) {
            return 0;
        }
        COSBase page = resolved.computeIfAbsent(name, k -> page(catalog, target));
        if (page == null) {
            holder.removeItem(key);
        } else {
            holder.setItem(key, page);
        }
        return 1;
    }

    /** @return the explicit destination a name stands for, or null when it stands for none that can be read */
    private static COSBase page(PDDocumentCatalog catalog, COSBase name) {
        try {
            PDNamedDestination named = name instanceof COSName n ? new PDNamedDestination(n)
                    : new PDNamedDestination((COSString) name);
            PDPageDestination page = catalog.findNamedDestinationPage(named);
            return page == null ? null : page.getCOSObject();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return null; // a damaged or looping name tree: the jump is lost, not the document
        }
    }
}
