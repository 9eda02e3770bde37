package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * Australian Tax File Numbers (Australian Taxation Office): nine digits, in threes or not, whose sum weighted 1 4 3 7
 * 5 8 6 9 10 is a multiple of 11 ("123 456 782"). Nine digits pass one time in eleven: it is taken after its label only.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "AU_TFN", frameworks = {"pii", "gdpr"})
public class AuTfnRecognizer extends LabelledNumberRecognizer {

    private static final int[] WEIGHTS = {1, 4, 3, 7, 5, 8, 6, 9, 10};

    public AuTfnRecognizer() {
        super("AU_TFN", Category.IDENTIFIER, "tfn|tax[ \\t]+file(?:[ \\t]+(?:number|no\\.?))?", "\\d{3}(?:\\d{6}| \\d{3} \\d{3}|-\\d{3}-\\d{3})", 0.6,
                Set.of("tfn", "tax file number", "tax file no"));
    }

    @Override
    protected Validation validate(String value) {
        return Checksums.weightedSum(Checksums.digits(value), WEIGHTS) % 11 == 0 ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
