package io.blackbar.format.office.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.Replacement;

/**
 * The text an EMF picture draws (a chart or a table pasted from Excel or Visio "as a picture": its labels, names and
 * numbers are text records, not pixels), read from its records and overwritten in place. Read: {@code EMR_EXTTEXTOUTW},
 * {@code EMR_EXTTEXTOUTA}, {@code EMR_SMALLTEXTOUT}, and in the EMF+ records a dual EMF carries in its comments,
 * {@code DrawString} and {@code DrawDriverString} (characters, not glyph indices), laid out by where they stand
 * ({@link #layOut}), records after {@code EMR_EOF} too. A value is overwritten with as many
 * characters (X, or the surrogate fitted to its length): the records keep their sizes and the picture still parses.
 * <p>
 * Not readable (null: the picture is counted as not read, as before): text drawn by glyph indices (the characters are
 * the font's, not in the file), {@code EMR_POLYTEXTOUT}, a record that does not parse, bytes that are no record.
 * {@link #holdsPixels()} says whether it also draws bitmaps or paints with them (brushes, pens, EMF+ images and
 * texture brushes), whose pixels are not read. Not handled: an ANSI run is read as windows-1252 whatever its font's
 * character set (a Cyrillic or Greek font's bytes are read as Western letters); an EMF+ string format's hotkey prefix ("&") is read as drawn in the file, not hidden.
 * <p>
 * A WMF (the older 16-bit metafile: clip art, the picture an embedded object of a converted Word 97 file shows) is read
 * the same way ({@link #readWmf}): {@code META_TEXTOUT} and {@code META_EXTTEXTOUT}, 8-bit characters read as windows-1252.
 */
final class EmfText {

    private static final int EMR_HEADER = 1;
    private static final int EMR_COMMENT = 70;
    private static final int EMR_EXTTEXTOUTA = 83;
    private static final int EMR_EXTTEXTOUTW = 84;
    private static final int EMR_POLYTEXTOUTA = 96;
    private static final int EMR_POLYTEXTOUTW = 97;
    private static final int EMR_SMALLTEXTOUT = 108;
    /**
     * Records that draw a bitmap or carry one to paint with: BITBLT, STRETCHBLT, MASKBLT, PLGBLT, SETDIBITSTODEVICE,
     * STRETCHDIBITS, CREATEMONOBRUSH, CREATEDIBPATTERNBRUSHPT, ALPHABLEND, TRANSPARENTBLT (and EXTCREATEPEN with a
     * bitmap in it).
     */
    private static final java.util.Set<Integer> BITMAPS = java.util.Set.of(76, 77, 78, 79, 80, 81, 93, 94, 114, 116);
    private static final int EMR_EXTCREATEPEN = 95;
    private static final int ETO_GLYPH_INDEX = 0x10;
    private static final int ETO_NO_RECT = 0x100;
    private static final int ETO_SMALL_CHARS = 0x200;
    private static final int ETO_PDY = 0x2000;
    private static final int EMF_PLUS = 0x2B464D45;
    private static final int PLUS_DRAW_STRING = 0x401C;
    private static final int PLUS_DRAW_DRIVER_STRING = 0x4036;
    private static final int PLUS_DRAW_IMAGE = 0x401A;
    private static final int PLUS_DRAW_IMAGE_POINTS = 0x401B;
    private static final int PLUS_OBJECT = 0x4008;
    private static final int PLUS_OBJECT_BRUSH = 1;
    private static final int PLUS_OBJECT_IMAGE = 5;
    private static final int PLUS_BRUSH_TEXTURE = 2;
    private static final int DRIVER_STRING_CMAP_LOOKUP = 0x1;

    /** A run of characters in the file: where they are, how they are coded, and where they are in {@link #text}. */
    private record Run(int at, int chars, boolean wide, int textStart) {
    }

    private final byte[] bytes;
    private final List<Run> runs;
    private final String text;
    private final boolean pixels;
    /** Where its {@code EMR_STRETCHDIBITS} records of a plain DIB stand (a pasted screenshot, a scan). */
    private final List<Integer> dibs;
    /** Whether it draws pixels other than those. */
    private final boolean otherPixels;

