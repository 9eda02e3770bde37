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
 * US Social Security numbers, with the SSA's issuing rules: no area 000, 666 or 900-999, no group
 * 00, no serial 0000. Dashed or spaced forms score higher than a bare 9-digit run, which needs
 * context.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "US_SSN", frameworks = {"pii", "hipaa", "gdpr"})
public class UsSsnRecognizer extends PatternRecognizer {

    public UsSsnRecognizer() {
        super("US_SSN", Category.IDENTIFIER, List.of(
                NamedPattern.of("ssn dashed", "(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])", 0.6),
                // not inside a longer run of spaced digits ("1 536 22 1947 2"), but after a label's space ("SSN: 536 22 1947")
                NamedPattern.of("ssn spaced", "(?<!\\d)(?<!\\d )\\d{3} \\d{2} \\d{4}(?!\\d| \\d)", 0.4),
                NamedPattern.of("ssn dotted", "(?<![\\d.])\\d{3}\\.\\d{2}\\.\\d{4}(?!\\d|\\.\\d)", 0.4),
                NamedPattern.of("ssn bare", "(?<!\\d)\\d{9}(?!\\d)", 0.2)),
                Set.of("ssn", "ssns", "social security", "social security number", "ss#", "ss #", "ssa"));
    }

    @Override
    protected Validation validate(String value) {
        return issued(Checksums.digits(value)) ? Validation.UNKNOWN : Validation.REJECTED;
    }

    /** @return whether nine digits keep the issuing rules: no area 000, 666 or 9xx, no group 00, no serial 0000 */
    static boolean issued(String d) {
        int area = Integer.parseInt(d.substring(0, 3));
        int group = Integer.parseInt(d.substring(3, 5));
        int serial = Integer.parseInt(d.substring(5));
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }
}
