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

/** Norwegian fødselsnummer: DDMMYY (D-numbers add 4 to the first digit), three individual digits, two mod-11 check digits. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "NO_FODSELSNUMMER", frameworks = {"gdpr", "pii"})
public class NoFodselsnummerRecognizer extends PatternRecognizer {

    private static final int[] W1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] W2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    public NoFodselsnummerRecognizer() {
        super("NO_FODSELSNUMMER", Category.IDENTIFIER, List.of(
                NamedPattern.of("fodselsnummer", "(?<![\\d-])[0-7]\\d[01]\\d{3}[ ]?\\d{5}(?![\\d-])", 0.4)),
                Set.of("fødselsnummer", "fodselsnummer", "personnummer", "f.nr", "fnr", "d-nummer"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        return d.length() == 11 && check(d, W1, 9) && check(d, W2, 10) ? Validation.CONFIRMED : Validation.REJECTED;
    }

    /** Two check digits, but eleven digits are also order and account numbers: sure only with context. */
    @Override
    protected double confirmedScore() {
        return 0.6;
    }

    private static boolean check(String d, int[] weights, int at) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (d.charAt(i) - '0');
        }
        int k = 11 - sum % 11;
        k = k == 11 ? 0 : k;
        return k != 10 && k == d.charAt(at) - '0';
    }
}
