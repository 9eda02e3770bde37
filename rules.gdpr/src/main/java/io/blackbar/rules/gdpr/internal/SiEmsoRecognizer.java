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
 * Slovenian personal numbers (EMŠO): thirteen digits, DDMMYYY RR BBB K: the birth date with the year's last three digits
 * (9xx the 1900s, 0xx the 2000s),
 * the register (50-59 in Slovenia), a serial and a check digit (11 minus the weighted sum modulo 11, weights 7 6 5 4 3 2 7 6
 * 5 4 3 2; 11 is written 0; 10 is said never to be issued, but python-stdnum writes it 0 too, and so is it read here:
 * a redaction errs towards the number). After its label ("EMŠO: 1203019500146", "EMSO 0411016506044").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "SI_EMSO", frameworks = {"gdpr", "pii"})
public class SiEmsoRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    public SiEmsoRecognizer() {
        super("SI_EMSO", Category.IDENTIFIER, List.of(NamedPattern.of("labelled emšo",
                "(?<![\\p{L}])(?:EMŠO|EMSO|emšo|Emšo|Emso|emso|[Ee]notna[ \\t]+matična[ \\t]+številka(?:[ \\t]+občana)?)[ \\t]*+[:#.]?[ \\t]*+"
                        + "(?<value>[0-3]\\d[01]\\d{10})(?![\\w-]|[.,]\\d)", 0.8)),
                Set.of("emšo", "emso"));
    }

    @Override
    protected Validation validate(String value) {
        int year = (value.charAt(4) == '9' ? 1000 : 2000) + Integer.parseInt(value.substring(4, 7));
        int check = 11 - Checksums.weightedSum(value, WEIGHTS) % 11;
        return CheckDigits.date(year, Integer.parseInt(value.substring(2, 4)), Integer.parseInt(value.substring(0, 2)))
                && check % 11 % 10 == value.charAt(12) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
