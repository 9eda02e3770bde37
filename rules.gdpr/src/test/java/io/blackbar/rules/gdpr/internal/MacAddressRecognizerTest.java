package io.blackbar.rules.gdpr.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IEEE 802 notations (colon and dash); negatives are IPv6-like and too-short runs. */
class MacAddressRecognizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            device 00:1A:2B:3C:4D:5E seen        | 00:1A:2B:3C:4D:5E
            wifi 00-1a-2b-3c-4d-5e               | 00-1a-2b-3c-4d-5e
            fe80:0:0:0:1:2:3:4                   |
            00:1A:2B:3C:4D                       |
            """)
    void findsMacAddresses(String text, String expected) {
        var results = new MacAddressRecognizer().analyze(text);
        String actual = String.join(";", results.stream().map(r -> text.substring(r.start(), r.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
    }
}
