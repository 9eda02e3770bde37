package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * Australian Business Numbers (Australian Business Register): eleven digits printed 2-3-3-3 ("51 824 753 556"); with
 * one taken from the first, the sum weighted 10 1 3 5 7 9 11 13 15 17 19 is a multiple of 89. A sole trader's ABN names
 * a person, so it is redacted as theirs. It is taken after its label only ("ABN", "Australian Business Number"): bare,
 * the grouped form was tried at every number of a text (3 ms per 4 MB).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "AU_ABN", frameworks = {"pii", "gdpr"})
public class AuAbnRecognizer extends LabelledNumberRecognizer {

    private static final int[] WEIGHTS = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};

    public AuAbnRecognizer() {
        super("AU_ABN", Category.IDENTIFIER, "abn|australian[ \\t]+business[ \\t]+number", "[1-9]\\d(?:\\d{9}| \\d{3} \\d{3} \\d{3})",
                0.7, Set.of("abn", "australian business number"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        return (Checksums.weightedSum(d, WEIGHTS) - WEIGHTS[0]) % 89 == 0 ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
