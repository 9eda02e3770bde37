package io.blackbar.engine.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Finding;
import io.blackbar.engine.api.spi.Recognizer;

/**
 * The views of the text the recognizers read besides JSON's ({@link JsonStringsTest}): typographic and wide forms read
 * as ASCII's, and character references read as their characters, every character's offset in the text kept.
 */
class TextReadingsTest {

    private static final long FAR = System.nanoTime() + 60_000_000_000L;

    /** Each row: the text with Java escapes, then the folded view, or nothing when the text is read as written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // no-break, narrow no-break, figure, em and ideographic spaces
        "Jane\\u00A0Doe\\u202F+33\\u20071\\u2003x\\u3000y; Jane Doe +33 1 x y",
        // Word's non-breaking hyphen, the hyphen, figure dash, en dash and minus; an em dash stays a sentence's
        "555\\u20110147 a\\u2010b 1\\u20122 3\\u20134 \\u22125 and\\u2014so; 555-0147 a-b 1-2 3-4 -5 and\\u2014so",
        // full-width forms
        "\\uFF33\\uFF33\\uFF2E\\uFF1A \\uFF12\\uFF11\\uFF19 jane\\uFF20example.com; SSN: 219 jane@example.com",
        // digits of other scripts: Arabic-Indic, Extended Arabic-Indic, Devanagari
        "\\u0660\\u0661\\u0662 \\u06F3\\u06F4 \\u0967\\u0968; 012 34 12",
        // left out: a soft hyphen, zero-width space, non-joiner, joiner, word joiner, a byte order mark
        "Smi\\u00ADth 12\\u200B34\\u200C5\\u200D6\\u2060\\uFEFF7; Smith 1234567",
        // a form's blanks as spaces; underscores between letters, and one alone, stay
        "DOB: __03/02/1971__ ____Ruiz,____ end; DOB:   03/02/1971       Ruiz,     end",
        "jane__doe a_b __init__ x__ end; jane__doe a_b   init   x   end",
        // decomposed accents composed (the offset of the letter kept); a mark nothing composes with stays
        "Jose\\u0301 Mu\\u0308ller Zoe\\u0308 q\\u0301; Jos\\u00E9 M\\u00FCller Zo\\u00EB q\\u0301",
        // accents, ligatures, quotes and case are the recognizers' to read
        "Ren\\u00E9e O\\u2019Neill \\uFB01 ABC;",
        "jane__doe a_b;",
    })
    void foldsTypographicFormsOnly(String written, String expected) {
        String text = unescape(written);
        JsonStrings.View view = assertReads(text, expected, FoldedText::folded, (i, o, c, t) -> c == t || c == ' ' || c == '-'
                || Character.isDigit(c) || t >= '\uFF01'
                || java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).charAt(0) == t);
        assertEquals(view == null ? text : view.text(), FoldedText.fold(text), "folded alike without offsets");
    }

    /** What a character {@code c} of a view may stand for: {@code t}, the text's at offset {@code o[i]}. */
    private interface StandsFor {
        boolean test(int i, int[] o, char c, char t);
    }

    /**
     * Reads the text through a view and checks it: the view's text (or none, when {@code expected} is null), and each
     * character's offset, ascending, standing for a character of the text as {@code standsFor} allows.
     *
     * @return the view
     */
    private static JsonStrings.View assertReads(String text, String expected,
            java.util.function.Function<String, JsonStrings.View> reading, StandsFor standsFor) {
        JsonStrings.View view = reading.apply(text);
        if (expected == null) {
            assertNull(view, "read as written");
            return null;
        }
        assertEquals(unescape(expected.strip()), view.text());
        int[] o = view.offsets();
        assertEquals(text.length(), o[view.text().length()], "the view's end is the text's");
        for (int i = 0; i < view.text().length(); i++) {
            char c = view.text().charAt(i);
            assertTrue(standsFor.test(i, o, c, text.charAt(o[i])), "offset " + i + " stands for " + c);
            assertTrue(i == 0 || o[i] > o[i - 1], "offsets ascend");
        }
        return view;
    }

