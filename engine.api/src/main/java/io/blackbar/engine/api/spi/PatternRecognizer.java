package io.blackbar.engine.api.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;

import org.osgi.annotation.versioning.ConsumerType;

import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Category;

/**
 * The base of most recognizers: one entity type, named patterns, context words, and a tri-state
 * {@link #validate(String) validation} of each match. Subclasses usually only pass patterns to the
 * constructor and override {@code validate} when the entity has a check (Luhn, mod 97, issuing
 * rules).
 */
@ConsumerType
public abstract class PatternRecognizer implements Recognizer {

    private final EntityType entity;
    private final List<NamedPattern> patterns;
    private final List<PatternScanner> scanners;
    private final Set<String> contextWords;
    /** Per pattern: whether it has a {@code value} group, and its explanation, worked out once (not per request). */
    private final boolean[] valueGroups;
    private final String[] explanations;
    /** Whether the subclass checks values: if not, no match is copied out of the text to be asked. */
    private final boolean validates;

    /**
     * @param entity the entity type name
     * @param category its category
     * @param patterns the patterns, tried in order
     * @param contextWords lower-case context words
     */
    protected PatternRecognizer(String entity, Category category, List<NamedPattern> patterns,
            Set<String> contextWords) {
        this.entity = new EntityType(entity, category);
        this.patterns = List.copyOf(patterns);
        this.scanners = this.patterns.stream().map(p -> PatternScanner.of(p.pattern())).toList();
        this.contextWords = Set.copyOf(contextWords);
        this.validates = !isDefault(getClass());
        this.valueGroups = new boolean[this.patterns.size()];
        this.explanations = new String[this.patterns.size()];
        for (int k = 0; k < valueGroups.length; k++) {
            valueGroups[k] = this.patterns.get(k).pattern().pattern().contains("(?<value>");
            explanations[k] = "pattern '" + this.patterns.get(k).name() + "'";
        }
    }

    @Override
    public final List<EntityType> entities() {
        return List.of(entity);
    }

    @Override
    public final Set<String> contextWords() {
        return contextWords;
    }

    /** @return the patterns */
    protected final List<NamedPattern> patterns() {
        return patterns;
    }

    /**
     * @param pattern an index of {@link #patterns()}
     * @return the pattern's scanner, made once
     * @since 1.2
     */
    protected final PatternScanner scanner(int pattern) {
        return scanners.get(pattern);
    }

    /** @return whether no class between {@code c} and this one overrides {@link #validate} */
    private static boolean isDefault(Class<?> c) {
        for (Class<?> k = c; k != PatternRecognizer.class && k != null; k = k.getSuperclass()) {
            try {
                k.getDeclaredMethod("validate", String.class);
                return false;
            } catch (NoSuchMethodException e) {
                // not here: its superclass
            }
        }
        return true;
    }

    /**
     * Checks a matched value. The default knows no check.
     *
     * @param value the matched text (the {@code value} group if the pattern has one)
     * @return {@link Validation#REJECTED} to drop the match, {@link Validation#CONFIRMED} to report
     *     it with {@link #confirmedScore()}, {@link Validation#UNKNOWN} to keep the pattern's score
     */
    protected Validation validate(String value) {
        return Validation.UNKNOWN;
    }

    /** @return the score of a confirmed match; 1.0 unless a subclass knows its check is weak */
    protected double confirmedScore() {
        return 1.0;
    }

    /** @return a short name for the validator, used in explanations */
    protected String validatorName() {
        return "check";
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        return analyze(text, (k, action) -> scanners.get(k).forEachMatch(text, action));
    }

    /**
     * Where a subclass finds a pattern's matches itself: the matches of pattern {@code pattern} (an index
     * of {@link #patterns()}), in order, each given to {@code action} with a matcher positioned on it,
     * exactly those {@code Matcher.find()} gives (a test in plain code in front of the expression that is
     * true wherever it matches, say).
     *
     * @since 1.2
     */
    @FunctionalInterface
    public interface Matches {
        /**
         * @param pattern the pattern's index in {@link PatternRecognizer#patterns()}
         * @param action what to do with each match
         */
        void forEach(int pattern, Consumer<Matcher> action);
    }

