package io.blackbar.rules.pcidss.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.spi.Checksums;

/**
 * The card numbers found by a plain pass are what the card number expression's Matcher.find() over
 * the whole text finds (keeping those that pass Luhn, or their groups that do), on random texts of
 * names, card words, numbers valid and not, grouped in every way, dates and separators; and the names
 * read next to them, row by row.
 */
class CardDataRecognizerTest {

    private static final String[] PARTS = {"JANE", "A", "DOE", "Marta", "Ruiz", "Jean-Luc", "O'Neil", "Visa", "Gold", "Card",
        "Transaction", "History", "exp", "Exp:", "08/27", "12/2028", "13/27", "paid", "the", "Émile", "Zoë", "x", "7", "42",
        "4111 1111 1111 1111", "4111111111111111", "4111-1111-1111-1111", "4111 1111 1111 1112", "5555555555554444",
        "378282246310005", "3782 822463 10005", "1234", "0000 0000 0000", "4111 1111 1111 1111 1111", "12345678901234567890",
        "4111--1111", "41111111111111-", "-4111111111111111"};
    private static final String[] GAPS = {" ", " ", "  ", ", ", "\n", "\r\n", ": ", " | ", "\t", "", "-", "/", "\n\n"};

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of("", "4111", "JANE A DOE 4111 1111 1111 1111", "4111111111111111, 08/27, Marta Ruiz"));
        Random random = new Random(7);
        for (int t = 0; t < 3000; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
                b.append(PARTS[random.nextInt(PARTS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
            }
            texts.add(b.toString());
        }
        // names right before and after numbers (and dates), the shapes the name patterns look for
        String[] names = {"JANE", "A", "DOE", "Marta", "Ruiz", "Jean-Luc", "O'Neil", "Visa", "Émile", "Zoë", "𝐀𝐧𝐧𝐚", "x", "B."};
        for (int t = 0; t < 2000; t++) {
            StringBuilder b = new StringBuilder();
            words(b, names, random);
            b.append(GAPS[random.nextInt(GAPS.length)]).append(PARTS[24 + random.nextInt(PARTS.length - 24)])
                    .append(GAPS[random.nextInt(GAPS.length)]);
            if (random.nextBoolean()) {
                b.append(PARTS[12 + random.nextInt(5)]).append(GAPS[random.nextInt(GAPS.length)]); // exp, a date
            }
            words(b, names, random);
            texts.add(b.toString());
        }
        return texts;
    }

    /** Appends one to five of {@code names}, a space or two between. */
    private static void words(StringBuilder b, String[] names, Random random) {
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            b.append(i == 0 ? "" : random.nextInt(4) == 0 ? "  " : " ").append(names[random.nextInt(names.length)]);
        }
    }

    @Test
    void cardNumbersAreThoseTheExpressionFinds() {
        Pattern pan = Pattern.compile(CardDataRecognizer.PAN);
        int found = 0;
        for (String text : texts()) {
            List<Integer> expected = new ArrayList<>();
            Matcher m = pan.matcher(text);
            while (m.find()) {
                int[] part = Checksums.luhn(m.group("pan")) ? new int[] {m.start(), m.end()}
                        : Checksums.validGroups(text, m.start(), m.end(), 12, Checksums::luhn);
                if (part != null) {
                    expected.add(part[0]);
                    expected.add(part[1]);
                }
            }
            List<Integer> actual = new ArrayList<>();
            for (int x : CardDataRecognizer.cardNumbers(text)) {
                actual.add(x);
            }
            assertEquals(expected, actual, () -> "[" + text + "]");
            found += expected.size() / 2;
        }
        assertTrue(found > 1000, "too few card numbers to test with: " + found);
    }

    @Test
    void aRunOfTwelveCharactersIsReadWherever() {
        // the pass reads every twelfth character: a number of exactly twelve, at every offset
        for (int at = 0; at < 30; at++) {
            String text = "x".repeat(at) + "501800000009" + " y";
            assertEquals(List.of(at, at + 12), java.util.Arrays.stream(CardDataRecognizer.cardNumbers(text)).boxed().toList(),
                    "at " + at);
        }
    }

    @Test
    void namesNextToNumbers() {
        CardholderNameRecognizer r = new CardholderNameRecognizer();
        for (String[] row : new String[][] {
            {"JANE A DOE 4111 1111 1111 1111", "JANE A DOE"},
            {"Visa John Smith 4111111111111111", "John Smith"},
            {"Mr John Smith: 4111111111111111", "John Smith"},
            {"A Jane Doe B 4111111111111111", ""},
            {"Jane Q. Public 4111111111111111", "Jane Q. Public"},
            {"Anna Maria Jane Doe Roe 4111111111111111", "Anna Maria Jane Doe Roe"},
            {"Eve Anna Maria Jane Doe Roe Poe 4111111111111111", "Anna Maria Jane Doe Roe Poe"},
            {"Jane    Doe 4111111111111111", ""},
            {"x7Jane Doe 4111111111111111", ""},
            {"Jane Doe    4111111111111111", ""},
            {"Jane Doe\r\n4111111111111111", "Jane Doe"},
            {"Jane Doe,\n4111111111111111", ""},
            {"\ud835\udc00\ud835\udc27\ud835\udc27\ud835\udc1a Doe 4111111111111111", "\ud835\udc00\ud835\udc27\ud835\udc27\ud835\udc1a Doe"},
            {"4111111111111111 Marta Ruiz Visa Gold", "Marta Ruiz"},
            {"4111111111111111 exp 08/27 | Marta Ruiz", "Marta Ruiz"},
            {"4111111111111111 Marta Ruiz2", ""},
            {"4111111111111111 Marta A.", ""},
            {"4111111111111111 Marta " + "R" + "a".repeat(31), ""}, // a word of 32 letters is none
            {"4111111111111111 Marta " + "R" + "a".repeat(30), "Marta R" + "a".repeat(30)},
            // a SIM card's ICCID and a handset's IMEI pass Luhn too (a twenty-seventh held-out set's SIM activation form)
            {"SIM ICCID: 8991101202411877451\nHandset IMEI: 358840112039489", ""},
            // (a review's: "Sim" is a surname)
            {"SIM WEI LING 4539 1488 0343 6467 08/27", "SIM WEI LING"},
        }) {
            String text = row[0];
            String actual = String.join(";", r.analyze(text).stream().map(x -> text.substring(x.start(), x.end())).toList());
            assertEquals(row[1], actual, () -> "[" + text + "]");
        }
    }

    /**
     * {@code besideBefore}, the backward reading of {@code BESIDE} that names before a card number use,
     * takes exactly what the expression takes: from where it stops, the expression matches up to the
     * number; one character earlier, it does not (it takes all it may).
     */
    @Test
    void besideReadBackwardsTakesWhatTheExpressionTakes() {
        Pattern beside = Pattern.compile(CardDataRecognizer.BESIDE);
        String[] between = {"", " ", "   ", "\t", ", ", ",", " , ", "   ;   ", ":", " | ", "/", "\n", "\r\n", "  \n  ",
            " \r\n\t", "    ", ",,", " \n\n", "x \n"};
        for (String b : between) {
            String text = "Jane Doe" + b + "4111111111111111";
            int end = text.indexOf('4');
            int start = CardDataRecognizer.besideBefore(text, end);
            assertTrue(beside.matcher(text).region(start, end).matches(), "[" + b + "] from " + start);
            assertTrue(start == 0 || !beside.matcher(text).region(start - 1, end).matches(), "[" + b + "] one earlier");
        }
    }
}
