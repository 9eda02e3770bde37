package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * Dates of birth: any full date, but only in a birth context ({@code DOB}, {@code born},
 * {@code date of birth}, {@code birthday}, and their words in Spanish, French, German, Italian,
 * Portuguese and Dutch: "Fecha de nacimiento", "née le", "Geburtsdatum"): alone a date is not personal data.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "DATE_OF_BIRTH", frameworks = {"pii", "gdpr"})
public class DateOfBirthRecognizer extends PatternRecognizer {

    static final String MONTHS = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    /** Full dates in the common written forms; shared with the HIPAA date recognizer's idea of a date. */
    static final List<String> DATE_FORMS = List.of(
            "\\b(?:19|20)\\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\\d|3[01])\\b",
            "\\b(?:0?[1-9]|[12]\\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)?\\d{2}\\b",
            "\\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:19|20)?\\d{2}\\b",
            "\\b" + MONTHS + "\\s+(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b",
            "\\b(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+(?:19|20)\\d{2}\\b");

    public DateOfBirthRecognizer() {
        super("DATE_OF_BIRTH", Category.PERSONAL, patterns(0.2),
                Set.of("dob", "d.o.b", "born", "birth", "date of birth", "birthday", "birthdate", "geboren", "né", "née",
                        // Spanish, French, German, Italian, Portuguese, Dutch
                        "nacimiento", "nacido", "nacida", "naissance", "geburtsdatum", "nascita", "nascimento",
                        "nascido", "nascida", "geboortedatum"));
    }

    static List<NamedPattern> patterns(double score) {
        return DATE_FORMS.stream().map(f -> NamedPattern.ofIgnoreCase("date", f, score)).toList();
    }
}
