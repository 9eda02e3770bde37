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

/** A person's age written as one ({@code 26 years old}, {@code 26 y/o}, {@code aged 26}, {@code Age: 26}). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "AGE", frameworks = {"pii", "gdpr"})
public class AgeRecognizer extends PatternRecognizer {

    public AgeRecognizer() {
        super("AGE", Category.PERSONAL, List.of(
                NamedPattern.ofIgnoreCase("years old", "\\b(?<value>\\d{1,3})(?:\\s*|-)(?:years?|yrs?)(?:\\s*|-)old\\b", 0.7),
                NamedPattern.ofIgnoreCase("y/o", "\\b(?<value>\\d{1,3})\\s*(?:y/o|yo|y\\.o\\.)(?![\\w])", 0.7),
                NamedPattern.ofIgnoreCase("aged", "\\b(?:aged?|age:)\\s*(?<value>\\d{1,3})\\b", 0.65),
                NamedPattern.ofIgnoreCase("age of", "\\bage of\\s+(?<value>\\d{1,3})\\b", 0.7),
                NamedPattern.ofIgnoreCase("turned", "\\b(?:turned|turn|turning|turns)\\s+(?<value>\\d{1,3})\\b(?![.,]?\\d|\\s*(?:%|percent|degrees|times|pages|miles|km|minutes|hours|days))", 0.6)),
                Set.of("age", "aged", "old", "years"));
    }

    @Override
    protected Validation validate(String value) {
        return Integer.parseInt(value) <= 125 ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
