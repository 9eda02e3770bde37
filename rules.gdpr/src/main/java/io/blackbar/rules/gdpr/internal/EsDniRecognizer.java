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

/** Spanish DNI and NIE numbers with their control letter (number mod 23; NIE X/Y/Z read as 0/1/2). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "ES_DNI", frameworks = {"gdpr", "pii"})
public class EsDniRecognizer extends PatternRecognizer {

    public EsDniRecognizer() {
        super("ES_DNI", Category.IDENTIFIER, List.of(NamedPattern.of("dni", "\\b\\d{8}-?[A-HJ-NP-TV-Z]\\b", 0.5), NamedPattern.of("nie", "\\b[XYZ]-?\\d{7}-?[A-HJ-NP-TV-Z]\\b", 0.5)), Set.of("dni", "nie", "nif", "documento"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        String letters = "TRWAGMYFPDXBNJZSQVHLCKE";
        String v = value.replace("-", "");
        String number = switch (v.charAt(0)) {
            case 'X' -> "0" + v.substring(1, 8);
            case 'Y' -> "1" + v.substring(1, 8);
            case 'Z' -> "2" + v.substring(1, 8);
            default -> v.substring(0, 8);
        };
        return letters.charAt(Integer.parseInt(number) % 23) == v.charAt(v.length() - 1) ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
