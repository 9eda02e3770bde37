package io.blackbar.rules.pcidss.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.spi.PatternRecognizer;

/**
 * Track data in the ISO 7813 layouts with the test PAN 4111 1111 1111 1111 (a Luhn failure is
 * refused), labelled expiry dates and PINs; negatives are the same digits without their label.
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
}
