package io.blackbar.rules.pii.internal;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.SpokenDigits;

/**
 * A payment card number read out ("four five three two, zero one five one, ..."), the leak a call centre's
 * transcripts are audited for under PCI DSS: 13 to 19 digits in an issuer's range passing Luhn
 * ({@link CreditCardRecognizer#issuerRange}). A run that goes on past the card (its expiry or code read straight after,
 * up to seven digits more) is read for a card of 16 or 15 digits at its start.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "CREDIT_CARD", frameworks = {"pii", "pci-dss", "hipaa", "gdpr"})
public class SpokenCardNumberRecognizer extends SpokenNumberRecognizer {

    public SpokenCardNumberRecognizer() {
        super("CREDIT_CARD", Category.FINANCIAL, 13);
    }

    @Override
    RecognizerResult read(CharSequence text, SpokenDigits.Run run) {
        String d = run.digits();
        // a run of a card's length is the card or none; a longer one may hold a card of 16 or 15 digits and what was
        // read straight after it (an expiry, a code): of 13 to 19 prefixes one would pass Luhn by chance every other run
        int[] lengths = d.length() <= 19 ? new int[] {d.length()} : d.length() <= 16 + 7 ? new int[] {16, 15} : new int[0];
        for (int n : lengths) {
            String card = d.substring(0, n);
            if (CreditCardRecognizer.issuerRange(card) && Checksums.luhn(card)) {
                return new RecognizerResult("CREDIT_CARD", run.start(), run.endOf(n), 0.9,
                        "card number read out in words, issuer range and Luhn passed");
            }
        }
        return null;
    }
}
