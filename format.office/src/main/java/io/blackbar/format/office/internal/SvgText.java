package io.blackbar.format.office.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.Replacement;

/**
 * An SVG picture (an icon, a diagram or a signature inserted into a document; Office keeps a PNG beside it for older
 * readers): its text is XML, read with no OCR and overwritten in place.
 * <p>
 * Read: each {@code <text>} element is a line (its {@code <tspan>}s and {@code <textPath>}s joined, a new line where one
 * moves to another baseline: a {@code y} other than the line's, or a {@code dy}), and so is each paragraph of Inkscape's
 * flowed text, each {@code <title>} and {@code <desc>} (a tooltip, the picture's description) wherever it stands, each
 * {@code aria-label} and {@code xlink:title}, and each link's address. Whitespace is read as SVG shows it: line breaks and
 * tabs as spaces, runs of spaces as one.
 * <p>
 * {@link #clean} (every write, every SVG of the package) keeps what a reader of the picture sees and takes out the rest
 * and what runs: comments, processing instructions and the DOCTYPE, {@code <metadata>}, the elements and attributes of
 * other namespaces than SVG's and XLink's (an editor's: Inkscape keeps the file's name, Illustrator the whole drawing it
 * was saved from), {@code data-} attributes and {@code content} (draw.io keeps its whole diagram there), text outside
 * text elements, scripts, event handlers, animations that set a link or a handler and links that run
 * ({@code javascript:}), {@code <foreignObject>} (HTML in the picture, not read), and every reference out of the picture
 * but a link's ({@code href}s, {@code url()}s, {@code @import}: a viewer fetches them, a web beacon). Element ids (an
 * illustrator's layer names: "John_Smith_signature") are renamed, and the references to them with them. An SVG that
 * does not parse, or declares more than entities, is replaced by an empty one ({@code imagesRemoved}): Office shows the
 * PNG beside it.
 */
