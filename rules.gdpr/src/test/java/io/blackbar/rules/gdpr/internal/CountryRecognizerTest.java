package io.blackbar.rules.gdpr.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Country names as whole capitalised words, longest name first; given names and parts of words are not. */
class CountryRecognizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            She moved from Estonia in 2019           | Estonia
            born in the United Kingdom               | United Kingdom
            lives in Papua New Guinea now            | Papua New Guinea
            Czech Republic; Norway                   | Czech Republic;Norway
            the Peruvian coast                       |
            Chad Smith called                        |
            franceville and FRANCE                   |
            New Zealander                            |
            """)
    void findsCountries(String text, String expected) {
        var results = new CountryRecognizer().analyze(text);
        String actual = String.join(";", results.stream().map(r -> text.substring(r.start(), r.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
    }
}
