package io.blackbar.rules.pii.internal;

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
 * Ukraine's taxpayer registration number of a person (РНОКПП, formerly ІПН, "ИНН" in Russian): ten digits, the first
 * five the days since 31 December 1899 of the birth, the tenth the sum of the first nine under weights -1 5 7 9 4 6 10
 * 5 7 modulo 11, then modulo 10; after its label.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "UA_RNOKPP", frameworks = {"pii", "gdpr"})
public class UaRnokppRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {-1, 5, 7, 9, 4, 6, 10, 5, 7};

    public UaRnokppRecognizer() {
        super("UA_RNOKPP", Category.IDENTIFIER, List.of(
                NamedPattern.of("labelled rnokpp", "(?<![\\p{L}])(?:РНОКПП|ІПН|ИНН|ДРФО|RNOKPP|ІНН)(?:[ \\t]*+№)?[ \\t]*+:?[ \\t]*+"
                        + "(?<value>\\d{10})(?![\\w-]|[.,]\\d)", 0.6)),
                Set.of("рнокпп", "іпн", "инн", "податків"));
    }

    @Override
    protected Validation validate(String value) {
        // the first five digits count the days from 31 December 1899 to the birth: none after today (a Russian company's
        // INN, ten digits too, often begins past it: "7736207543" would be born in 2111)
        long born = Long.parseLong(value.substring(0, 5));
        if (born > java.time.LocalDate.of(1899, 12, 31).until(java.time.LocalDate.now(), java.time.temporal.ChronoUnit.DAYS)) {
            return Validation.REJECTED;
        }
        int check = Math.floorMod(Checksums.weightedSum(value, WEIGHTS), 11) % 10;
        return check == value.charAt(9) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
