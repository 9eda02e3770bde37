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
 * Romanian personal numeric codes (CNP): thirteen digits, S YYMMDD JJ NNN C: sex and century (1-8, 9 a foreigner), the
 * birth date, the county (01-46, Bucharest's sectors 41-46, Călărași 51, Giurgiu 52), a serial, and a check digit (weights 2 7 9 1 4 6 3 5 8 2 7 9, modulo 11, 10 written 1). Thirteen
 * digits are tried after their label only ("CNP:", "Cod numeric personal:"): bare, at every number of a text.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "RO_CNP", frameworks = {"gdpr", "pii"})
public class RoCnpRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9};

    public RoCnpRecognizer() {
        super("RO_CNP", Category.IDENTIFIER, List.of(NamedPattern.of("labelled cnp",
                "(?i:\\b(?:cnp|cod[ \\t]+numeric[ \\t]+personal)(?:[ \\t]*+\\(cnp\\))?[ \\t]*+[:#.]?[ \\t]*+)(?<value>[1-9]\\d{12})(?![\\w-]|[.,]\\d)", 0.7)),
                Set.of("cnp", "cod numeric personal"));
    }

    @Override
    protected Validation validate(String value) {
        int month = Integer.parseInt(value.substring(3, 5));
        int day = Integer.parseInt(value.substring(5, 7));
        int county = Integer.parseInt(value.substring(7, 9));
        int check = Checksums.weightedSum(value, WEIGHTS) % 11;
        boolean ok = month >= 1 && month <= 12 && day >= 1 && day <= 31 && (county >= 1 && county <= 46 || county == 51 || county == 52)
                && (check == 10 ? 1 : check) == value.charAt(12) - '0';
        return ok ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
