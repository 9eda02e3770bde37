package io.blackbar.format.office.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.Replacement;

/**
 * An SVG picture (an icon, a diagram or a signature inserted into a document; Office keeps a PNG beside it for older
 * readers): its text is XML, read with no OCR and overwritten in place.
 * <p>
 * Read: each {@code <text>} element is a line (its {@code <tspan>}s and {@code <textPath>}s joined, a new line where one
 * sets its own {@code y} or {@code dy}, a space where one sets its own {@code x} or {@code dx} and no space stands
 * between), and so is each {@code <title>} and {@code <desc>} (a tooltip, the picture's description). Whitespace is read
 * as SVG shows it: line breaks and tabs as spaces, runs of spaces as one.
 * <p>
 * {@link #clean} (every write) takes out what no reader of the picture sees and what runs: comments and processing
 * instructions, {@code <metadata>}, the elements and attributes of other namespaces than SVG's and XLink's (an editor's:
 * Inkscape keeps the file's name, Illustrator the whole drawing it was saved from), scripts and event handlers,
 * {@code javascript:} links, {@code <foreignObject>} (HTML in the picture, not read), and references out of the package
 * that a viewer fetches (an image or a use of another file: a web beacon). Hyperlinks ({@code <a>}) stay, as the
 * document's own do.
 */
