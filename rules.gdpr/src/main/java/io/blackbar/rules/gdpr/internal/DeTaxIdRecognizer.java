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

/** German tax identification numbers (Steuer-ID): eleven digits, ISO 7064 MOD 11,10 check digit; needs context. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "DE_STEUER_ID", frameworks = {"gdpr", "pii"})
public class DeTaxIdRecognizer extends PatternRecognizer {

    public DeTaxIdRecognizer() {
        super("DE_STEUER_ID", Category.IDENTIFIER, List.of(NamedPattern.of("steuer-id", "(?<!\\d)(?<!\\d )[1-9]\\d(?: ?\\d{3}){3}(?![\\d])", 0.3)), Set.of("steuer-id", "steuerid", "steuerliche identifikationsnummer", "identifikationsnummer", "idnr", "tin"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        if (d.length() != 11) {
            return Validation.REJECTED;
        }
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (d.charAt(i) - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        int check = (11 - product) % 10;
        return check == d.charAt(10) - '0' ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
