package io.blackbar.format.office.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * EMZ and WMZ pictures: an EMF or a WMF compressed with gzip. Inflated within the package's limits for a part (100 MB,
 * and at most 100 times the compressed size: a bomb stops there), and compressed again with a bare header: gzip's
 * optional file name and comment (a picture's original path, a name in it) are not written.
 */
final class Emz {

    private static final int FLAGS = 3;
    /** gzip's header flags for an extra field, a file name and a comment. */
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private Emz() {
    }

    /** @return whether the bytes are gzip's */
    static boolean isGzip(byte[] b) {
        return b.length >= 18 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B && b[2] == 8;
    }

    /** @return whether a gzip's header carries more than its fixed fields (an extra field, a file name, a comment) */
    static boolean hasHeaderData(byte[] b) {
        return (b[FLAGS] & (FEXTRA | FNAME | FCOMMENT)) != 0;
    }

    /**
     * @param b a gzip's bytes
     * @return what they inflate to when that is a metafile (an EMF or a WMF), else null (also when they inflate past the
     *     limits or are damaged)
     */
    static byte[] metafile(byte[] b) {
        if (!isGzip(b)) {
            return null;
        }
        long max = Math.min(ZipGuard.MAX_ENTRY_BYTES, (long) (b.length / ZipGuard.MIN_RATIO));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                if (out.size() + (long) n > max) {
                    return null; // a bomb, or a picture larger than a part may be
                }
                out.write(buffer, 0, n);
            }
            byte[] inflated = out.toByteArray();
            return EmfText.isEmf(inflated) || EmfText.wmfRecords(inflated) >= 0 ? inflated : null;
        } catch (IOException e) {
            return null;
        }
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
