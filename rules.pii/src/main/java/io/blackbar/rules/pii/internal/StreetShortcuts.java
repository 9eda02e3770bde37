package io.blackbar.rules.pii.internal;

import static io.blackbar.rules.pii.internal.StreetAddressRecognizer.LEADING_TYPE_WORDS;
import static io.blackbar.rules.pii.internal.StreetAddressRecognizer.SUFFIX_WORDS;
import static io.blackbar.rules.pii.internal.StreetAddressRecognizer.TYPE_WORDS;
import static io.blackbar.rules.pii.internal.StreetAddressRecognizer.UNIT_WORDS;
import static io.blackbar.rules.pii.internal.StreetAddressRecognizer.US_TYPE_WORDS;

import java.util.List;
import java.util.Map;

/**
 * The shortcuts of {@link StreetAddressRecognizer}: for its patterns that cost the most, a test in
 * plain code that is true wherever the pattern matches, and the positions of a text it is asked at
 * (numbers, words that may begin a leading type or unit word, "corner", capitalised words a little
 * before a street suffix or type word), found in a pass or two over the text's characters. The
 * recognizer tries an expression only where its test admits; the tests read the recognizer's word
 * lists, the ones its expressions are made of.
 */
final class StreetShortcuts {

    private StreetShortcuts() {
    }

    /** A test in plain code that is true wherever a pattern matches. */
    @FunctionalInterface
    interface Test {
        boolean admits(char[] text, int at);
    }

    /**
     * A pattern's test, and the word starts it is asked at: an index of {@link #wordStarts} (numbers
     * ({@code \b\d}), or words that begin a leading type word); or, for a pattern that ends with a
     * word of a list, spaces and a number, words that may begin upper case after no letter within
     * {@code span} characters before the end of such a word, which {@code before} finds before each
     * number ({@link #capitalisedBefore}).
     */
    private record Shortcut(Test test, int starts, WordBefore before, int span) {

        Shortcut(Test test, int starts) {
            this(test, starts, null, 0);
        }

        Shortcut(Test test, WordBefore before, int span) {
            this(test, -1, before, span);
        }
    }

    /**
     * Where the word that a pattern needs right before the spaces and the number at {@code digit} ends
     * (a position of {@link #wordStarts}' first list), -1 when no such word is there; true wherever the
     * pattern matches, as the tests are.
     */
    @FunctionalInterface
    interface WordBefore {
        int end(char[] text, int digit);
    }

    private static final int LONGEST_SUFFIX = SUFFIX_WORDS.stream().mapToInt(String::length).max().orElseThrow();

    /**
     * How far before the end of its suffix "street suffix and number" can begin: two words of up to 31
     * code points and a space, a third of up to 31 before the suffix (a code point may take two
     * characters; a suffix matches as many characters as it has, ignoring case).
     */
    private static final int SUFFIX_SPAN = 2 * (2 * 31 + 1) + 2 * 31 + LONGEST_SUFFIX;

    private static final int LONGEST_TYPE_WORD = TYPE_WORDS.stream().mapToInt(String::length).max().orElseThrow();

    /**
     * How far before its house number "street without a type, before its postal code" can begin: its first word
     * ("Unterer", seven letters), then twice a space or tab, maybe an article of three letters and a space or tab, and
     * a word of up to 31 code points (two characters each at most), then a space or tab before the number (the
     * one-word form, 25 code points and an ending, is shorter).
     */
    private static final int UNTYPED_SPAN = 7 + 2 * (1 + 3 + 1 + 2 * 31) + 1;

    /**
     * How far before its house number "street with letters beyond ASCII, before its postal code" can begin: two words of up
     * to 31 code points (two characters each at most), a space or tab after each.
     */
    private static final int BEYOND_ASCII_SPAN = 2 * (2 * 31 + 1);

    /**
     * How far before the end of its type word "street name, type word, number" can begin: three words
     * of up to 31 code points (a code point may take two characters) and a space or tab each, then the
     * type word.
     */
    private static final int TYPE_WORD_SPAN = 3 * (2 * 31 + 1) + LONGEST_TYPE_WORD;

