package io.blackbar.format.office.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import io.blackbar.engine.api.EngineException;

/**
 * What refers to a removed part, by its relationship id ({@code r:id}, {@code r:embed} …): the elements that are
 * nothing without it go (an ActiveX control, an imported chunk, a macro sheet's entry in the workbook with the names
 * that point at it), a pivot cache whose records went keeps no data saved, and any other reference loses the attribute
 * (Office refuses a relationship id that names no relationship; an absent optional one it reads).
 */
final class References {

    /** Elements that are the reference and nothing else. */
    private static final Set<String> DROPPED = Set.of("control", "altChunk", "OLEObject", "oleObject", "externalReference",
            "webextensionref");
    /** Containers that are invalid or useless once empty. */
    private static final Set<String> EMPTY_GOES = Set.of("controls", "oleObjects", "externalReferences", "Choice", "Fallback",
            "AlternateContent");

    private References() {
    }

    /** @return whether an attribute is in the relationships namespace of OOXML, transitional or strict */
    static boolean isRelationshipAttribute(Attr a) {
        String ns = a.getNamespaceURI();
        return ns != null && (ns.endsWith("/officeDocument/2006/relationships") || ns.endsWith("/officeDocument/relationships"));
    }

    /**
     * @param doc a part whose relationships of the given ids were removed
     * @param ids the ids
     * @param removed the report, where a macro sheet's names count as {@code macros}
     * @return how many of a workbook's sheet entries went
     * @throws EngineException {@code UNPROCESSABLE} when a workbook would be left with no sheet at all (its sheets were
     *     all Excel 4 macro sheets: {@code <sheets/>} is invalid, and Excel refuses or repairs such a file)
     */
    static int dropDangling(Document doc, Set<String> ids, Map<String, Integer> removed) throws EngineException {
        int sheets = 0;
        for (Element e : OoxmlPackage.all(doc, "*")) {
            if (!isAttached(e)) {
                continue;
            }
            NamedNodeMap attrs = e.getAttributes();
            List<Attr> refs = new ArrayList<>();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                if (isRelationshipAttribute(a) && ids.contains(a.getValue())) {
                    refs.add(a);
                }
            }
            if (refs.isEmpty()) {
                continue;
            }
            String ln = e.getLocalName();
            if ("sheet".equals(ln) && OoxmlText.isSheet(e)) {
                removeSheet(e, removed);
                sheets++;
            } else if (DROPPED.contains(ln)) {
                remove(e);
            } else {
                refs.forEach(e::removeAttributeNode);
                if ("pivotCacheDefinition".equals(ln)) {
                    e.setAttribute("saveData", "0"); // its records are not saved with the file: refreshed from the source
                }
            }
        }
        return sheets;
    }

    /** @return whether an element is still in its document (an ancestor may have been removed already) */
    private static boolean isAttached(Element e) {
        Node n = e;
        while (n.getParentNode() != null) {
            n = n.getParentNode();
        }
        return n.getNodeType() == Node.DOCUMENT_NODE;
    }

    /** Removes an element, and the containers it leaves empty that are invalid or useless so. */
    static void remove(Element e) {
        Node parent = e.getParentNode();
        if (parent == null) {
            return;
        }
        parent.removeChild(e);
        while (parent instanceof Element p && EMPTY_GOES.contains(p.getLocalName()) && !hasElementChildren(p)
                && p.getParentNode() != null) {
            Node up = p.getParentNode();
            up.removeChild(p);
            parent = up;
        }
    }

    /** @return whether a workbook's {@code sheets} holds a sheet besides the given one */
    private static boolean hasOtherSheet(Element sheets, Element sheet) {
        for (Node n = sheets.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n != sheet && n instanceof Element s && "sheet".equals(s.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasElementChildren(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return true;
            }
        }
        return false;
    }

    /**
     * A workbook's sheet whose part went (an Excel 4 macro sheet): its entry goes, the names local to it or pointing
     * at it go (its {@code Auto_Open}), and the sheet indices after it (names' {@code localSheetId}, the active and
     * first tabs) move down by one. A workbook whose sheets were all such is refused: no worksheet would be left, and
     * {@code <sheets/>} is invalid (CT_Sheets holds one sheet at least).
     */
    private static void removeSheet(Element sheet, Map<String, Integer> removed) throws EngineException {
        if (!(sheet.getParentNode() instanceof Element sheets) || !hasOtherSheet(sheets, sheet)) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "The workbook holds no worksheet besides Excel 4 macro sheets.");
        }
        int index = 0;
        for (Node n = sheet.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            index += n instanceof Element s && "sheet".equals(s.getLocalName()) ? 1 : 0;
        }
        String name = sheet.getAttribute("name");
        Document doc = sheet.getOwnerDocument();
        sheet.getParentNode().removeChild(sheet);
        String quoted = "'" + name.replace("'", "''") + "'!";
        for (Element d : OoxmlPackage.all(doc, "definedName")) {
            String local = d.getAttribute("localSheetId");
            int id = local.matches("\\d{1,6}") ? Integer.parseInt(local) : -1;
            String f = d.getTextContent();
            if (id == index || f.contains(quoted) || f.matches("(?s).*(?<![\\w.'\\]])" + java.util.regex.Pattern.quote(name) + "!.*")) {
                remove(d);
                removed.merge("macros", 1, Integer::sum);
            } else if (id > index) {
                d.setAttribute("localSheetId", Integer.toString(id - 1));
            }
        }
        for (Element v : OoxmlPackage.all(doc, "workbookView")) {
            for (String a : List.of("activeTab", "firstSheet")) {
                String val = v.getAttribute(a);
                int at = val.matches("\\d{1,6}") ? Integer.parseInt(val) : -1;
                if (at == index) {
                    v.setAttribute(a, "0");
                } else if (at > index) {
                    v.setAttribute(a, Integer.toString(at - 1));
                }
            }
        }
        Element names = null;
        for (Element d : OoxmlPackage.all(doc, "definedNames")) {
            names = d;
        }
        if (names != null && !hasElementChildren(names)) {
            names.getParentNode().removeChild(names); // definedNames holds one name at least
        }
    }

    /**
     * Removes the names Excel runs as macros when the workbook opens, closes or is switched to ({@code Auto_Open} and
     * the names starting so): with no macro left they point at nothing, and a name so is never data.
     *
     * @return how many went
     */
    static int autoRunNames(Document doc) {
        int n = 0;
        for (Element d : OoxmlPackage.all(doc, "definedName")) {
            if (OoxmlText.isSheet(d) && d.getAttribute("name").toLowerCase(Locale.ROOT)
                    .matches("(_xlnm\\.)?auto_(open|close|activate|deactivate).*")) {
                remove(d);
                n++;
            }
        }
        for (Element d : OoxmlPackage.all(doc, "definedNames")) {
            if (OoxmlText.isSheet(d) && !hasElementChildren(d)) {
                d.getParentNode().removeChild(d);
            }
        }
        return n;
    }
}
