package io.blackbar.format.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.ParsedDocument;

/**
 * Issue 7 acceptance: a JPEG with EXIF GPS comes back without it, judged on the raw output bytes.
 * Sanitize needs no OCR (the handler here has no OCR service at all).
 */
class MetadataStripTest {

    @TempDir
    Path dir;

    private final ImageFormatHandler noOcr = new ImageFormatHandler(null, ImageSettings.defaults());
    private final BufferedImage image = TestImages.page(new Font(Font.SANS_SERIF, Font.PLAIN, 20), false, 0);

    @Test
    void jpegExifGpsGoneOnSanitize() throws Exception {
        Path in = dir.resolve("gps.jpg");
        Files.write(in, MetadataFiles.jpegWithExifGps(image));
        assertTrue(MetadataFiles.contains(Files.readAllBytes(in), ascii("Exif")), "the input has EXIF");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Integer> report;
        try (ParsedDocument doc = noOcr.open(in, "image/jpeg", RedactionCheck.limits())) {
            report = doc.sanitize(out);
            assertEquals("image/jpeg", doc.outputMediaType(Method.SANITIZE));
            assertEquals("", doc.text(), "sanitize runs no OCR, so the text is empty afterwards");
        }
        assertClean(out.toByteArray());
        assertEquals(Map.of("exif", 1, "xmp", 1, "comments", 1), report);
        assertEquals(ImageFormat.JPEG, ImageFormat.detect(out.toByteArray()));
    }

