package io.blackbar.format.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Rectangle;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.spi.OcrService.OcrWord;
import io.blackbar.engine.api.spi.Replacement;

/** Words to text with anchors, and spans to boxes, on hand-made OCR results. */
class OcrLayoutTest {

    private static final List<OcrWord> WORDS = List.of(
            new OcrWord("Card", 10, 10, 40, 20, 95),
            new OcrWord("4111", 60, 10, 40, 20, 93),
            new OcrWord("1l11", 110, 11, 40, 20, 41), // misread, low confidence
            new OcrWord("1111", 160, 10, 40, 20, 92),
            new OcrWord("charged", 210, 10, 70, 20, 96),
            new OcrWord("next", 10, 50, 40, 20, 30), // low confidence but on the next line
            new OcrWord("line", 60, 50, 40, 20, 90));

    @Test
    void wordsOfALineAreJoinedBySpacesLinesByNewlines() {
        assertEquals("Card 4111 1l11 1111 charged\nnext line", new OcrLayout(WORDS).text());
    }

    @Test
    void wordsMeetingAtAnAtSignAreJoinedWithoutASpace() {
        OcrLayout layout = new OcrLayout(List.of(new OcrWord("mail", 10, 10, 40, 20, 95),
                new OcrWord("ann.lee", 60, 10, 70, 20, 93), new OcrWord("@example.net", 140, 10, 120, 20, 90),
                new OcrWord("or", 270, 10, 20, 20, 95), new OcrWord("bo@", 300, 10, 30, 20, 95),
                new OcrWord("example.org", 340, 10, 110, 20, 95)));
        assertEquals("mail ann.lee@example.net or bo@example.org", layout.text());
        String text = layout.text();
        int start = text.indexOf("ann.lee");
        OcrLayout.Cover cover = layout.cover(List.of(new Replacement(start, start + "ann.lee@example.net".length(), "X", "[R]")), 0);
        assertEquals(List.of(new Rectangle(60, 10, 200, 20)), cover.boxes().get(0), "both words of the address covered");
    }

    @Test
    void aSpanCoversItsWordsAsOneBoxPerLine() {
        OcrLayout layout = new OcrLayout(WORDS);
        String text = layout.text();
        int start = text.indexOf("charged");
        OcrLayout.Cover cover = layout.cover(List.of(new Replacement(start, text.indexOf("line") + 4, "X", "[R]")), 0);
        assertEquals(List.of(new Rectangle(210, 10, 70, 20), new Rectangle(10, 50, 90, 20)), cover.boxes().get(0));
        assertEquals(0, cover.lowConfidenceWords(), "the low-confidence word was in the span");
    }

    @Test
    void lowConfidenceNeighboursOnTheLineAreCoveredAndCounted() {
        OcrLayout layout = new OcrLayout(WORDS);
        int start = layout.text().indexOf("4111");
        OcrLayout.Cover cover = layout.cover(List.of(new Replacement(start, start + 4, "CARD", "[R]")), 0);
        // 4111 plus the misread 1l11 beside it; not 'Card' (confident), not 'next' (another line)
        assertEquals(List.of(new Rectangle(60, 10, 90, 21)), cover.boxes().get(0));
        assertEquals(1, cover.lowConfidenceWords());
    }

    @Test
    void paddingGrowsBoxesWithTheWordHeight() {
        OcrLayout layout = new OcrLayout(WORDS);
        OcrLayout.Cover cover = layout.cover(List.of(new Replacement(0, 4, "X", "[R]")), 0.15);
        assertEquals(List.of(new Rectangle(7, 7, 46, 26)), cover.boxes().get(0));
    }
}
