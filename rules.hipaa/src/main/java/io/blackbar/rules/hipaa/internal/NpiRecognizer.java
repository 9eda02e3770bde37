package io.blackbar.rules.hipaa.internal;

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

/** National Provider Identifiers: 10 digits starting 1 or 2, Luhn over the 80840 prefix (CMS). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "NPI", frameworks = "hipaa")
public class NpiRecognizer extends PatternRecognizer {

    public NpiRecognizer() {
        super("NPI", Category.IDENTIFIER, List.of(NamedPattern.of("npi", "(?<![\\d-])[12]\\d{9}(?![\\d-])", 0.3)),
                Set.of("npi", "provider", "national provider"));
    }

    @Override
    protected Validation validate(String value) {
        return Checksums.luhn("80840" + value) ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
