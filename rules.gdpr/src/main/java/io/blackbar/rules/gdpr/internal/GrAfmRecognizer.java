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
 * Greek tax numbers (ΑΦΜ, AFM): nine digits, the last a check (the first eight times 256, 128, ..., 2, summed, modulo 11,
 * modulo 10). Read after their label ("ΑΦΜ 103475862", "Α.Φ.Μ.: 047832194"): nine digits bare are any number's. A
 * company's number is one too: the label does not tell them apart, and a sole trader's is a person's.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "GR_AFM", frameworks = {"gdpr", "pii"})
public class GrAfmRecognizer extends PatternRecognizer {

    public GrAfmRecognizer() {
        super("GR_AFM", Category.IDENTIFIER, List.of(NamedPattern.of("labelled afm",
                "(?:ΑΦΜ|Α\\.Φ\\.Μ\\.?|AFM)[ \\t]*+[:#.]?[ \\t]*+(?<value>\\d{9})(?![\\w-]|[.,]\\d)", 0.8)),
                Set.of("αφμ", "afm"));
    }

    @Override
    protected Validation validate(String value) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (value.charAt(i) - '0') << (8 - i);
        }
        boolean ok = !value.equals("000000000") && sum % 11 % 10 == value.charAt(8) - '0';
        return ok ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
