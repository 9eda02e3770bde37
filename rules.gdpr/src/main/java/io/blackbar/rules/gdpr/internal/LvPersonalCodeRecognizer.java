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

/**
 * Latvian personal codes (personas kods): DDMMYY-CNNNN, the birth date, the century (0 for the 1800s, 1 the 1900s, 2 the
 * 2000s), a serial and a check digit ((1 + the weighted sum, weights 10 5 8 4 2 1 6 3 7 9) modulo 11, and that modulo 10);
 * or, issued since July 2017, 32 and nine digits with no date and no check. After its label ("Personas kods: 210587-12848",
 * "p.k. 32579461005", "Personas kods: 161175 19997"): eleven digits bare are any number's.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "LV_PERSONAL_CODE", frameworks = {"gdpr", "pii"})
public class LvPersonalCodeRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {10, 5, 8, 4, 2, 1, 6, 3, 7, 9};

    public LvPersonalCodeRecognizer() {
        super("LV_PERSONAL_CODE", Category.IDENTIFIER, List.of(NamedPattern.of("labelled personas kods",
                "(?<![\\p{L}.])(?:(?i:personas[ \\t]+kod(?:s|u|am|a)|p\\.[ \\t]?k\\.)|PERSONAS[ \\t]+KODS)[ \\t]*+[:#.]?[ \\t]*+"
                        + "(?<value>[0-3]\\d[01]\\d{3}[- ]?[0-2]\\d{4}|32\\d{4}[- ]?\\d{5})(?![\\w-]|[.,]\\d)", 0.8)),
                Set.of("personas kods"));
    }

    @Override
    protected Validation validate(String value) {
        String digits = Checksums.digits(value);
        if (digits.startsWith("32")) {
            return Validation.UNKNOWN; // the code of 2017: no date, no check
        }
        int year = 1800 + (digits.charAt(6) - '0') * 100 + Integer.parseInt(digits.substring(4, 6));
        int check = (1 + Checksums.weightedSum(digits, WEIGHTS)) % 11 % 10;
        return CheckDigits.date(year, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(0, 2)))
                && check == digits.charAt(10) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
