package io.blackbar.engine.api.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Numbers read out digit by digit, as a call's transcript writes them: "four five three two, zero one five one",
 * "oh seven seven double oh nine", "forty-five thirty-two", "it's 4532, uh, zero one five one". A card number, a
 * social security number or a phone number given over the phone leaves no digit in the text, so no pattern of
 * digits finds it.
 *
 * <p>A run is a sequence of number words and digit groups (of at most four digits) separated only by spaces, line
 * breaks, commas, full stops, hyphens or dashes, and the fillers "uh", "um", "er", "erm"; it holds at least two number
 * words (a run of digit groups alone is the digit patterns' business, and a number written in digits before a
 * sentence's "One" is no run). The words: "zero", "oh", "o", "nought", "naught",
 * "one" to "nine"; "ten" to "nineteen" (two digits); "twenty" to "ninety", alone ("20") or before a unit ("forty-five",
 * "45"); "double" and "triple" before a unit. Any other word ends a run.
 *
 * <p>The words that may begin a run are taken from the text's {@link CharIndex} when it has one (the positions of
 * their first letters at a word's start), else from one pass over the text; each is classified by its first letter
 * and length, without a copy. The runs of a text are kept for the next recognizer that asks (per thread, the text
 * weakly held).
 *
 * @since 1.5
 */
@ProviderType
public final class SpokenDigits {

    /** A run of spoken digits. */
    public static final class Run {
        private final int start;
        private final String digits;
        private final int[] ends;

        Run(int start, String digits, int[] ends) {
            this.start = start;
            this.digits = digits;
            this.ends = ends;
        }

        /** @return where its first word begins */
        public int start() {
            return start;
        }

        /** @return where its last word ends */
        public int end() {
            return ends[ends.length - 1];
        }

        /** @return the digits it reads as */
        public String digits() {
            return digits;
        }

        /**
         * @param count a number of digits, 1 to {@code digits().length()}
         * @return where the word that gives the run's first {@code count} digits ends: a run's first part ("... zero
         *     three six six" of a card, then its expiry "oh four two six")
         */
        public int endOf(int count) {
            return ends[count - 1];
        }
    }

    private SpokenDigits() {
    }

    private static final int NONE = -1;
    private static final int DOUBLE = 100;
    private static final int TRIPLE = 101;
    private static final int FILLER = 102;
    /** Codes of the tens: 20 to 90 plus this, so that a unit after them joins them. */
    private static final int TENS = 1000;

    private static final String[] WORDS = {"zero", "oh", "o", "nought", "naught", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "double",
        "triple", "uh", "um", "er", "erm"};
    private static final int[] CODES = {0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
        TENS + 20, TENS + 30, TENS + 40, TENS + 50, TENS + 60, TENS + 70, TENS + 80, TENS + 90, DOUBLE, TRIPLE, FILLER,
        FILLER, FILLER, FILLER};
    /** The longest number word's length: a longer word is none. */
    private static final int LONGEST = 9;
    /** Per lower-case first letter, the indexes of {@link #WORDS} that begin with it. */
    private static final int[][] BY_FIRST = new int[26][];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            List<Integer> k = new ArrayList<>();
            for (int w = 0; w < WORDS.length; w++) {
                if (WORDS[w].charAt(0) == c) {
                    k.add(w);
                }
            }
            BY_FIRST[c - 'a'] = k.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Separators a run may hold between two of its words, at most this many in a row. */
    private static final int MAX_GAP = 6;

    /**
     * @param text the text
     * @param minDigits the fewest digits a run must read as to be returned
     * @return the runs, in order
     */
    public static List<Run> find(CharSequence text, int minDigits) {
        List<Run> all;
        if (minDigits < CACHED_MIN || !(text instanceof IndexedText || text instanceof String)) {
            all = scan(text, Math.min(minDigits, CACHED_MIN)); // a text that may change under the same object: read anew
        } else {
            // several recognizers ask of the same text (a card's, a phone's, a code's): read once per text and thread;
            // the runs go with the text (a weak key: no number read out outlives the request's text)
            java.util.Map<CharSequence, List<Run>> last = LAST.get();
            List<Run> known = last.get(text);
            if (known != null) {
                all = known;
            } else {
                all = scan(text, CACHED_MIN);
                last.clear();
                last.put(text, all);
            }
        }
        if (minDigits <= CACHED_MIN) {
            return all;
        }
        List<Run> runs = new ArrayList<>();
        for (Run r : all) {
            if (r.digits.length() >= minDigits) {
                runs.add(r);
            }
        }
        return runs;
    }

    /** The fewest digits of the runs kept per text. */
    private static final int CACHED_MIN = 3;
    /**
     * The last text read on this thread and its runs. The engine's texts compare by identity; a String (a test's)
     * by content, which gives the same runs.
     */
    private static final ThreadLocal<java.util.Map<CharSequence, List<Run>>> LAST =
            ThreadLocal.withInitial(java.util.WeakHashMap::new);
    /** The letters a number word begins with ("uh", "um", "er" only inside a run). */
    private static final boolean[] STARTS = new boolean[128];

    /** The {@link CharIndex} buckets of those letters at a word's start, before a letter; and of "o" alone. */
    private static final int[] WORD_START_BUCKETS;

    static {
        List<Integer> buckets = new ArrayList<>();
        for (char c : "zontfsed".toCharArray()) {
            for (char k : new char[] {c, Character.toUpperCase(c)}) {
                STARTS[k] = true;
                buckets.add(CharIndex.bucket(k, CharIndex.AFTER_OTHER, CharIndex.NEXT_LOWER));
                buckets.add(CharIndex.bucket(k, CharIndex.AFTER_OTHER, CharIndex.NEXT_UPPER));
                if (c == 'o') {
                    buckets.add(CharIndex.bucket(k, CharIndex.AFTER_OTHER, CharIndex.NEXT_OTHER));
                }
            }
        }
        WORD_START_BUCKETS = buckets.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * One pass over the text's characters: each word that can begin a number word is looked up; where one is a
     * number word, the digit groups just before it and the words after it are read as a run.
     */
    private static List<Run> scan(CharSequence text, int minDigits) {
        int n = text.length();
        CharIndex index = text instanceof IndexedText indexed ? indexed.index() : null;
        if (index != null && index.length != n) {
            index = null; // an index of another text: read this one's characters
        }
        char[] c = index != null ? index.chars : text.toString().toCharArray();
        List<Run> runs = new ArrayList<>();
        Reader reader = new Reader(c, n, minDigits, runs);
        if (index != null) {
            // the words that begin with a number word's letter, from the index's buckets (the positions of a letter
            // after no letter, before a letter, or "o" alone): a pass over the text's every character cost more than
            // all the rest
            int[] found = new int[16];
            int count = 0;
            for (int bucket : WORD_START_BUCKETS) {
                for (int k = index.bucketStart[bucket], to = index.bucketStart[bucket + 1]; k < to; k++) {
                    int at = CharIndex.position(index.entries[k]);
                    if (at > 0 && isLetter(c[at - 1])) {
                        continue; // a letter beyond ASCII before it
                    }
                    int code = classify(c, at, wordEnd(c, at, n));
                    if (code != NONE && code != FILLER) {
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = at;
                    }
                }
            }
            Arrays.sort(found, 0, count);
            int readTo = 0;
            for (int k = 0; k < count; k++) {
                if (found[k] >= readTo) {
                    // on at least past the word: a run read from the groups before it reads through it
                    readTo = Math.max(found[k] + 1, reader.read(backUp(c, found[k])));
                }
            }
            return runs;
        }
        int i = 0;
        while (i < n) {
            char ch = c[i];
            if (ch >= 128 || !STARTS[ch] || i > 0 && (isLetter(c[i - 1]) || isDigit(c[i - 1]))) { // "123456one": no run
                i++;
                continue;
            }
            int end = wordEnd(c, i, n);
            int code = classify(c, i, end);
            if (code == NONE || code == FILLER) {
                i = end;
                continue;
            }
            i = Math.max(end, reader.read(backUp(c, i)));
        }
        return runs;
    }

    /**
     * @return where the digit groups (of at most four digits) just before a number word begin, past separators and
     *     fillers ("4532, uh, zero one five one"), or the word itself
     */
    private static int backUp(char[] c, int word) {
        int from = word;
        int k = word;
        while (k > 0 && word - k < 48) {
            int sep = k;
            while (sep > 0 && isSeparator(c[sep - 1]) && k - sep < MAX_GAP) {
                sep--;
            }
            if (sep == k || sep == 0) {
                break; // tokens stand apart
            }
            if (isLetter(c[sep - 1])) {
                int w = sep - 1;
                while (w > 0 && isLetter(c[w - 1])) {
                    w--;
                }
                if (classify(c, w, sep) != FILLER) {
                    break;
                }
                k = w; // "uh": read on before it
                continue;
            }
            int group = sep;
            while (group > 0 && isDigit(c[group - 1]) && sep - group <= 4) {
                group--;
            }
            if (group == sep || sep - group > 4 || group > 0 && (isLetter(c[group - 1]) || isDigit(c[group - 1]))) {
                break;
            }
            from = group;
            k = group;
        }
        return from;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Reads one run from a position, the state of {@link #scan} between its words. */
    private static final class Reader {
        private final char[] c;
        private final int n;
        private final int minDigits;
        private final List<Run> runs;
        private final StringBuilder digits = new StringBuilder();
        private final Ends ends = new Ends();

        Reader(char[] c, int n, int minDigits, List<Run> runs) {
            this.c = c;
            this.n = n;
            this.minDigits = minDigits;
            this.runs = runs;
        }

        /** @return where the run read from {@code i} ended: the first position after it not yet looked at */
        int read(int i) {
            int runStart = -1;
            int runEnd = -1;
            int words = 0; // number words read: one after a number written in digits is a sentence's "One" as often
            int pendingRepeat = 0; // 2 after "double", 3 after "triple"
            int pendingTens = -1; // the tens just read ("forty"), which a unit may complete
            int gap = 0;
            while (i < n) {
                char ch = c[i];
                int end;
                int code;
                if (isLetter(ch)) {
                    end = wordEnd(c, i, n); // read whole: the loop never stops inside a word
                    code = classify(c, i, end);
                    if (code == NONE || code == FILLER && (runStart < 0 || ++gap > MAX_GAP + 4)) {
                        break;
                    }
                    if (code == FILLER) {
                        i = end;
                        continue;
                    }
                } else if (ch >= '0' && ch <= '9') {
                    end = i;
                    while (end < n && c[end] >= '0' && c[end] <= '9') {
                        end++;
                    }
                    boolean glued = end < n && isLetter(c[end]) || i > 0 && isLetter(c[i - 1]);
                    if (end - i > 4 || glued || pendingRepeat != 0) {
                        break;
                    }
                    if (pendingTens >= 0) {
                        put(digits, ends, pendingTens, runEnd);
                        pendingTens = -1;
                    }
                    if (runStart < 0) {
                        runStart = i;
                    }
                    for (int k = i; k < end; k++) {
                        put(digits, ends, c[k] - '0', end);
                    }
                    runEnd = end;
                    gap = 0;
                    i = end;
                    continue;
                } else {
                    if (runStart >= 0 && isSeparator(ch) && ++gap <= MAX_GAP) {
                        i++;
                        continue;
                    }
                    break;
                }
                // a number word
                if (runStart < 0) {
                    runStart = i;
                }
                gap = 0;
                words++;
                if (code == DOUBLE || code == TRIPLE) {
                    if (pendingTens >= 0) {
                        put(digits, ends, pendingTens, runEnd);
                        pendingTens = -1;
                    }
                    pendingRepeat = code == DOUBLE ? 2 : 3;
                    i = end; // a run does not end with "double": runEnd stays
                    continue;
                }
                if (code >= TENS) {
                    if (pendingTens >= 0) {
                        put(digits, ends, pendingTens, runEnd);
                    }
                    pendingTens = code - TENS;
                    pendingRepeat = 0;
                    runEnd = end;
                    i = end;
                    continue;
                }
                if (pendingTens >= 0) {
                    if (code >= 1 && code <= 9) {
                        put(digits, ends, pendingTens + code, end); // "forty-five"
                        pendingTens = -1;
                        runEnd = end;
                        i = end;
                        continue;
                    }
                    put(digits, ends, pendingTens, runEnd);
                    pendingTens = -1;
                }
                int times = pendingRepeat == 0 ? 1 : pendingRepeat;
                pendingRepeat = 0;
                for (int t = 0; t < times; t++) {
                    put(digits, ends, code, end); // a unit, or a teen's two digits
                }
                runEnd = end;
                i = end;
            }
            close(runs, digits, ends, runStart, runEnd, words, minDigits, pendingTens);
            // past the word that ended the run (not a number word), or one character on: never where it began
            return Math.max(i, runStart < 0 ? i + 1 : runEnd);
        }
    }

    /** Ends the current run, keeping it when long enough and of two number words; @return -1. */
    private static int close(List<Run> runs, StringBuilder digits, Ends ends, int runStart, int runEnd, int words,
            int minDigits, int pendingTens) {
        if (runStart >= 0) {
            if (pendingTens >= 0) {
                put(digits, ends, pendingTens, runEnd);
            }
            if (words >= 2 && digits.length() >= minDigits && runEnd > runStart) {
                runs.add(new Run(runStart, digits.toString(), Arrays.copyOf(ends.at, ends.count)));
            }
        }
        digits.setLength(0);
        ends.count = 0;
        return -1;
    }

    /** Where each digit's word ends, in the order of the digits. */
    private static final class Ends {
        int[] at = new int[32];
        int count;
    }

    /** Appends a unit's or a number's digits, each ending where the word that said it does. */
    private static void put(StringBuilder digits, Ends ends, int value, int end) {
        int before = digits.length();
        digits.append(value);
        for (int k = before; k < digits.length(); k++) {
            if (ends.count == ends.at.length) {
                ends.at = Arrays.copyOf(ends.at, ends.count * 2);
            }
            ends.at[ends.count++] = end;
        }
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == ',' || c == '.' || c == '-' || c == '\n' || c == '\r' || c == '\t' || c == '\u2013'
                || c == '\u2014' || c == '\u2026';
    }

    private static int wordEnd(char[] c, int i, int n) {
        int end = i + 1;
        while (end < n && isLetter(c[end])) {
            end++;
        }
        return end;
    }

    /** @return the word's code, or {@link #NONE} */
    private static int classify(char[] c, int start, int end) {
        int len = end - start;
        char first = (char) (c[start] | 0x20);
        if (len > LONGEST || first < 'a' || first > 'z' || c[start] >= 128) {
            return NONE;
        }
        for (int w : BY_FIRST[first - 'a']) {
            String word = WORDS[w];
            if (word.length() == len && same(c, start, word)) {
                return CODES[w];
            }
        }
        return NONE;
    }

    private static boolean same(char[] c, int start, String word) {
        for (int k = 1; k < word.length(); k++) {
            char ch = c[start + k];
            if (ch >= 128 || (ch | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether one of {@code words} (lower case) stands in the {@code within} characters before {@code start}, as
     * whole words: the question a run answers ("what's the card number?", "and your social?").
     *
     * @param text the text
     * @param start where the run begins
     * @param within how far back to look
     * @param words the words, in lower case
     * @return the first of them found, or null
     */
    public static String saidBefore(CharSequence text, int start, int within, String... words) {
        int from = Math.max(0, start - within);
        String window = text.subSequence(from, start).toString().toLowerCase(Locale.ROOT);
        for (String w : words) {
            for (int at = window.indexOf(w); at >= 0; at = window.indexOf(w, at + 1)) {
                boolean before = at == 0 ? from == 0 || !isLetter(text.charAt(from - 1)) : !isLetter(window.charAt(at - 1));
                int after = at + w.length();
                if (before && (after >= window.length() || !isLetter(window.charAt(after)))) {
                    return w;
                }
            }
        }
        return null;
    }
}
