package io.blackbar.engine.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Finding;
import io.blackbar.engine.api.spi.Recognizer;

/** JSON strings decoded for the recognizers, every character's offset in the text kept; nothing else touched. */
class JsonStringsTest {

    private static final long FAR = System.nanoTime() + 60_000_000_000L;

    /**
     * Each row: the text as written (a '~' stands for a backslash), then the decoded view ('|' for a line break, '>' a
     * tab, '<' a carriage return), or nothing when the text is read as written.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '^', value = {
        // a Slack export's message
        "{\"text\": \"Name: Anna~nDOB: 12.05.1993~nCity: Kiel\"}; {\"text\": \"Name: Anna|DOB: 12.05.1993|City: Kiel\"}",
        "\"a~tb~r~nc\"; \"a>b<|c\"",
        // escaped quotes, backslashes and slashes, and Unicode escapes (Python's and PHP's output)
        "\"Re: ~\"Bob~\" ~~ https:~/~/x.org~/~~nina\"; \"Re: \"Bob\" ~ https://x.org/~nina\"",
        "\"Jos~u00e9 Garc~u00EDa\", \"M~u00fcller\"; \"José García\", \"Müller\"",
        // a Windows path in quotes has escapes JSON lacks: read as written, and so is its user's name
        "saved to \"C:~Users~nina~report.docx\";",
        // outside quotes, a backslash is the text's own
        "C:~new~table and Kiel~nAnschrift;",
        // a string never runs over a line as written: the quote on the next line opens another
        "\"open~n|\"x~ny\"; \"open~n|\"x|y\"",
        // a truncated Unicode escape makes the string no JSON's
        "\"a~u12~nb\";",
        // a string that is not closed is none
        "\"a~nb;",
    })
    void decodesJsonStringsOnly(String written, String expected) {
        String text = written.replace('~', '\\').replace('|', '\n');
        JsonStrings.View view = JsonStrings.decoded(text);
        if (expected == null) {
            assertNull(view, "read as written");
            return;
        }
        assertEquals(expected.replace('~', '\\').replace('|', '\n').replace('>', '\t').replace('<', '\r'), view.text());
        int[] o = view.offsets();
        assertEquals(text.length(), o[view.text().length()], "the view's end is the text's");
        for (int i = 0; i < view.text().length(); i++) {
            char c = view.text().charAt(i);
            char t = text.charAt(o[i]);
            assertEquals(true, c == t || t == '\\' && o[i + 1] - o[i] >= 2, "offset " + i + " stands for '" + c + "'");
            assertEquals(true, i == 0 || o[i] > o[i - 1], "offsets ascend");
        }
    }

    @Test
    void aTextWithoutBackslashIsReadAsWritten() {
        assertNull(JsonStrings.decoded("Name: Anna \"x\""));
    }

    /**
     * Through the detector: a label at a line's start inside a JSON export's message is found, and the finding's value
     * and offsets are the text's; a value read to its line's end stops at its string's end; propagation finds a value
     * again after an escaped break or character and where it is written plainly; a name written with Unicode escapes is
     * found whole, as written.
     */
    @Test
    void theDetectorReadsTheDecodedTextAndReportsTheText() throws EngineException {
        Recognizer town = new DetectorTest.Digits("LOCATION", "(?m)^City: (?<value>\\w+)$", 0.9, Set.of());
        String text = "{\"text\": \"Form\\nCity: Kiel\\nBorn in Kiel\\nKiel\"}";
        List<Finding> plain = Detector.detect(text, List.of(town), 0.5, false, FAR, o -> 1);
        assertEquals(List.of(text.indexOf("Kiel") + ":Kiel"), plain.stream().map(f -> f.start() + ":" + f.value()).toList());
        List<Finding> again = Detector.detect(text, List.of(town), 0.5, true, FAR, o -> 1);
        assertEquals(List.of("Kiel", "Kiel", "Kiel"), again.stream().map(Finding::value).toList(),
                "found again after the escaped breaks, each a whole word");
        assertEquals(text.lastIndexOf("Kiel"), again.get(2).start());

        // a value read to its line's end stops at its string's end, not over the closing quote (the review's)
        Recognizer mail = new DetectorTest.Digits("EMAIL_ADDRESS", "(?m)^Email: (?<value>.+)$", 0.9, Set.of());
        String message = "{\"text\": \"Hi team\\nEmail: anna@example.com\"}";
        assertEquals(List.of("anna@example.com"),
                Detector.detect(message, List.of(mail), 0.5, false, FAR, o -> 1).stream().map(Finding::value).toList());
        // found again where the text writes it with an escape before it, and where it writes it plainly
        Recognizer passport = new DetectorTest.Digits("PASSPORT", "(?<=Passport: )X\\d{7}", 0.9, Set.of());
        String copies = "{\"a\": \"Passport: X1234567\\ncopy\\u00a0X1234567 and \\u201cX1234567\\u201d\"} X1234567";
        assertEquals(4, Detector.detect(copies, List.of(passport), 0.5, true, FAR, o -> 1).stream()
                .filter(f -> f.value().equals("X1234567")).count(), "every copy of the value, escaped around or not");

        Recognizer name = new DetectorTest.Digits("PERSON", "(?<=Name: )\\p{L}+ \\p{L}+", 0.9, Set.of());
        String json = "[{\"note\": \"Name: Jos\\u00e9 Garc\\u00eda\\nRoom 4\"}]";
        List<Finding> found = Detector.detect(json, List.of(name), 0.5, false, FAR, o -> 1);
        assertEquals(List.of(json.indexOf("Jos") + ":Jos\\u00e9 Garc\\u00eda"),
                found.stream().map(f -> f.start() + ":" + f.value()).toList(), "the name as written, escapes and all");
    }
}
