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
 * Icelandic identity numbers (kennitala): the birth date as DDMMYY, two digits, a check digit (weights 3, 2, 7, 6, 5, 4,
 * 3, 2 modulo 11) and the century's digit ("kt. 020581-3369", "Kennitala: 230784-4189"). Read after their label: ten
 * digits with a dash are any number's. A company's kennitala has 40 added to its day ("kt. 540197-2299"), and is not a
 * person's: refused, as is a day its month lacks.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "IS_KENNITALA", frameworks = {"gdpr", "pii"})
public class IsKennitalaRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public IsKennitalaRecognizer() {
        super("IS_KENNITALA", Category.IDENTIFIER, List.of(NamedPattern.of("labelled kennitala",
                "(?<![\\p{L}])(?:kt\\.|[Kk]ennitala|KENNITALA)[ \\t]*+:?[ \\t]*+(?<value>\\d{6}-?\\d{4})(?![\\w-]|[.,]\\d)", 0.8)),
                Set.of("kennitala", "kt"));
    }

    @Override
    protected Validation validate(String value) {
        String d = value.replace("-", "");
        char century = d.charAt(9);
        int check = (11 - Checksums.weightedSum(d, WEIGHTS) % 11) % 11;
        return (century == '9' || century == '0' || century == '8')
                && CheckDigits.date((century == '8' ? 1800 : century == '9' ? 1900 : 2000) + Integer.parseInt(d.substring(4, 6)),
                        Integer.parseInt(d.substring(2, 4)), Integer.parseInt(d.substring(0, 2)))
                && check != 10 && check == d.charAt(8) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
