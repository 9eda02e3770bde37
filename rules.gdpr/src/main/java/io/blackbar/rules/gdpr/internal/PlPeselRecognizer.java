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

/** Polish PESEL numbers: eleven digits, birth date with the century in the month, weighted check digit. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PL_PESEL", frameworks = {"gdpr", "pii"})
public class PlPeselRecognizer extends PatternRecognizer {

    public PlPeselRecognizer() {
        super("PL_PESEL", Category.IDENTIFIER, List.of(NamedPattern.of("pesel", "(?<!\\d)\\d{11}(?!\\d)", 0.3)), Set.of("pesel"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (d.charAt(i) - '0') * w[i];
        }
        int month = Integer.parseInt(d.substring(2, 4)) % 20;
        boolean ok = (10 - sum % 10) % 10 == d.charAt(10) - '0' && month >= 1 && month <= 12;
        return ok ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
