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
                <tspan x="70" y="40">John</tspan><tspan x="120">Smith</tspan>
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
        assertTrue(new String(out, StandardCharsets.UTF_8).contains("<tspan x=\"120\">XXXXX</tspan>"), "the spans stay");
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
        assertFalse(SvgText.isSvg(utf8("<?xml version=\"1.0\"?><w:document xmlns:w=\"urn:x\"/>")));
        assertFalse(SvgText.isSvg(utf8("not a picture at all")));
        assertFalse(SvgText.isSvg(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}));
        assertTrue(SvgText.isSvg(utf8("\uFEFF<!-- a --><?xml-stylesheet href=\"a.css\"?>\n<svg:svg xmlns:svg=\"x\"/>")));
        assertTrue(SvgText.isSvg("word/media/image1.svg", null, utf8("<?xml version=\"1.0\" encoding=\"UTF-16\"?>")),
                "by its name, when its bytes are not read as an SVG's (UTF-16, a long prolog)");
        assertTrue(SvgText.isSvg("word/media/image1.bin", "image/svg+xml", new byte[0]), "by its content type");
        // what stands before the root is read once: thousands of comment openings and spaces take no time
        byte[] odd = utf8(" <!--".repeat(800) + "<svg/>");
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> SvgText.isSvg(odd));
        SvgText broken = SvgText.read(utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Jane Roe</svg>"));
        assertFalse(broken.readable(), "malformed");
        assertEquals("", broken.text());
        assertFalse(SvgText.read(utf8("<html><body>Jane Roe</body></html>")).readable(), "XML, but no SVG");
    }

    @Test
    void aPictureInsideIsSaid() {
        SvgText svg = SvgText.read(utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<image xlink:href=\"data:image/png;base64,iVBORw0KGgo=\"/><text>Legend</text></svg>"));
        assertTrue(svg.holdsPixels());
        assertEquals("Legend\n", svg.text());
    }

    /**
     * An SVG that cannot be read (malformed, nested 10,000 deep, a DOCTYPE declaring attributes: a default is copied onto
     * every element it names, 7.8 KB of them wrote out of 1 GB of heap, and one removed comes back) is replaced by an
     * empty one on every write, quickly and with no error: Office shows the PNG beside it.
     */
    @Test
    void anSvgThatCannotBeReadIsEmptied() throws Exception {
        String attributes = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY b \"" + "y".repeat(1000) + "\"><!ATTLIST g a CDATA \""
                + "&b;".repeat(900) + "\">]><svg xmlns=\"http://www.w3.org/2000/svg\">" + "<g/>".repeat(1000) + "</svg>";
        String handler = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ATTLIST svg onload CDATA \"alert(1)\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Ann</text></svg>";
        String deep = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<g>".repeat(10_000) + "<text>Jane Roe</text>"
                + "</g>".repeat(10_000) + "</svg>";
        String malformed = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><text>Jane Roe</svg>";
        for (String svg : List.of(attributes, handler, deep, malformed)) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                assertFalse(SvgText.read(utf8(svg)).readable());
                Map<String, Integer> removed = new TreeMap<>();
                assertSame(SvgText.EMPTY, SvgText.clean(utf8(svg), removed));
                assertEquals(Map.of("imagesRemoved", 1), removed);
            });
        }
        Map<String, Integer> none = new TreeMap<>();
        assertSame(SvgText.EMPTY, SvgText.clean(SvgText.EMPTY, none));
        assertTrue(SvgText.read(SvgText.EMPTY).readable());
    }

    /**
     * A value found in the picture's text is in its attributes too: draw.io keeps the whole diagram in {@code content},
     * Illustrator a layer's name in {@code id} and {@code data-name}; a label and a link's address are read as text.
     */
    @Test
    void whatAttributesHoldIsReadOrGoes() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + "content=\"&lt;mxfile&gt;&lt;cell value=&quot;John Smith&quot;/&gt;\">"
                + "<defs><path id=\"John_Smith_signature\" data-name=\"John Smith signature\" d=\"M0 0L5 5\"/></defs>"
                + "<use xlink:href=\"#John_Smith_signature\" aria-labelledby=\"John_Smith_label\"/>"
                + "<text id=\"John_Smith_label\" style=\"fill:url(#John_Smith_signature)\" aria-label=\"Signed by Alice Walker\">"
                + "John Smith</text>"
                + "<a xlink:href=\"mailto:alice.walker@example.org\" xlink:title=\"Mail Zebulon Quimby\"><rect width=\"5\" height=\"5\"/></a>"
                + "</svg>";
        SvgText read = SvgText.read(utf8(svg));
        String text = read.text();
        assertEquals("Signed by Alice Walker\nJohn Smith\nmailto:alice.walker@example.org\nMail Zebulon Quimby\n", text);
        List<Replacement> plan = new ArrayList<>();
        for (String v : List.of("Alice Walker", "John Smith", "alice.walker@example.org", "Zebulon Quimby")) {
            plan.add(new Replacement(text.indexOf(v), text.indexOf(v) + v.length(), "X", "[REDACTED]"));
        }
        Map<String, Integer> removed = new TreeMap<>();
        byte[] out = SvgText.clean(read.write(plan, Method.REDACT), removed);
        for (String v : List.of("John", "Smith", "Alice", "Walker", "alice.walker", "Zebulon", "mxfile")) {
            assertAbsent(out, v);
        }
        String xml = new String(out, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<path d=\"M0 0L5 5\" id=\"i1\"/>") || xml.contains("<path id=\"i1\" d=\"M0 0L5 5\"/>"), xml);
        assertTrue(xml.contains("xlink:href=\"#i1\"") && xml.contains("aria-labelledby=\"i2\"") && xml.contains("url(#i1)"),
                "references follow their ids: " + xml);
        assertTrue(xml.contains("mailto:XXXXXXXXXXXXXXXXXXXXXXXX"), "a link that goes somewhere stays: " + xml);
        assertEquals(1, removed.get("imageMetadata"), removed.toString());
    }

    /**
     * Text a reader shows outside {@code <text>} (a tooltip in it, Inkscape's flowed paragraphs) is read; text no reader
     * shows is taken out; letters kerned one span at a time on one baseline are one word.
     */
    @Test
    void titlesInTextFlowedTextAndKernedLettersAreReadAndStrayTextGoes() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Hello<title>Jane Roe</title></text>"
                + "<flowRoot><flowRegion><rect width=\"9\" height=\"9\"/></flowRegion><flowPara>Alice Walker</flowPara>"
                + "<flowPara>Claimant</flowPara></flowRoot>"
                + "<text transform=\"translate(10 20)\" font-size=\"12\"><tspan x=\"0\" y=\"0\">J</tspan>"
                + "<tspan x=\"7.78\" y=\"0\">ohn Smith</tspan><tspan x=\"80\" y=\"0\">MRN</tspan><tspan x=\"0\" y=\"14\">"
                + "Ward 4</tspan></text><g>Zebulon Quimby</g></svg>";
        SvgText read = SvgText.read(utf8(svg));
        assertEquals("Hello\nJane Roe\nAlice Walker\nClaimant\nJohn Smith MRN\nWard 4\n", read.text());
        Map<String, Integer> removed = new TreeMap<>();
        byte[] out = SvgText.clean(utf8(svg), removed);
        assertAbsent(out, "Zebulon");
        assertTrue(new String(out, StandardCharsets.UTF_8).contains("Alice Walker"), "text a reader shows stays");
    }

    /**
     * Every way an address out of the picture is written goes: a line break or tab inside it (a browser drops them), a
     * backslash for a slash, a style's url() and @import, an animation that sets a link or a handler, xml:base.
     */
    @Test
    void referencesOutOfThePictureGoHoweverWritten() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + "xml:base=\"https://tracker.example/base/\">"
                + "<style>@import url(https://tracker.example/a.css); .x { fill: url('https://tracker.example/b#g') }</style>"
                + "<image href=\"https://tracker.example/&#10;p.png\"/><image href=\"/&#9;/tracker.example/q.png\"/>"
                + "<image href=\"\\\\tracker.example\\r.png\"/><rect fill=\"url(https://tracker.example/c#g)\" "
                + "style=\"filter:url(//tracker.example/d#f)\"/><linearGradient xlink:href=\"https://tracker.example/e#g\"/>"
                + "<a href=\"https://example.org/ok\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/>"
                + "<animate attributeName=\"onclick\" to=\"alert(1)\"/><text>Go</text></a>"
                + "<a href=\" JaVaScRiPt:alert(2)\"><text>No</text></a><image href=\"#local\"/><rect fill=\"url(#local)\"/></svg>";
        Map<String, Integer> removed = new TreeMap<>();
        byte[] out = SvgText.clean(utf8(svg), removed);
        String xml = new String(out, StandardCharsets.UTF_8);
        for (String gone : List.of("tracker", "javascript", "JaVaScRiPt", "alert", "@import")) {
            assertFalse(xml.contains(gone), gone + " in " + xml);
        }
        assertTrue(xml.contains("https://example.org/ok") && xml.contains("url(#") && xml.contains("href=\"#"),
                "links and references inside the picture stay: " + xml);
        assertTrue(removed.get("externalLinks") >= 7 && removed.get("javascript") == 3, removed.toString());
    }

    /** A DOCTYPE goes even when nothing else would: its comments, entities and address with it. */
    @Test
    void aDoctypeAlwaysGoes() throws Exception {
        String svg = "<?xml version=\"1.0\"?><!DOCTYPE svg SYSTEM \"https://tracker.example/dtd\" [<!-- Carol Editor -->"
                + "<!ENTITY unused \"John Smith\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>Ann</text></svg>";
        Map<String, Integer> removed = new TreeMap<>();
        byte[] out = SvgText.clean(utf8(svg), removed);
        for (String gone : List.of("tracker", "Carol", "John")) {
            assertAbsent(out, gone);
        }
        assertEquals(Map.of("imageMetadata", 1), removed);
    }

    /** A span that ends inside a surrogate pair never leaves half of it: the picture still parses. */
    @Test
    void halfASurrogatePairIsNeverWritten() throws Exception {
        SvgText read = SvgText.read(utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Ann \uD83D\uDE00Bob</text></svg>"));
        byte[] out = read.write(List.of(new Replacement(0, 5, "X", "[REDACTED]")), Method.REDACT);
        SvgText again = SvgText.read(out);
        assertTrue(again.readable(), new String(out, StandardCharsets.UTF_8));
        assertEquals("XXXXXXBob\n", again.text(), "the pair's other half too");
        byte[] anonymized = SvgText.read(utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Ann Bob</text></svg>"))
                .write(List.of(new Replacement(0, 3, "X", "Z\uD83D\uDE00")), Method.ANONYMIZE);
        assertTrue(SvgText.read(anonymized).readable());
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
