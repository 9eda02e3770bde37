package io.blackbar.format.image.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.ParsedDocument;

/**
 * Issue 7 benchmark (a main, not a test): an A4 page at 300 dpi (2480 x 3508), sparse and dense,
 * redacted through the handler (open, OCR, boxes, encode) next to the tesseract command line on
 * the same image in the same run. Median of 3 after a warm-up. Run from format.image:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.blackbar.format.image.internal.ImageBenchmark}
 */
public final class ImageBenchmark {

    private ImageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("blackbar-bench");
        try {
            for (int lines : new int[] {12, 55}) {
                Path page = dir.resolve("a4-" + lines + ".png");
                ImageIO.write(a4(lines), "png", page.toFile());
                RedactionCheck.HANDLER.open(page, "image/png", RedactionCheck.limits()).close(); // warm-up
                redact(page, dir.resolve("out.png"));
                double[] cli = new double[3];
                double[] handler = new double[3];
                for (int i = 0; i < 3; i++) {
                    long t0 = System.nanoTime();
                    TesseractCli.read(page);
                    cli[i] = (System.nanoTime() - t0) / 1e9;
                    t0 = System.nanoTime();
                    redact(page, dir.resolve("out.png"));
                    handler[i] = (System.nanoTime() - t0) / 1e9;
                }
                double c = median(cli);
                double h = median(handler);
                System.out.printf(Locale.ROOT, "A4 300 dpi, %d lines: tesseract CLI %.2f s, handler open+OCR+write %.2f s, ratio %.2f%n",
                        lines, c, h, h / c);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static void redact(Path page, Path out) throws Exception {
        try (ParsedDocument doc = RedactionCheck.HANDLER.open(page, "image/png", RedactionCheck.limits());
                OutputStream o = Files.newOutputStream(out)) {
            doc.write(RedactionCheck.plan(doc.text(), List.of("123-45-6789")), Method.REDACT, o);
        }
    }

    /** A white A4 page at 300 dpi with the test lines repeated, 11 pt (46 px), 58 px apart. */
    static BufferedImage a4(int lines) {
        BufferedImage img = new BufferedImage(2480, 3508, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 46));
            for (int i = 0; i < lines; i++) {
                g.drawString(TestImages.LINES.get(i % TestImages.LINES.size()) + " and some more words", 200, 250 + i * 58);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
