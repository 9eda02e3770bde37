package io.blackbar.rules.hipaa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.spi.PatternRecognizer;

/**
 * HIPAA Safe Harbor date elements and ages over 89 (45 CFR 164.514(b)(2)(i)(C)): every date element
 * but the year is an identifier; ages over 89 are. Rows in the style of i2b2 notes.
 */
class DateAndAgeRecognizerTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            date | Record date: 2069-04-07                  | 2069-04-07
            date | seen on 04/07/2069 and 4/7/69            | 04/07/2069;4/7/69
            date | since November 3, 2019                   | November 3, 2019
            date | on 3rd of March 2020                     | 3rd of March 2020
            date | follow up 5/12                           | 5/12
            date | admitted in March 2021                   | March 2021
            date | founded in 1977                          |
            date | BP 120/80 today                          |
            age  | a 92 year old man                        | 92
            age  | 45 years old                             |
            age  | aged 101                                 | 101
            date | s/p CABG in 3/80                         | 3/80
            date | not seen since November                  | November
            user | Tavares, M.D. XGT:holmes   DD: x         | holmes
            user | Perez, M.D.    GPP/church/olinger        | church/olinger
            user | BRIGHT, M.D.    FB59    end              | FB59
            user | the ratio a/b and HIV/aids               |
            """)
    void matches(String which, String text, String expected) {
        PatternRecognizer r = switch (which) {
            case "date" -> new DateRecognizer();
            case "user" -> new DictationMarkRecognizer();
            default -> new AgeOver89Recognizer();
        };
        String actual = String.join(";", r.analyze(text).stream().map(x -> text.substring(x.start(), x.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
    }
}
