package io.blackbar.engine.api.spi;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches {@code Matcher.find()} would find, in the same order, but tries the expression
 * only where a match can begin: at the positions of the characters it can begin with (from the
 * text's {@link CharIndex}), whose next character can follow that one, and whose preceding
 * character passes a leading {@code \b} or {@code (?<!X)}, near which stands a character every
 * match has (the {@code @} of an e-mail address) when that character is rare in the text, and near
 * which begins one of the strings every match has (a keyword) when the expression has such strings.
 * {@code find()} instead tries every position of the text, which made forty expressions forty full
 * passes.
 *
 * <p>How: the admitted positions are tried in ascending order with {@code lookingAt()} on a region
 * starting there (transparent bounds, so lookbehind and {@code \b} still see the text before it;
 * non-anchoring bounds, so {@code ^} does not match there), skipping those inside the previous
 * match, which is what {@code find()} does. The {@link Prefilter} only ever admits too much, never
 * too little; an expression it cannot read is scanned with {@code find()}.
 */
public final class PatternScanner {

    /** Characters of text visited at a time (64 KB of a String in UTF-16). */
    private static final int WINDOW = 1 << 15;

    /** A factor is looked for when its strings are at least this long (shorter ones are too common). */
    private static final int MIN_FACTOR = 3;
    /** ... and when it begins at most this far into a match (the bits marked per occurrence). */
    private static final int MAX_FACTOR_WITHIN = 4096;

    private static int shortest(java.util.List<String> strings) {
        return strings.stream().mapToInt(String::length).min().orElse(0);
    }

    private final Pattern pattern;
    private final Prefilter filter;
    private final int[] buckets;
    /** {@link #buckets} as bits, to pick out the occupied ones of a text. */
    private final long[] bucketSet;
    /** The character sets every match has ({@link Prefilter#required}), as {@link CharIndex#charSet}: counted in the text. */
    private final long[][] requiredChars;
    /** What each of them asks of the index (its buckets and distance), made once. */
    private final CharIndex.NearChars[] requiredNear;
    /** What the {@link Prefilter#factor} asks of the index, made once; null when not worth looking for. */
    private final CharIndex.NearStrings factorNear;
    /**
     * Whether {@code find()} tries the second half of a surrogate pair (null until seen): {@link Pattern}
     * steps over it when the expression has supplementary characters or properties, not otherwise, and
     * says which only through what it finds.
     */
    private volatile Boolean triesLowSurrogates;

    private PatternScanner(Pattern pattern) {
        this.pattern = pattern;
        this.filter = Prefilter.of(pattern);
        this.buckets = buckets(filter.first, filter);
        this.bucketSet = CharIndex.bucketSet(buckets);
        this.requiredChars = filter.required.stream().map(q -> CharIndex.charSet(q.set())).toArray(long[][]::new);
        this.requiredNear = filter.required.stream()
                .map(q -> new CharIndex.NearChars(CharIndex.bucketSet(buckets(q.set(), null)), q.within()))
                .toArray(CharIndex.NearChars[]::new);
        boolean useFactor = filter.factor != null && filter.factorWithin <= MAX_FACTOR_WITHIN && shortest(filter.factor) >= MIN_FACTOR;
        this.factorNear = useFactor ? new CharIndex.NearStrings(filter.factor, filter.factorIgnoreCase, filter.factorWithin) : null;
    }

    /**
     * The {@link CharIndex} buckets of the characters of a set; given a filter, without those after a
     * digit or after a letter where no match can begin there, nor those before a class of character
     * that no match's second character is in.
     */
    private static int[] buckets(Prefilter.CharSet set, Prefilter starts) {
        int[] b = new int[CharIndex.BUCKETS];
        int n = 0;
        for (char c = 0; c <= Prefilter.OTHER; c++) {
            if (!(c < 128 ? set.contains(c) : set.other)) {
                continue;
            }
            for (int after = 0; after < 3; after++) {
                if (starts != null && (after == CharIndex.AFTER_DIGIT && starts.neverAfterDigit(c)
                        || after == CharIndex.AFTER_LETTER && starts.neverAfterLetter(c))) {
                    continue;
                }
                for (int next = 0; next < CharIndex.NEXT_CLASSES; next++) {
                    if (starts == null || starts.mayBeFollowedBy(c, next)) {
                        b[n++] = CharIndex.bucket(c, after, next);
                    }
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
     * @return whether the scanner looks for strings every match has before it tries the expression (a keyword, a
     *     label): what makes a labelled expression cost a few looks instead of one per word (tests ask it of the
     *     expressions that should; a string of one or two letters among them, or an optional word first, loses it)
     */
    boolean looksForStrings() {
        return factorNear != null;
    }

    /**
     * Calls {@code action} once for each match, in order, with a matcher positioned on it. The
     * matcher is only valid during the call: read its groups, do not move it.
     *
     * @param text the text ({@link IndexedText} to share its index)
     * @param action what to do with each match
     */
    public void forEachMatch(CharSequence text, Consumer<Matcher> action) {
        scan(text, action);
    }

    /**
     * @param text a text
     * @return at how many of its positions the expression is tried ({@code lookingAt()}): what it costs there, for the
     *     rules bundles' tests of expressions that were tried at every word; -1 when it is scanned with {@code find()}
     */
    int positionsTried(CharSequence text) {
        Matches run = scan(text, m -> { });
        return filter.everywhere ? -1 : run == null ? 0 : run.looked;
    }

    /** @return the positions tried, null when none could be */
    private Matches scan(CharSequence text, Consumer<Matcher> action) {
        if (filter.everywhere) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                action.accept(m);
            }
            return null;
        }
        CharIndex index = text instanceof IndexedText indexed ? indexed.index() : null;
        if (index == null || index.length != text.length()) {
            index = CharIndex.of(text);
        }
        int n = text.length();
        // the character every match must have near its start whose positions, each widened by its distance,
        // cover the least of the text; not when they would cover about half of it or more (a set of bits
        // nearly all set costs its making and filters nothing: 20% of a text's characters within 200)
        int chosen = -1;
        long least = n / 2;
        for (int q = 0; q < requiredNear.length; q++) {
            int within = requiredNear[q].within;
            long span = within == Prefilter.ANYWHERE ? 0 : within + 1L;
            // exact while it could still be chosen; beyond, only that it is not zero
            int enough = span == 0 ? 1 : (int) Math.min(Integer.MAX_VALUE, least / span + 1);
            int count = index.countChars(requiredChars[q], enough);
            if (count == 0) {
                return null; // a character every match has is not in the text
            }
            if (span > 0 && count * span < least) {
                least = count * span;
                chosen = q;
            }
        }
        // the positions near enough to one of the strings every match has (a keyword), when long enough to be rare
        long[] nearFactor = null;
        if (factorNear != null) {
            nearFactor = index.nearAny(factorNear);
            if (nearFactor.length == 0) {
                return null; // none of them is in the text
            }
        }
        // the positions near enough to one of those characters: asked first, it is one bit
        long[] near = chosen < 0 ? null : index.near(requiredNear[chosen]);
        Matches run = new Matches(this, text, action);
        // when the positions near a keyword (or a rare character) are fewer than the candidates, visit
        // those positions instead: a keyword found 50 times costs 50 looks, not one per word of the text
        long[] sparse = null;
        long fewest = Long.MAX_VALUE;
        for (long[] bits : new long[][] {nearFactor, near}) {
            long set = bits == null ? Long.MAX_VALUE : bitCount(bits);
            if (set < fewest) {
                fewest = set;
                sparse = bits;
            }
        }
        // worth it when fewer than half the candidates (counted only if that can be: there are at most n)
        if (sparse != null && (fewest >= n / 2 || fewest >= index.count(bucketSet) / 2)) {
            sparse = null;
        }
        if (sparse != null) {
            visitBits(index, sparse, nearFactor, near, run);
        } else {
            visitBuckets(index, nearFactor, near, run);
        }
        return run;
    }

    private static long bitCount(long[] bits) {
        long set = 0;
        for (long w : bits) {
            set += Long.bitCount(w);
        }
        return set;
    }

    private static boolean marked(long[] bits, int at) {
        return bits == null || (bits[at >>> 6] >>> at & 1L) != 0;
    }

    /** Tries the positions set in {@code sparse} that are candidates of this pattern. */
    private void visitBits(CharIndex index, long[] sparse, long[] nearFactor, long[] near, Matches run) {
        char[] raw = index.chars;
        for (int w = 0; w < sparse.length; w++) {
            for (long word = sparse[w]; word != 0; word &= word - 1) {
                int at = (w << 6) + Long.numberOfTrailingZeros(word);
                if (at >= index.length) {
                    return;
                }
                run.touch(at);
                char c = raw[at];
                int bucket = CharIndex.bucket(c, at > 0 ? raw[at - 1] : 0, at + 1 < raw.length ? raw[at + 1] : 0);
                if ((bucketSet[bucket >>> 6] >>> bucket & 1L) != 0 && marked(nearFactor, at) && marked(near, at)
                        && filter.admits(raw, at, c, CharIndex.around(raw, at))) {
                    run.tryAt(at);
                }
            }
        }
    }

    /**
     * Tries every position of this pattern's buckets that passes the filters: a window of the text at
     * a time, every bucket's positions in it, so that on a long text the reads stay in the processor's
     * caches (bucket after bucket over the whole text, each read missed).
     */
    private void visitBuckets(CharIndex index, long[] nearFactor, long[] near, Matches run) {
        int n = index.length;
        long[] entries = index.entries;
        char[] raw = index.chars;
        int[] visited = index.occupied(bucketSet);
        int[] cursor = new int[visited.length];
        for (int i = 0; i < visited.length; i++) {
            cursor[i] = index.bucketStart[visited[i]];
        }
        for (int windowEnd = Math.min(n, WINDOW); ; windowEnd = Math.min(n, windowEnd + WINDOW)) {
            for (int i = 0; i < visited.length; i++) {
                int b = visited[i];
                int k = cursor[i];
                for (int to = index.bucketStart[b + 1]; k < to && CharIndex.position(entries[k]) < windowEnd; k++) {
                    long entry = entries[k];
                    int at = CharIndex.position(entry);
                    run.touch(at);
                    if (!marked(nearFactor, at) || !marked(near, at)) {
                        continue; // what every match has is not near enough
                    }
                    int known = CharIndex.character(b);
                    char c = known < Prefilter.OTHER ? (char) known : raw[at];
                    if (filter.admits(raw, at, c, CharIndex.around(entry))) {
                        run.admit(at);
                    }
                }
                cursor[i] = k;
            }
            run.tryAdmitted(); // in order of position: the buckets gave them out of order
            if (windowEnd == n) {
                break;
            }
        }
    }

    /**
     * Tries positions in ascending order and reports each match at once, as {@code find()} would: a
     * position inside the previous match is not tried, since {@code find()} resumes after it.
     */
    private static final class Matches {
        private final PatternScanner scanner;
        private final Pattern pattern;
        /** Made at the first position tried: most patterns try none in a short text. */
        private Matcher m;
        private final CharSequence text;
        private final int n;
        private final Consumer<Matcher> action;
        private int lastEnd;
        private int tried;
        /** Positions at which the expression was tried. */
        private int looked;
        /** Positions admitted in the current window, to be tried in order. */
        private int[] admitted = new int[64];
        private int count;

        Matches(PatternScanner scanner, CharSequence text, Consumer<Matcher> action) {
            this.scanner = scanner;
            this.pattern = scanner.pattern;
            this.text = text;
            this.n = text.length();
            this.action = action;
        }

        /** Every so often, a read through the caller's text, which may enforce a deadline. */
        void touch(int at) {
            if ((++tried & 0xFF) == 0) {
                text.charAt(at);
            }
        }

        /** Tries a position after every one tried so far. */
        void tryAt(int at) {
            if (at < lastEnd) {
                return;
            }
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(at, n);
            looked++;
            if (m.lookingAt()) {
                if (at > lastEnd && Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1))
                        && !triesLowSurrogates(at)) {
                    return; // find() steps over the pair: it would not try here
                }
                action.accept(m);
                lastEnd = m.end();
            }
        }

        /**
         * Whether {@code find()} tries the second half of a pair, learnt once per pattern where a match
         * begins there: no match begins at the first half (else this position would be inside it), so
         * {@code find()} from the first half finds this one exactly when it tries here.
         */
        private boolean triesLowSurrogates(int at) {
            Boolean known = scanner.triesLowSurrogates;
            if (known == null) {
                Matcher f = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                f.region(at - 1, n);
                known = f.find() && f.start() == at;
                scanner.triesLowSurrogates = known;
                m.region(at, n);
                m.lookingAt(); // the caller reads this matcher
            }
            return known;
        }

        void admit(int at) {
            if (count == admitted.length) {
                admitted = Arrays.copyOf(admitted, count * 2);
            }
            admitted[count++] = at;
        }

        void tryAdmitted() {
            Arrays.sort(admitted, 0, count);
            for (int i = 0; i < count; i++) {
                tryAt(admitted[i]);
            }
            count = 0;
        }
    }
}
