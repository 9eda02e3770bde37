package io.blackbar.format.pdf.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import io.blackbar.engine.api.spi.OcrService.OcrWord;

/** Lines of text drawn with Java2D, with where each line's and each word's ink lies: the scans of the tests. */
record InkLines(BufferedImage image, Rectangle[] lines, List<OcrWord> words) {

    /**
     * @param clear a clear ground (ARGB) rather than white
     * @param x left of every line; {@code baseline} the first line's, {@code step} between lines
     */
    static InkLines draw(int width, int height, boolean clear, int fontSize, int x, int baseline, int step, String... lines) {
        BufferedImage image = new BufferedImage(width, height, clear ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Rectangle[] bounds = new Rectangle[lines.length];
        List<OcrWord> words = new ArrayList<>();
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(clear ? new Color(0, 0, 0, 0) : Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize));
            FontMetrics m = g.getFontMetrics();
            int lineHeight = m.getAscent() + m.getDescent();
            for (int i = 0; i < lines.length; i++) {
                int y = baseline + i * step;
                g.drawString(lines[i], x, y);
                bounds[i] = new Rectangle(x, y - m.getAscent(), m.stringWidth(lines[i]), lineHeight);
                int at = x;
                for (String word : lines[i].split(" ")) {
                    words.add(new OcrWord(word, at, y - m.getAscent(), m.stringWidth(word), lineHeight, 95));
                    at += m.stringWidth(word + " ");
                }
            }
        } finally {
            g.dispose();
        }
        return new InkLines(image, bounds, words);
    }
}
