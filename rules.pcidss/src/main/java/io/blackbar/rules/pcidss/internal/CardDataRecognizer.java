package io.blackbar.rules.pcidss.internal;

import java.util.List;
import java.util.Set;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * Cardholder data that may stand next to a card number without a label. A pattern may hold the card
 * number ({@link #PAN}, 12 to 19 digits, grouped by spaces or dashes or not, not inside a longer run of
 * digits); its match is kept only when that number passes Luhn.
 */
public abstract class CardDataRecognizer extends PatternRecognizer {

    /** A card number, in group {@code pan}. */
    static final String PAN = "(?<![\\d-])(?<pan>(?:\\d[ -]?){11,18}\\d)(?![\\d-])";

    /**
     * What may stand between a card number and what is next to it on a card or in a form: spaces or
     * tabs around one separator or one line break.
     */
    static final String BESIDE = "[ \\t]*(?:[,;:|/][ \\t]*|\\r?\\n[ \\t]*)?";

    /** Per pattern, whether it holds a card number to check. */
    private final boolean[] checked;

    protected CardDataRecognizer(String entity, Category category, List<NamedPattern> patterns, Set<String> contextWords) {
        super(entity, category, patterns, contextWords);
        checked = new boolean[patterns.size()];
        for (int k = 0; k < checked.length; k++) {
            checked[k] = patterns.get(k).pattern().pattern().contains("(?<pan>");
        }
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        return analyze(text, (k, action) -> scanner(k).forEachMatch(text, m -> {
            if (!checked[k] || Checksums.luhn(m.group("pan"))) {
                action.accept(m);
            }
        }));
    }
}
