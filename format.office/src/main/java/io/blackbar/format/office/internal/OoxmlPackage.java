package io.blackbar.format.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.blackbar.engine.api.EngineException;

/**
 * An Office Open XML package held as raw parts: the bytes of every entry, and the XML parts parsed
 * on demand. Edits happen on the DOM; untouched parts are written back byte for byte. Knows content
 * types and relationships, so that a removed part takes its relationships and override with it.
 */
final class OoxmlPackage {

    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final Map<String, byte[]> raw;
    private final Map<String, Document> xml = new HashMap<>();
    private final Map<String, PartWriter> streamed = new HashMap<>();
    private final List<UnaryOperator<String>> formulaRewrites = new ArrayList<>();

    /** Writes a part that is never parsed into a DOM (see {@link StreamedText}). */
    interface PartWriter {
        /**
         * @param in the part as read
         * @param out the zip entry, not to be closed
         * @param sanitize whether the package is being sanitized
         */
        void write(InputStream in, OutputStream out, boolean sanitize) throws EngineException;
    }

    private final Path source;

    /**
     * @param raw the parts, {@link ZipGuard#LAZY} for those left in the file
     * @param source the file, to stream the lazy parts from
     */
    OoxmlPackage(Map<String, byte[]> raw, Path source) {
        this.raw = new LinkedHashMap<>(raw);
        this.source = source;
    }

    /** @return the part names, in package order */
    List<String> names() {
        return new ArrayList<>(raw.keySet());
    }

    /** @return true for a part left in the file, to be streamed */
    boolean isLazy(String name) {
        return raw.get(name) == ZipGuard.LAZY;
    }

    /** @return the bytes of a part as read, streamed from the file for a lazy one; the caller closes it */
    InputStream open(String name) throws EngineException {
        return isLazy(name) ? ZipGuard.open(source, name) : new ByteArrayInputStream(raw.get(name));
    }

    /** @return the bytes of a part held in memory, or null for one left in the file or parsed into a DOM */
    byte[] bytes(String name) {
        return isLazy(name) || xml.containsKey(name) ? null : raw.get(name);
    }

    /** Replaces the bytes of a part held in memory (not parsed into a DOM). */
    void setBytes(String name, byte[] bytes) {
        raw.put(name, bytes);
    }

    /** Marks a part as streamed: never parsed into a DOM, written by the given writer. */
    void stream(String name, PartWriter writer) {
        streamed.put(name, writer);
    }

    boolean isStreamed(String name) {
        return streamed.containsKey(name);
    }

    /** Adds a rewrite every formula of the streamed parts goes through when written (a renamed sheet). */
    void addFormulaRewrite(UnaryOperator<String> rewrite) {
        formulaRewrites.add(rewrite);
    }

    List<UnaryOperator<String>> formulaRewrites() {
        return formulaRewrites;
    }

    boolean has(String name) {
        return raw.containsKey(name);
    }

