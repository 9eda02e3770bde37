package io.blackbar.itest;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/** Text drawn with Java2D on a white page and encoded, as the image and scan tests need it. */
final class Drawn {

    private Drawn() {
    }

    /**
     * @param format an ImageIO format name ("png", "jpeg")
     * @param width page width, pixels
     * @param height page height, pixels
     * @param fontSize sans-serif size, pixels
     * @param x left of every line
     * @param y baseline of the first line
     * @param step distance between baselines
     * @param lines the text
     * @return the encoded image
     */
    static byte[] lines(String format, int width, int height, int fontSize, int x, int y, int step, String... lines)
            throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize));
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], x, y + step * i);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