    private EmfText(byte[] bytes, List<Run> runs, String text, List<Integer> dibs, boolean otherPixels) {
        this.bytes = bytes;
        this.runs = runs;
        this.text = text;
        this.dibs = List.copyOf(dibs);
        this.otherPixels = otherPixels;
        this.pixels = otherPixels || !dibs.isEmpty();
    }

    /** @return whether the bytes are an EMF's: a header record with the signature " EMF" */
    static boolean isEmf(byte[] b) {
        return b.length >= 88 && le32(b, 0) == EMR_HEADER && b[40] == ' ' && b[41] == 'E' && b[42] == 'M' && b[43] == 'F';
    }

    /**
     * A run as drawn: its characters, the group of records it is in (EMF's or EMF+'s, each in its own coordinates), its
     * reference point, whether its advance is known and the advance (the sum of its Dx), and its place in drawing order.
     */
    private record Drawn(int at, int chars, boolean wide, int group, long x, long y, boolean advanced, long advance,
            int order) {

        /** @return its line: its group and baseline */
        java.util.List<Long> line() {
            return java.util.List.of((long) group, y);
        }
    }

    /**
     * What 8-bit runs are read as: Windows' ANSI code page of the West, whose 0x80-0x9F hold letters and marks Latin-1 has
     * not (Š, Ž, Œ, the curly apostrophe of O’Brien, the en dash)
     */
    private static final java.nio.charset.Charset ANSI = java.nio.charset.Charset.forName("windows-1252");

    /** WMF's placeable header's key, before the header proper. */
    private static final int WMF_PLACEABLE = 0x9AC6CDD7;
    private static final int META_EOF = 0x0000;
    private static final int META_TEXTOUT = 0x0521;
    private static final int META_EXTTEXTOUT = 0x0A32;
    /** ExtTextOut's options that put a rectangle before the string: ETO_OPAQUE, ETO_CLIPPED. */
    private static final int WMF_ETO_RECT = 0x0006;
    /** WMF records that draw a bitmap when they carry one (BITBLT, STRETCHBLT, DIBBITBLT, DIBSTRETCHBLT). */
    private static final java.util.Set<Integer> WMF_BLITS = java.util.Set.of(0x0922, 0x0B23, 0x0940, 0x0B41);
    /** WMF records that always carry a bitmap (STRETCHDIB, SETDIBTODEV, DIBCREATEPATTERNBRUSH, CREATEPATTERNBRUSH). */
    private static final java.util.Set<Integer> WMF_BITMAPS = java.util.Set.of(0x0F43, 0x0D33, 0x0142, 0x01F9);

    /** @return where a WMF's records begin (after its header, and its placeable header if any), or -1 for no WMF */
    static int wmfRecords(byte[] b) {
        int at = b.length >= 22 && le32(b, 0) == WMF_PLACEABLE ? 22 : 0;
        // META_HEADER: type 1 (memory) or 2 (disk), a header of 9 words, version 0x0100 or 0x0300
        boolean header = b.length >= at + 18 && (le16(b, at) == 1 || le16(b, at) == 2) && le16(b, at + 2) == 9
                && (le16(b, at + 4) == 0x0100 || le16(b, at + 4) == 0x0300);
        return header ? at + 18 : -1;
    }

