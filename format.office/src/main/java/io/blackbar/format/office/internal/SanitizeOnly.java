package io.blackbar.format.office.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import io.blackbar.engine.api.EngineException;

/**
 * What sanitize removes from a part's XML beyond what every write does: Word's text hidden by its style, content
 * controls' bindings to the custom XML parts that went, data connections' strings, passwords and queries, formulas
 * that fetch from the network, password hashes, and hidden shapes on slides (shown, as hidden slides and sheets are).
 * Then, for the package: the calculation chain when a formula went, shared strings no cell uses.
 */
final class SanitizeOnly {

    /** Functions that fetch or run outside the workbook when it calculates. */
    private static final Pattern FETCHING = Pattern.compile("(?i)(?<![\\w.])(_xlfn\\.)?(WEBSERVICE|RTD|IMAGE|CALL|REGISTER(\\.ID)?)\\s*\\(");
    /** A connection's attributes that hold its source, credentials or query, or make it refresh on opening. */
    private static final Set<String> CONNECTION_ATTRIBUTES = Set.of("command", "url", "sourceFile", "odcFile", "savePassword",
            "refreshOnLoad", "credentials", "singleSignOnId", "text");
    /** Elements holding a password's hash, and the attributes of theirs that do. */
    private static final Set<String> PROTECTIONS = Set.of("documentProtection", "writeProtection", "sheetProtection",
            "workbookProtection", "fileSharing", "protectedRange");
    private static final Pattern HASH_ATTRIBUTE = Pattern.compile("(?i).*(hash|salt|password|crypt|algorithm|algid|spincount).*");

    private SanitizeOnly() {
    }

    static void clean(OoxmlPackage pkg, String name, Document doc, Map<String, Integer> removed) throws EngineException {
        Element root = doc.getDocumentElement();
        String ln = root.getLocalName();
        if (OoxmlText.isWord(root) && !"styles".equals(ln)) {
            count(removed, "hiddenText", styleHidden(pkg, doc));
            for (Element b : OoxmlPackage.all(doc, "dataBinding")) {
                if (OoxmlText.isWord(b)) {
                    b.getParentNode().removeChild(b); // its custom XML part went: the control keeps the text it shows
                }
            }
        }
        if ("connections".equals(ln) && OoxmlText.isSheet(root)) {
            count(removed, "externalLinks", connections(doc));
        }
        if ("worksheet".equals(ln) && OoxmlText.isSheet(root)) {
            count(removed, "formulas", fetchingFormulas(doc));
        }
        if (OoxmlText.isSlides(root) && "sld".equals(ln)) {
            for (Element c : OoxmlPackage.all(doc, "cNvPr")) {
                String h = c.getAttribute("hidden");
                if ("1".equals(h) || "true".equals(h)) {
                    c.removeAttribute("hidden");
                    count(removed, "hiddenShapes", 1);
                }
            }
        }
        int hashes = 0;
        for (Element e : OoxmlPackage.all(doc, "*")) {
            if ("modifyVerifier".equals(e.getLocalName()) && OoxmlText.isSlides(e)) {
                References.remove(e);
                hashes++;
            } else if (PROTECTIONS.contains(e.getLocalName())) {
                NamedNodeMap attrs = e.getAttributes();
                List<Attr> gone = new ArrayList<>();
                for (int i = 0; i < attrs.getLength(); i++) {
                    Attr a = (Attr) attrs.item(i);
                    String an = a.getLocalName() == null ? a.getName() : a.getLocalName();
                    if (HASH_ATTRIBUTE.matcher(an).matches()) {
                        gone.add(a);
                    }
                }
                gone.forEach(e::removeAttributeNode);
                hashes += gone.isEmpty() ? 0 : 1;
            }
        }
        count(removed, "passwordHashes", hashes);
    }

