package io.blackbar.format.pdf.internal;

import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.OcrService.OcrWord;

/**
 * A scanned page's images as they are in the file, not as a viewer shows them ({@link OcrPages.Drawn#IMAGES}). A scan
 * is in the file whole however the page hides part of it: a box drawn over a value (how redaction is faked), a crop
 * box, a clipping path or a form's bounding box that cuts it off, an alpha of 0 or a soft mask, an annotation flagged
 * Hidden. A viewer shows none of it, OCR of the viewer's rendering read none of it, and a page without another finding
 * came back with the value in its image.
 */
final class ImagesAlone {

    /** Side of the squares two renderings are compared by. */
    private static final int TILE = 8;
    /** A pixel darker than this (0-255, the mean of its channels) is ink: yellow (170) and faded grey are. */
    static final int INK = 200;

    private ImagesAlone() {
    }

    /**
     * A rendering of a page's images alone over its media box, the transform from its pixels to those of the viewer's
     * rendering (the media box may be drawn at a coarser resolution when large), and the rendering of its images alone
     * over the crop box, pixel for pixel where the viewer's is (the same image when the two boxes are one); whether an
     * image of the page lies over part of a larger one ({@link Occupancy}), drawn in the rendering or left out of it.
     */
    record Revealed(BufferedImage image, AffineTransform toViewer, BufferedImage inFrame, boolean covered) {
    }

    /**
     * Renders the page's images alone, over its media box when that is larger than its crop box (the part of a scan a
     * crop box cut off is in the file, and was read by none), turned as the page is turned. A media box too large to
     * render at the coarsest resolution OCR reads is not: its crop box is.
     */
    static Revealed render(PDDocument doc, int index, float dpi, DocumentLimits limits) throws IOException {
        return render(doc, index, dpi, limits, false);
    }

    /**
     * {@link #render(PDDocument, int, float, DocumentLimits)}, with the images pasted over part of a larger one left out
     * when {@code underCovers} ({@link Occupancy}).
     */
    static Revealed render(PDDocument doc, int index, float dpi, DocumentLimits limits, boolean underCovers)
            throws IOException {
        PDPage page = doc.getPage(index);
        PDRectangle crop = page.getCropBox();
        PDRectangle media = page.getMediaBox();
        int rotation = Math.floorMod(page.getRotation(), 360);
        float mediaDpi = Math.min(dpi, OcrPages.dpiFor(media));
        boolean wider = (media.getLowerLeftX() < crop.getLowerLeftX() || media.getLowerLeftY() < crop.getLowerLeftY()
                || media.getUpperRightX() > crop.getUpperRightX() || media.getUpperRightY() > crop.getUpperRightY())
                && Math.abs((double) media.getWidth() * media.getHeight()) / (72.0 * 72.0) * mediaDpi * mediaDpi
                        <= OcrPages.MAX_PIXELS;
        OcrPages.Images framed = OcrPages.renderImages(doc, index, dpi, limits, underCovers);
        BufferedImage inFrame = framed.image();
        if (!wider) {
            return new Revealed(inFrame, new AffineTransform(), inFrame, framed.covered());
        }
        if (limits.expired()) {
            throw new PageText.DeadlineExpired();
        }
        COSDictionary dict = page.getCOSObject();
        COSBase own = dict.getItem(COSName.CROP_BOX);
        page.setCropBox(media);
        try {
            OcrPages.Images whole = OcrPages.renderImages(doc, index, mediaDpi, limits, underCovers);
            AffineTransform toViewer = viewTransform(crop, rotation, dpi);
            toViewer.concatenate(viewTransform(media, rotation, mediaDpi).createInverse());
            return new Revealed(whole.image(), toViewer, inFrame, framed.covered() || whole.covered());
        } catch (NoninvertibleTransformException e) {
            // an empty media box: nothing beyond
            return new Revealed(inFrame, new AffineTransform(), inFrame, framed.covered());
        } finally {
            dict.setItem(COSName.CROP_BOX, own); // null takes it out: an inherited crop box stays inherited
        }
    }

    /** @return the transform from a page's user space to the pixels of its rendering, as PDFBox's renderer draws it */
    static AffineTransform viewTransform(PDRectangle box, int rotation, float dpi) {
        double scale = dpi / 72.0;
        AffineTransform t = AffineTransform.getScaleInstance(scale, scale);
        if (rotation != 0) {
            double tx = rotation == 90 ? box.getHeight() : rotation == 180 ? box.getWidth() : 0;
            double ty = rotation == 270 ? box.getWidth() : rotation == 180 ? box.getHeight() : 0;
            t.translate(tx, ty);
            t.rotate(Math.toRadians(rotation));
        }
        t.translate(0, box.getHeight());
        t.scale(1, -1);
        t.translate(-box.getLowerLeftX(), -box.getLowerLeftY());
        return t;
    }

