package io.blackbar.format.image.internal;

import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * The image formats read here, told apart by their first bytes (never by name or claimed type), with
 * the format each is written back in: WebP has no writer in the JDK, so it comes back as PNG. GIF, BMP
 * and TIFF are read only as the pictures of a document (an Office package's media), not as uploads, and
 * are written back as they came, so the package's content types still hold.
 */
enum ImageFormat {
    JPEG("image/jpeg", "jpeg"),
    PNG("image/png", "png"),
    WEBP("image/png", "png"),
    GIF("image/gif", "gif"),
    BMP("image/bmp", "bmp"),
    /** Classic TIFF, either byte order (a fax, a scan pasted into a document); not BigTIFF, which the JDK does not read. */
    TIFF("image/tiff", "tiff");

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

    /** @return whether a file of this format is taken as an upload (JPEG, PNG, WebP), not only as a document's picture */
    boolean uploadable() {
        return this == JPEG || this == PNG || this == WEBP;
    }

    /** @return whether the written image keeps an alpha channel (JPEG and BMP as the JDK writes them do not) */
    boolean keepsAlpha() {
        return this != JPEG && this != BMP;
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
        if (startsWith(head, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return GIF;
        }
        // "BM" is two bytes: the DIB header's size (one of the six Windows and OS/2 define) must follow the file header
        if (startsWith(head, 0, 'B', 'M') && head.length >= 18
                && java.util.Set.of(12, 40, 52, 56, 108, 124).contains(head[14] & 0xFF | (head[15] & 0xFF) << 8)
                && head[16] == 0 && head[17] == 0) {
            return BMP;
        }
        if (startsWith(head, 0, 'I', 'I', 42, 0) || startsWith(head, 0, 'M', 'M', 0, 42)) {
            return TIFF;
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
     * bundles): the JDK's for JPEG, PNG, GIF, BMP and TIFF, TwelveMonkeys' for WebP.
     *
     * @return a new reader
     * @throws IOException when the reader cannot be made
     */
    ImageReader newReader() throws IOException {
        if (this == WEBP) {
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(this == WEBP ? "png" : writerFormat);
        return readers.next();
    }
}
