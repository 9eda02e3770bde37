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
 * Hungarian social security numbers (TAJ szám): nine digits, often in groups of three, the last a check digit (the first
 * eight weighted 3 and 7 in turn, modulo 10). After its label ("TAJ szám: 048 291 732", "TAJ 133 748 206", "TAJ SZÁM:",
 * "társadalombiztosítási azonosító jel").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "HU_TAJ", frameworks = {"gdpr", "pii", "hipaa"})
public class HuTajRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {3, 7, 3, 7, 3, 7, 3, 7};

    public HuTajRecognizer() {
        super("HU_TAJ", Category.IDENTIFIER, List.of(NamedPattern.of("labelled taj szám",
                "(?<![\\p{L}])(?:(?:TAJ|taj)(?:[ \\t]*-?[ \\t]*(?:(?i:szám(?:a|át)?|szam)|SZÁM|Szám))?|(?i:társadalombiztosítási[ \\t]+azonosító[ \\t]+jel)|Társadalombiztosítási[ \\t]+azonosító[ \\t]+jel)[ \\t]*+[:#.]?[ \\t]*+"
                        + "(?<value>\\d{3}([ -]?)\\d{3}\\2\\d{3})(?![\\w-]|[.,]\\d)", 0.8)),
                Set.of("taj", "taj szám"));
    }

    @Override
    protected Validation validate(String value) {
        String digits = Checksums.digits(value);
        return Checksums.weightedSum(digits, WEIGHTS) % 10 == digits.charAt(8) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
