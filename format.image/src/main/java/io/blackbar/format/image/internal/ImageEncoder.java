package io.blackbar.format.image.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import io.blackbar.engine.api.EngineException;

/**
 * Writes pixels through the JDK's ImageIO writers with no metadata at all: no EXIF, GPS, XMP,
 * comments or text chunks survive, whatever the input carried. The cache is in memory, so no temp
 * file holds a copy.
 */
final class ImageEncoder {

    /** High enough that text next to a box stays as legible as it was. */
    private static final float JPEG_QUALITY = 0.92f;

    /** PNG: 0.7 is deflate level 2, a third of the time of the default for a few percent more bytes. */
    private static final float PNG_SPEED = 0.7f;

    private ImageEncoder() {
    }

    /**
     * @param image the pixels
     * @param format the format to write ({@link ImageFormat#writerFormat()})
     * @param out the output, left open
     * @throws EngineException {@code UNPROCESSABLE} when the image cannot be written
     */
    static void write(BufferedImage image, ImageFormat format, OutputStream out) throws EngineException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format.writerFormat()).next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG || format == ImageFormat.PNG || format == ImageFormat.WEBP) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(format == ImageFormat.JPEG ? JPEG_QUALITY : PNG_SPEED);
            } else if (format == ImageFormat.TIFF) {
                // uncompressed, an A4 page at 300 dpi would be 26 MB; LZW is what every TIFF reader reads
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("LZW");
            } // GIF: LZW, a palette made from the pixels; BMP: uncompressed

            writer.write(null, new IIOImage(image, null, null), param);
            ios.flush();
        } catch (IOException | RuntimeException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The image could not be written.", e);
        } finally {
            writer.dispose();
        }
    }

    /**
     * A copy to paint on, in 8-bit RGB (with alpha where the image has it and the format keeps it).
     *
     * @param image decoded pixels of any layout (grey, palette, 16-bit...)
     * @param format the output format
     * @return a new image
     */
    static BufferedImage paintable(BufferedImage image, ImageFormat format) {
        boolean alpha = image.getColorModel().hasAlpha() && format.keepsAlpha();
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            if (!alpha) {
                // clear pixels of a BMP's or a PNG-as-JPEG's alpha show paper, as OCR read them, not black
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, copy.getWidth(), copy.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }
}
