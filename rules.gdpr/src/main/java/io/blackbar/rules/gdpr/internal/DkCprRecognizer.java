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
 * Danish CPR numbers, DDMMYY-SSSS. Since 2007 numbers need not pass the old modulus-11 check, so
 * the date is the only check: found with a dash, they still need a context word ("CPR") to count.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "DK_CPR", frameworks = {"gdpr", "pii"})
public class DkCprRecognizer extends PatternRecognizer {

    public DkCprRecognizer() {
        super("DK_CPR", Category.IDENTIFIER, List.of(
                NamedPattern.of("cpr", "(?<![\\d-])(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])\\d{2}-\\d{4}(?![\\d-])", 0.3)),
                Set.of("cpr", "cpr-nummer", "cpr-nr", "personnummer", "cpr number"));
    }

    @Override
    protected Validation validate(String value) {
        int day = Integer.parseInt(value.substring(0, 2));
        int month = Integer.parseInt(value.substring(2, 4));
        int[] days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return day <= days[month - 1] ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
