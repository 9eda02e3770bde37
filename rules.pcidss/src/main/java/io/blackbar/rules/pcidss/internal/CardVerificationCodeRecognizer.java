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
 * Card verification codes (CVV2, CVC2, CID): 3 or 4 digits are everywhere, so only after a label.
 * PCI DSS forbids storing them after authorisation.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "CARD_VERIFICATION_CODE", frameworks = "pci-dss")
public class CardVerificationCodeRecognizer extends PatternRecognizer {

    public CardVerificationCodeRecognizer() {
        super("CARD_VERIFICATION_CODE", Category.FINANCIAL, List.of(NamedPattern.ofIgnoreCase("labelled cvv",
                "\\b(?:CVV2?|CVC2?|CID|CAV2|CVN|card verification(?: value| code)?|security code)\\s*[:#=]?\\s*(?<value>\\d{3,4})\\b",
                0.85)), Set.of("cvv", "cvc", "security code", "card"));
    }
}
