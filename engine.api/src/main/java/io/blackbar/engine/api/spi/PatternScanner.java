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

    private final Pattern pattern;
    private final Prefilter filter;
    private final int[] buckets;

    private PatternScanner(Pattern pattern) {
        this.pattern = pattern;
        this.filter = Prefilter.of(pattern);
        int[] b = new int[Prefilter.OTHER + 1];
        int n = 0;
        for (char c = 0; c < 128; c++) {
            if (filter.first.contains(c)) {
                b[n++] = c;
            }
        }
        if (filter.first.other) {
            b[n++] = Prefilter.OTHER;
        }
        this.buckets = Arrays.copyOf(b, n);
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
        java.util.BitSet rare = null;
        int within = 0;
        int rarest = n / 4;
        for (Prefilter.Required q : filter.required) {
            int count = index.count(q.set());
            if (count < rarest) {
                rarest = count;
                rare = index.marked(q.set());
                within = q.within();
            }
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        long[] found = new long[16];
        int count = 0;
        int[] positions = index.positions;
        String raw = index.text;
        int tried = 0;
        for (int b : buckets) {
            for (int k = index.bucketStart[b], to = index.bucketStart[b + 1]; k < to; k++) {
                int at = positions[k];
                if ((++tried & 0xFF) == 0) {
                    text.charAt(at); // a read through the caller's text, which may enforce a deadline
                }
                char c = b < 128 ? (char) b : raw.charAt(at);
                if (!filter.admits(raw, at, c, index.around[k])) {
                    continue;
                }
                if (rare != null) {
                    int next = rare.nextSetBit(at);
                    if (next < 0 || next > at + within) {
                        continue; // the character every match has is not near enough
                    }
                }
                m.region(at, n);
                if (m.lookingAt()) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = (long) m.start() << 32 | m.end();
                }
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
