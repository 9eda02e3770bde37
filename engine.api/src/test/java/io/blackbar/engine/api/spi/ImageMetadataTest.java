package io.blackbar.engine.api.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.testing.Jpegs;

/** JPEG segments and PNG chunks that hold metadata go; the pixels and what decoders need stay. */
class ImageMetadataTest {

    private static final String SECRET = "Owner Ada Lovelace";

    private static byte[] encoded(String format) throws Exception {
        BufferedImage image = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] segment(int marker, String payload) {
        byte[] p = payload.getBytes(StandardCharsets.ISO_8859_1);
        return ByteBuffer.allocate(4 + p.length).put((byte) 0xFF).put((byte) marker).putShort((short) (p.length + 2)).put(p).array();
    }

    /** A JPEG with EXIF, XMP, IPTC and a comment, and the colour segments decoders need. */
    static byte[] jpegWithMetadata() throws Exception {
        byte[] plain = encoded("jpg");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(plain, 0, 2);
        b.write(segment(0xE1, "Exif\0\0" + SECRET));
        b.write(segment(0xE1, "http://ns.adobe.com/xap/1.0/\0" + SECRET));
        b.write(segment(0xED, "Photoshop 3.0\0" + SECRET));
        b.write(segment(0xFE, SECRET));
        b.write(segment(0xE2, "ICC_PROFILE\0\1\1keep")); // APP2, a colour profile's (a real one would be decoded)
        b.write(segment(0xE2, "FPXR\0" + SECRET)); // APP2 that is no colour profile: FlashPix's
        b.write(segment(0xEE, "Adobe\0\u0064\0\0\0\0\1")); // APP14: version 100, YCbCr
        b.write(plain, 2, plain.length - 2);
        return b.toByteArray();
    }

    private static byte[] chunk(String type, String data) {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        byte[] d = data.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(d);
        return ByteBuffer.allocate(12 + d.length).putInt(d.length).put(t).put(d).putInt((int) crc.getValue()).array();
    }

    @Test
    void aJpegLosesItsMetadataAndKeepsItsPixelsAndColourSegments() throws Exception {
        byte[] in = jpegWithMetadata();
        byte[] out = ImageMetadata.strip(in);
        String s = new String(out, StandardCharsets.ISO_8859_1);
        assertFalse(s.contains(SECRET), "a metadata value is left");
        assertFalse(s.contains("Exif") || s.contains("ns.adobe.com") || s.contains("Photoshop"));
        assertTrue(s.contains("ICC_PROFILE\0\1\1keep") && s.contains("Adobe\0\u0064"), "the colour segments stay");
        assertFalse(s.contains("FPXR"), "an APP2 that is no colour profile goes");
        assertArrayEquals(pixels(ImageIO.read(new ByteArrayInputStream(encoded("jpg")))), pixels(ImageIO.read(new ByteArrayInputStream(out))));
        assertSame(out, ImageMetadata.strip(out), "nothing more to remove: the same array");
    }

