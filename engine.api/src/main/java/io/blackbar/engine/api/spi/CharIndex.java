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
     * Two buckets per character (each ASCII one, and all non-ASCII ones together): {@code 2c} for
     * its positions after a character that is not an ASCII word character ({@code [A-Za-z0-9_]}, or at
     * the start), {@code 2c + 1} for those after one. A pattern that can only begin a word skips the
     * second: most of a text's letters.
     */
    static final int BUCKETS = 2 * (Prefilter.OTHER + 1);

    /** Positions grouped by bucket; ascending within a bucket. */
    final int[] positions;
    /**
     * Beside each entry of {@link #positions}: the characters before and after it ({@code before << 16 |
     * after}, 0 at the ends), so the prefilter's first checks read this array in order instead of
     * jumping about the text (a cache miss per position on a long text).
     */
    final int[] around;
    /** Where each bucket begins in {@link #positions}; {@code BUCKETS + 1} entries. */
    final int[] bucketStart;
    /** The length of the text indexed. */
    final int length;
    /** The text indexed, read directly by the prefilter (bounded work per position, so no deadline checks). */
    final String text;

    /**
     * Sets of positions already asked for, by bucket list and distance, shared by the request's recognizers (the same
     * few sets recur: a dot, an {@code @}, digits); concurrent, so an index may be shared between threads.
     */
    private final java.util.Map<Buckets, long[]> near = new java.util.concurrent.ConcurrentHashMap<>();

    /** A bucket list and a distance as a key: by content. */
    private record Buckets(int[] ids, int within) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Buckets b && within == b.within && java.util.Arrays.equals(ids, b.ids);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(ids) * 31 + within;
        }

        @Override
        public String toString() {
            return java.util.Arrays.toString(ids) + " within " + within;
        }
    }

    private CharIndex(int[] positions, int[] around, int[] bucketStart, String text) {
        this.positions = positions;
        this.around = around;
        this.bucketStart = bucketStart;
        this.length = text.length();
        this.text = text;
    }

    /**
     * Indexes a text.
     *
     * @param text the text
     * @return its index
     */
    public static CharIndex of(CharSequence text) {
        String s = text.toString();
        int n = s.length();
        int[] start = new int[BUCKETS + 1];
        for (int i = 0; i < n; i++) {
            start[bucket(s, i) + 1]++;
        }
        for (int b = 0; b < BUCKETS; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = start.clone();
        int[] positions = new int[n];
        int[] around = new int[n];
        for (int i = 0; i < n; i++) {
            int k = fill[bucket(s, i)]++;
            positions[k] = i;
            around[k] = around(s, i);
        }
        return new CharIndex(positions, around, start, s);
    }

    /** @return how many characters of the text fall in the buckets */
    int count(int[] buckets) {
        int count = 0;
        for (int b : buckets) {
            count += bucketStart[b + 1] - bucketStart[b];
        }
        return count;
    }

    /**
     * @return the positions {@code p} with a character of the buckets in {@code [p, p + within]}, as bits
     *     of longs (bit {@code p & 63} of word {@code p >>> 6}); built once per bucket list and distance,
     *     the same few recurring across patterns, in a logarithmic number of passes over the words
     */
    long[] near(int[] buckets, int within) {
        return near.computeIfAbsent(new Buckets(buckets, within), k -> {
            long[] bits = new long[(length >>> 6) + 1];
            for (int b : buckets) {
                for (int i = bucketStart[b]; i < bucketStart[b + 1]; i++) {
                    bits[positions[i] >>> 6] |= 1L << positions[i];
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

    /** @return the characters before and after {@code i} as {@link #around} keeps them */
    static int around(String s, int i) {
        return (i > 0 ? s.charAt(i - 1) << 16 : 0) | (i + 1 < s.length() ? s.charAt(i + 1) : 0);
    }

    private static int bucket(String s, int i) {
        char c = s.charAt(i);
        int after = i > 0 && Prefilter.isAsciiWord(s.charAt(i - 1)) ? 1 : 0;
        return 2 * (c < 128 ? c : Prefilter.OTHER) + after;
    }
}
