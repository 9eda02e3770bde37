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
 * Bulgarian personal numbers (ЕГН, EGN): ten digits, YYMMDD SSS C: the birth date, its month plus 20 for the 1800s and plus
 * 40 for the 2000s, a serial (its last digit even for a man) and a check digit (weights 2 4 8 5 10 9 7 3 6, modulo 11, 10
 * written 0). After its label ("ЕГН 9201174572", "EGN: 7523169263", "ЕГН/ЛНЧ:").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "BG_EGN", frameworks = {"gdpr", "pii"})
public class BgEgnRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {2, 4, 8, 5, 10, 9, 7, 3, 6};

    public BgEgnRecognizer() {
        super("BG_EGN", Category.IDENTIFIER, List.of(NamedPattern.of("labelled egn",
                "(?<![\\p{L}])(?:ЕГН(?:/ЛНЧ)?|EGN|егн|Егн|[ЕеE]динен[ \\t]+граждански[ \\t]+номер)[ \\t]*+[:#.№]?[ \\t]*+(?<value>\\d{10})(?![\\w-]|[.,]\\d)", 0.8)),
                Set.of("егн", "egn"));
    }

    @Override
    protected Validation validate(String value) {
        int coded = Integer.parseInt(value.substring(2, 4));
        int year = (coded > 40 ? 2000 : coded > 20 ? 1800 : 1900) + Integer.parseInt(value.substring(0, 2));
        int check = Checksums.weightedSum(value, WEIGHTS) % 11 % 10;
        return coded <= 52 && CheckDigits.date(year, coded % 20, Integer.parseInt(value.substring(4, 6)))
                && check == value.charAt(9) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