    @Test
    void aPngLosesItsTextExifAndTimeChunksAndWhatFollowsItsEnd() throws Exception {
        byte[] plain = encoded("png");
        int iend = plain.length - 12;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(plain, 0, 33); // signature and IHDR
        for (String type : new String[] {"tEXt", "zTXt", "iTXt", "eXIf", "tIME"}) {
            b.write(chunk(type, "Author\0" + SECRET));
        }
        b.write(plain, 33, plain.length - 33);
        b.write(("PK\3\4" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        byte[] out = ImageMetadata.strip(b.toByteArray());
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains(SECRET));
        assertEquals(plain.length, out.length, "only the chunks went: " + iend);
        assertArrayEquals(plain, out);
    }

    /** A GIF's comment, plain text and XMP go, and what follows its trailer; its animation's looping and pixels stay. */
    @Test
    void aGifLosesItsCommentsTextAndXmpAndKeepsItsLooping() throws Exception {
        byte[] plain = encoded("gif");
        int at = 13 + ((plain[10] & 0x80) != 0 ? 3 << ((plain[10] & 0x07) + 1) : 0);
        byte[] secret = SECRET.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(plain, 0, at);
        byte[] looping = {0x21, (byte) 0xFF, 11, 'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0', 3, 1, 0, 0, 0};
        b.writeBytes(looping);
        b.writeBytes(new byte[] {0x21, (byte) 0xFE, (byte) secret.length});
        b.writeBytes(secret);
        b.write(0);
        b.writeBytes(new byte[] {0x21, 0x01, 12, 0, 0, 0, 0, 16, 0, 8, 0, 8, 8, 1, 0, (byte) secret.length});
        b.writeBytes(secret);
        b.write(0);
        b.writeBytes(new byte[] {0x21, (byte) 0xFF, 11, 'X', 'M', 'P', ' ', 'D', 'a', 't', 'a', 'X', 'M', 'P', (byte) secret.length});
        b.writeBytes(secret);
        b.write(0);
        b.write(plain, at, plain.length - at);
        b.writeBytes(("PK\3\4" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        byte[] out = ImageMetadata.strip(b.toByteArray());
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains(SECRET), "a metadata value is left");
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        kept.write(plain, 0, at);
        kept.writeBytes(looping);
        kept.write(plain, at, plain.length - at);
        assertArrayEquals(kept.toByteArray(), out, "the looping and the image, as they were");
        assertArrayEquals(pixels(ImageIO.read(new ByteArrayInputStream(plain))), pixels(ImageIO.read(new ByteArrayInputStream(out))));
        byte[] cut = java.util.Arrays.copyOf(b.toByteArray(), at + looping.length + 5);
        assertSame(cut, ImageMetadata.strip(cut), "a GIF cut in a block does not parse: left as it is");
    }

    /**
     * What a GIF holds beside its pixels in other places: an extension of a label no viewer knows, data blocks after the
     * looping's one, and a GIF left without its trailer (viewers show it): all go, and a trailer is written.
     */
    @Test
    void aGifLosesUnknownExtensionsAndExtraLoopingDataAndGetsItsTrailer() throws Exception {
        byte[] plain = encoded("gif");
        int at = 13 + ((plain[10] & 0x80) != 0 ? 3 << ((plain[10] & 0x07) + 1) : 0);
        byte[] secret = SECRET.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(plain, 0, at);
        b.writeBytes(new byte[] {0x21, (byte) 0xFF, 11, 'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0', 3, 1, 0, 0,
            (byte) secret.length});
        b.writeBytes(secret);
        b.write(0);
        b.writeBytes(new byte[] {0x21, 0x02, (byte) secret.length});
        b.writeBytes(secret);
        b.write(0);
        b.writeBytes(new byte[] {0x21, (byte) 0xF9, 4, 0, 0, 0, 0, (byte) secret.length}); // a graphic control, then more
        b.writeBytes(secret);
        b.write(0);
        b.write(plain, at, plain.length - at - 1); // no trailer
        byte[] out = ImageMetadata.strip(b.toByteArray());
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains(SECRET), "a hidden value is left");
        assertEquals(0x3B, out[out.length - 1] & 0xFF, "a trailer");
        assertArrayEquals(pixels(ImageIO.read(new ByteArrayInputStream(plain))), pixels(ImageIO.read(new ByteArrayInputStream(out))));
        assertTrue(new String(out, StandardCharsets.ISO_8859_1).contains("NETSCAPE2.0\u0003\u0001\u0000\u0000\u0000"),
                "the looping, its one block and its end");
        assertTrue(new String(out, StandardCharsets.ISO_8859_1).contains("!\u00f9\u0004\u0000\u0000\u0000\u0000\u0000"),
                "the graphic control, its 4 bytes and its end");
    }

    /** An EMF's description and its comment records' data are zeros; EMF+ comments, which players draw, stay. */
    @Test
    void anEmfLosesItsDescriptionAndCommentsButNotEmfPlus() {
        byte[] secret = SECRET.getBytes(StandardCharsets.UTF_16LE);
        int headerSize = 88 + secret.length;
        ByteBuffer emf = ByteBuffer.allocate(headerSize + 12 + 40 + 16 + 12 + 20).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        emf.putInt(1).putInt(headerSize).position(40);
        emf.put(new byte[] {' ', 'E', 'M', 'F'}).putInt(0x10000).putInt(emf.capacity()).putInt(5).putShort((short) 0)
                .putShort((short) 0).putInt(SECRET.length()).putInt(88); // handles, reserved, description's length, offset
        emf.position(88).put(secret);
        byte[] plainComment = "GDICsome printer's copy: Ada Lovelace....".getBytes(StandardCharsets.ISO_8859_1);
        emf.putInt(70).putInt(12 + 40).putInt(40).put(plainComment, 0, 40); // type, size, data's size, data
        emf.putInt(70).putInt(16 + 12).putInt(4 + 12).putInt(0x2B464D45).putShort((short) 0x4002).putShort((short) 0).putInt(12)
                .putInt(0); // EMF+ EndOfFile
        emf.putInt(14).putInt(20);
        byte[] in = emf.array();
        // an escape to the printer's driver after the end, with the secret in its data
        byte[] escape = ByteBuffer.allocate(16 + secret.length).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(106)
                .putInt(16 + secret.length).putInt(0).putInt(secret.length).put(secret).array();
        byte[] withEscape = java.util.Arrays.copyOf(in, in.length + escape.length);
        System.arraycopy(escape, 0, withEscape, in.length, escape.length);
        assertFalse(new String(ImageMetadata.strip(withEscape), StandardCharsets.UTF_16LE).contains(SECRET), "the escape");
        byte[] out = ImageMetadata.strip(in);
        assertEquals(in.length, out.length, "records keep their sizes");
        assertFalse(new String(out, StandardCharsets.UTF_16LE).contains(SECRET), "the description");
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains("Lovelace"), "the comment");
        assertTrue(java.util.Arrays.equals(in, headerSize + 52, in.length, out, headerSize + 52, out.length), "EMF+ and the end stay");
        assertSame(out, ImageMetadata.strip(out), "nothing more to remove");
    }

