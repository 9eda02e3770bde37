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
 * Austrian social insurance numbers: a three-digit serial, a check digit (weights 3 7 9 - 5 8 4 2 1
 * 6, mod 11) and the birth date DDMMYY. Ten digits are common, so they need a context word too.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "AT_SOCIAL_INSURANCE", frameworks = {"gdpr", "pii"})
public class AtSocialInsuranceRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {3, 7, 9, 0, 5, 8, 4, 2, 1, 6};

    public AtSocialInsuranceRecognizer() {
        super("AT_SOCIAL_INSURANCE", Category.IDENTIFIER, List.of(
                NamedPattern.of("svnr", "(?<![\\d-])[1-9]\\d{3}[ ]?(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])\\d{2}(?![\\d-])", 0.3)),
                Set.of("sozialversicherungsnummer", "svnr", "sv-nr", "versicherungsnummer", "social insurance"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        int check = Checksums.weightedSum(d, WEIGHTS) % 11;
        return check != 10 && check == d.charAt(3) - '0' ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