    /**
     * What {@link #analyze(CharSequence)} finds, with the matches given by {@code matches}: a span found by
     * several patterns keeps the best score, values are validated, and none is kept inside a longer one
     * scored as high.
     *
     * @param text the text
     * @param matches each pattern's matches ({@link #scanner(int)}'s, unless the subclass knows faster)
     * @return the results
     * @since 1.2
     */
    protected final List<RecognizerResult> analyze(CharSequence text, Matches matches) {
        List<RecognizerResult> results = new ArrayList<>();
        // a span reported by several patterns keeps the best score ("zip" at 0.2 and "country and
        // postal code" at 0.65 find the same "11507")
        // (one pattern reports a span once: no map then)
        java.util.Map<Long, Integer> spans = patterns.size() > 1 ? new java.util.HashMap<>() : null;
        for (int k = 0; k < patterns.size(); k++) {
            NamedPattern p = patterns.get(k);
            boolean hasValueGroup = valueGroups[k];
            String explanation = explanations[k];
            matches.forEach(k, m -> {
                int start = hasValueGroup ? m.start("value") : m.start();
                int end = hasValueGroup ? m.end("value") : m.end();
                if (start < 0 || end <= start) {
                    return;
                }
                // the span, mixed by an odd multiplier (one key per span still): Long's own hash, start ^ end,
                // put many spans in one bucket
                long key = (((long) start << 32) | end) * 0x9E3779B97F4A7C15L;
                Integer earlier = spans == null ? null : spans.get(key);
                if (earlier != null && results.get(earlier).score() >= p.score()) {
                    return; // an earlier pattern reported this span at least as surely
                }
                Validation v = validates ? validate(text.subSequence(start, end).toString()) : Validation.UNKNOWN;
                if (v == Validation.REJECTED) {
                    return;
                }
                double score = v == Validation.CONFIRMED ? Math.max(p.score(), confirmedScore()) : p.score();
                String why = v == Validation.CONFIRMED ? explanation + ", " + validatorName() + " passed" : explanation;
                RecognizerResult r = new RecognizerResult(entity.name(), start, end, score, why);
                if (earlier == null) {
                    if (spans != null) {
                        spans.put(key, results.size());
                    }
                    results.add(r);
                } else if (score > results.get(earlier).score()) {
                    results.set(earlier, r);
                }
            });
        }
        return withoutContained(results);
    }

    /**
     * Drops a result that lies inside a longer one scored at least as high (a pattern matching a part), and of two on the
     * same span the one scored lower ("Parents live in Hartford, CT": the town after its phrase and before its state).
     *
     * @param results results of one recognizer
     * @return the results that are not inside another
     */
    protected static List<RecognizerResult> withoutContained(List<RecognizerResult> results) {
        if (results.size() < 2) {
            return results;
        }
        List<RecognizerResult> sorted = new ArrayList<>(results);
        // (of the same span, the highest score first: it covers the others, which go, rather than the first found)
        sorted.sort(java.util.Comparator.comparingInt(RecognizerResult::start)
                .thenComparing(java.util.Comparator.comparingInt(RecognizerResult::end).reversed())
                .thenComparing(java.util.Comparator.comparingDouble(RecognizerResult::score).reversed()));
        List<RecognizerResult> out = new ArrayList<>(sorted.size());
        RecognizerResult cover = null;
        for (RecognizerResult r : sorted) {
            if (cover != null && r.end() <= cover.end() && r.score() <= cover.score()) {
                continue;
            }
            out.add(r);
            if (cover == null || r.end() > cover.end()) {
                cover = r;
            }
        }
        return out;
    }
}
