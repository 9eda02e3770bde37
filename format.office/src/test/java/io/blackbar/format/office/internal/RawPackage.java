package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/**
 * The independent reader of the tests: a package unzipped with java.util.zip, every part read as raw
 * bytes and every XML part parsed by the JDK with DTDs refused. Shares no code with the handler.
 */
final class RawPackage {

    final Map<String, byte[]> parts = new LinkedHashMap<>();

    RawPackage(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
    }

    /** Every value is absent from every part, plain and XML-escaped, in UTF-8. */
    void assertNone(List<String> values) {
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            String s = new String(p.getValue(), StandardCharsets.UTF_8);
            for (String v : values) {
                String escaped = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
                assertFalse(s.contains(v) || s.contains(escaped) || s.contains(v.replace("&", "&amp;")),
                        "a removed value is still in " + p.getKey());
            }
        }
    }

    /** Every .xml and .rels part parses (DTDs refused), and the text of all of them is returned. */
    String wellFormedText() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            if (p.getKey().endsWith(".xml") || p.getKey().endsWith(".rels")) {
                try {
                    Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(p.getValue()));
                    text.append(d.getDocumentElement().getTextContent()).append('\n');
                } catch (Exception e) {
                    fail(p.getKey() + " is not well-formed: " + e.getMessage());
                }
            }
        }
        return text.toString();
    }

    /** @return the part's bytes as UTF-8 text, "" for a part that is not there */
    String text(String part) {
        byte[] b = parts.get(part);
        return b == null ? "" : new String(b, StandardCharsets.UTF_8);
    }

    /** No part holds the marker, as UTF-8 or UTF-16LE bytes. */
    void assertGone(String marker) {
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            String s = new String(p.getValue(), StandardCharsets.ISO_8859_1);
            assertFalse(s.contains(marker) || s.contains(new String(marker.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1)),
                    marker + " is still in " + p.getKey());
        }
    }

    /**
     * The package is consistent, as Office checks it on opening: every XML part is well-formed, every part has a content
     * type (an override or its extension's default), every override names a part, every internal relationship's target
     * exists, and every relationship id an XML part uses ({@code r:id}, {@code r:embed} …) is one of its relationships.
     * Regular expressions over the raw XML: no code of the handler.
     */
    void assertConsistent() throws Exception {
        wellFormedText();
        String types = text("[Content_Types].xml");
        java.util.Set<String> defaults = new java.util.HashSet<>();
        java.util.Set<String> overrides = new java.util.HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<Default\\b[^>]*?Extension=\"([^\"]*)\"").matcher(types);
        while (m.find()) {
            defaults.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        m = java.util.regex.Pattern.compile("<Override\\b[^>]*?PartName=\"([^\"]*)\"").matcher(types);
        while (m.find()) {
            overrides.add(m.group(1).substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String n : parts.keySet()) {
            names.add(n.toLowerCase(java.util.Locale.ROOT));
        }
        for (String o : overrides) {
            assertTrue(names.contains(o), "an override names no part: " + o);
        }
        for (String n : parts.keySet()) {
            if (n.equals("[Content_Types].xml") || n.endsWith("/")) {
                continue;
            }
            String ext = n.substring(n.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            assertTrue(overrides.contains(n.toLowerCase(java.util.Locale.ROOT)) || defaults.contains(ext), "no content type for " + n);
        }
        java.util.regex.Pattern rel = java.util.regex.Pattern.compile("<Relationship\\b([^>]*)/?>");
        java.util.regex.Pattern attr = java.util.regex.Pattern.compile("(\\w+)=\"([^\"]*)\"");
        for (String n : parts.keySet()) {
            if (!n.endsWith(".rels")) {
                continue;
            }
            int k = n.lastIndexOf("_rels/");
            String source = n.substring(0, k) + n.substring(k + "_rels/".length(), n.length() - ".rels".length());
            java.util.Set<String> ids = new java.util.HashSet<>();
            java.util.regex.Matcher r = rel.matcher(text(n));
            while (r.find()) {
                Map<String, String> a = new java.util.HashMap<>();
                java.util.regex.Matcher am = attr.matcher(r.group(1));
                while (am.find()) {
                    a.put(am.group(1), am.group(2));
                }
                ids.add(a.get("Id"));
                if (!"External".equals(a.get("TargetMode"))) {
                    String target = java.net.URI.create("/" + source).resolve(a.get("Target")).getPath().substring(1);
                    assertTrue(names.contains(target.toLowerCase(java.util.Locale.ROOT)), n + " points at a missing part: " + target);
                }
            }
            if (!source.isEmpty() && parts.containsKey(source)) {
                java.util.regex.Matcher used = java.util.regex.Pattern.compile("\\br:(?:id|embed|link|pict|dm|lo|qs|cs|href)=\"([^\"]*)\"")
                        .matcher(text(source));
                while (used.find()) {
                    assertTrue(used.group(1).isEmpty() || ids.contains(used.group(1)), source + " refers to a relationship that is gone: " + used.group(1));
                }
            }
        }
    }

    /** At least 95 % of the other words survive. */
    void assertSurvive(List<String> words) throws Exception {
        String text = wellFormedText();
        List<String> lost = new ArrayList<>();
        for (String w : words) {
            if (!text.contains(w)) {
                lost.add(w);
            }
        }
        assertTrue(lost.size() * 20 <= words.size(), "lost other words: " + lost);
    }

    /** The relationship type URI of a short name ("officeDocument", "hyperlink"). */
    static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /**
     * @param partsAndTypes part names (with their leading slash) and their content types, in turns
     * @return a {@code [Content_Types].xml} with the defaults for {@code .rels} and {@code .xml}
     */
    static String contentTypes(String... partsAndTypes) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        for (int i = 0; i + 1 < partsAndTypes.length; i += 2) {
            b.append("<Override PartName=\"").append(partsAndTypes[i]).append("\" ContentType=\"").append(partsAndTypes[i + 1])
                    .append("\"/>");
        }
        return b.append("</Types>").toString();
    }

    /** @return a relationships part holding the given {@code Relationship} elements */
    static String relationships(String... elements) {
        return "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + String.join("", elements) + "</Relationships>";
    }

    /** @return a {@code Relationship} element of a type given by its short name */
    static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + RELS + type + "\" Target=\"" + target + "\"/>";
    }

    /**
     * Rewrites a package: each part's text through {@code edit} (part name, text), then the {@code added} parts after
     * them; a test file made by a library, then given what the library does not write.
     */
    static void edit(Path file, java.util.function.BinaryOperator<String> edit, Map<String, String> added) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        for (var e : new RawPackage(java.nio.file.Files.readAllBytes(file)).parts.entrySet()) {
            parts.put(e.getKey(), edit.apply(e.getKey(), new String(e.getValue(), StandardCharsets.UTF_8)));
        }
        parts.putAll(added);
        zip(file, parts);
    }

    /** Writes parts (name, text) into a zip. */
    static void zip(Path file, Map<String, String> parts) throws IOException {
        zip(file, parts, Map.of());
    }

    /** Writes parts (name, text) and binary parts (name, bytes) into a zip. */
    static void zip(Path file, Map<String, String> parts, Map<String, byte[]> binary) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            for (Map.Entry<String, byte[]> p : binary.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        }
        java.nio.file.Files.write(file, bytes.toByteArray());
    }
}
