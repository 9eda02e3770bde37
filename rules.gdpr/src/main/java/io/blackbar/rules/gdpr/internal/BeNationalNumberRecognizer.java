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

/** Belgian national register numbers: YYMMDD, a serial, and the key 97 - (number mod 97) (with a leading 2 for births from 2000). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "BE_NATIONAL_NUMBER", frameworks = {"gdpr", "pii"})
public class BeNationalNumberRecognizer extends PatternRecognizer {

    public BeNationalNumberRecognizer() {
        super("BE_NATIONAL_NUMBER", Category.IDENTIFIER, List.of(NamedPattern.of("rijksregisternummer", "(?<![\\d.-])\\d{2}\\.?\\d{2}\\.?\\d{2}-?\\d{3}\\.?\\d{2}(?![\\d-]|\\.\\d)", 0.3)), Set.of("rijksregisternummer", "numéro national", "national number", "insz", "niss"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        long body = Long.parseLong(d.substring(0, 9));
        int key = Integer.parseInt(d.substring(9));
        boolean ok = 97 - body % 97 == key || 97 - (2_000_000_000L + body) % 97 == key;
        return ok ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
