package io.blackbar.rules.pii.internal;

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
 * A person's age written as one ({@code 26 years old}, {@code 26 y/o}, {@code aged 26}, {@code Age: 26}),
 * and as Spanish clinical and administrative text writes it ({@code Edad: 44 años}, {@code varón de 52
 * años}, {@code de 3 meses de edad}), with the forms of French, Italian, German and Portuguese that say
 * an age and nothing else ({@code âgée de 45 ans}, {@code 45 anni di età}, {@code 45 Jahre alt}, {@code 45
 * anos de idade}). A number of years alone ("hace 5 años", "after 5 years") is no age. The Spanish forms
 * ignore case beyond ASCII too, as headers in capitals write them ("VARÓN DE 52 AÑOS").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "AGE", frameworks = {"pii", "gdpr"})
public class AgeRecognizer extends PatternRecognizer {

    public AgeRecognizer() {
        super("AGE", Category.PERSONAL, List.of(
                NamedPattern.ofIgnoreCase("years old", "\\b(?<value>\\d{1,3})(?:\\s*|-)(?:years?|yrs?)(?:\\s*|-)old\\b", 0.7),
                NamedPattern.ofIgnoreCase("y/o", "\\b(?<value>\\d{1,3})\\s*(?:y/o|yo|y\\.o\\.)(?![\\w])", 0.7),
                NamedPattern.ofIgnoreCase("aged", "\\b(?:aged?|age:)\\s*(?<value>\\d{1,3})\\b", 0.65),
                NamedPattern.ofIgnoreCase("age of", "\\bage of\\s+(?<value>\\d{1,3})\\b", 0.7),
                NamedPattern.ofIgnoreCase("edad", "(?u)(?<![\\p{L}\\d])(?:edad|idade|âge|età|alter)[ \\t]*:[ \\t]*(?<value>\\d{1,3})\\b(?![.,]\\d)", 0.7),
                NamedPattern.ofIgnoreCase("person of n years", "(?u)(?<![\\p{L}])" + SPANISH_PERSON + "[ \\t]+de[ \\t]+(?<value>\\d{1,3})[ \\t]+"
                        + "(?:años|meses|semanas|días|dias)(?![\\p{L}])", 0.7),
                NamedPattern.ofIgnoreCase("n years of age", "(?u)(?<![\\p{L}\\d])(?<value>\\d{1,3})[ \\t]{1,3}(?:(?:años|meses|semanas|días|dias)[ \\t]+de[ \\t]+(?:edad|vida)"
                        + "|ans[ \\t]+d'âge|anni[ \\t]+di[ \\t]+età|anos[ \\t]+de[ \\t]+idade|jahre[ \\t]+alte?[rsn]?)(?![\\p{L}])", 0.7),
                NamedPattern.ofIgnoreCase("aged n", "(?<![\\p{L}])(?:âgé|agé)e?s?[ \\t]{1,3}de[ \\t]{1,3}(?<value>\\d{1,3})[ \\t]{1,3}ans(?![\\p{L}])", 0.6),
                NamedPattern.ofIgnoreCase("turned", "\\b(?:turned|turn|turning|turns)\\s+(?<value>\\d{1,3})\\b(?![.,]?\\d|\\s*(?:%|percent|degrees|times|pages|miles|km|minutes|hours|days))", 0.6)),
                Set.of("age", "aged", "old", "years", "edad", "años", "paciente", "ans", "anni", "jahre"));
    }

    /**
     * Who a Spanish text gives an age ("varón de 52 años", "paciente de 59 años", "niña de 11 años"); not
     * the obstetric words ("primigesta de 39 semanas" is a pregnancy's age).
     */
    static final String SPANISH_PERSON = "(?:paciente|varón|varon|mujer|hombre|niñ[oa]|lactante|neonato|recién[ \\t]+nacid[oa]|bebé|chic[oa]"
            + "|joven|adolescente|señor[a]?|anciano|anciana|enferm[oa]"
            + "|individuo|sujeto|hij[oa]|herman[oa]|madre|padre|esposo|esposa)";

    @Override
    protected Validation validate(String value) {
        return Integer.parseInt(value) <= 125 ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
