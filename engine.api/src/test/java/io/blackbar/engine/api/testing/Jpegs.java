package io.blackbar.engine.api.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Small JPEGs for the format handlers' tests. */
public final class Jpegs {

    private Jpegs() {
    }

    /** @return an 8 x 8 black JPEG whose EXIF segment ({@code APP1}) holds the given text */
    public static byte[] withExif(String text) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg", plain);
        byte[] p = plain.toByteArray();
        byte[] exif = ("Exif\0\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(p, 0, 2);
        b.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8), (byte) (exif.length + 2)});
        b.write(exif);
        b.write(p, 2, p.length - 2);
        return b.toByteArray();
    }
}
