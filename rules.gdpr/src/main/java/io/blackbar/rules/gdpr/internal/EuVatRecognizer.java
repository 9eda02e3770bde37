package io.blackbar.rules.gdpr.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * EU VAT identification numbers in the shapes of the VIES formats, with the country prefix. A sole
 * trader's VAT number identifies a person. The German number is checked (ISO 7064 MOD 11,10); the
 * others count on their shape and a context word.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "EU_VAT", frameworks = {"gdpr", "pii"})
public class EuVatRecognizer extends PatternRecognizer {

    public EuVatRecognizer() {
        super("EU_VAT", Category.FINANCIAL, List.of(
                NamedPattern.of("vat", "\\b(?:ATU\\d{8}|BE[01]\\d{9}|BG\\d{9,10}|CY\\d{8}[A-Z]|CZ\\d{8,10}|DE\\d{9}|DK\\d{8}"
                        + "|EE\\d{9}|EL\\d{9}|ES[A-Z0-9]\\d{7}[A-Z0-9]|FI\\d{8}|FR[A-HJ-NP-Z0-9]{2}\\d{9}|HR\\d{11}|HU\\d{8}"
                        + "|IE\\d{7}[A-W][A-IW]?|IT\\d{11}|LT(?:\\d{9}|\\d{12})|LU\\d{8}|LV\\d{11}|MT\\d{8}|NL\\d{9}B\\d{2}"
                        + "|PL\\d{10}|PT\\d{9}|RO\\d{2,10}|SE\\d{12}|SI\\d{8}|SK\\d{10})\\b", 0.4)),
                Set.of("vat", "vat number", "vat no", "ust-idnr", "ust-id", "tva", "iva", "btw", "mwst", "moms", "nip", "momsnr",
                        "momsnummer", "cvr", "cvr-nr", "mva", "p.iva", "partita iva", "btw-nummer", "btw-nr", "momsregistreringsnummer"));
    }

    @Override
    protected Validation validate(String value) {
        String country = value.substring(0, 2);
        String digits = value.substring(2);
        switch (country) {
            case "DK":
                // CVR: weights 2, 7, 6, 5, 4, 3, 2, 1, the sum a multiple of 11
                return weighted(digits, new int[] {2, 7, 6, 5, 4, 3, 2, 1}) % 11 == 0 ? Validation.CONFIRMED : Validation.REJECTED;
            case "IT":
                // partita IVA: Luhn over the eleven digits
                return Checksums.luhn(digits) ? Validation.CONFIRMED : Validation.REJECTED;
            case "BE":
                // the first eight digits' remainder by 97, from 97, are the last two
                return 97 - Long.parseLong(digits.substring(0, 8)) % 97 == Long.parseLong(digits.substring(8))
                        ? Validation.CONFIRMED : Validation.REJECTED;
            case "PL":
                // NIP: weights 6, 5, 7, 2, 3, 4, 5, 6, 7, the sum's remainder by 11 the last digit
                return weighted(digits, new int[] {6, 5, 7, 2, 3, 4, 5, 6, 7}) % 11 == digits.charAt(9) - '0'
                        ? Validation.CONFIRMED : Validation.REJECTED;
            case "DE":
                break;
            default:
                return Validation.UNKNOWN;
        }
        int product = 10;
        for (int i = 2; i < 10; i++) {
            int sum = (value.charAt(i) - '0' + product) % 10;
            product = (2 * (sum == 0 ? 10 : sum)) % 11;
        }
        int check = 11 - product;
        return (check == 10 ? 0 : check) == value.charAt(10) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }

    /** @return the sum of the first digits, each times its weight */
    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
