package io.blackbar.rules.pcidss.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * The cardholder's name where a payment form labels it ("Cardholder: JANE A DOE", "Name on card:
 * Jane Doe"): cardholder data under PCI DSS whether or not the name is in a name list.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "CARDHOLDER_NAME", frameworks = "pci-dss")
public class CardholderNameRecognizer extends PatternRecognizer {

    public CardholderNameRecognizer() {
        super("CARDHOLDER_NAME", Category.PERSONAL, List.of(NamedPattern.of("labelled cardholder",
                "(?i:\\b(?:card[ \\t]?holder(?:'s)?(?:[ \\t]+name)?|name[ \\t]+on[ \\t]+(?:the[ \\t]+)?card)[ \\t]*[:#-]?[ \\t]*)"
                        + "(?<value>\\p{Lu}[\\p{L}'.-]*(?:[ \\t]\\p{Lu}[\\p{L}'.-]*){0,3})", 0.8)),
                Set.of("card", "visa", "mastercard", "amex", "payment"));
    }
}
