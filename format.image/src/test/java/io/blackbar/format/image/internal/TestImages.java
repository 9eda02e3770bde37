package io.blackbar.format.image.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

/** Pages drawn with Java2D for the tests: lines of text in a font, on white or on a photo-like background. */
final class TestImages {

    /** Lines with PII among ordinary words; the values are the ones a test plans to remove. */
    static final List<String> LINES = List.of(
            "Customer record for Maria Gonzalez opened today",
            "Social security number 123-45-6789 on file",
            "Contact email maria.gonzalez@example.org for questions",
            "Card number 4111 1111 1111 1111 was charged",
            "Please review the attached statement carefully");

    /** The values: SSN, email, card number (Luhn-valid), name. */
    static final List<String> VALUES = List.of("123-45-6789", "maria.gonzalez@example.org", "4111 1111 1111 1111",
            "Maria Gonzalez");

    private TestImages() {
    }

    /**
     * @param font the font
     * @param photo a noisy, shaded background instead of white
     * @param degrees rotation of the text
     * @return a page with {@link #LINES}
     */
    static BufferedImage page(Font font, boolean photo, double degrees) {
        int lineHeight = (int) (font.getSize() * 1.8);
        int width = font.getSize() * 34;
        int height = lineHeight * (LINES.size() + 2);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            if (photo) {
                photoBackground(img);
            } else {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.rotate(Math.toRadians(degrees), width / 2.0, height / 2.0);
            g.setFont(font);
            g.setColor(new Color(20, 20, 30));
            for (int i = 0; i < LINES.size(); i++) {
                g.drawString(LINES.get(i), font.getSize(), lineHeight * (i + 1) + font.getSize());
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** A light gradient with soft blobs and grain, like a phone photo of paper. */
    private static void photoBackground(BufferedImage img) {
        Random random = new Random(42);
        int w = img.getWidth();
        int h = img.getHeight();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double shade = 215 + 25 * Math.sin(x / (double) w * 3.1) * Math.cos(y / (double) h * 2.3);
                int grain = random.nextInt(31) - 15;
                int r = clamp(shade + grain + 12);
                int gr = clamp(shade + grain + 4);
                int b = clamp(shade + grain - 10);
                img.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, v));
    }
}
