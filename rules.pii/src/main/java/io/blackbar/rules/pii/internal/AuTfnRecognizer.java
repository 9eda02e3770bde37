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
 * Australian Tax File Numbers (Australian Taxation Office): nine digits, in threes or not, whose sum weighted 1 4 3 7
 * 5 8 6 9 10 is a multiple of 11 ("123 456 782"). Nine digits pass one time in eleven: it needs a context word.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "AU_TFN", frameworks = {"pii"})
public class AuTfnRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {1, 4, 3, 7, 5, 8, 6, 9, 10};

    public AuTfnRecognizer() {
        super("AU_TFN", Category.IDENTIFIER, List.of(
                NamedPattern.of("tfn", "(?<![\\d-])\\d{3}(?:\\d{6}| \\d{3} \\d{3}|-\\d{3}-\\d{3})(?![\\d-])", 0.2)),
                Set.of("tfn", "tax file number", "tax file no"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        return Checksums.weightedSum(d, WEIGHTS) % 11 == 0 ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
