package io.blackbar.format.pdf.internal;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A redaction box: a rectangle in the frame of the first glyph it covers (so rotated and skewed
 * text gets a rotated box), grown over the following glyphs of the same line.
 */
final class Box {

    /** How far outside the rectangle a glyph's centre may lie, in em. */
    private static final double TOLERANCE = 0.05;

    final int page;
    final AffineTransform frame;
    private final AffineTransform inverse;
    double x0;
    double y0;
    double x1;
    double y1;

    private Box(Glyph first, AffineTransform inverse) {
        this.page = first.page();
        this.frame = first.trm();
        this.inverse = inverse;
        x0 = Math.min(0, first.advance());
        x1 = Math.max(0, first.advance());
        y0 = Glyph.DESCENT;
        y1 = Glyph.ASCENT;
    }

    private Box(int page, AffineTransform frame, AffineTransform inverse, double x0, double y0, double x1, double y1) {
        this.page = page;
        this.frame = frame;
        this.inverse = inverse;
        this.x0 = x0;
        this.y0 = y0;
        this.x1 = x1;
        this.y1 = y1;
    }

    /**
     * A rectangle of a frame of its own, such as an OCR word in the pixels of an image the page draws.
     *
     * @param frame maps the rectangle's space onto the page; must be invertible
     * @return the box, or null when the frame is flat
     */
    static Box of(int page, AffineTransform frame, double x0, double y0, double x1, double y1) {
        try {
            return new Box(page, frame, frame.createInverse(), x0, y0, x1, y1);
        } catch (java.awt.geom.NoninvertibleTransformException e) {
            return null;
        }
    }

    /**
     * Boxes covering the given glyphs, one per line run.
     *
     * @param glyphs glyphs in text order
     * @return the boxes
     */
    static List<Box> cover(List<Glyph> glyphs) {
        List<Box> boxes = new ArrayList<>();
        Box current = null;
        for (Glyph g : glyphs) {
            if (current == null || !current.extend(g)) {
                AffineTransform inv = g.inverse();
                if (inv == null) {
                    continue;
                }
                current = new Box(g, inv);
                boxes.add(current);
            }
        }
        return boxes;
    }

    /** Grows over a glyph on the same page and line; false when it lies elsewhere. */
    private boolean extend(Glyph g) {
        if (g.page() != page) {
            return false;
        }
        double[] corners = {0, Glyph.DESCENT, g.advance(), Glyph.DESCENT, g.advance(), Glyph.ASCENT, 0, Glyph.ASCENT};
        g.trm().transform(corners, 0, corners, 0, 4);
        inverse.transform(corners, 0, corners, 0, 4);
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < 8; i += 2) {
            minX = Math.min(minX, corners[i]);
            maxX = Math.max(maxX, corners[i]);
            minY = Math.min(minY, corners[i + 1]);
            maxY = Math.max(maxY, corners[i + 1]);
        }
        double midY = (minY + maxY) / 2;
        boolean sameLine = midY > y0 && midY < y1 && minX < x1 + 3 && maxX > x0 - 3;
        if (!sameLine) {
            return false;
        }
        x0 = Math.min(x0, minX);
        x1 = Math.max(x1, maxX);
        y0 = Math.min(y0, minY);
        y1 = Math.max(y1, maxY);
        return true;
    }

    /** @return true when the point (user space) lies inside */
    boolean covers(Point2D userPoint) {
        return covers(userPoint.getX(), userPoint.getY());
    }

    /** @return true when the point (user space) lies inside */
    boolean covers(double ux, double uy) {
        double x = inverse.getScaleX() * ux + inverse.getShearX() * uy + inverse.getTranslateX();
        double y = inverse.getShearY() * ux + inverse.getScaleY() * uy + inverse.getTranslateY();
        return x >= x0 - TOLERANCE && x <= x1 + TOLERANCE && y >= y0 - TOLERANCE && y <= y1 + TOLERANCE;
    }

    /** @return the four corners in user space, x0 y0 x1 y1 ... counter-clockwise */
    float[] corners() {
        double[] c = {x0, y0, x1, y0, x1, y1, x0, y1};
        frame.transform(c, 0, c, 0, 4);
        float[] f = new float[8];
        for (int i = 0; i < 8; i++) {
            f[i] = (float) c[i];
        }
        return f;
    }
}
