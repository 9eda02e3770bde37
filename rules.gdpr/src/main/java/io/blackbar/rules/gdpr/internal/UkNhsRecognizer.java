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

/** NHS numbers (England, Wales, Isle of Man): ten digits, modulus 11 check; needs context, as ten digits are common. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "UK_NHS_NUMBER", frameworks = {"gdpr", "pii", "hipaa"})
public class UkNhsRecognizer extends PatternRecognizer {

    public UkNhsRecognizer() {
        super("UK_NHS_NUMBER", Category.IDENTIFIER, List.of(
                // after its label, dot leaders too: surer than a phone number of the same shape ("NHS number 485 777 3228" was one)
                NamedPattern.of("labelled nhs", "(?i:\\bnhs[ \\t]*+(?:no\\.?|number|num|#)?(?:[ \\t]*+\\.{3,}+)?[ \\t]*+[:#]?[ \\t]*+)"
                        + "(?<value>\\d{3}[ -]?\\d{3}[ -]?\\d{4})(?![\\d-])", 0.85),
                NamedPattern.of("nhs", "(?<![\\d-])\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?![\\d-])", 0.2)),
                Set.of("nhs", "nhs number", "health service"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        check = check == 11 ? 0 : check;
        return check != 10 && check == d.charAt(9) - '0' ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
