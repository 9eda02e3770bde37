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
 * German pension and social insurance numbers (Rentenversicherungsnummer, "SV-Nummer"; Deutsche
 * Rentenversicherung's layout, every German payslip prints one): a two-digit area, the birth date DDMMYY, the
 * birth surname's initial, a two-digit serial and a check digit ("65 170839 J 00 3"). The check: the letter as
 * its place in the alphabet (two digits), the twelve digits weighted 2 1 2 5 7 1 2 1 2 1 2 1, the digit sums of
 * the products added, modulo 10. The letter inside and the date make it rarer than plain digits, but a part
 * number could have that shape: it needs a context word.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "DE_SOCIAL_INSURANCE", frameworks = {"gdpr", "pii"})
public class DeSocialInsuranceRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};

    public DeSocialInsuranceRecognizer() {
        super("DE_SOCIAL_INSURANCE", Category.IDENTIFIER, List.of(NamedPattern.of("rvnr",
                "(?<![\\w-])\\d{2}[ ]?(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])\\d{2}[ ]?[A-Za-z][ ]?\\d{2}[ ]?\\d(?![\\w-])", 0.3)),
                Set.of("sozialversicherungsnummer", "rentenversicherungsnummer", "versicherungsnummer", "sv-nummer",
                        "rv-nummer", "sv-nr", "rv-nr", "svnr", "rvnr", "social insurance", "pension insurance number"));
    }

    @Override
    protected Validation validate(String value) {
        String compact = value.replace(" ", "");
        String digits = compact.substring(0, 8) + CheckDigits.place(compact.charAt(8)) + compact.substring(9, 11);
        return Checksums.digitSumOfProducts(digits, WEIGHTS) % 10 == compact.charAt(11) - '0' ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
