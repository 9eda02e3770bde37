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
 * Moldova's personal identification number (IDNP): thirteen digits beginning with 0 or 2 (a company's IDNO begins
 * with 1: left out), the last the sum of the first twelve under weights 7 3 1 modulo 10; after its label ("IDNP",
 * "cod personal").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "MD_IDNP", frameworks = {"pii", "gdpr"})
public class MdIdnpRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1};

    public MdIdnpRecognizer() {
        super("MD_IDNP", Category.IDENTIFIER, List.of(
                NamedPattern.of("labelled idnp", "(?<![\\p{L}])(?:IDNP|[Cc]od(?:ul)?[ \\t]personal(?:[ \\t]de[ \\t]identificare)?)"
                        + "[ \\t]*+:?[ \\t]*+(?<value>[02]\\d{12})(?![\\w-]|[.,]\\d)", 0.6)),
                Set.of("idnp", "buletin"));
    }

    @Override
    protected Validation validate(String value) {
        return Checksums.weightedSum(value, WEIGHTS) % 10 == value.charAt(12) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
