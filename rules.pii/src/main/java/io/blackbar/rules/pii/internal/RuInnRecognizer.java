package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * Russia's taxpayer number of a person (ИНН): twelve digits, the last two check digits (each the weighted sum of the
 * digits before it modulo 11, then modulo 10); after its label. A company's has ten digits: left out, as are twelve
 * digits whose checks fail.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "RU_INN", frameworks = {"pii", "gdpr"})
public class RuInnRecognizer extends PatternRecognizer {

    private static final int[] FIRST = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] SECOND = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    public RuInnRecognizer() {
        super("RU_INN", Category.IDENTIFIER, List.of(
                NamedPattern.of("labelled inn", "(?<![\\p{L}])(?:ИНН|инн|Инн)[ \\t]*+(?:№[ \\t]*+)?:?[ \\t]*+(?<value>\\d{12})(?![\\w-]|[.,]\\d)", 0.6)),
                Set.of("инн", "налогоплательщика"));
    }

    @Override
    protected Validation validate(String value) {
        int first = Checksums.weightedSum(value.substring(0, 10), FIRST) % 11 % 10;
        int second = Checksums.weightedSum(value.substring(0, 11), SECOND) % 11 % 10;
        return first == value.charAt(10) - '0' && second == value.charAt(11) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
