package io.blackbar.format.image.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the metadata an image file carries, by kind, for the report of what re-encoding removed
 * (it never reads the values). Walks JPEG segments up to the image data, PNG chunks and WebP
 * (RIFF) chunks, GIF blocks and a TIFF's first directory; anything it cannot walk counts as nothing.
 */
final class MetadataCensus {

    private MetadataCensus() {
    }

    /**
     * @param data the file
     * @param format its format
     * @return kind to count: {@code exif}, {@code xmp}, {@code iptc}, {@code comments}, {@code textChunks}
     */
    static Map<String, Integer> count(byte[] data, ImageFormat format) {
        Map<String, Integer> out = new TreeMap<>();
        switch (format) {
            case JPEG -> jpeg(data, out);
            case PNG -> png(data, out);
            case WEBP -> webp(data, out);
            case GIF -> gif(data, out);
            case BMP -> {
                // no metadata of its own: an ICC profile at most
            }
            case TIFF -> tiff(data, out);
            default -> throw new IllegalArgumentException(format.name());
        }
        return out;
    }

    /**
     * TIFF's first directory's tags: the EXIF and GPS directories, XMP, IPTC and Photoshop's resources, and the text
     * tags of who made it and on what (description, make, model, software, date, artist, host, copyright) as comments.
     */
    private static void tiff(byte[] d, Map<String, Integer> out) {
        boolean little = d.length > 8 && d[0] == 'I';
        long ifd = u32(d, 4, little);
        if (ifd < 8 || ifd + 2 > d.length) {
            return;
        }
        int entries = u16(d, (int) ifd, little);
        for (int k = 0; k < entries && ifd + 2 + 12L * (k + 1) <= d.length; k++) {
            int tag = u16(d, (int) ifd + 2 + 12 * k, little);
            switch (tag) {
                case 34665, 34853 -> out.merge("exif", 1, Integer::sum);
                case 700 -> out.merge("xmp", 1, Integer::sum);
                case 33723, 34377 -> out.merge("iptc", 1, Integer::sum);
                case 270, 271, 272, 305, 306, 315, 316, 33432 -> out.merge("comments", 1, Integer::sum);
                default -> {
                    // pixels' layout
                }
            }
        }
    }

    private static int u16(byte[] d, int at, boolean little) {
        return little ? (d[at] & 0xFF) | (d[at + 1] & 0xFF) << 8 : (d[at] & 0xFF) << 8 | (d[at + 1] & 0xFF);
    }

    private static long u32(byte[] d, int at, boolean little) {
        return (long) u16(d, little ? at + 2 : at, little) << 16 | u16(d, little ? at : at + 2, little);
    }

    private static void jpeg(byte[] d, Map<String, Integer> out) {
        int at = 2;
        while (at + 4 <= d.length && (d[at] & 0xFF) == 0xFF) {
            int marker = d[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return; // start of scan / end of image: no more metadata segments before the pixels
            }
            int length = ((d[at + 2] & 0xFF) << 8) | (d[at + 3] & 0xFF);
            int body = at + 4;
            if (marker == 0xE1 && startsWith(d, body, "Exif")) {
                out.merge("exif", 1, Integer::sum);
            } else if (marker == 0xE1 && startsWith(d, body, "http://ns.adobe.com/")) {
                out.merge("xmp", 1, Integer::sum);
            } else if (marker == 0xED) {
                out.merge("iptc", 1, Integer::sum);
            } else if (marker == 0xFE) {
                out.merge("comments", 1, Integer::sum);
            }
            at += 2 + length;
        }
    }

    private static void png(byte[] d, Map<String, Integer> out) {
        int at = 8;
        while (at + 8 <= d.length) {
            long length = uint32(d, at, false);
            String type = new String(d, at + 4, 4, StandardCharsets.ISO_8859_1);
            switch (type) {
                case "tEXt", "zTXt", "iTXt" -> out.merge(textKind(d, at + 8), 1, Integer::sum);
                case "eXIf" -> out.merge("exif", 1, Integer::sum);
                case "IEND" -> {
                    return;
                }
                default -> {
                    // pixels and rendering chunks
                }
            }
            at += 12 + (int) Math.min(length, Integer.MAX_VALUE - 12L);
            if (at < 0) {
                return;
            }
        }
    }

    /** An XMP packet travels as the iTXt keyword {@code XML:com.adobe.xmp}. */
    private static String textKind(byte[] d, int body) {
        return startsWith(d, body, "XML:com.adobe.xmp") ? "xmp" : "textChunks";
    }

    private static void webp(byte[] d, Map<String, Integer> out) {
        int at = 12;
        while (at + 8 <= d.length) {
            long length = uint32(d, at + 4, true);
            String type = new String(d, at, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("EXIF")) {
                out.merge("exif", 1, Integer::sum);
            } else if (type.equals("XMP ")) {
                out.merge("xmp", 1, Integer::sum);
            }
            at += 8 + (int) Math.min(length + (length & 1), Integer.MAX_VALUE - 8L);
            if (at < 0) {
                return;
            }
        }
    }

    /**
     * GIF's blocks: comment extensions, and application extensions that carry XMP ({@code XMP DataXMP}); the
     * animation's own (NETSCAPE2.0) is none.
     */
    private static void gif(byte[] d, Map<String, Integer> out) {
        if (d.length < 13) {
            return;
        }
        int at = 13 + colourTable(d[10]);
        while (at < d.length) {
            int block = d[at] & 0xFF;
            if (block == 0x21 && at + 1 < d.length) {
                int label = d[at + 1] & 0xFF;
                if (label == 0xFE) {
                    out.merge("comments", 1, Integer::sum);
                } else if (label == 0xFF && startsWith(d, at + 3, "XMP DataXMP")) {
                    out.merge("xmp", 1, Integer::sum);
                }
                at = skipSubBlocks(d, at + 2);
            } else if (block == 0x2C && at + 10 <= d.length) {
                at = skipSubBlocks(d, at + 10 + colourTable(d[at + 9]) + 1); // descriptor, table, LZW code size
            } else {
                return; // the trailer, or not a block
            }
        }
    }

    /** @return the bytes of a GIF colour table that a packed field's flags say follows */
    private static int colourTable(byte packed) {
        return (packed & 0x80) != 0 ? 3 << ((packed & 0x07) + 1) : 0;
    }

    /** @return the offset after a chain of GIF sub-blocks (each its length, then that many bytes; 0 ends it) */
    private static int skipSubBlocks(byte[] d, int at) {
        while (at < d.length) {
            int length = d[at] & 0xFF;
            at += 1 + length;
            if (length == 0) {
                return at;
            }
        }
        return at;
    }

    private static long uint32(byte[] d, int at, boolean littleEndian) {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            int b = d[littleEndian ? at + 3 - i : at + i] & 0xFF;
            v = (v << 8) | b;
        }
        return v;
    }

    private static boolean startsWith(byte[] d, int at, String ascii) {
        byte[] prefix = ascii.getBytes(StandardCharsets.ISO_8859_1);
        if (at + prefix.length > d.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (d[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
