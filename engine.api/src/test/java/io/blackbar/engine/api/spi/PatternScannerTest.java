package io.blackbar.engine.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.blackbar.engine.api.testing.ScannerCheck;

/**
 * The scanner finds exactly what {@code Matcher.find()} finds, for the constructs recognizers use
 * (leading boundaries and lookbehind, inline and scoped flags, alternations of words, optional
 * prefixes, classes with Unicode properties, quoting, back references), on texts built to hit them.
 */
class PatternScannerTest {

    private static final String SAMPLE = "Call 555-123-4567 or (555) 987 6543; SSN 078-05-1120, ssn: 219099999. "
            + "Mr. O'Neil lives at 1668 Glyn St, Apt 4B. Dr. ÉMILE Zoë-Kraft, Brucker Bundesstraße 31, Via Roma 7. "
            + "e-mail jo.doe+x@mail.example.org, http://example.com/a?b=1 IP 10.0.0.255 and fe80::1. "
            + "DOB: 03/14/1961, born 14.03.1961; a1234 A-1234 x12 12x __9 9__ \u212aelvin \u0130stanbul straße, STRASSE.\n"
            + "abab aa abba 2024-01-02T10:00:00Z corner of Main St and Elm Road. "
            + "Non-ASCII look-alikes: \u0663\u0664\u0665-12 12\u00a034 ab\u2028cd \u017fsn a\u2009.b \uff41\uff42.com x.\u0441om"
            + " 12 Baker Street, 7 Elm AVENUE, 9 oak road; St. Mary's Hospital and the CLINIC of Dr. Who."
            + " Surrogate pairs: \uD83D\uDE00x \uD801\uDC28\uD801\uDC28 x\uD801\uDC00 \uD83D\uDE00\uD83D\uDE00\uD83D\uDE00abc aa a a";

