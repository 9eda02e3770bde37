package io.blackbar.rules.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.testing.ScannerCheck;

/**
 * The street recognizer tries three patterns only where a test in plain code admits them, and its two
 * growing expressions only after a one-character test: each test must be true wherever its expression
 * matches, and the recognizer must find with them every pattern's {@code find()} matches, on the
 * table texts and on random streets, numbers and words in mixed case, with non-ASCII letters and
 * every kind of space between them.
 */
class StreetAddressShortcutTest {

    private static final String[] SEPARATORS = {" ", " ", " ", "  ", "\t", "\n", ", ", ",", ".", "", "-", "'", " \t ",
        "\r\n", "   ", "\u00a0", "\u2028", " | ", " > "};

    private static final String[] NUMBERS = {"12", "1668", "7b", "123456", "1234567", "\t3", "0x", "41-C", "41-C-", "41-CD"};
    private static final String[] NAMES = {"Glyn", "Main", "St", "Park Street", "Old Mill", "\u00c9cole", "O'Neil-Fritz",
        "a.b", "J.", "Glyn  Ave", "Glyn\tSt.", "Big Old Glyn", "MAIN", "Ab1", "Rue de", "rue La", ", Avenue du", "Allée",
        "a\tR\u00faa", "Via Glyn", "ul. Glyn", "Avda. Glyn", "C/ Glyn",
        // numbered streets' ordinals, and what is almost one
        "57th", "E 57th", "1st Street", "3rd\tAve", "123rd Ave", "1234th St", "5TH Ave", "2nd-", "22nd,",
        // every street type of "number, French street type, name", as its expression spells them
        "Av. Foch", "Av Foch", "Avenue du", "Boulevard de", "Bd Voltaire", "Chemin des", "All\u00e9e Verte", "Allee de",
        "Impasse du", "Quai de", "R\u00faa de", "Rua Nova", "avenue de", "boulevard de", "chemin du", "r\u00faa de",
        "rua de", "Avenu de", "Ave. de", "Quai", "Bd.", "RUE de"};

