package io.blackbar.rules.gdpr.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * Polish identity cards' numbers (dowód osobisty): three letters of the series, a check digit and five digits ("CAX
 * 782741"); the letters count 10 to 35, the characters are weighted 7, 3, 1, (the check), 7, 3, 1, 7, 3, and the sum's
 * last digit is the check. After the card's name in any case ("Dowód osobisty: CAX 782741", "nr dowodu osobistego
 * ABA300000", "seria i numer dowodu").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PL_ID_CARD", frameworks = {"gdpr", "pii"})
public class PlIdCardRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {7, 3, 1, 0, 7, 3, 1, 7, 3};

    public PlIdCardRecognizer() {
        super("PL_ID_CARD", Category.IDENTIFIER, List.of(NamedPattern.of("labelled identity card",
                "(?iu:(?<![\\p{L}])(?:dow[oó]d(?:u|em)?[ \\t]+osobist(?:y|ego|ym)|(?:nr|numer|seria[ \\t]+i[ \\t]+numer)[ \\t]+dowodu"
                        + "(?:[ \\t]+osobistego)?)(?:[ \\t]+(?:nr|numer|seria))?[ \\t]*+[:.]?[ \\t]*+)"
                        + "(?<value>[A-Z]{3}[ ]?\\d{6})(?![\\w-])", 0.8)),
                Set.of("dowód osobisty", "dowodu osobistego", "dowód"));
    }

    @Override
    protected Validation validate(String value) {
        String v = value.replace(" ", "");
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += CheckDigits.alphanumeric(v.charAt(i)) * WEIGHTS[i];
        }
        return sum % 10 == v.charAt(3) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
