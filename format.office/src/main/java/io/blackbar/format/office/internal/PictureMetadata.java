package io.blackbar.format.office.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * What a picture inside an Office package keeps beside its pixels that {@code ImageMetadata} (engine.api) leaves, taken
 * out after it without decoding the pixels: a WebP's {@code EXIF} and {@code XMP } chunks and any chunk a decoder does
 * not need (Microsoft 365 inserts WebP pictures as they are); a JPEG's comments and application segments between its
 * scans (a progressive JPEG may carry an EXIF after its first scan) and an {@code APP2} that is no ICC profile; a PNG's
 * ancillary chunks that are not about showing it (private ones: {@code prVt}, a C2PA manifest's {@code caBX}), and the
 * name of its ICC profile. The profiles themselves stay: colours need them. Anything that does not parse is returned as
 * it is.
 */
final class PictureMetadata {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** PNG's ancillary chunks about showing the picture (and APNG's frames): the rest go. */
    private static final Set<String> PNG_KEPT = Set.of("tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP", "mDCv", "cLLi",
            "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT");
    /** WebP's chunks a decoder reads. */
    private static final Set<String> WEBP_KEPT = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");

    private PictureMetadata() {
    }

    /** @return the picture without what is described above, or the same array when nothing went */
    static byte[] strip(byte[] b) {
        try {
            if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                    && b[10] == 'B' && b[11] == 'P') {
                return webp(b);
            }
            if (b.length > PNG.length && Arrays.equals(b, 0, PNG.length, PNG, 0, PNG.length)) {
                return png(b);
            }
            if (b.length > 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
                return jpeg(b);
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return b; // does not parse: as it is
        }
        return b;
    }

    private static byte[] webp(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 12);
        int at = 12;
        int end = (int) Math.min(b.length, 8 + le32(b, 4));
        boolean changed = false;
        while (at + 8 <= end) {
            String id = new String(b, at, 4, StandardCharsets.ISO_8859_1);
            long size = le32(b, at + 4);
            long next = at + 8 + size + (size & 1);
            if (next > end + 1) {
                return b;
            }
            if (WEBP_KEPT.contains(id)) {
                int from = out.size();
                out.write(b, at, (int) Math.min(next, b.length) - at);
                if ("VP8X".equals(id) && size >= 4) {
                    byte[] sofar = out.toByteArray();
                    byte flags = sofar[from + 8];
                    if ((flags & 0x0C) != 0) {
                        sofar[from + 8] = (byte) (flags & ~0x0C); // no EXIF, no XMP
                        out.reset();
                        out.write(sofar, 0, sofar.length);
                        changed = true;
                    }
                }
            } else {
                changed = true;
            }
            at = (int) next;
        }
        if (!changed && end == b.length) {
            return b;
        }
        byte[] o = out.toByteArray();
        int riff = o.length - 8;
        o[4] = (byte) riff;
        o[5] = (byte) (riff >>> 8);
        o[6] = (byte) (riff >>> 16);
        o[7] = (byte) (riff >>> 24);
        return o;
    }

    private static byte[] png(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, PNG.length);
        int at = PNG.length;
        boolean changed = false;
        while (at + 12 <= b.length) {
            int len = be32(b, at);
            if (len < 0 || at + 12L + len > b.length) {
                return b;
            }
            String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            boolean critical = Character.isUpperCase(type.charAt(0));
            if ("iCCP".equals(type)) {
                int nul = at + 8;
                while (nul < at + 8 + len && b[nul] != 0) {
                    nul++;
                }
                String name = new String(b, at + 8, nul - at - 8, StandardCharsets.ISO_8859_1);
                if (!"ICC profile".equals(name) && nul < at + 8 + len) {
                    ByteArrayOutputStream data = new ByteArrayOutputStream();
                    data.writeBytes("ICC profile".getBytes(StandardCharsets.ISO_8859_1));
                    data.write(b, nul, at + 8 + len - nul);
                    writeChunk(out, "iCCP", data.toByteArray());
                    changed = true;
                    at += 12 + len;
                    continue;
                }
            }
            if (critical || PNG_KEPT.contains(type)) {
                out.write(b, at, 12 + len);
            } else {
                changed = true;
            }
            at += 12 + len;
            if ("IEND".equals(type)) {
                break;
            }
        }
        return changed ? out.toByteArray() : b;
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        out.write(data.length >>> 24);
        out.write(data.length >>> 16);
        out.write(data.length >>> 8);
        out.write(data.length);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        long c = crc.getValue();
        out.write((int) (c >>> 24));
        out.write((int) (c >>> 16));
        out.write((int) (c >>> 8));
        out.write((int) c);
    }

    private static byte[] jpeg(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 2);
        int at = 2;
        boolean scanned = false;
        boolean changed = false;
        while (at + 1 < b.length) {
            if ((b[at] & 0xFF) != 0xFF) {
                return b;
            }
            int m = b[at + 1] & 0xFF;
            if (m == 0xFF) {
                out.write(0xFF); // fill
                at++;
                continue;
            }
            if (m == 0xD9) {
                out.write(b, at, b.length - at);
                break;
            }
            if (m == 0x01 || m >= 0xD0 && m <= 0xD7) {
                out.write(b, at, 2);
                at += 2;
                continue;
            }
            int len = ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
            if (len < 2 || at + 2 + len > b.length) {
                return b;
            }
            boolean app = m >= 0xE0 && m <= 0xEF;
            boolean icc = m == 0xE2 && len >= 14 && new String(b, at + 4, 12, StandardCharsets.ISO_8859_1).equals("ICC_PROFILE\0");
            boolean drop = m == 0xFE && scanned || app && scanned || m == 0xE2 && !icc;
            if (drop) {
                changed = true;
            } else {
                out.write(b, at, 2 + len);
            }
            at += 2 + len;
            if (m == 0xDA) {
                scanned = true;
                int from = at;
                // the entropy-coded data: up to a marker that is no stuffed zero and no restart
                while (at + 1 < b.length && !((b[at] & 0xFF) == 0xFF && (b[at + 1] & 0xFF) != 0
                        && !((b[at + 1] & 0xFF) >= 0xD0 && (b[at + 1] & 0xFF) <= 0xD7))) {
                    at++;
                }
                out.write(b, from, at - from);
            }
        }
        return changed ? out.toByteArray() : b;
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static int be32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
