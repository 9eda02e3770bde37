package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.Validation;

/**
 * Payment card numbers: 13 to 19 digits, optionally grouped by spaces or dashes, in an issuer range
 * (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro) and passing Luhn.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "CREDIT_CARD", frameworks = {"pii", "pci-dss", "hipaa", "gdpr"})
public class CreditCardRecognizer extends PatternRecognizer {

    public CreditCardRecognizer() {
        super("CREDIT_CARD", Category.FINANCIAL, List.of(NamedPattern.of("card",
                "(?<![\\d-])(?:\\d[ -]?){11,18}\\d(?![\\d-])", 0.3),
                // four groups of four between dots ("4111.1111.1111.1111"); not a longer run of dotted numbers
                NamedPattern.of("card, dotted", "(?<![\\d.])\\d{4}\\.\\d{4}\\.\\d{4}\\.\\d{4}(?![\\d.]|\\.\\d)", 0.3)),
                Set.of("card", "credit", "debit", "visa", "mastercard", "amex", "pan", "cc", "card number"));
    }

    /**
     * A match that fails its check may hold a card number that ran into what stands next to it ("4111
     * 1111 1111 1111 08/27", "... 1111 123" with its CVV): then its groups that pass are the finding.
     */
    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        return analyze(text, (k, action) -> scanner(k).forEachMatch(text, m -> {
            if (validate(m.group()) != Validation.REJECTED) {
                action.accept(m);
                return;
            }
            int[] part = Checksums.validGroups(text, m.start(), m.end(), 12, v -> validate(v) != Validation.REJECTED);
            if (part != null) {
                Matcher inner = m.pattern().matcher(text).region(part[0], part[1]).useTransparentBounds(false);
                if (inner.lookingAt() && inner.end() == part[1]) {
                    action.accept(inner);
                }
            }
        }));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        if (d.length() < 12 || d.length() > 19 || !issuerRange(d) || !Checksums.luhn(d) || separatorsMixed(value)) {
            return Validation.REJECTED;
        }
        return Validation.CONFIRMED;
    }

    @Override
    protected double confirmedScore() {
        return 0.9;
    }

    @Override
    protected String validatorName() {
        return "issuer range and Luhn";
    }

    private static boolean separatorsMixed(String value) {
        return value.indexOf(' ') >= 0 && value.indexOf('-') >= 0;
    }

    /**
     * Issuer families by prefix and length (ISO/IEC 7812 IIN ranges as the networks publish them, with
     * the older JCB 15-digit 1800/2131 and 35xx ranges and 12-digit Maestro); Luhn does the rest.
     */
    static boolean issuerRange(String d) {
        int two = Integer.parseInt(d.substring(0, 2));
        int four = Integer.parseInt(d.substring(0, 4));
        int six = Integer.parseInt(d.substring(0, 6));
        int n = d.length();
        return d.charAt(0) == '4' && (n == 13 || n == 16 || n == 19) // Visa
                || (two >= 51 && two <= 55 || six >= 222100 && six <= 272099) && n == 16 // Mastercard
                || (two == 34 || two == 37) && n == 15 // Amex
                || (four == 6011 || two == 65 || six >= 644000 && six <= 649999 || six >= 622126 && six <= 622925) && n >= 16 // Discover
                || two == 35 && n >= 16 // JCB
                || (four == 1800 || four == 2131) && n == 15 // JCB, older 15-digit
                || (two == 36 || two == 38 || two == 39 || four >= 3000 && four <= 3059) && n >= 14 // Diners
                || two == 62 && n >= 16 // UnionPay
                || (two == 50 || two >= 56 && two <= 69) && n >= 12; // Maestro
    }
}
