package io.blackbar.engine.api.spi;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches {@code Matcher.find()} would find, in the same order, but tries the expression
 * only where a match can begin: at the positions of the characters it can begin with (from the
 * text's {@link CharIndex}), whose next character can follow that one, and whose preceding
 * character passes a leading {@code \b} or {@code (?<!X)}, and near which stands a character every
 * match has (the {@code @} of an e-mail address) when that character is rare in the text.
 * {@code find()} instead tries every position of the text, which made forty expressions forty full
 * passes.
 *
 * <p>How: every admitted position is tried with {@code lookingAt()} on a region starting there
 * (transparent bounds, so lookbehind and {@code \b} still see the text before it; non-anchoring
 * bounds, so {@code ^} does not match there); the matches are then taken in order of their start,
 * skipping one that starts inside the previous, which is what {@code find()} reports. The
 * {@link Prefilter} only ever admits too much, never too little; an expression it cannot read is
 * scanned with {@code find()}.
 */
public final class PatternScanner {

    /** Characters of text visited at a time (64 KB of a String in UTF-16). */
    private static final int WINDOW = 1 << 15;

    private final Pattern pattern;
    private final Prefilter filter;
    private final int[] buckets;
    /** The buckets of each character set every match has ({@link Prefilter#required}). */
    private final int[][] required;

    private PatternScanner(Pattern pattern) {
        this.pattern = pattern;
        this.filter = Prefilter.of(pattern);
        this.buckets = buckets(filter.first, filter);
        this.required = filter.required.stream().map(q -> buckets(q.set(), null)).toArray(int[][]::new);
    }

    /**
     * The {@link CharIndex} buckets of the characters of a set; given a filter, without those after a
     * word character where no match can begin there.
     */
    private static int[] buckets(Prefilter.CharSet set, Prefilter starts) {
        int[] b = new int[CharIndex.BUCKETS];
        int n = 0;
        for (char c = 0; c <= Prefilter.OTHER; c++) {
            if (c < 128 ? set.contains(c) : set.other) {
                b[n++] = 2 * c;
                if (starts == null || !starts.wordStartOnly(c)) {
                    b[n++] = 2 * c + 1;
                }
            }
        }
        return Arrays.copyOf(b, n);
    }

    /**
     * Analyses an expression once; keep the scanner next to the pattern.
     *
     * @param pattern the expression
     * @return its scanner
     */
    public static PatternScanner of(Pattern pattern) {
        return new PatternScanner(pattern);
    }

    /** @return the expression */
    public Pattern pattern() {
        return pattern;
    }

    /**
     * Calls {@code action} once for each match, in order, with a matcher positioned on it. The
     * matcher is only valid during the call: read its groups, do not move it.
     *
     * @param text the text ({@link IndexedText} to share its index)
     * @param action what to do with each match
     */
    public void forEachMatch(CharSequence text, Consumer<Matcher> action) {
        if (filter.everywhere) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                action.accept(m);
            }
            return;
        }
        CharIndex index = text instanceof IndexedText indexed ? indexed.index() : null;
        if (index == null || index.length != text.length()) {
            index = CharIndex.of(text);
        }
        int n = text.length();
        // the rarest character every match must have near its start, if rare enough to be worth a look
        int chosen = -1;
        int rarest = n / 4;
        for (int q = 0; q < required.length; q++) {
            int count = index.count(required[q]);
            if (count == 0) {
                return; // a character every match has is not in the text
            }
            if (count < rarest && filter.required.get(q).within() != Prefilter.ANYWHERE) {
                rarest = count;
                chosen = q;
            }
        }
        // the positions near enough to one of those characters: asked first, it is one bit
        long[] near = chosen < 0 ? null : index.near(required[chosen], filter.required.get(chosen).within());
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        long[] found = new long[16];
        int count = 0;
        int[] positions = index.positions;
        String raw = index.text;
        int tried = 0;
        // a window of the text at a time, every bucket's positions in it, so that on a long text the
        // reads stay in the processor's caches (bucket after bucket over the whole text, each read missed)
        int[] cursor = new int[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            cursor[i] = index.bucketStart[buckets[i]];
        }
        for (int windowEnd = Math.min(n, WINDOW); ; windowEnd = Math.min(n, windowEnd + WINDOW)) {
            for (int i = 0; i < buckets.length; i++) {
                int b = buckets[i];
                int k = cursor[i];
                for (int to = index.bucketStart[b + 1]; k < to && positions[k] < windowEnd; k++) {
                    int at = positions[k];
                    if ((++tried & 0xFF) == 0) {
                        text.charAt(at); // a read through the caller's text, which may enforce a deadline
                    }
                    if (near != null && (near[at >>> 6] >>> at & 1L) == 0) {
                        continue; // the character every match has is not near enough
                    }
                    char c = b < 2 * Prefilter.OTHER ? (char) (b >> 1) : raw.charAt(at);
                    if (!filter.admits(raw, at, c, index.around[k])) {
                        continue;
                    }
                    m.region(at, n);
                    if (m.lookingAt()) {
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = (long) m.start() << 32 | m.end();
                    }
                }
                cursor[i] = k;
            }
            if (windowEnd == n) {
                break;
            }
        }
        Arrays.sort(found, 0, count);
        int lastEnd = 0;
        for (int k = 0; k < count; k++) {
            int start = (int) (found[k] >>> 32);
            if (start < lastEnd) {
                continue; // find() resumes after the previous match: it never tries here
            }
            m.region(start, n);
            m.lookingAt();
            action.accept(m);
            lastEnd = (int) found[k];
        }
    }
}
