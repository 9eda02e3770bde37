package io.blackbar.format.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

import io.blackbar.engine.api.spi.DocumentLimits;

/** Removes hidden data and active content; counts what it removed, by kind. */
final class Cleaner {

    private static final COSName PIECE_INFO = COSName.getPDFName("PieceInfo");
    private static final COSName THUMB = COSName.getPDFName("Thumb");
    private static final COSName XFA = COSName.getPDFName("XFA");
    private static final COSName SE = COSName.getPDFName("SE");
    private static final COSName SD = COSName.getPDFName("SD");
    private static final Set<String> SAFE_ACTIONS = Set.of("GoTo");
    private static final Set<String> MEDIA = Set.of("RichMedia", "Sound", "Movie", "Screen", "3D");

    private Cleaner() {
    }

    /**
     * Everything sanitization removes.
     *
     * @return counts by kind
     */
    static Map<String, Integer> sanitize(PDDocument doc, DocumentLimits limits) throws IOException {
        Map<String, Integer> removed = new TreeMap<>();
        removeMetadata(doc, removed);
        removeImageMetadata(doc, removed, limits);
        removeEmbeddedFiles(doc, removed);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        COSDictionary root = catalog.getCOSObject();
        PDDocumentNameDictionary names = catalog.getNames();
        if (names != null && names.getCOSObject().containsKey(COSName.JAVA_SCRIPT)) {
            names.getCOSObject().removeItem(COSName.JAVA_SCRIPT);
            count(removed, "javascript", 1);
        }
        if (root.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary) {
            root.removeItem(COSName.OPEN_ACTION);
            count(removed, "actions", 1);
        }
        count(removed, "actions", removeActions(root));
        var outline = catalog.getDocumentOutline();
        if (outline != null) {
            // bookmarks run actions too (a script, a web address, a program)
            int[] bookmarkActions = {0};
            TextItems.walk(outline, item -> bookmarkActions[0] += removeActions(item.getCOSObject()), 0);
            count(removed, "actions", bookmarkActions[0]);
        }
        removeXfa(doc, removed);
        removeCatalogExtras(doc, removed);
        if (root.containsKey(COSName.PERMS)) {
            root.removeItem(COSName.PERMS);
            count(removed, "signatures", 1);
        }
        PDAcroForm form = catalog.getAcroForm(null);
        if (form != null) {
            // a field's widget on no page: its appearance is drawn nowhere and read by nothing (its value is read)
            Set<COSDictionary> onPages = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : TextItems.annotations(page)) {
                    onPages.add(a.getCOSObject());
                }
            }
            for (PDField f : form.getFieldTree()) {
                if (f instanceof org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField t) {
                    for (PDAnnotationWidget w : t.getWidgets()) {
                        if (!onPages.contains(w.getCOSObject()) && w.getCOSObject().containsKey(COSName.AP)) {
                            w.getCOSObject().removeItem(COSName.AP);
                            count(removed, "appearances", 1);
                        }
                    }
                }
            }
            for (PDField f : form.getFieldTree()) {
                count(removed, "actions", removeActions(f.getCOSObject()));
                // a signature names its signer (and its certificate does): any change breaks it anyway
                if (f instanceof PDSignatureField && f.getCOSObject().containsKey(COSName.V)) {
                    f.getCOSObject().removeItem(COSName.V);
                    f.getCOSObject().removeItem(COSName.getPDFName("Lock"));
                    f.getCOSObject().removeItem(COSName.SV);
                    for (PDAnnotationWidget w : ((PDSignatureField) f).getWidgets()) {
                        w.getCOSObject().removeItem(COSName.AP);
                    }
                    count(removed, "signatures", 1);
                }
            }
        }
        for (PDPage page : doc.getPages()) {
            if (limits.expired()) {
                throw new IOException("time budget spent");
            }
            count(removed, "actions", removeActions(page.getCOSObject()));
            for (PDAnnotation a : TextItems.annotations(page)) {
                COSDictionary d = a.getCOSObject();
                count(removed, "actions", removeActions(d));
                // a signature whose field no /Fields entry lists: its signer's name, contact and reason
                if (COSName.SIG.equals(d.getCOSName(COSName.FT)) && d.getDictionaryObject(COSName.V) instanceof COSDictionary) {
                    d.removeItem(COSName.V);
                    d.removeItem(COSName.AP);
                    count(removed, "signatures", 1);
                }
            }
        }
        count(removed, "hiddenLayerContent", HiddenLayers.remove(doc, limits));
        // what may sit in any object: associated files, a field's scripts no field list reaches, OPI, alternates
        ObjectSweep.clean(doc, removed);
        // after every action was cleaned: only plain jumps are left to point at their pages
        count(removed, "namedDestinations", NamedDestinations.replace(doc, limits));
        return removed;
    }

    /** Document information, XMP, the application data blocks that may copy them, and page thumbnails. */
    private static void removeMetadata(PDDocument doc, Map<String, Integer> removed) {
        COSDictionary info = doc.getDocumentInformation().getCOSObject();
        count(removed, "metadata", info.size());
        doc.setDocumentInformation(new PDDocumentInformation());
        COSDictionary root = doc.getDocumentCatalog().getCOSObject();
        for (COSName key : List.of(COSName.METADATA, PIECE_INFO)) {
            if (root.containsKey(key)) {
                root.removeItem(key);
                count(removed, "metadata", 1);
            }
        }
        for (PDPage page : doc.getPages()) {
            for (COSName key : List.of(COSName.METADATA, PIECE_INFO, THUMB)) {
                if (page.getCOSObject().containsKey(key)) {
                    page.getCOSObject().removeItem(key);
                    // a thumbnail is a picture of the page as it was
                    count(removed, THUMB.equals(key) ? "thumbnails" : "metadata", 1);
                }
            }
        }
    }

    /** What images carry beside their pixels ({@link ImageStreams}). */
    private static void removeImageMetadata(PDDocument doc, Map<String, Integer> removed, DocumentLimits limits)
            throws IOException {
        COSDocument cos = doc.getDocument();
        for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
            if (limits.expired()) {
                throw new IOException("time budget spent");
            }
            if (!(cos.getObjectFromPool(key).getObject() instanceof COSStream image)
                    || !COSName.IMAGE.equals(image.getCOSName(COSName.SUBTYPE))) {
                continue;
            }
            try {
                ImageStreams.strip(image, removed, limits.maxMemoryBytes() / 4);
            } catch (IOException e) {
                // a stream that cannot be read is no image any reader shows: left as it is
            }
        }
    }

    /**
     * The XFA form: a second copy of the form and its data as XML, which redaction does not edit;
     * viewers fall back to the AcroForm fields.
     */
    private static void removeXfa(PDDocument doc, Map<String, Integer> removed) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form != null && form.getCOSObject().containsKey(XFA)) {
            form.getCOSObject().removeItem(XFA);
            count(removed, "xfa", 1);
        }
    }

    /**
     * The logical structure (tagged PDF): its elements carry alternate and actual text, titles,
     * and the information and XMP of merged source documents, none of which redaction edits.
     */
    static void removeStructure(PDDocument doc, Map<String, Integer> removed) {
        COSDictionary root = doc.getDocumentCatalog().getCOSObject();
        if (root.containsKey(COSName.STRUCT_TREE_ROOT)) {
            root.removeItem(COSName.STRUCT_TREE_ROOT);
            root.removeItem(COSName.MARK_INFO);
            count(removed, "structureTree", 1);
        }
        // bookmarks point into the structure too
        var outline = doc.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            TextItems.walk(outline, item -> item.getCOSObject().removeItem(SE), 0);
        }
    }

    /** The catalog's keys of ISO 32000-2; any other is an application's private data. */
    private static final Set<String> CATALOG_KEYS = Set.of("Type", "Version", "Extensions", "Pages", "PageLabels", "Names",
            "Dests", "ViewerPreferences", "PageLayout", "PageMode", "Outlines", "OpenAction", "AA", "URI", "AcroForm",
            "Metadata", "StructTreeRoot", "MarkInfo", "Lang", "OutputIntents", "PieceInfo", "OCProperties", "Perms", "Legal",
            "Requirements", "NeedsRendering");
    /** A page's keys of ISO 32000-2 (inherited ones included). */
    private static final Set<String> PAGE_KEYS = Set.of("Type", "Parent", "LastModified", "Resources", "MediaBox", "CropBox",
            "BleedBox", "TrimBox", "ArtBox", "BoxColorInfo", "Contents", "Rotate", "Group", "Thumb", "B", "Dur", "Trans",
            "Annots", "AA", "Metadata", "PieceInfo", "StructParents", "ID", "PZ", "SeparationInfo", "Tabs",
            "TemplateInstantiated", "PresSteps", "UserUnit", "VP", "AF", "OutputIntents", "DPart");
    /** The trailer's keys of ISO 32000-2. */
    private static final Set<String> TRAILER_KEYS = Set.of("Size", "Prev", "Root", "Encrypt", "Info", "ID", "XRefStm");
    /** The name trees that hold no destination, script or file this handler keeps or reads. */
    private static final List<String> NAME_TREES_REMOVED = List.of("URLS", "Renditions", "AP", "Templates", "Pages",
            "IDS", "AlternatePresentations");

    /**
     * Places of the catalog and the pages no redaction reads: article threads (their titles), associated files, a
     * portfolio's schema, web capture data and page identifiers, document parts, signatures' validation data,
     * an output intent's description, an open action given as text, private keys; the name trees of web capture,
     * renditions, named appearances, templates and named pages.
     */
    private static void removeCatalogExtras(PDDocument doc, Map<String, Integer> removed) {
        COSDictionary root = doc.getDocumentCatalog().getCOSObject();
        for (COSName key : new ArrayList<>(root.keySet())) {
            if (!CATALOG_KEYS.contains(key.getName())) {
                root.removeItem(key);
                count(removed, "AF".equals(key.getName()) || "Collection".equals(key.getName()) ? "embeddedFiles" : "metadata", 1);
            }
        }
        COSBase open = root.getDictionaryObject(COSName.OPEN_ACTION);
        if (open != null && !(open instanceof COSDictionary) && !(open instanceof COSArray)) {
            root.removeItem(COSName.OPEN_ACTION);
            count(removed, "actions", 1);
        }
        if (root.getDictionaryObject(COSName.OUTPUT_INTENTS) instanceof COSArray intents) {
            for (int i = 0; i < intents.size(); i++) {
                if (intents.getObject(i) instanceof COSDictionary intent) {
                    for (String key : List.of("Info", "OutputCondition")) { // descriptions; the identifier stays
                        if (intent.containsKey(key)) {
                            intent.removeItem(COSName.getPDFName(key));
                            count(removed, "metadata", 1);
                        }
                    }
                }
            }
        }
        if (root.getDictionaryObject(COSName.NAMES) instanceof COSDictionary names) {
            for (String tree : NAME_TREES_REMOVED) {
                if (names.containsKey(tree)) {
                    names.removeItem(COSName.getPDFName(tree));
                    count(removed, "metadata", 1);
                }
            }
        }
        // the trailer's keys of an application (what a writer noted there: an author, a job's number)
        COSDictionary trailer = doc.getDocument().getTrailer();
        for (COSName key : new ArrayList<>(trailer.keySet())) {
            if (!TRAILER_KEYS.contains(key.getName())) {
                trailer.removeItem(key);
                count(removed, "metadata", 1);
            }
        }
        // every object's XMP and application data (forms', fonts', annotations'), and the replacement and alternate texts
        // of marked-content properties, used or not (the page's reader strips the used ones where they are drawn)
        COSDocument cos = doc.getDocument();
        for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
            if (cos.getObjectFromPool(key).getObject() instanceof COSStream ps && COSName.PS.equals(ps.getCOSName(COSName.SUBTYPE))) {
                // a PostScript XObject: code for a printer no viewer runs and no redaction reads, emptied
                try (OutputStream o = ps.createOutputStream()) {
                    count(removed, "activeContent", 1);
                } catch (IOException e) {
                    // left: its bytes stay unread
                }
            }
            if (cos.getObjectFromPool(key).getObject() instanceof COSDictionary d) {
                for (COSName k : List.of(COSName.METADATA, PIECE_INFO)) {
                    if (d.containsKey(k) && !COSName.CATALOG.equals(d.getCOSName(COSName.TYPE))) {
                        d.removeItem(k);
                        count(removed, "metadata", 1);
                    }
                }
                // a resources dictionary's properties, or those of the resources a page or a form holds in itself
                COSDictionary resources = d.getDictionaryObject(COSName.RESOURCES) instanceof COSDictionary r ? r : d;
                if (resources.getDictionaryObject(COSName.PROPERTIES) instanceof COSDictionary properties) {
                    for (COSName name : properties.keySet()) {
                        if (properties.getDictionaryObject(name) instanceof COSDictionary list) {
                            for (COSName k : List.of(COSName.ACTUAL_TEXT, COSName.ALT, COSName.E)) {
                                list.removeItem(k);
                            }
                        }
                    }
                }
            }
        }
        for (PDPage page : doc.getPages()) {
            // an application's private keys (what a writer noted on the page), as the catalog's
            for (COSName key : new ArrayList<>(page.getCOSObject().keySet())) {
                if (!PAGE_KEYS.contains(key.getName())) {
                    page.getCOSObject().removeItem(key);
                    count(removed, "metadata", 1);
                }
            }
            // B: the article beads, which lead to the threads; DPart: the document part, which leads to its data
            for (String key : List.of("ID", "AF", "PZ", "B", "DPart")) {
                if (page.getCOSObject().containsKey(key)) {
                    page.getCOSObject().removeItem(COSName.getPDFName(key));
                    count(removed, "metadata", 1);
                }
            }
        }
    }

    /** Attached files (which no redaction can look into) and their annotations. */
    private static void removeEmbeddedFiles(PDDocument doc, Map<String, Integer> removed) {
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        if (names != null && names.getCOSObject().containsKey(COSName.EMBEDDED_FILES)) {
            names.getCOSObject().removeItem(COSName.EMBEDDED_FILES);
            count(removed, "embeddedFiles", 1);
        }
        for (PDPage page : doc.getPages()) {
            List<PDAnnotation> annotations = TextItems.annotations(page);
            List<PDAnnotation> kept = new ArrayList<>();
            for (PDAnnotation a : annotations) {
                // files, and the media a rich media, sound, movie or screen annotation carries (its assets, its sound)
                if (a instanceof PDAnnotationFileAttachment || MEDIA.contains(a.getSubtype())) {
                    count(removed, "embeddedFiles", 1);
                } else {
                    kept.add(a);
                }
            }
            if (kept.size() != annotations.size()) {
                page.setAnnotations(kept);
            }
        }
    }

    /**
     * Removes /AA and every /A that is not a plain jump inside the document; a kept jump loses the actions chained after
     * it ({@code /Next}, which may run a script) and its structure destination ({@code /SD}, which keeps the structure
     * tree and its alternate texts reachable).
     */
    private static int removeActions(COSDictionary d) {
        int n = 0;
        if (d.containsKey(COSName.AA)) {
            d.removeItem(COSName.AA);
            n++;
        }
        if (d.containsKey(COSName.PA)) {
            d.removeItem(COSName.PA); // a link's action for its whole phrase (a web address, a script)
            n++;
        }
        if (d.getDictionaryObject(COSName.A) instanceof COSDictionary action) {
            if (!SAFE_ACTIONS.contains(action.getNameAsString(COSName.S))) {
                d.removeItem(COSName.A);
                n++;
            } else {
                for (COSName key : List.of(COSName.NEXT, SD)) {
                    if (action.containsKey(key)) {
                        action.removeItem(key);
                        n++;
                    }
                }
            }
        }
        return n;
    }

    static void count(Map<String, Integer> removed, String kind, int n) {
        if (n > 0) {
            removed.merge(kind, n, Integer::sum);
        }
    }
}
