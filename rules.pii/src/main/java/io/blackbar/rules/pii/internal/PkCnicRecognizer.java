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
 * Pakistan's computerised national identity card number (CNIC, also a child's B-Form and NICOP): thirteen digits,
 * the first a province's (1-7), written in groups of five, seven and one with dashes ("35202-4418827-3"), a shape no
 * other number has, found alone; without its dashes after its label. It has no check digit.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PK_CNIC", frameworks = {"pii", "gdpr"})
public class PkCnicRecognizer extends PatternRecognizer {

    public PkCnicRecognizer() {
        super("PK_CNIC", Category.IDENTIFIER, List.of(
                NamedPattern.of("cnic with its dashes", "(?<![\\w.-])[1-7]\\d{4}-\\d{7}-\\d(?![\\w-]|[.,]\\d)", 0.6),
                NamedPattern.of("labelled cnic", "(?<![\\p{L}])(?:CNIC|NICOP|C\\.N\\.I\\.C\\.?|B-Form|NIC)(?:[ \\t]*+(?:No\\.?|#))?"
                        + "[ \\t]*+:?[ \\t]*+(?<value>[1-7]\\d{4}-?\\d{7}-?\\d)(?![\\w-]|[.,]\\d)", 0.85)),
                Set.of("cnic", "nadra", "nicop"));
    }
}
