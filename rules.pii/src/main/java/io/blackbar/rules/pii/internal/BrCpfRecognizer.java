package io.blackbar.rules.pii.internal;

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
 * Brazilian CPF numbers (Receita Federal): nine digits and two check digits, each the weighted sum (10 down to 2, then 11
 * down to 2) modulo 11 taken from 11 (0 for 10 and 11), written "418.327.906-22". In that form one number in a hundred
 * passes: it is confirmed, and wins over a phone number read into its groups; eleven bare digits count after "CPF" only (a JSON key's quotes around it too).
 * A number of one repeated digit passes the arithmetic and is never issued.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "BR_CPF", frameworks = {"pii", "gdpr"})
public class BrCpfRecognizer extends PatternRecognizer {

    public BrCpfRecognizer() {
        super("BR_CPF", Category.IDENTIFIER, List.of(
                NamedPattern.of("cpf", "(?<![\\d.-])\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}(?![\\d-]|[.,]\\d)", 0.5),
                NamedPattern.of("labelled cpf", "(?i:\\bcpf\"?" + LabelledNumberRecognizer.GLUE + "\"?)(?<value>\\d{11})(?![\\w-]|[.,]\\d)", 0.7)),
                Set.of("cpf", "cadastro de pessoas físicas", "cadastro de pessoa física"));
    }

    /** @return the check digit of the first {@code n} digits: weights n + 1 down to 2, modulo 11 */
    private static int check(String d, int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (d.charAt(i) - '0') * (n + 1 - i);
        }
        int rest = 11 - sum % 11;
        return rest >= 10 ? 0 : rest;
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        if (d.chars().allMatch(c -> c == d.charAt(0)) || check(d, 9) != d.charAt(9) - '0' || check(d, 10) != d.charAt(10) - '0') {
            return Validation.REJECTED;
        }
        return value.indexOf('.') > 0 ? Validation.CONFIRMED : Validation.UNKNOWN;
    }
}
