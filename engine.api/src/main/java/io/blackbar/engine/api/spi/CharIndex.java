package io.blackbar.engine.api.spi;

/**
 * Where each character of a text occurs: the positions of every ASCII character (and of all
 * non-ASCII characters together), each list in ascending order. Two passes over the text build it;
 * {@link PatternScanner} then visits only the positions whose character can begin a match. The engine
 * builds one per request and shares it through {@link IndexedText}, so forty expressions cost one
 * pass over the text instead of forty.
 */
public final class CharIndex {

    private static final int BUCKETS = Prefilter.OTHER + 1;

    /** Positions grouped by bucket; ascending within a bucket. */
    final int[] positions;
    /** Where each bucket begins in {@link #positions}; {@code BUCKETS + 1} entries. */
    final int[] bucketStart;
    /** The length of the text indexed. */
    final int length;

    private CharIndex(int[] positions, int[] bucketStart, int length) {
        this.positions = positions;
        this.bucketStart = bucketStart;
        this.length = length;
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
            start[bucket(s.charAt(i)) + 1]++;
        }
        for (int b = 0; b < BUCKETS; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = start.clone();
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            positions[fill[bucket(s.charAt(i))]++] = i;
        }
        return new CharIndex(positions, start, n);
    }

    private static int bucket(char c) {
        return c < 128 ? c : Prefilter.OTHER;
    }
}
