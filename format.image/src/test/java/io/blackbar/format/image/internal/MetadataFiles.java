package io.blackbar.format.image.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Image files with metadata written byte by byte (not by the writer under test). */
final class MetadataFiles {

    /** A value that stands in the metadata and must not be in any output. */
    static final String SECRET = "SECRET-PLACE-42";

    private MetadataFiles() {
    }

    /** A JPEG with an EXIF APP1 (ImageDescription + a GPS IFD with latitude), an XMP APP1 and a comment. */
    static byte[] jpegWithExifGps(BufferedImage image) throws IOException {
        byte[] plain = encode(image, "jpeg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiffWithGps()));
        segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>" + SECRET + "</dc:creator></x:xmpmeta>")
                .getBytes(StandardCharsets.ISO_8859_1));
        segment(out, 0xFE, ("comment " + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** Big-endian TIFF: IFD0 {ImageDescription, GPS IFD pointer}, GPS IFD {LatitudeRef N, Latitude 46/1 3/1 0/1}. */
    private static byte[] tiffWithGps() {
        byte[] desc = (SECRET + "\0").getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(200);
        b.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 2 * 12 + 4;
        int rationals = gpsIfd + 2 + 2 * 12 + 4;
        int descAt = rationals + 24;
        b.putShort((short) 2);
        b.putShort((short) 0x010E).putShort((short) 2).putInt(desc.length).putInt(descAt);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        b.putInt(0);
        b.putShort((short) 2);
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        b.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(rationals);
        b.putInt(0);
        b.putInt(46).putInt(1).putInt(3).putInt(1).putInt(0).putInt(1);
        b.put(desc);
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    /**
     * A little-endian TIFF of a white grey image, uncompressed, with an Artist tag holding {@link #SECRET}, its pixels in
     * one strip unless {@code tags} lay them out otherwise: (tag, type, count, value) rows added to its directory.
     */
    static byte[] tiff(int width, int height, int[]... tags) {
        byte[] artist = (SECRET + "\0").getBytes(StandardCharsets.ISO_8859_1);
        java.util.List<int[]> all = new java.util.ArrayList<>(java.util.List.of(new int[][] {{256, 4, 1, width},
            {257, 4, 1, height}, {258, 3, 1, 8}, {259, 3, 1, 1}, {262, 3, 1, 1}, {277, 3, 1, 1}, {315, 2, artist.length, 0}}));
        all.addAll(java.util.List.of(tags));
        boolean laidOut = java.util.Arrays.stream(tags).anyMatch(t -> t[0] == 273 || t[0] == 324);
        if (!laidOut) {
            all.add(new int[] {273, 4, 1, 0});
            all.add(new int[] {279, 4, 1, width * height});
        }
        all.sort(java.util.Comparator.comparingInt(t -> t[0]));
        int artistAt = 8 + 2 + 12 * all.size() + 4;
        int pixelsAt = artistAt + artist.length;
        ByteBuffer b = ByteBuffer.allocate(pixelsAt + width * height).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {'I', 'I', 42, 0}).putInt(8).putShort((short) all.size());
        for (int[] t : all) {
            int value = t[0] == 315 ? artistAt : t[0] == 273 && !laidOut ? pixelsAt : t[3];
            b.putShort((short) t[0]).putShort((short) t[1]).putInt(t[2]);
            if (t[1] == 3 && t[2] == 1) {
                b.putShort((short) value).putShort((short) 0);
            } else {
                b.putInt(value);
            }
        }
        b.putInt(0).put(artist);
        while (b.hasRemaining()) {
            b.put((byte) 0xFF);
        }
        return b.array();
    }

    /** A PNG with a tEXt chunk (Author) and an iTXt XMP packet after IHDR. */
    static byte[] pngWithText(BufferedImage image) throws IOException {
        byte[] plain = encode(image, "png");
        int afterIhdr = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterIhdr);
        chunk(out, "tEXt", ("Author\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "iTXt", ("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>" + SECRET + "</x:xmpmeta>").getBytes(StandardCharsets.ISO_8859_1));
        out.write(plain, afterIhdr, plain.length - afterIhdr);
        return out.toByteArray();
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] body) {
        out.write(0xFF);
        out.write(marker);
        int length = body.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(body);
    }

    /** Writes a PNG chunk with its length and CRC. */
    static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** @return whether {@code needle} occurs in {@code data} */
    static boolean contains(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
