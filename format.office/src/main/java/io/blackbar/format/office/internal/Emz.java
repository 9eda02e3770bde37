package io.blackbar.format.office.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;

/**
 * EMZ and WMZ pictures: an EMF or a WMF compressed with gzip. One gzip member is inflated, by hand (the JDK's stream
 * reads member after member by calling itself: 10,000 empty members overflowed its stack), within a cap, and only what
 * begins as a metafile; anything after the member but zeros makes it no EMZ read here (counted as not read). It is
 * compressed again with a bare header: gzip's file name, comment, extra field and time are not written.
 */
final class Emz {

    private static final int FLAGS = 3;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    /** The fixed header: magic, method, flags, time, extra flags, system. */
    private static final int HEADER = 10;
    /** The trailer: the CRC and the length. */
    private static final int TRAILER = 8;
    /** Bytes one picture inflates to, at most, and at most this many times its compressed size. */
    static final long MAX_INFLATED = 32L << 20;
    /**
     * Bytes inflated a byte of compressed data, at most, past {@link #RATIO_FROM}: counted against the data read, not
     * the part's length (zeros after the member, which are let be, would otherwise raise the allowance).
     */
    private static final int MAX_RATIO = 100;
    /** What a picture may inflate to at any ratio (a white bitmap compresses a thousandfold). */
    private static final long RATIO_FROM = 8L << 20;

    private Emz() {
    }

    /** @return whether the bytes are gzip's (deflate) */
    static boolean isGzip(byte[] b) {
        return b.length >= HEADER + TRAILER && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B && b[2] == 8;
    }

    /** @return whether a gzip's header carries more than a bare one written here (a name, a comment, an extra, a time) */
    static boolean hasHeaderData(byte[] b) {
        return (b[FLAGS] & 0xFF) != 0 || b[4] != 0 || b[5] != 0 || b[6] != 0 || b[7] != 0;
    }

    /**
     * @param b a gzip's bytes
     * @return what its one member inflates to when that is a metafile (an EMF or a WMF), else null: no gzip, damaged,
     *     more than a member or other bytes after it, past the cap ({@value #MAX_INFLATED} bytes, and past
     *     {@value #RATIO_FROM} bytes {@value #MAX_RATIO} times the compressed data read), or no metafile by its first
     *     bytes
     */
    static byte[] metafile(byte[] b) {
        if (!isGzip(b)) {
            return null;
        }
        int flags = b[FLAGS] & 0xFF;
        int at = data(b);
        if (at < 0) {
            return null;
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(b, at, b.length - at);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null; // cut short
                }
                long inflated = out.size() + (long) n;
                if (inflated > MAX_INFLATED || inflated > RATIO_FROM && inflated > MAX_RATIO * inflater.getBytesRead()) {
                    return null; // a bomb, or a picture larger than one is read
                }
                out.write(buffer, 0, n);
                if (out.size() >= 88 && out.size() - n < 88 && !looksLikeMetafile(out.toByteArray())) {
                    return null; // not a metafile: the rest is not inflated
                }
            }
            int end = b.length - inflater.getRemaining() + TRAILER;
            for (int k = end; k < b.length; k++) {
                if (b[k] != 0) {
                    return null; // another member, or other bytes after this one: not read, so counted
                }
            }
            byte[] inflated = out.toByteArray();
            return end <= b.length && looksLikeMetafile(inflated) ? inflated : null;
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /** @return where a gzip's compressed data begins (after its header's optional fields), or -1 when it does not */
    private static int data(byte[] b) {
        int flags = b[FLAGS] & 0xFF;
        int at = HEADER;
        if ((flags & FEXTRA) != 0) {
            at = at + 2 <= b.length ? at + 2 + ((b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8) : b.length;
        }
        for (int field : new int[] {FNAME, FCOMMENT}) {
            if ((flags & field) != 0) {
                while (at < b.length && b[at] != 0) {
                    at++;
                }
                at++;
            }
        }
        at += (flags & FHCRC) != 0 ? 2 : 0;
        return at >= b.length - TRAILER ? -1 : at;
    }

    /**
     * @param b a gzip's bytes that {@link #metafile} does not read (counted as not read)
     * @return them with a bare header (no file name, comment, extra field or time), the rest as it is; the bytes
     *     themselves when their header is bare already or does not parse
     */
    static byte[] bareHeader(byte[] b) {
        int at = isGzip(b) ? data(b) : -1;
        if (at < 0 || !hasHeaderData(b)) {
            return b;
        }
        byte[] out = new byte[HEADER + b.length - at];
        System.arraycopy(b, 0, out, 0, HEADER);
        java.util.Arrays.fill(out, FLAGS, 8, (byte) 0); // flags and time
        System.arraycopy(b, at, out, HEADER, b.length - at);
        return out;
    }

    private static boolean looksLikeMetafile(byte[] b) {
        return EmfText.isEmf(b) || EmfText.wmfRecords(b) >= 0;
    }

    /** @return the bytes compressed with gzip, with no file name, comment or time */
    static byte[] compress(byte[] metafile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(metafile.length / 2 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(metafile);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // in memory: does not happen
        }
        return out.toByteArray();
    }
}
