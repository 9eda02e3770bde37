package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/** Vehicle licence plates after their label (HIPAA identifier 12; personal data under GDPR): 3 to 10 letters, digits, spaces and dashes with a digit. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "LICENSE_PLATE", frameworks = {"hipaa", "gdpr", "pii"})
public class LicensePlateRecognizer extends LabelledNumberRecognizer {

    public LicensePlateRecognizer() {
        super("LICENSE_PLATE", Category.IDENTIFIER, "(?:licen[cs]e|registration|number)[ \\t]+plate|plate|vehicle[ \\t]+registration|(?<!(?:company|vat|charity|business|tax|trade)[ \\t])reg\\.?|(?<!(?:company|vat|charity|business|tax|trade)[ \\t])registration(?:[ \\t]+(?:number|no\\.?|mark))?|vrm"
                + "|kennzeichen|immatriculation|plaque[ \\t]+d'immatriculation|immatricul[ée]e?s?|targa|targata|kenteken"
                + "|matricula|matrícula|numer[ \\t]+rejestracyjny|registreringsnummer", "[A-Z0-9][A-Z0-9 -]{1,9}[A-Z0-9]", 0.65,
                Set.of("vehicle", "car", "registered"));
    }

    /** A year, or a word of four letters first (compiled once: String.matches compiles on every call). */
    private static final java.util.regex.Pattern NOT_A_PLATE = java.util.regex.Pattern.compile("(?:19|20)\\d\\d|[A-Z]{4,}[ -].*");

    /**
     * Not a year: "La matrícula 2019 está abierta" (a university's enrolment), "Reg. 2020"; nor a word before the
     * number ("registration FORM A1", "Registration ADMIT 2024"): no plate begins with a group of four letters.
     */
    @Override
    protected Validation validate(String value) {
        return NOT_A_PLATE.matcher(value).matches() ? Validation.REJECTED : super.validate(value);
    }
}
