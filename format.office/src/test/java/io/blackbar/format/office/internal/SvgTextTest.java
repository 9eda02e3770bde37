package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.Replacement;

/**
 * The text of SVG pictures (Inkscape's and Illustrator's ways of writing them, by hand here), read and overwritten; the
 * output is searched as bytes, in UTF-8 and UTF-16 and with every numeric character reference decoded, for each value.
 */
class SvgTextTest {

    /** An Inkscape drawing: a name split over two positioned spans, a title, metadata, editor data, a comment. */
    static final String INKSCAPE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Created for Carol Editor -->
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                 xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
                 xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 width="200" height="100" sodipodi:docname="peter_parker_badge.svg" onload="alert(1)">
              <title>Badge of Jane Roe</title>
              <metadata><rdf:RDF><dc:creator>Dora Author</dc:creator></rdf:RDF></metadata>
              <sodipodi:namedview inkscape:current-layer="Bob Reviewer"/>
              <script>fetch('https://tracker.example/x')</script>
              <text x="10" y="20" inkscape:label="holder">
                <tspan x="10" y="20">Member:</tspan>
                <tspan x="70" y="40">John</tspan><tspan x="95">Smith</tspan>
                <tspan x="10" y="60">SSN 219-09-<tspan>9999</tspan></tspan>
              </text>
              <text x="10" y="80">&#65;lice Walker</text>
              <image href="https://tracker.example/pixel.png" width="1" height="1"/>
              <a xlink:href="javascript:steal()"><rect width="5" height="5"/></a>
              <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">Zebulon Quimby</div></foreignObject>
            </svg>
            """;

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDrawingsTextIsReadAsItIsShown() {
        SvgText svg = SvgText.read(utf8(INKSCAPE));
        assertNotNull(svg);
        assertTrue(svg.readable());
        assertEquals("Badge of Jane Roe\nMember:\nJohn Smith\nSSN 219-09-9999\nAlice Walker\n", svg.text());
        assertFalse(svg.holdsPixels(), "an image fetched from outside is no pixels of the picture");
    }

    @Test
    void valuesAreOverwrittenAndWhatNoReaderSeesOrWhatRunsGoes() throws Exception {
        SvgText svg = SvgText.read(utf8(INKSCAPE));
        String text = svg.text();
        List<Replacement> plan = new ArrayList<>();
        for (String v : List.of("Jane Roe", "John Smith", "219-09-9999", "Alice Walker")) {
            int at = text.indexOf(v);
            plan.add(new Replacement(at, at + v.length(), "X", "[REDACTED]"));
        }
        byte[] written = svg.write(plan, Method.REDACT);
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("Carol Editor"), "the writer only overwrites");
        byte[] out = SvgText.clean(written, new TreeMap<>()); // as the package's cleaner does every SVG on every write
        for (String v : List.of("Jane Roe", "John", "Smith", "219-09", "9999", "Alice Walker", "Carol Editor", "Dora Author",
                "Bob Reviewer", "peter_parker", "Zebulon", "tracker.example", "alert", "steal", "Jane", "Roe")) {
            assertAbsent(out, v);
        }
        SvgText again = SvgText.read(out);
        assertEquals("Badge of XXXXXXXX\nMember:\nXXXX XXXXX\nSSN XXXXXXXXXXX\nXXXXXXXXXXXX\n", again.text());
        assertTrue(new String(out, StandardCharsets.UTF_8).contains("<tspan x=\"95\">XXXXX</tspan>"), "the spans stay");
    }

    @Test
    void anonymizingWritesTheSurrogateFittedToTheValue() throws Exception {
        SvgText svg = SvgText.read(utf8(INKSCAPE));
        int at = svg.text().indexOf("John Smith");
        byte[] out = svg.write(List.of(new Replacement(at, at + 10, "PERSON", "Mark Twain")), Method.ANONYMIZE);
        assertTrue(SvgText.read(out).text().contains("\nMark Twain\n"), SvgText.read(out).text());
        at = svg.text().indexOf("Alice Walker");
        out = SvgText.read(utf8(INKSCAPE)).write(List.of(new Replacement(at, at + 12, "PERSON", "Al Po")), Method.ANONYMIZE);
        assertTrue(SvgText.read(out).text().contains("\nAl Po\n"), SvgText.read(out).text());
        assertAbsent(out, "Alice");
    }

    @Test
    void cleaningCountsEachKindOnce() throws Exception {
        Map<String, Integer> removed = new TreeMap<>();
        byte[] out = SvgText.clean(utf8(INKSCAPE), removed);
        assertEquals(Map.of("imageMetadata", 1, "javascript", 3, "externalLinks", 1, "embeddedObjects", 1), removed);
        assertTrue(SvgText.read(out).text().contains("John Smith"), "cleaning keeps the text");
        Map<String, Integer> none = new TreeMap<>();
        assertSame(out, SvgText.clean(out, none), "a clean picture is kept as it is");
        assertTrue(none.isEmpty());
    }

    /** Illustrator declares its namespaces as entities of a DOCTYPE: read; one that reaches outside is not. */
    @Test
    void aDoctypesInternalEntitiesAreReadAndNothingOutside(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String illustrator = """
                <?xml version="1.0" encoding="utf-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
                  <!ENTITY ns_svg "http://www.w3.org/2000/svg">
                  <!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">
                ]>
                <svg xmlns="&ns_svg;" xmlns:i="&ns_ai;" i:viewOrigin="0 0"><text>Jane Roe</text>
                <i:pgf>eJzs/WmTHMd5</i:pgf></svg>
                """;
        SvgText svg = SvgText.read(utf8(illustrator));
        assertTrue(svg.readable());
        assertEquals("Jane Roe\n", svg.text());
        java.nio.file.Path secret = java.nio.file.Files.writeString(dir.resolve("secret.txt"), "Secret Holder");
        String outside = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Ann &x;</text></svg>";
        SvgText read = SvgText.read(utf8(outside));
        assertFalse(read.readable() && read.text().contains("Secret"), "an external entity is not read: " + read.text());
    }

    /** SSRF-16: an SVG whose DTD and entity point at a server is read with no request to it (a canary counts them). */
    @Test
    void anSvgPointingAtAServerFetchesNothing() throws Exception {
        java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer canary = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        canary.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = "Leaked Name".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        canary.start();
        try {
            String url = "http://127.0.0.1:" + canary.getAddress().getPort();
            String svg = "<?xml version=\"1.0\"?><!DOCTYPE svg SYSTEM \"" + url + "/dtd\" [<!ENTITY x SYSTEM \"" + url
                    + "/entity\"><!ENTITY % p SYSTEM \"" + url + "/parameter\"> %p;]><?xml-stylesheet href=\"" + url
                    + "/css\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><text>Ann &x;</text><image href=\"" + url
                    + "/img\"/></svg>";
            SvgText read = SvgText.read(utf8(svg));
            Map<String, Integer> removed = new TreeMap<>();
            byte[] cleaned = SvgText.clean(utf8(svg), removed);
            assertFalse(read.text().contains("Leaked"), read.text());
            assertEquals(0, hits.get(), "requests to the canary");
            assertFalse(read.readable() && new String(cleaned, StandardCharsets.UTF_8).contains(url), "what would be fetched goes");
        } finally {
            canary.stop(0);
        }
    }

    @Test
    void aBillionLaughsIsRefusedQuickly() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY l0 \"ha\">");
        for (int k = 1; k < 12; k++) {
            dtd.append("<!ENTITY l").append(k).append(" \"").append(("&l" + (k - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = dtd + "]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&l11;</text></svg>";
        SvgText svg = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SvgText.read(utf8(bomb)));
        assertFalse(svg.readable());
    }

    @Test
    void whatIsNoSvgIsNotTakenForOne() {
        assertNull(SvgText.read(utf8("<?xml version=\"1.0\"?><w:document xmlns:w=\"urn:x\"/>")));
        assertNull(SvgText.read(utf8("not a picture at all")));
        assertNull(SvgText.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}));
        assertTrue(SvgText.isSvg(utf8("\uFEFF<!-- a --><?xml-stylesheet href=\"a.css\"?>\n<svg:svg xmlns:svg=\"x\"/>")));
        // what stands before the root is read once: thousands of comment openings and spaces take no time
        byte[] odd = utf8(" <!--".repeat(800) + "<svg/>");
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> SvgText.isSvg(odd));
        SvgText broken = SvgText.read(utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Jane Roe</svg>"));
        assertFalse(broken.readable(), "malformed: counted as not read");
        assertEquals("", broken.text());
    }

    @Test
    void aPictureInsideIsSaid() {
        SvgText svg = SvgText.read(utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<image xlink:href=\"data:image/png;base64,iVBORw0KGgo=\"/><text>Legend</text></svg>"));
        assertTrue(svg.holdsPixels());
        assertEquals("Legend\n", svg.text());
    }

    /** Fails when the value is in the bytes in UTF-8, UTF-16 either way, or spelled with numeric character references. */
    static void assertAbsent(byte[] out, String value) {
        String utf8 = new String(out, StandardCharsets.UTF_8);
        assertFalse(utf8.contains(value), "value in UTF-8: " + value);
        assertFalse(new String(out, StandardCharsets.UTF_16LE).contains(value), value);
        assertFalse(new String(out, StandardCharsets.UTF_16BE).contains(value), value);
        Matcher m = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);").matcher(utf8);
        StringBuilder decoded = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            m.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(
                    n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n))));
        }
        m.appendTail(decoded);
        assertFalse(decoded.toString().contains(value), "value in character references: " + value);
    }
}
