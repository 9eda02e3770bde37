package io.blackbar.format.office.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.poi.hssf.record.HyperlinkRecord;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.util.LittleEndian;

/**
 * What POI's hyperlink record does not let be read or set, from its bytes (MS-XLS HLink, MS-OSHARED Hyperlink Object):
 * the URL of a link that also has a location ("https://crm/contacts/ada@example.org" then "#details": POI's address is
 * the location alone), and the Unicode path of a file link (POI's setter sets the ANSI path only). A new address makes a
 * new record, every other byte of the old one kept.
 */
final class XlsHyperlinks {

    private static final byte[] URL_MONIKER = {(byte) 0xE0, (byte) 0xC9, (byte) 0xEA, 0x79, (byte) 0xF9, (byte) 0xBA,
        (byte) 0xCE, 0x11, (byte) 0x8C, (byte) 0x82, 0x00, (byte) 0xAA, 0x00, 0x4B, (byte) 0xA9, 0x0B};
    private static final byte[] FILE_MONIKER = {0x03, 0x03, 0, 0, 0, 0, 0, 0, (byte) 0xC0, 0, 0, 0, 0, 0, 0, 0x46};
    private static final int HAS_MONIKER = 0x01;
    private static final int HAS_LOCATION = 0x08;
    /** A display name follows (POI reads one for either bit; so must the offsets). */
    private static final int HAS_LABEL = 0x14;
    private static final int HAS_FRAME = 0x80;
    private static final int MONIKER_AS_STRING = 0x100;
    /** The range (8), the class id (16), the stream's version (4), the flags (4). */
    private static final int HEAD = 32;
    /** A file moniker's bytes between its ANSI path and its Unicode path's size (end server, version, reserved). */
    private static final int FILE_MIDDLE = 24;

    /** Where a record's moniker lies in its data: its bytes after the class id, and of which kind. */
    private record Moniker(boolean url, int start, int end) {
    }

    private XlsHyperlinks() {
    }

    /** @return the URL of a URL link that also has a location (which POI gives as its address), or null */
    static String hiddenUrl(HyperlinkRecord link) {
        byte[] d = data(link);
        Moniker m = moniker(d);
        if (m == null || !m.url() || (LittleEndian.getInt(d, 28) & HAS_LOCATION) == 0) {
            return null;
        }
        return urlOf(d, m);
    }

    /** @return whether the link is to a file (its address is a path, in ANSI and perhaps in Unicode too) */
    static boolean isFile(HyperlinkRecord link) {
        Moniker m = moniker(data(link));
        return m != null && !m.url();
    }

    /** @return the link with its URL replaced */
    static HyperlinkRecord withUrl(HyperlinkRecord link, String url) {
        byte[] d = data(link);
        Moniker m = moniker(d);
        String old = urlOf(d, m);
        int tail = m.start() + 4 + (old.length() + 1) * 2; // after the URL's NUL: a serial GUID, version and flags, if any
        byte[] text = (url.replace("\0", "") + "\0").getBytes(StandardCharsets.UTF_16LE);
        byte[] rest = Arrays.copyOfRange(d, Math.min(tail, m.end()), m.end());
        return rebuilt(d, m, cat(u32(text.length + rest.length), text, rest));
    }

    /** @return the file link with both its paths (ANSI, and Unicode where it had one) replaced */
    static HyperlinkRecord withPath(HyperlinkRecord link, String path) {
        byte[] d = data(link);
        Moniker m = moniker(d);
        int at = m.start();
        int ansiLength = LittleEndian.getInt(d, at + 2);
        int middle = at + 6 + ansiLength;
        boolean unicode = LittleEndian.getInt(d, middle + FILE_MIDDLE) > 0;
        String clean = path.replace("\0", "");
        byte[] ansi = (clean + "\0").getBytes(StandardCharsets.ISO_8859_1); // what is not Latin-1 becomes '?'
        byte[] wide = clean.getBytes(StandardCharsets.UTF_16LE);
        byte[] moniker = cat(Arrays.copyOfRange(d, at, at + 2), u32(ansi.length), ansi,
                Arrays.copyOfRange(d, middle, middle + FILE_MIDDLE),
                unicode ? cat(u32(6 + wide.length), u32(wide.length), new byte[] {3, 0}, wide) : u32(0));
        return rebuilt(d, m, moniker);
    }

    private static HyperlinkRecord rebuilt(byte[] d, Moniker m, byte[] moniker) {
        byte[] data = cat(Arrays.copyOfRange(d, 0, m.start()), moniker, Arrays.copyOfRange(d, m.end(), d.length));
        byte[] rec = cat(new byte[] {(byte) HyperlinkRecord.sid, (byte) (HyperlinkRecord.sid >> 8)}, u16(data.length), data);
        RecordInputStream in = new RecordInputStream(new ByteArrayInputStream(rec));
        in.nextRecord();
        return new HyperlinkRecord(in);
    }

    private static String urlOf(byte[] d, Moniker m) {
        String s = new String(d, m.start() + 4, (m.end() - m.start() - 4) & ~1, StandardCharsets.UTF_16LE);
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    /** @return the record's moniker, or null when it has none, keeps it as a string, or its bytes do not add up */
    private static Moniker moniker(byte[] d) {
        if (d.length < HEAD) {
            return null;
        }
        int flags = LittleEndian.getInt(d, 28);
        int at = HEAD;
        if ((flags & HAS_LABEL) != 0) {
            at = skipString(d, at);
        }
        if ((flags & HAS_FRAME) != 0) {
            at = skipString(d, at);
        }
        if ((flags & HAS_MONIKER) == 0 || (flags & MONIKER_AS_STRING) != 0 || at < 0 || at + 16 + 4 > d.length) {
            return null;
        }
        byte[] clsid = Arrays.copyOfRange(d, at, at + 16);
        at += 16;
        if (Arrays.equals(clsid, URL_MONIKER)) {
            long end = at + 4L + (LittleEndian.getInt(d, at) & 0xFFFFFFFFL);
            return end <= d.length ? new Moniker(true, at, (int) end) : null;
        }
        if (Arrays.equals(clsid, FILE_MONIKER) && at + 6 <= d.length) {
            long middle = at + 6L + (LittleEndian.getInt(d, at + 2) & 0xFFFFFFFFL);
            if (middle + FILE_MIDDLE + 4 > d.length) {
                return null;
            }
            long size = LittleEndian.getInt(d, (int) middle + FILE_MIDDLE) & 0xFFFFFFFFL;
            long end = middle + FILE_MIDDLE + 4 + size;
            return end <= d.length ? new Moniker(false, at, (int) end) : null;
        }
        return null;
    }

    /** @return the offset after a HyperlinkString (a count of UTF-16 units, then the units), or -1 past the end */
    private static int skipString(byte[] d, int at) {
        if (at < 0 || at + 4 > d.length) {
            return -1;
        }
        long end = at + 4L + 2L * (LittleEndian.getInt(d, at) & 0xFFFFFFFFL);
        return end <= d.length ? (int) end : -1;
    }

    private static byte[] data(HyperlinkRecord link) {
        byte[] all = link.serialize();
        return Arrays.copyOfRange(all, 4, all.length);
    }

    private static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }

    private static byte[] u16(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8)};
    }

    private static byte[] u32(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }
}
