package io.blackbar.format.pdf.internal;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;

/**
 * One glyph as drawn: its text rendering matrix (glyph space of a 1-unit font to page user space,
 * before any page rotation or crop-box shift) and its advance in text space units. A glyph's cell
 * runs from {@link #DESCENT} to {@link #ASCENT} vertically and over its advance horizontally.
 *
 * @param page 0-based page index
 * @param trm text rendering matrix
 * @param advance horizontal displacement in text space units (em fraction)
 */
record Glyph(int page, AffineTransform trm, float advance) {

    static final double DESCENT = -0.22;
    static final double ASCENT = 0.82;

    /** @return the middle of the glyph's cell in user space: what decides if a box covers it */
    Point2D center() {
        return trm.transform(new Point2D.Double(advance / 2.0, (DESCENT + ASCENT) / 2), null);
    }

    /** @return the inverse matrix, or null for a degenerate (zero-size) glyph */
    AffineTransform inverse() {
        try {
            return trm.createInverse();
        } catch (NoninvertibleTransformException e) {
            return null;
        }
    }
}
