package io.blackbar.engine.api.spi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Removes what an image carries beside its pixels, without decoding them: a photo pasted into a document keeps its
 * camera's EXIF (the place it was taken, the owner's name), XMP and comments. For format handlers, whose documents
 * embed images they do not otherwise rewrite. One walk of each format's structure:
 *
 * <p>JPEG: before the first scan every application segment but JFIF ({@code APP0}), the colour profile ({@code APP2}
 * named {@code ICC_PROFILE}) and Adobe's colour transform ({@code APP14}), which decoders need, so EXIF and XMP
 * ({@code APP1}), IPTC ({@code APP13}), another {@code APP2} (FlashPix, MPF), the other application segments and
 * comments go, an EXIF orientation being written back alone, so a photo shows upright; after the first scan (between
 * the scans of a progressive JPEG) every application segment and comment; stray bytes between segments, which decoders
 * skip (a segment whose length is short leaves some), fill bytes, and what follows the end of the image (a motion
 * photo's video, a second picture). PNG: every ancillary chunk but those about showing it ({@code tRNS}, {@code cHRM},
 * {@code gAMA}, {@code iCCP}, {@code sBIT}, {@code sRGB}, {@code cICP}, {@code mDCv}, {@code cLLi}, {@code bKGD},
 * {@code hIST}, {@code pHYs}, {@code sPLT}) and APNG's frames ({@code acTL}, {@code fcTL}, {@code fdAT}): text,
 * EXIF ({@code eXIf}), the time stamp ({@code tIME}) and private chunks (an application's {@code prVt}, a C2PA
 * manifest's {@code caBX}) go, and what follows {@code IEND}; the ICC profile's name becomes "ICC profile". WebP: every
 * chunk but those a decoder reads ({@code VP8 }, {@code VP8L}, {@code VP8X}, {@code ALPH}, {@code ANIM},
 * {@code ANMF}, {@code ICCP}; in an animation's frame its alpha and picture only), so {@code EXIF} and {@code XMP } go
 * with their flags in {@code VP8X}, and what follows the RIFF's end. GIF: every extension but the graphic control, the looping ({@code NETSCAPE2.0},
 * {@code ANIMEXTS1.0}: its one data block) and the colour profile ({@code ICCRGBG1}): comments, plain
 * text and XMP go, and what follows the trailer (a trailer left out is written); the graphic control
 * keeps its 4 bytes and the looping its 3, nothing after them. EMF: the header's description, every
 * comment record's data but EMF+'s, escapes to the printer's driver and colour profiles' file names
 * are overwritten with zeros (a player skips comments; a printer's alternative formats, a group's
 * description, an embedded WMF, a PostScript copy of the page are in them). WMF: every escape
 * record becomes an empty comment, its data zeros (an embedded EMF, which a reader may draw instead of the
 * WMF's own records, and a printer's PostScript are in them). TIFF: in each directory (page), the
 * values of the text tags (description, make, model, software, date, artist, host, copyright), of XMP,
 * IPTC and Photoshop's resources, and of every entry of the EXIF and GPS directories, are overwritten
 * with zeros, the directories keeping their layout. Colour profiles stay: colours need them.
 * A JPEG, a PNG or a WebP whose structure breaks part way (a truncated file, a length no segment or chunk has) keeps
 * what was read before the break, without its metadata, and from the break on only the image's own data cut short:
 * a metadata segment or chunk there, or bytes after a length that cannot be, go. Anything else, or another file whose
 * structure does not parse, is returned as it is.
 */
public final class ImageMetadata {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageMetadata() {
    }

    /**
     * @param image the bytes of an image
     * @return the image without its metadata, or the same array when it had none, does not parse or is not a JPEG, a
     *     PNG, a WebP, a GIF, an EMF, a WMF or a TIFF; never an exception
     */
    public static byte[] strip(byte[] image) {
        try {
            return stripped(image);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return image; // does not parse: as it is
        }
    }

    private static byte[] stripped(byte[] image) {
        if (image.length > 4 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8) {
            return jpeg(image);
        }
        if (image.length > PNG.length && Arrays.equals(image, 0, PNG.length, PNG, 0, PNG.length)) {
            return png(image);
        }
        if (image.length > 13 && image[0] == 'G' && image[1] == 'I' && image[2] == 'F' && image[3] == '8'
                && (image[4] == '7' || image[4] == '9') && image[5] == 'a') {
            return gif(image);
        }
        if (image.length > 12 && image[0] == 'R' && image[1] == 'I' && image[2] == 'F' && image[3] == 'F'
                && image[8] == 'W' && image[9] == 'E' && image[10] == 'B' && image[11] == 'P') {
            return webp(image);
        }
        if (image.length >= 88 && image[0] == EMR_HEADER && image[1] == 0 && image[2] == 0 && image[3] == 0
                && image[40] == ' ' && image[41] == 'E' && image[42] == 'M' && image[43] == 'F') {
            return emf(image);
        }
        if (image.length > 8 && (image[0] == 'I' && image[1] == 'I' && image[2] == 42 && image[3] == 0
                || image[0] == 'M' && image[1] == 'M' && image[2] == 0 && image[3] == 42)) {
            return tiff(image);
        }
        int wmf = wmfRecords(image);
        if (wmf > 0) {
            return wmf(image, wmf);
        }
        return image;
    }

    private static final int EMR_HEADER = 1;
    private static final int EMR_COMMENT = 70;
    private static final int EMF_PLUS = 0x2B464D45;
    /**
     * EMF records whose data is wiped whole: escapes to the printer's driver (DRAWESCAPE, EXTESCAPE, NAMEDESCAPE: a
     * PostScript copy of the page may pass through them) and colour profiles' file names (SETICMPROFILEA and W).
     */
    private static final Set<Integer> EMF_WIPED = Set.of(105, 106, 110, 112, 113);

    /**
     * EMF: zeros over the header's description (application and title) and over the data of every comment record
     * but EMF+'s, the records keeping their sizes.
     */
    private static byte[] emf(byte[] b) {
        byte[] out = null;
        int i = 0;
        while (i + 8 <= b.length) {
            int type = le32(b, i);
            int size = le32(b, i + 4);
            if (size < 8 || size > b.length - i || (size & 3) != 0) {
                return b;
            }
            int from = -1;
            int to = -1;
            if (type == EMR_HEADER && size >= 76) {
                long chars = le32(b, i + 60) & 0xFFFFFFFFL; // nDescription, then offDescription
                long at = le32(b, i + 64) & 0xFFFFFFFFL;
                if (chars > 0 && at >= 88 && at + 2 * chars <= size) {
                    from = i + (int) at;
                    to = from + (int) (2 * chars);
                }
            } else if (type == EMR_COMMENT && size >= 16 && le32(b, i + 12) != EMF_PLUS) {
                from = i + 12;
                to = i + size;
            } else if (EMF_WIPED.contains(type)) {
                from = i + 8;
                to = i + size;
            } else if (type == EMR_STRETCHDIBITS && size >= 80) {
                out = dibSlack(b, out, i, size);
            }
            if (from >= 0 && hasNonZero(b, from, to)) {
                out = out == null ? b.clone() : out;
                Arrays.fill(out, from, to, (byte) 0);
            }
            i += size;
        }
        return out == null ? b : out;
    }

    /** WMF's placeable header's key, before the header proper. */
    private static final int WMF_PLACEABLE = 0x9AC6CDD7;
    private static final int META_ESCAPE = 0x0626;
    private static final int MFCOMMENT = 0x000F;

    /** @return where a WMF's records begin (after its header, and its placeable header if any), or -1 for no WMF */
    private static int wmfRecords(byte[] b) {
        int at = b.length >= 22 && le32(b, 0) == WMF_PLACEABLE ? 22 : 0;
        boolean header = b.length >= at + 18 && (le16(b, at) == 1 || le16(b, at) == 2) && le16(b, at + 2) == 9
                && (le16(b, at + 4) == 0x0100 || le16(b, at + 4) == 0x0300);
        return header ? at + 18 : -1;
    }

    /**
     * WMF: each META_ESCAPE record made an MFCOMMENT of zeros (its function and byte count kept in place, the record
     * its size), to the end-of-file record.
     */
    private static byte[] wmf(byte[] b, int start) {
        byte[] out = null;
        int i = start;
        while (i + 6 <= b.length) {
            long size = 2L * (le32(b, i) & 0xFFFFFFFFL);
            int function = le16(b, i + 4);
            if (size < 6 || size > b.length - i) {
                return b;
            }
            if (function == META_ESCAPE && size >= 10 && (le16(b, i + 6) != MFCOMMENT || hasNonZero(b, i + 10, i + (int) size))) {
                out = out == null ? b.clone() : out;
                out[i + 6] = (byte) MFCOMMENT;
                out[i + 7] = 0;
                Arrays.fill(out, i + 10, i + (int) size, (byte) 0);
            }
            i += (int) size;
            if (function == 0) {
                break; // META_EOF
            }
        }
        return out == null ? b : out;
    }

    /** TIFF tags whose values are metadata: text tags, XMP, IPTC, Photoshop's resources. */
    private static final Set<Integer> TIFF_WIPED = Set.of(269, 270, 271, 272, 285, 305, 306, 315, 316,
            33432, 700, 33723, 34377, 37724, 40091, 40092, 40093, 40094, 40095);
    /** TIFF tags that point at a directory of metadata whose every value is wiped: EXIF, GPS. */
    private static final Set<Integer> TIFF_METADATA_DIRECTORIES = Set.of(34665, 34853);
    /** Directories (pages) of a TIFF walked, at most. */
    private static final int TIFF_PAGES = 10_000;

    private static byte[] tiff(byte[] b) {
        boolean little = b[0] == 'I';
        byte[][] out = {null};
        Set<Long> seen = new HashSet<>(); // directories, pages' and metadata's: each walked once
        int[] budget = {TIFF_ENTRIES};
        long[] bytesLeft = {4L * b.length}; // bytes of values looked at, at most
        long ifd = u32(b, 4, little);
        while (ifd >= 8 && seen.size() < TIFF_PAGES && seen.add(ifd)) {
            long entries = ifd + 2 <= b.length ? u16(b, (int) ifd, little) : -1;
            if (entries < 0 || ifd + 2 + 12 * entries + 4 > b.length || (budget[0] -= (int) entries) < 0) {
                break;
            }
            for (int k = 0; k < entries; k++) {
                int entry = (int) ifd + 2 + 12 * k;
                int tag = u16(b, entry, little);
                if (TIFF_WIPED.contains(tag)) {
                    wipeValue(b, entry, little, out, bytesLeft);
                } else if (TIFF_METADATA_DIRECTORIES.contains(tag)) {
                    long sub = u32(b, entry + 8, little);
                    int subEntries = sub >= 8 && sub + 2 <= b.length && seen.add(sub) ? u16(b, (int) sub, little) : 0;
                    if ((budget[0] -= subEntries) < 0) {
                        break;
                    }
                    for (int j = 0; j < subEntries && sub + 2 + 12L * (j + 1) <= b.length; j++) {
                        wipeValue(b, (int) sub + 2 + 12 * j, little, out, bytesLeft);
                    }
                }
            }
            ifd = u32(b, (int) (ifd + 2 + 12 * entries), little);
        }
        return out[0] == null ? b : out[0];
    }

    /** Directory entries of a TIFF visited, at most: a file of more is no picture (its metadata past them stays). */
    private static final int TIFF_ENTRIES = 1 << 16;

    /** Byte sizes of TIFF's field types 1 to 13; another type (EXIF 3.0's UTF-8, 129) is counted in bytes. */
    private static final int[] TIFF_TYPE_SIZES = {1, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4};

    /**
     * Zeros over a directory entry's value, in the entry when it fits in four bytes, else where it points; a range
     * already zeros in the copy is not filled again, and the bytes looked at are counted against a budget of four times
     * the file (65,535 entries pointing at one value of 1 MB would otherwise take days).
     */
    private static void wipeValue(byte[] b, int entry, boolean little, byte[][] out, long[] bytesLeft) {
        int type = u16(b, entry + 2, little);
        long bytes = (type < TIFF_TYPE_SIZES.length ? TIFF_TYPE_SIZES[type] : 1) * u32(b, entry + 4, little);
        long at = bytes <= 4 ? entry + 8 : u32(b, entry + 8, little);
        byte[] now = out[0] == null ? b : out[0];
        if (bytes <= 0 || at + bytes > b.length || (bytesLeft[0] -= bytes) < 0
                || now[(int) at] == 0 && !hasNonZero(now, (int) at, (int) (at + bytes))) {
            return;
        }
        out[0] = out[0] == null ? b.clone() : out[0];
        Arrays.fill(out[0], (int) at, (int) (at + bytes), (byte) 0);
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static long u32(byte[] b, int at, boolean little) {
        return (long) u16(b, little ? at + 2 : at, little) << 16 | u16(b, little ? at : at + 2, little);
    }

    private static final int EMR_STRETCHDIBITS = 81;

    /**
     * An EMR_STRETCHDIBITS record's bytes that are neither its fields, its bitmap's header nor its bits (a player reads
     * none of them) made zeros.
     *
     * @return {@code out}, or a copy of {@code b} made for it
     */
    private static byte[] dibSlack(byte[] b, byte[] out, int at, int size) {
        long offBmi = le32(b, at + 48) & 0xFFFFFFFFL;
        long endBmi = offBmi + (le32(b, at + 52) & 0xFFFFFFFFL);
        long offBits = le32(b, at + 56) & 0xFFFFFFFFL;
        long endBits = offBits + (le32(b, at + 60) & 0xFFFFFFFFL);
        for (int k = 80; k < size; k++) {
            boolean used = k >= offBmi && k < endBmi || k >= offBits && k < endBits;
            if (!used && b[at + k] != 0) {
                out = out == null ? b.clone() : out;
                out[at + k] = 0;
            }
        }
        return out;
    }

    private static boolean hasNonZero(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            if (b[k] != 0) {
                return true;
            }
        }
        return false;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static void putLe32(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) (value >>> 16);
        b[at + 3] = (byte) (value >>> 24);
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    /** GIF application extensions that are no metadata: an animation's looping, the colour profile. */
    private static final Set<String> GIF_KEPT = Set.of("NETSCAPE2.0", "ANIMEXTS1.0", "ICCRGBG1012");

    private static byte[] gif(byte[] b) {
        int i = 13 + colourTable(b[10]);
        if (i > b.length) {
            return b;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, i);
        boolean removed = false;
        while (i < b.length && (b[i] & 0xFF) != 0x3B) {
            int block = b[i] & 0xFF;
            int end;
            if (block == 0x21 && i + 2 < b.length) {
                int label = b[i + 1] & 0xFF;
                end = subBlocks(b, i + 2);
                if (end < 0) {
                    return b;
                }
                if (label == 0xF9 && (b[i + 2] & 0xFF) == 4 && i + 7 < end) {
                    // graphic control: its 4 bytes (delay, transparency) and nothing after them
                    out.write(b, i, 7);
                    out.write(0);
                    removed |= end != i + 8;
                } else if (label == 0xFF && (b[i + 2] & 0xFF) == 11 && i + 15 <= end
                        && GIF_KEPT.contains(new String(b, i + 3, 11, StandardCharsets.ISO_8859_1))
                        && (b[i + 3] == 'I' || (b[i + 14] & 0xFF) == 3 && i + 18 < end)) {
                    boolean icc = b[i + 3] == 'I';
                    // looping: its one 3-byte block, nothing after it; a colour profile: all of it
                    int keep = icc ? end : i + 18;
                    out.write(b, i, keep - i);
                    if (!icc) {
                        out.write(0);
                        removed |= end != i + 19;
                    }
                } else {
                    removed = true; // comments, plain text, XMP, any other extension
                }
            } else if (block == 0x2C && i + 10 < b.length) {
                end = subBlocks(b, i + 10 + colourTable(b[i + 9]) + 1); // descriptor, its table, the LZW code size
                if (end < 0) {
                    return b;
                }
                out.write(b, i, end - i);
            } else {
                return b;
            }
            i = end;
        }
        // the trailer (written when a producer left it out: viewers show such a GIF); what follows it is no part of the
        // image and may be anything: not copied
        out.write(0x3B);
        return removed || i + 1 != b.length ? out.toByteArray() : b;
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

    /** The identifier JFIF's {@code APP0} begins with (JFXX's, a thumbnail's extension, is no header: it goes). */
    private static final byte[] JFIF = "JFIF\0".getBytes(StandardCharsets.ISO_8859_1);

    /** The name an ICC profile's {@code APP2} segments begin with. */
    private static final byte[] ICC_PROFILE = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);

    /**
     * JPEG, in one walk of its segments: before the first scan the metadata segments go (all application segments but
     * JFIF's header, without its thumbnail, an ICC profile's and Adobe's, and comments; JFXX's thumbnails go; an EXIF's orientation is written back alone), after it every
     * application segment and comment (between the scans of a progressive JPEG); the scans' data is copied as it is;
     * stray bytes between segments (a segment whose length is short leaves some: decoders skip them) and fill bytes are
     * dropped, and so is what follows the end of the image.
     */
    private static byte[] jpeg(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 2);
        int i = 2;
        boolean scanned = false;
        boolean removed = false;
        boolean oriented = false;
        while (i < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                i++; // a stray byte where a marker must be: decoders skip it
                continue;
            }
            int marker = i + 1 < b.length ? b[i + 1] & 0xFF : 0;
            if (marker == 0xFF) {
                i++; // a fill byte
                continue;
            }
            if (marker == 0xD9) {
                out.write(b, i, 2); // the end of the image: what follows it is no part of it
                i += 2;
                break;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                out.write(b, i, 2); // a marker without a length
                i += 2;
                continue;
            }
            int length = i + 4 <= b.length ? (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF : -1;
            if (length < 2 || i + 2 + length > b.length) {
                // the structure breaks here: a segment of the image's own cut short (a truncated file) is copied as it
                // is, to the end of the image; any other segment cut short, or a length no segment has, ends the image
                // (returned as it was, the metadata read before this point stayed)
                if (length >= 2 && marker >= 0xC0 && marker <= 0xDF) { // frames, tables, scans
                    int end = endOfImage(b, i);
                    out.write(b, i, end - i);
                    i = end;
                }
                removed = true;
                break;
            }
            int end = i + 2 + length;
            boolean app = marker >= 0xE0 && marker <= 0xEF;
            boolean jfif = marker == 0xE0 && length >= 16 && Arrays.equals(b, i + 4, i + 9, JFIF, 0, JFIF.length);
            boolean kept = jfif || marker == 0xEE
                    || marker == 0xE2 && length >= 14 && Arrays.equals(b, i + 4, i + 16, ICC_PROFILE, 0, ICC_PROFILE.length);
            if (jfif && !scanned && length > 16) {
                // JFIF's own thumbnail (a small copy of the picture as it was): the header is kept without it
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 16});
                out.write(b, i + 4, 12); // identifier, version, units, densities
                out.writeBytes(new byte[] {0, 0}); // a thumbnail of 0 x 0
                removed = true;
            } else if (marker == 0xFE || app && (scanned || !kept)) {
                removed = true;
                int orientation = marker == 0xE1 && !scanned && !oriented ? orientation(b, i + 4, end) : 0;
                if (orientation > 1) {
                    out.writeBytes(orientationSegment(orientation));
                    oriented = true;
                }
            } else {
                out.write(b, i, end - i);
            }
            if (marker == 0xDA) {
                scanned = true;
                int j = end; // the scan's data: to the next marker that is no stuffed zero, no restart and no fill
                while (j + 1 < b.length && !((b[j] & 0xFF) == 0xFF && isMarker(b[j + 1] & 0xFF))) {
                    j++;
                }
                j = j + 1 < b.length ? j : b.length;
                out.write(b, end, j - end);
                end = j;
            }
            i = end;
        }
        return removed || i < b.length ? out.toByteArray() : b;
    }

    /** @return whether a 0xFF byte followed by this one, in a JPEG's scan data, is a marker that ends the data */
    private static boolean isMarker(int next) {
        return next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7);
    }

    /**
     * @return the offset after the end-of-image marker from the offset on, or the length: what follows it (a phone's
     *     motion video, a second picture with its own EXIF) is no part of the image
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

    /** PNG's ancillary chunks about showing the picture (and APNG's frames): the other ancillary chunks go. */
    private static final Set<String> PNG_KEPT = Set.of("tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP", "mDCv",
            "cLLi", "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT");
    /** The name every ICC profile of a PNG is given: the profile's own name may be anything (an owner's, a path). */
    private static final byte[] ICC_NAME = "ICC profile".getBytes(StandardCharsets.ISO_8859_1);

    /**
     * PNG: the critical chunks and {@link #PNG_KEPT} are copied, the ICC profile under {@link #ICC_NAME}; the rest (text,
     * EXIF, time, private chunks) and what follows the end go.
     */
    private static byte[] png(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, PNG.length);
        int i = PNG.length;
        boolean removed = false;
        while (i + 12 <= b.length) {
            long length = ((b[i] & 0xFFL) << 24) | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF;
            String type = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
            boolean critical = type.charAt(0) >= 'A' && type.charAt(0) <= 'Z';
            if (length > b.length - i - 12) {
                // cut short (a truncated file): the image's own data is copied as it is, an ancillary chunk goes (returned
                // as it was, the text chunks read before this point stayed)
                if (critical) {
                    out.write(b, i, b.length - i);
                }
                removed = true;
                break;
            }
            int chunk = 12 + (int) length;
            if (type.equals("iCCP") && renamedProfile(b, i + 8, i + 8 + (int) length, out)) {
                removed = true;
            } else if (critical || PNG_KEPT.contains(type)) {
                out.write(b, i, chunk);
            } else {
                removed = true;
            }
            i += chunk;
            if (type.equals("IEND")) {
                break;
            }
        }
        // bytes after IEND are no part of the image and may be anything: not copied
        return removed || i < b.length ? out.toByteArray() : b;
    }

    /**
     * An {@code iCCP} chunk written named {@link #ICC_NAME}, its profile as it is, when its name is another.
     *
     * @param from the start of the chunk's data
     * @param to its end
     * @return whether it was written (else the chunk is to be copied as it is)
     */
    private static boolean renamedProfile(byte[] b, int from, int to, ByteArrayOutputStream out) {
        int nul = from;
        while (nul < to && b[nul] != 0) {
            nul++;
        }
        if (nul == to || Arrays.equals(b, from, nul, ICC_NAME, 0, ICC_NAME.length)) {
            return false;
        }
        byte[] chunk = new byte[8 + ICC_NAME.length + to - nul + 4];
        int length = chunk.length - 12;
        chunk[0] = (byte) (length >>> 24);
        chunk[1] = (byte) (length >>> 16);
        chunk[2] = (byte) (length >>> 8);
        chunk[3] = (byte) length;
        System.arraycopy(b, from - 4, chunk, 4, 4); // the type
        System.arraycopy(ICC_NAME, 0, chunk, 8, ICC_NAME.length);
        System.arraycopy(b, nul, chunk, 8 + ICC_NAME.length, to - nul); // the NUL, the compression, the profile
        CRC32 crc = new CRC32();
        crc.update(chunk, 4, chunk.length - 8);
        long c = crc.getValue();
        chunk[chunk.length - 4] = (byte) (c >>> 24);
        chunk[chunk.length - 3] = (byte) (c >>> 16);
        chunk[chunk.length - 2] = (byte) (c >>> 8);
        chunk[chunk.length - 1] = (byte) c;
        out.writeBytes(chunk);
        return true;
    }

    /** The chunks an animation's frame ({@code ANMF}) holds that a decoder reads: its alpha and its picture. */
    private static final Set<String> WEBP_FRAME_KEPT = Set.of("ALPH", "VP8 ", "VP8L");

    /**
     * An animation's frame without the chunks inside it that no decoder reads (the container's "unknown chunks", which
     * may hold anything), or null when it has none.
     *
     * @param from the start of the frame's data (its 16 bytes of position, size and timing, then its chunks)
     * @param to its end
     */
    private static byte[] frame(byte[] b, int from, int to) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(to - from);
        kept.write(b, from, 16);
        boolean removed = false;
        int i = from + 16;
        while (i + 8 <= to) {
            long size = le32(b, i + 4) & 0xFFFFFFFFL;
            long next = i + 8 + size + (size & 1);
            boolean read = WEBP_FRAME_KEPT.contains(new String(b, i, 4, StandardCharsets.ISO_8859_1));
            if (read) {
                kept.write(b, i, (int) Math.min(next, to) - i);
            } else {
                removed = true;
            }
            i = (int) Math.min(next, to);
        }
        if (!removed && i == to) {
            return null;
        }
        int length = kept.size();
        byte[] chunk = new byte[8 + length + (length & 1)]; // a padding byte after an odd length
        System.arraycopy(b, from - 8, chunk, 0, 4); // "ANMF"
        putLe32(chunk, 4, length);
        System.arraycopy(kept.toByteArray(), 0, chunk, 8, length);
        return chunk;
    }

    /** WebP's chunks a decoder reads (the first frame's or an animation's, the alpha, the colour profile). */
    private static final Set<String> WEBP_KEPT = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");
    /** The flags of a WebP's {@code VP8X} chunk that say an {@code EXIF} (8) or {@code XMP } (4) chunk follows. */
    private static final int VP8X_METADATA = 0x0C;

    /**
     * WebP: the chunks of {@link #WEBP_KEPT} are copied, the others ({@code EXIF}, {@code XMP }, any unknown) and what
     * follows the RIFF's end go; {@code VP8X}'s metadata flags are cleared and the RIFF's size is written anew.
     */
    private static byte[] webp(byte[] b) {
        long riff = le32(b, 4) & 0xFFFFFFFFL;
        if (riff < 4) {
            return b;
        }
        int end = (int) Math.min(b.length, 8 + riff);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 12);
        int i = 12;
        boolean removed = end != b.length;
        while (i + 8 <= end) {
            long size = le32(b, i + 4) & 0xFFFFFFFFL;
            long next = i + 8 + size + (size & 1);
            String id = new String(b, i, 4, StandardCharsets.ISO_8859_1);
            if (next > end + 1L) {
                // runs past the end (the last chunk's padding byte may be missing): a chunk a decoder reads is copied as
                // it is, any other goes (returned as it was, the EXIF read before this point stayed)
                if (WEBP_KEPT.contains(id)) {
                    out.write(b, i, end - i);
                }
                removed = true;
                break;
            }
            int chunkEnd = (int) Math.min(next, end);
            byte[] frame = id.equals("ANMF") && chunkEnd - (i + 8) > 16 ? frame(b, i + 8, chunkEnd) : null;
            if (frame != null) {
                out.writeBytes(frame);
                removed = true;
            } else if (WEBP_KEPT.contains(id)) {
                int from = i + 8;
                out.write(b, i, 8);
                if (id.equals("VP8X") && size >= 4 && (b[from] & VP8X_METADATA) != 0) {
                    out.write(b[from] & ~VP8X_METADATA);
                    from++;
                    removed = true;
                }
                out.write(b, from, (int) Math.min(next, end) - from);
            } else {
                removed = true;
            }
            i = (int) next;
        }
        if (!removed) {
            return b;
        }
        byte[] o = out.toByteArray();
        putLe32(o, 4, o.length - 8); // the RIFF's size
        return o;
    }
}
