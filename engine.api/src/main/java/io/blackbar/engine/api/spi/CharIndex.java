package io.blackbar.engine.api.spi;

/**
 * Where each character of a text occurs: the positions of every ASCII character (and of all
 * non-ASCII characters together), each list in ascending order. Two passes over the text build it;
 * {@link PatternScanner} then visits only the positions whose character can begin a match. The engine
 * builds one per request and shares it through {@link IndexedText}, so forty expressions cost one
 * pass over the text instead of forty.
 */
public final class CharIndex {

    /**
     * Twelve buckets per character (each ASCII one, and all non-ASCII ones together): three by what
     * stands before it (not an ASCII word character or nothing, an ASCII digit, an ASCII letter or
     * {@code _}) times four by what stands after it (an ASCII digit, capital, small letter, anything
     * else or nothing). A pattern that can only begin a word skips those after a letter or digit (most
     * of a text's letters), one that cannot follow a digit ({@code (?<!\\d)}) those after a digit (most of
     * a number's digits); one whose second character is a capital or digit ("VIN", "BIC", "AL" for
     * Alabama) skips the capitalised words, one of two digits or more the numbers of one.
     */
    static final int PER_CHARACTER = 12;
    static final int BUCKETS = PER_CHARACTER * (Prefilter.OTHER + 1);
    /** The offset in a character's buckets for what stands before it (times {@link #NEXT_CLASSES}). */
    static final int AFTER_OTHER = 0;
    static final int AFTER_DIGIT = 1;
    static final int AFTER_LETTER = 2;
    /** The offset in a character's buckets for what stands after it. */
    static final int NEXT_OTHER = 0;
    static final int NEXT_DIGIT = 1;
    static final int NEXT_UPPER = 2;
    static final int NEXT_LOWER = 3;
    static final int NEXT_CLASSES = 4;

    /**
     * Positions grouped by bucket, ascending within a bucket, each with the characters before and after
     * it in its upper half ({@link #position}, {@link #around(long)}): the prefilter's first checks read this
     * array in order instead of jumping about the text (a cache miss per position on a long text), and the
     * index is built with one scattered write per character (two arrays side by side cost two, the larger
     * part of the build).
     */
    final long[] entries;
    /** Where each bucket begins in {@link #entries}; {@code BUCKETS + 1} entries. */
    final int[] bucketStart;
    /** The length of the text indexed. */
    final int length;
    /** The text indexed, as an array, read directly by the prefilter (bounded work per position, so no deadline checks). */
    final char[] chars;

    /**
     * Sets of positions already asked for, by bucket list and distance, shared by the request's recognizers (the same
     * few sets recur: a dot, an {@code @}, digits); read and filled under the index's lock, so an index may be
     * shared between threads (a plain map: a 1 KB request asks about a hundred sets, and the concurrent
     * map's per-entry locking and resizing from 64 cost more than the answers).
     */
    private final java.util.Map<NearChars, long[]> near = new java.util.HashMap<>(256);

    /** Occurrences of string sets already asked for, as {@link #near}. */
    private final java.util.Map<NearStrings, long[]> nearStrings = new java.util.HashMap<>(256);

    /**
     * What {@link #near(NearChars)} is asked, compared by content: a pattern makes its own once, with its hash
     * (a short text asks once per pattern, and hashing a list of buckets each time cost more than the answer).
     */
    static final class NearChars {
        /** The buckets, as {@link #bucketSet} gives them. */
        final long[] set;
        final int within;
        private final int hash;

