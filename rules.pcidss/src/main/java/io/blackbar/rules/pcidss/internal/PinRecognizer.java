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
 * PINs and PIN blocks where they are labelled (sensitive authentication data): "PIN: 4821", "pin
 * code 0917", "PIN block 041234FFFFFFFFFF" (16 hex digits).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "CARD_PIN", frameworks = "pci-dss")
public class PinRecognizer extends PatternRecognizer {

    public PinRecognizer() {
        super("CARD_PIN", Category.FINANCIAL, List.of(
                NamedPattern.of("pin block", "(?i:\\bpin[ \\t]?block[ \\t]*[:#=]?[ \\t]*)(?<value>[0-9A-Fa-f]{16})\\b", 0.8),
                NamedPattern.of("labelled pin", "\\b(?:PIN|[Pp]in)(?:[ \\t]+(?:code|number|no\\.?))?[ \\t]*[:#=]?[ \\t]*(?<value>\\d{4,6})(?![\\d-])", 0.7)),
                Set.of("card", "atm", "debit", "cardholder"));
    }
}
