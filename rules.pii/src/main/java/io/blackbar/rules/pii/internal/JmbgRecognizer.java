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
 * The unique master citizen number of Serbia, Bosnia and Herzegovina, Montenegro and North Macedonia (JMBG, ЈМБГ,
 * EMBG): thirteen digits, a birth date (day, month, the year's last three digits), a region, a serial and a check digit
 * (11 minus the sum under weights 7 6 5 4 3 2 twice, modulo 11; 10 and 11 written 0), as Slovenia's EMŠO; after its
 * label ("JMBG 0311946804172", "Moj JMBG je ...").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "JMBG", frameworks = {"pii", "gdpr"})
public class JmbgRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    public JmbgRecognizer() {
        super("JMBG", Category.IDENTIFIER, List.of(
                NamedPattern.of("labelled jmbg", "(?<![\\p{L}])(?:JMBG|ЈМБГ|EMBG|ЕМБГ|[Mm]atični[ \\t]broj(?:[ \\t]građana)?"
                        + "|[Мм]атични[ \\t]број(?:[ \\t]грађана)?)(?:[ \\t]+(?:je|је))?[ \\t]*+:?[ \\t]*+"
                        + "(?<value>[0-3]\\d[01]\\d{10})(?![\\w-]|[.,]\\d)", 0.6)),
                Set.of("jmbg", "јмбг", "embg"));
    }

    @Override
    protected Validation validate(String value) {
        int day = Integer.parseInt(value.substring(0, 2));
        int month = Integer.parseInt(value.substring(2, 4));
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return Validation.REJECTED;
        }
        int check = 11 - Checksums.weightedSum(value, WEIGHTS) % 11;
        return (check > 9 ? 0 : check) == value.charAt(12) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
