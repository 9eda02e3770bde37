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
 * Vehicle identification numbers (17 characters, no I, O, Q, a letter and a digit among them). With the North American
 * check digit (position 9) passing, confirmed; failing it, none when made for North America or China, where the check
 * is the law; else, as most of the rest of the world writes them ("VSSZZZ…", "WVWZZZ…": ISO 3779 makes the check digit
 * optional), near a vehicle's word only ("VIN:", "Fahrgestellnummer", "bastidor").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "VIN", frameworks = {"hipaa", "gdpr"})
public class VinRecognizer extends PatternRecognizer {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final int[] VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    public VinRecognizer() {
        super("VIN", Category.IDENTIFIER, List.of(NamedPattern.of("vin", "\\b[A-HJ-NPR-Z0-9]{17}\\b", 0.4)),
                Set.of("vin", "vehicle", "chassis", "fahrgestellnummer", "fahrgestell-nr", "bastidor", "telaio",
                        "chassisnummer", "chassinummer", "châssis", "vehicle identification number"));
    }

    @Override
    protected Validation validate(String value) {
        if (value.chars().noneMatch(Character::isDigit) || value.chars().noneMatch(Character::isLetter)) {
            return Validation.REJECTED;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = value.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : VALUES[LETTERS.indexOf(c)];
            sum += v * WEIGHTS[i];
        }
        int r = sum % 11;
        char check = r == 10 ? 'X' : (char) ('0' + r);
        if (value.charAt(8) == check) {
            return Validation.CONFIRMED;
        }
        // the check digit is the law for vehicles made for North America (first character 1-5) and China (L); elsewhere
        // optional: a number without it stays at the pattern's score, for a vehicle's word near it to lift
        char region = value.charAt(0);
        return region >= '1' && region <= '5' || region == 'L' ? Validation.REJECTED : Validation.UNKNOWN;
    }

    @Override
    protected double confirmedScore() {
        return 0.8;
    }
}