    /**
     * @return the text of a WMF, or null when the bytes are no WMF or its text cannot be read (a record that does not
     *     parse, bytes after the end-of-file record that are no record, glyph indices)
     */
    static EmfText readWmf(byte[] b) {
        int i = wmfRecords(b);
        if (i < 0) {
            return null;
        }
        List<Drawn> drawn = new ArrayList<>();
        boolean pixels = false;
        while (i + 6 <= b.length) {
            long size = 2L * (le32(b, i) & 0xFFFFFFFFL); // in 16-bit words
            int function = le16(b, i + 4);
            if (size < 6 || size > b.length - i) {
                return null;
            }
            int n = (int) size;
            if (function == META_TEXTOUT) {
                int chars = n >= 8 ? le16(b, i + 6) : -1;
                // the string, padded to a word, then the start's y and x
                int after = 8 + ((chars + 1) & ~1);
                if (!fits(8, chars, 1, n) || after + 4 > n) {
                    return null;
                }
                drawn.add(new Drawn(i + 8, chars, false, 0, (short) le16(b, i + after + 2), (short) le16(b, i + after),
                        false, 0, drawn.size()));
            } else if (function == META_EXTTEXTOUT) {
                int chars = n >= 14 ? le16(b, i + 10) : -1;
                int options = n >= 14 ? le16(b, i + 12) : 0;
                int at = 14 + ((options & WMF_ETO_RECT) != 0 ? 8 : 0);
                if ((options & ETO_GLYPH_INDEX) != 0 || !fits(at, chars, 1, n)) {
                    return null;
                }
                int dx = at + ((chars + 1) & ~1);
                boolean advanced = chars > 0 && fits(dx, chars, 2, n);
                long advance = 0;
                for (int k = 0; advanced && k < chars; k++) {
                    advance += (short) le16(b, i + dx + 2 * k);
                }
                drawn.add(new Drawn(i + at, chars, false, 0, (short) le16(b, i + 8), (short) le16(b, i + 6), advanced, advance,
                        drawn.size()));
            } else if (WMF_BITMAPS.contains(function) || WMF_BLITS.contains(function) && n > 2 * ((function >> 8) + 3)) {
                pixels = true; // a blit whose record is longer than its parameters carries its bitmap
            }
            i += n;
            if (function == META_EOF) {
                break;
            }
        }
        // after the end-of-file record, which a player stops at, only padding: other bytes are not read, so neither is the WMF
        for (int k = i; k < b.length; k++) {
            if (b[k] != 0) {
                return null;
            }
        }
        return layOut(b, drawn, List.of(), pixels);
    }

