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

/** Irish PPS numbers: seven digits, a check letter (weights 8..2, mod 23) and an optional second letter weighted 9. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "IE_PPS", frameworks = {"gdpr", "pii"})
public class IePpsRecognizer extends PatternRecognizer {

    public IePpsRecognizer() {
        super("IE_PPS", Category.IDENTIFIER, List.of(
                NamedPattern.of("pps", "\\b\\d{7}[A-W][ABHWTX]?\\b", 0.4)),
                Set.of("pps", "ppsn", "pps number", "personal public service"));
    }

    @Override
    protected Validation validate(String value) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (value.charAt(i) - '0') * (8 - i);
        }
        if (value.length() == 9 && value.charAt(8) != 'W') {
            sum += (value.charAt(8) - 'A' + 1) * 9;
        }
        int r = sum % 23;
        char expected = r == 0 ? 'W' : (char) ('A' + r - 1);
        return value.charAt(7) == expected ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