    /**
     * The patterns that cost the most (each tried at every capitalised word or number): their
     * shortcuts read the shape of the words there (a type word after the name, a suffix before the
     * number) and the expression is tried only where that shape stands, a few positions in a hundred.
     */
    private static final Map<String, Shortcut> SHORTCUTS = Map.of(
            "number and street type", new Shortcut(StreetShortcuts::numberThenType, 0),
            "street type then number", new Shortcut(StreetShortcuts::leadingType, 1),
            "street suffix and number", new Shortcut(StreetShortcuts::suffixThenNumber,
                    StreetShortcuts::suffixBefore, SUFFIX_SPAN),
            "street name, type word, number", new Shortcut(StreetShortcuts::typeWordThenNumber,
                    StreetShortcuts::typeWordBefore, TYPE_WORD_SPAN),
            "number, French street type, name", new Shortcut(StreetShortcuts::numberThenFrenchType, 0),
            "postal number, street, house number", new Shortcut(StreetShortcuts::postalNumberThenName, 0),
            "street without a type, before its postal code", new Shortcut((text, at) -> true,
                    StreetShortcuts::postalCodeAfter, UNTYPED_SPAN),
            "street with letters beyond ASCII, before its postal code", new Shortcut((text, at) -> true,
                    StreetShortcuts::postalCodeAfterHouse, BEYOND_ASCII_SPAN),
            "unit", new Shortcut(StreetShortcuts::unitThenNumber, 1),
            "street corner", new Shortcut(StreetShortcuts::cornerOf, 2));

    /** @return the test of the pattern named, or null when it has none */
    static Test shortcut(String pattern) {
        Shortcut s = SHORTCUTS.get(pattern);
        return s == null ? null : s.test();
    }

    /**
     * @param digits {@link #wordStarts}' first list of the text
     * @return where the words that the pattern named needs before a number end, in order; null when it
     *     needs none
     */
    static int[] wordEndsBefore(String pattern, char[] text, int[] digits) {
        Shortcut s = SHORTCUTS.get(pattern);
        if (s == null || s.before() == null) {
            return null;
        }
        Starts ends = new Starts(64);
        for (int d : digits) {
            int e = s.before().end(text, d);
            if (e >= 0) {
                ends.add(e); // a word before each number, after the one before: in order
            }
        }
        return ends.toArray();
    }

    /** @return how many characters before one of {@link #wordEndsBefore} a match of the pattern named can begin */
    static int span(String pattern) {
        return SHORTCUTS.get(pattern).span();
    }

    /**
     * Where the pattern named is tried, in order: the starts of {@link #wordStarts}' list that its test
     * is asked at or, for a pattern that needs a word of a list before a number, the positions of
     * {@link #capitalisedBefore} within its span before the ends of such words.
     *
     * @param starts {@link #wordStarts} of the text
     */
    static int[] starts(String pattern, char[] text, int[][] starts) {
        Shortcut s = SHORTCUTS.get(pattern);
        // a pattern that needs a word of its list before a number is asked only a little before the
        // ends of such words (about a thousand over 2 MB of text, against 100 K capitalised words)
        return s.before() == null ? starts[s.starts()] : capitalisedBefore(text, wordEndsBefore(pattern, text, starts[0]), s.span());
    }

    /**
     * The positions of upper-case letters after no ASCII letter (a character beyond ASCII counts as
     * upper case, and as no letter before one) within {@code span} characters before one of the
     * ascending {@code ends}, in order.
     */
    static int[] capitalisedBefore(char[] text, int[] ends, int span) {
        Starts at = new Starts(64);
        int from = 0;
        for (int e : ends) {
            for (int i = Math.max(from, e - span); i < e; i++) {
                if (upper(text[i]) && (i == 0 || !asciiLetter(text[i - 1]))) {
                    at.add(i);
                }
            }
            from = e;
        }
        return at.toArray();
    }

