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
 * Phone numbers: North American (NANP, with area and exchange codes 2-9) and international E.164
 * ({@code +} country code). National formats of other countries come with the full catalogue.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PHONE_NUMBER", frameworks = {"pii", "hipaa", "gdpr"})
public class PhoneRecognizer extends PatternRecognizer {

    public PhoneRecognizer() {
        super("PHONE_NUMBER", Category.CONTACT, List.of(
                NamedPattern.of("nanp", "(?<![\\w+])(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}(?![\\w-])", 0.6),
                NamedPattern.of("e164", "(?<![\\w+])\\+[1-9]\\d{0,2}(?:[ .-]?\\(?\\d{1,4}\\)?){2,5}(?![\\w-])", 0.5)),
                Set.of("phone", "tel", "telephone", "mobile", "cell", "call", "fax", "contact"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        if (value.startsWith("+") && !value.startsWith("+1")) {
            return d.length() >= 8 && d.length() <= 15 ? Validation.UNKNOWN : Validation.REJECTED;
        }
        String national = d.length() == 11 && d.charAt(0) == '1' ? d.substring(1) : d;
        if (national.length() != 10 || national.charAt(0) < '2' || national.charAt(3) < '2') {
            return Validation.REJECTED;
        }
        return Validation.UNKNOWN;
    }
}