    /**
     * After every part: the calculation chain goes when a formula went (Excel rebuilds it; one that names a cell
     * without a formula makes Excel repair the file), and shared strings no cell uses are emptied (the old value of a
     * cell typed over stays in the table until Excel saves it again), when no worksheet is streamed.
     */
    static void afterParts(OoxmlPackage pkg, Map<String, Integer> removed) throws EngineException {
        if (removed.getOrDefault("formulas", 0) > 0) {
            OoxmlCleaner.removeCalcChain(pkg);
        }
        String sst = null;
        Set<Integer> used = new HashSet<>();
        for (String n : pkg.names()) {
            String type = lower(pkg, n);
            if (type.endsWith("spreadsheetml.sharedstrings+xml")) {
                if (pkg.isStreamed(n) || pkg.isLazy(n)) {
                    return;
                }
                sst = n;
            } else if (type.endsWith("spreadsheetml.worksheet+xml") || type.endsWith("spreadsheetml.revisionlog+xml")) {
                if (pkg.isStreamed(n) || pkg.isLazy(n)) {
                    return;
                }
                for (Element c : OoxmlPackage.all(pkg.xml(n), "c")) {
                    Element v = firstChild(c, "v");
                    if ("s".equals(c.getAttribute("t")) && v != null && v.getTextContent().strip().matches("\\d{1,9}")) {
                        used.add(Integer.parseInt(v.getTextContent().strip()));
                    }
                }
            }
        }
        if (sst == null) {
            return;
        }
        int i = 0;
        int emptied = 0;
        for (Element si : OoxmlPackage.children(pkg.xml(sst).getDocumentElement(), "si")) {
            if (!used.contains(i++) && !si.getTextContent().isEmpty()) {
                while (si.getFirstChild() != null) {
                    si.removeChild(si.getFirstChild());
                }
                si.appendChild(si.getOwnerDocument().createElementNS(si.getNamespaceURI(), prefixed(si, "t")));
                emptied++;
            }
        }
        count(removed, "unusedStrings", emptied);
    }

    private static String prefixed(Element e, String local) {
        return e.getPrefix() == null ? local : e.getPrefix() + ":" + local;
    }

    private static String lower(OoxmlPackage pkg, String n) {
        try {
            return pkg.contentType(n).toLowerCase(Locale.ROOT);
        } catch (EngineException e) {
            return "";
        }
    }

