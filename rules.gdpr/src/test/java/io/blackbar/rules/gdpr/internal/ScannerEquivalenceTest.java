package io.blackbar.rules.gdpr.internal;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.testing.ScannerCheck;

/**
 * Every pattern of this bundle's recognizers finds through the engine's PatternScanner exactly what
 * Matcher.find() finds, on the texts of this bundle's test tables (alone, shuffled together, and
 * drawn at random from their characters).
 */
class ScannerEquivalenceTest {

    @Test
    void scannerFindsWhatFindFinds() {
        assertNull(ScannerCheck.differencesBeside(AtSocialInsuranceRecognizer.class, CountryRecognizerTest.class, MacAddressRecognizerTest.class, NationalIdTableTest.class));
    }

    /** No expression of this bundle has an unbounded quantifier in a lookbehind, which Java reads wrongly (ScannerCheck). */
    @Test
    void noUnboundedQuantifierInALookbehind() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), ScannerCheck.unboundedLookbehindsBeside(AtSocialInsuranceRecognizer.class));
    }
}
