package io.blackbar.format.office.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;

/**
 * Finds the text of every XML part of a package: WordprocessingML, DrawingML (slides, shapes,
 * charts, SmartArt), SpreadsheetML (shared and inline strings, string results, string literals in
 * formulas, headers and footers, comments, sheet names, pivot caches, numbers shown through an identifier's format
 * ({@link IdentifierFormats})), alt text, field codes and
 * external relationship targets (hyperlinks), content controls' titles and tags, smart tags' properties.
 * Tracked deletions are not text: writing drops them.
 * Authors are not text either: writing replaces every author attribute.
 */
final class OoxmlText {

    /** Elements whose children's text is one line. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "si", "is");
    /** Elements that are text. */
    private static final Set<String> LEAVES = Set.of("t", "instrText", "oddHeader", "evenHeader", "firstHeader",
            "oddFooter", "evenFooter", "firstFooter");
    /** A sheet's headers and footers: text between formatting codes ({@link HeaderCodes}). */
    static final Set<String> HEADERS = Set.of("oddHeader", "evenHeader", "firstHeader", "oddFooter", "evenFooter", "firstFooter");
    /** Elements whose content is gone once written (tracked deletions). */
    static final Set<String> DELETED = Set.of("del", "moveFrom");
    /**
     * SpreadsheetML elements whose string literals are text: cell formulas, validation lists, conditional
     * formats (those with text only: Excel 2010's {@code x14:formula1} holds an {@code xm:f} element).
     */
    static final Set<String> FORMULAS = Set.of("f", "formula", "formula1", "formula2", "calculatedColumnFormula",
            "totalsRowFormula");
    static final String SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** Excel 2010's namespace of the formulas inside its extensions ({@code xm:f}). */
    static final String EXCEL_NS = "http://schemas.microsoft.com/office/excel/2006/main";
    /**
     * SpreadsheetML attributes that hold text, by element: a filter's criteria, a validation's prompt
     * and error, a link's tooltip and shown text, a table's column names, a connection's name and description,
     * string, query, source file and parameters.
     */
    static final Map<String, List<String>> SHEET_ATTRIBUTES = Map.of(
            "filter", List.of("val"), "customFilter", List.of("val"),
            "dataValidation", List.of("promptTitle", "prompt", "errorTitle", "error"),
            "hyperlink", List.of("tooltip", "display"), "tableColumn", List.of("name", "totalsRowLabel"),
            "connection", List.of("name", "description", "odcFile", "sourceFile"), "dbPr", List.of("connection", "command"),
            "webPr", List.of("url"), "textPr", List.of("sourceFile"), "parameter", List.of("prompt", "string"));
    /** PresentationML attributes that hold text, by element: an add-in's tags, custom shows' and sections' names. */
    static final Map<String, List<String>> SLIDE_ATTRIBUTES = Map.of("tag", List.of("name", "val"),
            "custShow", List.of("name"), "section", List.of("name"));
    /**
     * Attributes that hold text a reader sees or a tool shows, by element, in whichever vocabulary they come (matched by
     * local names): VML's WordArt and watermark text, alternative text and picture titles; ScreenTips of links; a
     * drop-down's items; the editor a range is open to; a table's caption and description; a legacy form field's help
     * and status text; a list level's text (shown before every item); SmartArt's placeholder text; a slide's name; the
     * names PowerPoint's change tracking keeps; a defined name's comment and help, a scenario's author and comment, a
     * custom view's name (Excel names them after their user), the folder a workbook was saved in, a form control's list
     * items, pivot table captions and field names, a table's total-row label, a connection's files, a web publication's
     * file and title, a query's field names, a slicer's caption, a custom number format (its literal text is shown in
     * every cell of the style).
     */
    static final Map<String, List<String>> TEXT_ATTRIBUTES = Map.ofEntries(
            Map.entry("textpath", List.of("string")), Map.entry("shape", List.of("alt")), Map.entry("rect", List.of("alt")),
            Map.entry("roundrect", List.of("alt")), Map.entry("oval", List.of("alt")), Map.entry("imagedata", List.of("title")),
            Map.entry("hlinkClick", List.of("tooltip")), Map.entry("hlinkHover", List.of("tooltip")),
            Map.entry("listItem", List.of("displayText", "value")), Map.entry("listEntry", List.of("val")),
            Map.entry("permStart", List.of("ed")),
            Map.entry("tblCaption", List.of("val")), Map.entry("tblDescription", List.of("val")),
            Map.entry("helpText", List.of("val")), Map.entry("statusText", List.of("val")), Map.entry("lvlText", List.of("val")),
            Map.entry("prSet", List.of("phldrT")), Map.entry("cSld", List.of("name")), Map.entry("chgData", List.of("name")),
            Map.entry("definedName", List.of("comment", "description", "statusBar", "help", "customMenu")),
            Map.entry("scenario", List.of("name", "user", "comment")), Map.entry("inputCells", List.of("val")),
            Map.entry("customWorkbookView", List.of("name")), Map.entry("customSheetView", List.of("name")),
            Map.entry("absPath", List.of("url")), Map.entry("item", List.of("val", "n")),
            Map.entry("pivotField", List.of("name")), Map.entry("dataField", List.of("name")),
            Map.entry("pivotTableDefinition", List.of("dataCaption", "grandTotalCaption", "errorCaption", "missingCaption",
                    "rowHeaderCaption", "colHeaderCaption")),
            Map.entry("webPublishItem", List.of("destinationFile", "title")), Map.entry("queryTableField", List.of("name")),
            Map.entry("slicer", List.of("caption")));
    /** Elements under a form field's or a building block's properties whose {@code val} is text (their name, default, description). */
    private static final Set<String> PROPERTY_PARENTS = Set.of("ffData", "textInput", "docPartPr");
    /** The data parts content controls are bound to: XML of any shape, every text and attribute value of it data. */
    private static final Pattern CUSTOM_DATA = Pattern.compile("customXml/item\\d+\\.xml");
    /** A string literal of a formula; group 1 its text with quotes doubled. */
    static final Pattern LITERAL = Pattern.compile("\"((?:[^\"]++|\"\")*+)\"");

