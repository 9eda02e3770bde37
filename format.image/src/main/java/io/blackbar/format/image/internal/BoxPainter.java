package io.blackbar.format.image.internal;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Burns opaque boxes into the pixels: black, fully opaque even where the image has alpha, and for
 * anonymize with the surrogate written inside in white, scaled to fit the first box.
 */
final class BoxPainter {

    private BoxPainter() {
    }

    /**
     * @param image the image to paint on (changed in place)
     * @param boxes the boxes of one replacement
     * @param label the text to write in the first box, or null for plain boxes
     */
    static void paint(BufferedImage image, List<Rectangle> boxes, String label) {
        Graphics2D g = image.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setColor(Color.BLACK);
            for (Rectangle r : boxes) {
                g.fill(r);
            }
            if (label != null && !label.isEmpty() && !boxes.isEmpty()) {
                label(g, boxes.get(0), label);
            }
        } finally {
            g.dispose();
        }
    }

    private static void label(Graphics2D g, Rectangle r, String label) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        float size = Math.max(6f, r.height * 0.7f);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(size);
        FontMetrics fm = g.getFontMetrics(font);
        int width = fm.stringWidth(label);
        if (width > r.width) {
            font = font.deriveFont(Math.max(4f, size * r.width / width));
            fm = g.getFontMetrics(font);
        }
        g.setFont(font);
        g.setColor(Color.WHITE);
        g.setClip(r);
        int baseline = r.y + (r.height - fm.getHeight()) / 2 + fm.getAscent();
        g.drawString(label, r.x + 1, baseline);
    }
}
