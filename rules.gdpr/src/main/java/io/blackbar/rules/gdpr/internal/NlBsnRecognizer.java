package io.blackbar.rules.gdpr.internal;

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

/** Dutch citizen service numbers (BSN): nine digits passing the "11-proef"; needs context. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "NL_BSN", frameworks = {"gdpr", "pii"})
public class NlBsnRecognizer extends PatternRecognizer {

    public NlBsnRecognizer() {
        super("NL_BSN", Category.IDENTIFIER, List.of(NamedPattern.of("bsn", "(?<![\\d.-])\\d{4}\\.?\\d{2}\\.?\\d{3}(?![\\d-]|\\.\\d)", 0.2)), Set.of("bsn", "burgerservicenummer", "sofinummer"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (d.charAt(i) - '0') * (9 - i);
        }
        sum -= d.charAt(8) - '0';
        return sum % 11 == 0 && sum != 0 ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
