package io.blackbar.format.image.internal;

/**
 * What a TIFF's first directory says of where its pixels are, checked against the file before the JDK's reader is let
 * at it: the reader allocates what a strip's or tile's byte count says, so a file of a few hundred bytes claiming a
 * strip of 2 GB took 2.4 GB of heap and 8.5 s to be found truncated. Every strip and tile must lie within the file, and
 * a tile hold no more pixels than an image may.
 */
final class TiffLayout {

    private static final int BITS_PER_SAMPLE = 258;
    private static final int COMPRESSION = 259;
    private static final int SAMPLES_PER_PIXEL = 277;
    private static final int STRIP_OFFSETS = 273;
    private static final int STRIP_BYTE_COUNTS = 279;
    private static final int TILE_WIDTH = 322;
    private static final int TILE_LENGTH = 323;
    private static final int TILE_OFFSETS = 324;
    private static final int TILE_BYTE_COUNTS = 325;
    private static final int SHORT = 3;
    private static final int LONG = 4;
    /** Strips or tiles of one image, at most (a strip a row of a 1,000,000-row image). */
    private static final int MAX_PIECES = 1 << 20;

    private final byte[] b;
    private final boolean little;

    private TiffLayout(byte[] b) {
        this.b = b;
        this.little = b[0] == 'I';
    }

    /**
     * @param file a TIFF's bytes
     * @param maxPixels the most pixels an image (and so a tile) may have
     * @return whether its first image's strips or tiles all lie within the file, as many byte counts as offsets, and
     *     its tiles within the pixel limit
     */
    static boolean fits(byte[] file, long maxPixels) {
        return file.length >= 8 && new TiffLayout(file).fits(maxPixels);
    }

    private boolean fits(long maxPixels) {
        long ifd = u32(4);
        if (ifd < 8 || ifd + 2 > b.length) {
            return false;
        }
        int entries = u16((int) ifd);
        if (ifd + 2 + 12L * entries > b.length) {
            return false;
        }
        int[] at = new int[TILE_BYTE_COUNTS + 1]; // each tag's entry, 0 when absent
        for (int k = 0; k < entries; k++) {
            int entry = (int) ifd + 2 + 12 * k;
            int tag = u16(entry);
            if (tag < at.length) {
                at[tag] = entry;
            }
        }
        if (at[COMPRESSION] != 0 && (value(at[COMPRESSION], 0) == 6 || value(at[COMPRESSION], 0) == 7)
                || at[SAMPLES_PER_PIXEL] != 0 && value(at[SAMPLES_PER_PIXEL], 0) > 4) {
            return false;
        }
        if (at[BITS_PER_SAMPLE] != 0) {
            long samples = u32(at[BITS_PER_SAMPLE] + 4);
            for (int k = 0; k < samples; k++) {
                if (k >= 4 || value(at[BITS_PER_SAMPLE], k) > 16) {
                    return false;
                }
            }
        }
        if (at[TILE_WIDTH] != 0 || at[TILE_LENGTH] != 0) {
            long width = at[TILE_WIDTH] == 0 ? -1 : value(at[TILE_WIDTH], 0);
            long length = at[TILE_LENGTH] == 0 ? -1 : value(at[TILE_LENGTH], 0);
            if (width <= 0 || length <= 0 || width * length > maxPixels) {
                return false;
            }
        }
        return pieces(at[STRIP_OFFSETS], at[STRIP_BYTE_COUNTS]) && pieces(at[TILE_OFFSETS], at[TILE_BYTE_COUNTS]);
    }

    /** @return whether each piece (strip or tile) lies within the file: true when there are none */
    private boolean pieces(int offsets, int counts) {
        if (offsets == 0 && counts == 0) {
            return true;
        }
        if (offsets == 0 || counts == 0) {
            return false;
        }
        long n = u32(offsets + 4);
        if (n != u32(counts + 4) || n > MAX_PIECES) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            long offset = value(offsets, k);
            long count = value(counts, k);
            if (offset < 0 || count < 0 || offset + count > b.length) {
                return false;
            }
        }
        return true;
    }

    /** @return the k-th value of an entry of SHORTs or LONGs (inline when they fit in four bytes), -1 when out of the file */
    private long value(int entry, int k) {
        int type = u16(entry + 2);
        if (type != SHORT && type != LONG) {
            return -1;
        }
        int size = type == SHORT ? 2 : 4;
        long count = u32(entry + 4);
        long base = count * size <= 4 ? entry + 8 : u32(entry + 8);
        long at = base + (long) k * size;
        if (k >= count || at + size > b.length) {
            return -1;
        }
        return size == 2 ? u16((int) at) : u32((int) at);
    }

    private int u16(int at) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private long u32(int at) {
        return (long) u16(little ? at + 2 : at) << 16 | u16(little ? at : at + 2);
    }
}