    /** Words that make up the patterns' matches and near misses. */
    private static List<String> vocabulary() {
        List<String> words = new ArrayList<>(List.of("Main", "Glyn", "Via", "Rue", "rue", "de", "La", "Bundes", "Harju",
                "Szent", "István", "Storgata", "Brucker", "O'Neil", "Fritz-Armstrong", "St.", "J.", "A", "x", "the",
                "corner", "of", "and", "Apt", "Suite", "Box", "PSC", "APO", "AA", "CO", "Émile", "Ärzte", "\u212Aing",
                "\u0130stanbul", "stra\u017Fse", "Stra\u00dfe", "\u00c9", "\ud835\udc00x", "Ab1", "_A", "Zoë", "MAIN",
                // type words and suffixes with their letters beyond ASCII written in ASCII (or the other way)
                "at", "AT", "ter", "Koz", "setany", "Harjuvagen", "Harjualle", "gr\u00e4nd", "Ringv\u00e9j", "utja"));
        for (String w : StreetAddressRecognizer.US_TYPE_WORDS) {
            words.add(w);
            words.add(w.toLowerCase(Locale.ROOT));
            words.add(w + "s");
        }
        for (String w : StreetAddressRecognizer.SUFFIX_WORDS) {
            words.add("Harju" + w);
            words.add("Bundes" + w.toUpperCase(Locale.ROOT));
            words.add(w);
        }
        for (String w : StreetAddressRecognizer.TYPE_WORDS) {
            words.add(w);
            words.add(w.toUpperCase(Locale.ROOT));
            words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        words.addAll(List.of("1", "12", "123", "1234", "12345", "123456", "1234567", "12a", "7B", "0", "99999999", "3.", "12,"));
        return words;
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(ScannerCheck.tableTexts(RecognizerTableTest.class));
        List<String> words = vocabulary();
        Random random = new Random(23);
        for (int t = 0; t < 4000; t++) {
            StringBuilder b = new StringBuilder();
            int n = 2 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                String w = words.get(random.nextInt(words.size()));
                if (random.nextInt(4) == 0) {
                    // a number then capitalised words: the shape the first shortcut looks for
                    w = NUMBERS[random.nextInt(NUMBERS.length)] + " " + NAMES[random.nextInt(NAMES.length)];
                } else if (random.nextInt(6) == 0) {
                    // capitalised words, a type word, a number: the third
                    List<String> types = StreetAddressRecognizer.TYPE_WORDS;
                    w = NAMES[random.nextInt(NAMES.length)] + " " + types.get(random.nextInt(types.size()))
                            + SEPARATORS[random.nextInt(4)] + NUMBERS[random.nextInt(NUMBERS.length)];
                } else if (random.nextInt(5) == 0) {
                    // a postal number, capitalised words, a house number: the postal pattern
                    w = NUMBERS[random.nextInt(NUMBERS.length)] + SEPARATORS[random.nextInt(5)] + NAMES[random.nextInt(NAMES.length)]
                            + SEPARATORS[random.nextInt(5)] + NUMBERS[random.nextInt(NUMBERS.length)];
                }
                b.append(w).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            texts.add(b.toString());
        }
        // the longest words the patterns allow, in letters of two characters too: matches that begin the
        // farthest before their suffix or type word
        for (String letter : List.of("a", "\ud835\udc1a")) {
            String capital = letter.equals("a") ? "B" : "\ud835\udc00";
            String word = capital + letter.repeat(30);
            for (String suffix : StreetAddressRecognizer.SUFFIX_WORDS) {
                texts.add("x " + word + " " + word + "\t" + word + suffix + " \t 12 y");
                texts.add("x " + word + " " + word + "\n" + word + suffix + " \t 12 y"); // a line break ends the words before
            }
            for (String type : StreetAddressRecognizer.TYPE_WORDS) {
                texts.add("x " + word + " " + word + "\t" + word + " " + type + " \t 12 y");
            }
        }
        // streets without a type before a postal code: words, a house number, a comma or a line's end, a code, a town
        String[] streets = {"Am Waldrand", "Unter den Linden", "Im Winkel", "Lindenhof", "Am", "Hof van het Dorp", "X de Y",
            "am Hof", "Gro\u00dfe Allee S\u00fcd", "\u00c4", "A B C D", "Im  Winkel", "Hof.Gasse", "O'Neil-Platz", "Auf der Heide",
            "Zum Markt", "Sonnenfeld", "Marktgraben", "An der Alster", "Alte Gasse", "Hinter dem Tor", "Phase", "Am\tRing"};
        String[] houseNumbers = {"5", "3a", "77", "123", "1234", "5B", "12-14", "0"};
        String[] afterNumber = {", ", ",", ",\t", "\n", " \n  ", " , ", ": ", "\t\n", ",  "};
        String[] codes = {"12345", "1016 GV", "1016GV", "8001", "2019", "1999", "123456", "123", "80-831", "0123", "1016 Gv"};
        String[] towns = {" Berlin", " Z\u00fcrich", " berlin", " B", " Bx", "\t\u00c9vry", " AMSTERDAM", "  Berlin", "Berlin"};
        for (int t = 0; t < 5000; t++) {
            texts.add((random.nextBoolean() ? "x " : "") + streets[random.nextInt(streets.length)] + " "
                    + houseNumbers[random.nextInt(houseNumbers.length)] + afterNumber[random.nextInt(afterNumber.length)]
                    + codes[random.nextInt(codes.length)] + towns[random.nextInt(towns.length)]);
        }
        for (String letter : List.of("a", "\ud835\udc1a")) {
            String capital = letter.equals("a") ? "B" : "\ud835\udc00";
            String word = capital + letter.repeat(30);
            texts.add("x Unterer den " + word + " das " + word + " 12b, 12345 Berlin");
        }
        // streets of Central Europe and Iceland: one or two words with a letter beyond ASCII, a house number (a slash and
        // more digits maybe), a comma, a postal code of three and two digits, five or four, a town; and the longest words
        String[] accented = {"Komensk\u00e9ho", "Horn\u00ed", "Ju\u017en\u00e1 trieda", "Lindasm\u00e1ri", "St\u00e1ra cesta", "\u00c1rp\u00e1d",
            "Vikurbraut", "Room", "Sch\u00fcler", "x \u00fc", "Ma\u0142a Bia\u0142a"};
        String[] accentedNumbers = {"412/7", "88", "48", "33", "1", "12/3", "0", "12345", "7a", "1234", "/7", "12/"};
        String[] accentedCodes = {"591 01", "592 14", "12345", "1136", "201", "2019", "1200", "591 0", "59101", "1234 5"};
        for (int t = 0; t < 6000; t++) {
            texts.add((random.nextBoolean() ? "x, " : "") + accented[random.nextInt(accented.length)] + " "
                    + accentedNumbers[random.nextInt(accentedNumbers.length)] + afterNumber[random.nextInt(afterNumber.length)]
                    + accentedCodes[random.nextInt(accentedCodes.length)] + towns[random.nextInt(towns.length)]);
        }
        for (String letter : List.of("\u00e1", "\ud835\udc1a")) {
            String capital = letter.equals("\u00e1") ? "\u00c1" : "\ud835\udc00";
            String word = capital + letter.repeat(30);
            texts.add("x " + word + " " + word + " 12/3, 591 01 Praha");
            texts.add("x " + word + " " + word + " " + word + " 12, 12345 Praha");
        }
        // street corners and units, in every case and spacing their expressions allow and just beyond
        String[] corners = {"corner", "Corner", "CORNER", "cOrNeR", "corners", "cornr", "\u0441orner", "xcorner"};
        String[] thes = {"", "the ", "The\t", "THE  ", "the", "bathe ", "th\u00e9 ", "the\n"};
        String[] ofs = {" of ", "\tof\t", "  of  ", " Of ", " of", "of ", " of\n"};
        String[] units = {"Apt", "Apartment", "Suite", "Ste", "Unit", "Flat", "Room", "Rm", "apt", "Rms", "xApt", "\u00e9Apt", "_Unit"};
        String[] unitNumbers = {"12", ".12", ". 12", ".#12", " #7B", "#3", "\t12", "\n9", "  12", ". #", "# 12", "123456"};
        for (int t = 0; t < 600; t++) {
            texts.add(thes[random.nextInt(thes.length)] + corners[random.nextInt(corners.length)] + ofs[random.nextInt(ofs.length)]
                    + "Main St and Glyn Ave, " + units[random.nextInt(units.length)] + unitNumbers[random.nextInt(unitNumbers.length)]
                    + " " + thes[random.nextInt(thes.length)] + corners[random.nextInt(corners.length)]
                    + ofs[random.nextInt(ofs.length)] + "x y and Oak Road");
        }
        texts.addAll(ScannerCheck.randomTexts("Main St Gate gate 12 3 a\t\n,.'-\u00e9\u00df\u212a\u0130 Vej weg", 200, 60, 5));
        return texts;
    }

    @Test
    void shortcutsAdmitEveryMatch() {
        StreetAddressRecognizer recognizer = new StreetAddressRecognizer();
        List<String> texts = texts();
        int tested = 0;
        for (NamedPattern p : ScannerCheck.patterns(recognizer)) {
            StreetShortcuts.Test shortcut = StreetShortcuts.shortcut(p.name());
            if (shortcut == null) {
                continue;
            }
            tested++;
            int matches = 0;
            for (String text : texts) {
                char[] chars = text.toCharArray();
                matches += matchStarts(p.pattern(), text, at -> assertTrue(shortcut.admits(chars, at),
                        () -> p.name() + " at " + at + " of [" + text + "]"));
            }
            assertTrue(matches > 200, p.name() + ": too few matches to test with (" + matches + ")");
        }
        assertEquals(10, tested); // with the street with letters beyond ASCII's (fifty-third session)
    }

    /**
     * Calls {@code atMatch} with each position of the text where the pattern matches as {@code find()}
     * tries it there ({@code lookingAt()} with transparent, non-anchoring bounds).
     *
     * @return how many such positions there are
     */
    private static int matchStarts(Pattern pattern, String text, java.util.function.IntConsumer atMatch) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int matches = 0;
        for (int at = 0; at < text.length(); at++) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                matches++;
                atMatch.accept(at);
            }
        }
        return matches;
    }

    /**
     * The four patterns that need a word of a list (or a postal code after it) before or after their number are
     * asked only within their span
     * before the end of such a word: every match must begin there.
     */
    @Test
    void wordsBeforeNumbersAdmitEveryMatch() {
        StreetAddressRecognizer recognizer = new StreetAddressRecognizer();
        List<String> texts = texts();
        int tested = 0;
        for (NamedPattern p : ScannerCheck.patterns(recognizer)) {
            if (StreetShortcuts.wordEndsBefore(p.name(), new char[0], new int[0]) == null) {
                continue;
            }
            tested++;
            int span = StreetShortcuts.span(p.name());
            int matches = 0;
            int[] farthest = {0};
            for (String text : texts) {
                char[] chars = text.toCharArray();
                int[] ends = StreetShortcuts.wordEndsBefore(p.name(), chars, StreetShortcuts.wordStarts(chars)[0]);
                matches += matchStarts(p.pattern(), text, at -> {
                    int next = 0;
                    while (next < ends.length && ends[next] <= at) {
                        next++;
                    }
                    int reach = next < ends.length ? ends[next] - at : Integer.MAX_VALUE;
                    assertTrue(reach <= span, () -> p.name() + " at " + at + " of [" + text + "]");
                    farthest[0] = Math.max(farthest[0], reach);
                });
            }
            assertTrue(matches > 200, p.name() + ": too few matches to test with (" + matches + ")");
            assertTrue(farthest[0] > span * 3 / 4, p.name() + ": no match begins far before its word (" + farthest[0] + ")");
        }
        assertEquals(4, tested); // with the street with letters beyond ASCII's (fifty-third session)
    }

    /**
     * The expressions read their word lists factored by first character, and the suffix after a gate:
     * each must match where and as far as the expression written with the plain alternations and
     * without the gate does, at every position.
     */
    @Test
    void factoredListsMatchAsThePlainOnes() {
        StreetAddressRecognizer recognizer = new StreetAddressRecognizer();
        List<List<String>> lists = List.of(StreetAddressRecognizer.US_TYPE_WORDS, StreetAddressRecognizer.LEADING_TYPE_WORDS,
                StreetAddressRecognizer.SUFFIX_WORDS, StreetAddressRecognizer.TYPE_WORDS);
        List<String> texts = texts();
        int changed = 0;
        for (NamedPattern p : ScannerCheck.patterns(recognizer)) {
            String plain = p.pattern().pattern().replace(StreetAddressRecognizer.wordThenSpace(StreetAddressRecognizer.SUFFIX_WORDS), "");
            for (List<String> list : lists) {
                plain = plain.replace(StreetAddressRecognizer.factored(list), StreetAddressRecognizer.alternation(list));
            }
            if (plain.equals(p.pattern().pattern())) {
                continue;
            }
            changed++;
            int matches = 0;
            Pattern written = Pattern.compile(plain);
            for (String text : texts) {
                Matcher m = p.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                Matcher w = written.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int at = 0; at < text.length(); at++) {
                    m.region(at, text.length());
                    w.region(at, text.length());
                    boolean found = w.lookingAt();
                    matches += found ? 1 : 0;
                    int where = at;
                    assertEquals(found ? w.end() : -1, m.lookingAt() ? m.end() : -1, () -> p.name() + " at " + where + " of [" + text + "]");
                }
            }
            assertTrue(matches > 200, p.name() + ": too few matches to test with (" + matches + ")");
        }
        assertEquals(4, changed);
    }

    @Test
    void wordStartsOfATextOfManyBlocks() {
        // 10,000 numbers and as many words: the lists outgrow the room first made (8,192 positions)
        String text = "12 St ".repeat(10_000);
        int[][] starts = StreetShortcuts.wordStarts(text.toCharArray());
        assertEquals(10_000, starts[0].length);
        assertEquals(10_000, starts[1].length);
        for (int k = 0; k < 10_000; k++) {
            assertEquals(6 * k, starts[0][k]);
            assertEquals(6 * k + 3, starts[1][k]);
        }
        assertEquals(0, StreetShortcuts.wordStarts(new char[0])[0].length);
    }

    @Test
    void findsWhatFindFinds() {
        StreetAddressRecognizer recognizer = new StreetAddressRecognizer();
        List<NamedPattern> patterns = ScannerCheck.patterns(recognizer);
        for (String text : texts()) {
            char[] chars = text.toCharArray();
            int[][] starts = StreetShortcuts.wordStarts(chars);
            for (int k = 0; k < patterns.size(); k++) {
                List<String> expected = new ArrayList<>();
                Matcher m = patterns.get(k).pattern().matcher(text);
                while (m.find()) {
                    expected.add(m.start() + "-" + m.end());
                }
                List<String> actual = new ArrayList<>();
                recognizer.forEachMatch(k, text, chars, starts, x -> actual.add(x.start() + "-" + x.end()));
                String name = patterns.get(k).name();
                assertEquals(expected, actual, () -> name + " in [" + text + "]");
            }
        }
    }

    @Test
    void growingTestsAdmitEveryMatch() {
        int before = 0;
        int next = 0;
        for (String text : texts()) {
            for (int at = 0; at <= text.length(); at++) {
                int where = at;
                if (StreetAddressRecognizer.HOUSE_NUMBER_BEFORE.matcher(text.subSequence(Math.max(0, at - 16), at)).find()) {
                    before++;
                    assertTrue(StreetAddressRecognizer.numberBefore(text, at), () -> "house number before " + where + " of [" + text + "]");
                }
                CharSequence window = at < text.length() ? text.subSequence(at, Math.min(text.length(), at + 80)) : "";
                Matcher found = StreetAddressRecognizer.NEXT_PART.matcher(window);
                Matcher looking = StreetAddressRecognizer.NEXT_PART.matcher(window);
                // the recognizer asks lookingAt(): the expression begins with ^, so it is find()'s answer
                assertEquals(found.find() ? found.end() : -1, looking.lookingAt() ? looking.end() : -1, () -> "next part at "
                        + where + " of [" + text + "]");
                if (at < text.length() && found.reset().find()) {
                    next++;
                    assertTrue(StreetAddressRecognizer.partAt(text, at), () -> "next part at " + where + " of [" + text + "]");
                }
            }
        }
        assertTrue(before > 200 && next > 200, "too few matches to test with: " + before + ", " + next);
    }

    /**
     * The recognizer reads the house number before a street and the parts after it with one matcher
     * each over the whole text, its region the window: it must find what a matcher of that window as a
     * text of its own finds, at every position.
     */
    @Test
    void regionsAsWindows() {
        int before = 0;
        int next = 0;
        for (String text : texts()) {
            Matcher beforeInText = StreetAddressRecognizer.HOUSE_NUMBER_BEFORE.matcher(text);
            Matcher nextInText = StreetAddressRecognizer.NEXT_PART.matcher(text);
            for (int at = 0; at <= text.length(); at++) {
                int where = at;
                Matcher b = StreetAddressRecognizer.HOUSE_NUMBER_BEFORE.matcher(text.subSequence(Math.max(0, at - 16), at));
                int expected = b.find() ? b.group().length() : 0;
                before += expected > 0 ? 1 : 0;
                assertEquals(expected, StreetAddressRecognizer.houseNumberBefore(beforeInText, at),
                        () -> "house number before " + where + " of [" + text + "]");
                Matcher n = StreetAddressRecognizer.NEXT_PART.matcher(text.subSequence(at, Math.min(text.length(), at + 80)));
                expected = n.lookingAt() ? n.end() : -1;
                next += expected >= 0 ? 1 : 0;
                assertEquals(expected, StreetAddressRecognizer.nextPart(nextInText, at, text.length()),
                        () -> "next part at " + where + " of [" + text + "]");
            }
        }
        assertTrue(before > 200 && next > 200, "too few matches to test with: " + before + ", " + next);
    }
}
