package com.acme.rules.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.spi.RecognizerResult;

/** Rows written by hand from ACME's id format (E- and six digits); negatives are near misses. */
class EmployeeIdRecognizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                  | expected spans (start-end), empty for none
            Employee E-123456 joined                | 9-17
            badges E-654321 and E-111111            | 7-15;20-28
            E-12345 is too short                    |
            E-1234567 is too long                   |
            XE-123456 is glued to a word            |
            the fixture E-000000 is not a person    |
            the fixture E-999999 is not a person    |
            e-123456 is lower case                  |
            """)
    void findsIds(String text, String expected) {
        List<RecognizerResult> results = new EmployeeIdRecognizer().analyze(text);
        String actual = String.join(";", results.stream().map(r -> r.start() + "-" + r.end()).toList());
        assertEquals(expected == null ? "" : expected, actual);
        results.forEach(r -> assertEquals("ACME_EMPLOYEE_ID", r.entityType()));
    }
}
