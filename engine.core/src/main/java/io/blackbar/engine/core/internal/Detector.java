package io.blackbar.engine.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
    /**
     * Characters of a long text given to the recognizers at a time (see {@link #detect}): the text and its
     * index for one segment (about 3 MB) stay in the processor's caches, and the index's memory is bounded
     * whatever the text's length.
     */
    static final int SEGMENT = 1 << 18;
    /** Characters of the text on each side of a segment that its recognizers see too. */
    static final int MARGIN = 1 << 12;
    /** A segment's candidate ending this close to where its text stops may differ from one pass's. */
    static final int GUARD = 1 << 10;
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
        return detect(text, recognizers, hints, minConfidence, propagate, deadlineNanos, pages, SEGMENT);
    }

    /** @param segment see {@link #SEGMENT} (a test compares segments with the whole) */
    static List<Finding> detect(String text, List<Recognizer> recognizers, List<RecognizerResult> hints, double minConfidence,
            boolean propagate, long deadlineNanos, java.util.function.IntUnaryOperator pages, int segment)
            throws EngineException {
        return detect(text, Plan.of(recognizers), hints, minConfidence, propagate, deadlineNanos, pages, segment);
    }

    /**
     * What detection needs to know of a list of recognizers: each one's declared types and context
     * words, and the category of every type selected. Worked out once per list (the engine keeps one
     * per framework while the deployed set stays), not per request: a 1 KB request spent a twentieth of
     * its time building these maps.
     */
    static final class Plan {
        final List<Recognizer> recognizers;
        /** Each type's category, the first recognizer declaring it naming it. */
        final Map<String, Category> selected = new HashMap<>();
        /** Per recognizer (by index): its types' categories, and its context words as an array. */
        final List<Map<String, Category>> declared = new ArrayList<>();
        final String[][] contextWords;

        private Plan(List<Recognizer> recognizers) {
            this.recognizers = List.copyOf(recognizers);
            this.contextWords = new String[this.recognizers.size()][];
            for (int k = 0; k < contextWords.length; k++) {
                Recognizer r = this.recognizers.get(k);
                Map<String, Category> types = new HashMap<>();
                for (EntityType e : r.entities()) {
                    types.put(e.name(), e.category());
                    selected.putIfAbsent(e.name(), e.category());
                }
                declared.add(types);
                contextWords[k] = r.contextWords().toArray(String[]::new); // iterated per candidate: an array, not a Set.of
            }
        }

        static Plan of(List<Recognizer> recognizers) {
            return new Plan(recognizers);
        }
    }

    /** {@link #detect(String, List, List, double, boolean, long, java.util.function.IntUnaryOperator, int)} with a plan made before. */
    static List<Finding> detect(String text, Plan plan, List<RecognizerResult> hints, double minConfidence,
            boolean propagate, long deadlineNanos, java.util.function.IntUnaryOperator pages, int segment)
            throws EngineException {
        return detect(text, plan, hints, minConfidence, propagate, deadlineNanos, pages, segment, null);
    }

    /**
     * @param left when not null, receives per value the occurrences propagation deliberately left (see
     *     {@link #propagate(String, List, java.util.function.IntUnaryOperator, long, Map)}), for the check after
     *     redaction
     * @see #detect(String, Plan, List, double, boolean, long, java.util.function.IntUnaryOperator, int)
     */
    static List<Finding> detect(String text, Plan plan, List<RecognizerResult> hints, double minConfidence,
            boolean propagate, long deadlineNanos, java.util.function.IntUnaryOperator pages, int segment,
            Map<String, Integer> left) throws EngineException {
        // what the recognizers read: JSON strings decoded, then character references, then typographic and wide forms read
        // as ASCII's; detection, overlaps and propagation run over it, and the findings are mapped back through each
        // view to the text at the end
        List<JsonStrings.View> views = new ArrayList<>(READINGS.size());
        List<String> texts = new ArrayList<>(READINGS.size() + 1); // what each view reads: the text, then each view's
        List<java.util.function.IntUnaryOperator> pagesOf = new ArrayList<>(READINGS.size() + 1);
        String view = text;
        java.util.function.IntUnaryOperator viewPages = pages;
        texts.add(view);
        pagesOf.add(viewPages);
        for (java.util.function.Function<String, JsonStrings.View> reading : READINGS) {
            JsonStrings.View v = reading.apply(view);
            if (v != null) {
                java.util.function.IntUnaryOperator before = viewPages;
                views.add(v);
                view = v.text();
                viewPages = at -> before.applyAsInt(v.offsets()[at]);
                texts.add(view);
                pagesOf.add(viewPages);
            }
        }
        String lower = lowerCase(view);
        List<Finding> candidates = new ArrayList<>();
        for (RecognizerResult h : hints) {
            Category category = plan.selected.get(h.entityType());
            if (category != null && h.end() <= text.length() && h.score() >= minConfidence) {
                int start = h.start();
                int end = h.end();
                for (JsonStrings.View v : views) {
                    start = v.startInView(start);
                    end = v.endInView(end);
                }
                if (end <= start) {
                    continue; // a span inside one escape or reference: nothing of the view to name
                }
                candidates.add(new Finding(h.entityType(), category, round(h.score()), start, end,
                        viewPages.applyAsInt(start), view.substring(start, end), h.explanation()));
            }
        }
        try {
            int n = view.length();
            List<Finding> found = n / 2 > segment ? bySegment(view, lower, plan, minConfidence, deadlineNanos, viewPages, segment)
                    : null;
            if (found == null) { // a short text, or segments that could not stand for the whole
                found = bySegment(view, lower, plan, minConfidence, deadlineNanos, viewPages, Math.max(n, 1));
            }
            candidates.addAll(found);
        } catch (TextDeadlineException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "Detection did not finish within the time budget.");
        }
        List<Finding> resolved = resolveOverlaps(view, candidates);
        List<Finding> all = propagate ? propagate(view, resolved, viewPages, deadlineNanos, left) : resolved;
        for (int k = views.size() - 1; k >= 0; k--) {
            all = views.get(k).inText(all, texts.get(k), pagesOf.get(k));
        }
        return all;
    }

    /** The views the recognizers read the text through, in order; each gives null when it would change nothing. */
    private static final List<java.util.function.Function<String, JsonStrings.View>> READINGS = List.of(
            JsonStrings::decoded, CharacterReferences::decoded, FoldedText::folded);

    /**
     * The recognizers' candidates, the text given to them a segment at a time, each with a margin on both
     * sides, so that every recognizer's pass over a segment finds it in the processor's caches (pass after
     * pass over megabytes, each read came from memory) and the index's memory is bounded. A candidate
     * belongs to the segment it starts in.
     *
     * <p>Segments must give what one pass gives. Two things could differ, and both are checked: a
     * candidate near a segment's end could have been cut short, or decided without the text after it; and
     * an expression's chain of matches (each search resuming after the previous match) could run across
     * the margin in step with a different start than the whole text's. So a candidate of a segment's own
     * that ends within {@link #GUARD} of where its text stops, or candidates in the second half of a
     * margin that the two segments sharing it do not both report alike, make this return null: the caller
     * then reads the text in one pass.
     *
     * @return the candidates, or null when segments could not stand for one pass
     */
    private static List<Finding> bySegment(String text, String lower, Plan plan, double minConfidence, long deadlineNanos,
            java.util.function.IntUnaryOperator pages, int step) {
        List<Recognizer> recognizers = plan.recognizers;
        int n = text.length();
        List<Finding> candidates = new ArrayList<>();
        List<Finding> weak = new ArrayList<>(); // contact details under the threshold, see inContactLines
        java.util.Set<String> shared = new java.util.HashSet<>(); // raw results in the next segment's check zone
        for (int core = 0; core < n || core == 0; core += step) {
            int from = Math.max(0, core - MARGIN);
            int to = Math.min(n, core + step + MARGIN);
            int coreEnd = core + step >= n ? n : core + step;
            DeadlineText part = new DeadlineText(from == 0 && to == n ? text : text.substring(from, to), deadlineNanos);
            java.util.Set<String> before = new java.util.HashSet<>(); // this segment's results in the check zone
            java.util.Set<String> after = new java.util.HashSet<>();
            for (int k = 0; k < recognizers.size(); k++) {
                Recognizer r = recognizers.get(k);
                Map<String, Category> declared = plan.declared.get(k);
                String[] words = plan.contextWords[k];
                for (RecognizerResult c : r.analyze(part)) {
                    int start = c.start() + from;
                    int end = c.end() + from;
                    boolean checkedBefore = core > 0 && start >= core - MARGIN / 2 && start < core;
                    boolean checkedAfter = coreEnd < n && start >= coreEnd - MARGIN / 2 && start < coreEnd;
                    if (checkedBefore || checkedAfter) {
                        String raw = k + ":" + start + ":" + end + ":" + c.entityType() + ":" + c.score() + ":" + c.explanation();
                        (checkedBefore ? before : after).add(raw);
                    }
                    if (start < core || start >= coreEnd) {
                        continue; // another segment's
                    }
                    if (to < n && end > to - GUARD) {
                        return null; // it may run on, or be decided by what follows, past this segment's text
                    }
                    Category category = declared.get(c.entityType());
                    if (category == null || end > n) {
                        continue; // a recognizer reporting a type it did not declare, or out of range
                    }
                    double score = c.score();
                    String why = c.explanation();
                    String word = contextWord(lower, start, end, words);
                    if (word != null) {
                        score = Math.min(1.0, score + CONTEXT_BOOST);
                        why = why + ", context word '" + word + "'";
                    }
                    if (score >= minConfidence) {
                        candidates.add(new Finding(c.entityType(), category, round(score), start, end,
                                pages.applyAsInt(start), text.substring(start, end), why));
                    } else if (category == Category.CONTACT && score + CONTEXT_BOOST >= minConfidence) {
                        weak.add(new Finding(c.entityType(), category, round(score + CONTEXT_BOOST), start, end,
                                pages.applyAsInt(start), text.substring(start, end), why + ", in a line of contact details"));
                    }
                }
            }
            if (core > 0 && !before.equals(shared)) {
                return null; // the two segments read the margin differently
            }
            shared = after;
        }
        return inContactLines(text, candidates, weak);
    }

    /**
     * The candidates, with those of the weak contact candidates (a phone number in a national form no context word
     * lifted) that stand in a line of contact details: right after or right before a name, an address, a town or
     * another contact detail, a comma, bar, semicolon or middle dot (and blanks) between them, as letterheads and
     * signatures write them ("4020 Jupille, 04 555 66 10", "Sónia Peixoto, 253 555 240", "91 555 40 12,
     * gestoria@…"). Such a neighbour is the context word a letterhead leaves out; the candidate counts as if one stood
     * there. Not one that overlaps another candidate: "Santa Soria, 22 31200 Estella" is a house number and a postal
     * code, not a phone number after a street.
     */
    private static List<Finding> inContactLines(String text, List<Finding> candidates, List<Finding> weak) {
        if (weak.isEmpty()) {
            return candidates;
        }
        java.util.BitSet ends = new java.util.BitSet(text.length() + 1);
        java.util.BitSet starts = new java.util.BitSet(text.length() + 1);
        java.util.BitSet covered = new java.util.BitSet(text.length());
        for (Finding f : candidates) {
            // a name, an address's part, a contact detail: not a date ("15.03.2024, 12.500.000 shares")
            if (isName(f.entityType()) || f.category() == Category.LOCATION || f.category() == Category.CONTACT) {
                ends.set(f.end());
                starts.set(f.start());
            }
            covered.set(f.start(), f.end());
        }
        List<Finding> all = new ArrayList<>(candidates);
        for (Finding w : weak) {
            int inside = covered.nextSetBit(w.start());
            if (inside >= 0 && inside < w.end() || !phoneLong(w.value()) || wordAfter(text, w.end())) {
                continue;
            }
            if (separated(text, ends.previousSetBit(w.start()), w.start()) || separated(text, w.end(), starts.nextSetBit(w.end()))) {
                all.add(w);
            }
        }
        return all;
    }

    /**
     * @return whether a value has eight digits or more: a national number's length, not a reading's ("John Smith, 120 80 72",
     *     blood pressure and pulse) nor a short code's
     */
    private static boolean phoneLong(String value) {
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                digits++;
            }
        }
        return digits >= 8;
    }

    /**
     * @return whether a word follows on the line after {@code end}, blanks between: an amount's currency or a count's
     *     noun ("Maria Keller, 12 500 000 EUR"); a contact detail ends its part of the line
     */
    private static boolean wordAfter(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i > end && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    /** Characters between contact details on one line: at most this many. */
    private static final int CONTACT_GAP = 4;

    /** @return whether {@code [from, to)} is a short gap of blanks holding one separator of contact details */
    private static boolean separated(String text, int from, int to) {
        if (from < 0 || to < from || to - from > CONTACT_GAP) {
            return false;
        }
        int marks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '|' || c == ';' || c == '\u00b7' || c == '\u2022') {
                marks++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return marks == 1;
    }

    /**
     * The text in lower case, character by character, so that an offset of the text is the same
     * offset of the result ({@code String.toLowerCase} makes one character two (U+0130: an "i" and a
     * combining dot), and every context word after it was looked for one character off).
     */
    static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = LOWER[chars[i]]; // no branch: an upper-case letter in running text is no branch to predict
        }
        return new String(chars);
    }

    /** Each character's lower case ({@code Character.toLowerCase}, a surrogate as itself), looked up: 128 KB. */
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LOWER[c] = Character.isSurrogate((char) c) ? (char) c : Character.toLowerCase((char) c);
        }
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
        return i < 0 || i >= s.length() || isBoundary(s.charAt(i));
    }

    /** @return whether a character is no letter or digit: a word ends or begins next to it */
    private static boolean isBoundary(char c) {
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
        List<Finding> ordered = new ArrayList<>(n);
        for (long key : byStart) {
            ordered.add(candidates.get((int) key));
        }
        return resolveOrdered(text, ordered);
    }

    /** {@link #resolveOverlaps} of findings already in order of start (equal starts in the order given). */
    private static List<Finding> resolveOrdered(String text, List<Finding> ordered) {
        List<Finding> kept = new ArrayList<>(ordered.size());
        List<Finding> run = new ArrayList<>();
        int runEnd = Integer.MIN_VALUE;
        for (Finding f : ordered) {
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
        } else if (run.size() == 2) {
            kept.add(resolvePair(text, run.get(0), run.get(1)));
        } else if (!run.isEmpty()) {
            kept.addAll(resolveRun(text, run));
        }
        run.clear();
    }

    /**
     * {@link #resolveRun} of a run of two, without its sort and tree: the run most runs are (a propagated
     * value found again where a recognizer found it too). Two findings of one run always meet, so the
     * one first by {@link #PRIORITY} (the first given at a tie, as the stable sort keeps it) names the
     * finding and covers the other's span too.
     */
    private static Finding resolvePair(String text, Finding first, Finding second) {
        Finding host = PRIORITY.compare(second, first) < 0 ? second : first;
        Finding other = host == first ? second : first;
        if (contains(other, host)) {
            Finding surer = host;
            host = surest(other, host);
            other = surer;
        }
        if (other.start() >= host.start() && other.end() <= host.end()) {
            return host;
        }
        return widen(text, host, Math.min(host.start(), other.start()), Math.max(host.end(), other.end()), other);
    }

    /** A container's confidence from which it names what it holds, though what it holds is surer. */
    static final double CONTAINER_NAMES = 0.6;

    /**
     * Whether {@code outer} holds all of {@code inner} and more, and is sure enough to name them both: a street holds a
     * name ("9 Rownham Hill, Leigh Woods", "Avda. Nuestra Señora de Montserrat, 6"), a name of a street's words
     * ("Martin Luther King Jr Blvd"): what holds names the whole, whichever was surer alone.
     */
    private static boolean contains(Finding outer, Finding inner) {
        return outer.start() <= inner.start() && outer.end() >= inner.end() && outer.end() - outer.start() > inner.end() - inner.start()
                && outer.confidence() >= CONTAINER_NAMES;
    }

    /** @return the container with the confidence of the surer finding it holds, when that is higher */
    private static Finding surest(Finding container, Finding held) {
        return held.confidence() <= container.confidence() ? container : new Finding(container.entityType(), container.category(),
                held.confidence(), container.start(), container.end(), container.page(), container.value(), container.explanation());
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
                Finding surest = host;
                // absorb any other kept finding the widened span now reaches
                for (Map.Entry<Integer, Finding> e = kept.ceilingEntry(start); e != null && e.getKey() < end;
                        e = kept.ceilingEntry(start)) {
                    end = Math.max(end, e.getValue().end());
                    surest = e.getValue().confidence() > surest.confidence() ? e.getValue() : surest;
                    kept.remove(e.getKey());
                }
                if (contains(f, host) && end == f.end()) {
                    // the value that holds all the surer ones names them: a street with a name in it
                    kept.put(start, surest(f, surest));
                } else {
                    // the surest of what it reaches names it ("most confident names the finding")
                    kept.put(start, widen(text, surest, start, end, f));
                }
            }
        }
        return new ArrayList<>(kept.values());
    }

    /** The host finding stretched to [start, end) of the text. */
    private static Finding widen(String text, Finding host, int start, int end, Finding other) {
        return new Finding(host.entityType(), host.category(), host.confidence(), start, end, host.page(),
                text.substring(start, end), host.explanation() + ", widened over an overlapping " + other.entityType());
    }

    /** The characters of {@code \\s} in a regular expression without the Unicode flags. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Most bits of the filter of value prefixes in {@link #propagate} (128 KB), and the fewest. */
    private static final int MAX_PREFIX_BITS = 1 << 20;
    private static final int MIN_PREFIX_BITS = 1 << 12;

    private static long mix(long key) {
        return key * 0x9E3779B97F4A7C15L;
    }

    /** The first four characters at an offset as one number (values are at least four long). */
    private static long prefixKey(char[] s, int at) {
        return (long) s[at] << 48 | (long) s[at + 1] << 32 | (long) s[at + 2] << 16 | s[at + 3];
    }

    /**
     * The values to propagate grouped by their first four characters, in arrays: a word start asks
     * for its group by a number, with no boxing and no map entry (this is asked at most word starts
     * of a text full of names and numbers).
     */
    private static final class Prefixes {
        private final long[] keys;
        /** Per slot, the first value of its group (-1: empty); per value, the next of its group. */
        private final int[] heads;
        private final int[] next;
        private final int mask;
        final Finding[] values;
        final char[][] chars;
        private final String[] explanations;
        /**
         * Bit per hashed prefix: most word starts learn here that no value begins there. About 64 bits a
         * value (a 1 KB request zeroed 128 KB for a dozen values).
         */
        final long[] bits;
        /** Shift that leaves the top bits of a mixed key: as many as {@link #bits} has. */
        private final int shift;

        Prefixes(java.util.Collection<Finding> found) {
            values = found.toArray(Finding[]::new);
            chars = new char[values.length][];
            explanations = new String[values.length];
            int filterBits = Math.max(MIN_PREFIX_BITS, Math.min(MAX_PREFIX_BITS, Integer.highestOneBit(Math.max(1, values.length)) * 128));
            bits = new long[filterBits / 64];
            shift = 64 - Integer.numberOfTrailingZeros(filterBits);
            int size = Integer.highestOneBit(Math.max(2, values.length) * 2 - 1) * 2;
            keys = new long[size];
            heads = new int[size];
            Arrays.fill(heads, -1);
            next = new int[values.length];
            mask = size - 1;
            for (int v = values.length - 1; v >= 0; v--) { // pushed in reverse: each group in the given order
                chars[v] = values[v].value().toCharArray();
                long key = prefixKey(chars[v], 0);
                int slot = slot(key);
                keys[slot] = key;
                next[v] = heads[slot];
                heads[slot] = v;
                int bit = bit(key);
                bits[bit >>> 6] |= 1L << bit;
            }
        }

        /** @return the filter's bit of a prefix */
        int bit(long key) {
            return (int) (mix(key) >>> shift);
        }

        private int slot(long key) {
            int slot = (int) (mix(key) >>> 32) & mask;
            while (heads[slot] >= 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /** @return the first value beginning with the key's characters, or -1 */
        int first(long key) {
            return heads[slot(key)];
        }

        int next(int value) {
            return next[value];
        }

        /** @return whether a value may begin with the key's characters (the filter's bit) */
        boolean may(long key) {
            int bit = bit(key);
            return (bits[bit >>> 6] & 1L << bit) != 0;
        }

        /** @return the explanation of a finding made from value {@code v}: one string per value, not per finding */
        String explanation(int v) {
            if (explanations[v] == null) {
                explanations[v] = "same value as a " + values[v].entityType() + " finding";
            }
            return explanations[v];
        }
    }

    /**
     * @return a value in capitals with each word capitalised instead ("MBEKI-DLAMINI" as "Mbeki-Dlamini", "O'NEILL" as
     *     "O'Neill"), the same length; null when the value has a small letter or a digit (a date's "2 NOVEMBER 1979"),
     *     or fewer than {@link #MIN_PROPAGATED_LENGTH} letters
     */
    static String titled(String value) {
        int letters = 0;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (Character.isLowerCase(c) || Character.isDigit(c)) {
                return null;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        if (letters < MIN_PROPAGATED_LENGTH) {
            return null;
        }
        char[] out = value.toCharArray();
        boolean wordStart = true;
        for (int k = 0; k < out.length; k++) {
            char c = out[k];
            if (Character.isLetter(c)) {
                char lower = Character.toLowerCase(c);
                out[k] = wordStart || Character.toUpperCase(lower) != c ? c : lower; // a letter without a one-char small form stays
                wordStart = false;
            } else {
                wordStart = true;
            }
        }
        String titled = new String(out);
        return titled.equals(value) ? null : titled;
    }

    /**
     * @return whether a word at {@code at} stands within running text, where a capital is a name's more often than a
     *     word's: after a letter, a digit, a comma, a semicolon, a colon (a label's "Surname: Ogunbanjo"), an opening
     *     bracket or quote, or a title's abbreviation ("Mr. Ogunbanjo"); not where a sentence ends before it ("Will
     *     return. Grace period applies"), nor where a line or a field begins
     */
    static boolean withinText(char[] text, int at) {
        int k = at - 1;
        while (k >= 0 && (text[k] == ' ' || text[k] == '\t')) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char c = text[k];
        if (Character.isLetterOrDigit(c) || c == ',' || c == ';' || c == ':' || c == '(' || c == '[' || c == '"'
                || c == '\'' || c == '\u201C' || c == '\u2018') {
            return true;
        }
        return c == '.' && k > 0 && title(text, k);
    }

    private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "mx", "dr", "prof", "sr",
            "sra", "srta", "mme", "mlle", "hr", "fr", "sig", "rev", "hon", "capt", "col", "gen", "lt", "sgt", "st");

    /** @return whether the word that ends before the full stop at {@code dot} is a title's abbreviation */
    private static boolean title(char[] text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text[start - 1]) && dot - start < 5) {
            start--;
        }
        return start < dot && (start == 0 || !Character.isLetterOrDigit(text[start - 1]))
                && TITLES.contains(new String(text, start, dot - start).toLowerCase(java.util.Locale.ROOT));
    }

    /** @return whether {@code text} holds {@code value} at {@code at} */
    private static boolean regionMatches(char[] text, int at, char[] value) {
        if (at + value.length > text.length) {
            return false;
        }
        for (int k = 4; k < value.length; k++) { // the first four are the key's
            if (text[at + k] != value[k]) {
                return false;
            }
        }
        return true;
    }

    /** Separators an identifier's groups are written with. */
    private static final String SEPARATORS = " -./()+";
    /** Fewest digits of an identifier whose other spellings are looked for (a date has eight). */
    private static final int MIN_SPELLING_DIGITS = 9;

    /**
     * An identifier's other spellings: its groups of letters and digits run together, or joined by a
     * space, a dash or a dot ("123-45-6789" is also "123456789" and "123 45 6789"). Only for a value of
     * ASCII letters and digits, with at least {@link #MIN_SPELLING_DIGITS} digits, in groups split by
     * {@link #SEPARATORS}.
     */
    static List<String> otherSpellings(String value) {
        List<String> groups = new ArrayList<>();
        int digits = 0;
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            boolean alnum = c < 0x80 && Character.isLetterOrDigit(c);
            if (alnum) {
                digits += c >= '0' && c <= '9' ? 1 : 0;
                start = start < 0 ? i : start;
            } else if (SEPARATORS.indexOf(c) >= 0) {
                if (start >= 0) {
                    groups.add(value.substring(start, i));
                    start = -1;
                }
            } else {
                return List.of();
            }
        }
        if (digits < MIN_SPELLING_DIGITS || groups.size() < 2) {
            return List.of();
        }
        List<String> forms = new ArrayList<>();
        for (String separator : List.of("", " ", "-", ".")) {
            String form = String.join(separator, groups);
            if (!form.equals(value)) {
                forms.add(form);
            }
        }
        return forms;
    }

    /**
     * Every other whole-word occurrence of a found value becomes a finding of the same type, so a
     * value caught once in context is caught everywhere; an identifier in its other spellings too.
     */
    static List<Finding> propagate(String text, List<Finding> found, java.util.function.IntUnaryOperator pages,
            long deadlineNanos) throws EngineException {
        return propagate(text, found, pages, deadlineNanos, null);
    }

    /**
     * @param left when not null, receives per value how many of its occurrences were deliberately not found: a name's
     *     one word in capitals, capitalised, where a sentence, a line or a field begins ("Grace period applies")
     */
    static List<Finding> propagate(String text, List<Finding> found, java.util.function.IntUnaryOperator pages,
            long deadlineNanos, Map<String, Integer> left) throws EngineException {
        Map<String, Finding> byValue = new HashMap<>();
        // one word of a name in capitals, capitalised: found again only after a word, a comma or a semicolon, not where
        // a sentence, a line or a field begins
        java.util.Set<Finding> withinSentence = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // the capitalised forms, added after every value found as written: "HOLLOWAY" capitalised must not stand for
        // the "Holloway" of "Edna Mae Holloway", which is found again anywhere
        List<Finding> titledForms = new ArrayList<>();
        for (Finding f : found) {
            if (f.value().length() >= MIN_PROPAGATED_LENGTH) {
                byValue.merge(f.value(), f, (a, b) -> a.confidence() >= b.confidence() ? a : b);
                for (String form : otherSpellings(f.value())) {
                    byValue.putIfAbsent(form, new Finding(f.entityType(), f.category(), f.confidence(), f.start(), f.end(),
                            f.page(), form, f.explanation()));
                }
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
                // a name in capitals (a form's field, a message's, a passport's zone) is written again in the text's
                // case ("OGUNBANJO^FUNMI" ... "wife Funmi present"): its words capitalised, and its last word so; one
                // word so only within a sentence ("HOPE^GRACE" ... "Hope to see you", "Grace period applies" are words)
                surnameFirst(f, titledForms);
                // a full name written again all in small letters (a chat's, an e-mail's "spoke to ada lovelace"); a
                // single word in small letters is too often a word
                String small = more && isName(f.entityType()) ? v.toLowerCase(java.util.Locale.ROOT) : v;
                if (!small.equals(v) && small.length() == v.length()) {
                    titledForms.add(new Finding(f.entityType(), f.category(), f.confidence(), f.start(), f.end(), f.page(),
                            small, f.explanation()));
                }
                String titled = titled(v);
                if (titled != null) {
                    Finding whole = new Finding(f.entityType(), f.category(), f.confidence(), f.start(), f.end(), f.page(),
                            titled, f.explanation());
                    titledForms.add(whole);
                    if (!more) {
                        withinSentence.add(whole);
                    }
                    if (more && last.length() >= MIN_PROPAGATED_LENGTH && Character.isUpperCase(last.charAt(0))) {
                        int at = f.start() + begin;
                        Finding word = new Finding(f.entityType(), f.category(), f.confidence(), at, at + last.length(), f.page(),
                                titled.substring(begin, end), f.explanation());
                        titledForms.add(word);
                        withinSentence.add(word);
                    }
                }
            }
        }
        for (Finding t : titledForms) {
            byValue.putIfAbsent(t.value(), t);
        }
        if (byValue.isEmpty()) {
            return found;
        }
        char[] chars = text.toCharArray(); // read as an array: a String's charAt checks its coding each time
        Prefixes stems = stems(chars, found);
        List<Finding> more = new ArrayList<>();
        List<Finding> skipped = left == null ? List.of() : new ArrayList<>();
        // one pass over the text: at each word start, only the values beginning with the same four
        // characters are compared (a search per value would cost values x text: quadratic on a long document);
        // a bit per hashed prefix answers "no value begins so" for most word starts without the table
        Prefixes prefixes = new Prefixes(byValue.values());
        int limit = chars.length - MIN_PROPAGATED_LENGTH;
        // rolled: the key at i is the four characters from i
        long key = limit < 0 ? 0 : (long) chars[0] << 32 | (long) chars[1] << 16 | chars[2];
        for (int i = 0; i <= limit; i++) {
            if ((i & 0xFFFF) == 0 && System.nanoTime() - deadlineNanos > 0) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                        "Detection did not finish within the time budget.");
            }
            key = key << 16 | chars[i + 3];
            boolean valueMay = prefixes.may(key);
            boolean stem = stems != null && stems.may(key);
            if (!valueMay && !stem || i > 0 && !isBoundary(chars[i - 1])) {
                continue; // no value begins so, or inside a word: another occurrence starts at a word boundary
            }
            if (stem) {
                inflected(chars, i, key, stems, pages, more);
            }
            for (int v = valueMay ? prefixes.first(key) : -1; v >= 0; v = prefixes.next(v)) {
                Finding f = prefixes.values[v];
                char[] value = prefixes.chars[v];
                int end = i + value.length;
                if (i != f.start() && regionMatches(chars, i, value) && (end == chars.length || isBoundary(chars[end]))) {
                    if (withinSentence.isEmpty() || !withinSentence.contains(f) || withinText(chars, i)) {
                        more.add(new Finding(f.entityType(), f.category(), f.confidence(), i, end,
                                pages.applyAsInt(i), f.value(), prefixes.explanation(v)));
                    } else if (left != null) {
                        skipped.add(new Finding(f.entityType(), f.category(), f.confidence(), i, end, 1, f.value(), ""));
                    }
                }
            }
        }
        for (int k = 1; k < found.size(); k++) {
            if (found.get(k).start() < found.get(k - 1).start()) { // not as resolveOverlaps gives them: sort
                List<Finding> all = new ArrayList<>(found);
                all.addAll(more);
                return told(resolveOverlaps(text, all), skipped, left);
            }
        }
        return told(resolveOrdered(text, merged(found, more)), skipped, left);
    }

    /**
     * Tells {@code left} the skipped occurrences that no final finding covers (one a longer finding took, "Grace" of a
     * "Grace Kelly" found as a name, was not left), by value.
     *
     * @param result the final findings, ordered by start and not overlapping
     * @return the result
     */
    private static List<Finding> told(List<Finding> result, List<Finding> skipped, Map<String, Integer> left) {
        for (Finding s : skipped) {
            int lo = 0;
            int hi = result.size() - 1;
            while (lo <= hi) { // hi ends at the last finding that starts before the skip ends
                int mid = (lo + hi) >>> 1;
                if (result.get(mid).start() < s.end()) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            boolean covered = hi >= 0 && result.get(hi).end() > s.start();
            if (!covered) {
                left.merge(s.value(), 1, Integer::sum);
            }
        }
        return result;
    }

    /** @return whether findings of the type are people's names (not a birth date or a nationality, also personal) */
    static boolean isName(String entityType) {
        return entityType.equals("PERSON") || entityType.endsWith("_NAME");
    }

    /** The initials that end a name's given names ("ADAEZE N", "MARY J."). */
    private static final java.util.regex.Pattern LAST_INITIALS = java.util.regex.Pattern.compile("(?:\\s+\\p{Lu}\\.?)+$");

    /**
     * A name written surname first in capitals, a comma and the given names in the text's case ("OYELOWO, Babatunde", a
     * police report's or a court list's) is found again as prose writes it: "Babatunde Oyelowo", and "Oyelowo" alone
     * anywhere (the comma's form makes it a surname, not a word in capitals).
     */
    private static void surnameFirst(Finding f, List<Finding> titledForms) {
        String v = f.value();
        int comma = v.indexOf(',');
        if (comma < 0 || v.indexOf(',', comma + 1) >= 0) {
            return;
        }
        String head = v.substring(0, comma).trim();
        String surname = titled(head);
        // or written in the text's case already, a name's two surnames ("Benítez Arrieta, Kevin Alexis" in a list's cell,
        // "- Benítez Arrieta: mutualista" after it, a twenty-second held-out set's waiting list): found again as written; not
        // one word, a common word's as often ("Hall, Peter" ... "Town Hall", "Young, Clara" ... "Young people", the
        // review's), nor a date's ("Friday, January 5")
        if (surname == null && isName(f.entityType()) && head.indexOf(' ') > 0 && head.length() >= MIN_PROPAGATED_LENGTH
                && Character.isUpperCase(head.charAt(0)) && head.chars().anyMatch(Character::isLowerCase)
                && head.chars().noneMatch(Character::isDigit)) {
            surname = head;
        }
        String given = v.substring(comma + 1).trim();
        if (surname != null && isName(f.entityType()) && !given.isEmpty() && given.chars().noneMatch(Character::isLowerCase)) {
            // all in capitals ("OKONJO, ADAEZE N" of a dispatch printout, "reg to ADAEZE OKONJO" after it, a twenty-third
            // held-out set's): its given names and surname in that order, in capitals and capitalised, without a last
            // initial; the surname alone stays a word in capitals ("YOUNG, JOHN" ... "YOUNG DRIVER")
            String names = LAST_INITIALS.matcher(given).replaceFirst("");
            String inOrder = names + " " + head;
            if (names.length() >= 2 && names.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '\'')) {
                titledForms.add(new Finding(f.entityType(), f.category(), f.confidence(), f.start(), f.end(), f.page(), inOrder,
                        f.explanation()));
                String titledOrder = titled(inOrder);
                if (titledOrder != null) {
                    titledForms.add(new Finding(f.entityType(), f.category(), f.confidence(), f.start(), f.end(), f.page(),
                            titledOrder, f.explanation()));
                }
            }
            return; // the whole is read by titled() too: "Smith, John"
        }
        if (surname == null || given.isEmpty() || given.chars().noneMatch(Character::isLowerCase)
                || !Character.isUpperCase(given.charAt(0))) {
            return;
        }
        titledForms.add(new Finding(f.entityType(), f.category(), f.confidence(), f.start(), f.end(), f.page(), surname,
                f.explanation()));
        titledForms.add(new Finding(f.entityType(), f.category(), f.confidence(), f.start(), f.end(), f.page(),
                given + " " + surname, f.explanation()));
    }

    /**
     * @return the stems of the words of the names found ({@link Inflections#stems}), each as a finding whose value is the
     *     stem and whose explanation names the word it comes from; null when the text is not written in a language that
     *     declines names, or no name has a word to decline
     */
    private static Prefixes stems(char[] text, List<Finding> found) {
        List<Finding> stems = null;
        java.util.Set<String> seen = null;
        for (Finding f : found) {
            if (f.category() != Category.PERSONAL) {
                continue;
            }
            if (seen == null) {
                if (!Inflections.declining(text)) {
                    return null; // one look at the text, for the first name found
                }
                seen = new java.util.HashSet<>();
            }
            String v = f.value();
            for (int k = 0; k < v.length(); k++) {
                int start = k;
                while (k < v.length() && Character.isLetter(v.charAt(k))) {
                    k++;
                }
                String word = v.substring(start, k);
                if (k - start < Inflections.MIN_WORD || !seen.add(word)) {
                    continue;
                }
                for (String stem : Inflections.stems(word)) {
                    stems = stems == null ? new ArrayList<>() : stems;
                    stems.add(new Finding(f.entityType(), f.category(), f.confidence(), f.start(), f.end(), f.page(), stem,
                            word));
                }
            }
        }
        return stems == null ? null : new Prefixes(stems);
    }

    /**
     * Adds the declined forms of found names' words that begin at {@code at} ("Tomasza" of "Tomasz"), not the word
     * itself (found again as a value).
     */
    private static void inflected(char[] chars, int at, long key, Prefixes stems, java.util.function.IntUnaryOperator pages,
            List<Finding> more) {
        for (int v = stems.first(key); v >= 0; v = stems.next(v)) {
            char[] stem = stems.chars[v];
            Finding f = stems.values[v];
            int end;
            if (regionMatches(chars, at, stem) && (end = Inflections.formEnd(chars, at + stem.length)) > 0
                    && !f.explanation().contentEquals(java.nio.CharBuffer.wrap(chars, at, end - at))) {
                more.add(new Finding(f.entityType(), f.category(), f.confidence(), at, end, pages.applyAsInt(at),
                        new String(chars, at, end - at), "a declined form of a " + f.entityType() + " finding's word"));
                return;
            }
        }
    }

    /**
     * Two lists in order of start as one, in order of start, the first's before the second's at an equal
     * start: the order a sort of the first followed by the second by start (stable) gives, without the sort.
     */
    private static List<Finding> merged(List<Finding> first, List<Finding> second) {
        List<Finding> out = new ArrayList<>(first.size() + second.size());
        int j = 0;
        for (Finding f : first) {
            while (j < second.size() && second.get(j).start() < f.start()) {
                out.add(second.get(j++));
            }
            out.add(f);
        }
        out.addAll(second.subList(j, second.size()));
        return out;
    }
}
