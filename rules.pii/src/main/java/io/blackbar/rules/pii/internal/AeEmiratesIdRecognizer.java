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
 * The United Arab Emirates' identity number: 784 (the country's code), the birth year, seven digits and a Luhn check
 * digit, written in groups ("784-1991-7305518-9"). Found alone in its groups, after "Emirates ID" or "EID" without them
 * ("EID" in capitals only: "eid" in any case, three letters inside many words, cost the engine 260 ms per 2 MB of 1 KB
 * documents, as much as a large recognizer).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "AE_EMIRATES_ID", frameworks = {"pii", "gdpr"})
public class AeEmiratesIdRecognizer extends PatternRecognizer {

    public AeEmiratesIdRecognizer() {
        super("AE_EMIRATES_ID", Category.IDENTIFIER, List.of(
                NamedPattern.of("emirates id in its groups", "(?<![\\w-])784-(?:19|20)\\d{2}-\\d{7}-\\d(?![\\w-]|[.,]\\d)", 0.6),
                NamedPattern.of("labelled emirates id", "(?<![\\p{L}])(?:(?i:emirates[ \\t]+id(?:[ \\t]+(?:no\\.?|number))?)|EID)[ \\t]*+[:#.]?[ \\t]*+"
                        + "(?<value>784(?:19|20)\\d{10})(?![\\w-]|[.,]\\d)", 0.8)),
                Set.of("emirates id", "eid"));
    }

    @Override
    protected Validation validate(String value) {
        return Checksums.luhn(Checksums.digits(value)) ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