    @Test
    void jpegExifGpsGoneOnRedact() throws Exception {
        TesseractCli.assumeInstalled("MetadataStripTest");
        Path in = dir.resolve("gps.jpg");
        Files.write(in, MetadataFiles.jpegWithExifGps(image));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ParsedDocument doc = RedactionCheck.HANDLER.open(in, "image/jpeg", RedactionCheck.limits())) {
            Map<String, Integer> report = doc.write(RedactionCheck.plan(doc.text(), List.of("123-45-6789")), Method.REDACT, out);
            assertEquals(1, report.get("exif"));
        }
        assertClean(out.toByteArray());
    }

    @Test
    void pngTextChunksGone() throws Exception {
        Path in = dir.resolve("text.png");
        Files.write(in, MetadataFiles.pngWithText(image));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ParsedDocument doc = noOcr.open(in, "image/png", RedactionCheck.limits())) {
            assertEquals(Map.of("textChunks", 1, "xmp", 1), doc.sanitize(out));
        }
        byte[] bytes = out.toByteArray();
        for (String chunk : List.of("tEXt", "iTXt", "zTXt", "eXIf")) {
            assertFalse(MetadataFiles.contains(bytes, ascii(chunk)), chunk);
        }
        assertFalse(MetadataFiles.contains(bytes, ascii(MetadataFiles.SECRET)));
        assertEquals(image.getWidth(), ImageIO.read(new java.io.ByteArrayInputStream(bytes)).getWidth());
    }

    /** A TIFF's Artist tag is counted and gone: the picture is written anew from its pixels, as LZW. */
    @Test
    void tiffArtistGone() throws Exception {
        Path in = dir.resolve("artist.tiff");
        Files.write(in, MetadataFiles.tiff(40, 30));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ParsedDocument doc = noOcr.open(in, "image/tiff", RedactionCheck.limits())) {
            assertEquals(Map.of("comments", 1), doc.sanitize(out));
            assertEquals("image/tiff", doc.outputMediaType(Method.SANITIZE));
        }
        byte[] bytes = out.toByteArray();
        assertTrue(MetadataFiles.contains(Files.readAllBytes(in), ascii(MetadataFiles.SECRET)));
        assertFalse(MetadataFiles.contains(bytes, ascii(MetadataFiles.SECRET)));
        assertEquals(40, ImageIO.read(new java.io.ByteArrayInputStream(bytes)).getWidth());
    }

    /** A GIF's comment and XMP extensions are counted and gone; its animation block is none of them. */
    @Test
    void gifCommentsAndXmpGone() throws Exception {
        byte[] gif = MetadataFiles.encode(image, "gif");
        int at = 13 + ((gif[10] & 0x80) != 0 ? 3 << ((gif[10] & 0x07) + 1) : 0); // after the global colour table
        java.io.ByteArrayOutputStream with = new java.io.ByteArrayOutputStream();
        with.write(gif, 0, at);
        byte[] secret = ascii(MetadataFiles.SECRET);
        with.write(new byte[] {0x21, (byte) 0xFE, (byte) secret.length});
        with.writeBytes(secret);
        with.write(0);
        with.write(new byte[] {0x21, (byte) 0xFF, 11});
        with.writeBytes(ascii("XMP DataXMP"));
        with.write(secret.length);
        with.writeBytes(secret);
        with.write(0);
        with.write(new byte[] {0x21, (byte) 0xFF, 11});
        with.writeBytes(ascii("NETSCAPE2.0"));
        with.write(new byte[] {3, 1, 0, 0, 0});
        with.write(gif, at, gif.length - at);
        Path in = dir.resolve("comment.gif");
        Files.write(in, with.toByteArray());
        assertTrue(MetadataFiles.contains(Files.readAllBytes(in), secret), "the input has the comment");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ParsedDocument doc = noOcr.open(in, "image/gif", RedactionCheck.limits())) {
            assertEquals(Map.of("comments", 1, "xmp", 1), doc.sanitize(out));
            assertEquals("image/gif", doc.outputMediaType(Method.SANITIZE));
        }
        assertFalse(MetadataFiles.contains(out.toByteArray(), secret), "no comment or XMP left");
        assertEquals(ImageFormat.GIF, ImageFormat.detect(out.toByteArray()));
        assertEquals(image.getWidth(), ImageIO.read(new java.io.ByteArrayInputStream(out.toByteArray())).getWidth());
    }

    /** @return a PNG's chunk types in order, read with their lengths from after the signature */
    private static List<String> chunkTypes(byte[] png) {
        List<String> types = new java.util.ArrayList<>();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png);
        b.position(8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            b.position(b.position() + length + 4);
            types.add(new String(type, StandardCharsets.ISO_8859_1));
        }
        return types;
    }

    /** The chunks a sanitized PNG may hold: the critical ones and those about showing it (as ImageMetadata keeps). */
    private static void assertOnlyDisplayChunks(byte[] png) {
        for (String type : chunkTypes(png)) {
            assertTrue(Character.isUpperCase(type.charAt(0)) || List.of("tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP",
                    "mDCv", "cLLi", "bKGD", "hIST", "pHYs", "sPLT").contains(type), "a chunk " + type + " is left: " + chunkTypes(png));
        }
    }

    /**
     * A standalone PNG's private chunks (an application's {@code prVt}, a C2PA manifest's {@code caBX}) go on sanitize,
     * as a picture's in an Office package: the output's chunk list holds only critical and display chunks.
     */
    @Test
    void pngPrivateChunksGoneOnSanitize() throws Exception {
        byte[] plain = MetadataFiles.encode(image, "png");
        int afterIhdr = 8 + 12 + 13;
        ByteArrayOutputStream with = new ByteArrayOutputStream();
        with.write(plain, 0, afterIhdr);
        MetadataFiles.chunk(with, "prVt", ascii(MetadataFiles.SECRET));
        MetadataFiles.chunk(with, "caBX", ascii("c2pa " + MetadataFiles.SECRET));
        with.write(plain, afterIhdr, plain.length - afterIhdr);
        Path in = dir.resolve("private.png");
        Files.write(in, with.toByteArray());
        assertTrue(chunkTypes(Files.readAllBytes(in)).containsAll(List.of("prVt", "caBX")), "the input has them");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ParsedDocument doc = noOcr.open(in, "image/png", RedactionCheck.limits())) {
            doc.sanitize(out);
        }
        byte[] bytes = out.toByteArray();
        assertOnlyDisplayChunks(bytes);
        assertFalse(MetadataFiles.contains(bytes, ascii(MetadataFiles.SECRET)));
        assertEquals(image.getWidth(), ImageIO.read(new java.io.ByteArrayInputStream(bytes)).getWidth());
    }

    private static byte[] riffChunk(String id, byte[] data) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        return b.put(ascii(id)).putInt(data.length).put(data).array();
    }

    /** A WebP's EXIF and XMP chunks go on sanitize: it is written as a PNG of critical and display chunks alone. */
    @Test
    void webpExifAndXmpGoneOnSanitize() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(riffChunk("VP8X", new byte[] {0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        body.writeBytes(riffChunk("VP8L", new byte[] {0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xFE,
            0x07})); // 1 x 1
        body.writeBytes(riffChunk("EXIF", ascii("II*\0 " + MetadataFiles.SECRET)));
        body.writeBytes(riffChunk("XMP ", ascii("<x>" + MetadataFiles.SECRET + "</x>")));
        java.nio.ByteBuffer riff = java.nio.ByteBuffer.allocate(12 + body.size()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        riff.put(ascii("RIFF")).putInt(4 + body.size()).put(ascii("WEBP")).put(body.toByteArray());
        Path in = dir.resolve("exif.webp");
        Files.write(in, riff.array());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ParsedDocument doc = noOcr.open(in, "image/webp", RedactionCheck.limits())) {
            assertEquals(Map.of("exif", 1, "xmp", 1), doc.sanitize(out));
            assertEquals("image/png", doc.outputMediaType(Method.SANITIZE));
        }
        byte[] bytes = out.toByteArray();
        assertEquals(ImageFormat.PNG, ImageFormat.detect(bytes));
        assertOnlyDisplayChunks(bytes);
        assertFalse(MetadataFiles.contains(bytes, ascii(MetadataFiles.SECRET)));
        assertEquals(1, ImageIO.read(new java.io.ByteArrayInputStream(bytes)).getWidth());
    }

    private static void assertClean(byte[] bytes) {
        assertFalse(MetadataFiles.contains(bytes, ascii("Exif")), "no EXIF segment");
        assertFalse(MetadataFiles.contains(bytes, new byte[] {(byte) 0x88, 0x25}), "no GPS IFD pointer tag");
        assertFalse(MetadataFiles.contains(bytes, ascii("http://ns.adobe.com/")), "no XMP");
        assertFalse(MetadataFiles.contains(bytes, ascii(MetadataFiles.SECRET)), "no metadata value");
        assertFalse(MetadataFiles.contains(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE}), "no comment segment");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
