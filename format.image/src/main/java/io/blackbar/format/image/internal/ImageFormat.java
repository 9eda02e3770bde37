package io.blackbar.format.image.internal;

import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * The image formats read here, told apart by their first bytes (never by name or claimed type), with
 * the format each is written back in: WebP has no writer in the JDK, so it comes back as PNG.
 */
enum ImageFormat {
    JPEG("image/jpeg", "jpeg"),
    PNG("image/png", "png"),
    WEBP("image/png", "png");

    private final String outputMediaType;
    private final String writerFormat;

    ImageFormat(String outputMediaType, String writerFormat) {
        this.outputMediaType = outputMediaType;
        this.writerFormat = writerFormat;
    }

    /** @return the media type written back */
    String outputMediaType() {
        return outputMediaType;
    }

    /** @return the ImageIO format name of the writer */
    String writerFormat() {
        return writerFormat;
    }

    /**
     * @param head the first bytes of a file
     * @return its format, or null when it is none of these
     */
    static ImageFormat detect(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return WEBP;
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int at, int... magic) {
        if (head.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[at + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A reader made directly (no global ImageIO registry, whose plugin discovery does not see
     * bundles): the JDK's for JPEG and PNG, TwelveMonkeys' for WebP.
     *
     * @return a new reader
     * @throws IOException when the reader cannot be made
     */
    ImageReader newReader() throws IOException {
        if (this == WEBP) {
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(this == JPEG ? "jpeg" : "png");
        return readers.next();
    }
}