        NearChars(long[] set, int within) {
            this.set = set;
            this.within = within;
            this.hash = java.util.Arrays.hashCode(set) * 31 + within;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof NearChars b && hash == b.hash && within == b.within
                    && java.util.Arrays.equals(set, b.set);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * What {@link #nearAny(NearStrings)} is asked, as {@link NearChars}; with each string's pairs of
     * characters as {@link Pairs} codes them, the likely rarest first (from a pair with a digit, a sign
     * or an uncommon letter): in a short text most strings have a pair it lacks, found at the first look.
     */
    static final class NearStrings {
        final java.util.List<String> strings;
        final boolean ignoreCase;
        final int within;
        private final int hash;
        /** Per string, its pairs' codes and, beside them, their offsets in the string. */
        final int[][] pairCodes;
        final int[][] pairOffsets;
        /**
         * The strings' indexes grouped by the pair each is asked first (a list of variants, " licen" and
         * "\tlicen", shares it): a group whose pair is not in the text is passed over at one look.
         */
        final int[] byFirstPair;

        NearStrings(java.util.List<String> strings, boolean ignoreCase, int within) {
            this.strings = java.util.List.copyOf(strings);
            this.ignoreCase = ignoreCase;
            this.within = within;
            this.hash = (this.strings.hashCode() * 31 + within) * 2 + (ignoreCase ? 1 : 0);
            pairCodes = new int[this.strings.size()][];
            pairOffsets = new int[this.strings.size()][];
            for (int i = 0; i < pairCodes.length; i++) {
                String v = this.strings.get(i);
                Integer[] offsets = new Integer[Math.max(0, v.length() - 1)];
                for (int j = 0; j < offsets.length; j++) {
                    offsets[j] = j;
                }
                java.util.Arrays.sort(offsets, java.util.Comparator.comparingDouble(
                        (Integer j) -> Prefilter.commonness(v.charAt(j)) * Prefilter.commonness(v.charAt(j + 1)))
                        .thenComparing(j -> j));
                pairOffsets[i] = java.util.Arrays.stream(offsets).mapToInt(Integer::intValue).toArray();
                pairCodes[i] = java.util.Arrays.stream(offsets).mapToInt(j -> Pairs.code(v.charAt(j), v.charAt(j + 1))).toArray();
            }
            byFirstPair = java.util.stream.IntStream.range(0, pairCodes.length).boxed()
                    .sorted(java.util.Comparator.comparingInt(i -> pairCodes[i][0])).mapToInt(Integer::intValue).toArray();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof NearStrings k && hash == k.hash && within == k.within
                    && ignoreCase == k.ignoreCase && strings.equals(k.strings);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** How many times each character ({@link Prefilter#OTHER} for all non-ASCII ones) is in the text. */
    private final int[] charCount = new int[Prefilter.OTHER + 1];
    /** The characters in the text as bits, like {@link #charSet}. */
    private final long[] present = new long[3];

    private CharIndex(long[] entries, int[] bucketStart, char[] chars) {
        this.chars = chars;
        this.entries = entries;
        this.bucketStart = bucketStart;
        this.length = chars.length;
        for (int b = 0; b < BUCKETS; b++) {
            if (bucketStart[b + 1] > bucketStart[b]) {
                occupied[b >>> 6] |= 1L << b;
            }
        }
        for (int c = 0; c <= Prefilter.OTHER; c++) {
            charCount[c] = bucketStart[PER_CHARACTER * (c + 1)] - bucketStart[PER_CHARACTER * c];
            if (charCount[c] > 0) {
                present[c >>> 6] |= 1L << c;
            }
        }
    }

    /**
     * @return a character set as bits: ASCII 0-63 in the first word, 64-127 in the second, and bit 0 of
     *     the third for every non-ASCII character
     */
    static long[] charSet(Prefilter.CharSet set) {
        return new long[] {set.lo, set.hi, set.other ? 1 : 0};
    }

    /**
     * @return how many characters of the text are in a set (see {@link #charSet}), or once that reaches
     *     {@code enough}, a number at least that (a set of letters is common: counting every letter is no use)
     */
    int countChars(long[] set, int enough) {
        int count = 0;
        for (int w = 0; w < 3; w++) {
            for (long word = set[w] & present[w]; word != 0 && count < enough; word &= word - 1) {
                count += charCount[(w << 6) + Long.numberOfTrailingZeros(word)];
            }
        }
        return count;
    }

    /**
     * Indexes a text.
     *
     * @param text the text
     * @return its index
     */
    public static CharIndex of(CharSequence text) {
        String s = text.toString();
        char[] chars = s.toCharArray(); // read as an array: a String's charAt checks its coding each time
        int n = chars.length;
        int[] start = new int[BUCKETS + 1];
        short[] buckets = new short[n]; // each character's bucket, worked out once for both passes
        char before = 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            int b = bucket(c, before, i + 1 < n ? chars[i + 1] : 0);
            buckets[i] = (short) b;
            start[b + 1]++;
            before = c;
        }
        for (int b = 0; b < BUCKETS; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = start.clone();
        long[] entries = new long[n];
        for (int i = 0; i < n; i++) {
            entries[fill[buckets[i]]++] = (long) around(chars, i) << 32 | i;
        }
        return new CharIndex(entries, start, chars);
    }

    /** @return a set of buckets (as from {@link #bucketSet}) as bits: one per bucket */
    static long[] bucketSet(int[] buckets) {
        long[] set = new long[(BUCKETS + 63) / 64];
        for (int b : buckets) {
            set[b >>> 6] |= 1L << b;
        }
        return set;
    }

    /** The buckets with at least one position, as bits: a short text leaves most empty. */
    private final long[] occupied = new long[(BUCKETS + 63) / 64];

    /**
     * @return the buckets of {@code set} (see {@link #bucketSet}) that hold positions, in ascending
     *     order: what a pattern visits, without walking past the empty ones
     */
    int[] occupied(long[] set) {
        int count = 0;
        for (int w = 0; w < set.length; w++) {
            count += Long.bitCount(set[w] & occupied[w]);
        }
        int[] buckets = new int[count];
        int k = 0;
        for (int w = 0; w < set.length; w++) {
            for (long word = set[w] & occupied[w]; word != 0; word &= word - 1) {
                buckets[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
            }
        }
        return buckets;
    }

    /** @return how many characters of the text fall in a set of buckets (see {@link #bucketSet}) */
    int count(long[] set) {
        int count = 0;
        for (int w = 0; w < set.length; w++) {
            for (long word = set[w] & occupied[w]; word != 0; word &= word - 1) {
                int b = (w << 6) + Long.numberOfTrailingZeros(word);
                count += bucketStart[b + 1] - bucketStart[b];
            }
        }
        return count;
    }


    /**
     * @return the positions {@code p} with a character of the buckets in {@code [p, p + within]}, as bits
     *     of longs (bit {@code p & 63} of word {@code p >>> 6}); built once per bucket list and distance,
     *     the same few recurring across patterns: for a few characters by marking each one's range, else
     *     in a logarithmic number of passes over the words
     */
    long[] near(int[] buckets, int within) {
        return near(new NearChars(bucketSet(buckets), within));
    }

    /** {@link #near(int[], int)} with a key made once. */
    synchronized long[] near(NearChars key) {
        int within = key.within;
        return near.computeIfAbsent(key, k -> {
            int[] buckets = occupied(key.set); // a short text has few of them
            long[] bits = new long[(length >>> 6) + 1];
            long count = 0;
            for (int b : buckets) {
                count += bucketStart[b + 1] - bucketStart[b];
            }
            int passes = 64 - Long.numberOfLeadingZeros(within);
            if (count * (within / 64 + 2) < (long) bits.length * passes * 2) {
                // few characters: mark each one's range directly
                for (int b : buckets) {
                    for (int i = bucketStart[b]; i < bucketStart[b + 1]; i++) {
                        int p = position(entries[i]);
                        setRange(bits, Math.max(0, p - within), p);
                    }
                }
                return bits;
            }
            for (int b : buckets) {
                for (int i = bucketStart[b]; i < bucketStart[b + 1]; i++) {
                    int p = position(entries[i]);
                    bits[p >>> 6] |= 1L << p;
                }
            }
            // a bit now stands for a window of positions [p, p + covered - 1]; widen it to within + 1
            for (long covered = 1; covered < within + 1L; ) {
                int step = (int) Math.min(covered, within + 1L - covered);
                bits = orShiftedDown(bits, step);
                covered += step;
            }
            return bits;
        });
    }

    /**
     * @return the positions {@code p} where one of the strings begins in {@code [p, p + within]}, as bits
     *     like {@link #near(int[], int)}, or an empty array when none of them is in the text. Each string
     *     is looked for at the positions of its rarest pair of characters ({@link Pairs}), then read.
     */
    long[] nearAny(java.util.List<String> strings, boolean ignoreCase, int within) {
        return nearAny(new NearStrings(strings, ignoreCase, within));
    }

    /** {@link #nearAny(java.util.List, boolean, int)} with a key made once. */
    synchronized long[] nearAny(NearStrings asked) {
        boolean ignoreCase = asked.ignoreCase;
        int within = asked.within;
        return nearStrings.computeIfAbsent(asked, k -> {
            Pairs pairs = pairs();
            long[] bits = new long[(length >>> 6) + 1];
            boolean any = false;
            int[] order = asked.byFirstPair;
            for (int g = 0; g < order.length; g++) {
                int s = order[g];
                int first = asked.pairCodes[s][0];
                if (pairs.absent(first)) {
                    while (g + 1 < order.length && asked.pairCodes[order[g + 1]][0] == first) {
                        g++; // the rest of its group: none of them is in the text either
                    }
                    continue;
                }
                String v = asked.strings.get(s);
                int r = pairs.rarest(asked.pairCodes[s]);
                if (r < 0) {
                    continue; // a pair of it is nowhere in the text
                }
                int j = asked.pairOffsets[s][r];
                int key = pairs.slot(asked.pairCodes[s][r]);
                for (int i = pairs.start[key]; i < pairs.start[key + 1]; i++) {
                    int at = pairs.positions[i] - j;
                    if (at >= 0 && at + v.length() <= length && matches(at, v, ignoreCase)) {
                        setRange(bits, Math.max(0, at - within), at);
                        any = true;
                    }
                }
            }
            return any ? bits : NONE;
        });
    }

    private static final long[] NONE = new long[0];

    private Pairs pairs;

    /** The index of character pairs, built the first time a string is looked for. */
    private synchronized Pairs pairs() {
        if (pairs == null) {
            pairs = new Pairs(chars);
        }
        return pairs;
    }

    /**
     * Where each pair of consecutive characters occurs, a character counted by what it matches ignoring
     * case (an ASCII letter as its lower case, a non-ASCII one that folds to an ASCII letter as that
     * letter, every other non-ASCII one as one code), so the positions of a pair hold every place a
     * string with that pair can match, with or without case; a string is then read at a few hundred
     * positions instead of at every one of its rarest character. 4 bytes per character of text, built
     * on demand in two passes; pairs share a slot in a short text, whose table is as small as the text.
     */
    private static final class Pairs {
        private static final int CODES = Prefilter.OTHER + 1;
        /** Slots for pairs: as many as pairs there can be for a long text, fewer for a short one (shared then). */
        private final int mask;
        final int[] start;
        final int[] positions;
        /** The pairs' codes in the text, exactly (slots are shared in a short text): 2 KB. */
        private final long[] present = new long[(CODES * CODES + 63) / 64];

        Pairs(char[] chars) {
            int n = chars.length;
            int slots = Integer.highestOneBit(Math.max(64, Math.min(n, 1 << 14)) * 2 - 1);
            mask = slots - 1;
            start = new int[slots + 1];
            int[] keys = new int[Math.max(0, n - 1)]; // each pair's slot, worked out once for both passes
            int code = n > 0 ? CODE[chars[0]] & 0xFF : 0;
            for (int i = 0; i + 1 < n; i++) {
                int next = CODE[chars[i + 1]] & 0xFF;
                int pair = code * CODES + next;
                present[pair >>> 6] |= 1L << pair;
                int k = slot(pair);
                keys[i] = k;
                start[k + 1]++;
                code = next;
            }
            for (int k = 0; k < slots; k++) {
                start[k + 1] += start[k];
            }
            int[] fill = java.util.Arrays.copyOf(start, slots);
            positions = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                positions[fill[keys[i]]++] = i;
            }
        }

        /** @return a pair's code: its characters' codes together */
        static int code(char a, char b) {
            return (CODE[a] & 0xFF) * CODES + (CODE[b] & 0xFF);
        }

        /** @return whether a pair (by its code) is not in the text */
        boolean absent(int code) {
            return (present[code >>> 6] & 1L << code) == 0;
        }

        /** @return the slot of a pair's code: mixed, as many bits as there are slots */
        int slot(int code) {
            return (code * 0x9E3779B1 >>> 16) & mask;
        }

        /**
         * @return the index in {@code codes} of the pair fewest times in the text (strings of two or more
         *     characters), or -1 when one of them is not in the text (most strings, in a short text)
         */
        int rarest(int[] codes) {
            int best = 0;
            int fewest = Integer.MAX_VALUE;
            for (int r = 0; r < codes.length; r++) {
                if (absent(codes[r])) {
                    return -1;
                }
                int k = slot(codes[r]);
                int count = start[k + 1] - start[k];
                if (count < fewest) {
                    fewest = count;
                    best = r;
                }
            }
            return best;
        }
    }

    /** Whether the text at {@code at} reads {@code v} (lower case when ignoring case). */
    private boolean matches(int at, String v, boolean ignoreCase) {
        for (int j = 0; j < v.length(); j++) {
            if (!same(chars[at + j], v.charAt(j), ignoreCase)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether text character {@code t} may stand for {@code v}: equal, or ignoring case the same letter as
     * {@link String#regionMatches(boolean, int, String, int, int)} compares them (which is looser than
     * {@link java.util.regex.Pattern}'s folding, so never misses what an expression matches).
     */
    private static boolean same(char t, char v, boolean ignoreCase) {
        if (t == v) {
            return true;
        }
        if (!ignoreCase) {
            return false;
        }
        if (v < 128) {
            // ignoring case, strings are lower case: an ASCII one is a letter folded to, or nothing
            return v >= 'a' && v <= 'z' && (t < 128 ? (t | 0x20) == v : ASCII_FOLD[t] == v);
        }
        char ut = Character.toUpperCase(t);
        char uv = Character.toUpperCase(v);
        return ut == uv || Character.toLowerCase(ut) == Character.toLowerCase(uv);
    }

    /**
     * For each non-ASCII character, the lower-case ASCII letter it matches ignoring case (by upper
     * case, lower case, or lower case of its upper case, as {@link String#regionMatches} and
     * {@link java.util.regex.Pattern} compare: the Kelvin sign, the long s, the dotted and dotless i),
     * or 0.
     */
    private static final char[] ASCII_FOLD = new char[Character.MAX_VALUE + 1];
    /** Each character's code in {@link Pairs}. */
    private static final byte[] CODE = new byte[Character.MAX_VALUE + 1];

    static {
        for (char c = 128; c < Character.MAX_VALUE; c++) {
            for (char f : new char[] {Character.toLowerCase(Character.toUpperCase(c)), Character.toLowerCase(c),
                    Character.toUpperCase(c)}) {
                if (f < 128 && Character.isLetter(f)) {
                    ASCII_FOLD[c] = Character.toLowerCase(f);
                }
            }
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int code = c < 128 ? (c >= 'A' && c <= 'Z' ? c | 0x20 : c) : ASCII_FOLD[c] != 0 ? ASCII_FOLD[c] : Prefilter.OTHER;
            CODE[c] = (byte) code;
        }
    }

    /** Sets bits {@code from} to {@code to}, both included. */
    private static void setRange(long[] bits, int from, int to) {
        int first = from >>> 6;
        int last = to >>> 6;
        if (first == last) {
            bits[first] |= (-1L << from) & (-1L >>> (63 - (to & 63)));
            return;
        }
        bits[first] |= -1L << from;
        for (int w = first + 1; w < last; w++) {
            bits[w] = -1L;
        }
        bits[last] |= -1L >>> (63 - (to & 63));
    }

    /** {@code x | x >> s} over bits numbered by position: each bit also takes the one {@code s} above it. */
    private static long[] orShiftedDown(long[] x, int s) {
        long[] r = x.clone();
        int words = s >>> 6;
        int bits = s & 63;
        for (int i = 0; i + words < x.length; i++) {
            long v = x[i + words] >>> bits;
            if (bits != 0 && i + words + 1 < x.length) {
                v |= x[i + words + 1] << (64 - bits);
            }
            r[i] |= v;
        }
        return r;
    }

    /** @return the position of an entry of {@link #entries} */
    static int position(long entry) {
        return (int) entry;
    }

    /** @return the characters before and after the position of an entry of {@link #entries}, as {@link #around(char[], int)} */
    static int around(long entry) {
        return (int) (entry >>> 32);
    }

    /** @return the characters before and after {@code i}: {@code before << 16 | after}, 0 at the ends */
    static int around(char[] s, int i) {
        return (i > 0 ? s[i - 1] << 16 : 0) | (i + 1 < s.length ? s[i + 1] : 0);
    }

    /**
     * @return the bucket of character {@code c} with {@code before} just before it and {@code next} just
     *     after it (0 at either end)
     */
    static int bucket(char c, char before, char next) {
        return bucket(c < 128 ? c : Prefilter.OTHER, before < 128 ? AFTER[before] : AFTER_OTHER,
                next < 128 ? NEXT[next] : NEXT_OTHER);
    }

    /** @return the bucket of a character ({@link Prefilter#OTHER} for the non-ASCII ones) and the classes around it */
    static int bucket(int character, int afterClass, int nextClass) {
        return PER_CHARACTER * character + NEXT_CLASSES * afterClass + nextClass;
    }

    /** For each ASCII character, the class of a character after it ({@code AFTER_}) and before it ({@code NEXT_}). */
    private static final byte[] AFTER = new byte[128];
    private static final byte[] NEXT = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            AFTER[c] = (byte) (c >= '0' && c <= '9' ? AFTER_DIGIT : Prefilter.isAsciiWord(c) ? AFTER_LETTER : AFTER_OTHER);
            NEXT[c] = (byte) (c >= '0' && c <= '9' ? NEXT_DIGIT : c >= 'A' && c <= 'Z' ? NEXT_UPPER
                    : c >= 'a' && c <= 'z' ? NEXT_LOWER : NEXT_OTHER);
        }
    }

    /** @return every bucket of a character ({@link Prefilter#OTHER} for the non-ASCII ones) */
    static int[] buckets(int character) {
        int[] all = new int[PER_CHARACTER];
        for (int k = 0; k < PER_CHARACTER; k++) {
            all[k] = PER_CHARACTER * character + k;
        }
        return all;
    }

    /** @return the character of a bucket ({@link Prefilter#OTHER} for the non-ASCII ones) */
    static int character(int bucket) {
        return bucket / PER_CHARACTER;
    }
}
