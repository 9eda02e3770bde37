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
                NamedPattern.ofIgnoreCase("n years", "(?u)(?<![\\p{L}\\d.,])(?<!hace[ \\t](?:m[aá]s[ \\t]de[ \\t]|unos[ \\t]|casi[ \\t])?)(?<!il y a[ \\t](?:plus de[ \\t]|environ[ \\t])?)(?<value>\\d{2,3})[ \\t]{1,3}(?:años|ans|anni|anos|jahre)(?![\\p{L}])", 0.7),
                // a clinical note's age and sex ("91F with CHF", "94M s/p fall", "92 yo F"); not a temperature ("T 99F",
                // "Tmax 101F") nor an amount ("$94M")
                NamedPattern.of("age and sex", "(?<![\\d.$€£])(?<value>9\\d|1[01]\\d)[ \\t]?(?:yo[ \\t]?)?[FM]\\b(?![.,']?\\d)"
                        + "(?<!(?i:t|temp|tmax|tm|temperature|febrile|fever|to|of|max|room|rm|bed|floor|suite|unit|apt|ward|raised|raise"
                        + "|earned|sold|size|model)[ \\t:#]{0,2}\\d{2,3}[ \\t]?[FM])(?![ \\t]+in[ \\t]+(?i:series|funding|revenue|sales))", 0.75),
                // "in her 90s", "in his late nineties": every age of the decade is over 89
                // (not "in the 90s": a heart rate's, a decade's)
                NamedPattern.ofIgnoreCase("in the nineties", "\\bin[ \\t]+(?:her|his|their)[ \\t]+(?:(?:early|mid|late)[ \\t-]+)?"
                        + "(?<value>(?:9|1[01])0'?s|nineties)\\b", 0.8),
                // "Pt is 90.", "she is 97 and lives alone"; not a measure after it ("is 90%", "is 92 kg", "is 95/60")
                NamedPattern.ofIgnoreCase("is n", "\\b(?:pt|patient|he|she)[ \\t]+is[ \\t]+(?:now[ \\t]+)?(?<value>9\\d|1[01]\\d)\\b"
                        + "(?![.,]?\\d|[ \\t]*(?:%|percent|kg|lbs?|cm|mm|mg|bpm|beats|/|x|over|points?|on|in|at|out|of|minutes|min|hours|days|weeks)\\b|[ \\t]*[%/])", 0.75),
                // "Son reports pt (93) more confused"
                NamedPattern.ofIgnoreCase("age after the patient", "\\b(?:pt|patient)[ \\t]*\\((?<value>9\\d|1[01]\\d)\\)", 0.75),
                // "Mother died at 93", "died aged 95", "passed away at age 96"
                NamedPattern.ofIgnoreCase("died at", "\\b(?:died|passed[ \\t]+away|deceased)[ \\t]+(?:at|aged)[ \\t]+(?:age[ \\t]+)?(?<value>\\d{2,3})\\b"
                        + "(?![ \\t]*(?:minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|months?|%|percent|[:.]\\d))", 0.75),
                // in words: "ninety-two year old", "a ninety year old", "one hundred and one years old"
                NamedPattern.ofIgnoreCase("in words", "\\b(?<value>(?:ninety|one[ \\t]hundred(?:[ \\t]and)?)(?:[ \\t-](?:one|two|three|four|five"
                        + "|six|seven|eight|nine))?)(?:[ \\t-]+years?[ \\t-]+old|-year-old|[ \\t]+yo)\\b", 0.8)),
                Set.of("age", "aged", "old", "edad", "años"));
    }

    @Override
    protected Validation validate(String value) {
        if (!Character.isDigit(value.charAt(0))) {
            return Validation.UNKNOWN; // a decade ("90s") or words ("ninety-two"): over 89 as read
        }
        int age = Integer.parseInt(value.replace("'", "").replace("s", "")); // "90s", "100's": the decade's first year
        return age > 89 && age <= 125 ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
