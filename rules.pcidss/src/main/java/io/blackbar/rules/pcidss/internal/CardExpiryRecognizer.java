package io.blackbar.rules.pcidss.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * A card's expiry date: cardholder data under PCI DSS. Where a form labels it ("Exp: 08/27", "valid thru
 * 12/2028"), or right after a card number that passes Luhn, with a slash ("4111 1111 1111 1111 08/27").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "CARD_EXPIRY", frameworks = "pci-dss")
public class CardExpiryRecognizer extends CardDataRecognizer {

    private static final String ENTITY = "CARD_EXPIRY";
    /** A month and year with a slash right after a card number (and what {@link #BESIDE} allows). */
    private static final Pattern AFTER_NUMBER = Pattern.compile(BESIDE + "(?<value>" + EXPIRY_SLASH + ")");

    public CardExpiryRecognizer() {
        super(ENTITY, Category.FINANCIAL, List.of(NamedPattern.of("labelled expiry",
                "(?i:\\b(?:exp(?:iry|iration|ires)?\\.?(?:[ \\t]+date)?|valid[ \\t]+(?:thru|through|until)|good[ \\t]+thru)[ \\t]*[:#]?[ \\t]*)"
                        + "(?<value>(?:0[1-9]|1[0-2])[ \\t]?[/-][ \\t]?(?:\\d{2}|20\\d{2}))(?![\\d/])", 0.7)),
                Set.of("card", "credit card", "visa", "mastercard", "amex"));
    }

    @Override
    protected void nextTo(String text, int start, int end, List<RecognizerResult> out) {
        Matcher m = AFTER_NUMBER.matcher(text).region(end, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
        if (m.lookingAt()) {
            out.add(new RecognizerResult(ENTITY, m.start("value"), m.end("value"), 0.7, "expiry after a card number, Luhn passed"));
        }
    }
}
