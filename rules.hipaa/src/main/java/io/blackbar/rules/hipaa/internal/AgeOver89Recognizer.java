package io.blackbar.rules.hipaa.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * HIPAA Safe Harbor: ages over 89 (younger ages may stay). Also in Spanish, French, Italian, Portuguese
 * and German ("mujer de 92 años", "Edad: 91", "âgé de 93 ans", "95 Jahre alt"): a number over 89 followed
 * by the word for years is an age in a record far more often than anything else (not after "hace", "hace más
 * de", "hace unos", "hace casi", "il y a", "il y a plus de", "il y a environ": that many years ago).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "AGE_OVER_89", frameworks = "hipaa")
public class AgeOver89Recognizer extends PatternRecognizer {

    public AgeOver89Recognizer() {
        super("AGE_OVER_89", Category.PERSONAL, List.of(
                NamedPattern.ofIgnoreCase("years old", "\\b(?<value>\\d{2,3})(?:\\s*|-)(?:years?|yrs?)(?:\\s*|-)old\\b", 0.8),
                NamedPattern.ofIgnoreCase("y/o", "\\b(?<value>\\d{2,3})\\s*(?:y/o|yo|y\\.o\\.|-year-old)(?![\\w])", 0.8),
                NamedPattern.ofIgnoreCase("aged", "\\b(?:aged?|age:)\\s*(?<value>\\d{2,3})\\b", 0.75),
                // a form's age at an event: "Age at death: 91", "Age at admission: 92", "Age at diagnosis 90"
                NamedPattern.ofIgnoreCase("age at", "\\bage[ \\t]+at[ \\t]+[a-z]{3,12}[ \\t]*:?[ \\t]*(?<value>\\d{2,3})\\b", 0.75),
                NamedPattern.ofIgnoreCase("edad", "(?u)(?<![\\p{L}\\d])(?:edad|idade|âge|età|alter)[ \\t]*:[ \\t]*(?<value>\\d{2,3})\\b(?![.,]\\d)", 0.75),
                NamedPattern.ofIgnoreCase("n years", "(?u)(?<![\\p{L}\\d.,])(?<!hace[ \\t](?:m[aá]s[ \\t]de[ \\t]|unos[ \\t]|casi[ \\t])?)(?<!il y a[ \\t](?:plus de[ \\t]|environ[ \\t])?)(?<value>\\d{2,3})[ \\t]{1,3}(?:años|ans|anni|anos|jahre)(?![\\p{L}])", 0.7)),
                Set.of("age", "aged", "old", "edad", "años"));
    }

    @Override
    protected Validation validate(String value) {
        int age = Integer.parseInt(value);
        return age > 89 && age <= 125 ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
