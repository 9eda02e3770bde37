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
 * German identity card (Personalausweis) numbers since 2010: nine characters from the card
 * alphabet (no vowels, no B, D, Q, S) and a check digit (weights 7 3 1, letters valued A=10..Z=35).
 * The check passes one string in ten, so the number needs its context word too.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "DE_ID_CARD", frameworks = {"gdpr", "pii"})
public class DeIdCardRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {7, 3, 1};

    public DeIdCardRecognizer() {
        super("DE_ID_CARD", Category.IDENTIFIER, List.of(NamedPattern.of("ausweisnummer",
                "\\b[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\\d\\b", 0.3),
                // as the card prints it, nine characters without the check digit (which only the machine-readable zone
                // has), after the card's name: "Personalausweis Nr. LF8T32V71"
                NamedPattern.of("labelled ausweisnummer", "(?i:\\b(?:personalausweis|ausweis)(?:nummer|[ \\t]*+-?[ \\t]*+nr\\.?)?"
                        + "[ \\t]*+[:#]?[ \\t]*+(?:nr\\.?[ \\t]*+)?)(?<value>[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\\d?)\\b", 0.7)),
                Set.of("personalausweis", "ausweisnummer", "ausweis", "id card", "identity card", "dokumentennummer"));
    }

    @Override
    protected Validation validate(String value) {
        if (value.length() == 9) {
            // after the card's name, a digit in it (no word of the card's alphabet is a number)
            return value.chars().anyMatch(Character::isDigit) ? Validation.UNKNOWN : Validation.REJECTED;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = value.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * WEIGHTS[i % 3];
        }
        return sum % 10 == value.charAt(9) - '0' ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
