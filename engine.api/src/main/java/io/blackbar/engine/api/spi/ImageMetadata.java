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
 * ({@code APP1}), IPTC ({@code APP13}), the other application segments and comments go; an EXIF
 * orientation is written back alone, so a photo shows upright; what follows the end of the image (a
 * motion photo's video, a second picture) goes. PNG: the
 * text chunks ({@code tEXt}, {@code zTXt}, {@code iTXt}), EXIF ({@code eXIf}) and the time stamp
 * ({@code tIME}). GIF: comment, plain-text and application extensions but the looping one
 * ({@code NETSCAPE2.0}, {@code ANIMEXTS1.0}) and the colour profile ({@code ICCRGBG1}): XMP goes; what
 * follows the trailer goes. Anything else, or a file whose structure does not parse, is returned as it
 * is.
 */
public final class ImageMetadata {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageMetadata() {
    }

    /**
     * @param image the bytes of an image
     * @return the image without its metadata, or the same array when it had none or is not a JPEG,
     *     a PNG or a GIF
     */
    public static byte[] strip(byte[] image) {
        if (image.length > 4 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8) {
            return jpeg(image);
        }
        if (image.length > PNG.length && java.util.Arrays.equals(image, 0, PNG.length, PNG, 0, PNG.length)) {
            return png(image);
        }
        if (image.length > 13 && image[0] == 'G' && image[1] == 'I' && image[2] == 'F' && image[3] == '8'
                && (image[4] == '7' || image[4] == '9') && image[5] == 'a') {
            return gif(image);
        }
        return image;
    }

    /** GIF application extensions that are no metadata: an animation's looping, the colour profile. */
    private static final java.util.Set<String> GIF_KEPT = java.util.Set.of("NETSCAPE2.0", "ANIMEXTS1.0", "ICCRGBG1012");

    private static byte[] gif(byte[] b) {
        int i = 13 + colourTable(b[10]);
        if (i > b.length) {
            return b;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, i);
        boolean removed = false;
        while (true) {
            if (i >= b.length) {
                return b; // no trailer: does not parse
            }
            int block = b[i] & 0xFF;
            int end;
            boolean drop = false;
            if (block == 0x3B) {
                out.write(0x3B);
                break;
            } else if (block == 0x21 && i + 2 < b.length) {
                int label = b[i + 1] & 0xFF;
                end = subBlocks(b, i + 2);
                if (label == 0xFE || label == 0x01) {
                    drop = true; // a comment; plain text (drawn by next to no viewer: hidden)
                } else if (label == 0xFF) {
                    drop = b[i + 2] != 11 || i + 14 > b.length
                            || !GIF_KEPT.contains(new String(b, i + 3, 11, StandardCharsets.ISO_8859_1));
                }
            } else if (block == 0x2C && i + 10 < b.length) {
                end = subBlocks(b, i + 10 + colourTable(b[i + 9]) + 1); // descriptor, its table, the LZW code size
            } else {
                return b;
            }
            if (end < 0) {
                return b;
            }
            if (drop) {
                removed = true;
            } else {
                out.write(b, i, end - i);
            }
            i = end;
        }
        // bytes after the trailer are no part of the image and may be anything: not copied
        return removed || i + 1 < b.length ? out.toByteArray() : b;
    }

    /** @return the bytes of a GIF colour table that a packed field's flags say follows */
    private static int colourTable(byte packed) {
        return (packed & 0x80) != 0 ? 3 << ((packed & 0x07) + 1) : 0;
    }

    /** @return the offset after a chain of GIF sub-blocks from {@code at}, or -1 when it runs past the end */
    private static int subBlocks(byte[] b, int at) {
        while (at < b.length) {
            int length = b[at] & 0xFF;
            at += 1 + length;
            if (length == 0) {
                return at <= b.length ? at : -1;
            }
        }
        return -1;
    }

    private static byte[] jpeg(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 2);
        int i = 2;
        boolean removed = false;
        boolean oriented = false;
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
                int orientation = marker == 0xE1 && !oriented ? orientation(b, i + 4, i + 2 + length) : 0;
                if (orientation > 1) {
                    out.writeBytes(orientationSegment(orientation));
                    oriented = true;
                }
            } else {
                out.write(b, i, 2 + length);
            }
            i += 2 + length;
        }
        int end = endOfImage(b, i);
        if (!removed && end == b.length) {
            return b;
        }
        out.write(b, i, end - i);
        return out.toByteArray();
    }

    /**
     * @return the offset after the end-of-image marker that follows the scans at the offset, or the
     *     length: what follows it (a phone's motion video, a second picture with its own EXIF) is no
     *     part of the image
     */
    private static int endOfImage(byte[] b, int from) {
        for (int j = from; j + 1 < b.length; j++) {
            // within the scans a 0xFF byte is followed by 0x00 or a restart marker, never by 0xD9
            if ((b[j] & 0xFF) == 0xFF && (b[j + 1] & 0xFF) == 0xD9) {
                return j + 2;
            }
        }
        return b.length;
    }

    /**
     * @param from the start of an APP1 segment's payload
     * @param to its end
     * @return the EXIF orientation (1 to 8) its first directory gives, or 0
     */
    private static int orientation(byte[] b, int from, int to) {
        int t = from + 6;
        if (to - from < 6 + 8 || !new String(b, from, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
            return 0;
        }
        boolean little = b[t] == 'I';
        int ifd = t + (int) read(b, t + 4, 4, little);
        if (ifd < t || ifd + 2 > to) {
            return 0;
        }
        int entries = (int) read(b, ifd, 2, little);
        for (int k = 0; k < entries && ifd + 2 + 12 * k + 12 <= to; k++) {
            int e = ifd + 2 + 12 * k;
            if (read(b, e, 2, little) == 0x0112) {
                int value = (int) read(b, e + 8, 2, little);
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    private static long read(byte[] b, int at, int bytes, boolean little) {
        long v = 0;
        for (int k = 0; k < bytes; k++) {
            int x = b[at + (little ? bytes - 1 - k : k)] & 0xFF;
            v = v << 8 | x;
        }
        return v;
    }

    /** An APP1 segment whose EXIF holds only the orientation: a photo taken upright stays upright. */
    private static byte[] orientationSegment(int orientation) {
        return new byte[] {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF header, first directory at 8
            0, 1, 1, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // one entry: Orientation, SHORT, 1
            0, 0, 0, 0}; // no next directory
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