    /**
     * Where the shortcuts' patterns that read a number, a word or "corner" first can begin: in one pass
     * [0] digits after no ASCII word character ({@code \b\d}), [1] ASCII letters that begin one of
     * {@link StreetAddressRecognizer#LEADING_TYPE_WORDS} or {@link StreetAddressRecognizer#UNIT_WORDS}
     * after no ASCII word character (a character beyond ASCII counts as any that lets a start through);
     * then [2] where "corner" (in any case) begins, each after where "the" and spaces or tabs before it
     * begin if they do ({@link #cornerStarts}). The second list, of those whose second character fits
     * too, is all its shortcuts can admit ({@link #leadingType}, {@link #unitThenNumber}), about a word
     * in twenty of the text; the third spares the engine's scan of the text for "street corner".
     *
     * <p>The first two want no ASCII word character before. The pass has no branch a character: each
     * position is written to both lists and kept (the count moved on) only where it starts one, a
     * block's worth of room made first; a test a character took twice as long, its outcome (a word
     * start or not, about one character in five) being past guessing.
     */
    static int[][] wordStarts(char[] text) {
        int[] digits = new int[Math.min(text.length, 2 * BLOCK)]; // a short text's room only: not 32 KB each
        int[] words = new int[digits.length];
        int digitCount = 0;
        int wordCount = 0;
        int before = 0; // the kind of the character before: at the start, none
        for (int block = 0; block < text.length; block += BLOCK) {
            int end = Math.min(text.length, block + BLOCK);
            digits = room(digits, digitCount, end - block);
            words = room(words, wordCount, end - block);
            for (int i = block; i < end; i++) {
                int kind = KINDS[text[i]];
                int start = (before & WORD) ^ WORD; // 1 after no word character
                digits[digitCount] = i;
                digitCount += start & (kind >> 1); // the DIGIT bit
                words[wordCount] = i;
                wordCount += start & (kind >> 2); // the WORD_FIRST bit
                before = kind;
            }
        }
        // of the words, those whose first two characters begin a listed word (a in "and", "at" does not):
        // 17.8 K of 88 K over the 2 MB bench text
        int kept = 0;
        for (int k = 0; k < wordCount; k++) {
            int i = words[k];
            char next = i + 1 < text.length ? text[i + 1] : 0;
            words[kept] = i;
            kept += next < 128 && WORD_PAIRS[text[i] << 7 | next] ? 1 : 0;
        }
        return new int[][] {java.util.Arrays.copyOf(digits, digitCount), java.util.Arrays.copyOf(words, kept),
            cornerStarts(text)};
    }

    /** @return {@code at}, or a copy long enough, when it has no room for {@code more} positions after {@code count} */
    private static int[] room(int[] at, int count, int more) {
        return at.length - count < more ? java.util.Arrays.copyOf(at, Math.max(2 * at.length, count + more)) : at;
    }

    /**
     * Where "street corner" ({@code (?i:the[ \t]+)?(?i:corner)}) can begin, in order: at each "corner"
     * (ASCII letters in any case, as {@code (?i)} compares without {@code u}), and before it where "the"
     * and spaces or tabs end there (the only other start a match with that "corner" can have). A pass
     * of its own: a third list in {@link #wordStarts}' (of every c) made that one take half as long again.
     */
    static int[] cornerStarts(char[] text) {
        Starts at = new Starts(16);
        for (int c = 0; c + CORNER.length() <= text.length; c++) {
            if ((text[c] | 0x20) == 'c' && asciiIgnoringCase(text, c, CORNER)) { // c or C, and no other character
                int t = c;
                while (t > 0 && blank(text[t - 1])) {
                    t--;
                }
                if (t < c && t >= THE.length() && asciiIgnoringCase(text, t - THE.length(), THE)) {
                    at.add(t - THE.length());
                }
                at.add(c);
            }
        }
        return at.toArray();
    }

    private static final String CORNER = "corner";
    private static final String THE = "the";