    private final TextSlots slots;
    private final IdentifierFormats formats;
    private final List<Attr> sheetNames = new ArrayList<>();
    private final List<Runnable> afterWrite = new ArrayList<>();
    /**
     * The ruby texts ({@code w:rt}) and phonetic readings ({@code rPh}) of the paragraph or string being read, read
     * after it as lines of their own; null outside one.
     */
    private List<Element> rubyTexts;
    private String part = "";
    private int page = 1;

    private OoxmlText(TextSlots slots, IdentifierFormats formats) {
        this.slots = slots;
        this.formats = formats;
    }

    /**
     * What a package reads as: its text and the slots to write it back, and what to do once the slots are written
     * (a changed shared string's phonetic reading dropped).
     */
    record Result(TextSlots slots, List<Attr> sheetNames, int pages, List<Runnable> afterWrite) {
    }

    /**
     * @param pkg the package
     * @param limits the request's limits
     * @param formats the workbook's identifier number formats, whose number cells are read as they show
     * @return the text of every part, slides and sheets numbered as pages
     */
    static Result read(OoxmlPackage pkg, DocumentLimits limits, IdentifierFormats formats) throws EngineException {
        OoxmlText t = new OoxmlText(new TextSlots(limits.maxTextChars()), formats);
        List<String> parts = pkg.names();
        parts.sort(Comparator.comparingInt(OoxmlText::rank).thenComparing(OoxmlText::natural));
        int pages = 1;
        for (String name : parts) {
            if (!pkg.readsAsXml(name) || skipped(name) || pkg.isStreamed(name)) {
                continue;
            }
            limits.checkDeadline();
            t.part = name;
            t.page = pageOf(name);
            pages = Math.max(pages, t.page);
            if (name.toLowerCase(Locale.ROOT).endsWith(".vml") && !parses(pkg, name)) {
                // legacy VML is not always well-formed XML (Excel writes "<br>" unclosed in notes): repaired so, or
                // emptied, never kept unread (emptied rather than removed: the sheet's reference to it stays valid)
                byte[] raw = pkg.bytes(name);
                String vml = raw == null ? "" : new String(raw, java.nio.charset.StandardCharsets.UTF_8);
                pkg.setBytes(name, vml.replaceAll("(?i)<br\\s*>", "<br/>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (!parses(pkg, name)) {
                    pkg.setBytes(name, "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            if (name.endsWith(".rels")) {
                t.rels(pkg.xml(name).getDocumentElement());
            } else if (CUSTOM_DATA.matcher(name).matches()) {
                t.data(pkg.xml(name).getDocumentElement());
            } else {
                t.walk(pkg.xml(name).getDocumentElement(), false);
            }
            t.slots.endLine();
        }
        return new Result(t.slots, t.sheetNames, pages, t.afterWrite);
    }

    private static boolean parses(OoxmlPackage pkg, String name) {
        try {
            pkg.xml(name);
            return true;
        } catch (EngineException e) {
            return false;
        }
    }

    /** Parts without document text, or removed on every write anyway. */
    private static boolean skipped(String name) {
        return name.equals(OoxmlPackage.CONTENT_TYPES) || OoxmlCleaner.removedOnWrite(name)
                || name.matches("(?i).*/(theme\\d*|fontTable|settings|webSettings|stylesWithEffects|calcChain|people|persons/person|commentAuthors|authors)\\.xml");
    }

    /** Main content first, then the rest, relationships last. */
    private static int rank(String name) {
        if (name.endsWith(".rels")) {
            return 9;
        }
        if (name.matches("word/document\\d*\\.xml|xl/workbook\\.xml|ppt/slides/.*")) {
            return 0;
        }
        if (name.startsWith("xl/sharedStrings") || name.startsWith("xl/worksheets/")) {
            return 1;
        }
        return 5;
    }

    /** Orders slide2 before slide10. */
    private static String natural(String name) {
        Matcher m = Pattern.compile("\\d+").matcher(name);
        StringBuilder b = new StringBuilder();
        int at = 0;
        while (m.find()) {
            b.append(name, at, m.start()).append(String.format(Locale.ROOT, "%08d", Long.parseLong(m.group().length() > 12 ? "0" : m.group())));
            at = m.end();
        }
        return b.append(name.substring(at)).toString();
    }

    /** Slides, notes and sheets are pages by their number; the rest is page 1. */
    static int pageOf(String name) {
        Matcher m = PAGE.matcher(name);
        return m.find() ? Math.max(1, Integer.parseInt(m.group(1))) : 1;
    }

    /** @return whether a part belongs to one slide or sheet (not to every page, as a layout or the body does) */
    static boolean hasPage(String name) {
        return PAGE.matcher(name).find();
    }

    private static final Pattern PAGE = Pattern.compile("(?:slides/slide|notesSlides/notesSlide|worksheets/sheet|comments)(\\d{1,5})\\.xml");

    private void walk(Element e, boolean inLine) throws EngineException {
        String ln = e.getLocalName();
        if (ln == null || DELETED.contains(ln) && isWord(e) || "delText".equals(ln) || "delInstrText".equals(ln)) {
            return;
        }
        attributes(e, ln);
        if ("rPh".equals(ln) && isSheet(e) && rubyTexts != null) {
            rubyTexts.add(e); // a string's phonetic reading, shown above it on demand: a line of its own after it
            return;
        }
        if ((PARAGRAPHS.contains(ln) || "text".equals(ln)) && isSheet(e) && child(e, "rPh") != null) {
            String before = baseText(e);
            afterWrite.add(() -> dropIfChanged(() -> baseText(e), before, e, "rPh"));
        }
        if ("ruby".equals(ln) && isWord(e)) {
            Element base = child(e, "rubyBase");
            Element reading = child(e, "rt");
            if (base != null && reading != null) {
                String before = wordText(base);
                afterWrite.add(() -> dropIfChanged(() -> wordText(base), before, reading, null));
            }
        }
        if ("textbox".equals(ln) && VML_NS.equals(e.getNamespaceURI()) && child(e, "txbxContent") == null) {
            textNodes(e); // a spreadsheet's form control or legacy note box: HTML-like markup, its text in any element
            return;
        }
        if ("rt".equals(ln) && isWord(e) && rubyTexts != null) {
            rubyTexts.add(e); // shown above its base, not between its letters: a line of its own after the paragraph
            return;
        }
        if (PARAGRAPHS.contains(ln) || "text".equals(ln) && hasElements(e)) {
            List<Element> outer = rubyTexts;
            rubyTexts = new ArrayList<>();
            slots.newLine(page);
            children(e, true);
            slots.endLine();
            List<Element> readings = rubyTexts;
            rubyTexts = outer;
            for (Element rt : readings) {
                slots.newLine(page);
                children(rt, true);
                slots.endLine();
            }
            return;
        }
        if (HEADERS.contains(ln) && isSheet(e)) {
            String value = e.getTextContent();
            for (int[] range : HeaderCodes.sections(value)) {
                if (range[2] == 1) {
                    slots.newLine(page);
                }
                slots.add(e, range[0], range[1], value, HeaderCodes::escape);
            }
            slots.endLine();
            return;
        }
        if ("v".equals(ln) && e.getParentNode() instanceof Element cell && "c".equals(cell.getLocalName()) && isSheet(cell)
                && !"str".equals(cell.getAttribute("t"))) {
            number(cell, e);
            return;
        }
        if (LEAVES.contains(ln) || "text".equals(ln) || isStringValue(e, ln) || isChartExPoint(e, ln)) {
            if (!inLine) {
                slots.newLine(page);
            }
            slots.add(e, TextSlots::plain);
            if (!inLine) {
                slots.endLine();
            }
            return;
        }
        if ((FORMULAS.contains(ln) || "definedName".equals(ln)) && (isSheet(e) || EXCEL_NS.equals(e.getNamespaceURI()))
                && !hasElements(e)) {
            formula(e);
            return;
        }
        if (inLine && ("tab".equals(ln) || "br".equals(ln) || "cr".equals(ln))) {
            slots.separator("tab".equals(ln) ? "\t" : "\n");
            return;
        }
        children(e, inLine);
    }

    private void children(Element e, boolean inLine) throws EngineException {
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element c) {
                walk(c, inLine);
            }
        }
    }

    private static final String VML_NS = "urn:schemas-microsoft-com:vml";

    /** Each text node under the element that is not blank, a line of its own. */
    private void textNodes(Element e) throws EngineException {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                textNodes(c);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (!n.getNodeValue().isBlank()) {
                    line(n, TextSlots::plain);
                }
            }
        }
    }

    /** A data part's element: each attribute value a line, and its text when it holds no elements. */
    private void data(Element e) throws EngineException {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI()) && !a.getValue().isBlank()) {
                line(a, TextSlots::plain);
            }
        }
        if (!hasElements(e)) {
            if (!e.getTextContent().isBlank()) {
                line(e, TextSlots::plain);
            }
            return;
        }
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element c) {
                data(c);
            }
        }
    }

    /** Attributes that hold text: sheet names, alt text, simple field codes, pivot cache items. */
    private void attributes(Element e, String ln) throws EngineException {
        if ("sheet".equals(ln) && isSheet(e) && e.hasAttribute("name")) {
            Attr a = e.getAttributeNode("name");
            sheetNames.add(a);
            line(a, TextSlots::plain);
        } else if ("docPr".equals(ln) || "cNvPr".equals(ln)) {
            attributeLines(e, List.of("descr", "title", "name"));
        } else if (SHEET_ATTRIBUTES.containsKey(ln) && isSheet(e)) {
            attributeLines(e, SHEET_ATTRIBUTES.get(ln));
        } else if (SLIDE_ATTRIBUTES.containsKey(ln) && isSlides(e)) {
            attributeLines(e, SLIDE_ATTRIBUTES.get(ln));
        } else if (("alias".equals(ln) || "tag".equals(ln) || "attr".equals(ln)) && isWord(e)) {
            // a content control's title and tag, a smart tag's or custom XML element's property
            Attr a = e.getAttributeNodeNS(e.getNamespaceURI(), "val");
            if (a != null && !a.getValue().isBlank()) {
                line(a, TextSlots::plain);
            }
        } else if ("fldSimple".equals(ln)) {
            Attr a = e.getAttributeNodeNS(e.getNamespaceURI(), "instr");
            if (a != null) {
                line(a, TextSlots::plain);
            }
        } else if (("s".equals(ln) && part.contains("pivotCache") || "cacheField".equals(ln)) && e.hasAttribute(ln.equals("s") ? "v" : "name")) {
            line(e.getAttributeNode(ln.equals("s") ? "v" : "name"), TextSlots::plain);
        } else if ("numFmt".equals(ln) && e.hasAttribute("formatCode")) {
            // a custom number format: only its quoted literals are text ("Zip Code + 4" is 00000-0000, no phone number)
            Attr code = e.getAttributeNode("formatCode");
            literals(code, code.getValue());
        } else if ("hyperlink".equals(ln) && isWord(e)) {
            localAttributeLines(e, List.of("tooltip"));
        } else if (TEXT_ATTRIBUTES.containsKey(ln)) {
            localAttributeLines(e, TEXT_ATTRIBUTES.get(ln));
        } else if (e.getParentNode() instanceof Element parent && PROPERTY_PARENTS.contains(parent.getLocalName()) && isWord(e)) {
            localAttributeLines(e, List.of("val"));
        }
    }

    /** Each attribute of the element whose local name is one of {@code names} (in any namespace, or none), a line of its own. */
    private void localAttributeLines(Element e, List<String> names) throws EngineException {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String local = a.getLocalName() != null ? a.getLocalName() : a.getName().substring(a.getName().indexOf(':') + 1);
            if (names.contains(local) && !a.getValue().isBlank()) {
                line(a, TextSlots::plain);
            }
        }
    }

    /** Each named attribute of the element that holds text, a line of its own. */
    private void attributeLines(Element e, List<String> names) throws EngineException {
        for (String n : names) {
            if (e.hasAttribute(n) && !e.getAttribute(n).isBlank()) {
                line(e.getAttributeNode(n), TextSlots::plain);
            }
        }
    }

    private void line(Node n, UnaryOperator<String> escape) throws EngineException {
        slots.newLine(page);
        slots.add(n, escape);
        slots.endLine();
    }

    /** String literals inside a formula are text; sheet references are renamed separately. */
    private void formula(Element e) throws EngineException {
        literals(e, e.getTextContent());
    }

    /** Each string literal of a formula or a number format held by a node, a line of its own. */
    private void literals(Node e, String f) throws EngineException {
        Matcher m = LITERAL.matcher(f);
        while (m.find()) {
            if (m.end(1) > m.start(1)) {
                slots.newLine(page);
                slots.add(e, m.start(1), m.end(1), f, s -> s.replace("\"", "\"\""));
                slots.endLine();
            }
        }
    }

    /**
     * External relationship targets (hyperlinks, linked files): a URI, read percent-decoded
     * ({@link UriText}); a replacement is encoded into its own span.
     */
    private void rels(Element root) throws EngineException {
        for (Element r : OoxmlPackage.children(root, "Relationship")) {
            if ("External".equals(r.getAttribute("TargetMode"))) {
                Attr target = r.getAttributeNode("Target");
                slots.newLine(page);
                slots.add(target, UriText.decode(target.getValue()), UriText::escape);
                slots.endLine();
            }
        }
    }

    /**
     * A cell's value that is no string: a number whose format is an identifier's (an SSN, a phone number stored as a
     * number) is read as it shows, a line, and once changed the cell holds the new text as a string (a formula keeps
     * its formula with a string result): a number cannot hold "[REDACTED]". Other numbers are no text.
     */
    private void number(Element cell, Element v) throws EngineException {
        String shown = formats.shown(cell.getAttribute("s"), cell.getAttribute("t"), v.getTextContent());
        if (shown == null) {
            return;
        }
        // read from a node of its own: the stored number is not what is read, and is changed only if the text is
        Node read = v.getOwnerDocument().createTextNode(shown);
        line(read, TextSlots::plain);
        afterWrite.add(() -> {
            if (!read.getNodeValue().equals(shown)) {
                asString(cell, v, read.getNodeValue());
            }
        });
    }

    /** Makes a number cell a string cell of a text, its style kept: an inline string, or a formula's string result. */
    private static void asString(Element cell, Element v, String text) {
        if (child(cell, "f") != null) {
            cell.setAttributeNS(null, "t", "str");
            v.setTextContent(text);
            return;
        }
        cell.setAttributeNS(null, "t", "inlineStr");
        Element is = cell.getOwnerDocument().createElementNS(cell.getNamespaceURI(), qualified(cell, "is"));
        Element t = cell.getOwnerDocument().createElementNS(cell.getNamespaceURI(), qualified(cell, "t"));
        is.appendChild(t);
        TextSlots.setText(t, text);
        cell.replaceChild(is, v);
    }

    private static String qualified(Element e, String local) {
        return e.getPrefix() == null || e.getPrefix().isEmpty() ? local : e.getPrefix() + ":" + local;
    }

    /** A cell's cached string result ({@code t="str"}) or a chart's cached string. */
    private static boolean isStringValue(Element e, String ln) {
        if (!"v".equals(ln) || !(e.getParentNode() instanceof Element parent)) {
            return false;
        }
        String p = parent.getLocalName();
        // a cell's cached string, a chart's cached point, a series name written as a literal ({@code c:tx/c:v}), a newer
        // chart's text data ({@code cx:txData/cx:v}), a rich value's (a data type's) field
        return "c".equals(p) && "str".equals(parent.getAttribute("t")) || "pt".equals(p) || "tx".equals(p) || "txData".equals(p)
                || "rv".equals(p);
    }

    /** A newer chart's (chartEx: treemap, sunburst...) data point, its text directly in {@code cx:pt}. */
    private static boolean isChartExPoint(Element e, String ln) {
        return "pt".equals(ln) && e.getNamespaceURI() != null && e.getNamespaceURI().contains("chartex") && !hasElements(e);
    }

    private static boolean hasElements(Element e) {
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element) {
                return true;
            }
        }
        return false;
    }

    static boolean isWord(Element e) {
        return e.getNamespaceURI() != null && e.getNamespaceURI().contains("wordprocessingml");
    }

    static boolean isSlides(Element e) {
        return e.getNamespaceURI() != null && (e.getNamespaceURI().contains("presentationml")
                || e.getNamespaceURI().contains("office/powerpoint"));
    }

    /** @return a shared or inline string's text: its {@code t}, or its runs' {@code t}s, without the phonetic runs */
    private static String baseText(Element si) {
        StringBuilder b = new StringBuilder();
        for (Node n = si.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && "t".equals(c.getLocalName())) {
                b.append(c.getTextContent());
            } else if (n instanceof Element c && "r".equals(c.getLocalName())) {
                for (Node m = c.getFirstChild(); m != null; m = m.getNextSibling()) {
                    if (m instanceof Element t && "t".equals(t.getLocalName())) {
                        b.append(t.getTextContent());
                    }
                }
            }
        }
        return b.toString();
    }

    /** @return the first child element of a name, or null */
    private static Element child(Element e, String localName) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && localName.equals(c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    /** @return the text of the {@code w:t} elements under an element */
    private static String wordText(Element e) {
        StringBuilder b = new StringBuilder();
        NodeList texts = e.getElementsByTagNameNS("*", "t");
        for (int i = 0; i < texts.getLength(); i++) {
            b.append(texts.item(i).getTextContent());
        }
        return b.toString();
    }

    /**
     * After the write: removes an element's children of a name (all of them for null) when a text no longer reads as
     * it did: a ruby's text when its base changed, a string's phonetic runs when its text changed (the reading of a
     * redacted name, shown above it).
     */
    private static void dropIfChanged(java.util.function.Supplier<String> text, String before, Element parent, String name) {
        if (text.get().equals(before)) {
            return;
        }
        List<Element> gone = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (name == null || name.equals(c.getLocalName()))) {
                gone.add(c);
            }
        }
        gone.forEach(parent::removeChild);
    }

    static boolean isSheet(Element e) {
        return isSheetNamespace(e.getNamespaceURI());
    }

    /** @return whether a namespace is one of SpreadsheetML's (the main one, or an extension's such as x14) */
    static boolean isSheetNamespace(String ns) {
        return ns != null && ns.contains("spreadsheetml");
    }
}
