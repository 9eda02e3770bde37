package io.blackbar.engine.api.spi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Removes what a JPEG or PNG carries beside its pixels, without decoding them: a photo pasted into a
 * document keeps its camera's EXIF (the place it was taken, the owner's name), XMP and comments. For
 * format handlers, whose documents embed images they do not otherwise rewrite.
 *
 * <p>JPEG: the segments before the first scan except JFIF ({@code APP0}), the colour profile
 * ({@code APP2}) and Adobe's colour transform ({@code APP14}), which decoders need: so EXIF and XMP
 * ({@code APP1}), IPTC ({@code APP13}), the other application segments and comments go. PNG: the
 * text chunks ({@code tEXt}, {@code zTXt}, {@code iTXt}), EXIF ({@code eXIf}) and the time stamp
 * ({@code tIME}). Anything else, or a file whose structure does not parse, is returned as it is.
 */
public final class ImageMetadata {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageMetadata() {
    }

    /**
     * @param image the bytes of an image
     * @return the image without its metadata, or the same array when it had none or is neither a
     *     JPEG nor a PNG
     */
    public static byte[] strip(byte[] image) {
        if (image.length > 4 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8) {
            return jpeg(image);
        }
        if (image.length > PNG.length && java.util.Arrays.equals(image, 0, PNG.length, PNG, 0, PNG.length)) {
            return png(image);
        }
        return image;
    }

    private static byte[] jpeg(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 2);
        int i = 2;
        boolean removed = false;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return b; // not a marker where one must be: left as it is
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0xDA) {
                break; // the first scan: the rest (pixels and what follows) is copied as it is
            }
            int length = (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF;
            if (length < 2 || i + 2 + length > b.length) {
                return b;
            }
            boolean metadata = marker == 0xFE || marker >= 0xE1 && marker <= 0xEF && marker != 0xE2 && marker != 0xEE;
            if (metadata) {
                removed = true;
            } else {
                out.write(b, i, 2 + length);
            }
            i += 2 + length;
        }
        if (!removed) {
            return b;
        }
        out.write(b, i, b.length - i);
        return out.toByteArray();
    }

    private static byte[] png(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, PNG.length);
        int i = PNG.length;
        boolean removed = false;
        while (i + 12 <= b.length) {
            long length = ((b[i] & 0xFFL) << 24) | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF;
            if (length > b.length - i - 12) {
                return b;
            }
            String type = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
            int chunk = 12 + (int) length;
            if (type.equals("tEXt") || type.equals("zTXt") || type.equals("iTXt") || type.equals("eXIf") || type.equals("tIME")) {
                removed = true;
            } else {
                out.write(b, i, chunk);
            }
            i += chunk;
            if (type.equals("IEND")) {
                break;
            }
        }
        // bytes after IEND are no part of the image and may be anything: not copied
        return removed || i < b.length ? out.toByteArray() : b;
    }
}