    /** Whether the lower-case ASCII {@code word} stands at {@code i} (which the caller checks it fits), ASCII letters in any case. */
    private static boolean asciiIgnoringCase(char[] text, int i, String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = text[i + k];
            if (c != word.charAt(k) && !(c >= 'A' && c <= 'Z' && (char) (c + 32) == word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Characters read by {@link #wordStarts} between making room in its lists. */
    private static final int BLOCK = 4096;

    /**
     * Kinds of characters, bits of {@link #KINDS}: a word character of {@code \b}, a digit, the first of
     * a leading type word or a unit word.
     */
    private static final int WORD = 1;
    private static final int DIGIT = 2;
    private static final int WORD_FIRST = 4;
    /** For each character, its kinds (none beyond ASCII), read without a test. */
    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];

    static {
        for (char c = 0; c < 128; c++) {
            KINDS[c] = (byte) ((wordChar(c) ? WORD : 0) | (digit(c) ? DIGIT : 0));
        }
        for (String w : LEADING_TYPE_WORDS) {
            KINDS[w.charAt(0)] |= WORD_FIRST;
        }
        for (String w : UNIT_WORDS) {
            KINDS[w.charAt(0)] |= WORD_FIRST;
        }
    }

    /**
     * For each two ASCII characters (the first times 128 plus the second), whether one of
     * {@link StreetAddressRecognizer#LEADING_TYPE_WORDS} or {@link StreetAddressRecognizer#UNIT_WORDS}
     * (all longer than one character, their second characters ASCII, and compared case as written)
     * begins with them.
     */
    private static final boolean[] WORD_PAIRS = new boolean[128 * 128];

    static {
        for (List<String> words : List.of(LEADING_TYPE_WORDS, UNIT_WORDS)) {
            for (String w : words) {
                if (w.charAt(1) >= 128) {
                    throw new IllegalStateException("a word whose second character is beyond ASCII: " + w);
                }
                WORD_PAIRS[w.charAt(0) << 7 | w.charAt(1)] = true;
            }
        }
    }

    /** Positions, in the order added. */
    private static final class Starts {

        private int[] at;
        private int count;

        Starts(int capacity) {
            at = new int[capacity];
        }

        void add(int i) {
            if (count == at.length) {
                at = java.util.Arrays.copyOf(at, 2 * count);
            }
            at[count++] = i;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(at, count);
        }
    }

    /*
     * The shortcuts read characters as the expressions' classes do, exactly for ASCII; any other
     * character counts as whatever the class needs (a letter, an upper-case letter, one of a type
     * word's letters ignoring case: see {@link #startsWith}), so a shortcut can only admit too much. Whitespace ({@code \s})
     * and digits ({@code \d}) are ASCII in Java's expressions.
     */

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A word character of {@code \b}: {@code [A-Za-z0-9_]} (beyond ASCII: not, so a boundary can be there). */
    private static boolean wordChar(char c) {
        return asciiLetter(c) || digit(c) || c == '_';
    }

    /** {@code \p{Lu}} */
    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z' || c >= 128;
    }

    /** {@code [\p{L}'-]}, and with {@code dot} also {@code .} */
    private static boolean nameChar(char c, boolean dot) {
        return asciiLetter(c) || c == '\'' || c == '-' || c >= 128 || dot && c == '.';
    }

    /** {@code [ \t]} */
    static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }

    /** The end of the run of spaces ({@code \s}, or with {@code blanks} {@code [ \t]}) from {@code i}. */
    private static int spacesEnd(char[] text, int i, boolean blanks) {
        int n = text.length;
        while (i < n && (blanks ? blank(text[i]) : space(text[i]))) {
            i++;
        }
        return i;
    }

    /** The end of the word of name characters at {@code i} if it begins upper case, else -1. */
    private static int capitalisedEnd(char[] text, int i) {
        return i < text.length && upper(text[i]) ? nameEnd(text, i + 1, false) : -1;
    }

    /** The end of the run of name characters from {@code i}. */
    private static int nameEnd(char[] text, int i, boolean dot) {
        int n = text.length;
        while (i < n && nameChar(text[i], dot)) {
            i++;
        }
        return i;
    }

    /**
     * "number and street type" ({@code \b\d{1,6}[A-Za-z]?(?:\s+NAME){1,4}\s+TYPE\b}) can match at
     * {@code at}: one to six digits (more cannot be followed by a space), maybe a letter, then one to
     * four words that begin upper-case and end at a space (a name word is all of such a word), and
     * after one of them a street type of {@link StreetAddressRecognizer#US_TYPE_WORDS} that ends a word.
     */
    static boolean numberThenType(char[] text, int at) {
        int n = text.length;
        if (!digit(text[at]) || at > 0 && wordChar(text[at - 1])) {
            return false;
        }
        int i = at + 1;
        while (i < n && digit(text[i])) {
            i++;
        }
        if (i - at > 6) {
            return false;
        }
        if (i < n && asciiLetter(text[i])) {
            i++;
        } else if (i + 1 < n && text[i] == '-' && text[i + 1] >= 'A' && text[i + 1] <= 'Z'
                && (i + 2 == n || !wordChar(text[i + 2]) && text[i + 2] != '-')) {
            i += 2; // "41-C Main Boulevard"
        }
        for (int words = 0; ; words++) {
            if (i == n || !space(text[i])) {
                return false;
            }
            i = spacesEnd(text, i, false);
            if (words > 0 && usTypeAt(text, i)) {
                return true;
            }
            if (words == 4 || i == n || !upper(text[i])) {
                return false;
            }
            i = nameEnd(text, i + 1, true);
        }
    }

    /**
     * A word of {@link StreetAddressRecognizer#US_TYPE_WORDS} at {@code i} (case as written), then no
     * word character: the run of word characters there is one of them (they are all letters), so only
     * those of its length are compared.
     */
    private static boolean usTypeAt(char[] text, int i) {
        int n = text.length;
        if (i == n || text[i] < 'A' || text[i] > 'Z') {
            return false;
        }
        int e = i + 1;
        while (e < n && wordChar(text[e])) {
            e++;
        }
        for (String w : US_TYPES_BY_FIRST.get(text[i])) {
            if (w.length() == e - i && startsWith(text, i, w, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link StreetAddressRecognizer#US_TYPE_WORDS} and {@link StreetAddressRecognizer#LEADING_TYPE_WORDS}
     * by their first character.
     */
    private static final List<List<String>> US_TYPES_BY_FIRST = byFirst(US_TYPE_WORDS);
    private static final List<List<String>> LEADING_TYPES_BY_FIRST = byFirst(LEADING_TYPE_WORDS);

    /** @return for each ASCII character, the words that begin with it */
    private static List<List<String>> byFirst(List<String> words) {
        return java.util.stream.IntStream.range(0, 128).mapToObj(c -> words.stream().filter(w -> w.charAt(0) == c).toList()).toList();
    }

    /**
     * @param byFirst a list's words by first character ({@link #byFirst})
     * @return the words of the list that may stand at {@code at} after {@code \b}: those beginning with its
     *     character, none after a word character (or at a character beyond ASCII: no word begins so)
     */
    private static List<String> wordsBeginningAt(char[] text, int at, List<List<String>> byFirst) {
        char c = text[at];
        return c >= 128 || at > 0 && wordChar(text[at - 1]) ? List.of() : byFirst.get(c);
    }

    /**
     * "street type then number" ({@code \bTYPE(?:\s+...){1,5}?}) can match at {@code at}: no word
     * character before, and one of {@link StreetAddressRecognizer#LEADING_TYPE_WORDS} (case as written)
     * there, then a space.
     */
    static boolean leadingType(char[] text, int at) {
        int n = text.length;
        for (String w : wordsBeginningAt(text, at, LEADING_TYPES_BY_FIRST)) {
            int e = at + w.length();
            if (e < n && space(text[e]) && startsWith(text, at, w, false)) {
                return true;
            }
        }
        return false;
    }

    private static final List<List<String>> UNIT_WORDS_BY_FIRST = byFirst(UNIT_WORDS);

    /**
     * "unit" ({@code \b(?:Apt|...|Rm)\.?\s?#?\d}) can match at {@code at}: no word character before, one
     * of {@link StreetAddressRecognizer#UNIT_WORDS} there, maybe a dot, a space and a #, then a digit.
     */
    static boolean unitThenNumber(char[] text, int at) {
        int n = text.length;
        for (String w : wordsBeginningAt(text, at, UNIT_WORDS_BY_FIRST)) {
            int i = at + w.length();
            if (i < n && startsWith(text, at, w, false)) {
                i += text[i] == '.' ? 1 : 0;
                i += i < n && space(text[i]) ? 1 : 0;
                i += i < n && text[i] == '#' ? 1 : 0;
                if (i < n && digit(text[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "street corner" ({@code (?i:the[ \t]+)?(?i:corner)[ \t]+of[ \t]}) can match at {@code at}: "the"
     * and spaces or tabs maybe, "corner" (ASCII letters in any case), spaces or tabs, "of" and a space
     * or tab.
     */
    static boolean cornerOf(char[] text, int at) {
        int n = text.length;
        int i = at;
        if (i + THE.length() < n && asciiIgnoringCase(text, i, THE) && blank(text[i + THE.length()])) {
            i = spacesEnd(text, i + THE.length(), true);
        }
        if (i + CORNER.length() >= n || !asciiIgnoringCase(text, i, CORNER)) {
            return false;
        }
        int e = i + CORNER.length();
        int o = spacesEnd(text, e, true);
        return o > e && o + 2 < n && text[o] == 'o' && text[o + 1] == 'f' && blank(text[o + 2]);
    }

    /**
     * "postal number, street, house number"
     * ({@code (?<![\w.,-])\d{3,6}[ \t]{1,3}(?:\p{Lu}[\p{L}'.-]{0,30}[ \t]{1,2}){0,2}\p{Lu}[\p{L}'.-]{1,30}[ \t]{1,2}\d})
     * can match at {@code at}: no word character, dot, comma or hyphen before, three to six digits
     * (more cannot be followed by a space), one to three spaces or tabs, then one to three words that
     * begin upper case, each followed by one or two spaces or tabs, and after one of them (of two or
     * more characters) a digit. A word is all of its name characters: the spaces after it cannot be one.
     */
    static boolean postalNumberThenName(char[] text, int at) {
        int n = text.length;
        if (at > 0 && (wordChar(text[at - 1]) || text[at - 1] == '.' || text[at - 1] == ',' || text[at - 1] == '-')) {
            return false;
        }
        int i = at;
        while (i < n && digit(text[i])) {
            i++;
        }
        if (i - at < 3 || i - at > 6 || i == n || !blank(text[i])) {
            return false;
        }
        int e = spacesEnd(text, i, true);
        if (e - i > 3) {
            return false;
        }
        for (int words = 0; words < 3; words++) {
            if (e == n || !upper(text[e])) {
                return false;
            }
            int w = nameEnd(text, e + 1, true);
            if (w == n || !blank(text[w])) {
                return false;
            }
            int d = spacesEnd(text, w, true);
            if (d - w > 2 || d == n) {
                return false;
            }
            if (digit(text[d]) && w - e >= 2) {
                return true;
            }
            e = d;
        }
        return false;
    }

    /**
     * "number, French street type, name" ({@code \b\d{1,5}[A-Za-z]?,?[ \t]+TYPE[ \t]}) can match at
     * {@code at}: one to five digits (more cannot be followed by a space), maybe a letter and a comma,
     * spaces or tabs, then one of {@link #FRENCH_TYPE_WORDS} and a space or tab.
     */
    static boolean numberThenFrenchType(char[] text, int at) {
        int n = text.length;
        int i = at;
        while (i < n && digit(text[i])) {
            i++;
        }
        if (i == at || i - at > 5 || at > 0 && wordChar(text[at - 1])) {
            return false;
        }
        if (i < n && asciiLetter(text[i])) {
            i++;
        }
        if (i < n && text[i] == ',') {
            i++;
        }
        if (i == n || !blank(text[i])) {
            return false;
        }
        i = spacesEnd(text, i, true);
        for (String w : FRENCH_TYPE_WORDS) {
            int e = i + w.length();
            if (e < n && blank(text[e]) && startsWith(text, i, w, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The street types of "number, French street type, name", each as the expression spells it (case
     * as written; {@code Av\.?}, {@code All[ée]e} and {@code R[úu]a} written out), every one followed
     * there by a space or tab.
     */
    static final List<String> FRENCH_TYPE_WORDS = List.of("Rue", "Avenue", "Av.", "Av", "Boulevard", "Bd", "Chemin", "Allée",
            "Allee", "Impasse", "Quai", "Rúa", "Rua", "rue", "avenue", "boulevard", "chemin", "rúa", "rua");

    /**
     * Whether {@code word} stands at {@code i} (the caller checks that it fits); ignoring case, ASCII
     * letters compare in lower case ({@code word} is), a character of the text beyond ASCII passes,
     * and one of the word's beyond ASCII needs one beyond ASCII: ignoring case ({@code (?iu)}) an
     * expression compares characters by their lower case of the upper case, and that of the words'
     * letters beyond ASCII (ä, é, æ, ß, ö, á, ú) is no ASCII character's (whose are ASCII), so they
     * match none. (Comparing them with any, "út" stood for "at" in 1 K places of the 2 MB bench text.)
     */
    private static boolean startsWith(char[] text, int i, String word, boolean ignoreCase) {
        for (int k = 0; k < word.length(); k++) {
            char c = text[i + k];
            char w = word.charAt(k);
            if (c != w && !(ignoreCase && (c >= 128 || c >= 'A' && c <= 'Z' && (char) (c + 32) == w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "street suffix and number" ({@code (?:\p{Lu}[\p{L}'-]{1,30}\s){0,2}\p{Lu}[\p{L}'-]{0,30}SUFFIX\s+\d})
     * can match at {@code at}: one to three words, each upper-case first, one space between them; the
     * first followed by spaces and a digit is the last and ends with one of
     * {@link StreetAddressRecognizer#SUFFIX_WORDS}.
     */
    static boolean suffixThenNumber(char[] text, int at) {
        int n = text.length;
        int i = at;
        for (int words = 0; words < 3; words++) {
            int e = capitalisedEnd(text, i);
            if (e < 0 || e == n || !space(text[e])) {
                return false;
            }
            int d = spacesEnd(text, e, false);
            if (d < n && digit(text[d])) {
                char last = text[e - 1];
                return endsWithOneOf(text, i, e, last < 128 ? SUFFIXES_BY_LAST.get(last) : SUFFIX_WORDS);
            }
            i = e + 1;
        }
        return false;
    }

    /**
     * Where the last word of "street suffix and number" ends if its spaces and number are at {@code digit}:
     * the end of the spaces ({@code \s}) before it, when the name characters there end with one of
     * {@link StreetAddressRecognizer#SUFFIX_WORDS} after at least one more (as {@link #suffixThenNumber}
     * reads the word).
     *
     * @return that end, -1 when no such word ends there
     */
    static int suffixBefore(char[] text, int digit) {
        int e = digit;
        while (e > 0 && space(text[e - 1])) {
            e--;
        }
        int s = e;
        while (s > 0 && e - s <= LONGEST_SUFFIX && nameChar(text[s - 1], false)) {
            s--; // enough of the word to hold a suffix and a character more
        }
        if (e == digit || s == e) {
            return -1;
        }
        char last = text[e - 1];
        return endsWithOneOf(text, s, e, last < 128 ? SUFFIXES_BY_LAST.get(last) : SUFFIX_WORDS) ? e : -1;
    }

    /**
     * For each ASCII character, the {@link StreetAddressRecognizer#SUFFIX_WORDS} a word ending with it
     * may end with, ignoring case as {@link #startsWith} compares: those ending with it in lower case.
     * A word ending beyond ASCII may end with any of them.
     */
    private static final List<List<String>> SUFFIXES_BY_LAST = java.util.stream.IntStream.range(0, 128)
            .mapToObj(c -> SUFFIX_WORDS.stream().filter(w -> w.charAt(w.length() - 1) == (c >= 'A' && c <= 'Z' ? c + 32 : c))
                    .toList()).toList();

    /** The word {@code s..e} ends with one of {@code endings} (ignoring case) after at least one character. */
    private static boolean endsWithOneOf(char[] text, int s, int e, List<String> endings) {
        for (String w : endings) {
            if (e - s > w.length() && startsWith(text, e - w.length(), w, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "street name, type word, number" ({@code (?:\p{Lu}[\p{L}'-]{1,30}[ \t]){1,3}TYPE[ \t]+\d}) can
     * match at {@code at}: one to three words of two or more characters, each upper-case first and
     * followed by one space or tab, and after one of them a word of
     * {@link StreetAddressRecognizer#TYPE_WORDS}, spaces or tabs and a digit.
     */
    static boolean typeWordThenNumber(char[] text, int at) {
        int n = text.length;
        int i = at;
        for (int words = 0; words < 3; words++) {
            int e = capitalisedEnd(text, i);
            if (e - i < 2 || e == n || !blank(text[e])) {
                return false;
            }
            i = e + 1;
            if (typeWordAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of {@link StreetAddressRecognizer#TYPE_WORDS} at {@code i} (ignoring case), then spaces or
     * tabs and a digit.
     */
    private static boolean typeWordAt(char[] text, int i) {
        int n = text.length;
        int e = i;
        while (e < n && e - i <= LONGEST_TYPE_WORD && !blank(text[e])) {
            e++;
        }
        int d = spacesEnd(text, e, true);
        if (d == e || d == n || !digit(text[d])) {
            return false; // a type word is a whole word here: the one before the spaces and the number
        }
        for (String w : TYPE_WORDS) {
            if (w.length() == e - i && startsWith(text, i, w, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the type word of "street name, type word, number" ends if its spaces and number are at
     * {@code digit}: the end of the spaces or tabs before it, when one of
     * {@link StreetAddressRecognizer#TYPE_WORDS} (ignoring case) stands there after a space or tab.
     *
     * @return that end, -1 when no type word ends there
     */
    static int typeWordBefore(char[] text, int digit) {
        int e = digit;
        while (e > 0 && blank(text[e - 1])) {
            e--;
        }
        int s = e;
        while (s > 0 && e - s <= LONGEST_TYPE_WORD && !blank(text[s - 1])) {
            s--; // no type word has a space or tab: the word is all from the one before
        }
        if (e == digit || s == e || e - s > LONGEST_TYPE_WORD || s == 0 || !blank(text[s - 1])) {
            return -1;
        }
        for (String w : TYPE_WORDS_BY_LENGTH.get(e - s)) {
            if (startsWith(text, s, w, true)) {
                return e;
            }
        }
        return -1;
    }

    /**
     * For "street without a type, before its postal code": {@code digit} itself when a house number begins there
     * after a space or tab (one to three digits, a small letter maybe), and a comma, or a line's end, then a postal
     * code of four or five digits (two capitals maybe after four) and a capital after a space or tab follow it; -1
     * otherwise. Looser than the expression (years are not told from codes here), never stricter.
     */
    static int postalCodeAfter(char[] text, int digit) {
        int n = text.length;
        if (digit == 0 || !blank(text[digit - 1])) {
            return -1;
        }
        int q = digitsEnd(text, digit, 3);
        if (q - digit > 3 || q == n) {
            return -1;
        }
        if (text[q] >= 'a' && text[q] <= 'z') {
            q++;
        }
        if (q < n && text[q] == ',') {
            q++;
            if (q < n && blank(text[q])) {
                q++;
            }
        } else {
            while (q < n && blank(text[q])) {
                q++;
            }
            if (q == n || text[q] != '\n') {
                return -1;
            }
            q++;
            while (q < n && blank(text[q])) {
                q++;
            }
        }
        int code = q;
        q = digitsEnd(text, q, 5);
        if (q - code < 4 || q - code > 5) {
            return -1;
        }
        if (q - code == 4 && q + 2 < n && (text[q] == ' ' ? q + 3 < n && capital(text[q + 1]) && capital(text[q + 2])
                : capital(text[q]) && capital(text[q + 1]))) {
            q += text[q] == ' ' ? 3 : 2; // "1016 GV Amsterdam"
        }
        return townAfter(text, q, digit);
    }

    /**
     * For "street with letters beyond ASCII, before its postal code": {@code digit} itself when a house number begins there
     * after a space or tab (one to four digits, a slash and more digits maybe, a letter maybe), then a comma, a blank maybe,
     * a postal code of three digits, a space and two, or of four or five digits, and a capital after a space or tab; -1
     * otherwise. Looser than the expression (years and round counts are not told from codes here), never stricter.
     */
    static int postalCodeAfterHouse(char[] text, int digit) {
        int n = text.length;
        if (digit == 0 || !blank(text[digit - 1])) {
            return -1;
        }
        int q = digitsEnd(text, digit, 4);
        if (q - digit > 4 || q >= n) {
            return -1;
        }
        if (text[q] == '/') {
            int slash = ++q;
            q = digitsEnd(text, slash, 4);
            if (q == slash || q >= n) {
                return -1;
            }
        }
        if (q < n && (text[q] >= 'a' && text[q] <= 'z' || text[q] >= 'A' && text[q] <= 'Z')) {
            q++;
        }
        if (q >= n || text[q] != ',') {
            return -1;
        }
        q++;
        if (q < n && blank(text[q])) {
            q++;
        }
        int code = q;
        q = digitsEnd(text, q, 5);
        int length = q - code;
        if (length == 3 && q + 3 < n && text[q] == ' ' && digit(text[q + 1]) && digit(text[q + 2])) {
            q += 3; // "591 01 Žďár"
        } else if (length != 4 && length != 5) {
            return -1;
        }
        return townAfter(text, q, digit);
    }

    /** @return where the run of digits at {@code from} ends, read to one past the {@code most} a form allows */
    private static int digitsEnd(char[] text, int from, int most) {
        int q = from;
        while (q < text.length && q - from <= most && digit(text[q])) {
            q++;
        }
        return q;
    }

    /** @return {@code digit} when a space or tab and a capital (a town's) follow {@code q}, -1 otherwise */
    private static int townAfter(char[] text, int q, int digit) {
        return q + 1 < text.length && blank(text[q]) && upper(text[q + 1]) ? digit : -1;
    }

    private static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** {@link StreetAddressRecognizer#TYPE_WORDS} by their length. */
    private static final List<List<String>> TYPE_WORDS_BY_LENGTH = java.util.stream.IntStream.rangeClosed(0, LONGEST_TYPE_WORD)
            .mapToObj(k -> TYPE_WORDS.stream().filter(w -> w.length() == k).toList()).toList();
}
