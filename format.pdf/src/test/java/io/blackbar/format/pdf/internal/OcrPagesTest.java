package io.blackbar.format.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.OcrService;
import io.blackbar.engine.api.spi.OcrService.OcrWord;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.testing.Plans;

/**
 * A scan's page burned for OCR words is read again, as the check after redaction reads it: boxes change how OCR splits
 * a page, and a value misread the first time ("Brookiyn") may read right beside them. A court filing of the shared
 * corpus failed its check so. The stand-in OCR reads like that: the second line's word as "Brookiyn" on the scan, as
 * "Brooklyn" once the first line is burned.
 */
class OcrPagesTest {

    private static final int W = 1275;
    private static final int H = 1650;

    @TempDir
    Path dir;

    /** Reads one word a line, where the line still has ink; the second line right only once the first is burned. */
    private static final class Variable implements OcrService {
        final InkLines scan;
        int calls;

        Variable(InkLines scan) {
            this.scan = scan;
        }

        @Override
        public List<OcrWord> recognize(BufferedImage image, DocumentLimits limits) {
            calls++;
            double k = (double) image.getWidth() / W;
            List<OcrWord> words = new ArrayList<>();
            Rectangle[] lines = scan.lines();
            boolean firstBurned = false;
            for (int i = 0; i < lines.length; i++) {
                Rectangle r = scaled(lines[i], k);
                if (SearchableScanTest.ink(image, r) > 0.9) {
                    firstBurned |= i == 0;
                    continue;
                }
                String word = i == 0 ? "Brooklyn" : firstBurned ? "Brooklyn" : "Brookiyn";
                words.add(new OcrWord(word, r.x, r.y, r.width, r.height, 90));
            }
            return words;
        }
    }

    private static Rectangle scaled(Rectangle r, double k) {
        return new Rectangle((int) (r.x * k), (int) (r.y * k), (int) Math.ceil(r.width * k), (int) Math.ceil(r.height * k));
    }

    @Test
    void aValueThatReadsRightOnlyBesideTheBoxesIsBurnedToo() throws Exception {
        IndependentReader.assumeTools();
        InkLines scan = InkLines.draw(W, H, false, 30, 150, 300, 70, "Brooklyn", "Brooklyn");
        Path in = dir.resolve("scan.pdf");
        Path out = dir.resolve("out.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, scan.image()), 0, 0, 612, 792);
            }
            doc.save(in.toFile());
        }
        PdfFormatHandler handler = new PdfFormatHandler();
        Variable ocr = new Variable(scan);
        handler.ocr = ocr;
        Map<String, Integer> removed;
        try (ParsedDocument p = handler.open(in, "application/pdf", PdfRedactionTest.limits());
                java.io.OutputStream os = Files.newOutputStream(out)) {
            assertEquals("Brooklyn\nBrookiyn", p.text().strip(), "the first reading misreads the second line");
            removed = p.write(Plans.everyOccurrence(p.text(), List.of("Brooklyn"), "[REDACTED]"), Method.REDACT, os);
        }
        assertEquals(2, removed.get("ocrWords"), removed.toString());
        // poppler draws the output at 72 dpi: the scan's 150 dpi pixels times 72/150
        BufferedImage page = IndependentReader.render(out);
        for (Rectangle line : scan.lines()) {
            Rectangle r = scaled(line, 72.0 / 150);
            assertTrue(SearchableScanTest.ink(page, r) > 0.99, "the line is burned: " + SearchableScanTest.ink(page, r));
        }
        assertEquals(3, ocr.calls, "read, read again (finds the second), read again (finds nothing)");
    }
}
