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

/** French social security numbers (NIR): sex, year, month, department (2A/2B for Corsica), commune, order, and the key 97 - (number mod 97). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "FR_NIR", frameworks = {"gdpr", "pii"})
public class FrNirRecognizer extends PatternRecognizer {

    public FrNirRecognizer() {
        super("FR_NIR", Category.IDENTIFIER, List.of(NamedPattern.of("nir", "\\b[12] ?\\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\\d) ?(?:\\d{2}|2A|2B) ?\\d{3} ?\\d{3} ?\\d{2}\\b", 0.5)), Set.of("sécurité sociale", "securite sociale", "nir", "insee", "numéro de sécurité"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        String v = value.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        String body = v.substring(0, 13).replace("2A", "19").replace("2B", "18");
        long key = 97 - Long.parseLong(body) % 97;
        return key == Long.parseLong(v.substring(13)) ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
