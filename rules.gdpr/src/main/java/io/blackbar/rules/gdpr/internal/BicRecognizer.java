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

/** Bank identifier codes (BIC/SWIFT, ISO 9362): bank, ISO country, location and optional branch; needs context. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "BIC", frameworks = {"gdpr", "pii"})
public class BicRecognizer extends PatternRecognizer {

    public BicRecognizer() {
        super("BIC", Category.FINANCIAL, List.of(NamedPattern.of("bic", "\\b[A-Z]{4}(?:AT|BE|BG|CH|CY|CZ|DE|DK|EE|ES|FI|FR|GB|GR|HR|HU|IE|IS|IT|LI|LT|LU|LV|MT|NL|NO|PL|PT|RO|SE|SI|SK|US|CA|AU|JP|CN|IN|BR|MX|ZA|SG|HK)[A-Z0-9]{2}(?:[A-Z0-9]{3})?\\b", 0.3)), Set.of("bic", "swift", "bank code", "iban"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        return value.chars().anyMatch(Character::isDigit) || value.length() == 11 || value.length() == 8 ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
