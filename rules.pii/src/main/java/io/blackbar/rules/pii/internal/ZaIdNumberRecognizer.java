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
 * South African identity numbers (Department of Home Affairs): YYMMDD SSSS C A Z, thirteen digits: the birth date, a
 * sequence (0000-4999 a woman, 5000-9999 a man), citizenship (0 a citizen, 1 a permanent resident, 2 a refugee), a digit
 * that was once race (8 or 9 on numbers issued since, not checked: older ones are in use), and a Luhn check digit. It is
 * taken after its label ("ID number: 790614 5122 082", "Identity number: 8209250181087"), and the engine finds it again
 * wherever else the document writes it: bare, even in its groups, it was tried at every number of a text (5-8 ms per 4 MB).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "ZA_ID_NUMBER", frameworks = {"pii", "gdpr"})
public class ZaIdNumberRecognizer extends PatternRecognizer {

    public ZaIdNumberRecognizer() {
        super("ZA_ID_NUMBER", Category.IDENTIFIER, List.of(
                // or "ID" alone in capitals before the thirteen digits ("Mr Sipho Dlamini (ID 8407195231088)", a bank's letter):
                // the date, the citizenship digit and Luhn keep other numbers out
                NamedPattern.of("labelled identity number", "(?:(?i:\\b(?:id|identity|identiteits)[ \\t]*+(?:number|no\\.?|nommer)"
                        + LabelledNumberRecognizer.GLUE + ")|(?-i:\\bID)[ \\t]*+:?[ \\t]*+(?=\\d{13}(?!\\d)))(?<value>\\d{6} ?\\d{4} ?\\d{3})(?![\\w-]|[.,]\\d| \\d)", 0.7)),
                Set.of("id", "id number", "id no", "identity number", "identity", "rsa id", "sa id", "identiteitsnommer"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        int month = Integer.parseInt(d.substring(2, 4));
        int day = Integer.parseInt(d.substring(4, 6));
        boolean ok = month >= 1 && month <= 12 && day >= 1 && day <= 31 && d.charAt(10) <= '2' && Checksums.luhn(d);
        return ok ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
