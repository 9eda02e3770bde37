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

/** UK National Insurance numbers: two prefix letters (never D, F, I, Q, U, V; not BG, GB, KN, NK, NT, TN, ZZ), six digits, a suffix A-D (HMRC). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "UK_NINO", frameworks = {"gdpr", "pii"})
public class UkNinoRecognizer extends PatternRecognizer {

    public UkNinoRecognizer() {
        super("UK_NINO", Category.IDENTIFIER, List.of(NamedPattern.of("nino", "\\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b", 0.6)), Set.of("national insurance", "nino", "ni number", "ni no"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        return d.length() == 6 ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
