package io.blackbar.engine.api.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.blackbar.engine.api.spi.Replacement;

/**
 * For format handler tests: the plan the engine would hand a handler when the given values are what
 * detection found. Shipped in engine.api's test jar, not in the bundle.
 */
public final class Plans {

    private Plans() {
    }

    /**
     * @param text a parsed document's text
     * @param values the values to remove
     * @param replacement what each becomes
     * @return every occurrence of every value, ordered by start, overlaps dropped (the first kept)
     */
    public static List<Replacement> everyOccurrence(String text, List<String> values, String replacement) {
        List<Replacement> plan = new ArrayList<>();
        for (String v : values) {
            for (int i = text.indexOf(v); i >= 0; i = text.indexOf(v, i + 1)) {
                plan.add(new Replacement(i, i + v.length(), "TEST", replacement));
            }
        }
        plan.sort(Comparator.comparingInt(Replacement::start));
        List<Replacement> disjoint = new ArrayList<>();
        int end = -1;
        for (Replacement r : plan) {
            if (r.start() >= end) {
                disjoint.add(r);
                end = r.end();
            }
        }
        return disjoint;
    }
}
