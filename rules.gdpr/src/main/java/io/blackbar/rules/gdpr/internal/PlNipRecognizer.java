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
 * Polish tax identification numbers (NIP, Ministry of Finance's rule): ten digits, written plain or grouped
 * 3-3-2-2 or 3-2-2-3 with dashes, the last a check digit: the first nine weighted 6 5 7 2 3 4 5 6 7, the sum modulo
 * 11 (10 is never issued). Ten digits pass one time in eleven: it is taken after its label only. With its "PL" prefix it is
 * the VAT number ({@code EU_VAT}).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PL_NIP", frameworks = {"gdpr", "pii"})
public class PlNipRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

    public PlNipRecognizer() {
        super("PL_NIP", Category.IDENTIFIER, List.of(NamedPattern.of("nip",
                "(?i:\\bnip(?:[ \\t]+(?:nr\\.?|numer))?[ \\t]*+[:#]?[ \\t]*+)"
                + "(?<value>\\d{10}|\\d{3}-\\d{3}-\\d{2}-\\d{2}|\\d{3}-\\d{2}-\\d{2}-\\d{3})(?![\\w-]|[.,]\\d)", 0.6)),
                Set.of("nip", "numer identyfikacji podatkowej", "identyfikacji podatkowej"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        int check = Checksums.weightedSum(d, WEIGHTS) % 11;
        return check != 10 && check == d.charAt(9) - '0' ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
