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

/** IBANs, compact or in groups of four, passing ISO 7064 mod 97-10. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "IBAN_CODE", frameworks = {"pii", "gdpr"})
public class IbanRecognizer extends PatternRecognizer {

    public IbanRecognizer() {
        super("IBAN_CODE", Category.FINANCIAL, List.of(
                NamedPattern.of("iban", "(?<![A-Za-z0-9])[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])", 0.5)),
                Set.of("iban", "account", "bank", "transfer"));
    }

    @Override
    protected Validation validate(String value) {
        String compact = value.replace(" ", "");
        return compact.length() >= 15 && compact.length() <= 34 && Checksums.mod97(compact)
                ? Validation.CONFIRMED : Validation.REJECTED;
    }

    @Override
    protected String validatorName() {
        return "mod 97";
    }
}
