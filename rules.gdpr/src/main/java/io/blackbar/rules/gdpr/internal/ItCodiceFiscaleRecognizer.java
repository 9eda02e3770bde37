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

/** Italian codice fiscale: surname, name, birth date and place codes, and a check letter (odd/even tables, mod 26). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "IT_FISCAL_CODE", frameworks = {"gdpr", "pii"})
public class ItCodiceFiscaleRecognizer extends PatternRecognizer {

    /** Values of the characters in odd positions (1st, 3rd, ...), digits then letters. */
    private static final int[] ODD_DIGITS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
    private static final int[] ODD_LETTERS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
        10, 22, 25, 24, 23};

    public ItCodiceFiscaleRecognizer() {
        super("IT_FISCAL_CODE", Category.IDENTIFIER, List.of(NamedPattern.of("codice fiscale",
                "(?i)\\b(?=\\w{16}\\b)[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\\b", 0.5)),
                Set.of("codice fiscale", "c.f.", "cf", "fiscal code", "tax code"));
    }

    @Override
    protected Validation validate(String value) {
        String v = value.toUpperCase(java.util.Locale.ROOT);
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = v.charAt(i);
            boolean digit = Character.isDigit(c);
            if (i % 2 == 0) {
                sum += digit ? ODD_DIGITS[c - '0'] : ODD_LETTERS[c - 'A'];
            } else {
                sum += digit ? c - '0' : c - 'A';
            }
        }
        return v.charAt(15) == (char) ('A' + sum % 26) ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
