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
 * Indian Permanent Account Numbers (Income Tax Department): five letters, four digits, a letter ("ABCPE1234F"). The
 * fourth letter is the holder's kind (P a person, C a company, H a Hindu undivided family, F a firm, A, B, T, L, J, G
 * other bodies), the fifth the first letter of a person's surname; the last is a check letter whose rule is not
 * published. Ten characters of that shape are rare outside a PAN, yet a reference code can take it: a person's PAN
 * ("P") is taken alone at a score below the threshold that "PAN" or "income tax" near it lifts, every other kind only
 * after its label.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "IN_PAN", frameworks = {"pii", "gdpr"})
public class InPanRecognizer extends PatternRecognizer {

    public InPanRecognizer() {
        super("IN_PAN", Category.IDENTIFIER, List.of(
                NamedPattern.of("pan of a person", "(?<![\\w-])[A-Z]{3}P[A-Z]\\d{4}[A-Z](?![\\w-])", 0.4),
                NamedPattern.of("labelled pan", "(?i:\\b(?:pan|permanent[ \\t]+account[ \\t]+(?:number|no\\.?))"
                        + "(?:[ \\t]+(?:card|no\\.?|number))?[ \\t]*+[:#.-]?[ \\t]*+)"
                        + "(?<value>[A-Z]{3}[PCHFATBLJG][A-Z]\\d{4}[A-Z])(?![\\w-])", 0.8)),
                Set.of("pan", "pan no", "pan card", "permanent account number", "income tax", "itr"));
    }
}