    /** @return the words read in the rendering, placed where the viewer's rendering has them */
    static List<OcrWord> inViewer(List<OcrWord> words, AffineTransform toViewer) {
        List<OcrWord> out = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            Rectangle2D r = toViewer.createTransformedShape(new Rectangle(w.x(), w.y(), w.width(), w.height())).getBounds2D();
            int x = (int) Math.round(r.getX());
            int y = (int) Math.round(r.getY());
            out.add(new OcrWord(w.text(), x, y, Math.max(1, (int) Math.round(r.getMaxX()) - x),
                    Math.max(1, (int) Math.round(r.getMaxY()) - y), w.confidence()));
        }
        return out;
    }

    /**
     * Whether the images show something the viewer's rendering does not: a square of their rendering over the crop box
     * with ink that differs from the viewer's there, or ink in the media box's rendering outside what the viewer draws.
     * A page whose images are blank (a page read for its fonts, not a scan), or whose other drawing lies on blank parts
     * of them (a link's border, a printed footer), is not read again.
     */
    static boolean hidesSomething(BufferedImage viewed, Revealed images) {
        if (differsWithInk(viewed, images.inFrame())) {
            return true;
        }
        if (images.image() == images.inFrame()) {
            return false;
        }
        try {
            // the viewer's frame in the media box's pixels, 2 pixels wider all round (edges drawn at another offset)
            Rectangle2D frame = images.toViewer().createInverse()
                    .createTransformedShape(new Rectangle(0, 0, viewed.getWidth(), viewed.getHeight())).getBounds2D();
            frame.setRect(frame.getX() - 2, frame.getY() - 2, frame.getWidth() + 4, frame.getHeight() + 4);
            BufferedImage image = images.image();
            int[] row = new int[image.getWidth()];
            for (int y = 0; y < image.getHeight(); y++) {
                image.getRGB(0, y, row.length, 1, row, 0, row.length);
                boolean rowInside = y >= frame.getMinY() && y < frame.getMaxY();
                for (int x = 0; x < row.length; x++) {
                    if ((!rowInside || x < frame.getMinX() || x >= frame.getMaxX()) && ink(row[x])) {
                        return true;
                    }
                }
            }
            return false;
        } catch (NoninvertibleTransformException e) {
            return true;
        }
    }

    /**
     * The share of an image with a mask of its own that must be shown for it to be a cover: most of it.
     */
    static final double MOSTLY_SHOWN = 0.9;

    /**
     * The share of the box around what such an image shows that must be shown for that to be a block (a PNG box with
     * clear margins, its label cut out or hatched: over half); a signature or a form's filled-in text shows a fraction.
     */
    static final double A_BLOCK = 0.5;

    /**
     * Where the images drawn so far lie, exactly, found through a grid of 64 x 64 cells over the page's media box in its
     * user space (each cell lists the places that touch it). An image is pasted over images drawn before it, a cover,
     * when half of its area or more lies on them (each one's overlap counted: where those overlap each other, more): a
     * box with a label, a box stored as a JPEG (not of one colour), a photo, a "cleaned" copy of the page drawn over the
     * scan, over one image or many (a scan in strips or tiles: strips that only meet edge to edge cover nothing of each
     * other). A cell touched by more than 64 places is taken whole (its share then counted as covered): the cost of an
     * image is bounded by the cells it touches.
     */
    static final class Occupancy {
        private static final int CELLS = 64;
        private static final int MOST_IN_A_CELL = 64;
        private final double x0;
        private final double y0;
        private final double cellWidth;
        private final double cellHeight;
        @SuppressWarnings("unchecked")
        private final List<Rectangle2D>[] places = new List[CELLS * CELLS];
        private final java.util.BitSet full = new java.util.BitSet(CELLS * CELLS);

        Occupancy(PDRectangle box) {
            x0 = Math.min(box.getLowerLeftX(), box.getUpperRightX());
            y0 = Math.min(box.getLowerLeftY(), box.getUpperRightY());
            cellWidth = Math.max(1e-3, Math.abs(box.getWidth())) / CELLS;
            cellHeight = Math.max(1e-3, Math.abs(box.getHeight())) / CELLS;
        }

        /** The place noted last: a strip or tile beside it along the same span is merged with it. */
        private Rectangle2D last;

        /**
         * Notes an image drawn at {@code at}: merged with the one noted last when it continues it edge to edge along the
         * same span (a scan in strips or tiles is a few places, however thin its strips).
         */
        void add(Rectangle2D at) {
            if (last != null && continues(last, at)) {
                Rectangle2D merged = last.createUnion(at);
                int[] c = cells(last);
                for (int y = c[1]; y <= c[3]; y++) {
                    for (int x = c[0]; x <= c[2]; x++) {
                        List<Rectangle2D> in = places[y * CELLS + x];
                        if (in != null) {
                            in.removeIf(p -> p == last);
                        }
                    }
                }
                last = null;
                note(merged);
                last = merged;
                return;
            }
            note(at);
            last = at;
        }

        /** @return whether {@code b} lies edge to edge with {@code a} along the same span, across or down */
        private static boolean continues(Rectangle2D a, Rectangle2D b) {
            double e = 1e-3;
            boolean sameAcross = Math.abs(a.getMinX() - b.getMinX()) < e && Math.abs(a.getMaxX() - b.getMaxX()) < e;
            boolean sameDown = Math.abs(a.getMinY() - b.getMinY()) < e && Math.abs(a.getMaxY() - b.getMaxY()) < e;
            return sameAcross && (Math.abs(a.getMaxY() - b.getMinY()) < e || Math.abs(b.getMaxY() - a.getMinY()) < e)
                    || sameDown && (Math.abs(a.getMaxX() - b.getMinX()) < e || Math.abs(b.getMaxX() - a.getMinX()) < e);
        }

        private void note(Rectangle2D at) {
            int[] c = cells(at);
            for (int y = c[1]; y <= c[3]; y++) {
                for (int x = c[0]; x <= c[2]; x++) {
                    int k = y * CELLS + x;
                    if (full.get(k)) {
                        continue;
                    }
                    if (places[k] == null) {
                        places[k] = new ArrayList<>(4);
                    }
                    places[k].add(at);
                    if (places[k].size() > MOST_IN_A_CELL) {
                        full.set(k);
                        places[k] = null;
                    }
                }
            }
        }

        /** @return whether half of {@code at}'s area within the box, or more, lies on the images noted */
        boolean covers(Rectangle2D at) {
            int[] c = cells(at);
            Rectangle2D box = new Rectangle2D.Double(x0, y0, CELLS * cellWidth, CELLS * cellHeight);
            double within = area(box.createIntersection(at));
            if (!(within > 0)) {
                return false;
            }
            java.util.Set<Rectangle2D> counted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            double on = 0;
            for (int y = c[1]; y <= c[3]; y++) {
                for (int x = c[0]; x <= c[2]; x++) {
                    int k = y * CELLS + x;
                    if (full.get(k)) {
                        on += area(at.createIntersection(new Rectangle2D.Double(x0 + x * cellWidth, y0 + y * cellHeight,
                                cellWidth, cellHeight)));
                    } else if (places[k] != null) {
                        for (Rectangle2D p : places[k]) {
                            if (counted.add(p)) {
                                on += area(at.createIntersection(p));
                            }
                        }
                    }
                    if (on >= within / 2) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static double area(Rectangle2D r) {
            return r.getWidth() > 0 && r.getHeight() > 0 ? r.getWidth() * r.getHeight() : 0;
        }

        /** @return the cells {@code at} lies on, as {first x, first y, last x, last y}; none (last before first) outside */
        private int[] cells(Rectangle2D at) {
            boolean outside = !(at.getMaxX() > x0 && at.getMaxY() > y0 && at.getMinX() < x0 + CELLS * cellWidth
                    && at.getMinY() < y0 + CELLS * cellHeight) || !(at.getWidth() > 0 && at.getHeight() > 0);
            if (outside) {
                return new int[] {0, 0, -1, -1};
            }
            int fx = clamp((int) Math.floor((at.getMinX() - x0) / cellWidth));
            int fy = clamp((int) Math.floor((at.getMinY() - y0) / cellHeight));
            int lx = clamp((int) Math.ceil((at.getMaxX() - x0) / cellWidth) - 1);
            int ly = clamp((int) Math.ceil((at.getMaxY() - y0) / cellHeight) - 1);
            return new int[] {fx, fy, Math.max(fx, lx), Math.max(fy, ly)};
        }

        private static int clamp(int v) {
            return Math.max(0, Math.min(CELLS - 1, v));
        }
    }

    /** @return whether a pixel is ink: darker than {@link #INK}; a lighter one is light, and can only hide */
    static boolean ink(int rgb) {
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < INK;
    }

    /** @return whether a square of {@link #TILE} pixels has ink in {@code image} and differs from {@code viewed} there */
    static boolean differsWithInk(BufferedImage viewed, BufferedImage image) {
        if (viewed.getWidth() != image.getWidth() || viewed.getHeight() != image.getHeight()) {
            return true;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int tiles = (w + TILE - 1) / TILE;
        boolean[] inked = new boolean[tiles];
        boolean[] differs = new boolean[tiles];
        int[] row = new int[w];
        int[] seen = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            viewed.getRGB(0, y, w, 1, seen, 0, w);
            for (int x = 0; x < w; x++) {
                inked[x / TILE] |= ink(row[x]);
                differs[x / TILE] |= (seen[x] & 0xffffff) != (row[x] & 0xffffff);
            }
            if (y % TILE == TILE - 1 || y == h - 1) {
                for (int k = 0; k < tiles; k++) {
                    if (inked[k] && differs[k]) {
                        return true;
                    }
                }
                java.util.Arrays.fill(inked, false);
                java.util.Arrays.fill(differs, false);
            }
        }
        return false;
    }

    /**
     * @return whether every pixel of the image that is shown is the same colour: a patch, black or white, pasted over a
     *     value (with clear or soft edges, its mask applied)
     */
    static boolean oneColour(PDImage image) throws IOException {
        return seen(image).shownOneColour();
    }

    /**
     * @param stencilMask whether a stencil {@code /Mask} counts: not for a page's rendering, where it is how an MRC scan
     *     draws its text (a colour layer through the text's shape; the colour layer without it is no content, a sheet over
     *     the page), but for an image read alone
     * @return whether the image carries a mask of its own that may make it clear: a soft mask, a colour key, and a stencil
     *     mask when asked (not a JPEG 2000 image's own alpha: PDFBox gives its samples on black, a sheet)
     */
    static boolean masked(PDImageXObject x, boolean stencilMask) {
        COSDictionary d = x.getCOSObject();
        COSBase mask = d.getDictionaryObject(COSName.MASK);
        return !x.isStencil() && (d.containsKey(COSName.SMASK) || mask instanceof COSArray || stencilMask && mask != null);
    }

    /**
     * How an image shows through its masks (PDFBox's decoding with them applied, which it keeps for drawing the image: the
     * renderer does not subsample): whether the
     * pixels it shows are of one colour, which, and what share of it they are; whether the pixels its masks hide (more
     * than half clear) differ among themselves, so hold something.
     */
    record Seen(boolean shownOneColour, int shownColour, double shownShare, boolean hiddenVaries, long hidden,
            long hiddenInk, Rectangle2D shownBlock, double shownBlockShare) {

        /**
         * @return whether what the masks hide reads as a page's content: light for the most part (paper) with some ink
         *     (text), as a scan is, not the colour layer of an MRC scan (its text's colour all over, dark, with a stencil
         *     {@code /Mask} of the text's shape: a court filing's is 98% dark)
         */
        boolean hiddenReadsAsAPage() {
            return hidden > 0 && hiddenInk >= hidden / 100 && hidden - hiddenInk >= hidden / 2;
        }
    }

    static Seen seen(PDImage image) throws IOException {
        BufferedImage decoded = image.getImage();
        int w = decoded.getWidth();
        int[] row = new int[w];
        int shown = -1;
        int hidden = -1;
        boolean shownOne = true;
        boolean hiddenVaries = false;
        long shownCount = 0;
        long hiddenCount = 0;
        long hiddenInk = 0;
        int h = decoded.getHeight();
        int minX = w;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < h; y++) {
            decoded.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int rgb = argb & 0xffffff;
                if (argb >>> 24 >= 128) {
                    shownCount++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                    if (shown < 0) {
                        shown = rgb;
                    } else if (rgb != shown) {
                        shownOne = false;
                    }
                } else {
                    hiddenCount++;
                    hiddenInk += ink(rgb) ? 1 : 0;
                    if (hidden < 0) {
                        hidden = rgb;
                    } else if (rgb != hidden) {
                        hiddenVaries = true;
                    }
                }
            }
        }
        // the shown pixels' bounding box in the image's unit square (y up, as the image is drawn), and how full it is
        Rectangle2D block = maxX < 0 ? new Rectangle2D.Double() : new Rectangle2D.Double((double) minX / w,
                1 - (double) (maxY + 1) / h, (double) (maxX + 1 - minX) / w, (double) (maxY + 1 - minY) / h);
        double blockShare = maxX < 0 ? 0 : (double) shownCount / ((long) (maxX + 1 - minX) * (maxY + 1 - minY));
        return new Seen(shownOne, Math.max(shown, 0), (double) shownCount / Math.max(1L, (long) w * h),
                hiddenVaries, hiddenCount, hiddenInk, block, blockShare);
    }

    /**
     * @return whether an image that is not a stencil is a patch pasted over a value, as a box is: what it shows is of one
     *     colour, and it is not a mask's shape in a dark colour (an MRC scan's text: a colour layer through the text's
     *     stencil), but a rectangle, a sticker with clear corners (half of it or more shown), or a light colour (it can
     *     only hide)
     */
    static boolean patch(PDImageXObject x, Seen seen) {
        if (!seen.shownOneColour()) {
            return false;
        }
        return !masked(x, true) || seen.shownShare() >= 0.5 || !ink(seen.shownColour());
    }

    /** @return the pixels across and down an image is drawn from: its own, or its mask's when larger (PDFBox scales to it) */
    static int[] drawnSize(PDImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image instanceof PDImageXObject x) {
            for (COSName key : new COSName[] {COSName.SMASK, COSName.MASK}) {
                if (x.getCOSObject().getDictionaryObject(key) instanceof org.apache.pdfbox.cos.COSStream mask) {
                    w = Math.max(w, mask.getInt(COSName.WIDTH));
                    h = Math.max(h, mask.getInt(COSName.HEIGHT));
                }
            }
        }
        return new int[] {w, h};
    }

    /** An image drawn without its masks: what its samples hold, however clear its masks make it. */
    static final class Opaque implements PDImage {
        private final PDImageXObject image;

        /** The whole image, once decoded: PDFBox asks for it more than once to draw it. */
        private BufferedImage whole;

        Opaque(PDImageXObject image) {
            this.image = image;
        }

        @Override
        public BufferedImage getImage() throws IOException {
            return getImage(null, 1);
        }

        @Override
        public BufferedImage getImage(Rectangle region, int subsampling) throws IOException {
            if (region != null || subsampling != 1) {
                return image.getOpaqueImage(region, subsampling);
            }
            if (whole == null) {
                whole = image.getOpaqueImage(null, 1);
            }
            return whole;
        }

        @Override
        public WritableRaster getRawRaster() throws IOException {
            return image.getRawRaster();
        }

        @Override
        public BufferedImage getRawImage() throws IOException {
            return image.getRawImage();
        }

        @Override
        public BufferedImage getStencilImage(Paint paint) throws IOException {
            return image.getStencilImage(paint);
        }

        @Override
        public InputStream createInputStream() throws IOException {
            return image.createInputStream();
        }

        @Override
        public InputStream createInputStream(List<String> stopFilters) throws IOException {
            return image.createInputStream(stopFilters);
        }

        @Override
        public InputStream createInputStream(DecodeOptions options) throws IOException {
            return image.createInputStream(options);
        }

        @Override
        public boolean isEmpty() {
            return image.isEmpty();
        }

        @Override
        public boolean isStencil() {
            return false;
        }

        @Override
        public void setStencil(boolean isStencil) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getBitsPerComponent() {
            return image.getBitsPerComponent();
        }

        @Override
        public void setBitsPerComponent(int bitsPerComponent) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PDColorSpace getColorSpace() throws IOException {
            return image.getColorSpace();
        }

        @Override
        public void setColorSpace(PDColorSpace colorSpace) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getHeight() {
            return image.getHeight();
        }

        @Override
        public void setHeight(int height) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getWidth() {
            return image.getWidth();
        }

        @Override
        public void setWidth(int width) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setDecode(COSArray decode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public COSArray getDecode() {
            return image.getDecode();
        }

        @Override
        public boolean getInterpolate() {
            return image.getInterpolate();
        }

        @Override
        public void setInterpolate(boolean value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getSuffix() {
            return image.getSuffix();
        }

        @Override
        public COSDictionary getCOSObject() {
            return image.getCOSObject();
        }
    }
}
