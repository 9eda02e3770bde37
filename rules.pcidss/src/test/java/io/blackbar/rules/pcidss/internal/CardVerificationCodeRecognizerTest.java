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

    /** Read out in a call's transcript (see {@code SpokenDigitsTest} for how runs are read). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Agent: And the three digits on the back? Customer: Seven two one.   | CARD_VERIFICATION_CODE Seven two one
            what's the CVV? uh, four four oh one                                | CARD_VERIFICATION_CODE four four oh one
            Agent: And the expiry? Customer: Oh four, twenty-six.               | CARD_EXPIRY Oh four, twenty-six
            expiration date is oh nine twenty twenty-seven                      | CARD_EXPIRY oh nine twenty twenty-seven
            expiry? thirteen twenty-six                                         |
            the three digits on the back are faded, ring one two three four five |
            Seven two one, he said, and left.                                   |
            Tattoo on the back: one two three.                                  |
            Social Security number four three two one is not a real number.     |
            """)
    void findsCodesReadOut(String text, String expected) {
        var results = new SpokenCardDataRecognizer().analyze(text);
        String actual = String.join(";", results.stream().map(r -> r.entityType() + " " + text.substring(r.start(), r.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
    }
}
