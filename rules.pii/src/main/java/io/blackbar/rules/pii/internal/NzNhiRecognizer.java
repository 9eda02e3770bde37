package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * New Zealand National Health Index numbers (Te Whatu Ora), after their label ("NHI ZKC4528"): three letters without I
 * and O, then four digits, the last a check digit (the letters counted A=1 to Z=24 without I and O, the six characters
 * weighted 7 down to 2, modulo 11, taken from 11, 10 written 0; a sum that is a multiple of 11 is never issued); or, issued since 2022, two digits and two letters,
 * whose check letter is taken as written.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "NZ_NHI", frameworks = {"pii", "hipaa", "gdpr"})
public class NzNhiRecognizer extends LabelledNumberRecognizer {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    public NzNhiRecognizer() {
        super("NZ_NHI", Category.IDENTIFIER, "nhi|national[ \\t]+health[ \\t]+index",
                "[A-HJ-NP-Z]{3}\\d{2}(?:\\d{2}|[A-HJ-NP-Z]{2})", 0.7,
                Set.of("nhi", "national health index"));
    }

    @Override
    protected Validation validate(String value) {
        if (!Character.isDigit(value.charAt(6))) {
            return Validation.UNKNOWN;
        }
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            char c = value.charAt(i);
            sum += (i < 3 ? LETTERS.indexOf(c) + 1 : c - '0') * (7 - i);
        }
        int check = (11 - sum % 11) % 10;
        return sum % 11 != 0 && check == value.charAt(6) - '0' ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