    /** @return the text of an EMF, or null when the bytes are no EMF or its text cannot be read */
    static EmfText read(byte[] b) {
        if (!isEmf(b)) {
            return readWmf(b);
        }
        List<Drawn> drawn = new ArrayList<>();
        boolean pixels = false;
        List<Integer> dibs = new ArrayList<>();
        int i = 0;
        // every record to the file's end: a player plays what follows EMR_EOF too
        while (i + 8 <= b.length) {
            int type = le32(b, i);
            int size = le32(b, i + 4);
            if (size < 8 || size > b.length - i || (size & 3) != 0) {
                return null;
            }
            if (type == EMR_EXTTEXTOUTA || type == EMR_EXTTEXTOUTW) {
                if (size < 76) {
                    return null;
                }
                int chars = le32(b, i + 44);
                int offString = le32(b, i + 48);
                int options = le32(b, i + 52);
                int offDx = le32(b, i + ((options & ETO_NO_RECT) != 0 ? 56 : 72));
                boolean wide = type == EMR_EXTTEXTOUTW;
                if ((options & ETO_GLYPH_INDEX) != 0 || !fits(offString, chars, wide ? 2 : 1, size)) {
                    return null;
                }
                int step = (options & ETO_PDY) != 0 ? 2 : 1; // with ETO_PDY, a dx and a dy a character
                boolean advanced = fits(offDx, chars * step, 4, size);
                drawn.add(new Drawn(i + offString, chars, wide, 0, le32(b, i + 36), le32(b, i + 40), advanced,
                        advanced ? sumDx(b, i + offDx, chars, step) : 0, drawn.size()));
            } else if (type == EMR_SMALLTEXTOUT) {
                int chars = size >= 36 ? le32(b, i + 16) : -1;
                int options = size >= 36 ? le32(b, i + 20) : 0;
                int at = 36 + ((options & ETO_NO_RECT) != 0 ? 0 : 16);
                boolean wide = (options & ETO_SMALL_CHARS) == 0;
                if ((options & ETO_GLYPH_INDEX) != 0 || !fits(at, chars, wide ? 2 : 1, size)) {
                    return null;
                }
                drawn.add(new Drawn(i + at, chars, wide, 0, le32(b, i + 8), le32(b, i + 12), false, 0, drawn.size()));
            } else if (type == EMR_POLYTEXTOUTA || type == EMR_POLYTEXTOUTW) {
                return null;
            } else if (type == EMR_COMMENT && size >= 16 && le32(b, i + 12) == EMF_PLUS) {
                int end = i + 12 + Math.min(le32(b, i + 8), size - 12);
                for (int r = i + 16; r + 12 <= end; ) {
                    int plusType = le16(b, r);
                    int plusSize = le32(b, r + 4);
                    if (plusSize < 12 || plusSize > end - r) {
                        return null;
                    }
                    if (plusType == PLUS_DRAW_STRING) {
                        int chars = plusSize >= 40 ? le32(b, r + 20) : -1;
                        if (!fits(40, chars, 2, plusSize)) {
                            return null;
                        }
                        // its layout rectangle's corner (floats, in the EMF+ world's units)
                        drawn.add(new Drawn(r + 40, chars, true, 1, Math.round(f32(b, r + 24)), Math.round(f32(b, r + 28)),
                                false, 0, drawn.size()));
                    } else if (plusType == PLUS_DRAW_DRIVER_STRING) {
                        int flags = plusSize >= 28 ? le32(b, r + 16) : 0;
                        int glyphs = plusSize >= 28 ? le32(b, r + 24) : -1;
                        if ((flags & DRIVER_STRING_CMAP_LOOKUP) == 0 || !fits(28, glyphs, 2, plusSize)) {
                            return null;
                        }
                        // the first glyph's position follows the glyphs, when there is one for each
                        int positions = 28 + ((glyphs * 2 + 3) & ~3);
                        boolean placed = glyphs > 0 && fits(positions, glyphs, 8, plusSize);
                        drawn.add(new Drawn(r + 28, glyphs, true, 1, placed ? Math.round(f32(b, r + positions)) : 0,
                                placed ? Math.round(f32(b, r + positions + 4)) : 0, false, 0, drawn.size()));
                    } else if (plusType == PLUS_DRAW_IMAGE || plusType == PLUS_DRAW_IMAGE_POINTS
                            || plusType == PLUS_OBJECT && pixelObject(b, r, plusSize)) {
                        pixels = true;
                    }
                    r += plusSize;
                }
            } else if (type == EMR_EXTCREATEPEN) {
                // a pen paints with a bitmap only when it carries one (a chart's lines are pens without)
                pixels |= size >= 28 && (le32(b, i + 16) != 0 || le32(b, i + 24) != 0);
            } else if (type == EMR_STRETCHDIBITS && plainDib(b, i, size)) {
                dibs.add(i);
            } else if (BITMAPS.contains(type)) {
                pixels = true;
            }
            i += size;
        }
        if (i != b.length) {
            return null; // bytes that are no record
        }
        return layOut(b, drawn, dibs, pixels);
    }

    private static final int EMR_STRETCHDIBITS = 81;
    /** EMR_STRETCHDIBITS's fields before its bitmap: offBmiSrc, cbBmiSrc, offBitsSrc, cbBitsSrc, UsageSrc. */
    private static final int OFF_BMI = 48;
    private static final int CB_BMI = 52;
    private static final int OFF_BITS = 56;
    private static final int CB_BITS = 60;
    private static final int USAGE = 64;
    private static final int STRETCHDIBITS_FIELDS = 80;
    /** A BMP file's header, before the DIB. */
    private static final int BMP_HEADER = 14;