    /** A run of underscores is looked at once: a million between two letters read in linear time. */
    @Test
    void aLongRunOfUnderscoresIsReadOnce() {
        String run = "a" + "_".repeat(1_000_000) + "b";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            assertNull(FoldedText.folded(run));
            assertEquals(run, FoldedText.fold(run));
            assertEquals(" ".repeat(1_000_000) + "b", FoldedText.fold(run.substring(1)));
        });
    }

    /** Each row: the text, then the view with its references read, or nothing when the text is read as written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Seamus O&#39;Neill, Fran&ccedil;ois, jane&#x40;example.com&nbsp;x| Seamus O'Neill, Fran\u00E7ois, jane@example.com\u00A0x",
        "Jos&eacute; Garc&iacute;a &amp; Zo&euml; M&uuml;ller &lt;b&gt; &rsquo;| Jos\u00E9 Garc\u00EDa & Zo\u00EB M\u00FCller <b> \u2019",
        "&#X41;&#065;&#x00e9;&#8211;| AA\u00E9\u2013",
        // not references: no semicolon, an unknown name, too long, NUL, a surrogate, beyond the plane, non-ASCII digits
        "AT&T; a & b; &foo; &eacute &verylongname; &#0; &#xD800; &#x1F600; &#\uFF11;|",
        // an ampersand just before a reference, and one at the end
        "&&amp;&|&&&",
    })
    void readsCharacterReferences(String written, String expected) {
        assertReads(unescape(written), expected, CharacterReferences::decoded,
                (i, o, c, t) -> c == t || t == '&' && o[i + 1] - o[i] >= 3);
    }

    /**
     * A name, an address and a phone number written with references are found, their values as written (the test's
     * recognizers know only the characters themselves); a no-break space written as a reference is folded too.
     */
    @Test
    void theDetectorReadsCharacterReferences() throws EngineException {
        Recognizer name = new DetectorTest.Digits("PERSON", "(?<=Name: )\\p{L}+ \\p{Lu}'?\\p{L}+", 0.9, Set.of());
        Recognizer mail = new DetectorTest.Digits("EMAIL_ADDRESS", "\\b\\w+@\\w+\\.com\\b", 0.9, Set.of());
        Recognizer phone = new DetectorTest.Digits("PHONE_NUMBER", "\\+49 30 \\d{7}", 0.9, Set.of());
        String text = "Name: Seamus O&#39;Neill; mail seamus&#64;example.com, tel +49&nbsp;30&nbsp;1234567.";
        List<Finding> found = Detector.detect(text, List.of(name, mail, phone), 0.5, false, FAR, o -> 1);
        assertEquals(List.of("Seamus O&#39;Neill", "seamus&#64;example.com", "+49&nbsp;30&nbsp;1234567"),
                found.stream().map(Finding::value).toList());
        assertEquals(text.indexOf("Seamus"), found.get(0).start());
        assertEquals(text.indexOf(";", text.indexOf("Neill")), found.get(0).end());
    }

    /**
     * Through the detector, with JSON's escapes decoded first: a value written with escaped non-breaking hyphens inside
     * a JSON string is found, its value as written; and propagation finds it again in ASCII in the plain text after.
     */
    @Test
    void theDetectorFoldsTheDecodedText() throws EngineException {
        Recognizer ssn = new DetectorTest.Digits("US_SSN", "\\b\\d{3}-\\d{2}-\\d{4}\\b", 0.9, Set.of());
        String text = "{\"note\": \"SSN 078\\u201105\\u20111120\\nok\"} and 078-05-1120 again; 078\u00AD-05-1120.";
        List<Finding> found = Detector.detect(text, List.of(ssn), 0.5, true, FAR, o -> 1);
        assertEquals(List.of("078\\u201105\\u20111120", "078-05-1120", "078\u00AD-05-1120"), found.stream().map(Finding::value).toList());
        assertEquals(text.indexOf("078"), found.get(0).start());
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
