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
 * German health insurance numbers (Krankenversichertennummer, on every electronic health card since 2012,
 * GKV-Spitzenverband's layout): a capital and nine digits, the last a check digit ("A123456780"). The check: the
 * letter as its place in the alphabet (two digits), with the next eight digits weighted 1 2 1 2..., the digit sums
 * of the products added, modulo 10. A capital and nine digits is a common shape of order numbers: it needs a
 * context word.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "DE_HEALTH_INSURANCE", frameworks = {"gdpr", "pii", "hipaa"})
public class DeHealthInsuranceRecognizer extends PatternRecognizer {

    public DeHealthInsuranceRecognizer() {
        super("DE_HEALTH_INSURANCE", Category.IDENTIFIER, List.of(NamedPattern.of("kvnr", "(?<![\\w-])[A-Z]\\d{9}(?![\\w-])", 0.2)),
                Set.of("krankenversichertennummer", "versichertennummer", "versicherten-nr", "kvnr", "krankenkasse",
                        "gesundheitskarte", "health insurance number"));
    }

    @Override
    protected Validation validate(String value) {
        String digits = CheckDigits.place(value.charAt(0)) + value.substring(1, 9);
        int check = Checksums.digitSumOfProducts(digits, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2) % 10;
        return check == value.charAt(9) - '0' ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
