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

/** IMEI device identifiers: 15 digits with a Luhn check digit; needs context (a card number looks the same). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "IMEI", frameworks = {"gdpr", "hipaa"})
public class ImeiRecognizer extends PatternRecognizer {

    public ImeiRecognizer() {
        super("IMEI", Category.ONLINE, List.of(NamedPattern.of("imei", "(?<![\\d-])\\d{2}[ -]?\\d{6}[ -]?\\d{6}[ -]?\\d(?![\\d-])", 0.3)), Set.of("imei", "device", "handset", "phone serial"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        return d.length() == 15 && Checksums.luhn(d) ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