final class SvgText {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    /** The root element's start tag, prefixed or not. */
    private static final Pattern ROOT = Pattern.compile("<(?:[A-Za-z_][\\w.-]{0,64}:)?svg[\\s/>]");
    /** Bytes read to tell an SVG. */
    private static final int HEAD = 4096;
    /** Elements whose text is not shown as text (code, styles, metadata, HTML not read). */
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "metadata", "foreignObject", "title", "desc");
    /** Elements whose reference out of the package a viewer fetches to draw the picture. */
    private static final Set<String> FETCHED = Set.of("image", "use", "feImage", "tref", "color-profile", "cursor", "font-face-uri");

    /** The parsed picture, its text nodes edited in place; null when it could not be read. */
    private final Document doc;
    private final String text;
    /** For each character of {@link #text}: its text node, or null for a break or space added between. */
    private final Text[] nodeOf;
    /** ... and its index in that node. */
    private final int[] indexIn;

    private SvgText(Document doc, String text, Text[] nodeOf, int[] indexIn) {
        this.doc = doc;
        this.text = text;
        this.nodeOf = nodeOf;
        this.indexIn = indexIn;
    }

    /** @return whether the bytes begin as an SVG does: its root element after a declaration, comments or a DOCTYPE */
    static boolean isSvg(byte[] b) {
        if (b.length < 5) {
            return false;
        }
        String head = new String(b, 0, Math.min(b.length, HEAD), StandardCharsets.UTF_8);
        int at = head.startsWith("\uFEFF") ? 1 : 0;
        // what may stand before the root element: whitespace, an XML declaration or instruction, comments, a DOCTYPE
        while (at < head.length()) {
            char c = head.charAt(at);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                at++;
            } else if (head.startsWith("<?", at)) {
                at = after(head, at, "?>");
            } else if (head.startsWith("<!--", at)) {
                at = after(head, at, "-->");
            } else if (head.startsWith("<!DOCTYPE", at)) {
                int close = head.indexOf('>', at);
                int subset = head.indexOf('[', at);
                at = subset >= 0 && subset < close ? after(head, subset, "]") : at;
                at = after(head, at, ">");
            } else {
                break;
            }
        }
        return at < head.length() && ROOT.matcher(head).region(at, head.length()).lookingAt();
    }

    /** @return the offset after the first {@code end} from {@code at}, or the text's length */
    private static int after(String s, int at, String end) {
        int i = s.indexOf(end, at);
        return i < 0 ? s.length() : i + end.length();
    }

    /**
     * @param b a part's bytes
     * @return the picture's text, or null when the bytes are not an SVG's; an SVG that does not parse (or whose
     *     DOCTYPE reaches outside, or expands too far) gives one that is not {@link #readable()}
     */
    static SvgText read(byte[] b) {
        if (!isSvg(b)) {
            return null;
        }
        Document doc = parse(b);
        if (doc == null) {
            return new SvgText(null, "", new Text[0], new int[0]);
        }
        Lines lines = new Lines();
        walk(doc.getDocumentElement(), lines);
        return new SvgText(doc, lines.out.toString(), lines.nodes.toArray(new Text[0]), Arrays.copyOf(lines.index, lines.out.length()));
    }

    /** @return the parsed picture, or null when it is no SVG or does not parse */
    private static Document parse(byte[] b) {
        try {
            Document doc = SafeXml.parseWithDoctype(b);
            Element root = doc.getDocumentElement();
            return root != null && isSvg(root, "svg") ? doc : null;
        } catch (EngineException e) {
            return null;
        }
    }

    /**
     * @return whether the picture also draws a raster image of its own (an {@code <image>} or {@code <feImage>} of a
     *     {@code data:} address: its pixels are not read) or does not parse
     */
    boolean holdsPixels() {
        if (doc == null) {
            return true;
        }
        for (String name : List.of("image", "feImage")) {
            var found = doc.getElementsByTagNameNS("*", name);
            for (int k = 0; k < found.getLength(); k++) {
                Element e = (Element) found.item(k);
                String href = e.hasAttribute("href") ? e.getAttribute("href") : e.getAttributeNS(XLINK_NS, "href");
                if (isSvgOrNone(e) && href.strip().toLowerCase(Locale.ROOT).startsWith("data:")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return whether the picture parsed: else its text is not read */
    boolean readable() {
        return doc != null;
    }

    /** @return the picture's text, a line break after each line */
    String text() {
        return text;
    }

    /** The text as it is read, and where each character comes from. */
    private static final class Lines {
        final StringBuilder out = new StringBuilder();
        final List<Text> nodes = new ArrayList<>();
        int[] index = new int[64];

        void add(char c, Text node, int at) {
            if (out.length() == index.length) {
                index = Arrays.copyOf(index, index.length * 2);
            }
            index[out.length()] = at;
            nodes.add(node);
            out.append(c);
        }

        /** @return whether the line so far is empty or ends in a space */
        boolean atSpace() {
            int n = out.length();
            return n == 0 || out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\n';
        }

        /** Ends a line: its trailing space dropped (it was the source's), a line break added. */
        void endLine() {
            int n = out.length();
            if (n == 0 || out.charAt(n - 1) == '\n') {
                return;
            }
            if (out.charAt(n - 1) == ' ') {
                out.setLength(n - 1);
                nodes.remove(n - 1);
            }
            add('\n', null, 0);
        }
    }

    private static void walk(Element e, Lines lines) {
        String name = e.getLocalName();
        if (isSvg(e, "text")) {
            lines.endLine();
            textOf(e, lines, true);
            lines.endLine();
            return;
        }
        if (isSvg(e, "title") || isSvg(e, "desc")) {
            lines.endLine();
            textOf(e, lines, true);
            lines.endLine();
            return;
        }
        if (name != null && NOT_TEXT.contains(name) || !isSvgOrNone(e)) {
            return;
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                walk(child, lines);
            }
        }
    }

    /** The characters of a text element and its spans, as SVG shows them by default (xml:space="default"). */
    private static void textOf(Element e, Lines lines, boolean first) {
        if (!first && isSvgOrNone(e)) {
            if (e.hasAttribute("y") || nonZero(e.getAttribute("dy"))) {
                lines.endLine();
            } else if ((e.hasAttribute("x") || nonZero(e.getAttribute("dx"))) && !lines.atSpace()) {
                lines.add(' ', null, 0);
            }
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Text t) {
                String s = t.getData();
                for (int k = 0; k < s.length(); k++) {
                    char ch = s.charAt(k);
                    boolean space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
                    if (!space) {
                        lines.add(ch, t, k);
                    } else if (!lines.atSpace()) {
                        lines.add(' ', t, k);
                    }
                }
            } else if (c instanceof Element child && !(isSvgOrNone(child) && NOT_TEXT.contains(child.getLocalName()))) {
                textOf(child, lines, false);
            }
        }
    }

    private static boolean nonZero(String length) {
        return !length.isBlank() && !length.trim().matches("[+-]?0*(\\.0*)?([a-z%]*)?");
    }

    private static boolean isSvg(Element e, String localName) {
        return localName.equals(e.getLocalName()) && isSvgOrNone(e);
    }

    /** An SVG without its namespace is still drawn as one by some readers. */
    private static boolean isSvgOrNone(Element e) {
        return e.getNamespaceURI() == null || SVG_NS.equals(e.getNamespaceURI());
    }

    /**
     * @param plan spans in {@link #text()}'s offsets
     * @return the picture with each span's characters overwritten (X when redacting, the surrogate fitted to the span
     *     when anonymizing); the package's cleaner then {@link #clean}s it, as every SVG of a package written
     */
    byte[] write(List<Replacement> plan, Method method) throws EngineException {
        Map<Text, char[]> edited = new IdentityHashMap<>();
        for (Replacement r : plan) {
            for (int k = Math.max(0, r.start()); k < Math.min(r.end(), nodeOf.length); k++) {
                Text node = nodeOf[k];
                if (node == null) {
                    continue; // a break or space read between spans
                }
                int inSpan = k - r.start();
                char c = method == Method.ANONYMIZE && r.text() != null && inSpan < r.text().length()
                        ? r.text().charAt(inSpan) : method == Method.ANONYMIZE ? ' ' : 'X';
                edited.computeIfAbsent(node, n -> n.getData().toCharArray())[indexIn[k]] = c;
            }
        }
        edited.forEach((node, chars) -> node.setData(new String(chars)));
        return SafeXml.write(doc);
    }

    /**
     * @param b a part's bytes, an SVG's
     * @param removed receives what was taken out, by kind
     * @return the picture cleaned (see the class's comment), or the bytes themselves when nothing was taken out or the
     *     picture does not parse
     */
    static byte[] clean(byte[] b, Map<String, Integer> removed) throws EngineException {
        Document doc = parse(b);
        if (doc == null) {
            return b;
        }
        Map<String, Integer> mine = new TreeMap<>();
        cleaned(doc, mine);
        if (mine.isEmpty()) {
            return b;
        }
        mine.computeIfPresent("imageMetadata", (k, v) -> 1); // a picture's, however many pieces it was in
        mine.forEach((k, v) -> removed.merge(k, v, Integer::sum));
        return SafeXml.write(doc);
    }

    /** Cleans a parsed picture in place, counting what went by kind. */
    private static void cleaned(Document doc, Map<String, Integer> removed) {
        for (Node c = doc.getFirstChild(); c != null;) {
            Node next = c.getNextSibling();
            if (c.getNodeType() == Node.COMMENT_NODE || c.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                doc.removeChild(c);
                removed.merge("imageMetadata", 1, Integer::sum);
            }
            c = next;
        }
        clean(doc.getDocumentElement(), removed);
    }

    private static void clean(Element e, Map<String, Integer> removed) {
        NamedNodeMap attributes = e.getAttributes();
        for (int k = attributes.getLength() - 1; k >= 0; k--) {
            Attr a = (Attr) attributes.item(k);
            String kind = attributeKind(e, a);
            if (kind != null) {
                e.removeAttributeNode(a);
                removed.merge(kind, 1, Integer::sum);
            }
        }
        for (Node c = e.getFirstChild(); c != null;) {
            Node next = c.getNextSibling();
            String kind = c instanceof Element child ? elementKind(child)
                    : c.getNodeType() == Node.COMMENT_NODE || c.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE
                            ? "imageMetadata" : null;
            if (kind != null) {
                e.removeChild(c);
                removed.merge(kind, 1, Integer::sum);
            } else if (c instanceof Element child) {
                clean(child, removed);
            }
            c = next;
        }
    }

    /** @return what an element is that goes (a kind of the report), or null when it stays */
    private static String elementKind(Element e) {
        if (!isSvgOrNone(e)) {
            return "imageMetadata"; // an editor's: no reader draws an element of another namespace
        }
        return switch (e.getLocalName()) {
            case "metadata" -> "imageMetadata";
            case "script" -> "javascript";
            case "foreignObject" -> "embeddedObjects";
            default -> null;
        };
    }

    /** @return what an attribute is that goes (a kind of the report), or null when it stays */
    private static String attributeKind(Element owner, Attr a) {
        String ns = a.getNamespaceURI();
        if ("http://www.w3.org/2000/xmlns/".equals(ns)) {
            return null; // declarations: the serializer writes those the names in use need
        }
        String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
        if (ns != null && !XLINK_NS.equals(ns) && !javax.xml.XMLConstants.XML_NS_URI.equals(ns)) {
            return "imageMetadata"; // an editor's (sodipodi:docname, inkscape:export-filename, i:extraneous …)
        }
        String value = a.getValue().strip().toLowerCase(Locale.ROOT);
        if (ns == null && name.toLowerCase(Locale.ROOT).startsWith("on")) {
            return "javascript"; // an event handler
        }
        if (!"href".equals(name)) {
            return null;
        }
        if (value.replaceAll("[\\s\\x00-\\x1f]", "").startsWith("javascript:")) {
            return "javascript";
        }
        boolean outside = value.startsWith("//") || value.matches("[a-z][a-z0-9+.-]*:.*") && !value.startsWith("data:");
        return outside && FETCHED.contains(owner.getLocalName()) ? "externalLinks" : null;
    }
}