    /**
     * @return whether an EMR_STRETCHDIBITS record holds a DIB the image handler reads as a BMP: its header and bits
     *     inside the record, colours in the DIB (not a logical palette's indices), no JPEG or PNG inside
     */
    private static boolean plainDib(byte[] b, int at, int size) {
        if (size < STRETCHDIBITS_FIELDS) {
            return false;
        }
        long offBmi = le32(b, at + OFF_BMI) & 0xFFFFFFFFL;
        long cbBmi = le32(b, at + CB_BMI) & 0xFFFFFFFFL;
        long offBits = le32(b, at + OFF_BITS) & 0xFFFFFFFFL;
        long cbBits = le32(b, at + CB_BITS) & 0xFFFFFFFFL;
        if (le32(b, at + USAGE) != 0 || offBmi < STRETCHDIBITS_FIELDS || cbBmi < 40 || offBmi + cbBmi > size
                || offBits < offBmi + cbBmi || cbBits == 0 || offBits + cbBits > size) {
            return false;
        }
        int header = le32(b, at + (int) offBmi);
        int width = le32(b, at + (int) offBmi + 4);
        int height = le32(b, at + (int) offBmi + 8);
        int planes = le16(b, at + (int) offBmi + 12);
        int bits = le16(b, at + (int) offBmi + 14);
        int compression = le32(b, at + (int) offBmi + 16);
        int used = le32(b, at + (int) offBmi + 32);
        // the headers the image handler reads; 32 bits a pixel only with the plain header, whose fourth byte no reader
        // takes for alpha (a later header's alpha mask read a GDI picture as clear: blank to OCR)
        if (!DIB_HEADERS.contains(header) || header > cbBmi || planes != 1 || !DIB_BITS.contains(bits)
                || bits == 32 && header != 40 || width <= 0 || height == 0 || height == Integer.MIN_VALUE) {
            return false;
        }
        // a compression for its depth (RLE8 for 8 bits, RLE4 for 4, masks for 16 and 32), its colours and masks inside
        // the header's bytes, and as many bits as the rows need when they are not run-length coded
        boolean fits = switch (compression) {
            case 0 -> true;
            case 1 -> bits == 8;
            case 2 -> bits == 4;
            case 3 -> bits == 16 || bits == 32;
            default -> false;
        };
        long colours = bits <= 8 ? (used > 0 && used <= 1 << bits ? used : 1L << bits) : Math.max(used, 0);
        long table = header + (compression == 3 && header == 40 ? 12 : 0) + 4 * colours;
        long rows = ((long) width * bits + 31) / 32 * 4 * Math.abs((long) height);
        return fits && table <= cbBmi && (compression == 1 || compression == 2 || cbBits >= rows);
    }

    private static final java.util.Set<Integer> DIB_HEADERS = java.util.Set.of(40, 52, 56, 108, 124);
    private static final java.util.Set<Integer> DIB_BITS = java.util.Set.of(1, 4, 8, 16, 24, 32);

    /** @return how many bitmaps it draws as plain DIBs ({@code EMR_STRETCHDIBITS}) */
    int dibCount() {
        return dibs.size();
    }

    /** @return whether every pixel it draws is one of those DIBs' (then they are all read) */
    boolean pixelsAreDibs() {
        return !otherPixels;
    }

    /** @return the EMF as read */
    byte[] bytes() {
        return bytes;
    }

    /**
     * @param emf the EMF, as read or as written since with DIBs after the k-th replaced (their records may have grown)
     * @param k a DIB's index
     * @return the DIB as a BMP file
     */
    byte[] dib(byte[] emf, int k) {
        int at = dibs.get(k);
        int offBmi = le32(emf, at + OFF_BMI);
        int cbBmi = le32(emf, at + CB_BMI);
        int offBits = le32(emf, at + OFF_BITS);
        int cbBits = le32(emf, at + CB_BITS);
        ByteBuffer bmp = ByteBuffer.allocate(BMP_HEADER + cbBmi + cbBits).order(ByteOrder.LITTLE_ENDIAN);
        bmp.put((byte) 'B').put((byte) 'M').putInt(bmp.capacity()).putInt(0).putInt(BMP_HEADER + cbBmi);
        bmp.put(emf, at + offBmi, cbBmi).put(emf, at + offBits, cbBits);
        return bmp.array();
    }