final class SvgText {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    /** What an SVG that cannot be cleaned is replaced with. */
    static final byte[] EMPTY = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
    /** The root element's start tag, prefixed or not. */
    private static final Pattern ROOT = Pattern.compile("<(?:[A-Za-z_][\\w.-]{0,64}:)?svg[\\s/>]");
    /** Bytes read to tell an SVG by its content. */
    private static final int HEAD = 4096;
    /** Elements whose text is read as lines of their own wherever they stand. */
    private static final Set<String> OWN_LINES = Set.of("title", "desc");
    /** Elements whose text is not shown (code, styles, metadata, HTML not read). */
    private static final Set<String> NOT_SHOWN = Set.of("script", "style", "metadata", "foreignObject", "handler");
    /** Elements whose text a reader shows, with what is in them (spans, links, flowed paragraphs), or reads (a style). */
    private static final Set<String> TEXT_ELEMENTS = Set.of("text", "title", "desc", "flowRoot", "style");
    /** Flowed text (Inkscape 0.92): the root, and what starts a line in it. */
    private static final Set<String> FLOW_LINES = Set.of("flowPara", "flowDiv");
    /** Elements that run code. */
    private static final Set<String> SCRIPTS = Set.of("script", "handler", "listener");
    /** Animations, which may set a link or a handler when the picture is shown. */
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animateColor", "animateMotion",
            "animateTransform");
    /** Attributes read as text: what a reader is told of an element. */
    private static final Set<String> READ_ATTRIBUTES = Set.of("aria-label", "aria-description");
    /** Link schemes a link may keep. */
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** {@code url(…)} in an attribute or a style, its address in group 1. */
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^)'\"]*)['\"]?\\s*\\)", Pattern.CASE_INSENSITIVE);
    /** A style's {@code @import}, to its semicolon or the line's end. */
    private static final Pattern IMPORT = Pattern.compile("@import[^;\\n]*;?", Pattern.CASE_INSENSITIVE);
    /** A reference to an id by {@code #}, the id in group 1. */
    private static final Pattern ID_REFERENCE = Pattern.compile("#([^\\s\"'()#,;{}\\[\\]>+~:]+)");
    /** Attributes that name ids bare, separated by spaces. */
    private static final Set<String> ID_LISTS = Set.of("aria-labelledby", "aria-describedby", "aria-owns", "aria-controls");
    /** Attributes that name an id before an event ({@code begin="button.click"}). */
    private static final Set<String> ID_EVENTS = Set.of("begin", "end");
    /** A character's average advance, in the font's size (what tells a gap between placed spans from a word's letters). */
    private static final double ADVANCE = 0.6;
    /** The font size a picture's text has when it says none (CSS's medium). */
    private static final double FONT_SIZE = 16;
    /** Written bytes more than this many times the read ones mean something grew that should not. */
    private static final int MAX_GROWTH = 4;

    /** The parsed picture, edited in place; null when it could not be read. */
    private final Document doc;
    private final String text;
    /** For each character of {@link #text}: its text node or attribute, or null for a break or space added between. */
    private final Node[] nodeOf;
    /** ... and its index in that node's value. */
    private final int[] indexIn;

    private SvgText(Document doc, String text, Node[] nodeOf, int[] indexIn) {
        this.doc = doc;
        this.text = text;
        this.nodeOf = nodeOf;
        this.indexIn = indexIn;
    }

    /**
     * @param name the part's name
     * @param contentType its content type, or null
     * @param b its bytes
     * @return whether the part is an SVG: by its first bytes, its name's ending or its content type
     */
    static boolean isSvg(String name, String contentType, byte[] b) {
        return isSvg(b) || name.toLowerCase(Locale.ROOT).endsWith(".svg")
                || contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("image/svg+xml");
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
     * @param b an SVG part's bytes ({@link #isSvg(String, String, byte[])})
     * @return the picture's text; one that does not parse (or whose DOCTYPE declares more than entities, or that nests
     *     too deep) is not {@link #readable()}
     */
    static SvgText read(byte[] b) {
        Document doc = parse(b);
        if (doc == null) {
            return new SvgText(null, "", new Node[0], new int[0]);
        }
        Lines lines = new Lines();
        walk(doc.getDocumentElement(), lines);
        return new SvgText(doc, lines.out.toString(), lines.nodes.toArray(new Node[0]),
                Arrays.copyOf(lines.index, lines.out.length()));
    }

    /** @return the parsed picture, or null when it is no SVG or cannot be read */
    private static Document parse(byte[] b) {
        try {
            Document doc = SafeXml.parseWithDoctype(b);
            Element root = doc.getDocumentElement();
            return root != null && isSvg(root, "svg") ? doc : null;
        } catch (EngineException | RuntimeException e) {
            return null;
        }
    }

    /** @return whether the picture parsed: else its text is not read, and the cleaner replaces it */
    boolean readable() {
        return doc != null;
    }

    /**
     * @return whether the picture also draws a raster image or another picture of its own (an {@code <image>},
     *     {@code <feImage>} or {@code <use>} of a {@code data:} address: not read)
     */
    boolean holdsPixels() {
        if (doc == null) {
            return false;
        }
        for (String name : List.of("image", "feImage", "use")) {
            var found = doc.getElementsByTagNameNS("*", name);
            for (int k = 0; k < found.getLength(); k++) {
                Element e = (Element) found.item(k);
                if (isSvgOrNone(e) && normalised(href(e)).startsWith("data:")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the picture's text, a line break after each line */
    String text() {
        return text;
    }

    /** The text as it is read, and where each character comes from. */
    private static final class Lines {
        final StringBuilder out = new StringBuilder();
        final List<Node> nodes = new ArrayList<>();
        int[] index = new int[64];
        /** The baseline of the line being read ({@code y}), NaN when not known. */
        double baseline = Double.NaN;
        /** Where the last span placed along the line began ({@code x}), NaN when not known. */
        double placedAt = Double.NaN;
        /** Characters read since. */
        int sincePlaced;

        void add(char c, Node node, int at) {
            if (out.length() == index.length) {
                index = Arrays.copyOf(index, index.length * 2);
            }
            index[out.length()] = at;
            nodes.add(node);
            out.append(c);
            sincePlaced = c == '\n' ? 0 : sincePlaced + 1;
        }

        /**
         * A span placed at {@code x} on the line: apart from what was read before it by a space when it begins further
         * along than those characters reach (at an average advance of 0.6 of the font's size, and a
         * quarter of it between), joined when it continues them (a word's letters kerned one by one).
         */
        void placed(double x, double fontSize) {
            if (!Double.isNaN(placedAt) && !atSpace() && x >= placedAt + (sincePlaced * ADVANCE + 0.25) * fontSize) {
                add(' ', null, 0);
            }
            placedAt = x;
            sincePlaced = 0;
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

        /** A value read as SVG shows text: each run of whitespace one space. */
        void value(Node node, String s) {
            for (int k = 0; k < s.length(); k++) {
                char ch = s.charAt(k);
                boolean space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
                if (!space) {
                    add(ch, node, k);
                } else if (!atSpace()) {
                    add(' ', node, k);
                }
            }
        }

        /** A value as a line of its own. */
        void line(Node node) {
            endLine();
            value(node, node.getNodeValue());
            endLine();
        }
    }

    private static void walk(Element e, Lines lines) {
        attributes(e, lines);
        if (isSvg(e, "text") || isSvg(e, "flowRoot")) {
            lines.endLine();
            lines.baseline = number(e.getAttribute("y"));
            lines.placedAt = number(e.getAttribute("x"));
            lines.sincePlaced = 0;
            textOf(e, lines);
            lines.endLine();
            return;
        }
        if (isSvgOrNone(e) && OWN_LINES.contains(e.getLocalName())) {
            lines.endLine();
            textOf(e, lines);
            lines.endLine();
            return;
        }
        if (!isSvgOrNone(e) || NOT_SHOWN.contains(e.getLocalName())) {
            return;
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                walk(child, lines);
            }
        }
    }

    /** The attributes a reader is told of (labels, a link's tooltip and address), each a line. */
    private static void attributes(Element e, Lines lines) {
        NamedNodeMap attributes = e.getAttributes();
        for (int k = 0; k < attributes.getLength(); k++) {
            Attr a = (Attr) attributes.item(k);
            String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
            boolean read = a.getNamespaceURI() == null && READ_ATTRIBUTES.contains(name)
                    || XLINK_NS.equals(a.getNamespaceURI()) && "title".equals(name)
                    || isSvg(e, "a") && "href".equals(name) && (a.getNamespaceURI() == null || XLINK_NS.equals(a.getNamespaceURI()))
                            && scheme(normalised(a.getValue())) != null && LINK_SCHEMES.contains(scheme(normalised(a.getValue())));
            if (read && !a.getValue().isBlank()) {
                lines.line(a);
            }
        }
    }

    /**
     * The characters of a text element and its spans, as SVG shows them by default (xml:space="default"): a span on
     * another baseline starts a line; a {@code <title>} or {@code <desc>} in it is a line of its own.
     */
    private static void textOf(Element e, Lines lines) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof org.w3c.dom.Text t) {
                lines.value(t, t.getData());
            } else if (c instanceof Element child && isSvgOrNone(child)) {
                String name = child.getLocalName();
                if (OWN_LINES.contains(name)) {
                    lines.endLine();
                    textOf(child, lines);
                    lines.endLine();
                    continue;
                }
                if (NOT_SHOWN.contains(name)) {
                    continue;
                }
                attributes(child, lines);
                double y = number(child.getAttribute("y"));
                double x = number(child.getAttribute("x"));
                double dx = number(child.getAttribute("dx"));
                if (FLOW_LINES.contains(name) || !Double.isNaN(y) && y != lines.baseline
                        || !Double.isNaN(number(child.getAttribute("dy"))) && number(child.getAttribute("dy")) != 0) {
                    lines.endLine();
                    lines.baseline = Double.isNaN(y) ? lines.baseline : y;
                    lines.placedAt = x;
                    lines.sincePlaced = 0;
                } else if (!Double.isNaN(x)) {
                    lines.placed(x, fontSize(child));
                } else if (!Double.isNaN(dx) && dx >= 0.25 * fontSize(child) && !lines.atSpace()) {
                    lines.add(' ', null, 0);
                }
                textOf(child, lines);
                if (FLOW_LINES.contains(name)) {
                    lines.endLine();
                }
            }
        }
    }

    /** @return the font size an element's text has: its own or its nearest ancestor's, in user units, else CSS's medium */
    private static double fontSize(Element e) {
        for (Node n = e; n instanceof Element a; n = n.getParentNode()) {
            double size = number(a.getAttribute("font-size"));
            Matcher m = FONT_SIZE_STYLE.matcher(a.getAttribute("style"));
            if (Double.isNaN(size) && m.find()) {
                size = Double.parseDouble(m.group(1));
            }
            if (size > 0) {
                return size;
            }
        }
        return FONT_SIZE;
    }

    private static final Pattern FONT_SIZE_STYLE = Pattern.compile("font-size\\s*:\\s*([0-9]*\\.?[0-9]+)");

    /** @return the first number of a length or list of lengths ({@code "10 20"}, {@code "3.5px"}), NaN when none */
    private static double number(String value) {
        Matcher m = NUMBER.matcher(value);
        return m.lookingAt() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static final Pattern NUMBER = Pattern.compile("\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)");

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
     *     when anonymizing; never half a surrogate pair); the package's cleaner then {@link #clean}s it, as every SVG of
     *     a package written
     */
    byte[] write(List<Replacement> plan, Method method) throws EngineException {
        Map<Node, char[]> edited = new IdentityHashMap<>();
        char blank = method == Method.ANONYMIZE ? ' ' : 'X';
        for (Replacement r : plan) {
            for (int k = Math.max(0, r.start()); k < Math.min(r.end(), nodeOf.length); k++) {
                Node node = nodeOf[k];
                if (node == null) {
                    continue; // a break or space read between spans
                }
                int inSpan = k - r.start();
                char c = method == Method.ANONYMIZE && r.text() != null && inSpan < r.text().length() ? r.text().charAt(inSpan)
                        : blank;
                edited.computeIfAbsent(node, n -> n.getNodeValue().toCharArray())[indexIn[k]] = c;
            }
        }
        edited.forEach((node, chars) -> node.setNodeValue(new String(wholePairs(chars, blank))));
        return SafeXml.write(doc);
    }

    /** @return the characters with every half of a surrogate pair that lost its other half made {@code blank} */
    private static char[] wholePairs(char[] chars, char blank) {
        for (int k = 0; k < chars.length; k++) {
            boolean high = Character.isHighSurrogate(chars[k]);
            if (high && k + 1 < chars.length && Character.isLowSurrogate(chars[k + 1])) {
                k++;
            } else if (high || Character.isLowSurrogate(chars[k])) {
                chars[k] = blank;
            }
        }
        return chars;
    }

    /**
     * @param b a part's bytes, an SVG's ({@link #isSvg(String, String, byte[])})
     * @param removed receives what was taken out, by kind
     * @return the picture cleaned (see the class's comment), the bytes themselves when nothing was taken out, or
     *     {@link #EMPTY} when it cannot be read
     */
    static byte[] clean(byte[] b, Map<String, Integer> removed) throws EngineException {
        Document doc = parse(b);
        byte[] out = null;
        Map<String, Integer> mine = new TreeMap<>();
        if (doc != null) {
            if (doc.getDoctype() != null) {
                mine.merge("imageMetadata", 1, Integer::sum); // written without it, its entities expanded
            }
            cleaned(doc, mine);
            out = mine.isEmpty() ? b : SafeXml.write(doc);
            if (out.length > (long) MAX_GROWTH * b.length + HEAD) {
                out = null; // grew past what cleaning can make: not written
            }
        }
        if (out == null) {
            if (Arrays.equals(b, EMPTY)) {
                return b;
            }
            removed.merge("imagesRemoved", 1, Integer::sum);
            return EMPTY;
        }
        mine.computeIfPresent("imageMetadata", (k, v) -> 1); // a picture's, however many pieces it was in
        mine.forEach((k, v) -> removed.merge(k, v, Integer::sum));
        return out;
    }

    /** Cleans a parsed picture in place, counting what went by kind. */
    private static void cleaned(Document doc, Map<String, Integer> removed) {
        for (Node c = doc.getFirstChild(); c != null;) {
            Node next = c.getNextSibling();
            if (c.getNodeType() == Node.COMMENT_NODE || c.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE
                    || c.getNodeType() == Node.DOCUMENT_TYPE_NODE) {
                doc.removeChild(c);
                removed.merge("imageMetadata", 1, Integer::sum);
            }
            c = next;
        }
        clean(doc.getDocumentElement(), false, removed);
        renameIds(doc.getDocumentElement(), removed);
    }

    private static void clean(Element e, boolean inText, Map<String, Integer> removed) {
        NamedNodeMap attributes = e.getAttributes();
        for (int k = attributes.getLength() - 1; k >= 0; k--) {
            Attr a = (Attr) attributes.item(k);
            String kind = attributeKind(e, a);
            if (kind != null) {
                e.removeAttributeNode(a);
                removed.merge(kind, 1, Integer::sum);
            } else {
                String value = a.getValue();
                String fixed = withoutOutsideUrls(value);
                if (!fixed.equals(value)) {
                    a.setValue(fixed);
                    removed.merge("externalLinks", 1, Integer::sum);
                }
            }
        }
        boolean text = inText || TEXT_ELEMENTS.contains(e.getLocalName());
        for (Node c = e.getFirstChild(); c != null;) {
            Node next = c.getNextSibling();
            String kind = c instanceof Element child ? elementKind(child)
                    : c.getNodeType() == Node.COMMENT_NODE || c.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE
                            || !text && c.getNodeType() == Node.TEXT_NODE && !c.getNodeValue().isBlank() ? "imageMetadata"
                            : null;
            if (kind != null) {
                e.removeChild(c);
                removed.merge(kind, 1, Integer::sum);
            } else if (c instanceof Element child) {
                clean(child, text, removed);
            } else if (c.getNodeType() == Node.TEXT_NODE && isSvg(e, "style")) {
                String css = c.getNodeValue();
                String fixed = withoutOutsideUrls(IMPORT.matcher(css).replaceAll(""));
                if (!fixed.equals(css)) {
                    c.setNodeValue(fixed);
                    removed.merge("externalLinks", 1, Integer::sum);
                }
            }
            c = next;
        }
    }

    /** @return what an element is that goes (a kind of the report), or null when it stays */
    private static String elementKind(Element e) {
        if (!isSvgOrNone(e)) {
            return "imageMetadata"; // an editor's: no reader draws an element of another namespace
        }
        String name = e.getLocalName();
        if (SCRIPTS.contains(name)) {
            return "javascript";
        }
        if (ANIMATIONS.contains(name)) {
            String target = e.getAttribute("attributeName").strip().toLowerCase(Locale.ROOT);
            target = target.substring(target.indexOf(':') + 1);
            return target.equals("href") || target.startsWith("on") ? "javascript" : null;
        }
        return switch (name) {
            case "metadata" -> "imageMetadata";
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
        String name = (a.getLocalName() == null ? a.getName() : a.getLocalName()).toLowerCase(Locale.ROOT);
        if (ns != null && !XLINK_NS.equals(ns) && !javax.xml.XMLConstants.XML_NS_URI.equals(ns)) {
            return "imageMetadata"; // an editor's (sodipodi:docname, inkscape:export-filename, i:extraneous …)
        }
        if (ns == null && (name.startsWith("data-") || name.equals("content"))) {
            return "imageMetadata"; // an application's data (draw.io's diagram, Illustrator's layer names)
        }
        if (ns == null && name.startsWith("on")) {
            return "javascript"; // an event handler
        }
        if (!"href".equals(name) && !"base".equals(name)) {
            return null;
        }
        String value = normalised(a.getValue());
        String scheme = scheme(value);
        if (isSvg(owner, "a") && "href".equals(name)) {
            // a link stays as the document's own do, when it goes somewhere; one that runs goes
            return scheme == null || LINK_SCHEMES.contains(scheme) ? null : "javascript";
        }
        return scheme == null && !value.startsWith("//") || "data".equals(scheme) ? null : "externalLinks";
    }

    /** @return an address's scheme ({@code https}, {@code mailto}), or null for a relative one */
    private static String scheme(String normalised) {
        int colon = normalised.indexOf(':');
        return colon > 0 && normalised.substring(0, colon).matches("[a-z][a-z0-9+.-]*") ? normalised.substring(0, colon) : null;
    }

    /** @return the address as a browser reads it: no tabs, line breaks, controls or spaces, backslashes as slashes */
    private static String normalised(String address) {
        StringBuilder b = new StringBuilder(address.length());
        for (int k = 0; k < address.length(); k++) {
            char c = address.charAt(k);
            if (c > ' ') {
                b.append(c == '\\' ? '/' : Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** @return the value with every {@code url(…)} that leaves the picture made {@code none} */
    private static String withoutOutsideUrls(String value) {
        if (!value.toLowerCase(Locale.ROOT).contains("url(")) {
            return value;
        }
        Matcher m = URL.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String address = normalised(m.group(1));
            boolean inside = address.startsWith("#") || address.startsWith("data:");
            m.appendReplacement(out, inside ? Matcher.quoteReplacement(m.group()) : "none");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** @return an element's link, {@code href} or {@code xlink:href} */
    private static String href(Element e) {
        return e.hasAttribute("href") ? e.getAttribute("href") : e.getAttributeNS(XLINK_NS, "href");
    }

    /**
     * Renames every element id ({@code i1}, {@code i2} … in document order) and the references to them: {@code #id} in
     * any attribute or style, bare ids in ARIA's lists, {@code id.event} in an animation's timing.
     */
    private static void renameIds(Element root, Map<String, Integer> removed) {
        Map<String, String> ids = new HashMap<>();
        List<Element> all = new ArrayList<>();
        collect(root, all);
        for (Element e : all) {
            String id = e.getAttribute("id");
            if (!id.isEmpty() && !ids.containsKey(id)) {
                ids.put(id, "i" + (ids.size() + 1));
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        boolean renamed = false;
        for (Element e : all) {
            NamedNodeMap attributes = e.getAttributes();
            for (int k = 0; k < attributes.getLength(); k++) {
                Attr a = (Attr) attributes.item(k);
                String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
                String value = a.getValue();
                String fixed;
                if (name.equals("id") && a.getNamespaceURI() == null) {
                    fixed = ids.getOrDefault(value, value);
                } else if (ID_LISTS.contains(name)) {
                    fixed = String.join(" ", Arrays.stream(value.trim().split("\\s+")).map(v -> ids.getOrDefault(v, v))
                            .toList());
                } else if (ID_EVENTS.contains(name)) {
                    fixed = Pattern.compile("([^\\s;+-]+)\\.").matcher(value).replaceAll(m -> Matcher.quoteReplacement(
                            ids.getOrDefault(m.group(1), m.group(1)) + "."));
                } else {
                    fixed = references(value, ids);
                }
                if (!fixed.equals(value)) {
                    a.setValue(fixed);
                    renamed = true;
                }
            }
            if (isSvg(e, "style")) {
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c.getNodeType() == Node.TEXT_NODE) {
                        c.setNodeValue(references(c.getNodeValue(), ids));
                    }
                }
            }
        }
        if (renamed) {
            removed.merge("imageMetadata", 1, Integer::sum);
        }
    }

    /** @return the value with each {@code #id} of a renamed id renamed */
    private static String references(String value, Map<String, String> ids) {
        if (value.indexOf('#') < 0) {
            return value;
        }
        return ID_REFERENCE.matcher(value).replaceAll(m -> Matcher.quoteReplacement("#" + ids.getOrDefault(m.group(1),
                m.group(1))));
    }

    /** Every element under and with {@code e}, in document order, without recursion. */
    private static void collect(Element e, List<Element> out) {
        java.util.ArrayDeque<Element> todo = new java.util.ArrayDeque<>();
        todo.push(e);
        while (!todo.isEmpty()) {
            Element next = todo.pop();
            out.add(next);
            List<Element> children = new ArrayList<>();
            for (Node c = next.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element child) {
                    children.add(child);
                }
            }
            for (int k = children.size() - 1; k >= 0; k--) {
                todo.push(children.get(k));
            }
        }
    }
}
