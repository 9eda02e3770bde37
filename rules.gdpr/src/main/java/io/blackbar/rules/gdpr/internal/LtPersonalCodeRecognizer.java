package io.blackbar.rules.gdpr.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * Lithuanian personal codes (asmens kodas): eleven digits with the Estonian code's shape and check ({@link
 * CheckDigits#baltic}), or 9 and ten digits, the check only, for a person whose birth date is not known. After its label in its cases, or "a.k." or "AK" ("asmens kodas 33309240064", "AK 39002140816").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "LT_PERSONAL_CODE", frameworks = {"gdpr", "pii"})
public class LtPersonalCodeRecognizer extends BalticPersonalCodeRecognizer {

    public LtPersonalCodeRecognizer() {
        super("LT_PERSONAL_CODE", "labelled asmens kodas",
                "(?<![\\p{L}.])(?:(?i:asmens[ \\t]+kod(?:as|ą|o|ui|u)|a\\.[ \\t]?k\\.)|ASMENS[ \\t]+KODAS|AK)", "[1-69]",
                Set.of("asmens kodas"));
    }
}
