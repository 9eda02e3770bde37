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
 * Hungarian personal tax numbers (adóazonosító jel): ten digits, 8, the days from 1 January 1867 to the birth date, a
 * serial and a check digit (the sum of each of the first nine digits times its place, 1 to 9, modulo 11; 10 is never
 * issued). After its label in its forms ("Adóazonosító jel: 8410474123", "adóazonosító jele 8401170877").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "HU_TAX_ID", frameworks = {"gdpr", "pii"})
public class HuTaxIdRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9};

    public HuTaxIdRecognizer() {
        super("HU_TAX_ID", Category.IDENTIFIER, List.of(NamedPattern.of("labelled adóazonosító jel",
                "(?<![\\p{L}])(?:(?i:adóazonosító(?:[ \\t]+jel(?:e|ét|ű)?)?|adóazonosítója|adoazonosito(?:[ \\t]+jel)?)|ADÓAZONOSÍTÓ(?:[ \\t]+JEL)?|Adóazonosító)[ \\t]*+[:#.]?[ \\t]*+"
                        + "(?<value>8\\d{9})(?![\\w-]|[.,]\\d)", 0.8)),
                Set.of("adóazonosító", "adóazonosító jel"));
    }

    @Override
    protected Validation validate(String value) {
        return Checksums.weightedSum(value, WEIGHTS) % 11 == value.charAt(9) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
