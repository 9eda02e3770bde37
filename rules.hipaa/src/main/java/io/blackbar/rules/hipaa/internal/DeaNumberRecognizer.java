package io.blackbar.rules.hipaa.internal;

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
 * DEA registration numbers: two letters and seven digits; the last digit is the last digit of
 * (d1 + d3 + d5) + 2 x (d2 + d4 + d6) (DEA's published check).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "DEA_NUMBER", frameworks = "hipaa")
public class DeaNumberRecognizer extends PatternRecognizer {

    public DeaNumberRecognizer() {
        super("DEA_NUMBER", Category.IDENTIFIER, List.of(NamedPattern.of("dea", "\\b[ABCDEFGHJKLMPRSTUX9][A-Z9]\\d{7}\\b", 0.5)),
                Set.of("dea", "registration", "prescriber"));
    }

    @Override
    protected Validation validate(String value) {
        int[] d = value.substring(2).chars().map(c -> c - '0').toArray();
        int check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
        return check == d[6] ? Validation.CONFIRMED : Validation.REJECTED;
    }

    @Override
    protected double confirmedScore() {
        return 0.85;
    }
}