    /**
     * @param emf the EMF (see {@link #dib})
     * @param k a DIB's index
     * @param bmp the DIB painted over, as the image handler writes it (24 bits a pixel)
     * @return the painted BMP at one bit a pixel when the DIB had one (a scan in black and white: at 24 bits an A4 page
     *     at 300 dpi grows from 1 MB to 26 MB, past what a package's ratio limit reads back), else {@code bmp}
     */
    byte[] sameDepth(byte[] emf, int k, byte[] bmp) {
        int at = dibs.get(k);
        if (le16(emf, at + le32(emf, at + OFF_BMI) + 14) != 1) {
            return bmp;
        }
        try {
            java.awt.image.BufferedImage painted = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bmp));
            if (painted == null) {
                return bmp;
            }
            java.awt.image.BufferedImage bilevel = new java.awt.image.BufferedImage(painted.getWidth(), painted.getHeight(),
                    java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
            java.awt.Graphics2D g = bilevel.createGraphics();
            try {
                g.drawImage(painted, 0, 0, null);
            } finally {
                g.dispose();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            return javax.imageio.ImageIO.write(bilevel, "bmp", out) ? out.toByteArray() : bmp;
        } catch (java.io.IOException e) {
            return bmp;
        }
    }

    /**
     * @param emf the EMF (see {@link #dib})
     * @param k a DIB's index
     * @param bmp a BMP of the same size (the DIB painted over)
     * @return the EMF with the k-th DIB's record drawing the BMP's DIB instead, the record and the header's byte count
     *     grown or shrunk to fit
     */
    byte[] withDib(byte[] emf, int k, byte[] bmp) {
        int at = dibs.get(k);
        int size = le32(emf, at + 4);
        int pixels = le32(bmp, 10);
        int cbBmi = pixels - BMP_HEADER;
        int cbBits = bmp.length - pixels;
        int grown = (STRETCHDIBITS_FIELDS + cbBmi + cbBits + 3) & ~3;
        ByteBuffer out = ByteBuffer.allocate(emf.length - size + grown).order(ByteOrder.LITTLE_ENDIAN);
        out.put(emf, 0, at);
        int record = out.position();
        out.put(emf, at, STRETCHDIBITS_FIELDS).put(bmp, BMP_HEADER, cbBmi).put(bmp, pixels, cbBits);
        out.position(record + grown).put(emf, at + size, emf.length - at - size);
        out.putInt(record + 4, grown).putInt(record + OFF_BMI, STRETCHDIBITS_FIELDS).putInt(record + CB_BMI, cbBmi)
                .putInt(record + OFF_BITS, STRETCHDIBITS_FIELDS + cbBmi).putInt(record + CB_BITS, cbBits)
                .putInt(record + USAGE, 0);
        out.putInt(48, out.capacity()); // the header's nBytes
        return out.array();
    }

