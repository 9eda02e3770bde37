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
 * Greek social security numbers (ΑΜΚΑ, AMKA): eleven digits, the birth date as DDMMYY, four more, and a Luhn check
 * digit. Read after their label ("ΑΜΚΑ: 08117502842"): eleven digits bare are any number's.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "GR_AMKA", frameworks = {"gdpr", "pii"})
public class GrAmkaRecognizer extends PatternRecognizer {

    public GrAmkaRecognizer() {
        super("GR_AMKA", Category.IDENTIFIER, List.of(NamedPattern.of("labelled amka",
                "(?:ΑΜΚΑ|Α\\.Μ\\.Κ\\.Α\\.?|AMKA)[ \\t]*+[:#.]?[ \\t]*+(?<value>\\d{11})(?![\\w-]|[.,]\\d)", 0.8)),
                Set.of("αμκα", "amka"));
    }

    @Override
    protected Validation validate(String value) {
        int day = Integer.parseInt(value.substring(0, 2));
        int month = Integer.parseInt(value.substring(2, 4));
        boolean ok = day >= 1 && day <= 31 && month >= 1 && month <= 12 && Checksums.luhn(value);
        return ok ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
