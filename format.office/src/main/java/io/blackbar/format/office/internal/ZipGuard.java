package io.blackbar.format.office.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;

/**
 * Opens an office package after checking its zip directory against Blackbar's own limits (POI's are
 * per entry, generous and JVM-wide): entry count, size of one entry, total size, compression ratio,
 * duplicate names. Sizes are enforced again while inflating, since a directory can lie. An OLE2
 * file where a package was expected is an encrypted package (or a renamed legacy file).
 */
final class ZipGuard {

    /** Most entries in a package (SECURITY-CASES UP-13). */
    static final int MAX_ENTRIES = 1000;
    /** Largest uncompressed entry (UP-12). */
    static final long MAX_ENTRY_BYTES = 100L << 20;
    /** Largest total uncompressed size (UP-12). */
    static final long MAX_TOTAL_BYTES = 512L << 20;
    /**
     * Smallest compressed/uncompressed ratio for entries above {@link #RATIO_FROM} (UP-11); POI's own is 1 %. Below it an
     * entry inflates to little whatever its ratio, and the total's limit holds: a white bitmap of a few MB (a blank scan,
     * a screenshot painted over) compresses past 1 %, and was refused.
     */
    static final double MIN_RATIO = 0.01;
    /** Entries up to this size are not held to {@link #MIN_RATIO}. */
    static final long RATIO_FROM = 16L << 20;

    private static final String LIMITS = "The document exceeds decompression limits.";
    /** Stands for an entry left in the file by {@link #read(Path, DocumentLimits, Predicate)}. */
    static final byte[] LAZY = new byte[0];

    private ZipGuard() {
    }

    /**
     * Reads every entry of a package into memory within the limits.
     *
     * @param file the package
     * @param limits the request's limits (total size is capped by the memory budget too)
     * @return entry name to bytes, in the order of the zip directory
     * @throws EngineException 422 for encrypted, malformed or over-limit packages
     */
    static Map<String, byte[]> read(Path file, DocumentLimits limits) throws EngineException {
        return read(file, limits, e -> false);
    }

    /**
     * Reads the entries into memory within the limits, but for the large ones given, which are only
     * checked: their bytes are left in the file, {@link #open} streams them when needed, and the
     * map holds {@link #LAZY} for them.
     *
     * @param lazy the entries to leave in the file
     * @see #read(Path, DocumentLimits)
     */
    static Map<String, byte[]> read(Path file, DocumentLimits limits, Predicate<ZipEntry> lazy) throws EngineException {
        refuseOle2(file);
        long budget = Math.min(MAX_TOTAL_BYTES, Math.max(limits.maxMemoryBytes(), 64L << 20));
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw rejected();
            }
            long total = 0;
            Set<String> names = new HashSet<>();
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (!names.add(e.getName().toLowerCase(java.util.Locale.ROOT))) {
                    throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document has duplicate entries.");
                }
                long size = e.getSize();
                long packed = e.getCompressedSize();
                if (size > MAX_ENTRY_BYTES || (size > RATIO_FROM && packed >= 0 && packed < size * MIN_RATIO)) {
                    throw rejected();
                }
                total += Math.max(size, 0);
                if (total > budget) {
                    throw rejected();
                }
            }
            total = 0;
            en = zip.entries();
            while (en.hasMoreElements()) {
                limits.checkDeadline();
                ZipEntry e = en.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                if (lazy.test(e)) {
                    total += e.getSize();
                    parts.put(e.getName(), LAZY);
                    continue;
                }
                byte[] data = readBounded(zip, e, Math.min(MAX_ENTRY_BYTES, budget - total));
                total += data.length;
                parts.put(e.getName(), data);
            }
        } catch (ZipException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document is malformed (not a valid zip package).", e);
        } catch (IOException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document could not be read.", e);
        }
        if (!parts.containsKey("[Content_Types].xml")) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document is malformed (no content types).");
        }
        return parts;
    }

    /**
     * Streams one entry of a package, inflated, and no further than the entry limit (a directory can
     * lie about sizes). Closing the stream closes the file.
     *
     * @param file the package
     * @param name the entry
     * @return its bytes
     */
    static InputStream open(Path file, String name) throws EngineException {
        try {
            ZipFile zip = new ZipFile(file.toFile());
            ZipEntry e = zip.getEntry(name);
            if (e == null) {
                zip.close();
                throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document could not be read.");
            }
            return new FilterInputStream(zip.getInputStream(e)) {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws IOException {
                    count += n;
                    if (count > MAX_ENTRY_BYTES) {
                        throw new IOException(LIMITS);
                    }
                }

                @Override
                public void close() throws IOException {
                    super.close();
                    zip.close();
                }
            };
        } catch (IOException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document could not be read.", e);
        }
    }

    private static byte[] readBounded(ZipFile zip, ZipEntry e, long max) throws IOException, EngineException {
        try (InputStream in = zip.getInputStream(e)) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (data.length > max) {
                throw rejected();
            }
            return data;
        }
    }

    private static EngineException rejected() {
        return new EngineException(EngineException.Reason.UNPROCESSABLE, LIMITS);
    }

    /** An OLE2 container instead of a zip: an encrypted OOXML package says so. */
    private static void refuseOle2(Path file) throws EngineException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document could not be read.", e);
        }
        if (!isOle2(head)) {
            return;
        }
        if (isEncryptedPackage(file)) {
            throw encrypted();
        }
        throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                "The document is an OLE2 (legacy Office) file, not an Office Open XML package.");
    }

    static boolean isOle2(byte[] head) {
        return head.length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF
                && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0;
    }

    static boolean isEncryptedPackage(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static EngineException encrypted() {
        return new EngineException(EngineException.Reason.UNPROCESSABLE,
                "The document is encrypted: password-protected documents are not supported.");
    }
}