    /**
     * Word's runs hidden by a style: a character style ({@code w:rStyle}) or a paragraph style ({@code w:pStyle}, else
     * the default one) whose run properties, or those of a style it is based on, say {@code w:vanish}; a run's own
     * {@code w:vanish} decides first (the direct one is removed by the cleaner), then its character style, then its
     * paragraph's.
     *
     * @return how many runs went
     */
    private static int styleHidden(OoxmlPackage pkg, Document doc) throws EngineException {
        Map<String, Element> styles = new HashMap<>();
        String defaultParagraph = null;
        for (String n : pkg.names()) {
            if (lower(pkg, n).endsWith("wordprocessingml.styles+xml") && pkg.readsAsXml(n) && !lower(n).contains("glossary")) {
                for (Element s : OoxmlPackage.all(pkg.xml(n), "style")) {
                    String id = s.getAttributeNS(s.getNamespaceURI(), "styleId");
                    styles.putIfAbsent(id, s);
                    if ("paragraph".equals(s.getAttributeNS(s.getNamespaceURI(), "type"))
                            && isOn(s.getAttributeNS(s.getNamespaceURI(), "default"))) {
                        defaultParagraph = id;
                    }
                }
            }
        }
        if (styles.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (Element run : OoxmlPackage.all(doc, "r")) {
            if (!OoxmlText.isWord(run) || run.getParentNode() == null) {
                continue;
            }
            Element rPr = firstChild(run, "rPr");
            Boolean hidden = rPr == null ? null : vanish(rPr);
            if (hidden == null && rPr != null && firstChild(rPr, "rStyle") != null) {
                hidden = styleVanish(styles, val(firstChild(rPr, "rStyle")));
            }
            if (hidden == null) {
                Element p = ancestor(run, "p");
                Element pPr = p == null ? null : firstChild(p, "pPr");
                Element pStyle = pPr == null ? null : firstChild(pPr, "pStyle");
                hidden = styleVanish(styles, pStyle != null ? val(pStyle) : defaultParagraph);
            }
            if (Boolean.TRUE.equals(hidden)) {
                run.getParentNode().removeChild(run);
                n++;
            }
        }
        return n;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** @return a style's vanish, its own or inherited through {@code w:basedOn}; null when none says */
    private static Boolean styleVanish(Map<String, Element> styles, String id) {
        Set<String> seen = new HashSet<>();
        while (id != null && seen.add(id)) {
            Element s = styles.get(id);
            if (s == null) {
                return null;
            }
            Element rPr = firstChild(s, "rPr");
            Boolean v = rPr == null ? null : vanish(rPr);
            if (v != null) {
                return v;
            }
            Element based = firstChild(s, "basedOn");
            id = based == null ? null : val(based);
        }
        return null;
    }

    /** @return the {@code w:vanish} of run properties, or null when they have none */
    private static Boolean vanish(Element rPr) {
        Element v = firstChild(rPr, "vanish");
        return v == null ? null : !v.hasAttributeNS(v.getNamespaceURI(), "val") || isOn(val(v));
    }

    private static boolean isOn(String v) {
        return "1".equals(v) || "true".equals(v) || "on".equals(v);
    }

    private static String val(Element e) {
        return e.getAttributeNS(e.getNamespaceURI(), "val");
    }

    private static Element ancestor(Element e, String localName) {
        for (Node n = e.getParentNode(); n instanceof Element a; n = a.getParentNode()) {
            if (localName.equals(a.getLocalName()) && OoxmlText.isWord(a)) {
                return a;
            }
        }
        return null;
    }

    static Element firstChild(Element e, String localName) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && localName.equals(c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    /**
     * A data connection keeps its name and kind (query tables and pivot caches refer to it) and loses its connection
     * string, command, address, files, saved password and refresh on opening.
     *
     * @return how many connections were changed
     */
    private static int connections(Document doc) {
        int n = 0;
        for (Element c : OoxmlPackage.all(doc, "connection")) {
            boolean changed = false;
            for (Element e : descendantsAndSelf(c)) {
                NamedNodeMap attrs = e.getAttributes();
                List<Attr> gone = new ArrayList<>();
                for (int i = 0; i < attrs.getLength(); i++) {
                    Attr a = (Attr) attrs.item(i);
                    String an = a.getLocalName() == null ? a.getName() : a.getLocalName();
                    if ("connection".equals(an) && !a.getValue().isEmpty()) {
                        a.setValue(""); // required on dbPr and olapPr
                        changed = true;
                    } else if (CONNECTION_ATTRIBUTES.contains(an)) {
                        gone.add(a);
                    }
                }
                gone.forEach(e::removeAttributeNode);
                changed |= !gone.isEmpty();
            }
            n += changed ? 1 : 0;
        }
        return n;
    }

    private static List<Element> descendantsAndSelf(Element e) {
        List<Element> out = new ArrayList<>();
        out.add(e);
        org.w3c.dom.NodeList all = e.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    /**
     * A formula that fetches from the network or runs code ({@code WEBSERVICE}, {@code RTD}, {@code IMAGE},
     * {@code CALL}, {@code REGISTER}) goes; its cell keeps the value it last showed. A shared formula's cells go with
     * it.
     *
     * @return how many formulas went
     */
    private static int fetchingFormulas(Document doc) {
        int n = 0;
        Set<String> shared = new HashSet<>();
        List<Element> formulas = OoxmlPackage.all(doc, "f");
        for (Element f : formulas) {
            if (OoxmlText.isSheet(f) && FETCHING.matcher(f.getTextContent()).find()) {
                if ("shared".equals(f.getAttribute("t"))) {
                    shared.add(f.getAttribute("si"));
                }
                f.getParentNode().removeChild(f);
                n++;
            }
        }
        for (Element f : formulas) {
            if (f.getParentNode() != null && "shared".equals(f.getAttribute("t")) && shared.contains(f.getAttribute("si"))) {
                f.getParentNode().removeChild(f);
                n++;
            }
        }
        return n;
    }

    private static void count(Map<String, Integer> removed, String kind, int n) {
        if (n > 0) {
            removed.merge(kind, n, Integer::sum);
        }
    }
}
