package io.blackbar.engine.core.internal;

import java.util.Locale;
import java.util.Set;

import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Validation;

/** The recognizer a {@code .rules.json} file defines: its patterns, context words and lists. */
final class RuleFileRecognizer extends PatternRecognizer {

    private final Set<String> allowed;

    RuleFileRecognizer(RuleFile rule) throws RuleFile.Invalid {
        super(rule.entity(), rule.categoryValue(), rule.compiled(), rule.contextWords());
        this.allowed = rule.allowed();
    }

    @Override
    protected Validation validate(String value) {
        return allowed.contains(value.toLowerCase(Locale.ROOT)) ? Validation.REJECTED : Validation.UNKNOWN;
    }
}
