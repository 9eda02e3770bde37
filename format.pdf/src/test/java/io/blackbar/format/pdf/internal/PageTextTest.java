package io.blackbar.format.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.junit.jupiter.api.Test;

/** The lean extraction: lines, words, kerning, accents and rotation from the glyphs' geometry alone. */
class PageTextTest {

    /** One page per content string, Helvetica (WinAnsi) as /F1. */
    private static PageText extract(String... contents) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String content : contents) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDResources res = new PDResources();
                res.put(COSName.getPDFName("F1"), font);
                page.setResources(res);
                PDStream stream = new PDStream(doc);
                try (OutputStream os = stream.createOutputStream()) {
                    os.write(content.getBytes(StandardCharsets.ISO_8859_1));
                }
                page.setContents(stream);
            }
            return PageText.extract(doc, PdfRedactionTest.limits());
        }
    }

    @Test
    void linesAndWordsComeFromTheGlyphsPlaces() throws Exception {
        PageText t = extract("BT /F1 12 Tf 72 700 Td (Hello) Tj 40 0 Td (world) Tj ET"
                + " BT /F1 12 Tf 72 680 Td (Second) Tj ( line) Tj ET");
        assertEquals("Hello world\nSecond line\n\n", t.text());
        // every character but the added space and breaks has its own glyph
        int[] anchors = t.anchors();
        assertEquals(0, anchors[0]);
        assertEquals(4, anchors[4]);
        assertEquals(-1, anchors[5]);
        assertEquals(5, anchors[6]);
        assertEquals(-1, anchors[11]);
        assertEquals(10, t.glyph(10).advance() > 0 ? 10 : -1);
        assertEquals(0, t.glyph(0).page());
        assertEquals(72, t.glyph(0).trm().getTranslateX(), 1e-3);
        assertEquals(700, t.glyph(0).trm().getTranslateY(), 1e-3);
        assertEquals(12, t.glyph(0).trm().getScaleX(), 1e-3);
    }

    @Test
    void kerningKeepsAWordWholeAndAWideAdjustmentSeparatesWords() throws Exception {
        PageText t = extract("BT /F1 12 Tf 50 760 Td [(Account) -250 (77) 30 (88) -15 (99001) -250 (closed)] TJ ET");
        assertEquals("Account 778899001 closed\n\n", t.text());
    }

    @Test
    void anAccentDrawnOverItsLetterBecomesItsCombiningMark() throws Exception {
        // TeX style: the accent first, moved back over the letter; and a cedilla after its letter
        PageText t = extract("BT /F1 12 Tf 50 760 Td [(G\250) 333 (okta) (s) 556 (\270) -600 (done)] TJ ET");
        assertEquals("Go\u0308ktas\u0327 done\n\n", t.text());
        // the letter and its mark each keep their own glyph
        assertEquals(2, t.anchors()[1]);
        assertEquals(1, t.anchors()[2]);
    }

    @Test
    void rotatedTextKeepsItsWordsAndPagesAreCounted() throws Exception {
        PageText t = extract("BT /F1 12 Tf 0 1 -1 0 300 100 Tm (turned words) Tj 0 -20 Td (next) Tj ET", "",
                "BT /F1 12 Tf 3 Tr 72 700 Td (invisible ok) Tj ET");
        assertEquals("turned words\nnext\n\ninvisible ok\n\n", t.text());
        assertEquals(List.of(0, 19, 19), t.pageStarts());
        assertArrayEquals(new int[] {16, 16}, t.pageGlyphCounts().get(0));
        assertArrayEquals(new int[] {0, 0}, t.pageGlyphCounts().get(1));
        assertEquals(2, t.glyph(t.anchors()[19]).page());
        assertTrue(t.glyph(0).trm().getShearY() > 0, "the glyph's matrix is turned");
        assertTrue(WinAnsiEncoding.INSTANCE.contains(0250));
    }
}
