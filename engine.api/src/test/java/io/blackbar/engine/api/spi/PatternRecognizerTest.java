package io.blackbar.engine.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.Category;

/** The base class's contract: value groups, tri-state validation, one result per span; the checksums. */
class PatternRecognizerTest {

    static final class Labelled extends PatternRecognizer {
        Labelled() {
            super("CODE", Category.IDENTIFIER, List.of(
                    NamedPattern.of("labelled", "code: (?<value>\\d{4})", 0.5),
                    NamedPattern.of("bare", "\\b\\d{4}\\b", 0.3)), Set.of());
        }

        @Override
        protected Validation validate(String value) {
            return value.equals("0000") ? Validation.REJECTED : value.startsWith("9") ? Validation.CONFIRMED : Validation.UNKNOWN;
        }
    }

    @Test
    void valueGroupValidationAndOneResultPerSpan() {
        List<RecognizerResult> r = new Labelled().analyze("code: 1234, code: 0000, 9876");
        assertEquals(List.of("6-10:0.5", "24-28:1.0"), r.stream().map(x -> x.start() + "-" + x.end() + ":" + x.score()).toList());
        assertTrue(r.get(1).explanation().contains("passed"));
    }

    /** A subclass of a recognizer with a check, not overriding it: its matches are checked all the same. */
    static class Checked extends PatternRecognizer {
        Checked() {
            super("CODE", Category.IDENTIFIER, List.of(NamedPattern.of("bare", "\\b\\d{4}\\b", 0.3)), Set.of());
        }

        @Override
        protected Validation validate(String value) {
            return value.equals("0000") ? Validation.REJECTED : Validation.UNKNOWN;
        }
    }

    static final class CheckedToo extends Checked {
    }

    /** Values are copied out of the text only for a recognizer with a check, which an inherited one is. */
    @Test
    void anInheritedCheckStillRuns() {
        assertEquals(List.of("0-4"), new CheckedToo().analyze("1234 0000").stream().map(x -> x.start() + "-" + x.end()).toList());
        assertEquals(2, new WeakFirst().analyze("1234 00000 11111").size(), "no check: every match kept");
    }

    static final class WeakFirst extends PatternRecognizer {
        WeakFirst() {
            super("ZIP", Category.LOCATION, List.of(
                    NamedPattern.of("bare", "\\b\\d{5}\\b", 0.2),
                    NamedPattern.of("after a country", "Estonia (?<value>\\d{5})", 0.65)), Set.of());
        }
    }

    /** A span found by a weak pattern first and a sure one later keeps the sure one's score. */
    @Test
    void aSpanKeepsItsBestScore() {
        List<RecognizerResult> r = new WeakFirst().analyze("Riisa Estonia 62488, then 11111");
        assertEquals(List.of("14-19:0.65", "26-31:0.2"), r.stream().map(x -> x.start() + "-" + x.end() + ":" + x.score()).toList());
        assertTrue(r.get(0).explanation().contains("after a country"));
    }

    @ParameterizedTest
    @CsvSource({"4111 1111 1111 1111,true", "4111-1111-1111-1112,false", "79927398713,true", "1,false", "12a4,false"})
    void luhn(String value, boolean valid) {
        assertEquals(valid, Checksums.luhn(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            4111 1111 1111 1111 08                | 4111 1111 1111 1111
            12 4111 1111 1111 1111                | 4111 1111 1111 1111
            14 4111 1111 1111 1111                | 4111 1111 1111 1111
            5555-5555-5555-4444-12                | 5555-5555-5555-4444
            4111 1111 1111 1111                   | 4111 1111 1111 1111
            4111111111111111 123                  | 4111111111111111
            4111 1111 1111 1112 08                |
            4111 1111 1111 1111 1111 1111 1111 1  | 4111 1111 1111 1111
            """)
    void validGroups(String number, String expected) {
        // Luhn on the parts of 12 to 19 digits: the most digits, then the first start ("14 4111 1111 1111"
        // passes Luhn too)
        String text = "x " + number + " y";
        int[] part = Checksums.validGroups(text, 2, 2 + number.length(), 12,
                v -> Checksums.digits(v).length() <= 19 && Checksums.luhn(v));
        assertEquals(expected == null ? "" : expected, part == null ? "" : text.substring(part[0], part[1]));
    }

    @ParameterizedTest
    @CsvSource({"GB82 WEST 1234 5698 7654 32,true", "GB82WEST12345698765433,false", "DE89370400440532013000,true", "DE8!,false"})
    void mod97(String value, boolean valid) {
        assertEquals(valid, Checksums.mod97(value));
    }

    @Test
    void limitsExpire() {
        assertTrue(new DocumentLimits(1, 1, 1, 1, System.nanoTime() - 1).expired());
        assertFalse(new DocumentLimits(1, 1, 1, 1, System.nanoTime() + 60_000_000_000L).expired());
    }
}