    /**
     * A WMF's escapes (an embedded EMF in MFCOMMENT, which a reader may draw instead of the WMF's records; a printer's
     * PostScript) become comments of zeros, each record keeping its size; a WMF without escapes is left as it is.
     */
    @Test
    void aWmfsEscapesBecomeEmptyComments() {
        java.nio.ByteBuffer w = java.nio.ByteBuffer.allocate(18 + 24 + 16 + 6).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        w.putShort((short) 1).putShort((short) 9).putShort((short) 0x0300).position(18);
        w.putInt(12).putShort((short) 0x0626).putShort((short) 0x000F).putShort((short) 14).put("EMF Jane Roe".getBytes(StandardCharsets.US_ASCII))
                .position(42);
        w.putInt(8).putShort((short) 0x0626).putShort((short) 0x1000).putShort((short) 6).put("%!PS J".getBytes(StandardCharsets.US_ASCII)).position(58);
        w.putInt(3).putShort((short) 0);
        byte[] wmf = w.array();
        byte[] out = ImageMetadata.strip(wmf);
        assertEquals(wmf.length, out.length);
        String s = new String(out, StandardCharsets.ISO_8859_1);
        assertFalse(s.contains("Jane") || s.contains("%!PS"), s);
        assertEquals(0x000F, out[48] | out[49] << 8, "the printer's escape is a comment now");
        assertArrayEquals(java.util.Arrays.copyOf(wmf, 24), java.util.Arrays.copyOf(out, 24), "header and record heads kept");
        assertSame(out, ImageMetadata.strip(out), "nothing left to take");
    }

    /**
     * A TIFF's artist and GPS position (a fax or a scan pasted into a document) are overwritten in every directory, in
     * both byte orders; its width, the pointer to the GPS directory and the directory's layout stay.
     */
    @Test
    void aTiffLosesItsTextTagsAndGpsValuesInEveryPage() {
        for (boolean little : new boolean[] {true, false}) {
            byte[] artist = "Dora Author\0".getBytes(StandardCharsets.US_ASCII);
            ByteBuffer b = ByteBuffer.allocate(126).order(little ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
            b.put(little ? new byte[] {'I', 'I', 42, 0} : new byte[] {'M', 'M', 0, 42}).putInt(8);
            // page 1 at 8: width, artist (at 90), GPS directory (at 50); then page 2 at 68: artist, inline "Al\0"
            b.putShort((short) 3);
            b.putShort((short) 256).putShort((short) 3).putInt(1).putShort((short) 640).putShort((short) 0);
            b.putShort((short) 315).putShort((short) 2).putInt(artist.length).putInt(90);
            b.putShort((short) 34853).putShort((short) 4).putInt(1).putInt(50);
            b.putInt(68);
            b.position(50).putShort((short) 1); // GPS: latitude, three rationals at 102
            b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(102).putInt(0);
            b.position(68).putShort((short) 1).putShort((short) 315).putShort((short) 2).putInt(3).put(new byte[] {'A', 'l', 0, 0})
                    .putInt(0);
            b.position(90).put(artist).position(102).putInt(46).putInt(1).putInt(3).putInt(1).putInt(0).putInt(1);
            byte[] tiff = b.array();
            byte[] out = ImageMetadata.strip(tiff);
            String s = new String(out, StandardCharsets.ISO_8859_1);
            assertFalse(s.contains("Dora") || s.contains("Al\0"), "little endian " + little);
            assertEquals(0, java.util.stream.IntStream.range(102, 114).map(k -> out[k]).filter(v -> v != 0).count(), "GPS");
            assertArrayEquals(java.util.Arrays.copyOf(tiff, 50), java.util.Arrays.copyOf(out, 50), "page 1's directory");
            assertSame(out, ImageMetadata.strip(out), "nothing left to take");
        }
    }

    /**
     * Windows' author (XPAuthor, UTF-16LE, type BYTE) and an EXIF 3.0 UTF-8 text (type 129) go; a directory of 4,096
     * EXIF pointers at one directory of 4,096 entries, each at one value of 256 KB, is walked within its budget (without
     * one, each entry zeroed the value again: hours).
     */
    @Test
    void aTiffsWindowsAndUtf8TagsGoAndItsWorkIsBounded() {
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + 24 + 4 + 32).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] author = "D\0o\0r\0a\0 \0A\0".getBytes(StandardCharsets.ISO_8859_1);
        b.put(new byte[] {'I', 'I', 42, 0}).putInt(8).putShort((short) 2);
        b.putShort((short) 40093).putShort((short) 1).putInt(author.length).putInt(38);
        b.putShort((short) 270).putShort((short) 129).putInt(8).putInt(50);
        b.putInt(0).put(author).position(50).put("Jane Roe".getBytes(StandardCharsets.UTF_8));
        String s = new String(ImageMetadata.strip(b.array()), StandardCharsets.ISO_8859_1);
        assertFalse(s.contains("D\0o\0r") || s.contains("Jane"), s);

