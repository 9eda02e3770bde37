package io.blackbar.format.pdf.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The pixels of an image under a redaction box, painted over. A searchable scan (a page image with an invisible text
 * layer, as scanners and OCR tools write it) shows its values in the image: removing the invisible glyphs and drawing
 * a box over the place left the value in the image, for anyone who takes the image out of the file. An image a box
 * covers is decoded, painted black under every covering box (and a point around it), and written as a new image
 * (JPEG again for a JPEG, lossless otherwise; its transparency, with its masks applied, in a soft mask of its own)
 * that the content draws instead.
 */
final class BurnedImages {

    /**
     * Bytes of the heap a pixel takes while an image is burned (its raster, the decoded image, the copy, its encoding):
     * a grey image without masks, and any other.
     */
    private static final long GREY_BYTES_PER_PIXEL = 4;
    private static final long BYTES_PER_PIXEL = 15;

    /** Why an image under a box cannot be burned, in words a client may read (no document content). */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String why, Throwable cause) {
            super(why, cause);
        }
    }
    /** How far around a box the pixels go too, in points: what anti-aliasing and OCR boxes leave at the edges. */
    private static final double MARGIN = 1.5;

    private BurnedImages() {
    }

    /**
     * @param image the image drawn
     * @param ctm the current transformation matrix, which maps the image's unit square onto the page
     * @param boxes the page's redaction boxes
     * @param maxMemoryBytes the request's memory budget: a larger image is not decoded
     * @return the burned copy to draw instead, or null when no box covers the image
     * @throws IOException when the image must be burned but cannot be (a stencil mask, too large, undecodable)
     */
    static PDImageXObject burn(PDDocument doc, PDImage image, Matrix ctm, List<Box> boxes, long maxMemoryBytes)
            throws IOException {
        AffineTransform toUnit;
        try {
            toUnit = ctm.createAffineTransform().createInverse();
        } catch (NoninvertibleTransformException e) {
            return null; // drawn flat: no pixel of it shows
        }
        List<Path2D> covering = new ArrayList<>();
        for (Box box : boxes) {
            float[] c = box.corners();
            double[] unit = new double[8];
            for (int i = 0; i < 8; i++) {
                unit[i] = c[i];
            }
            toUnit.transform(unit, 0, unit, 0, 4);
            Path2D.Double p = new Path2D.Double();
            p.moveTo(unit[0], unit[1]);
            for (int i = 2; i < 8; i += 2) {
                p.lineTo(unit[i], unit[i + 1]);
            }
            p.closePath();
            if (p.intersects(-0.01, -0.01, 1.02, 1.02)) {
                covering.add(p);
            }
        }
        if (covering.isEmpty()) {
            return null;
        }
        if (image.isStencil()) {
            throw new Refused("it is an image mask, whose pixels cannot be painted over", null);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean grey = image.getColorSpace().getNumberOfComponents() == 1 && !(image.getCOSObject() instanceof COSStream s
                && (s.containsKey(COSName.SMASK) || s.containsKey(COSName.MASK)));
        if (w <= 0 || h <= 0 || (long) w * h * (grey ? GREY_BYTES_PER_PIXEL : BYTES_PER_PIXEL) > maxMemoryBytes) {
            throw new Refused("it is larger than the memory budget allows (BLACKBAR_MAX_MEMORY_BYTES)", null);
        }
        try {
            return burned(doc, image, ctm, covering, w, h);
        } catch (OutOfMemoryError e) {
            // a JPEG whose own header is larger than the image says: refused, not a crash
            throw new Refused("it is larger than the memory budget allows (BLACKBAR_MAX_MEMORY_BYTES)", e);
        }
    }

    private static PDImageXObject burned(PDDocument doc, PDImage image, Matrix ctm, List<Path2D> covering, int w, int h)
            throws IOException {
        // its masks applied (a soft mask, a mask, a colour key): the transparency goes into the new image's own soft
        // mask, and a value the mask alone drew (black text on a clear ground) is burned with the rest
        BufferedImage decoded = image.getImage();
        boolean alpha = decoded.getColorModel().hasAlpha();
        boolean gray = !alpha && (decoded.getType() == BufferedImage.TYPE_BYTE_GRAY || decoded.getType() == BufferedImage.TYPE_BYTE_BINARY);
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB
                : gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(decoded, 0, 0, w, h, null);
            // unit square (y up) to pixels (y down)
            g.transform(new AffineTransform(w, 0, 0, -h, 0, h));
            // the margin in unit-square lengths: a point of the page, measured along the image's shorter side
            double pointsPerUnit = Math.min(Math.hypot(ctm.getScaleX(), ctm.getShearY()), Math.hypot(ctm.getShearX(), ctm.getScaleY()));
            float margin = (float) (pointsPerUnit > 0 ? 2 * MARGIN / pointsPerUnit : 0);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(margin, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
            for (Path2D p : covering) {
                g.fill(p);
                g.draw(p);
            }
        } finally {
            g.dispose();
        }
        PDImageXObject burned = "jpg".equals(image.getSuffix()) ? JPEGFactory.createFromImage(doc, out, 0.9f)
                : LosslessFactory.createFromImage(doc, out);
        if (image instanceof PDImageXObject x && x.getCOSObject().getDictionaryObject(COSName.OC) != null) {
            burned.getCOSObject().setItem(COSName.OC, x.getCOSObject().getDictionaryObject(COSName.OC)); // its layer
        }
        return burned;
    }
}
