package io.blackbar.rules.pcidss.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.SpokenDigits;

/**
 * A card's verification code and expiry date read out in a call's transcript ("and the three digits on the back?
 * seven two one", "expiry? oh four, twenty-six"): digits in words ({@link SpokenDigits}), alone as a run, shortly
 * after a word that asks for them; a code of three or four digits, an expiry of a month (01-12) and a year of two or
 * four digits. PCI DSS forbids keeping the code after authorisation, in a recording's transcript too.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = {"CARD_VERIFICATION_CODE", "CARD_EXPIRY"}, frameworks = "pci-dss")
public class SpokenCardDataRecognizer implements Recognizer {

    /** A question and the first words of its answer. */
    private static final int ASKED_WITHIN = 80;
    /**
     * Not "security number" ("Social Security number four three two one") nor "on the back" alone ("Tattoo on the back:
     * one two three"), the review's.
     */
    private static final String[] ASKED_BY = {"cvv", "cvv2", "cvc", "cvc2", "cid", "security code", "card security",
        "verification code", "three digits on the back", "3 digits on the back", "digits on the back", "three-digit code",
        "3-digit code", "four digits on the front", "back of the card", "back of your card", "code on the back"};
    private static final String[] EXPIRY_ASKED_BY = {"expiry", "expiry date", "expiration", "expires", "exp", "valid until",
        "valid thru", "valid through", "end date"};

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("CARD_VERIFICATION_CODE", Category.FINANCIAL),
                new EntityType("CARD_EXPIRY", Category.FINANCIAL));
    }

    @Override
    public Set<String> contextWords() {
        return Set.of();
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> results = new ArrayList<>();
        for (SpokenDigits.Run run : SpokenDigits.find(text, 3)) {
            String d = run.digits();
            String expiry = monthFirst(d) ? SpokenDigits.saidBefore(text, run.start(), ASKED_WITHIN, EXPIRY_ASKED_BY) : null;
            if (expiry != null) {
                results.add(new RecognizerResult("CARD_EXPIRY", run.start(), run.end(), 0.85,
                        "card expiry read out in words after '" + expiry + "'"));
                continue;
            }
            String asked = d.length() <= 4 ? SpokenDigits.saidBefore(text, run.start(), ASKED_WITHIN, ASKED_BY) : null;
            if (asked != null) {
                results.add(new RecognizerResult("CARD_VERIFICATION_CODE", run.start(), run.end(), 0.85,
                        "card verification code read out in words after '" + asked + "'"));
            }
        }
        return results;
    }

    /** @return whether the digits are a month (01-12) and a year of two or four digits: "0426", "042026" */
    private static boolean monthFirst(String d) {
        if (d.length() != 4 && d.length() != 6) {
            return false;
        }
        int month = Integer.parseInt(d.substring(0, 2));
        return month >= 1 && month <= 12 && (d.length() == 4 || d.startsWith("20", 2));
    }
}
