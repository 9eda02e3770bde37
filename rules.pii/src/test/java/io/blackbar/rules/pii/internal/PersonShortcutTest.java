package io.blackbar.rules.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.testing.ScannerCheck;

/**
 * The name recognizer reads words in place instead of making lower-case Strings of them: its
 * words, the introducer before a name, the word table and the test before the credential expression
 * must give what the String-based forms they replace give (written out here as they were), on the
 * table texts and on random texts of names, introducers, apostrophes, hyphens, upper and lower case,
 * and characters beyond ASCII that change length or case oddly when lower-cased (the dotted capital
 * I, the Kelvin sign, the sharp s).
 */
class PersonShortcutTest {

    private static final String ALPHABET = "aAbBdDeEiImMnNrRsStTyY'-\u2019 .,:?\n\t\u00e9\u00c9\u0130\u212a\u00df\u0131\u017f\u2028\u3000";

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(ScannerCheck.tableTexts(PersonRecognizerTest.class));
        List<String> words = new ArrayList<>(List.of(PersonRecognizer.INTRODUCERS));
        words.addAll(List.of("Anna", "ANNA", "anna", "McDonald", "O'Neil", "Fritz-Armstrong", "I'm", "Don't", "DON'T",
                "Jennifer's", "it\u2019s", "we're", "x'y'z", "a\u2019b'c", "J.", "Mrs.", "Dr", "Sra", "M.D.", "MD", "Ph.D", "PA-C",
                "FACS", "RN", "N.P.", "\u0130van", "\u212aelly", "Stra\u00dfe", "\u00c9mile", "ZO\u00cb", "x1", "_", "SMITH,JOHN",
                "the", "and", "lena", "andersson", "Will", "May", "james", "murphy", "emily", "smith", "\ud835\udc00bc", "\u01c5ol"));
        String[] separators = {" ", " ", "  ", "\t", "\n", ", ", ",", ".", ": ", "", "\u2028", " \u0130 ", "\u00a0"};
        Random random = new Random(31);
        for (int t = 0; t < 3000; t++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(10);
            for (int i = 0; i < n; i++) {
                String w = words.get(random.nextInt(words.size()));
                w = switch (random.nextInt(4)) {
                    case 0 -> w.toUpperCase(Locale.ROOT);
                    case 1 -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
                    default -> w;
                };
                b.append(w).append(separators[random.nextInt(separators.length)]);
            }
            texts.add(b.toString());
        }
        texts.addAll(ScannerCheck.randomTexts(ALPHABET, 300, 80, 11));
        // Greek capital sigmas, which lower-case to a final sigma at a word's end and are looked up as
        // another (WordTable.lowerCase): in words, before names, after introducers
        texts.addAll(List.of("\u03a0\u0391\u03a6\u039f\u03a3 Anna \u039f\u0394\u03a5\u03a3\u03a3\u0395\u0391\u03a3, \u03a3 and \u03a3\u03a3",
                "dear \u03a3\u03bc\u03b9\u03b8 my name is \u03a3\u0391\u03a3 Smith", "\u03a3\u03b1\u03c2 Mrs. \u039a\u03b1\u03a3 M\u03a3 Lee",
                "SMITH,\u03a3\u0391\u03a3 called \u03a3\u03b1\u03a3'\u03a3 Emily \u03a3-Anna"));
        return texts;
    }

    @Test
    void wordsAsBefore() {
        PersonRecognizer recognizer = new PersonRecognizer();
        int words = 0;
        for (String text : texts()) {
            List<String> expected = wordsBefore(text);
            List<String> actual = new ArrayList<>();
            PersonRecognizer.Words read = recognizer.words(text);
            for (int w = 0; w < read.size(); w++) {
                actual.add(read.start(w) + "-" + read.end(w) + " " + read.lower(w) + " " + read.lowerLength(w) + " "
                        + read.capitalised(w) + " " + read.initial(w) + " " + read.allCaps(w) + " " + read.first(w) + " "
                        + read.surname(w) + " " + read.common(w));
            }
            assertEquals(expected, actual, () -> "[" + text + "]");
            words += actual.size();
        }
        assertTrue(words > 10_000, "too few words to test with: " + words);
    }

    @Test
    void letterTableAsCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetter((char) c), PersonRecognizer.isLetter((char) c), "char " + c);
        }
    }

    @Test
    void introducerAsBefore() {
        int found = 0;
        for (String text : texts()) {
            for (int start = 0; start <= text.length(); start++) {
                String expected = introducerBefore(text, start);
                found += expected == null ? 0 : 1;
                int at = start;
                assertEquals(expected, PersonRecognizer.introducer(text.toCharArray(), start), () -> at + " in [" + text + "]");
            }
        }
        assertTrue(found > 1000, "too few introducers to test with: " + found);
    }

    @Test
    void credentialTestAdmitsEveryMatch() {
        int matches = 0;
        for (String text : texts()) {
            for (int end = 0; end <= text.length(); end++) {
                if (PersonRecognizer.CREDENTIAL.matcher(text.subSequence(end, Math.min(text.length(), end + 12))).lookingAt()) {
                    matches++;
                    int at = end;
                    assertTrue(PersonRecognizer.credentialMayFollow(text.toCharArray(), end), () -> at + " in [" + text + "]");
                }
            }
        }
        assertTrue(matches > 200, "too few credentials to test with: " + matches);
    }

    /**
     * The comma names' and tickets' expressions, tried only before commas and slashes, find what {@code find()} finds: on the texts above
     * (names with commas between, "SMITH,JOHN"), on runs longer than a match can be, and on letters beyond the
     * BMP (the mathematical capital, two chars) and title case (a capital to Character, not to \p{Lu}).
     */
    @Test
    void commaNamesAsFind() {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(ScannerCheck.randomTexts("AaBb,, '-\t\nÉé\u01c5", 400, 60, 5));
        java.util.Random random = new java.util.Random(7);
        String[] words = {"SMITH", "Smith", "O'Neil", "Garcia-Lopez", "Ann", "JOHN", "de", "x"};
        String[] marks = {",", ", ", ",\t", " ", "\n", ", and "};
        for (int t = 0; t < 300; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 8; k++) {
                b.append(words[random.nextInt(words.length)]).append(marks[random.nextInt(marks.length)]);
            }
            texts.add(b.toString());
        }
        texts.add("Abcdefghijklmnopqrstuvwxyzabcdefghij, John and Smith, John and ABCDEFGHIJKLMNOPQRSTUVWXYZABCDE, JOHN");
        texts.add("\ud835\udc00bcdefghijklmnopqrstuvwxyzabcdefghij, Ann; \ud835\udc00\ud835\udc01, Ann");
        // 21 letters beyond the BMP: 42 chars, one match
        texts.add("x " + "\ud835\udc00".repeat(21) + ", Ann and " + "\ud835\udc00".repeat(21) + ", ANN");
        texts.add("O'NEIL-SMITH, PAT, Ann, Bob,Carl, D'Arcy, Ed, Fay, Gus, Hal, Ivy,, J, Kim");
        // every space of \\s after the comma, and a capital that is one to Character but not to \\p{Lu} (circled)
        texts.add("SMITH,\u000BJOHN and Smith,\fJohn and SMITH,\rJOHN; Smith,\u2003John; SMITH, \u24B6BC; Smith,  John");
        // tickets' names: SURNAME/GIVEN NAMES and a title, next to dates and other slashes
        texts.addAll(ScannerCheck.randomTexts("AB/ '-MRS\nÉ1", 400, 60, 11));
        String[] ticketWords = {"SMITH", "OYELOWO", "FUNMILAYO", "ROSE ANN", "Ann", "1/2/2020", "O'NEIL", "DE-LA", "\ud835\udc00B", "X"};
        String[] ticketMarks = {"/", "/", " ", "/ ", "\n", "", "/\t"};
        String[] titles = {" MRS", "MR", " MS", " DR", "", " MRSX", "/MR", " PROF."};
        for (int t = 0; t < 300; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                b.append(ticketWords[random.nextInt(ticketWords.length)]).append(ticketMarks[random.nextInt(ticketMarks.length)])
                        .append(ticketWords[random.nextInt(ticketWords.length)]).append(titles[random.nextInt(titles.length)])
                        .append(ticketMarks[random.nextInt(ticketMarks.length)]);
            }
            texts.add(b.toString());
        }
        texts.add("1.1OYELOWO/FUNMILAYO MRS 2.1ABERNATHY/ROSEMARY ANN MS; " + "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH/ANN MR");
        Map<java.util.regex.Pattern, Integer> matches = new HashMap<>();
        for (java.util.regex.Pattern p : List.of(PersonRecognizer.LAST_COMMA_FIRST.pattern(),
                PersonRecognizer.LAST_COMMA_FIRST_MIXED.pattern(), PersonRecognizer.TICKET_NAME.pattern())) {
            char mark = p == PersonRecognizer.TICKET_NAME.pattern() ? '/' : ',';
            for (String text : texts) {
                List<String> expected = new ArrayList<>();
                java.util.regex.Matcher m = p.matcher(text);
                while (m.find()) {
                    expected.add(m.start() + "-" + m.end());
                }
                List<String> actual = new ArrayList<>();
                PersonRecognizer.beforeMarks(text, text, PersonRecognizer.marksBefore(text, mark), p,
                        x -> actual.add(x.start() + "-" + x.end()));
                assertEquals(expected, actual, () -> p + " in [" + text + "]");
                matches.merge(p, expected.size(), Integer::sum);
            }
        }
        assertTrue(matches.get(PersonRecognizer.LAST_COMMA_FIRST.pattern()) + matches.get(PersonRecognizer.LAST_COMMA_FIRST_MIXED.pattern()) > 500,
                "too few names with a comma to test with: " + matches);
        assertTrue(matches.get(PersonRecognizer.TICKET_NAME.pattern()) > 100, "too few tickets' names to test with: " + matches);
    }

    @Test
    void tableAsSets() {
        Map<String, Integer> reference = new HashMap<>();
        List<String> keys = new ArrayList<>();
        List<Integer> bits = new ArrayList<>();
        Random random = new Random(5);
        String letters = "abcdeilmnorsty-'\u00e9\u00df\u0131";
        for (int k = 0; k < 5000; k++) {
            StringBuilder w = new StringBuilder();
            for (int n = 1 + random.nextInt(7); n > 0; n--) {
                w.append(letters.charAt(random.nextInt(letters.length())));
            }
            int b = 1 << random.nextInt(3);
            keys.add(w.toString());
            bits.add(b);
            reference.merge(w.toString(), b, (x, y) -> x | y);
        }
        WordTable table = new WordTable(keys, bits.stream().mapToInt(Integer::intValue).toArray());
        int hits = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder w = new StringBuilder();
            for (int n = 1 + random.nextInt(7); n > 0; n--) {
                char c = letters.charAt(random.nextInt(letters.length()));
                w.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            }
            String word = w.toString();
            String lower = word.toLowerCase(Locale.ROOT);
            int expected = reference.getOrDefault(lower, 0);
            hits += expected == 0 ? 0 : 1;
            assertEquals(expected, table.get(lower), lower);
            if (word.chars().allMatch(c -> c < 128)) {
                String text = "x " + word + " y";
                assertEquals(expected, table.get(text, 2, 2 + word.length()), word);
            }
        }
        assertTrue(hits > 1000, "too few words found to test with: " + hits);
        assertEquals(0, WordTable.of(Set.of("mr", "dr"), 1).get("x mR y", 2, 3));
        assertEquals(1, WordTable.of(Set.of("mr", "dr"), 1).get("x mR y", 2, 4));
    }

    @Test
    void filtersLetEveryListedWordThrough() throws java.io.IOException {
        String[] resources = {"names/first-names.txt.gz", "names/surnames.txt.gz", "names/not-names.txt",
            "names/world-first-names.txt.gz", "names/world-surnames.txt.gz"};
        int[] kinds = {NameLists.FIRST, NameLists.SURNAME, NameLists.NOT_NAME, NameLists.FIRST, NameLists.SURNAME};
        for (int k = 0; k < resources.length; k++) {
            int words = 0;
            java.io.InputStream raw = PersonShortcutTest.class.getClassLoader().getResourceAsStream(resources[k]);
            try (var in = resources[k].endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw) : raw) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    for (String word : line.trim().split("\\s+")) {
                        if (!word.isEmpty() && !line.startsWith("#")) {
                            words++;
                            assertTrue(NameLists.get().may(kinds[k], WordTable.hash(word)), word);
                            assertTrue((NameLists.get().kinds(word) & kinds[k]) != 0, word);
                        }
                    }
                }
            }
            assertTrue(words > 500, "too few words in " + resources[k] + ": " + words);
        }
    }

    /** The words as read before: a lower-case String of each. */
    private static List<String> wordsBefore(CharSequence text) {
        Set<String> contractions = Set.of("m", "s", "re", "ve", "ll", "d", "t");
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetter(text.charAt(i))
                    || (text.charAt(i) == '\'' || text.charAt(i) == '-' || text.charAt(i) == '\u2019')
                            && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i > s)) {
                i++;
            }
            String token = text.subSequence(s, i).toString();
            int apostrophe = Math.max(token.indexOf('\''), token.indexOf('\u2019'));
            if (apostrophe > 0 && contractions.contains(token.substring(apostrophe + 1).toLowerCase(Locale.ROOT))) {
                i = s + apostrophe;
                token = token.substring(0, apostrophe);
            }
            boolean upperFirst = Character.isUpperCase(token.charAt(0));
            boolean initial = token.length() == 1 && upperFirst;
            boolean restLower = true;
            for (int k = 1; k < token.length(); k++) {
                // a capital inside: after two letters (McLeod, DiMaggio), a non-letter (O'Neil), or a surname's prefix (MacLeod)
                if (Character.isUpperCase(token.charAt(k)) && k != 2 && !(k > 0 && !Character.isLetter(token.charAt(k - 1)))
                        && !List.of("Mac", "Van", "Von", "Fitz", "Vander", "Del", "Della", "Dela").contains(token.substring(0, k))) {
                    restLower = false;
                }
            }
            // "Don't", and a form's "Rec'd" (received)
            boolean negation = apostrophe > 0 && token.length() == apostrophe && text.length() > i + 1
                    && (Character.toLowerCase(text.charAt(i + 1)) == 't'
                    || text.charAt(i + 1) == 'd' && (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2))));
            boolean allCaps = token.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT)) && upperFirst;
            String lower = token.toLowerCase(Locale.ROOT);
            int kinds = NameLists.get().kinds(lower);
            if (kinds == 0 && lower.indexOf('-') > 0 && lower.indexOf('-') < lower.length() - 1) {
                // a hyphenated word the lists do not know whole: the kinds all its parts have, unless one is a common word
                // or mostly something else (the reading since the seventeenth session: "Garcia-Lopez" is a surname)
                int all = NameLists.FIRST | NameLists.SURNAME;
                for (String part : lower.split("-")) {
                    int k = part.isEmpty() ? 0 : NameLists.get().kinds(part);
                    all = (k & (NameLists.NOT_NAME | NameLists.WORD_NAME)) != 0 ? 0 : all & k;
                }
                kinds = all;
            }
            for (String ending : List.of("dóttir", "ienė", "aitė", "ytė", "ūtė")) {
                // a surname the lists lack by an ending only surnames have (the reading since the forty-fifth session)
                kinds = kinds == 0 && lower.length() >= ending.length() + 3 && lower.endsWith(ending) ? NameLists.SURNAME : kinds;
            }
            out.add(s + "-" + i + " " + lower + " " + lower.length() + " "
                    + ((upperFirst && restLower || allCaps) && !initial && !negation) + " " + initial + " " + allCaps
                    + " " + ((kinds & NameLists.FIRST) != 0) + " " + ((kinds & NameLists.SURNAME) != 0)
                    + " " + ((kinds & NameLists.NOT_NAME) != 0));
        }
        return out;
    }

    /** The introducer as found before: the stretch before made a lower-case String, trailing spaces stripped. */
    private static String introducerBefore(CharSequence text, int start) {
        int from = Math.max(0, start - PersonRecognizer.INTRODUCER_WINDOW);
        String before = text.subSequence(from, start).toString().toLowerCase(Locale.ROOT).stripTrailing();
        for (String p : PersonRecognizer.INTRODUCERS) {
            if (before.endsWith(p) && (before.length() == p.length()
                    || !Character.isLetter(before.charAt(before.length() - p.length() - 1)))) {
                return p;
            }
        }
        return null;
    }
}
