package io.blackbar.rules.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.ScannerStrings;
import io.blackbar.engine.api.testing.ScannerCheck;

/**
 * The labelled expressions, and the street expressions with a keyword, are tried only near their labels and
 * keywords: the scanner looks for those strings first. A label of two letters ("DL", "sn"), a letter class inside
 * one ("n[uú]mero", "matr[ií]cula"), an optional word before them ("(?:bank )?account", "(?:kfz-)?kennzeichen") or
 * spaces without a bound before them hide the strings, and the expression is then tried at every word of a text
 * (on the throughput benchmark's text, three of them did after one day's additions: 2-3% of all the expressions'
 * time each).
 */
class ScannerStringsTest {

    /**
     * The expressions that need not: two-letter labels kept for what they find ("DL", the device's "sn", a prescription's
     * "Rx", a bare "ID:" in capitals, Brazil's "RG" before its dotted number, Romania's "CI" before its card's: tried only
     * at a capital C, I or R before another capital; an officer's rank before a name and a badge's "#", "PC" among them; a US alien number's "A#").
     */
    private static final List<String> WITHOUT = List.of("(?i:\\b(?:DL)", "(?i:\\b(?:serial|", "(?i:\\b(?:rx(?=",
            "(?i:\\b(?:(?-i:ID)", "(?i:\\b(?:(?-i:RG)", "(?i:\\b(?:(?-i:CI)", "(?i:\\b(?:(?-i:(?:PC|", "(?i:\\b(?:a#");

    @Test
    void labelledAndKeywordExpressionsAreLookedForByTheirStrings() {
        List<String> lost = new ArrayList<>();
        int checked = 0;
        for (PatternRecognizer r : ScannerCheck.recognizersBeside(PassportRecognizer.class)) {
            String name = r.getClass().getSimpleName();
            for (NamedPattern p : ScannerCheck.patterns(r)) {
                boolean labelled = r instanceof LabelledNumberRecognizer;
                boolean keyword = List.of("number, more French street types, name", "Italian street type in lower case",
                        "abbreviated German street", "labelled address", "labelled postal code", "adjective of age",
                        "years old, in other languages", "age after a birth's label and date", "aged, Polish", "has n years", "written-out email, bracketed",
                        "written-out email, in words", "labelled user name", "handle after a network",
                        "number and British street type",
                        // a lookahead of no-name words at its start had the scanner try it at every capital (41 ms per MB)
                        "US county",
                        // the commune's "xã", two letters, hid the kinds' strings (4 ms per MB)
                        "place after its kind's word, Vietnamese, Indonesian and Filipino").contains(p.name());
                if ((labelled || keyword) && WITHOUT.stream().noneMatch(p.pattern().pattern()::startsWith)) {
                    checked++;
                    if (!ScannerStrings.looksForStrings(p.pattern())) {
                        lost.add(name + " '" + p.name() + "'");
                    }
                }
            }
        }
        assertEquals(List.of(), lost);
        assertEquals(true, checked >= 10, "too few expressions checked: " + checked);
    }

    /**
     * The login recognizer's git labels ("Author:", "Merge pull request #") are looked for first: an alternative without a
     * label beside them (a one-line log's hash at a line's start) hid them, and the scanner tried every line (the
     * recognizer's time doubled on the throughput benchmark's text); the blanks before the labels had no bound either,
     * which hid them already.
     */
    @Test
    void theGitLabelsAreLookedForByTheirStrings() {
        assertEquals(true, ScannerStrings.looksForStrings(UsernameRecognizer.GIT_LOGIN.pattern()));
    }
}
