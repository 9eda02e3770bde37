package io.blackbar.rules.hipaa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import io.blackbar.engine.api.spi.RecognizerResult;

/** What recognizers do to the results their expressions found. */
final class Results {

    private Results() {
    }

    /**
     * @param found results
     * @param change each result as it is to be, itself when unchanged, null when dropped
     * @return the results changed, {@code found} itself when none is (most texts: no copy)
     */
    static List<RecognizerResult> changed(List<RecognizerResult> found, UnaryOperator<RecognizerResult> change) {
        List<RecognizerResult> out = null;
        for (int k = 0; k < found.size(); k++) {
            RecognizerResult r = found.get(k);
            RecognizerResult to = change.apply(r);
            if (to != r) {
                if (out == null) {
                    out = new ArrayList<>(found);
                }
                out.set(k, to);
            }
        }
        if (out == null) {
            return found;
        }
        out.removeIf(Objects::isNull);
        return out;
    }
}
