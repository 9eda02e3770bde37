package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * Australian Medicare card numbers (Services Australia): ten digits, the first 2 to 6, the ninth a check digit (the
 * first eight weighted 1 3 7 9 1 3 7 9, modulo 10), the tenth the card's issue, an eleventh the person's place on
 * the card, printed 4-5-1 ("2123 45670 1"). It is taken after its label only.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "AU_MEDICARE", frameworks = {"pii", "hipaa", "gdpr"})
public class AuMedicareRecognizer extends LabelledNumberRecognizer {

    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9};

    public AuMedicareRecognizer() {
        super("AU_MEDICARE", Category.IDENTIFIER, "medicare(?:[ \\t]+card)?", "[2-6]\\d{3}(?:\\d{6}| \\d{5} \\d)(?:[ /-]?\\d)?", 0.6,
                Set.of("medicare", "medicare no", "medicare number", "medicare card"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        return Checksums.weightedSum(d, WEIGHTS) % 10 == d.charAt(8) - '0' ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