    /** @return true for parts named as XML (.xml, .rels) */
    static boolean isXml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels");
    }

    /**
     * @return true for the parts read as XML: those named so, VML drawings (a form control's caption, a watermark's
     *     text), and any part whose content type is XML's whatever its name (core properties as .NET's packaging writes
     *     them, {@code package/services/metadata/core-properties/*.psmdcp}; a main document named {@code content.dat})
     */
    boolean readsAsXml(String name) throws EngineException {
        if (isXml(name) || name.toLowerCase(Locale.ROOT).endsWith(".vml")) {
            return true;
        }
        String type = contentType(name).toLowerCase(Locale.ROOT);
        // not a picture (an SVG is read and cleaned as one: SvgText)
        return !type.startsWith("image/") && (type.endsWith("+xml") || type.endsWith("/xml"));
    }

    /**
     * @param name an XML part
     * @return its DOM, parsed once and kept; edits to it are written back
     * @throws EngineException for malformed XML or a DOCTYPE
     */
    Document xml(String name) throws EngineException {
        Document d = xml.get(name);
        if (d == null) {
            d = SafeXml.parse(raw.get(name), name);
            xml.put(name, d);
        }
        return d;
    }

    /** @return the content type of a part, from its override or its extension's default */
    String contentType(String name) throws EngineException {
        Element types = xml(CONTENT_TYPES).getDocumentElement();
        for (Element o : children(types, "Override")) {
            if (o.getAttribute("PartName").equalsIgnoreCase("/" + name)) {
                return o.getAttribute("ContentType");
            }
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        for (Element d : children(types, "Default")) {
            if (d.getAttribute("Extension").equalsIgnoreCase(ext)) {
                return d.getAttribute("ContentType");
            }
        }
        return "";
    }

    /** Sets the override content type of a part (a macro-free main part). */
    void setContentType(String name, String type) throws EngineException {
        for (Element o : children(xml(CONTENT_TYPES).getDocumentElement(), "Override")) {
            if (o.getAttribute("PartName").equalsIgnoreCase("/" + name)) {
                o.setAttribute("ContentType", type);
            }
        }
    }

    /** @return the relationships part of a part ({@code word/_rels/document.xml.rels}) */
    static String relsOf(String name) {
        int slash = name.lastIndexOf('/');
        return name.substring(0, slash + 1) + "_rels/" + name.substring(slash + 1) + ".rels";
    }

    /** @return the part a relationships part belongs to ("" for the package) */
    static String sourceOf(String rels) {
        int k = rels.lastIndexOf("_rels/");
        // a relationships part outside a _rels folder belongs to no part of its own: read against its folder
        String dir = k < 0 ? rels.substring(0, rels.lastIndexOf('/') + 1) : rels.substring(0, k);
        String file = rels.substring(rels.lastIndexOf('/') + 1);
        return dir + file.substring(0, file.length() - ".rels".length());
    }

    /** @return a relationship's internal target as a part name, or null for external ones */
    static String target(String rels, Element relationship) {
        if ("External".equals(relationship.getAttribute("TargetMode"))) {
            return null;
        }
        String t = relationship.getAttribute("Target");
        try {
            String source = sourceOf(rels);
            URI base = URI.create("/" + source.replace(" ", "%20"));
            String path = base.resolve(t.replace(" ", "%20")).getPath();
            return path.startsWith("/") ? path.substring(1) : path;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** @return every relationships part */
    List<String> relsParts() {
        List<String> out = new ArrayList<>();
        for (String n : raw.keySet()) {
            if (n.endsWith(".rels")) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Removes the parts matching a test, with their own relationships, their content type overrides
     * and every relationship pointing at them.
     *
     * @return how many parts went
     */
    int remove(Predicate<String> which) throws EngineException {
        List<String> gone = new ArrayList<>();
        for (String n : names()) {
            if (!n.endsWith(".rels") && !n.equals(CONTENT_TYPES) && which.test(n)) {
                gone.add(n);
            }
        }
        // part names are compared without case (ECMA-376 part 2, 9.1.1.1)
        java.util.Set<String> goneLower = new java.util.HashSet<>();
        for (String n : gone) {
            goneLower.add(n.toLowerCase(Locale.ROOT));
            raw.remove(n);
            xml.remove(n);
            streamed.remove(n);
            for (String other : names()) {
                if (other.equalsIgnoreCase(relsOf(n))) {
                    raw.remove(other);
                    xml.remove(other);
                }
            }
            for (Element o : children(xml(CONTENT_TYPES).getDocumentElement(), "Override")) {
                if (o.getAttribute("PartName").equalsIgnoreCase("/" + n)) {
                    o.getParentNode().removeChild(o);
                }
            }
        }
        if (!gone.isEmpty()) {
            for (String rels : relsParts()) {
                for (Element r : children(xml(rels).getDocumentElement(), "Relationship")) {
                    String target = target(rels, r);
                    if (target != null && goneLower.contains(target.toLowerCase(Locale.ROOT))) {
                        r.getParentNode().removeChild(r);
                    }
                }
            }
        }
        return gone.size();
    }

    /**
     * Writes the package: edited XML parts serialised, streamed parts through their writers, the rest
     * as read.
     *
     * @param out the output
     * @param sanitize passed to the writers of streamed parts
     */
    void write(OutputStream out, boolean sanitize) throws EngineException {
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Map.Entry<String, byte[]> e : raw.entrySet()) {
                Document d = xml.get(e.getKey());
                PartWriter w = streamed.get(e.getKey());
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (w != null) {
                    try (InputStream in = open(e.getKey())) {
                        w.write(in, zip, sanitize);
                    }
                } else {
                    zip.write(d == null ? e.getValue() : SafeXml.write(d));
                }
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document could not be written.", e);
        }
    }

    /** @return the element children of an element with a local name */
    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** @return every descendant element with a local name, in document order (a copy: safe to edit) */
    static List<Element> all(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
