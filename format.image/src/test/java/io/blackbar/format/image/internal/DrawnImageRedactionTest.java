package io.blackbar.format.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.ParsedDocument;

/**
 * Issue 7 acceptance: images drawn here (several fonts and sizes, an SSN, an email, a card number,
 * a name, on white and on a photo-like background, rotated a few degrees) are redacted so that the
 * tesseract command line reads none of the values and at least 90% of the other words. Rotated
 * text is read less well: at 3 degrees, or 2 on a photo below 36 pt, Tesseract 5.3 misreads
 * "1111" groups (so would the command line), and no detector could find the card number there.
 */
class DrawnImageRedactionTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void tesseract() {
        TesseractCli.assumeInstalled("DrawnImageRedactionTest");
    }

    @ParameterizedTest(name = "{0} {1}pt photo={2} rotated={3} {4} {5}")
    @CsvSource({
        "SansSerif, 28, false, 0, png, REDACT",
        "Serif, 36, false, 0, jpg, REDACT",
        "Monospaced, 24, false, 0, png, REDACT",
        "SansSerif, 40, true, 0, jpg, REDACT",
        "SansSerif, 36, true, -2, png, REDACT",
        "SansSerif, 36, false, -2, jpg, REDACT",
        "SansSerif, 32, false, 0, png, ANONYMIZE",
        "SansSerif, 36, false, 0, gif, REDACT",
        "Serif, 36, true, 0, bmp, REDACT",
        "SansSerif, 36, false, 0, tiff, REDACT",
    })
    void valuesGoneOtherWordsStay(String family, int size, boolean photo, double degrees, String ext, Method method)
            throws Exception {
        BufferedImage page = TestImages.page(new Font(family, Font.PLAIN, size), photo, degrees);
        Path input = dir.resolve(family + size + photo + degrees + method + "." + ext);
        assertTrue(ImageIO.write(page, ext.equals("jpg") ? "jpeg" : ext, input.toFile()));
        Path output = dir.resolve("out-" + input.getFileName());
        Map<String, Integer> report = RedactionCheck.redact(input, TestImages.VALUES, String.join("\n", TestImages.LINES),
                method, output);
        byte[] head = Files.readAllBytes(output);
        assertEquals(Map.of("jpg", ImageFormat.JPEG, "png", ImageFormat.PNG, "gif", ImageFormat.GIF, "bmp", ImageFormat.BMP,
                "tiff", ImageFormat.TIFF).get(ext), ImageFormat.detect(head), "same format out");
        System.out.println("[DrawnImageRedactionTest] report " + report);
    }

    /**
     * Tesseract reads this address, drawn at 44 pt, as two words split before the {@code @} (the gap
     * after the "3" is as wide as a space to it): joined by a space in the text, it was no e-mail address
     * and stayed in the image (an API test drawing a random address failed so, now and then).
     */
    @Test
    void anAddressReadAsTwoWordsAtItsAtSignIsOneInTheText() throws Exception {
        String email = "marker.bb015ae283aa943@example.net";
        List<String> lines = List.of("Write to " + email, "The committee approved the budget");
        BufferedImage page = new BufferedImage(1400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 44));
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), 40, 120 + 140 * i);
            }
        } finally {
            g.dispose();
        }
        Path input = dir.resolve("split-address.png");
        ImageIO.write(page, "png", input.toFile());
        Path output = dir.resolve("out-split-address.png");
        try (ParsedDocument doc = RedactionCheck.HANDLER.open(input, "image/png", RedactionCheck.limits());
                OutputStream out = Files.newOutputStream(output)) {
            doc.write(RedactionCheck.plan(doc.text(), List.of(email)), Method.REDACT, out); // plan: OCR read it whole
        }
        // as the API test reads it back: the address gone, the other line kept (a line this short has
        // too few words for the survival share the other cases check)
        String after = TesseractCli.read(output);
        assertFalse(after.contains(email) || after.contains("example.net"), "the address is still readable");
        assertTrue(after.contains("committee") && after.contains("budget"), "the other line was covered too");
    }
}
