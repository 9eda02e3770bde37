package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.SpokenDigits;

/**
 * Numbers read out word by word in a call's transcript ({@link SpokenDigits}): "four five three two, zero one five
 * one, ...", "oh seven seven double oh nine". Each subclass reads the runs of one entity type: a card number by its
 * issuer range and Luhn check alone (thirteen or more digits read out pass both by chance once in some fifty), a
 * social security or phone number only after the question that asks for it.
 */
abstract class SpokenNumberRecognizer implements Recognizer {

    /** How far before a run the words that ask for it are looked for: a question and the answer's first words. */
    static final int ASKED_WITHIN = 120;

    private final List<EntityType> entities;
    /** The fewest digits a run of this type has. */
    private final int minDigits;

    SpokenNumberRecognizer(String entity, Category category, int minDigits) {
        this.entities = List.of(new EntityType(entity, category));
        this.minDigits = minDigits;
    }

    @Override
    public final List<EntityType> entities() {
        return entities;
    }

    /** @return none: each type asks for its own words before a run ({@link SpokenDigits#saidBefore}) */
    @Override
    public final Set<String> contextWords() {
        return Set.of();
    }

    @Override
    public final List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> results = new ArrayList<>();
        for (SpokenDigits.Run run : SpokenDigits.find(text, minDigits)) {
            RecognizerResult r = read(text, run);
            if (r != null) {
                results.add(r);
            }
        }
        return results;
    }

    /** @return the run's finding, or null */
    abstract RecognizerResult read(CharSequence text, SpokenDigits.Run run);
}