    /**
     * The text of the runs as they stand: EMF's records, then EMF+'s, each by baseline (top to bottom) and along it
     * (left to right), whatever order they were drawn in; on one baseline a run follows the one before with nothing
     * between when it starts where that one's characters ended (a word drawn a character or a few at a time), or, for
     * single characters drawn without advances, when the gap is at most two and a half times the line's median gap
     * between such characters (a wide letter is joined; when unsure, join) or either is "@" or "."; with a space when
     * further along; a line break between baselines.
     */
    private static EmfText layOut(byte[] b, List<Drawn> drawn, List<Integer> dibs, boolean otherPixels) {
        List<Drawn> sorted = new ArrayList<>(drawn);
        sorted.sort(java.util.Comparator.comparingInt(Drawn::group).thenComparingLong(Drawn::y).thenComparingLong(Drawn::x)
                .thenComparingInt(Drawn::order));
        // single characters drawn without advances: each line's pitch, the median gap between them
        java.util.Map<List<Long>, List<Long>> gaps = new java.util.HashMap<>();
        for (int k = 1; k < sorted.size(); k++) {
            Drawn a = sorted.get(k - 1);
            Drawn d = sorted.get(k);
            if (a.line().equals(d.line()) && single(a) && single(d)) {
                gaps.computeIfAbsent(d.line(), l -> new ArrayList<>()).add(d.x() - a.x());
            }
        }
        java.util.Map<List<Long>, Long> pitch = new java.util.HashMap<>();
        gaps.forEach((line, g) -> {
            java.util.Collections.sort(g);
            pitch.put(line, g.get(g.size() / 2));
        });
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Drawn before = null;
        for (Drawn d : sorted) {
            if (d.chars() == 0) {
                continue;
            }
            if (before != null) {
                boolean sameLine = before.line().equals(d.line());
                boolean touching = before.advanced()
                        ? d.x() <= before.x() + before.advance() + Math.max(1, Math.abs(before.advance()) / before.chars() / 3)
                        : single(before) && single(d) && (d.x() - before.x() <= pitch.getOrDefault(d.line(), 0L) * 5 / 2
                                || "@.".indexOf(charAt(b, before)) >= 0 || "@.".indexOf(charAt(b, d)) >= 0);
                text.append(!sameLine ? "\n" : touching ? "" : " ");
            }
            runs.add(new Run(d.at(), d.chars(), d.wide(), text.length()));
            text.append(d.wide() ? new String(b, d.at(), d.chars() * 2, StandardCharsets.UTF_16LE)
                    : new String(b, d.at(), d.chars(), ANSI));
            before = d;
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        return new EmfText(b, List.copyOf(runs), text.toString(), dibs, otherPixels);
    }

    /** @return a run's first character */
    private static char charAt(byte[] b, Drawn d) {
        return d.wide() ? (char) ((b[d.at()] & 0xFF) | (b[d.at() + 1] & 0xFF) << 8) : (char) (b[d.at()] & 0xFF);
    }

    /** @return whether a run is one character drawn without an advance */
    private static boolean single(Drawn d) {
        return d.chars() == 1 && !d.advanced();
    }

    /** @return whether an EMF+ object record holds pixels: an image, or a brush that paints with one (a texture) */
    private static boolean pixelObject(byte[] b, int r, int size) {
        int kind = le16(b, r + 2) >> 8 & 0x7F;
        return kind == PLUS_OBJECT_IMAGE || kind == PLUS_OBJECT_BRUSH && size >= 20 && le32(b, r + 16) == PLUS_BRUSH_TEXTURE;
    }

    private static float f32(byte[] b, int at) {
        return Float.intBitsToFloat(le32(b, at));
    }

    /** @return whether {@code count} units of {@code unit} bytes from offset {@code at} lie within a record of {@code size} */
    private static boolean fits(int at, int count, int unit, int size) {
        return count >= 0 && at >= 8 && (long) at + (long) count * unit <= size;
    }

    private static long sumDx(byte[] b, int at, int chars, int step) {
        long sum = 0;
        for (int k = 0; k < chars; k++) {
            sum += le32(b, at + 4 * step * k);
        }
        return sum;
    }

    /** @return the text the records draw, each run where it stands (see {@link #add}), a line break at the end */
    String text() {
        return text;
    }

    /** @return whether the picture also draws bitmaps (their pixels are not read) */
    boolean holdsPixels() {
        return pixels;
    }

    /**
     * @param plan spans in {@link #text()}'s offsets
     * @return the EMF with each span's characters overwritten: X when redacting, the surrogate fitted to the span when
     *     anonymizing (cut, or padded with spaces)
     */
    byte[] write(List<Replacement> plan, Method method) {
        byte[] out = bytes.clone();
        for (Replacement r : plan) {
            for (Run run : runs) {
                int from = Math.max(r.start(), run.textStart());
                int to = Math.min(r.end(), run.textStart() + run.chars());
                for (int k = from; k < to; k++) {
                    int inSpan = k - r.start();
                    char c = method == Method.ANONYMIZE && r.text() != null && inSpan < r.text().length()
                            ? r.text().charAt(inSpan) : method == Method.ANONYMIZE ? ' ' : 'X';
                    int at = run.at() + (k - run.textStart()) * (run.wide() ? 2 : 1);
                    if (run.wide()) {
                        out[at] = (byte) c;
                        out[at + 1] = (byte) (c >> 8);
                    } else {
                        byte[] coded = String.valueOf(c).getBytes(ANSI);
                        out[at] = coded.length == 1 && ANSI.newEncoder().canEncode(c) ? coded[0] : (byte) 'X';
                    }
                }
            }
        }
        return out;
    }

    private static int le32(byte[] b, int at) {
        return at < 0 || at + 4 > b.length ? -1 : ByteBuffer.wrap(b, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    private static int le16(byte[] b, int at) {
        return at < 0 || at + 2 > b.length ? -1 : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }
}