        int n = 4096;
        int sub = 8 + 2 + 12 * n + 4;
        int value = sub + 2 + 12 * n + 4;
        ByteBuffer t = ByteBuffer.allocate(value + (256 << 10)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        t.put(new byte[] {'I', 'I', 42, 0}).putInt(8).putShort((short) n);
        for (int k = 0; k < n; k++) {
            t.putShort((short) 34665).putShort((short) 4).putInt(1).putInt(sub);
        }
        t.putInt(0).putShort((short) n);
        for (int k = 0; k < n; k++) {
            t.putShort((short) 37510).putShort((short) 7).putInt(256 << 10).putInt(value);
        }
        t.putInt(0);
        while (t.hasRemaining()) {
            t.put((byte) 'x');
        }
        byte[] bomb = t.array();
        byte[] out = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> ImageMetadata.strip(bomb));
        assertEquals(0, out[value], "the comment is zeros");

        // 4,096 directories of 16 entries each, every entry at one value of 1 MB: looked at again and again, 64 GB
        int subs = 4096;
        int first = 8 + 2 + 12 * subs + 4;
        int big = first + subs * (2 + 12 * 16 + 4);
        ByteBuffer d = ByteBuffer.allocate(big + (1 << 20)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        d.put(new byte[] {'I', 'I', 42, 0}).putInt(8).putShort((short) subs);
        for (int k = 0; k < subs; k++) {
            d.putShort((short) 34665).putShort((short) 4).putInt(1).putInt(first + k * (2 + 12 * 16 + 4));
        }
        d.putInt(0);
        for (int k = 0; k < subs; k++) {
            d.putShort((short) 16);
            for (int j = 0; j < 16; j++) {
                d.putShort((short) 37510).putShort((short) 7).putInt(1 << 20).putInt(big);
            }
            d.putInt(0);
        }
        while (d.hasRemaining()) {
            d.put((byte) 'x');
        }
        byte[] many = d.array();
        byte[] cleaned = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> ImageMetadata.strip(many));
        assertEquals(0, cleaned[big + 12345], "the value is zeros");
    }

    /** An EMF bitmap record's bytes outside its fields, its bitmap's header and its bits (no player reads them) go. */
    @Test
    void anEmfBitmapRecordsSlackGoes() {
        ByteBuffer b = ByteBuffer.allocate(88 + 160 + 20).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(1).putInt(88).position(40);
        b.put(new byte[] {' ', 'E', 'M', 'F'}).putInt(0x10000).putInt(b.capacity()).putInt(3).position(88);
        b.putInt(81).putInt(160).position(88 + 48);
        b.putInt(80).putInt(40).putInt(136).putInt(8).putInt(0);
        b.position(88 + 80).putInt(40); // the bitmap's header, then slack at 120-135, the bits at 136-143, slack after
        b.position(88 + 120).put("219-09-9999".getBytes(StandardCharsets.US_ASCII));
        b.position(88 + 136).put("BITSBITS".getBytes(StandardCharsets.US_ASCII));
        b.position(88 + 150).put("Jane".getBytes(StandardCharsets.US_ASCII));
        b.position(88 + 160).putInt(14).putInt(20);
        String s = new String(ImageMetadata.strip(b.array()), StandardCharsets.ISO_8859_1);
        assertFalse(s.contains("219-09") || s.contains("Jane"), s);
        assertTrue(s.contains("BITSBITS"), "the bits stay");
    }

    @Test
    void otherBytesAndBrokenImagesAreLeftAsTheyAre() throws Exception {
        byte[] gif = encoded("gif");
        assertSame(gif, ImageMetadata.strip(gif));
        byte[] text = "just text".getBytes(StandardCharsets.ISO_8859_1);
        assertSame(text, ImageMetadata.strip(text));
        // (this JPEG was returned as it was, its EXIF and comment with it: a sanitized file kept its metadata because
        // the walk broke; what follows a break is dropped now, see aBrokenImageKeepsNoMetadata)
        byte[] broken = jpegWithMetadata();
        broken[3] = (byte) 0xFF; // the first segment's length now runs past the end
        broken[2] = (byte) 0x00; // and no marker where one must be
        assertFalse(new String(ImageMetadata.strip(broken), StandardCharsets.ISO_8859_1).contains(SECRET));
        assertNotSame(jpegWithMetadata(), ImageMetadata.strip(jpegWithMetadata()));
    }

    /** JFIF's thumbnail (a small copy of the picture before any redaction) and JFXX's go; the JFIF header stays. */
    @Test
    void aJpegLosesItsJfifThumbnails() throws Exception {
        byte[] plain = encoded("jpg");
        assertEquals("JFIF\0", new String(plain, 6, 5, StandardCharsets.ISO_8859_1), "ImageIO writes a JFIF header");
        assertEquals(16, plain[5], "without a thumbnail");
        String header = new String(plain, 6, 12, StandardCharsets.ISO_8859_1);
        byte[] in = concat(Arrays.copyOf(plain, 2), segment(0xE0, header + "\u0006\u0001" + SECRET),
                segment(0xE0, "JFXX\0\u0013" + SECRET), Arrays.copyOfRange(plain, 20, plain.length));
        byte[] out = ImageMetadata.strip(in);
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains(SECRET), "a thumbnail's bytes are left");
        assertArrayEquals(plain, out, "the header without its thumbnail, the rest as it was");
        assertSame(out, ImageMetadata.strip(out));
    }

    /**
     * A JPEG, PNG or WebP whose structure breaks after its metadata (a truncated file, a length no segment has) keeps
     * none of it: what was read before the break is written without it, an image's own data cut short is kept as it
     * is, a metadata segment or chunk cut short goes. They were returned as they were, metadata and all.
     */
    @Test
    void aBrokenImageKeepsNoMetadata() throws Exception {
        byte[] plain = encoded("png");
        byte[] cutPng = concat(Arrays.copyOf(plain, 33), chunk("tEXt", "Author\0" + SECRET), Arrays.copyOfRange(plain, 33, plain.length - 20));
        byte[] out = ImageMetadata.strip(cutPng);
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains(SECRET), "a text chunk before a truncated IDAT");
        assertArrayEquals(Arrays.copyOf(plain, plain.length - 20), out, "the pixels' chunk cut short is kept as it is");
        byte[] cutText = concat(Arrays.copyOf(plain, 33), chunk("tEXt", "Author\0" + SECRET),
                Arrays.copyOf(chunk("zTXt", "Comment\0\0" + SECRET + SECRET), 30));
        assertFalse(new String(ImageMetadata.strip(cutText), StandardCharsets.ISO_8859_1).contains("Ada"), "a text chunk cut short");

        byte[] jpeg = encoded("jpg");
        byte[] cutJpeg = concat(Arrays.copyOf(jpeg, 2), segment(0xE1, "Exif\0\0" + SECRET), segment(0xFE, SECRET),
                Arrays.copyOfRange(jpeg, 2, 30));
        out = ImageMetadata.strip(cutJpeg);
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains(SECRET), "metadata before a truncated segment");
        assertArrayEquals(Arrays.copyOf(jpeg, 30), out, "the image's own segment cut short is kept as it is");
        byte[] cutExif = Arrays.copyOf(concat(Arrays.copyOf(jpeg, 2), segment(0xFE, SECRET), segment(0xE1, "Exif\0\0" + SECRET + SECRET)), 60);
        assertFalse(new String(ImageMetadata.strip(cutExif), StandardCharsets.ISO_8859_1).contains("Ada"), "an EXIF cut short");
        byte[] badLength = concat(Arrays.copyOf(jpeg, 2), segment(0xE1, "Exif\0\0" + SECRET),
                new byte[] {(byte) 0xFF, (byte) 0xDB, 0, 1}, segment(0xFE, SECRET), Arrays.copyOfRange(jpeg, 2, jpeg.length));
        assertFalse(new String(ImageMetadata.strip(badLength), StandardCharsets.ISO_8859_1).contains(SECRET), "a length no segment has");

        byte[] vp8l = riffChunk("VP8L", "\u002F\0\0\0\u0010\u0007\u0010\u0011\u0011\u0088\u0088\u00FE\u0007");
        byte[] webp = riff(riffChunk("VP8X", "\u0008\0\0\0\0\0\0\0\0\0"), riffChunk("EXIF", "II*\0 " + SECRET), vp8l);
        byte[] cutWebp = Arrays.copyOf(webp, webp.length - 4);
        out = ImageMetadata.strip(cutWebp);
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains(SECRET), "an EXIF chunk before a truncated VP8L");
        assertEquals(new String(Arrays.copyOf(vp8l, vp8l.length - 4), StandardCharsets.ISO_8859_1),
                new String(Arrays.copyOfRange(out, out.length - vp8l.length + 4, out.length), StandardCharsets.ISO_8859_1),
                "the pixels' chunk cut short is kept as it is");
        byte[] cutWebpExif = Arrays.copyOf(riff(riffChunk("VP8X", "\u0008\0\0\0\0\0\0\0\0\0"), vp8l,
                riffChunk("EXIF", "II*\0 " + SECRET + SECRET)), webp.length - 10);
        assertFalse(new String(ImageMetadata.strip(cutWebpExif), StandardCharsets.ISO_8859_1).contains("Ada"), "an EXIF chunk cut short");
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** The orientation a camera wrote stays (alone), and what follows the end of the image goes. */
    @Test
    void aJpegKeepsItsOrientationAloneAndLosesWhatFollowsItsEnd() throws Exception {
        byte[] plain = encoded("jpg");
        // little-endian EXIF: one directory with an artist (the owner) and the orientation 6 (turned right)
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 24 + 4 + SECRET.length() + 1).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) 2);
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(SECRET.length() + 1).putInt(8 + 2 + 24 + 4);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putInt(0).put((SECRET + "\0").getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(plain, 0, 2);
        b.write(segment(0xE1, "Exif\0\0" + new String(tiff.array(), StandardCharsets.ISO_8859_1)));
        b.write(plain, 2, plain.length - 2);
        b.write(("ftypmp42 motion video of " + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        byte[] out = ImageMetadata.strip(b.toByteArray());
        String s = new String(out, StandardCharsets.ISO_8859_1);
        assertFalse(s.contains(SECRET) || s.contains("ftyp"), "the artist and the trailer went");
        assertTrue(s.contains("Exif\0\0MM\0*"), "an EXIF is left, for the orientation");
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(out))) {
            var reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(16, reader.read(0).getWidth(), "still decodes");
        }
        int at = s.indexOf("Exif\0\0MM");
        assertEquals(6, out[at + 6 + 8 + 2 + 9], "the orientation entry holds 6");
        assertEquals((byte) 0xD9, out[out.length - 1], "ends at the end of the image");
    }

    /** @return where the {@code n}th (from 1) start-of-scan marker of a JPEG is, or -1 */
    private static int scan(byte[] b, int n) {
        int scans = 0;
        for (int i = 0; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xDA && ++scans == n) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /**
     * A progressive JPEG's comment, EXIF, JFIF, colour profile and an EXIF whose thumbnail ends with an end-of-image
     * marker, placed between its scans, go (PictureMetadata's and ImageStreams.afterFirstScan's, before them): decoders
     * do not need them there; the image is the one written, byte for byte.
     */
    @Test
    void aProgressiveJpegLosesTheSegmentsBetweenItsScans() throws Exception {
        byte[] plain = Jpegs.progressive();
        int second = scan(plain, 2);
        assertTrue(second > 0, "the JPEG writer wrote a second scan");
        byte[] in = concat(Arrays.copyOf(plain, second), segment(0xFE, SECRET), segment(0xE1, "Exif\0\0" + SECRET),
                segment(0xE0, "JFIF\0" + SECRET), segment(0xE2, "ICC_PROFILE\0\1\1" + SECRET),
                segment(0xE1, "Exif\0\0thumbnail \u00FF\u00D8 of " + SECRET + " \u00FF\u00D9"),
                Arrays.copyOfRange(plain, second, plain.length));
        byte[] out = ImageMetadata.strip(in);
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains(SECRET), "a value between the scans is left");
        assertArrayEquals(plain, out, "the JPEG as it was written, every scan and its end included");
        assertSame(plain, ImageMetadata.strip(plain), "nothing to remove: the same array");
    }

    /**
     * A JPEG of two scans: an {@code APP2} that is no ICC profile (a multi-picture index) before them, a comment and an
     * EXIF between them (the Office package's picture of PictureMetadata's test); the scans' data, with its stuffed
     * zeros and restart markers, and the end stay as they were.
     */
    @Test
    void aJpegLosesAnApp2ThatIsNoProfileAndWhatIsBetweenItsScans() {
        byte[] soi = {(byte) 0xFF, (byte) 0xD8};
        byte[] scan1 = concat(segment(0xDA, "\u0001\u0001\u0000\u0000\u003F\u0000"),
                new byte[] {0x12, 0x34, (byte) 0xFF, 0x00, 0x56, (byte) 0xFF, (byte) 0xD0, 0x78});
        byte[] scan2 = concat(segment(0xDA, "\u0001\u0001\u0000\u0001\u003F\u0000"), new byte[] {0x23, 0x45});
        byte[] eoi = {(byte) 0xFF, (byte) 0xD9};
        byte[] in = concat(soi, segment(0xE2, "MPF\0" + SECRET), scan1, segment(0xFE, SECRET),
                segment(0xE1, "Exif\0\0" + SECRET), scan2, eoi);
        assertArrayEquals(concat(soi, scan1, scan2, eoi), ImageMetadata.strip(in));
    }

    /**
     * A segment whose length is 2 short leaves 2 stray bytes, which decoders skip and read on (ImageStreams.resync's,
     * before): the EXIF and XMP before and after them go all the same. A JPEG whose only oddity is stray bytes is left
     * as it is.
     */
    @Test
    void aJpegsStrayBytesBetweenSegmentsAreSkipped() throws Exception {
        byte[] plain = encoded("jpg");
        byte[] xmp = segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x>" + SECRET + "</x>");
        xmp[3] -= 2;
        byte[] in = concat(Arrays.copyOf(plain, 2), xmp, segment(0xE1, "Exif\0\0" + SECRET),
                Arrays.copyOfRange(plain, 2, plain.length));
        byte[] out = ImageMetadata.strip(in);
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains(SECRET), "the metadata after the stray bytes");
        assertArrayEquals(plain, out, "the JPEG without them and the stray bytes");

        int app0 = 4 + ((plain[4] & 0xFF) << 8 | plain[5] & 0xFF); // JFIF's segment's end
        assertEquals(0xE0, plain[3] & 0xFF, "ImageIO writes JFIF first");
        byte[] stray = concat(Arrays.copyOf(plain, app0), new byte[] {'x', 'y'}, Arrays.copyOfRange(plain, app0, plain.length));
        assertSame(stray, ImageMetadata.strip(stray), "stray bytes alone: as it is");
        assertEquals(16, ImageIO.read(new ByteArrayInputStream(stray)).getWidth(), "decoders skip them");
    }

    /** @return a PNG's chunk types in order, read with their lengths; the CRCs checked */
    private static java.util.List<String> chunkTypes(byte[] png) {
        java.util.List<String> types = new java.util.ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] typeAndData = new byte[4 + length];
            b.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertEquals((int) crc.getValue(), b.getInt(), "the CRC of a chunk");
            types.add(new String(typeAndData, 0, 4, StandardCharsets.ISO_8859_1));
        }
        assertEquals(0, b.remaining(), "nothing after the last chunk");
        return types;
    }

    /**
     * A PNG keeps its critical chunks and the ones about showing it; private chunks (an application's {@code prVt}, a
     * C2PA manifest's {@code caBX}) go, and its ICC profile's name becomes "ICC profile" (PictureMetadata's, before).
     */
    @Test
    void aPngLosesItsPrivateChunksAndItsProfilesName() throws Exception {
        byte[] plain = encoded("png");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(plain, 0, 33); // signature and IHDR
        b.write(chunk("gAMA", "\0\0\u00B1\u008F"));
        b.write(chunk("iCCP", "Ada's " + SECRET + "\0\0xyz"));
        b.write(chunk("prVt", SECRET));
        b.write(chunk("caBX", "c2pa " + SECRET));
        b.write(plain, 33, plain.length - 33);
        byte[] out = ImageMetadata.strip(b.toByteArray());
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains(SECRET), "a private chunk or the name is left");
        java.util.List<String> expected = new java.util.ArrayList<>(chunkTypes(plain));
        expected.addAll(1, java.util.List.of("gAMA", "iCCP"));
        assertEquals(expected, chunkTypes(out));
        assertTrue(new String(out, StandardCharsets.ISO_8859_1).contains("iCCPICC profile\0\0xyz"), "the profile, renamed");
        assertSame(out, ImageMetadata.strip(out), "nothing more to remove");
        assertSame(plain, ImageMetadata.strip(plain), "nothing to remove");
    }

    private static byte[] riffChunk(String id, String data) {
        byte[] d = data.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(8 + d.length + (d.length & 1)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        return b.put(id.getBytes(StandardCharsets.ISO_8859_1)).putInt(d.length).put(d).array();
    }

    private static byte[] riff(byte[]... chunks) {
        byte[] body = concat(chunks);
        ByteBuffer riff = ByteBuffer.allocate(12 + body.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        return riff.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.ISO_8859_1)).put(body).array();
    }

    /** @return a WebP's chunk ids in order, read with their sizes */
    private static java.util.List<String> riffIds(byte[] webp) {
        ByteBuffer b = ByteBuffer.wrap(webp).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertEquals(webp.length - 8, b.getInt(4), "the RIFF's size adds up");
        java.util.List<String> ids = new java.util.ArrayList<>();
        b.position(12);
        while (b.remaining() >= 8) {
            byte[] id = new byte[4];
            b.get(id);
            int size = b.getInt();
            b.position(b.position() + size + (size & 1));
            ids.add(new String(id, StandardCharsets.ISO_8859_1));
        }
        assertEquals(0, b.remaining(), "nothing after the last chunk");
        return ids;
    }

    /**
     * A WebP loses its {@code EXIF} and {@code XMP } chunks, their flags in {@code VP8X}, any chunk a decoder does not
     * read and what follows the RIFF; its colour profile, its flag and its pixels stay (PictureMetadata's, before).
     */
    @Test
    void aWebpLosesItsExifXmpAndChunksNoDecoderReads() {
        byte[] vp8l = riffChunk("VP8L", "\u002F\0\0\0\u0010\u0007\u0010\u0011\u0011\u0088\u0088\u00FE\u0007");
        byte[] icc = riffChunk("ICCP", "profile");
        byte[] in = concat(riff(riffChunk("VP8X", "\u002C\0\0\0\0\0\0\0\0\0"), icc, vp8l,
                riffChunk("EXIF", "II*\0 " + SECRET), riffChunk("XMP ", "<x>" + SECRET + "</x>"), riffChunk("prVt", SECRET)),
                ("PK\3\4" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        byte[] out = ImageMetadata.strip(in);
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains(SECRET), "a metadata value is left");
        assertEquals(java.util.List.of("VP8X", "ICCP", "VP8L"), riffIds(out));
        assertEquals(0x20, out[20], "the ICC profile's flag alone");
        assertArrayEquals(riff(riffChunk("VP8X", "\u0020\0\0\0\0\0\0\0\0\0"), icc, vp8l), out);
        assertSame(out, ImageMetadata.strip(out), "nothing more to remove");
    }

    /** An animation's frame keeps its alpha and picture; a chunk inside it that no decoder reads goes. */
    @Test
    void aWebpFrameLosesTheChunksNoDecoderReads() {
        byte[] vp8l = riffChunk("VP8L", "\u002F\0\0\0\u0010\u0007\u0010\u0011\u0011\u0088\u0088\u00FE\u0007");
        byte[] alph = riffChunk("ALPH", "\0abc");
        String place = "\0\0\0\0\0\0\0\0\0\0\u0064\0\0\0"; // position, size, duration 100 ms, flags
        byte[] vp8x = riffChunk("VP8X", "\u0012\0\0\0\0\0\0\0\0\0");
        byte[] anim = riffChunk("ANIM", "\0\0\0\0\0\0");
        String frame = place + "\0\0" + new String(concat(alph, vp8l), StandardCharsets.ISO_8859_1);
        byte[] in = riff(vp8x, anim, riffChunk("ANMF", place + "\0\0" + new String(concat(alph, riffChunk("XYZW", SECRET), vp8l,
                riffChunk("EXIF", SECRET)), StandardCharsets.ISO_8859_1)));
        byte[] out = ImageMetadata.strip(in);
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains(SECRET), "a chunk inside a frame is left");
        assertEquals(java.util.List.of("VP8X", "ANIM", "ANMF"), riffIds(out));
        assertArrayEquals(riff(vp8x, anim, riffChunk("ANMF", frame)), out);
        assertSame(out, ImageMetadata.strip(out), "nothing more to remove");
    }

    /**
     * Every image cut short at every length, and with bytes changed at random, comes back without an exception; a
     * JPEG of stray bytes, of one long scan or of many small segments, and a WebP of many flagged {@code VP8X} chunks
     * (each of which made PictureMetadata copy all it had written) take linear time.
     */
    @Test
    void brokenImagesThrowNothingAndTheWorkIsBounded() throws Exception {
        byte[] png = concat(Arrays.copyOf(encoded("png"), 33), chunk("iCCP", "name\0\0xyz"), chunk("prVt", SECRET),
                Arrays.copyOfRange(encoded("png"), 33, encoded("png").length));
        byte[] webp = riff(riffChunk("VP8X", "\u000C\0\0\0\0\0\0\0\0\0"), riffChunk("EXIF", SECRET), riffChunk("VP8L", "x"));
        byte[] animated = riff(riffChunk("VP8X", "\u0012\0\0\0\0\0\0\0\0\0"), riffChunk("ANMF", "\0".repeat(16)
                + new String(concat(riffChunk("ALPH", "a"), riffChunk("XYZW", SECRET), riffChunk("VP8L", "x")), StandardCharsets.ISO_8859_1)));
        java.util.Random random = new java.util.Random(42);
        for (byte[] image : java.util.List.of(jpegWithMetadata(), Jpegs.progressive(), png, webp, animated, encoded("gif"))) {
            for (int n = 0; n <= image.length; n++) {
                byte[] cut = Arrays.copyOf(image, n);
                ImageMetadata.strip(cut);
                for (int k = 0; k < 4 && n > 0; k++) {
                    cut[random.nextInt(n)] = (byte) random.nextInt(256);
                    ImageMetadata.strip(cut);
                }
            }
        }
        byte[] stray = new byte[16 << 20];
        stray[0] = (byte) 0xFF;
        stray[1] = (byte) 0xD8;
        byte[] longScan = concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, segment(0xDA, "\u0001\u0001\u0000\u0000\u003F\u0000"),
                new byte[16 << 20]);
        for (int i = longScan.length - (16 << 20); i + 1 < longScan.length; i += 2) {
            longScan[i] = (byte) 0xFF; // stuffed zeros, all the way
        }
        ByteArrayOutputStream segments = new ByteArrayOutputStream();
        segments.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        ByteArrayOutputStream flagged = new ByteArrayOutputStream();
        byte[] vp8x = riffChunk("VP8X", "\u000C\0\0\0\0\0\0\0\0\0");
        for (int k = 0; k < 1 << 20; k++) {
            segments.writeBytes(segment(0xFE, "c"));
            flagged.writeBytes(vp8x);
        }
        byte[] manySegments = segments.toByteArray();
        byte[] manyVp8x = riff(flagged.toByteArray());
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            assertSame(stray, ImageMetadata.strip(stray));
            assertSame(longScan, ImageMetadata.strip(longScan));
            assertEquals(2, ImageMetadata.strip(manySegments).length, "every comment went");
            assertEquals(12 + (vp8x.length << 20), ImageMetadata.strip(manyVp8x).length);
        });
    }
}
