package io.blackbar.rules.pcidss.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels as card forms print them (CVV, CVC2, CID for Amex); negatives are bare 3-digit numbers. */
class CardVerificationCodeRecognizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CVV: 123                        | 123
            cvc2 4567                       | 4567
            Security code=908               | 908
            room 123, floor 4               |
            CVV 12345                       |
            """)
    void findsLabelledCodes(String text, String expected) {
        var results = new CardVerificationCodeRecognizer().analyze(text);
        String actual = String.join(";", results.stream().map(r -> text.substring(r.start(), r.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
    }
}
