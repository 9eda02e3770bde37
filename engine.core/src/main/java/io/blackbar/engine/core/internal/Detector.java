package io.blackbar.engine.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Finding;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.TextDeadlineException;

/**
 * Runs the selected recognizers over a text and turns their candidates into findings: context-word
 * scoring, the confidence threshold, overlap resolution, and propagation of a found value to its
 * other occurrences. The one place with this logic, so recognizers stay small.
 */
final class Detector {

    /** Characters on each side of a candidate searched for context words. */
    static final int CONTEXT_WINDOW = 64;
    /** What a context word adds to a candidate's score. */
    static final double CONTEXT_BOOST = 0.35;
    /** Values shorter than this are not propagated to other occurrences. */
    static final int MIN_PROPAGATED_LENGTH = 4;

    private Detector() {
    }

    /**
     * @param text the document text
     * @param recognizers the recognizers of the request's framework
     * @param minConfidence findings below this are dropped
     * @param propagate whether other occurrences of found values become findings too
     * @param deadlineNanos the request's deadline
     * @param pages maps an offset to its page
     */
    static List<Finding> detect(String text, List<Recognizer> recognizers, double minConfidence,
            boolean propagate, long deadlineNanos, java.util.function.IntUnaryOperator pages) throws EngineException {
        return detect(text, recognizers, List.of(), minConfidence, propagate, deadlineNanos, pages);
    }

