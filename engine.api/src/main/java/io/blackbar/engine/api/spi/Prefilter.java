package io.blackbar.engine.api.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What a regular expression's matches can begin with, worked out once from its source: the first
 * characters, the first two characters together, the characters at each of the next offsets up to
 * {@link #K}, the lengths a match can have, what may not stand just before a match (from a leading
 * {@code \b} or {@code (?<!X)}), and characters every match has within a distance of its start.
 * {@link PatternScanner} tries the expression only at positions that pass, instead of at every
 * position as {@code Matcher.find()} does.
 *
 * <p>Every answer is a superset: a construct this analysis does not model makes it assume "any
 * character", and an expression it cannot read at all (or one that can match the empty string) is
 * marked {@link #everywhere}, so the scanner falls back to {@code find()}. A position that can start
 * a match is therefore never skipped. Sets are exact for ASCII (worked out by asking
 * {@link Pattern} itself about each of the 128 characters of a class) and "maybe" for everything
 * else.
 */
final class Prefilter {

    /** The bucket of every non-ASCII character. */
    static final int OTHER = 128;
    /** How many leading characters of a match the analysis follows. */
    static final int K = 16;
    /** The {@code within} of a character every match has at no known distance from its start. */
    static final int ANYWHERE = Integer.MAX_VALUE;
    /** Lengths above this count as unbounded. */
    private static final int LONG = 100_000;
    /** How many required character sets are kept (the most selective). */
    private static final int MAX_REQUIRED = 4;

    /** Character class source (with flags) to its ASCII members: the same classes recur across patterns. */
    private static final Map<String, CharSet> CLASS_CACHE = new ConcurrentHashMap<>();

    /** True when the expression gives no usable filter: scan with {@code find()}. */
    final boolean everywhere;
    /** Characters a match can begin with. */
    final CharSet first;
    /** Characters that can be a whole match on their own. */
    final CharSet single;
    /** For a first character (index {@link #OTHER} for non-ASCII), the characters that can follow it. */
    final CharSet[] pairs;
    /** ASCII characters that may not stand just before a match. */
    final CharSet forbiddenBefore;
    /** A leading {@code \b}: before a word character, no word character may stand. */
    final boolean boundary;
    /** For offsets 0 to {@link #K} - 1: the characters a match longer than the offset can have there. */
    final CharSet[] at;
    /** The lengths a match can have, bit {@code l} for length {@code l < K}, bit {@code K} for longer. */
    final int lengths;

    /** Characters every match has, each within a distance of its start: a few, the most selective. */
    final List<Required> required;

    /**
     * Strings one of which every match has, starting at most {@link #factorWithin} characters from its
     * start (a keyword of an alternation, a literal); null when none is known. Lower case when
     * {@link #factorIgnoreCase}.
     */
    final List<String> factor;
    /** Whether {@link #factor} is matched ignoring case. */
    final boolean factorIgnoreCase;
    /** See {@link #factor}; {@link #ANYWHERE} when unbounded. */
    final int factorWithin;
    /**
     * {@link #at} and {@link #required} as one table, read with one load per character: for each
     * character code ({@link #OTHER} for the non-ASCII ones), bit {@code j} (below {@link #K}) when a
     * match longer than {@code j} can have it at offset {@code j}, bit {@code K + q} when required set
     * {@code q} has it.
     */
    private final int[] codes = new int[OTHER + 1];
    /** Characters a match can end with. */
    final CharSet last;

    /** {@link #pairs}, {@link #single} and {@link #forbiddenBefore} as bits, the same way. */
    private final long[] pairLo = new long[OTHER + 1];
    private final long[] pairHi = new long[OTHER + 1];
    private final boolean[] pairOther = new boolean[OTHER + 1];
    private final long singleLo;
    private final long singleHi;
    private final boolean singleOther;
    private final long forbiddenLo;
    private final long forbiddenHi;
    private final long lastLo;
    private final long lastHi;
    private final boolean lastOther;
    /** A bit for each of {@link #required}, as {@link #codes} has them. */
    private final int allRequired;
    /**
     * Offsets from 2 that every match has a character at (those below the shortest match's length),
     * the least likely to pass first, a few of them: a position failing one is given up at once,
     * where reading the offsets in order ("6 letters, then a digit") passed the common ones first.
     */
    private final int[] mandatory;
    /** How many offsets {@link #mandatory} keeps: the first one or two decide nearly every position. */
    private static final int MANDATORY = 3;

    /**
     * Every match has a character of {@code set} at an offset of at most {@code within} from its start
     * ({@link #ANYWHERE}: somewhere in it).
     */
    record Required(CharSet set, int within) {
        /** A rough size, to keep the most selective. */
        int weight() {
            return Long.bitCount(set.lo) + Long.bitCount(set.hi) + (set.other ? 200 : 0);
        }
    }

    private Prefilter(boolean everywhere, Info info) {
        this.everywhere = everywhere;
        Strings best = info.factor;
        this.factor = best == null ? null : best.values();
        this.factorIgnoreCase = best != null && best.ignoreCase();
        this.factorWithin = best == null ? ANYWHERE : info.factorWithin;
        this.first = info.first;
        this.single = info.single;
        this.last = info.last;
        this.pairs = info.pairs;
        this.forbiddenBefore = info.before;
        this.boundary = info.boundary;
        this.at = info.at;
        this.lengths = info.lengths;
        this.required = info.required;
        for (char c = 0; c <= OTHER; c++) {
            for (int j = 0; j < K; j++) {
                if (at[j] != null && (c < 128 ? at[j].contains(c) : at[j].other)) {
                    codes[c] |= 1 << j;
                }
            }
            for (int q = 0; q < required.size(); q++) {
                CharSet set = required.get(q).set();
                if (c < 128 ? set.contains(c) : set.other) {
                    codes[c] |= 1 << (K + q);
                }
            }
        }
        allRequired = ((1 << required.size()) - 1) << K;
        for (int c = 0; c <= OTHER; c++) {
            if (pairs[c] != null) {
                pairLo[c] = pairs[c].lo;
                pairHi[c] = pairs[c].hi;
                pairOther[c] = pairs[c].other;
            }
        }
        singleLo = single.lo;
        singleHi = single.hi;
        singleOther = single.other;
        forbiddenLo = forbiddenBefore.lo;
        forbiddenHi = forbiddenBefore.hi;
        lastLo = last.lo;
        lastHi = last.hi;
        lastOther = last.other;
        mandatory = mandatory(at, Math.min(K, Integer.numberOfTrailingZeros(lengths)));
    }

    /** @return the offsets from 2 to {@code shortest} - 1, least likely to pass first, at most {@link #MANDATORY} */
    private static int[] mandatory(CharSet[] at, int shortest) {
        List<Integer> offsets = new ArrayList<>();
        for (int j = 2; j < shortest; j++) {
            if (at[j] != null) {
                offsets.add(j);
            }
        }
        offsets.sort(Comparator.comparingDouble((Integer j) -> likelihood(at[j])).thenComparing(j -> j));
        return offsets.stream().limit(MANDATORY).mapToInt(Integer::intValue).toArray();
    }

    /** How often a character of a set stands in text, roughly (see {@link #commonness}): only the order matters. */
    static double likelihood(CharSet set) {
        double p = set.other ? 2 : 0;
        for (char c = 0; c < 128; c++) {
            if (set.contains(c)) {
                p += commonness(c);
            }
        }
        return p;
    }

    /** The letters of English text, most common first. */
    private static final String LETTERS_BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

    /**
     * How often an ASCII character stands in text, roughly: letters by their English frequency, capitals
     * a tenth of that, spaces, digits and the rest. Only the order matters: which offset of a pattern, or
     * which pair of a keyword, to look at first.
     */
    static double commonness(char c) {
        int rank = LETTERS_BY_FREQUENCY.indexOf(Character.toLowerCase(c));
        double f = c == ' ' ? 15 : c >= '0' && c <= '9' ? 0.5 : rank < 0 ? 0.2 : 12.0 / (rank + 1);
        return Character.isUpperCase(c) ? f / 10 : f;
    }

    /** Analyses an expression; never fails (an unreadable one gives {@link #everywhere}). */
    static Prefilter of(Pattern pattern) {
        int flags = pattern.flags();
        if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return new Prefilter(true, Info.any());
        }
        try {
            Parser p = new Parser(pattern.pattern(), flags);
            Info info = p.alternation();
            if (p.pos != p.re.length()) {
                return new Prefilter(true, Info.any()); // an unbalanced ')': not ours to judge
            }
            // Pattern.flags() gives the flags as the expression's inline flags at top level left them, not
            // as given ("[^a](?i)" says CASE_INSENSITIVE): the flags an inline group names are unknown
            // before it, so the expression is read with each of their values and the answers joined
            int unknown = p.named & FOLDING;
            for (int given = unknown; given != 0; given = (given - 1) & unknown) {
                info = info.or(reread(pattern.pattern(), flags & ~unknown | given));
            }
            if (unknown != 0) {
                info = info.or(reread(pattern.pattern(), flags & ~unknown));
            }
            return new Prefilter(info.nullable, info);
        } catch (RuntimeException e) {
            return new Prefilter(true, Info.any());
        }
    }

    /** The flags the analysis reads: those that change what a character or class matches. */
    private static final int FOLDING = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static Info reread(String re, int flags) {
        Parser p = new Parser(re, flags);
        return p.alternation();
    }

    /**
     * Whether a match may begin at {@code at} (whose character is {@code c}, already known to be in
     * {@link #first}).
     */
    boolean admits(String text, int at, char c) {
        char[] chars = text.toCharArray();
        return admits(chars, at, c, CharIndex.around(chars, at));
    }

    /**
     * The same, with the characters before and after {@code at} given ({@code before << 16 | after}),
     * as {@link CharIndex#entries} keeps them. Every set is read from arrays of bits, not through objects: this
     * runs for every candidate position of every pattern.
     */
    boolean admits(char[] text, int at, char c, int around) {
        // kept small enough for the compiler to inline it into the scanner's loop: most positions end here
        if (at > 0) {
            char before = (char) (around >>> 16);
            if (before < 128 && ((before < 64 ? forbiddenLo >>> before : forbiddenHi >>> (before - 64)) & 1L) != 0) {
                return false;
            }
            if (boundary && isAsciiWord(c) && isWord(before)) {
                return false;
            }
        }
        int n = text.length;
        int ci = code(c);
        char second = (char) around;
        if (at + 1 >= n || !has(pairLo[ci], pairHi[ci], pairOther[ci], second)) {
            // no match of two or more characters begins here
            return has(singleLo, singleHi, singleOther, c) && (codes[ci] & allRequired) == allRequired;
        }
        int[] offsets = mandatory;
        for (int k = 0; k < offsets.length; k++) {
            int j = offsets[k];
            if (at + j >= n || (codes[code(text[at + j])] >>> j & 1) == 0) {
                return false; // every match has a character there: no match begins here
            }
        }
        return admitsLonger(text, at, c, ci, second);
    }

    /** The rest of {@link #admits}, for a position whose first characters and {@link #mandatory} offsets pass. */
    private boolean admitsLonger(char[] text, int at, char c, int ci, char second) {
        // which required sets the characters read so far have, gathered on the way
        int seen = (codes[ci] | codes[code(second)]) & allRequired;
        int limit = Math.min(K, text.length - at);
        for (int j = 2; j < K; j++) {
            int bits = j < limit ? codes[code(text[at + j])] : 0;
            if ((bits >>> j & 1) == 0) {
                // no match longer than j begins here: one of length 1 to j still may, if what every match has is there
                return seen == allRequired && (has(singleLo, singleHi, singleOther, c) || shortMatchFits(text, at, j));
            }
            seen |= bits & allRequired;
        }
        return true;
    }

    /** @return a character's index in {@link #codes} */
    private static int code(char c) {
        return c < 128 ? c : OTHER;
    }

    /** Whether a match of a length from 2 to {@code j} can end here: one of its lengths, ending in one of {@link #last}. */
    private boolean shortMatchFits(char[] text, int at, int j) {
        for (int length = 2; length <= j; length++) {
            if ((lengths & 1 << length) != 0 && has(lastLo, lastHi, lastOther, text[at + length - 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(long lo, long hi, boolean other, char c) {
        if (c < 64) {
            return (lo >>> c & 1L) != 0;
        }
        return c < 128 ? (hi >>> (c - 64) & 1L) != 0 : other;
    }

    /** ASCII word characters ({@code [A-Za-z0-9_]}), looked up rather than asked of {@link Character}. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    private static final long ASCII_WORD_LO;
    private static final long ASCII_WORD_HI;

    static {
        CharSet word = new CharSet();
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = c == '_' || Character.isLetterOrDigit(c);
            if (ASCII_WORD[c]) {
                word.add(c);
            }
        }
        ASCII_WORD_LO = word.lo;
        ASCII_WORD_HI = word.hi;
    }

    /**
     * @return whether a match beginning with {@code c} cannot follow an ASCII digit (a leading {@code \b}
     *     before a word character, or a lookbehind that forbids every digit)
     */
    boolean neverAfterDigit(char c) {
        return boundary && isAsciiWord(c) || (forbiddenBefore.lo & DIGITS) == DIGITS;
    }

    /**
     * @return whether a match beginning with {@code c} cannot follow an ASCII letter or {@code _} (a
     *     leading {@code \b} before a word character, or a lookbehind that forbids them all)
     */
    boolean neverAfterLetter(char c) {
        return boundary && isAsciiWord(c) || (forbiddenBefore.lo & ASCII_WORD_LO & ~DIGITS) == (ASCII_WORD_LO & ~DIGITS)
                && (forbiddenBefore.hi & ASCII_WORD_HI) == ASCII_WORD_HI;
    }

    /** The ASCII digits as bits of {@link CharSet#lo}. */
    private static final long DIGITS = 0x3FFL << '0';
    /** The ASCII capitals and small letters as bits of {@link CharSet#hi}. */
    private static final long UPPER = 0x3FFFFFFL << ('A' - 64);
    private static final long LOWER = 0x3FFFFFFL << ('a' - 64);

    /**
     * @param c a character a match can begin with ({@link #OTHER} for the non-ASCII ones)
     * @param nextClass a class of the character after it ({@code CharIndex.NEXT_}: digit, capital,
     *     small letter, or anything else including nothing)
     * @return whether a match can begin with {@code c} followed by a character of that class: one of
     *     one character, or one whose second character can be of that class
     */
    boolean mayBeFollowedBy(char c, int nextClass) {
        int ci = c < 128 ? c : OTHER;
        if (ci < 128 ? single.contains(c) : single.other) {
            return true;
        }
        long lo = pairLo[ci];
        long hi = pairHi[ci];
        return switch (nextClass) {
            case CharIndex.NEXT_DIGIT -> (lo & DIGITS) != 0;
            case CharIndex.NEXT_UPPER -> (hi & UPPER) != 0;
            case CharIndex.NEXT_LOWER -> (hi & LOWER) != 0;
            default -> (lo & ~DIGITS) != 0 || (hi & ~(UPPER | LOWER)) != 0 || pairOther[ci];
        };
    }

    static boolean isAsciiWord(char c) {
        return c < 128 && ASCII_WORD[c];
    }

    /** A word character for {@code \b}: a subset of what {@link Pattern} counts, so never wrongly rejecting. */
    private static boolean isWord(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** A set of characters: exact for ASCII, a yes/maybe for all others together. */
    static final class CharSet {
        long lo;
        long hi;
        boolean other;

        static CharSet all() {
            CharSet s = new CharSet();
            s.lo = -1L;
            s.hi = -1L;
            s.other = true;
            return s;
        }

        boolean contains(char c) {
            if (c < 64) {
                return (lo >>> c & 1L) != 0;
            }
            return c < 128 ? (hi >>> (c - 64) & 1L) != 0 : other;
        }

        void add(char c) {
            if (c < 64) {
                lo |= 1L << c;
            } else if (c < 128) {
                hi |= 1L << (c - 64);
            } else {
                other = true;
            }
        }

        CharSet or(CharSet s) {
            CharSet r = copy();
            r.lo |= s.lo;
            r.hi |= s.hi;
            r.other |= s.other;
            return r;
        }

        CharSet and(CharSet s) {
            CharSet r = new CharSet();
            r.lo = lo & s.lo;
            r.hi = hi & s.hi;
            r.other = other && s.other;
            return r;
        }

        CharSet copy() {
            CharSet r = new CharSet();
            r.lo = lo;
            r.hi = hi;
            r.other = other;
            return r;
        }

        boolean isEmpty() {
            return lo == 0 && hi == 0 && !other;
        }

        boolean sameAs(CharSet s) {
            return lo == s.lo && hi == s.hi && other == s.other;
        }
    }

    /** At most this many strings are followed for a piece: past it, the piece's strings are unknown. */
    private static final int MAX_STRINGS = 256;
    /** Strings longer than this are not followed. */
    private static final int MAX_STRING_LENGTH = 48;

    /** A set of strings, lower case when matched ignoring case. */
    record Strings(List<String> values, boolean ignoreCase) {
        static final Strings EMPTY_STRING = new Strings(List.of(""), false);

        int shortest() {
            int m = Integer.MAX_VALUE;
            for (String v : values) {
                m = Math.min(m, v.length());
            }
            return m;
        }

        private List<String> folded(boolean fold) {
            return fold && !ignoreCase ? values.stream().map(Strings::lower).toList() : values;
        }

        /** Lower case a character at a time, so that the length stays (String.toLowerCase may change it). */
        static String lower(String v) {
            char[] chars = v.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                chars[i] = Character.toLowerCase(chars[i]);
            }
            return new String(chars);
        }

        /** Every string of this followed by every string of {@code next}; null when too many. */
        Strings then(Strings next) {
            if ((long) values.size() * next.values.size() > MAX_STRINGS) {
                return null;
            }
            boolean fold = ignoreCase || next.ignoreCase;
            java.util.Set<String> r = new java.util.LinkedHashSet<>();
            for (String a : folded(fold)) {
                for (String b : next.folded(fold)) {
                    if (a.length() + b.length() > MAX_STRING_LENGTH) {
                        return null;
                    }
                    r.add(a + b);
                }
            }
            return new Strings(List.copyOf(r), fold);
        }

        /** The strings of either; null when too many. */
        Strings or(Strings other) {
            boolean fold = ignoreCase || other.ignoreCase;
            java.util.Set<String> r = new java.util.LinkedHashSet<>(folded(fold));
            r.addAll(other.folded(fold));
            return r.size() > MAX_STRINGS ? null : new Strings(List.copyOf(r), fold);
        }

        /** Which of two factors narrows more: longer shortest string, then fewer strings, then nearer. */
        static boolean better(Strings a, int aWithin, Strings b, int bWithin) {
            if (b == null || bWithin == ANYWHERE) {
                return a != null && aWithin != ANYWHERE;
            }
            if (a == null || aWithin == ANYWHERE) {
                return false;
            }
            int sa = Math.min(a.shortest(), 8);
            int sb = Math.min(b.shortest(), 8);
            if (sa != sb) {
                return sa > sb;
            }
            if (a.values.size() != b.values.size()) {
                return a.values.size() < b.values.size();
            }
            return aWithin < bWithin;
        }
    }

    /** What the analysis knows of a piece of an expression. */
    private static final class Info {
        /** Every string the piece can match (the empty string for lookaround and anchors); null when unknown. */
        Strings exact = Strings.EMPTY_STRING;
        /** See {@link Prefilter#factor}; null when none. */
        Strings factor;
        /** See {@link Prefilter#factorWithin}. */
        int factorWithin = ANYWHERE;

        /** Takes {@code candidate} as the factor when it narrows more than the one kept. */
        void offer(Strings candidate, int within) {
            if (candidate != null && candidate.shortest() > 0 && Strings.better(candidate, within, factor, factorWithin)) {
                factor = candidate;
                factorWithin = within;
            }
        }

        boolean nullable;
        /** Matches only the empty string (anchors, boundaries, lookaround). */
        boolean zeroWidth;
        /** Exactly one character from {@link #single} (a literal, a class, an escape): used for lookbehind. */
        boolean exactOneChar;
        CharSet first = new CharSet();
        CharSet single = new CharSet();
        /** See {@link Prefilter#last}. */
        CharSet last = new CharSet();
        CharSet[] pairs = new CharSet[OTHER + 1];
        /** Condition on the character before a match of this piece. */
        CharSet before = new CharSet();
        boolean boundary;
        /** See {@link Prefilter#at}; null is the empty set. */
        CharSet[] at = new CharSet[K];
        /** See {@link Prefilter#lengths}. */
        int lengths;
        /** The longest match, or -1 when unbounded. */
        int maxLength;
        /** See {@link Prefilter#required}. */
        List<Required> required = List.of();

        static Info empty() {
            Info i = new Info();
            i.nullable = true;
            i.zeroWidth = true;
            i.lengths = 1;
            return i;
        }

        static Info any() {
            Info i = new Info();
            i.exact = null;
            i.nullable = true;
            i.first = CharSet.all();
            i.single = CharSet.all();
            i.last = CharSet.all();
            for (int k = 0; k <= OTHER; k++) {
                i.pairs[k] = CharSet.all();
            }
            for (int j = 0; j < K; j++) {
                i.at[j] = CharSet.all();
            }
            i.lengths = (1 << (K + 1)) - 1;
            i.maxLength = -1;
            return i;
        }

        /**
         * One code point of {@code set}: a non-ASCII member may be a supplementary character, two chars
         * of the text (a surrogate pair, both non-ASCII), so such a set matches one or two chars.
         */
        static Info oneOf(CharSet set) {
            Info i = oneChar(set);
            if (!set.other) {
                return i;
            }
            CharSet surrogate = new CharSet();
            surrogate.other = true;
            Info r = i.or(oneChar(surrogate).then(oneChar(surrogate)));
            r.exactOneChar = true; // one code point: for a lookbehind, its ASCII members are still just before
            return r;
        }

        /** Exactly one char of {@code set}. */
        static Info oneChar(CharSet set) {
            Info i = new Info();
            i.first = set;
            i.single = set;
            i.last = set;
            i.exactOneChar = true;
            i.at[0] = set;
            i.lengths = 1 << 1;
            i.maxLength = 1;
            i.required = List.of(new Required(set, 0));
            i.exact = null;
            if (!set.other && Long.bitCount(set.lo) + Long.bitCount(set.hi) <= 4) {
                List<String> members = new ArrayList<>();
                for (char c = 0; c < 128; c++) {
                    if (set.contains(c)) {
                        members.add(String.valueOf(c));
                    }
                }
                i.exact = new Strings(List.copyOf(members), false);
                i.offer(i.exact, 0);
            }
            return i;
        }

        private static int bounded(long length) {
            return length > LONG ? -1 : (int) length;
        }

        /**
         * The most selective few: small sets first, then near ones. A set required twice (the copies of
         * a repetition) is kept once, at its nearest, so that the few are different sets.
         */
        private static List<Required> fewest(List<Required> req) {
            List<Required> distinct = new ArrayList<>(req.size());
            for (Required q : req) {
                int same = -1;
                for (int i = 0; i < distinct.size() && same < 0; i++) {
                    same = distinct.get(i).set().sameAs(q.set()) ? i : -1;
                }
                if (same < 0) {
                    distinct.add(q);
                } else if (q.within() < distinct.get(same).within()) {
                    distinct.set(same, q);
                }
            }
            if (distinct.size() <= MAX_REQUIRED) {
                return List.copyOf(distinct);
            }
            distinct.sort(Comparator.comparingInt(Required::weight).thenComparingInt(Required::within));
            return List.copyOf(distinct.subList(0, MAX_REQUIRED));
        }

        private static CharSet or(CharSet a, CharSet b) {
            return a == null ? b : b == null ? a : a.or(b);
        }

        /** Adds {@code firsts x seconds} to {@code pairs}. */
        static void cross(CharSet[] pairs, CharSet firsts, CharSet seconds) {
            if (seconds.isEmpty()) {
                return;
            }
            for (int c = 0; c < 128; c++) {
                if (firsts.contains((char) c)) {
                    pairs[c] = pairs[c] == null ? seconds.copy() : pairs[c].or(seconds);
                }
            }
            if (firsts.other) {
                pairs[OTHER] = pairs[OTHER] == null ? seconds.copy() : pairs[OTHER].or(seconds);
            }
        }

        static void union(CharSet[] into, CharSet[] from) {
            for (int k = 0; k <= OTHER; k++) {
                if (from[k] != null) {
                    into[k] = into[k] == null ? from[k].copy() : into[k].or(from[k]);
                }
            }
        }

        /** This piece followed by {@code next}. */
        Info then(Info next) {
            Info r = new Info();
            r.pairs = pairs.clone();
            cross(r.pairs, single, next.first);
            r.last = next.nullable ? next.last.or(last) : next.last.copy();
            if (nullable) {
                union(r.pairs, next.pairs);
            }
            r.first = nullable ? first.or(next.first) : first.copy();
            r.single = new CharSet();
            if (next.nullable) {
                r.single = r.single.or(single);
            }
            if (nullable) {
                r.single = r.single.or(next.single);
            }
            r.nullable = nullable && next.nullable;
            r.zeroWidth = zeroWidth && next.zeroWidth;
            r.at = at.clone();
            for (int la = 0; la < K; la++) {
                if ((lengths & 1 << la) == 0) {
                    continue;
                }
                for (int lb = 0; lb <= K; lb++) {
                    if ((next.lengths & 1 << lb) != 0) {
                        r.lengths |= 1 << Math.min(la + lb, K);
                    }
                }
                for (int j = la; j < K; j++) {
                    r.at[j] = or(r.at[j], next.at[j - la]);
                }
            }
            if ((lengths & 1 << K) != 0) {
                r.lengths |= 1 << K;
            }
            List<Required> req = new ArrayList<>(required);
            next.required.forEach(q -> req.add(new Required(q.set(),
                    maxLength < 0 || q.within() == ANYWHERE ? ANYWHERE : q.within() + maxLength)));
            r.required = fewest(req);
            r.exact = exact == null || next.exact == null ? null : exact.then(next.exact);
            r.offer(factor, factorWithin);
            r.offer(next.factor, maxLength < 0 || next.factorWithin == ANYWHERE ? ANYWHERE : next.factorWithin + maxLength);
            r.offer(r.exact, 0);
            r.maxLength = maxLength < 0 || next.maxLength < 0 ? -1 : bounded(maxLength + next.maxLength);
            // a condition on what precedes the match holds while everything before it is zero-width
            if (zeroWidth) {
                r.before = before.or(next.before);
                r.boundary = boundary || next.boundary;
            } else {
                r.before = before;
                r.boundary = boundary;
            }
            return r;
        }

        /** Either this piece or {@code other}. */
        Info or(Info other) {
            Info r = new Info();
            r.nullable = nullable || other.nullable;
            r.zeroWidth = zeroWidth && other.zeroWidth;
            r.first = first.or(other.first);
            r.single = single.or(other.single);
            r.last = last.or(other.last);
            r.pairs = pairs.clone();
            union(r.pairs, other.pairs);
            // a condition holds for an alternation only where every branch has it
            r.before = before.and(other.before);
            r.boundary = boundary && other.boundary;
            r.lengths = lengths | other.lengths;
            List<Required> req = new ArrayList<>();
            for (Required a : required) {
                for (Required b : other.required) {
                    req.add(new Required(a.set().or(b.set()), Math.max(a.within(), b.within())));
                }
            }
            r.required = fewest(req);
            r.exact = exact == null || other.exact == null ? null : exact.or(other.exact);
            Strings mine = cover();
            Strings theirs = other.cover();
            if (mine != null && theirs != null) {
                r.offer(mine.or(theirs), Math.max(coverWithin(), other.coverWithin()));
            }
            r.offer(r.exact, 0);
            r.maxLength = maxLength < 0 || other.maxLength < 0 ? -1 : Math.max(maxLength, other.maxLength);
            for (int j = 0; j < K; j++) {
                r.at[j] = or(at[j], other.at[j]);
            }
            return r;
        }

        /** Strings one of which every match of this piece has: its factor, or else its exact strings. */
        private Strings cover() {
            if (factor != null && factorWithin != ANYWHERE) {
                return factor;
            }
            return exact != null && exact.shortest() > 0 ? exact : null;
        }

        private int coverWithin() {
            return factor != null && factorWithin != ANYWHERE ? factorWithin : 0;
        }

        /**
         * This piece repeated {@code min} to {@code max} times ({@code max < 0}: unbounded), as that many
         * copies in a row: past {@code K + 1} copies nothing the analysis follows changes.
         */
        Info repeat(int min, int max) {
            Info r = empty();
            for (int i = 0; i < Math.min(min, K + 1); i++) {
                r = r.then(this);
            }
            Info optional = empty().or(this);
            int more = max < 0 ? K + 1 : Math.min(max - min, K + 1);
            for (int i = 0; i < more; i++) {
                r = r.then(optional);
            }
            r.maxLength = maxLength < 0 || max < 0 ? -1 : bounded((long) maxLength * max);
            if (max < 0 || min > K + 1 || max - min > K + 1) {
                // the copies stop short of the longest matches: their strings are beginnings of those
                // matches (still a factor at offset 0), not all of what the piece matches
                r.exact = null;
            }
            return r;
        }
    }

    /** A reader of {@link Pattern} syntax that works out an {@link Info} for each piece. */
    private static final class Parser {
        final String re;
        int pos;
        int flags;
        /** The flags named by an inline flag group {@code (?i)}, on or off. */
        int named;

        Parser(String re, int flags) {
            this.re = re;
            this.flags = flags;
        }

        private boolean more() {
            return pos < re.length();
        }

        private char peek() {
            return re.charAt(pos);
        }

        Info alternation() {
            Info result = sequence();
            while (more() && peek() == '|') {
                pos++;
                result = result.or(sequence());
            }
            return result;
        }

        private Info sequence() {
            Info acc = null;
            while (more() && peek() != '|' && peek() != ')') {
                Info item = quantified(atom());
                acc = acc == null ? item : acc.then(item);
            }
            return acc == null ? Info.empty() : acc;
        }

        private Info quantified(Info atom) {
            if (!more()) {
                return atom;
            }
            char c = peek();
            int min;
            int max;
            if (c == '*') {
                min = 0;
                max = -1;
                pos++;
            } else if (c == '+') {
                min = 1;
                max = -1;
                pos++;
            } else if (c == '?') {
                min = 0;
                max = 1;
                pos++;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                String[] bounds = re.substring(pos + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0].trim());
                max = bounds.length == 1 ? min : bounds[1].isBlank() ? -1 : Integer.parseInt(bounds[1].trim());
                pos = close + 1;
            } else {
                return atom;
            }
            if (more() && (peek() == '?' || peek() == '+')) {
                pos++; // lazy or possessive: the same strings
            }
            return atom.repeat(min, max);
        }

        private Info atom() {
            char c = re.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return oneOf(re.substring(pos, pos = classEnd(pos)));
                case '\\':
                    return escape();
                case '.': {
                    pos++;
                    Info dot = Info.oneOf(CharSet.all());
                    dot.exactOneChar = false; // not a line terminator: "all" is more than it matches
                    return dot;
                }
                case '^':
                case '$':
                    pos++;
                    return Info.empty();
                default:
                    pos++;
                    return literal(c);
            }
        }

        private Info literal(char c) {
            CharSet s = new CharSet();
            s.add(c);
            boolean ignoreCase = (flags & Pattern.CASE_INSENSITIVE) != 0;
            boolean unicodeCase = ignoreCase && (flags & Pattern.UNICODE_CASE) != 0;
            if (ignoreCase) {
                if (c < 128) {
                    s.add(Character.toLowerCase(c));
                    s.add(Character.toUpperCase(c));
                }
                if (unicodeCase) {
                    // e.g. the Kelvin sign matches k and K, the dotted capital I matches i and I: ask Pattern
                    s = asciiMembers(Pattern.quote(String.valueOf(c)), flags & (Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                    s.add(c);
                    s.other = true;
                }
            }
            Info i = Info.oneChar(s); // a literal char of the source is one char of the text
            if (unicodeCase && Character.isSurrogate(c)) {
                return i; // folded as a whole code point (Deseret letters): its chars are not known
            }
            i.exact = new Strings(List.of(String.valueOf(ignoreCase ? Character.toLowerCase(c) : c)),
                    ignoreCase);
            i.factor = i.exact;
            i.factorWithin = 0;
            return i;
        }

        private Info group() {
            int saved = flags;
            pos++;
            Info inner;
            if (re.startsWith("?", pos)) {
                pos++;
                char k = peek();
                if (k == ':' || k == '>') {
                    pos++;
                    inner = alternation();
                } else if (k == '=' || k == '!') {
                    pos++;
                    alternation();
                    inner = Info.empty();
                } else if (k == '<' && (re.startsWith("<=", pos) || re.startsWith("<!", pos))) {
                    boolean negative = re.charAt(pos + 1) == '!';
                    pos += 2;
                    Info behind = alternation();
                    inner = Info.empty();
                    if (negative && behind.exactOneChar) {
                        inner.before = behind.single; // (?<!X): X is not just before
                    }
                } else if (k == '<') {
                    pos = re.indexOf('>', pos) + 1; // named group
                    inner = alternation();
                } else {
                    // inline flags: (?i) for the rest of the enclosing group, (?i:...) for the group
                    int end = pos;
                    while (re.charAt(end) != ')' && re.charAt(end) != ':') {
                        end++;
                    }
                    int updated = applyFlags(re.substring(pos, end), flags);
                    named |= applyFlags(re.substring(pos, end), 0) | ~applyFlags(re.substring(pos, end), -1);
                    pos = end + 1;
                    if (re.charAt(end) == ')') {
                        flags = updated; // stays in force after this group: not restored below
                        return Info.empty();
                    }
                    flags = updated;
                    inner = alternation();
                }
            } else {
                inner = alternation();
            }
            expect(')');
            flags = saved;
            return inner; // (X) is still exactly one character when X is
        }

        private static int applyFlags(String spec, int flags) {
            boolean on = true;
            for (char f : spec.toCharArray()) {
                int bit;
                switch (f) {
                    case '-':
                        on = false;
                        continue;
                    case 'i':
                        bit = Pattern.CASE_INSENSITIVE;
                        break;
                    case 'u':
                        bit = Pattern.UNICODE_CASE;
                        break;
                    case 'U':
                        // on, it turns Unicode case on too, as Pattern does; off, Unicode case is kept (a superset)
                        bit = on ? Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE : Pattern.UNICODE_CHARACTER_CLASS;
                        break;
                    case 's':
                        bit = Pattern.DOTALL;
                        break;
                    case 'm':
                        bit = Pattern.MULTILINE;
                        break;
                    case 'd':
                        bit = Pattern.UNIX_LINES;
                        break;
                    default:
                        throw new IllegalArgumentException("flag not modelled"); // x (comments) and unknowns
                }
                flags = on ? flags | bit : flags & ~bit;
            }
            return flags;
        }

        private void expect(char c) {
            if (!more() || peek() != c) {
                throw new IllegalArgumentException("expected " + c);
            }
            pos++;
        }

        private Info escape() {
            int start = pos;
            char e = re.charAt(pos + 1);
            switch (e) {
                case 'b':
                    pos += 2;
                    Info boundary = Info.empty();
                    boundary.boundary = true;
                    return boundary;
                case 'G':
                    // the end of the previous match for find(), the start of the region for lookingAt()
                    throw new IllegalArgumentException("\\G not modelled");
                case 'B':
                case 'A':
                case 'Z':
                case 'z':
                    pos += 2;
                    return Info.empty();
                case 'Q': {
                    int end = re.indexOf("\\E", pos + 2);
                    String quoted = end < 0 ? re.substring(pos + 2) : re.substring(pos + 2, end);
                    pos = end < 0 ? re.length() : end + 2;
                    if (quoted.isEmpty()) {
                        // a quantifier after it would apply to the piece before: not modelled
                        throw new IllegalArgumentException("empty quote");
                    }
                    Info acc = Info.empty();
                    for (int q = 0; q < quoted.length() - 1; q++) {
                        acc = acc.then(literal(quoted.charAt(q)));
                    }
                    // as Pattern reads it, a quantifier after \\E applies to the last quoted character only
                    return acc.then(quantified(literal(quoted.charAt(quoted.length() - 1))));
                }
                case 'k':
                    pos = re.indexOf('>', pos) + 1;
                    return Info.any(); // a back reference: anything
                case 'R':
                case 'X':
                    pos += 2;
                    return Info.any();
                default:
                    break;
            }
            if (e >= '1' && e <= '9') {
                pos += 2;
                while (more() && Character.isDigit(peek())) {
                    pos++;
                }
                return Info.any();
            }
            pos = escapeEnd(start);
            return oneOf(re.substring(start, pos));
        }

        /** The end of the escape at {@code at} (a backslash). */
        private int escapeEnd(int at) {
            char e = re.charAt(at + 1);
            switch (e) {
                case 'p':
                case 'P':
                case 'N':
                    return re.charAt(at + 2) == '{' ? re.indexOf('}', at) + 1 : at + 3;
                case 'x':
                    return re.charAt(at + 2) == '{' ? re.indexOf('}', at) + 1 : at + 4;
                case 'u':
                    return at + 6;
                case 'c':
                    return at + 3;
                case '0': {
                    int end = at + 2;
                    while (end < re.length() && end < at + 5 && re.charAt(end) >= '0' && re.charAt(end) <= '7') {
                        end++;
                    }
                    return end;
                }
                default:
                    return at + 2;
            }
        }

        /** The end (exclusive) of the character class opening at {@code at}, nested classes included. */
        private int classEnd(int at) {
            int depth = 0;
            int i = at;
            while (i < re.length()) {
                char c = re.charAt(i);
                if (c == '\\') {
                    if (re.startsWith("\\Q", i)) {
                        int end = re.indexOf("\\E", i + 2);
                        i = end < 0 ? re.length() : end + 2;
                    } else {
                        i = escapeEnd(i);
                    }
                    continue;
                }
                if (c == '[') {
                    depth++;
                    i++;
                    // a ']' right after the opening (or after '^') is a literal
                    if (i < re.length() && re.charAt(i) == '^') {
                        i++;
                    }
                    if (i < re.length() && re.charAt(i) == ']') {
                        i++;
                    }
                    continue;
                }
                if (c == ']') {
                    depth--;
                    i++;
                    if (depth == 0) {
                        return i;
                    }
                    continue;
                }
                i++;
            }
            throw new IllegalArgumentException("unclosed class");
        }

        /** One character from the class or escape {@code source}: its ASCII members asked of {@link Pattern}. */
        private Info oneOf(String source) {
            int relevant = flags & (Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
            return Info.oneOf(asciiMembers(source, relevant));
        }

        /** The ASCII members of a class or escape under {@code relevant} flags, asked of {@link Pattern}; {@code other} when it may match more. */
        private static CharSet asciiMembers(String source, int relevant) {
            CharSet set = CLASS_CACHE.computeIfAbsent(relevant + ":" + source, k -> {
                Pattern p = Pattern.compile(source, relevant);
                CharSet s = new CharSet();
                for (char c = 0; c < 128; c++) {
                    if (p.matcher(String.valueOf(c)).matches()) {
                        s.add(c);
                    }
                }
                s.other = !asciiOnly(source, relevant); // else not worked out: maybe
                return s;
            });
            return set.copy();
        }

        /** Escapes that stand for ASCII characters only when the Unicode flags are off. */
        private static final String ASCII_ESCAPES = "dwstnrfae";

        /**
         * Whether a class or escape can only match ASCII characters, read from its text: without the
         * Unicode flags, {@code \d}, {@code \w} and {@code \s} are ASCII, as are ASCII characters,
         * ranges between them and escaped punctuation; a negation, an intersection, a property, a
         * character given by its code, or any other escape may match more, and says so.
         */
        static boolean asciiOnly(String source, int flags) {
            if ((flags & (Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)) != 0
                    || source.contains("^") || source.contains("&&")) {
                return false;
            }
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c >= 128) {
                    return false;
                }
                if (c == '\\') {
                    char e = i + 1 < source.length() ? source.charAt(i + 1) : 'x';
                    if (Character.isLetterOrDigit(e) && ASCII_ESCAPES.indexOf(e) < 0) {
                        return false;
                    }
                    i++;
                }
            }
            return true;
        }
    }
}
