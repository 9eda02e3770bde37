package io.blackbar.rules.pcidss.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.spi.PatternRecognizer;

/**
 * Track data in the ISO 7813 layouts with the test PAN 4111 1111 1111 1111 (a Luhn failure is
 * refused), labelled expiry dates and PINs; negatives are the same digits without their label.
 * Cardholder names and expiry dates next to the networks' test numbers (4111 1111 1111 1111 Visa,
 * 5555 5555 5555 4444 Mastercard, 378282246310005 Amex) without a label; negatives: a number failing
 * Luhn, and the card and form words that stand next to card numbers on receipts and statements.
 */
class CardholderDataTableTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            track  | swipe %B4111111111111111^DOE/JANE^2812101000000000?   | %B4111111111111111^DOE/JANE^2812101000000000?
            track  | raw ;4111111111111111=28121010000000000? end          | ;4111111111111111=28121010000000000?
            track  | raw ;4111111111111112=28121010000000000? end          |
            expiry | Exp: 08/27                                             | 08/27
            expiry | valid thru 12/2028                                     | 12/2028
            expiry | invoice 08/27 paid                                     |
            pin    | PIN: 4821                                              | 4821
            pin    | pin code 0917                                          | 0917
            pin    | PIN block 041234FFFFFFFFFF                             | 041234FFFFFFFFFF
            pin    | spinning 4821 times                                    |
            holder | Cardholder: JANE A DOE                                 | JANE A DOE
            holder | Name on card: Marta Ruiz, exp 08/27                    | Marta Ruiz
            holder | cardholder agreement signed                            |
            holder | JANE A DOE 4111 1111 1111 1111                         | JANE A DOE
            holder | charged to Marta Ruiz, 5555-5555-5555-4444 today       | Marta Ruiz
            holder | 4111111111111111, 08/27, Marta Ruiz                    | Marta Ruiz
            holder | card 378282246310005 exp 12/2028 Jean-Luc O'Neil paid  | Jean-Luc O'Neil
            holder | JANE DOE 4111 1111 1111 1112                           |
            holder | Visa Gold 4111 1111 1111 1111                          |
            holder | Transaction History: 4111 1111 1111 1111 Card Details  |
            holder | Payment Method Visa 4111111111111111 Order Total       |
            holder | Jane 4111 1111 1111 1111 Doe                           |
            expiry | 4111 1111 1111 1111 08/27                              | 08/27
            expiry | 4111111111111111, 12/2028 on file                      | 12/2028
            expiry | 4111 1111 1111 1112 08/27                              |
            expiry | 4111 1111 1111 1111 08-27                              |
            expiry | order 1234 08/27                                       |
            """)
    void finds(String kind, String text, String expected) {
        PatternRecognizer r = switch (kind) {
            case "track" -> new TrackDataRecognizer();
            case "expiry" -> new CardExpiryRecognizer();
            case "holder" -> new CardholderNameRecognizer();
            default -> new PinRecognizer();
        };
        String actual = String.join(";", r.analyze(text).stream().map(x -> text.substring(x.start(), x.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
    }

    @Test
    void aNameOnTheLineAboveOrBelowACardNumber() {
        for (String text : List.of("JANE A DOE\n4111 1111 1111 1111\n08/27", "4111 1111 1111 1111\r\nJANE A DOE")) {
            assertEquals(List.of("JANE A DOE"), new CardholderNameRecognizer().analyze(text).stream()
                    .map(x -> text.substring(x.start(), x.end())).toList());
        }
        // two line breaks are a paragraph: the name is no longer next to the number
        assertEquals(List.of(), new CardholderNameRecognizer().analyze("JANE A DOE\n\n4111 1111 1111 1111"));
    }
}
