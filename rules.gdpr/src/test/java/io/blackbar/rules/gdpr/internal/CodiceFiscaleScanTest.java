package io.blackbar.rules.gdpr.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.testing.ScannerCheck;

/**
 * The codice fiscale's expression is tried only at words of sixteen ASCII word characters: it must find what
 * {@code find()} finds, next to letters beyond ASCII (which Java's \b counts as word characters and \w does not),
 * underscores, digits, longer and shorter words, and in random texts of those characters.
 */
class CodiceFiscaleScanTest {

    @Test
    void sixteenCharacterWordsAsFind() throws Exception {
        java.lang.reflect.Method patterns = io.blackbar.engine.api.spi.PatternRecognizer.class.getDeclaredMethod("patterns");
        patterns.setAccessible(true);
        Pattern cf = ((List<io.blackbar.engine.api.spi.NamedPattern>) patterns.invoke(new ItCodiceFiscaleRecognizer())).get(0).pattern();
        List<String> codes = List.of("RSSMRA85T10A562S", "bncgnn75c45h501r", "RSSMRA85T10A562", "RSSMRA85T10A562SX");
        List<String> texts = new ArrayList<>();
        for (String c : codes) {
            for (String before : List.of("", " ", "é", "_", "1", "-", "\n", "x ")) {
                for (String after : List.of("", " ", "é", "_", "1", ".", "\u212a")) {
                    texts.add(before + c + after + " cf " + c);
                }
            }
        }
        texts.addAll(ScannerCheck.randomTexts("RSSMRA85T10A562S rssmra85t10a562s é_ -", 800, 50, 9));
        int matches = 0;
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = cf.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> actual = new ArrayList<>();
            ItCodiceFiscaleRecognizer.sixteenCharacterWords(text, text, cf, x -> actual.add(x.start() + "-" + x.end()));
            assertEquals(expected, actual, () -> "[" + text + "]");
            matches += expected.size();
        }
        assertTrue(matches > 100, "too few codes to test with: " + matches);
    }
}
