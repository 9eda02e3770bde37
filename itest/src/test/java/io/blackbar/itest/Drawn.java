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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height, fontSize, x, y, step, lines), format, out);
        return out.toByteArray();
    }

    /** The lines drawn on white, as {@link #lines} describes them. */
    static BufferedImage picture(int width, int height, int fontSize, int x, int y, int step, String... lines) {
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
        return image;
    }

    /**
     * A black-and-white picture as a PDF's JBIG2 stream (embedded organisation, no file header): a page information
     * segment and one immediate generic region coded with MMR, which is ITU T.6, so the JDK's TIFF writer codes it
     * (its one tile's data). No JBIG2 encoder is at hand; poppler, which decodes JBIG2 with code of its own, is the
     * judge that this is one (the tests render their input with it before anything else).
     *
     * @param picture width and height multiples of 16 (one TIFF tile)
     */
    static byte[] jbig2(BufferedImage picture) throws IOException {
        int w = picture.getWidth();
        int h = picture.getHeight();
        if (w % 16 != 0 || h % 16 != 0) {
            throw new IllegalArgumentException("width and height must be multiples of 16");
        }
        // one bit a pixel with 1 black: T.6's white runs are the 0 bits (TIFF's WhiteIsZero), as in JBIG2
        java.awt.image.IndexColorModel whiteIsZero = new java.awt.image.IndexColorModel(1, 2,
                new byte[] {-1, 0}, new byte[] {-1, 0}, new byte[] {-1, 0});
        BufferedImage bits = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY, whiteIsZero);
        Graphics2D g = bits.createGraphics();
        try {
            g.drawImage(picture, 0, 0, null);
        } finally {
            g.dispose();
        }
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("CCITT T.6");
        param.setTilingMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setTiling(w, h, 0, 0);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream ios = ImageIO.createImageOutputStream(tiff)) {
            writer.setOutput(ios);
            writer.write(null, new javax.imageio.IIOImage(bits, null, null), param);
        } finally {
            writer.dispose();
        }
        byte[] t = tiff.toByteArray();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(t)
                .order(t[0] == 'I' ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        int ifd = b.getInt(4);
        int offset = -1;
        int length = -1;
        for (int i = 0; i < (b.getShort(ifd) & 0xffff); i++) {
            int entry = ifd + 2 + 12 * i;
            int tag = b.getShort(entry) & 0xffff;
            int value = (b.getShort(entry + 2) & 0xffff) == 3 ? b.getShort(entry + 8) & 0xffff : b.getInt(entry + 8);
            if (tag == 324) { // TileOffsets
                offset = value;
            } else if (tag == 325) { // TileByteCounts
                length = value;
            } else if (tag == 262 && value != 0) {
                throw new IOException("the TIFF writer did not keep WhiteIsZero");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.DataOutputStream d = new java.io.DataOutputStream(out);
        // segment 0, page information (type 48) of page 1: size, no resolution, no flags, not striped
        d.writeInt(0);
        d.writeByte(48);
        d.writeByte(0);
        d.writeByte(1);
        d.writeInt(19);
        d.writeInt(w);
        d.writeInt(h);
        d.writeLong(0);
        d.writeByte(0);
        d.writeShort(0);
        // segment 1, immediate lossless generic region (type 38): the region at 0,0, MMR
        d.writeInt(1);
        d.writeByte(38);
        d.writeByte(0);
        d.writeByte(1);
        d.writeInt(17 + 1 + length);
        d.writeInt(w);
        d.writeInt(h);
        d.writeLong(0);
        d.writeByte(0);
        d.writeByte(1);
        d.write(t, offset, length);
        d.flush();
        return out.toByteArray();
    }
}
