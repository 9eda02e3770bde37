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

/** Swedish personnummer and samordningsnummer (day + 60): YYMMDD-NNNC with a Luhn check, without the dash after its label. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "SE_PERSONNUMMER", frameworks = {"gdpr", "pii"})
public class SePersonnummerRecognizer extends PatternRecognizer {

    public SePersonnummerRecognizer() {
        super("SE_PERSONNUMMER", Category.IDENTIFIER, List.of(NamedPattern.of("personnummer", "(?<![\\d-])(?:19|20)?\\d{6}[-+]\\d{4}(?![\\d-])", 0.5),
                // without its dash only right after its label ("Personnummer: 198507091232"): ten digits alone are too many
                // other numbers that pass a date and Luhn (one in thirty or so)
                NamedPattern.of("personnummer after its label", "(?i:personnummer|personnr|person-?nr\\.?|pnr)[ \\t:.]{1,3}"
                        + "(?<value>(?:19|20)?\\d{10})(?![\\d-])", 0.5)), Set.of("personnummer", "personal identity number"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        String ten = d.length() == 12 ? d.substring(2) : d;
        int month = Integer.parseInt(ten.substring(2, 4));
        int day = Integer.parseInt(ten.substring(4, 6));
        boolean date = month >= 1 && month <= 12 && (day >= 1 && day <= 31 || day >= 61 && day <= 91);
        return date && Checksums.luhn(ten) ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
