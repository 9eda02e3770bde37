package io.blackbar.rules.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.testing.ScannerCheck;

/**
 * The URL recognizer tries "domain" only at the start of each run of word characters, dots and hyphens that has
 * a dot and a letter or digit after it: it must find what {@code find()} finds, on the table texts, on domains
 * inside e-mail addresses, URLs, runs of dots and hyphens, and random texts of those characters.
 */
class UrlDomainScanTest {

    @Test
    void domainsAsFind() {
        for (int k : new int[] {2, 3}) {
            domainsAsFind(ScannerCheck.patterns(new UrlRecognizer()).get(k).pattern(), k == 3, k == 2 ? 300 : 60);
        }
    }

    private static void domainsAsFind(Pattern domain, boolean slashAfter, int enough) {
        List<String> texts = new ArrayList<>(ScannerCheck.tableTexts(RecognizerTableTest.class));
        texts.addAll(List.of("see example.com, mail.example.co.uk and a@b.com.", "x_y.com -a.com .com a..com a.com.de.fr",
                "www.example.org/path?q=1 sub-domain.example.io end.", "e.g. i.e. Dr. A.B. 3.5 v1.2.3 foo.bar.baz.qux.quux.com",
                "a".repeat(70) + ".com " + "b".repeat(63) + ".net", "é.com ü-x.de Kelvin\u212a.com x.\u212a.com",
                "Profile: linkedin.com/in/kwame-mensah. See example.com/ and a.io/x?y=1, b.de/(c) d.com/é.",
                "Node.js/React, and/or x.com//y /z.com/w"));
        texts.addAll(ScannerCheck.randomTexts("abc.com.de-_@ x1\n.io", 600, 60, 3));
        String[] labels = {"a", "ex-ample", "mail", "x1", "_u", "-b", "B2", "\u00e9t\u00e9"};
        String[] tlds = {".com", ".io", ".co", ".uk", ".de", ".xyz", ".c", ".", ".COM", ".com.", ".io-"};
        String[] marks = {" ", "@", ".", "-", "\n", ", ", "..", "", "/", "/in/x-y ", "/a.b. ", "/?q=1,"};
        java.util.Random random = new java.util.Random(5);
        for (int t = 0; t < 600; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                b.append(labels[random.nextInt(labels.length)]).append(tlds[random.nextInt(tlds.length)])
                        .append(marks[random.nextInt(marks.length)]);
            }
            texts.add(b.toString());
        }
        int matches = 0;
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = domain.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> actual = new ArrayList<>();
            UrlRecognizer.domains(text, text, domain, slashAfter, x -> actual.add(x.start() + "-" + x.end()));
            assertEquals(expected, actual, () -> "[" + text + "]");
            matches += expected.size();
        }
        assertTrue(matches > enough, domain + ": too few domains to test with: " + matches);
    }
}
