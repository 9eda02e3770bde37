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
 * Croatian personal identification numbers (OIB, osobni identifikacijski broj): eleven digits, the last a check by ISO
 * 7064 MOD 11,10. Read after their label ("OIB 48291736502", "OIB: 71304829575"): eleven digits bare are any number's.
 * A company's number is one too, and a sole trader's is a person's.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "HR_OIB", frameworks = {"gdpr", "pii"})
public class HrOibRecognizer extends PatternRecognizer {

    public HrOibRecognizer() {
        super("HR_OIB", Category.IDENTIFIER, List.of(NamedPattern.of("labelled oib",
                "(?<![\\p{L}])(?:OIB|oib|osobni[ \\t]+identifikacijski[ \\t]+broj)[ \\t]*+[:#.]?[ \\t]*+(?<value>\\d{11})(?![\\w-]|[.,]\\d)",
                0.8)), Set.of("oib"));
    }

    @Override
    protected Validation validate(String value) {
        int a = 10;
        for (int i = 0; i < 10; i++) {
            a = (a + value.charAt(i) - '0') % 10;
            a = (a == 0 ? 10 : a) * 2 % 11;
        }
        return (11 - a) % 10 == value.charAt(10) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
