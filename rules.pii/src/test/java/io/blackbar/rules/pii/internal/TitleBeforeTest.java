package io.blackbar.rules.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.testing.ScannerCheck;

/**
 * titleBefore first reads the word before the name and asks the expression only when that word is a
 * title: the answers must be the expression's alone, on titles with dots, one to three spaces, line
 * ends, other letters before them, and random text around.
 */
class TitleBeforeTest {

    /** The expression as the recognizer builds it: not after a letter, nor after a dot or @ (a domain's ".fr"). */
    private static final Pattern EXPRESSION = Pattern.compile(
            "(?i)(?:^|[^\\p{L}.@])(" + String.join("|", PersonRecognizer.TITLE_WORDS) + ")\\.?\\s{1,2}$");

    @Test
    void sameAnswerAsTheExpression() {
        List<String> cases = new java.util.ArrayList<>(List.of("Mrs. ", "Dr\n", "xDr ", "Dr.  \r\n", "Herr  ", "Dr   ",
                "DR. ", "to mr. ", "Prof.\t", "Madam\r\n", "lady\u2028", "Sir\u0085", "sra  \n", "drs ", "1Dr ", "é Dr. ",
                "madamDr ", "Dr.", "Dr", " ", "", "Mr\u2003", "Mme.\n\n", "Fr \r\n", "Dra. ", "la dra  ", "Sdra ",
                // words beyond ASCII before the name, of one to seven letters
                "\u00c9 ", "D\u0130. ", "\u0130 ", "\u212ar ", "Mm\u00e9 ", "Zo\u00eb  ", "\u03a3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2 ",
                "M\u00e9lanie ", "\u00c9\u00c9\u00c9\u00c9\u00c9. ", "\u03a3\u0391\u03a3 ", "M\u03a3. ", "x \u03a3\u03a3  ",
                // the longer titles of other languages, and a domain's ending before a line end
                "Monsieur ", "xMonsieur ", "mademoiselle  ", "Mademoiselle.\n", "la signora ", "dottoressa\n", "Pan ", "fru ",
                "orange.fr\n", "a@x.fr ", "http://fr ", "w/Dr. ", "PCP/Dr. ", "une Mademoiselle "));
        cases.addAll(ScannerCheck.randomTexts("Dr. Mrs Miss Herr frau x-1 \n\r\t .", 400, 14, 3));
        for (String c : cases) {
            String text = c + "Name";
            int start = c.length();
            Matcher m = EXPRESSION.matcher(text.subSequence(Math.max(0, start - PersonRecognizer.TITLE_WINDOW), start));
            String expected = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
            assertEquals(expected, PersonRecognizer.titleBefore(text.toCharArray(), start), () -> "before: [" + c + "]");
        }
    }
}