    /**
     * @param hints spans the format's structure marks as an entity type; used when a selected
     *     recognizer reports that type
     */
    static List<Finding> detect(String text, List<Recognizer> recognizers, List<RecognizerResult> hints, double minConfidence,
            boolean propagate, long deadlineNanos, java.util.function.IntUnaryOperator pages) throws EngineException {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Finding> candidates = new ArrayList<>();
        Map<String, Category> selected = new HashMap<>();
        recognizers.forEach(r -> r.entities().forEach(e -> selected.putIfAbsent(e.name(), e.category())));
        for (RecognizerResult h : hints) {
            Category category = selected.get(h.entityType());
            if (category != null && h.end() <= text.length() && h.score() >= minConfidence) {
                candidates.add(new Finding(h.entityType(), category, round(h.score()), h.start(), h.end(),
                        pages.applyAsInt(h.start()), text.substring(h.start(), h.end()), h.explanation()));
            }
        }
        DeadlineText shared = new DeadlineText(text, deadlineNanos); // one index of the text for all recognizers
        try {
            for (Recognizer r : recognizers) {
                Map<String, Category> categories = new HashMap<>();
                for (EntityType e : r.entities()) {
                    categories.put(e.name(), e.category());
                }
                Set<String> context = r.contextWords();
                String[] contextWords = context.toArray(String[]::new); // iterated per candidate: an array, not a Set.of
                for (RecognizerResult c : r.analyze(shared)) {
                    Category category = categories.get(c.entityType());
                    if (category == null || c.end() > text.length()) {
                        continue; // a recognizer reporting a type it did not declare, or out of range
                    }
                    double score = c.score();
                    String why = c.explanation();
                    String word = contextWord(lower, c.start(), c.end(), contextWords);
                    if (word != null) {
                        score = Math.min(1.0, score + CONTEXT_BOOST);
                        why = why + ", context word '" + word + "'";
                    }
                    if (score >= minConfidence) {
                        candidates.add(new Finding(c.entityType(), category, round(score), c.start(), c.end(),
                                pages.applyAsInt(c.start()), text.substring(c.start(), c.end()), why));
                    }
                }
            }
        } catch (TextDeadlineException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "Detection did not finish within the time budget.");
        }
        List<Finding> resolved = resolveOverlaps(text, candidates);
        return propagate ? propagate(text, resolved, pages, deadlineNanos) : resolved;
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }

    /**
     * @return the context word found as a whole word nearest to the span (then the longest, then the
     *     first in alphabetical order: the same answer on every run, whatever the order of the set), or
     *     null. Only the window around the span is searched, so the cost per candidate is bounded
     *     whatever the text's length.
     */
    static String contextWord(String lower, int start, int end, String[] words) {
        if (words.length == 0) {
            return null;
        }
        int from = Math.max(0, start - CONTEXT_WINDOW);
        int to = Math.min(lower.length(), end + CONTEXT_WINDOW);
        String window = lower.substring(from, to);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String w : words) {
            for (int i = window.indexOf(w); i >= 0; i = window.indexOf(w, i + 1)) {
                int at = from + i;
                int after = at + w.length();
                boolean outsideSpan = after <= start || at >= end;
                if (outsideSpan && isBoundary(lower, at - 1) && isBoundary(lower, after)) {
                    int distance = after <= start ? start - after : at - end;
                    if (distance < bestDistance || distance == bestDistance && (w.length() > best.length()
                            || w.length() == best.length() && w.compareTo(best) < 0)) {
                        best = w;
                        bestDistance = distance;
                    }
                }
            }
        }
        return best;
    }

    private static boolean isBoundary(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        if (c < 128) {
            return !((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9');
        }
        return !Character.isLetterOrDigit(c);
    }

    /** Most confident first, then the longest, then the first, then by type name: who names an overlap. */
    private static final Comparator<Finding> PRIORITY = (x, y) -> {
        int c = Double.compare(y.confidence(), x.confidence());
        if (c == 0) {
            c = Integer.compare(y.end() - y.start(), x.end() - x.start());
        }
        if (c == 0) {
            c = Integer.compare(x.start(), y.start());
        }
        return c != 0 ? c : x.entityType().compareTo(y.entityType());
    };

    /**
     * Resolves overlapping findings: the most confident (then the longest, then the first) names the
     * finding, and the finding covers the union of everything that overlaps it, so a redaction never
     * leaves part of a value standing because a shorter, surer match won. O(n log n).
     *
     * <p>The findings are cut into runs that overlap among themselves (sorted by start, a run ends where
     * the next finding starts at or after the run's furthest end); nothing of one run can reach another,
     * so each run is resolved on its own by {@link #resolveRun}, and the many findings that overlap
     * nothing are kept as they are.
     */
    static List<Finding> resolveOverlaps(String text, List<Finding> candidates) {
        int n = candidates.size();
        long[] byStart = new long[n];
        for (int i = 0; i < n; i++) {
            byStart[i] = (long) candidates.get(i).start() << 32 | i;
        }
        Arrays.sort(byStart);
        List<Finding> kept = new ArrayList<>(n);
        List<Finding> run = new ArrayList<>();
        int runEnd = Integer.MIN_VALUE;
        for (long key : byStart) {
            Finding f = candidates.get((int) key);
            if (f.start() >= runEnd && !run.isEmpty()) {
                flush(text, run, kept);
            }
            run.add(f);
            runEnd = Math.max(runEnd, f.end());
        }
        flush(text, run, kept);
        return kept;
    }

    private static void flush(String text, List<Finding> run, List<Finding> kept) {
        if (run.size() == 1) {
            kept.add(run.get(0));
        } else if (!run.isEmpty()) {
            kept.addAll(resolveRun(text, run));
        }
        run.clear();
    }

    /** The overlap resolution itself, over any list of findings; the result is ordered by start. */
    static List<Finding> resolveRun(String text, List<Finding> candidates) {
        List<Finding> ordered = new ArrayList<>(candidates);
        ordered.sort(PRIORITY);
        TreeMap<Integer, Finding> kept = new TreeMap<>();
        for (Finding f : ordered) {
            Map.Entry<Integer, Finding> before = kept.floorEntry(f.start());
            Finding host = before != null && before.getValue().end() > f.start() ? before.getValue() : null;
            if (host == null) {
                Map.Entry<Integer, Finding> after = kept.ceilingEntry(f.start());
                host = after != null && after.getKey() < f.end() ? after.getValue() : null;
            }
            if (host == null) {
                kept.put(f.start(), f);
            } else if (f.start() < host.start() || f.end() > host.end()) {
                kept.remove(host.start());
                int start = Math.min(host.start(), f.start());
                int end = Math.max(host.end(), f.end());
                // absorb any other kept finding the widened span now reaches
                for (Map.Entry<Integer, Finding> e = kept.ceilingEntry(start); e != null && e.getKey() < end;
                        e = kept.ceilingEntry(start)) {
                    end = Math.max(end, e.getValue().end());
                    kept.remove(e.getKey());
                }
                kept.put(start, widen(text, host, start, end, f));
            }
        }
        return new ArrayList<>(kept.values());
    }

    /** The host finding stretched to [start, end) of the text. */
    private static Finding widen(String text, Finding host, int start, int end, Finding other) {
        return new Finding(host.entityType(), host.category(), host.confidence(), start, end, host.page(),
                text.substring(start, end), host.explanation() + ", widened over an overlapping " + other.entityType());
    }

    /** The first three characters at an offset as one number (values are at least four long). */
    private static long prefixKey(CharSequence s, int at) {
        return ((long) s.charAt(at) << 32) | ((long) s.charAt(at + 1) << 16) | s.charAt(at + 2);
    }

    /** The characters of {@code \\s} in a regular expression without the Unicode flags. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Bits of the filter of value prefixes in {@link #propagate}. */
    private static final int PREFIX_BITS = 1 << 20;

    private static int prefixBit(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 44); // the top 20 bits: PREFIX_BITS
    }

    /**
     * Every other whole-word occurrence of a found value becomes a finding of the same type, so a
     * value caught once in context is caught everywhere.
     */
    static List<Finding> propagate(String text, List<Finding> found, java.util.function.IntUnaryOperator pages,
            long deadlineNanos) throws EngineException {
        Map<String, Finding> byValue = new HashMap<>();
        for (Finding f : found) {
            if (f.value().length() >= MIN_PROPAGATED_LENGTH) {
                byValue.merge(f.value(), f, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            }
            // someone named in full is often named again by the last name alone ("Maciej Borkowski ... Borkowski");
            // decided by category and capitalisation, so the engine needs no entity names
            if (f.category() == Category.PERSONAL) {
                // the last of the words of the trimmed value, words split at \\s as a regular expression splits
                String v = f.value();
                int end = v.length();
                while (end > 0 && v.charAt(end - 1) <= ' ') {
                    end--; // as String.trim
                }
                int begin = end;
                while (begin > 0 && !isSpace(v.charAt(begin - 1))) {
                    begin--;
                }
                boolean more = false;
                for (int k = 0; k < begin && !more; k++) {
                    more = v.charAt(k) > ' ';
                }
                String last = v.substring(begin, end);
                if (more && last.length() >= MIN_PROPAGATED_LENGTH && Character.isUpperCase(last.charAt(0))) {
                    int at = f.start() + begin;
                    byValue.putIfAbsent(last, new Finding(f.entityType(), f.category(), f.confidence(), at, at + last.length(),
                            f.page(), last, f.explanation()));
                }
            }
        }
        if (byValue.isEmpty()) {
            return found;
        }
        List<Finding> all = new ArrayList<>(found);
        // one pass over the text: at each word start, only the values beginning with the same three
        // characters are compared (a search per value would cost values x text: quadratic on a long document);
        // a bit per hashed prefix answers "no value begins so" for most word starts without the map
        Map<Long, List<Finding>> byPrefix = new HashMap<>();
        long[] prefixes = new long[PREFIX_BITS / 64];
        for (Finding f : byValue.values()) {
            long key = prefixKey(f.value(), 0);
            byPrefix.computeIfAbsent(key, k -> new ArrayList<>(1)).add(f);
            int bit = prefixBit(key);
            prefixes[bit >>> 6] |= 1L << bit;
        }
        char[] chars = text.toCharArray(); // read as an array: a String's charAt checks its coding each time
        int limit = chars.length - MIN_PROPAGATED_LENGTH;
        long key = limit < 0 ? 0 : (long) chars[0] << 16 | chars[1]; // rolled: the key at i is the three from i
        for (int i = 0; i <= limit; i++) {
            if ((i & 0xFFFF) == 0 && System.nanoTime() - deadlineNanos > 0) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                        "Detection did not finish within the time budget.");
            }
            key = (key << 16 | chars[i + 2]) & 0xFFFF_FFFF_FFFFL;
            int bit = prefixBit(key);
            if ((prefixes[bit >>> 6] & 1L << bit) == 0 || !isBoundary(text, i - 1)) {
                continue; // no value begins so, or inside a word: another occurrence starts at a word boundary
            }
            List<Finding> candidates = byPrefix.get(key);
            if (candidates == null) {
                continue;
            }
            for (Finding f : candidates) {
                String v = f.value();
                if (i != f.start() && text.startsWith(v, i) && isBoundary(text, i + v.length())) {
                    all.add(new Finding(f.entityType(), f.category(), f.confidence(), i, i + v.length(),
                            pages.applyAsInt(i), v, "same value as a " + f.entityType() + " finding"));
                }
            }
        }
        return resolveOverlaps(text, all);
    }
}
