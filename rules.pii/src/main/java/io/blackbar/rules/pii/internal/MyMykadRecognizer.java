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
 * Malaysia's MyKad number (NRIC): YYMMDD-PB-###G, the birth date, the place of birth's code (01-16, 21-59 and 60-68 the
 * states and 65 the Philippines, as the registration department's list in python-stdnum's newer releases has it; 71-72, 74-79, 82-93 and 98-99 abroad), a serial; no check digit. In its groups ("950812-10-5528") alone under
 * the threshold, a context word ("MyKad", "NRIC") raising it (a batch's or an invoice's date-coded number has the same
 * shape: "Lot 230415-02-0042"); without the dashes after "MyKad" or "NRIC".
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "MY_MYKAD", frameworks = {"pii", "gdpr"})
public class MyMykadRecognizer extends PatternRecognizer {

    public MyMykadRecognizer() {
        super("MY_MYKAD", Category.IDENTIFIER, List.of(
                NamedPattern.of("mykad in its groups", "(?<![\\w-])\\d{2}[01]\\d[0-3]\\d-\\d{2}-\\d{4}(?![\\w-]|[.,]\\d)", 0.3),
                NamedPattern.of("labelled mykad", "(?<![\\p{L}])(?:MyKad|MYKAD|mykad|NRIC|(?i:no\\.?[ \\t]+k/p|kad[ \\t]+pengenalan))(?:[ \\t]+(?i:no\\.?|number))?"
                        + "[ \\t]*+[:#.]?[ \\t]*+(?<value>\\d{2}[01]\\d[0-3]\\d-?\\d{2}-?\\d{4})(?![\\w-]|[.,]\\d)", 0.8)),
                // "IC" as Malaysians write it ("IC sy 910514-10-5522", "Her IC 880302-14-6218"): the shape's date and
                // state code are checked, so a word as short is enough context
                Set.of("mykad", "nric", "kad pengenalan", "ic", "no. ic", "no ic"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        int year = Integer.parseInt(d.substring(0, 2));
        int month = Integer.parseInt(d.substring(2, 4));
        int day = Integer.parseInt(d.substring(4, 6));
        int place = Integer.parseInt(d.substring(6, 8));
        boolean placeOk = place >= 1 && place <= 16 || place >= 21 && place <= 68 || place == 71 || place == 72
                || place >= 74 && place <= 79 || place >= 82 && place <= 93 || place >= 98;
        // a date of either century ("290200" is 29 February 2000, not 1900)
        boolean dateOk = month >= 1 && month <= 12 && day >= 1 && (day <= java.time.YearMonth.of(1900 + year, month).lengthOfMonth()
                || day <= java.time.YearMonth.of(2000 + year, month).lengthOfMonth());
        return dateOk && placeOk ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
