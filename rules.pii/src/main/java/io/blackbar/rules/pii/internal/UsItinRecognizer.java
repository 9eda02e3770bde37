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

/** US Individual Taxpayer Identification Numbers: 9XX-GG-NNNN with the IRS group ranges 50-65, 70-88, 90-92, 94-99. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "US_ITIN", frameworks = {"pii", "hipaa", "gdpr"})
public class UsItinRecognizer extends PatternRecognizer {

    public UsItinRecognizer() {
        super("US_ITIN", Category.IDENTIFIER, List.of(
                NamedPattern.of("itin", "(?<![\\d-])9\\d{2}[- ]?\\d{2}[- ]?\\d{4}(?![\\d-])", 0.5)),
                Set.of("itin", "taxpayer", "tax id", "individual taxpayer"));
    }

    @Override
    protected Validation validate(String value) {
        int group = Integer.parseInt(Checksums.digits(value).substring(3, 5));
        boolean ok = group >= 50 && group <= 65 || group >= 70 && group <= 88 || group >= 90 && group <= 92 || group >= 94;
        return ok ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
