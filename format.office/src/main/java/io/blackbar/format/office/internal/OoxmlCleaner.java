package io.blackbar.format.office.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.ImageMetadata;

/**
 * Removes what a reader cannot see or Blackbar cannot redact: properties and thumbnails, authors,
 * tracked changes, macros, embedded objects, add-ins and external links (by what a part is: {@link PartKinds}), fields
 * and actions that run or fetch, an SVG picture's metadata and scripts on every write; comments and hidden content too
 * when sanitizing ({@link SanitizeOnly}). Counts what went, by kind.
 */
final class OoxmlCleaner {

    /** Macro-enabled main part types and their macro-free equivalents. */
    static final Map<String, String> MACRO_FREE = Map.of(
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");
    private static final Set<String> AUTHOR_ATTRIBUTES = Set.of("author", "initials", "userId", "providerId", "userName");
    private static final String ANONYMOUS = "Author";

    private final OoxmlPackage pkg;
    private final Map<String, Integer> removed = new TreeMap<>();

    OoxmlCleaner(OoxmlPackage pkg) {
        this.pkg = pkg;
    }

    /**
     * @param sanitize also remove comments and hidden content
     * @return what was removed, by kind
     */
    Map<String, Integer> clean(boolean sanitize) throws EngineException {
        // part names are compared without case (ECMA-376 part 2, 9.1.1.1): "DocProps/core.xml" is the core properties too
        // and what a part is, by the relationships that reach it and its content type, whatever its name (PartKinds)
        removeParts(sanitize);
        for (String n : pkg.names()) {
            String type = pkg.contentType(n);
            if (MACRO_FREE.containsKey(type)) {
                pkg.setContentType(n, MACRO_FREE.get(type));
            }
        }
        // binary parts no reader shows and this handler cannot read: printer settings (a printer's and a user's names),
        // a sheet's custom properties, Power Pivot's data model (a copy of the data), PowerPoint's change tracking (who
        // changed what), Power Query's definitions (a base64 zip of queries that may hold values)
        // (printer settings and custom properties kept but blanked: a sheet's page setup and custom property point at them)
        for (String n : pkg.names()) {
            byte[] bytes = pkg.bytes(n);
            if (bytes != null && lower(n).contains("/printersettings/") && bytes.length >= 64) {
                byte[] blank = bytes.clone();
                java.util.Arrays.fill(blank, 0, 64, (byte) 0); // DEVMODE's first field: the printer's name, 32 UTF-16 units
                if (!java.util.Arrays.equals(blank, bytes)) {
                    pkg.setBytes(n, blank);
                    count("metadata", 1);
                }
            } else if (bytes != null && lower(n).matches("xl/customproperty\\d*\\.bin") && bytes.length > 0) {
                pkg.setBytes(n, new byte[0]);
                count("metadata", 1);
            }
        }
        // a photo pasted into a document keeps its camera's EXIF (where it was taken), XMP and comments
        for (String n : pkg.names()) {
            byte[] bytes = OoxmlPackage.isXml(n) ? null : pkg.bytes(n);
            byte[] inflated = bytes != null && Emz.isGzip(bytes) ? Emz.metafile(bytes) : null; // an EMZ or a WMZ
            if (bytes != null && SvgText.isSvg(n, pkg.contentType(n), bytes)) {
                // an SVG picture's editor data, metadata, scripts and fetched references (SvgText)
                byte[] cleaned = SvgText.clean(bytes, removed);
                if (cleaned != bytes) {
                    pkg.setBytes(n, cleaned);
                }
            } else if (inflated != null) {
                // its metafile's comments and escapes, and gzip's file name, comment and time
                byte[] stripped = ImageMetadata.strip(inflated);
                if (stripped != inflated || Emz.hasHeaderData(bytes)) {
                    pkg.setBytes(n, Emz.compress(stripped));
                    count("imageMetadata", 1);
                }
            } else if (bytes != null && Emz.isGzip(bytes)) {
                // a compressed picture not read (more than one member, bytes after it, a bomb): its header's name,
                // comment and time at least
                byte[] bare = Emz.bareHeader(bytes);
                if (bare != bytes) {
                    pkg.setBytes(n, bare);
                    count("imageMetadata", 1);
                }
            } else if (bytes != null) {
                // a JPEG's segments between its scans too, a WebP's EXIF and XMP, a PNG's private chunks (ImageMetadata)
                byte[] stripped = ImageMetadata.strip(bytes);
                if (stripped != bytes) {
                    pkg.setBytes(n, stripped);
                    count("imageMetadata", 1);
                }
            }
        }
        for (String n : pkg.names()) {
            if (pkg.readsAsXml(n) && !pkg.isStreamed(n)) {
                clean(n, pkg.xml(n), sanitize);
            }
        }
        if (sanitize) {
            SanitizeOnly.afterParts(pkg, removed);
        }
        return removed;
    }

    /** The kind a part's name alone gives it (the usual names, compared without case), or null. */
    private PartKinds.Kind byName(String n, boolean sanitize) {
        String l = lower(n);
        if (isMetadata(n)) {
            return PartKinds.Kind.METADATA;
        } else if (isMacros(n)) {
            return PartKinds.Kind.MACROS;
        } else if (isEmbedded(n) || l.startsWith("xl/model/") || isDataMashup(n)) {
            // Power Pivot's data model (a copy of the data), Power Query's definitions (queries that may hold values)
            return PartKinds.Kind.EMBEDDED;
        } else if (l.startsWith("xl/externallinks/")) {
            return PartKinds.Kind.EXTERNAL;
        } else if (l.startsWith("ppt/changesinfos/") || l.equals("ppt/revisioninfo.xml")) {
            return PartKinds.Kind.REVISIONS;
        } else if (sanitize && isComments(n)) {
            return PartKinds.Kind.COMMENTS;
        }
        return null;
    }

    /**
     * Removes the parts of the kinds every write removes (sanitize's too when sanitizing), by what they are and by their
     * usual names, with the relationships and content type overrides pointing at them, content type defaults only they
     * used, and the elements that referred to them where a dangling reference would make the file invalid (an ActiveX
     * control, an imported chunk, a macro sheet's entry in the workbook); other references to them lose their
     * relationship id.
     */
    private void removeParts(boolean sanitize) throws EngineException {
        Map<String, PartKinds.Kind> gone = PartKinds.removed(pkg, sanitize);
        for (String n : pkg.names()) {
            PartKinds.Kind k = gone.containsKey(n) || n.endsWith(".rels") || n.equals(OoxmlPackage.CONTENT_TYPES) ? null : byName(n, sanitize);
            if (k != null) {
                gone.put(n, k);
            }
        }
        if (gone.isEmpty()) {
            return;
        }
        Set<String> goneLower = new java.util.HashSet<>();
        gone.keySet().forEach(n -> goneLower.add(lower(n)));
        // the relationships that will point nowhere, by the part that holds them
        Map<String, Set<String>> dangling = new TreeMap<>();
        for (String rels : pkg.relsParts()) {
            String source = OoxmlPackage.sourceOf(rels);
            if (source.isEmpty() || goneLower.contains(lower(source))) {
                continue;
            }
            for (Element r : OoxmlPackage.children(pkg.xml(rels).getDocumentElement(), "Relationship")) {
                String target = OoxmlPackage.target(rels, r);
                if (target != null && goneLower.contains(lower(target))) {
                    dangling.computeIfAbsent(source, s -> new java.util.HashSet<>()).add(r.getAttribute("Id"));
                }
            }
        }
        Set<String> types = new java.util.HashSet<>();
        for (String n : gone.keySet()) {
            types.add(lower(pkg.contentType(n)));
        }
        pkg.remove(gone::containsKey);
        for (PartKinds.Kind k : gone.values()) {
            if (k != null) {
                count(k.key, 1);
            }
        }
        // a default content type that only removed parts had (a .bin that meant VBA)
        Element typesRoot = pkg.xml(OoxmlPackage.CONTENT_TYPES).getDocumentElement();
        for (Element d : OoxmlPackage.children(typesRoot, "Default")) {
            String ext = lower("." + d.getAttribute("Extension"));
            if (types.contains(lower(d.getAttribute("ContentType"))) && !ext.equals(".xml") && !ext.equals(".rels")
                    && pkg.names().stream().noneMatch(n -> lower(n).endsWith(ext))) {
                typesRoot.removeChild(d);
            }
        }
        int sheets = 0;
        for (Map.Entry<String, Set<String>> e : dangling.entrySet()) {
            if (pkg.has(e.getKey()) && !pkg.isStreamed(e.getKey()) && pkg.readsAsXml(e.getKey())) {
                sheets += References.dropDangling(pkg.xml(e.getKey()), e.getValue(), removed);
            }
        }
        if (sheets > 0) {
            // the calculation chain names cells by sheet: entries of a removed sheet make Excel repair the file
            removeCalcChain(pkg);
        }
    }

    /**
     * Removes a workbook's calculation chain ({@code xl/calcChain.xml}: the order Excel last computed the formula cells
     * in, by its content type or the relationship that reaches it, whatever its name), with its relationship and content
     * type override. It is a cache: Excel rebuilds it on opening, while a chain naming a cell of a sheet or a formula
     * that went makes it report the file damaged ("Removed Records: Formula from /xl/calcChain.xml").
     *
     * @return how many parts went
     */
    static int removeCalcChain(OoxmlPackage pkg) throws EngineException {
        Set<String> chains = new java.util.HashSet<>();
        for (String rels : pkg.relsParts()) {
            for (Element r : OoxmlPackage.children(pkg.xml(rels).getDocumentElement(), "Relationship")) {
                String target = OoxmlPackage.target(rels, r);
                if (target != null && lower(r.getAttribute("Type")).endsWith("/calcchain")) {
                    chains.add(lower(target));
                }
            }
        }
        for (String n : pkg.names()) {
            if (!n.endsWith(".rels") && !n.equals(OoxmlPackage.CONTENT_TYPES)
                    && lower(pkg.contentType(n)).endsWith("spreadsheetml.calcchain+xml")) {
                chains.add(lower(n));
            }
        }
        return chains.isEmpty() ? 0 : pkg.remove(n -> chains.contains(lower(n)));
    }

    private static boolean isMetadata(String n) {
        // core properties where .NET's packaging writes them too
        return lower(n).startsWith("docprops/") || lower(n).startsWith("package/services/metadata/");
    }

    /** Whether a custom XML part holds Power Query's definitions ({@code <DataMashup>}, a base64 zip of its queries). */
    private boolean isDataMashup(String n) {
        if (!lower(n).matches("customxml/item\\d+\\.xml")) {
            return false;
        }
        try {
            return "DataMashup".equals(pkg.xml(n).getDocumentElement().getLocalName());
        } catch (EngineException e) {
            return false; // not XML: read (and refused) as such elsewhere
        }
    }

    private static boolean isMacros(String n) {
        return lower(n).contains("vbaproject") || lower(n).contains("vbadata");
    }

    private static boolean isEmbedded(String n) {
        return lower(n).contains("/embeddings/") || lower(n).contains("/activex/");
    }

    /** @return whether every write removes the part (properties, thumbnail, macros, embedded objects) */
    static boolean removedOnWrite(String n) {
        return isMetadata(n) || isMacros(n) || isEmbedded(n);
    }

    private static boolean isComments(String n) {
        String l = lower(n);
        return l.matches(".*/(comments[^/]*|commentauthors|authors|people|persons/person\\d*)\\.xml")
                || l.contains("/comments/") || l.contains("/threadedcomments/");
    }

    private void clean(String name, Document doc, boolean sanitize) throws EngineException {
        if (name.endsWith(".rels")) {
            for (Element r : OoxmlPackage.children(doc.getDocumentElement(), "Relationship")) {
                if ("External".equals(r.getAttribute("TargetMode")) && !r.getAttribute("Type").endsWith("/hyperlink")) {
                    r.setAttribute("Target", "about:blank");
                    count("externalLinks", 1);
                }
            }
            return;
        }
        authorsAndSessions(doc.getDocumentElement());
        // document variables (what a template or an add-in keeps: a client's name, a matter number),
        // the list of editing sessions and a mail merge's data source (a path, a table, a query) are
        // hidden data no reader shows
        for (String tag : List.of("docVars", "rsids", "mailMerge")) {
            for (Element e : OoxmlPackage.all(doc, tag)) {
                if (OoxmlText.isWord(e)) {
                    e.getParentNode().removeChild(e);
                    count("documentVariables", "docVars".equals(tag) ? 1 : 0);
                }
            }
        }
        // a date picker's stored date ("1980-04-12T00:00:00Z"): the date shown is the content, read and redacted as text
        for (Element e : OoxmlPackage.all(doc, "date")) {
            if (OoxmlText.isWord(e) && e.hasAttributeNS(e.getNamespaceURI(), "fullDate")) {
                e.removeAttributeNS(e.getNamespaceURI(), "fullDate");
            }
        }
        for (String tag : List.of("del", "moveFrom", "delText", "delInstrText", "rPrChange", "pPrChange", "tblPrChange", "trPrChange", "tcPrChange",
                "sectPrChange", "numberingChange", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd")) {
            for (Element e : OoxmlPackage.all(doc, tag)) {
                if (OoxmlText.isWord(e)) {
                    e.getParentNode().removeChild(e);
                    count("trackedChanges", tag.endsWith("RangeStart") || tag.endsWith("RangeEnd") ? 0 : 1);
                }
            }
        }
        for (String tag : List.of("ins", "moveTo")) {
            for (Element e : OoxmlPackage.all(doc, tag)) {
                if (OoxmlText.isWord(e) && !"rPr".equals(((Element) e.getParentNode()).getLocalName())) {
                    unwrap(e);
                    count("trackedChanges", 1);
                } else if (OoxmlText.isWord(e)) {
                    e.getParentNode().removeChild(e);
                }
            }
        }
        for (String tag : List.of("OLEObject", "oleObject", "externalReference", "externalReferences")) {
            for (Element e : OoxmlPackage.all(doc, tag)) {
                if (e.getParentNode() != null && !"p".equals(e.getPrefix())) {
                    References.remove(e);
                }
            }
        }
        Element root = doc.getDocumentElement();
        if (OoxmlText.isWord(root)) {
            count("fields", WordFields.neutralise(doc));
        }
        count("actions", actions(name, doc));
        if ("workbook".equals(root.getLocalName()) && OoxmlText.isSheet(root)) {
            count("macros", References.autoRunNames(doc));
            count("metadata", workbookPaths(doc));
        }
        if (sanitize) {
            for (String tag : List.of("commentRangeStart", "commentRangeEnd", "commentReference", "legacyDrawing")) {
                for (Element e : OoxmlPackage.all(doc, tag)) {
                    Node parent = e.getParentNode();
                    parent.removeChild(e);
                    if ("commentReference".equals(tag) && parent instanceof Element run && !hasElements(run, "t")) {
                        run.getParentNode().removeChild(run);
                    }
                }
            }
            hidden(doc);
            SanitizeOnly.clean(pkg, name, doc, removed);
        }
    }

    /**
     * PowerPoint's actions that run something on a click or a hover ({@code ppaction://program} starts the program
     * its relationship names, {@code ppaction://macro} a macro, {@code ppaction://ole} an object's verb) go with their
     * relationship; hyperlinks and jumps between slides stay.
     *
     * @return how many went
     */
    private int actions(String name, Document doc) throws EngineException {
        int n = 0;
        Set<String> ids = new java.util.HashSet<>();
        for (String tag : List.of("hlinkClick", "hlinkHover", "hlinkMouseOver")) {
            for (Element e : OoxmlPackage.all(doc, tag)) {
                String action = lower(e.getAttribute("action"));
                if (action.startsWith("ppaction://program") || action.startsWith("ppaction://macro")
                        || action.startsWith("ppaction://ole")) {
                    NamedNodeMap attrs = e.getAttributes();
                    for (int i = 0; i < attrs.getLength(); i++) {
                        if (References.isRelationshipAttribute((Attr) attrs.item(i))) {
                            ids.add(attrs.item(i).getNodeValue());
                        }
                    }
                    References.remove(e);
                    n++;
                }
            }
        }
        String rels = OoxmlPackage.relsOf(name);
        if (!ids.isEmpty() && pkg.has(rels)) {
            // the relationship goes unless something else in the part still refers to it
            for (Element e : OoxmlPackage.all(doc, "*")) {
                NamedNodeMap attrs = e.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    if (References.isRelationshipAttribute((Attr) attrs.item(i))) {
                        ids.remove(attrs.item(i).getNodeValue());
                    }
                }
            }
            for (Element r : OoxmlPackage.children(pkg.xml(rels).getDocumentElement(), "Relationship")) {
                if (ids.contains(r.getAttribute("Id"))) {
                    r.getParentNode().removeChild(r);
                }
            }
        }
        return n;
    }

    /**
     * A workbook's record of where it was saved ({@code x15ac:absPath}: "C:\Users\<name>\Documents\") and of its
     * revision in the cloud ({@code xr:revisionPtr}: a document id): both in ignorable namespaces, both removed.
     *
     * @return how many went
     */
    private static int workbookPaths(Document doc) {
        int n = 0;
        for (String tag : List.of("absPath", "revisionPtr")) {
            for (Element e : OoxmlPackage.all(doc, tag)) {
                if (e.getParentNode() != null) {
                    References.remove(e);
                    n++;
                }
            }
        }
        return n;
    }

    /** Hidden text (Word's vanish) goes; hidden sheets and slides are shown. */
    private void hidden(Document doc) {
        for (Element v : OoxmlPackage.all(doc, "vanish")) {
            String val = v.getAttributeNS(v.getNamespaceURI(), "val");
            if (OoxmlText.isWord(v) && !"0".equals(val) && !"false".equals(val) && v.getParentNode() instanceof Element rPr
                    && rPr.getParentNode() instanceof Element run && "r".equals(run.getLocalName())) {
                run.getParentNode().removeChild(run);
                count("hiddenText", 1);
            }
        }
        for (Element s : OoxmlPackage.all(doc, "sheet")) {
            if (OoxmlText.isSheet(s) && s.hasAttribute("state") && !"visible".equals(s.getAttribute("state"))) {
                s.removeAttribute("state");
                count("hiddenSheets", 1);
            }
        }
        Element root = doc.getDocumentElement();
        if ("sld".equals(root.getLocalName()) && "0".equals(root.getAttribute("show"))) {
            root.removeAttribute("show");
            count("hiddenSlides", 1);
        }
    }

    /**
     * Every author name, initials and user id becomes a neutral name, SpreadsheetML's author list too;
     * WordprocessingML's editing-session ids ({@code w:rsidR} and the like), which link the documents
     * one person edited in one session, go.
     */
    private void authorsAndSessions(Element root) {
        for (Element e : OoxmlPackage.all(root.getOwnerDocument(), "*")) {
            NamedNodeMap attrs = e.getAttributes();
            String ln = e.getLocalName();
            List<Attr> sessions = new ArrayList<>();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                String an = a.getLocalName() == null ? a.getName() : a.getLocalName();
                if (an.startsWith("rsid") && OoxmlText.isWord(e)) {
                    sessions.add(a);
                    continue;
                }
                boolean pptAuthor = ("cmAuthor".equals(ln) || "author".equals(ln)) && ("name".equals(an) || "initials".equals(an));
                if ((isAuthor(ln, an) || pptAuthor) && !a.getValue().isEmpty() && !ANONYMOUS.equals(a.getValue())) {
                    a.setValue(ANONYMOUS);
                    count("authors", 1);
                }
            }
            if ("author".equals(ln) && OoxmlText.isSheet(e) && !ANONYMOUS.equals(e.getTextContent())) {
                e.setTextContent(ANONYMOUS);
                count("authors", 1);
            }
            sessions.forEach(e::removeAttributeNode);
        }
    }

    /**
     * @return true for an attribute that names a person who wrote, commented, shared or revised: an
     *     author, initials, a user's ids and name, a {@code person}'s display name (elsewhere
     *     {@code displayName} names a table, which formulas refer to), a revision's {@code userInfo}
     */
    static boolean isAuthor(String element, String attribute) {
        return AUTHOR_ATTRIBUTES.contains(attribute) || "displayName".equals(attribute) && "person".equals(element)
                || "name".equals(attribute) && "userInfo".equals(element);
    }

    private static void unwrap(Element e) {
        Node parent = e.getParentNode();
        while (e.getFirstChild() != null) {
            parent.insertBefore(e.getFirstChild(), e);
        }
        parent.removeChild(e);
    }

    private static boolean hasElements(Element e, String localName) {
        return e.getElementsByTagNameNS("*", localName).getLength() > 0;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private void count(String kind, int n) {
        if (n > 0) {
            removed.merge(kind, n, Integer::sum);
        }
    }
}
