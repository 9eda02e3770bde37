package io.blackbar.engine.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Finding;
import io.blackbar.engine.api.spi.Recognizer;

/** JSON strings' escaped line breaks read as breaks, the offsets kept; nothing else touched. */
class EscapedBreaksTest {

    private static final long FAR = System.nanoTime() + 60_000_000_000L;

    /** Each row: the text as written (a '~' stands for a backslash), then the view expected ('|' for a line break, '>' a tab, '<' a carriage return). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        // a Slack export's message: every escaped break a space and a break
        "{`\"`text`\"`: `\"`Name: Anna~nDOB: 12.05.1993~nCity: Kiel`\"`}; {`\"`text`\"`: `\"`Name: Anna<|DOB: 12.05.1993<|City: Kiel`\"`}",
        "`\"`a~tb~r~nc`\"`; `\"`a >b  <|c`\"`",
        // escaped quotes, slashes and Unicode escapes are JSON's too, and stay as written
        "`\"`Re: ~`\"`Bob~`\"`~nhttps:~/~/x.org ~u00e9`\"`; `\"`Re: ~`\"`Bob~`\"`<|https:~/~/x.org ~u00e9`\"`",
        // a Windows path in quotes has escapes JSON lacks: left as written, and so is its user's name
        "saved to `\"`C:~Users~nina~report.docx`\"`; saved to `\"`C:~Users~nina~report.docx`\"`",
        // outside quotes, a backslash is the text's own
        "C:~new~table and Kiel~nAnschrift; C:~new~table and Kiel~nAnschrift",
        // an escaped backslash and an n: no break
        "`\"`C:~~nina~~tom`\"`; `\"`C:~~nina~~tom`\"`",
        // a string never runs over a line as written: the quote on the next line opens another
        "`\"`open~n|`\"`x~ny`\"`; `\"`open~n|`\"`x<|y`\"`",
        // a truncated Unicode escape makes the string no JSON's
        "`\"`a~u12~nb`\"`; `\"`a~u12~nb`\"`",
    })
    void readsEscapedBreaksInJsonStringsOnly(String written, String expected) {
        String text = written.replace('~', '\\').replace('|', '\n');
        String view = EscapedBreaks.of(text);
        assertEquals(expected.replace('~', '\\').replace('|', '\n').replace('>', '\t').replace('<', '\r'), view);
        assertEquals(text.length(), view.length(), "every offset kept");
    }

    @Test
    void aTextWithoutBackslashIsItself() {
        String text = "Name: Anna \"x\"";
        assertSame(text, EscapedBreaks.of(text));
    }

    /**
     * Through the detector: a label at a line's start inside a JSON export's message is found, and the finding's value
     * is the text's, with its offsets; propagation finds the value again after an escaped break.
     */
    @Test
    void theDetectorReadsTheViewAndReportsTheText() throws EngineException {
        Recognizer town = new DetectorTest.Digits("LOCATION", "(?m)^City: (?<value>\\w+)$", 0.9, Set.of());
        String text = "{\"text\": \"Form\\nCity: Kiel\\nBorn in Kiel\\nKiel\"}";
        List<Finding> plain = Detector.detect(text, List.of(town), 0.5, false, FAR, o -> 1);
        assertEquals(List.of(text.indexOf("Kiel") + ":Kiel"), plain.stream().map(f -> f.start() + ":" + f.value()).toList());
        List<Finding> again = Detector.detect(text, List.of(town), 0.5, true, FAR, o -> 1);
        assertEquals(List.of("Kiel", "Kiel", "Kiel"), again.stream().map(Finding::value).toList(),
                "found again after the escaped breaks, each a whole word of the view");
        assertEquals(text.lastIndexOf("Kiel"), again.get(2).start());
    }
}
