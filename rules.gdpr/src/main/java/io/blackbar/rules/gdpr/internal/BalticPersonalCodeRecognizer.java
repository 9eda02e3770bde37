package io.blackbar.rules.gdpr.internal;

import java.util.List;
import java.util.Set;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Validation;

/**
 * The personal codes of Estonia and Lithuania, one shape and one check ({@link CheckDigits#baltic}): eleven digits after
 * their label, the first the century and sex (1-6; 9 in Lithuania for a birth date not known); eleven digits bare are any
 * number's.
 */
abstract class BalticPersonalCodeRecognizer extends PatternRecognizer {

    /**
     * @param label the label's expression, with its own flags; the value follows it after a colon, "#" or "." maybe
     * @param firstDigits the class of the code's first digit ("[1-6]"; "[1-69]" where 9 stands for a birth date not known)
     */
    BalticPersonalCodeRecognizer(String entity, String name, String label, String firstDigits, Set<String> context) {
        super(entity, Category.IDENTIFIER, List.of(NamedPattern.of(name,
                label + "[ \\t]*+[:#.]?[ \\t]*+(?<value>" + firstDigits + "\\d{10})(?![\\w-]|[.,]\\d)", 0.8)), context);
    }

    @Override
    protected Validation validate(String value) {
        return CheckDigits.baltic(value) ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
