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
 * Argentina's national identity document number (DNI) as Argentina writes it, seven or eight digits in dotted
 * thousands ("DNI: 38.418.827", "DNI N° 31.552.608"), after its label; Spain's DNI (eight digits and a letter, no
 * dots) is gdpr's {@code ES_DNI}. It has no check digit (the CUIL built on it has: {@code AR_CUIL}).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "AR_DNI", frameworks = {"pii", "gdpr"})
public class ArDniRecognizer extends PatternRecognizer {

    public ArDniRecognizer() {
        super("AR_DNI", Category.IDENTIFIER, List.of(
                NamedPattern.of("labelled dni in dotted thousands", "(?<![\\p{L}])(?:DNI|D\\.N\\.I\\.?)(?:[ \\t]*+(?:N[°º]|Nro\\.?|No\\.?))?"
                        + "[ \\t]*+:?[ \\t]*+(?<value>\\d{1,2}\\.\\d{3}\\.\\d{3})(?!\\d|[.,]\\d)", 0.65)),
                Set.of("dni", "documento"));
    }
}
