package io.blackbar.rules.pii.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.testing.ScannerCheck;

/**
 * Every pattern of this bundle's recognizers finds through the engine's PatternScanner exactly what
 * Matcher.find() finds, on the texts of this bundle's test tables (alone, shuffled together, and
 * drawn at random from their characters).
 */
class ScannerEquivalenceTest {

    @Test
    void scannerFindsWhatFindFinds() {
        List<String> examples = ScannerCheck.tableTexts(PersonRecognizerTest.class, RecognizerTableTest.class);
        List<PatternRecognizer> recognizers = ScannerCheck.recognizersBeside(AgeRecognizer.class);
        assertFalse(recognizers.isEmpty());
        for (PatternRecognizer r : recognizers) {
            assertNull(ScannerCheck.differences(r, examples));
        }
    }
}
