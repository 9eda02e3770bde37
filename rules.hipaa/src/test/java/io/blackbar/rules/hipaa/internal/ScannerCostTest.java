package io.blackbar.rules.hipaa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.ScannerStrings;
import io.blackbar.engine.api.testing.ScannerCheck;

/**
 * What an expression costs: at how many positions of a text the scanner tries it. An expression whose
 * required character stood only in a lookahead was tried at every word its first letters allow.
 */
class ScannerCostTest {

    private static Pattern pattern(String name) {
        return ScannerCheck.patterns(new DateRecognizer()).stream().filter(p -> p.name().equals(name)).findFirst()
                .map(NamedPattern::pattern).orElseThrow();
    }

    /** The expression's first match begins at {@code at}, and the scanner tries it at one to ten positions of the text. */
    private static void triedOnlyNear(Pattern p, String text, int at) {
        Matcher m = p.matcher(text);
        assertTrue(m.find());
        assertEquals(at, m.start());
        int tried = ScannerStrings.positionsTried(p, text);
        assertTrue(tried >= 1 && tried <= 10, "tried at " + tried + " positions");
    }

    /**
     * A month before a range's dash ("maart-juni 2024") was tried at every word beginning as a month can (a third of all
     * the expressions' time on the throughput benchmark's text: a million looks of some 170 months); the dash is now
     * part of the match, so the scanner tries the expression only where a dash stands near.
     */
    @Test
    void aMonthBeforeARangesDashIsTriedOnlyNearADash() {
        String words = "Mai juin juillet August marzo martie maart mars dat september note mail octave november fine ";
        String text = words.repeat(200) + "periode maart-juni 2024.";
        triedOnlyNear(pattern("month before a range's dash"), text, text.indexOf("maart-"));
    }

    /** The same for a day before a range's dash ("21–23 July 2025"), tried at every number of one or two digits before. */
    @Test
    void aDayBeforeARangesDashIsTriedOnlyNearADash() {
        String words = "Room 12 on floor 3, 14 beds, 7 nurses and 21 July shifts; ";
        String text = words.repeat(200) + "race on 21\u201323 July 2025.";
        triedOnlyNear(pattern("day before a range's dash and a written date"), text, text.indexOf("21\u2013"));
    }
}