    @ParameterizedTest
    @ValueSource(strings = {
        "\\b\\d{3}-\\d{2}-\\d{4}\\b",
        "(?<!\\d)\\d{9}(?!\\d)",
        "(?<![\\w.,-])\\d{3,6}[ \\t]{1,3}\\p{Lu}[\\p{L}'.-]{1,30}",
        "(?i)\\b(?:ssn|social security)\\s*[:#]?\\s*(?<value>\\d{9})",
        "(?i:the[ \\t]+)?(?i:corner)[ \\t]+of[ \\t]+[^\\n,;]{3,60}?[ \\t]+and[ \\t]+\\p{L}+",
        "\\b(?:Mr|Mrs|Dr)\\.?\\s+\\p{Lu}[\\p{L}'-]+",
        "(?<![\\p{L}])\\p{Lu}[\\p{L}'-]{0,30}(?iu:stra(?:ss|ß)e|gasse|weg)\\s+\\d{1,5}",
        "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}",
        "https?://\\S+",
        "\\(\\d{3}\\)\\s?\\d{3}[ -]\\d{4}",
        "\\+?\\d[\\d ()-]{7,}\\d",
        "\\d{1,3}(?:\\.\\d{1,3}){3}",
        "(?i)kelvin",
        "(?iu)kelvin|istanbul",
        "\\Qa.b\\E|x12",
        "(ab)\\1",
        "(?<x>a)\\k<x>b",
        "a?b",
        "\\w*",
        "(?:)|x",
        "^DOB|\\$\\d",
        "(?m)^abab",
        "[^\\s\\d][a-z]",
        "[\\w&&[^\\d]]{2}\\d",
        "[]a]b|[^]x]y",
        "\\x41|\\u0042|\\t\\d|\\0101",
        "\\p{Alpha}\\P{Alpha}\\d",
        "\\pL\\d|\\PLx",
        "(?<=\\s)\\d{4}",
        "(?<!Dr\\. )\\p{Lu}\\p{Ll}+",
        "\\B\\d\\d",
        "\\d{2,}+x|\\d*?y",
        "(?i)(?-i:A)b",
        "\\R\\p{Lu}",
        ".\\d\\d-",
        "(?s).a",
        "(?:\\d{3}|\\p{Lu}{2})[-.]?\\d",
        "(?:a|\\b)b\\w",
        "\\b(?:[A-Z]\\.){1,2}\\s?[A-Z]\\w+",
        "[a-z]{2}\\.\\s?\\w",
        "\\s\\d\\w|\\d\\s\\d",
        "(?<![\\w.-])(?=[a-z0-9-]++\\.)(?:[a-z0-9]+\\.){1,3}(?:com|org)",
        "ssn|[\\t-\\r ]\\.b",
        "\\d{1,5}\\s+\\w{1,20}\\s+(?:Street|Avenue|Road)\\b",
        "(?:St\\.|Saint)\\s\\p{L}{1,12}'s\\s(?:Hospital|Clinic)",
        "\\b(?:\\p{Lu}\\p{Ll}{1,9}\\s){0,2}(?:hospital|clinic|road)",
        "(?:[a-z]{1,9}\\.){1,3}(?:com|org|example)",
        "(?<=\\s)(?:kelvin|elvin|stanbul)",
        // \G is where the previous match ended for find(), not every position
        "\\Ga",
        // a class or dot can match a surrogate pair: two chars of the text, and find() may step over its second half
        ".x",
        "\\p{So}x",
        "[^x]{3}abc",
        "\\P{L}x?",
        // a supplementary literal ignoring Unicode case; a non-ASCII literal that matches ASCII letters
        "\uD801\uDC00\uD801\uDC00",
        "\u0130stanbul",
        "(?i)s\u212Aelvin|\u212A",
        // a quantifier after \\E applies to the last quoted character
        "\\Q.a\\E{0,3}\\pL",
        // Pattern.flags() reports flags as top-level inline groups left them
        "[^a](?i)",
        "a(?-i)"})
    void sameMatchesAsFind(String regex) {
        for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE}) {
            Pattern p = Pattern.compile(regex, flags);
            for (String text : texts()) {
                assertEquals(findAll(p, text), scanAll(p, text), () -> regex + " flags " + flags + " on: " + text);
            }
        }
    }

    @Test
    void analysisNarrowsWhereItCanAndGivesUpWhereItMust() {
        Prefilter digits = Prefilter.of(Pattern.compile("\\b\\d{3}-\\d{2}"));
        assertFalse(digits.everywhere);
        assertTrue(digits.first.contains('7'));
        assertFalse(digits.first.contains('a'));
        assertTrue(digits.boundary);
        Prefilter word = Prefilter.of(Pattern.compile("(?i)(?<![\\p{L}])(?:ssn|social)"));
        assertTrue(word.first.contains('S') && word.first.contains('s') && !word.first.contains('x'));
        assertTrue(word.pairs['s'].contains('O') && word.pairs['s'].contains('s') && !word.pairs['s'].contains('x'));
        assertTrue(word.forbiddenBefore.contains('q'));
        assertFalse(word.admits("xssn", 1, 's'), "a letter before the word");
        assertTrue(word.admits("-ssn", 1, 's'));
        assertTrue(Prefilter.of(Pattern.compile("a?b?")).everywhere, "can match nothing");
        assertTrue(Prefilter.of(Pattern.compile("(?x) a b")).everywhere, "comments mode is not modelled");
        assertTrue(Prefilter.of(Pattern.compile("a b", Pattern.COMMENTS)).everywhere);
        assertFalse(Prefilter.of(Pattern.compile("(?:x|\\b)y")).boundary, "a boundary in one branch only");
        Prefilter email = Prefilter.of(Pattern.compile("(?<![\\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[a-z]+"));
        assertTrue(email.required.stream().anyMatch(q -> q.set().contains('@') && !q.set().contains('a') && q.within() == 64),
                "every match has an @ at most 64 characters in");
        assertTrue(Prefilter.of(Pattern.compile("a+@")).required.stream()
                .anyMatch(q -> q.set().contains('@') && q.within() == Prefilter.ANYWHERE), "no bound on where the @ is");
        Prefilter domain = Prefilter.of(Pattern.compile("(?i)[a-z0-9]{1,20}\\.[a-z]{2,6}"));
        assertFalse(domain.admits("hello world", 0, 'h'), "a word without the dot every match has");
        assertTrue(domain.admits("ab.cd world", 0, 'a'));
        Prefilter dotted = Prefilter.of(Pattern.compile("(?:[a-z0-9]{1,9}\\.){1,5}(?:com|org)", Pattern.CASE_INSENSITIVE));
        assertTrue(dotted.required.stream().anyMatch(q -> q.set().contains('.') && !q.set().other && !q.set().contains('a')),
                "an escaped dot is ASCII and, required in every copy of the repetition, kept once: " + dotted.required);
        assertFalse(Prefilter.of(Pattern.compile("\\d\\w\\s[a-z]")).first.other, "ASCII classes without the Unicode flags");
        assertTrue(Prefilter.of(Pattern.compile("\\d", Pattern.UNICODE_CHARACTER_CLASS)).first.other);
        assertTrue(Prefilter.of(Pattern.compile("[^a]")).first.other);
        assertTrue(Prefilter.of(Pattern.compile("\\x41|\\h")).first.other, "not worked out: maybe");
        Prefilter number = Prefilter.of(Pattern.compile("\\d{2,5}[ .-]\\d{2,8}"));
        assertFalse(number.admits("2019 was", 0, '2'), "a match ends with a digit: none fits in '2019 '");
        assertTrue(number.admits("20 19 was", 0, '2'));
        assertTrue(number.last.contains('7') && !number.last.contains(' '), "what a match can end with");
        Prefilter keyword = Prefilter.of(Pattern.compile("\\b\\d{1,5}\\s{1,3}\\w{1,20}\\s(?:Street|Avenue|Road)\\b", Pattern.CASE_INSENSITIVE));
        assertEquals(List.of("street", "avenue", "road"), keyword.factor, "the keywords every match has");
        assertTrue(keyword.factorIgnoreCase);
        assertEquals(5 + 3 + 20 + 1, keyword.factorWithin, "where the keyword can begin at the latest");
        assertNull(Prefilter.of(Pattern.compile("\\w+\\s(?:Street|Road)")).factor,
                "after an unbounded piece the keyword has no known distance");
        assertNull(Prefilter.of(Pattern.compile("(?:Street|Road)?\\d+")).factor, "an optional keyword is not had by every match");
        assertEquals(List.of("ab"), Prefilter.of(Pattern.compile("(?:ab)+c?")).factor, "a repetition's first copy");
    }

    @Test
    void indexSharedThroughIndexedTextGivesTheSameMatches() {
        String text = SAMPLE.repeat(50);
        Indexed indexed = new Indexed(text, CharIndex.of(text));
        Pattern p = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");
        List<String> viaIndex = new ArrayList<>();
        PatternScanner.of(p).forEachMatch(indexed, m -> viaIndex.add(m.start() + "-" + m.end()));
        assertEquals(1, indexed.asked[0], "the text's own index is used");
        assertEquals(50, viaIndex.size());
        assertEquals(findAll(p, text), viaIndex);
    }

    /** A text with its index, as the engine gives recognizers; counts how often the index is asked for. */
    record Indexed(String text, CharIndex index, int[] asked) implements IndexedText {
        Indexed(String text, CharIndex index) {
            this(text, index, new int[1]);
        }

        @Override
        public CharIndex index() {
            asked[0]++;
            return index;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int i) {
            return text.charAt(i);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(SAMPLE, "", "x", "1", SAMPLE.toUpperCase(), SAMPLE.toLowerCase(),
                String.join(" ", ScannerCheck.randomTexts(SAMPLE, 300, 330, 5)))); // the last one: several of the scanner's windows
        texts.addAll(ScannerCheck.randomTexts(SAMPLE, 30, 300, 11));
        return texts;
    }

    private static List<String> findAll(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> scanAll(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        PatternScanner.of(p).forEachMatch(text, m -> out.add(m.start() + "-" + m.end()));
        return out;
    }
}
