package io.blackbar.engine.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs of spoken digits: each row is a text (written like a call's transcript; the forms are those of card and
 * phone numbers read out in call-centre transcripts: digit by digit, in pairs, "double", "oh") and the runs of at
 * least three digits it holds, as "text of the run=digits", separated by ";".
 */
class SpokenDigitsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            it's four five three two, zero one five one, one two eight three, zero three six six | four five three two, zero one five one, one two eight three, zero three six six=4532015112830366
            'FOUR FIVE THREE TWO\\nZERO ONE FIVE ONE.'                                               | FOUR FIVE THREE TWO\\nZERO ONE FIVE ONE=45320151
            forty-five thirty-two, oh one fifty-one                                                 | forty-five thirty-two, oh one fifty-one=45320151
            oh seven seven double oh nine triple one                                                | oh seven seven double oh nine triple one=077009111
            it's 4532, uh, zero one five one                                                        | 4532, uh, zero one five one=45320151
            twenty twenty-six                                                                       | twenty twenty-six=2026
            nineteen eighty two                                                                     | nineteen eighty two=1982
            one of the two of us                                                                    |
            at one two three Main Street                                                            | one two three=123
            4532 0151 1283 0366                                                                     |
            the one, two, three of it                                                               | one, two, three=123
            someone two three                                                                       |
            o'clock one two                                                                         |
            it's seven two one, Agent: one two                                                      | seven two one=721
            ref 12345, zero one five                                                                | zero one five=015
            code A4532 zero one five                                                                | zero one five=015
            12 34, um, double five                                                                  | 12 34, um, double five=123455
            ZIP: 3520  One of the most                                                              |
            His social security number is 474-49-7577  One of them                                  |
            """)
    void findsRuns(String text, String expected) {
        String t = text.replace("\\n", "\n");
        String got = SpokenDigits.find(t, 3).stream()
                .map(r -> t.substring(r.start(), r.end()).replace("\n", "\\n") + "=" + r.digits())
                .collect(Collectors.joining(";"));
        assertEquals(expected == null ? "" : expected, got);
        // the same from the words the text's index gives (the engine's way), around other text
        String around = "Before it. " + t + " After it.";
        String indexed = SpokenDigits.find(new PatternScannerTest.Indexed(around, CharIndex.of(around)), 3).stream()
                .map(r -> around.substring(r.start(), r.end()).replace("\n", "\\n") + "=" + r.digits())
                .collect(Collectors.joining(";"));
        assertEquals(expected == null ? "" : expected, indexed, "read from the index");
    }

    /** Random runs of number words, digit groups, fillers, separators and other words: both paths agree, and end. */
    @Test
    void indexAndPlainPassAgreeOnRandomText() {
        String[] tokens = {"one", "Two", "THREE", "oh", "o", "double", "triple", "forty", "five", "twelve", "uh", "um", "4532",
            "12", "123456", "the", "number", "é", "A4", ", ", ". ", "-", " ", "  ", "\n", "\n\n", "zero", "seven", "eighty"};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 60; k++) {
                b.append(tokens[random.nextInt(tokens.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            String t = b.toString();
            String plain = SpokenDigits.find(new StringBuilder(t), 3).stream().map(r -> r.start() + "-" + r.end() + "=" + r.digits())
                    .collect(Collectors.joining(";"));
            String indexed = SpokenDigits.find(new PatternScannerTest.Indexed(t, CharIndex.of(t)), 3).stream()
                    .map(r -> r.start() + "-" + r.end() + "=" + r.digits()).collect(Collectors.joining(";"));
            assertEquals(plain, indexed, t);
        }
    }

    @Test
    void endOfTheFirstDigits() {
        String t = "four five, forty-five, oh four two six";
        SpokenDigits.Run run = SpokenDigits.find(t, 3).get(0);
        assertEquals("45450426", run.digits());
        assertEquals("four five", t.substring(run.start(), run.endOf(2)));
        assertEquals("four five, forty-five", t.substring(run.start(), run.endOf(3)), "a word's digits end together");
        assertEquals("four five, forty-five", t.substring(run.start(), run.endOf(4)));
        assertEquals(t, t.substring(run.start(), run.endOf(8)));
    }

    @Test
    void saidBefore() {
        String t = "Agent: And the card number? Customer: four five";
        assertEquals("card", SpokenDigits.saidBefore(t, t.indexOf("four"), 40, "cvv", "card"));
        assertNull(SpokenDigits.saidBefore(t, t.indexOf("four"), 40, "car"), "whole words only");
        assertNull(SpokenDigits.saidBefore(t, t.indexOf("four"), 5, "card"), "only within the distance");
    }
}
