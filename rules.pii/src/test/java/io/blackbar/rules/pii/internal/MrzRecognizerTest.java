package io.blackbar.rules.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * Machine-readable zones. The specimens are ICAO Doc 9303's own (Part 4, TD3 passport; Part 5, TD1 card; Part 6,
 * TD2 card: "ERIKSSON, ANNA MARIA" of Utopia); the others are made here, their check digits worked out by hand from
 * 9303's rule and checked by {@link #checkDigitsOfTheSpecimens}. Each row: the text ("\n" a line break), then the
 * findings in order as TYPE=value, ';'-separated, empty for none.
 */
class MrzRecognizerTest {

    private static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # ICAO's specimens
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<10 | PERSON=ERIKSSON;PERSON=ANNA;PERSON=MARIA;PASSPORT=L898902C3;DATE_OF_BIRTH=740812;ID_NUMBER=ZE184226B
            I<UTOD231458907<<<<<<<<<<<<<<<\\n7408122F1204159UTO<<<<<<<<<<<6\\nERIKSSON<<ANNA<MARIA<<<<<<<<<< | ID_NUMBER=D23145890;DATE_OF_BIRTH=740812;PERSON=ERIKSSON;PERSON=ANNA;PERSON=MARIA
            I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\\nD231458907UTO7408122F1204159<<<<<<<6 | PERSON=ERIKSSON;PERSON=ANNA;PERSON=MARIA;ID_NUMBER=D23145890;DATE_OF_BIRTH=740812
            # in a page's text, with CRLF line ends and an OCR's spaces inside the lines
            "Passport No. see below\\r\\nP<UTOERIKSSON<<ANNA<MARIA<<<<<< <<<<<<<<<<<<<\\r\\nL898902 C36UTO7408122F1204159ZE184226B<<<<<10\\r\\nEnd" | PERSON=ERIKSSON;PERSON=ANNA;PERSON=MARIA;PASSPORT=L898902 C3;DATE_OF_BIRTH=740812;ID_NUMBER=ZE184226B
            # one check digit misread (the birth date's 2 read as 7): the other two still vouch for the line
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408127F1204159ZE184226B<<<<<10 | PERSON=ERIKSSON;PERSON=ANNA;PERSON=MARIA;PASSPORT=L898902C3;DATE_OF_BIRTH=740812;ID_NUMBER=ZE184226B
            # the data line alone (its name line lost to the scan): a passport's length
            L898902C36UTO7408122F1204159ZE184226B<<<<<10 | PASSPORT=L898902C3;DATE_OF_BIRTH=740812;ID_NUMBER=ZE184226B
            # a card's name line that begins with a document code's letter, under its birth line
            I<UTOD231458907<<<<<<<<<<<<<<<\\n7408122F1204159UTO<<<<<<<<<<<6\\nPETERSEN<<JOHN<<<<<<<<<<<<<<<< | ID_NUMBER=D23145890;DATE_OF_BIRTH=740812;PERSON=PETERSEN;PERSON=JOHN
            # a visa (MRV-A): the document code V
            V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL8988901C4XXX4009078F96121096ZE184226B<<<<<< | PERSON=ERIKSSON;PERSON=ANNA;PERSON=MARIA;ID_NUMBER=L8988901C;DATE_OF_BIRTH=400907;ID_NUMBER=6ZE184226B
            # old Mac line ends, an OCR's guillemets for fillers, a blank line before a data line with no run of fillers
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\rL898902C36UTO7408122F1204159ZE184226B<<<<<10 | PERSON=ERIKSSON;PERSON=ANNA;PERSON=MARIA;PASSPORT=L898902C3;DATE_OF_BIRTH=740812;ID_NUMBER=ZE184226B
            P«UTOERIKSSON««ANNA«MARIA«««««««««««««««««««\\nL898902C36UTO7408122F1204159ZE184226B«««««10 | PERSON=ERIKSSON;PERSON=ANNA;PERSON=MARIA;PASSPORT=L898902C3;DATE_OF_BIRTH=740812;ID_NUMBER=ZE184226B
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\n\\nL898902C36UTO7408122F1204159ZE184226BX123456 | PERSON=ERIKSSON;PERSON=ANNA;PERSON=MARIA;PASSPORT=L898902C3;DATE_OF_BIRTH=740812;ID_NUMBER=ZE184226BX1234
            # a card's birth line with one check digit misread still vouches for the name under it
            I<UTOD231458907<<<<<<<<<<<<<<<\\n7408127F1204159UTO<<<<<<<<<<<6\\nERIKSSON<<ANNA<MARIA<<<<<<<<<< | ID_NUMBER=D23145890;DATE_OF_BIRTH=740812;PERSON=ERIKSSON;PERSON=ANNA;PERSON=MARIA
            # a name line with spaces in it and no data line is a heading's, not a zone's
            ATTENTION << IMPORTANT NOTICE << READ CAREFULLY |
            PREVIOUS << HOME << INDEX << CONTENTS << NEXT |
            "PREVIOUS<<HOME<<INDEX<<CONTENTS<<NEXT<<LAST" |
            # not a zone: two of the three check digits wrong
            L898902C35UTO7408121F1204159ZE184226B<<<<<10 |
            # not a zone: fillers in prose, code, art
            "if (a << 2) { b <<= 1; } // shift left by 2, then by 1 more" |
            <<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<< |
            "Click <<Next>> to continue, <<Back>> to go back, or <<Cancel>>." |
            # a name line's field with digits is none (a card's first line is read as such)
            P<UTO123456789<<<<<<<<<<<<<<<<<<<<<<<<<<<<<< |
            # too short for a zone's line
            P<UTOERIKSSON<<ANNA |
            """)
    void findsTheZonesFields(String text, String expected) {
        String t = text.replace("\\r", "\r").replace("\\n", "\n");
        List<RecognizerResult> found = new MrzRecognizer().analyze(t).stream()
                .sorted(Comparator.comparingInt(RecognizerResult::start)).toList();
        String actual = String.join(";", found.stream().map(r -> r.entityType() + "=" + t.substring(r.start(), r.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
        found.forEach(r -> assertTrue(r.score() >= 0.5, r + " under the threshold"));
    }

    /** The specimens' check digits, by 9303's rule (a row above would pass on a wrong rule only if both were wrong). */
    @Test
    void checkDigitsOfTheSpecimens() {
        String data = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
        assertTrue(MrzRecognizer.check(data, 0, 9));
        assertTrue(MrzRecognizer.check(data, 13, 19));
        assertTrue(MrzRecognizer.check(data, 21, 27));
        assertTrue(MrzRecognizer.check(data, 28, 42));
        assertTrue(MrzRecognizer.check(data.substring(0, 10) + data.substring(13, 20) + data.substring(21, 43) + data.charAt(43), 0, 39));
        assertFalse(MrzRecognizer.check("L898902C35", 0, 9));
        assertTrue(MrzRecognizer.check("D231458907", 0, 9));
    }

    /** A text of ten thousand lines each with a run of fillers but no zone reads in one pass, finding nothing. */
    @Test
    void manyFillerLinesAreReadOnce() {
        String line = "x << y <<<< z ".repeat(3) + "\n";
        String text = line.repeat(10_000) + TD3.replace("\\n", "\n") + "\n" + "a<<".repeat(100_000);
        List<RecognizerResult> found = new MrzRecognizer().analyze(text);
        assertEquals(6, found.size(), found::toString);
    }
}
