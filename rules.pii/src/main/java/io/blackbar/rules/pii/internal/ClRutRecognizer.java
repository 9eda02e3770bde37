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
 * Chile's RUT (rol único tributario, a person's RUN too): a body of seven or eight digits, a dash and a check digit (the
 * body's digits from the right weighted 2 to 7 and again, 11 minus the sum modulo 11; 11 written 0, 10 written K). With
 * its dots ("17.482.915-2") it is found alone; without them ("17482915-2") after "RUT" or "RUN". A body of 50 million or
 * more is a company's, and no person's.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "CL_RUT", frameworks = {"pii", "gdpr"})
public class ClRutRecognizer extends PatternRecognizer {

    public ClRutRecognizer() {
        super("CL_RUT", Category.IDENTIFIER, List.of(
                NamedPattern.of("rut with its dots", "(?<![\\d.-])\\d{1,2}\\.\\d{3}\\.\\d{3}-[\\dkK](?![\\w-]|[.,]\\d)", 0.6),
                NamedPattern.of("labelled rut", "(?<![\\p{L}])(?:RUT|RUN|R\\.U\\.T\\.|Rut)[ \\t]*+[:#.]?[ \\t]*+"
                        + "(?<value>\\d{1,2}\\.?\\d{3}\\.?\\d{3}-?[\\dkK])(?![\\w-]|[.,]\\d)", 0.8)),
                Set.of("rut", "cédula", "cedula"));
    }

    @Override
    protected Validation validate(String value) {
        int dash = value.indexOf('-');
        if (dash < 0 || value.indexOf('.') > 0 && value.chars().filter(c -> c == '.').count() != 2) {
            return Validation.REJECTED; // written with its dash, and with both dots or none
        }
        String body = Checksums.digits(value.substring(0, dash));
        if (body.length() > 8 || Long.parseLong(body) >= 50_000_000L) {
            return Validation.REJECTED; // a company's
        }
        int sum = 0;
        for (int k = body.length() - 1, w = 2; k >= 0; k--, w = w == 7 ? 2 : w + 1) {
            sum += (body.charAt(k) - '0') * w;
        }
        int check = 11 - sum % 11;
        char expected = check == 11 ? '0' : check == 10 ? 'K' : (char) ('0' + check);
        return Character.toUpperCase(value.charAt(value.length() - 1)) == expected ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
