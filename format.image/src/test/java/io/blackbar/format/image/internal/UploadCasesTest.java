package io.blackbar.format.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.ParsedDocument;

/**
 * The image cases of SECURITY-CASES.md section 3.6: UP-18 (image bombs refused from the header,
 * before decoding), UP-14-like truncated files, UP-06/UP-07 (type from the bytes, not the name).
 * None needs OCR.
 */
class UploadCasesTest {

    @TempDir
    Path dir;

    private final ImageFormatHandler handler = new ImageFormatHandler(null, ImageSettings.defaults());

    @Test
    void up18PngHeaderClaiming100000SquaredIsRefusedBeforeDecoding() throws Exception {
        byte[] bomb = pngHeaderOnly(100_000, 100_000);
        assertTrue(bomb.length < 1024, "a 1 KB file");
        EngineException e = refuse(bomb, "bomb.png", "image/png");
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().startsWith(ImageDecoder.TOO_MANY_PIXELS), e.getMessage());
    }

    @Test
    void up18Jpeg30000SquaredIsRefusedFromItsHeader() throws Exception {
        byte[] jpeg = MetadataFiles.encode(TestImages.page(new Font(Font.SERIF, Font.PLAIN, 12), false, 0), "jpeg");
        patchJpegSize(jpeg, 30_000, 30_000);
        EngineException e = refuse(jpeg, "big.jpg", "image/jpeg");
        assertTrue(e.getMessage().startsWith(ImageDecoder.TOO_MANY_PIXELS), e.getMessage());
    }

    @Test
    void pixelLimitIsConfigurable() throws Exception {
        Path file = dir.resolve("small.png");
        Files.write(file, MetadataFiles.encode(TestImages.page(new Font(Font.SERIF, Font.PLAIN, 12), false, 0), "png"));
        ImageFormatHandler strict = new ImageFormatHandler(null, new ImageSettings("", "eng", 1, 1000));
        EngineException e = assertThrows(EngineException.class, () -> strict.open(file, "image/png", RedactionCheck.limits()));
        assertTrue(e.getMessage().startsWith(ImageDecoder.TOO_MANY_PIXELS));
    }

    @Test
    void truncatedPngAndJpegAreUnprocessable() throws Exception {
        byte[] image = MetadataFiles.encode(TestImages.page(new Font(Font.SERIF, Font.PLAIN, 20), true, 0), "png");
        assertEquals(EngineException.Reason.UNPROCESSABLE,
                refuse(Arrays.copyOf(image, image.length / 2), "cut.png", "image/png").reason());
        byte[] jpeg = MetadataFiles.encode(TestImages.page(new Font(Font.SERIF, Font.PLAIN, 20), true, 0), "jpeg");
        EngineException e = refuse(Arrays.copyOf(jpeg, jpeg.length / 2), "cut.jpg", "image/jpeg");
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().contains("truncated or corrupt"), e.getMessage());
        assertEquals(EngineException.Reason.UNPROCESSABLE, refuse(Arrays.copyOf(jpeg, 40), "head.jpg", "image/jpeg").reason());
    }

    @Test
    void up07PngNamedJpgIsProcessedAsPng() throws Exception {
        Path file = dir.resolve("photo.jpg");
        Files.write(file, MetadataFiles.encode(TestImages.page(new Font(Font.SERIF, Font.PLAIN, 12), false, 0), "png"));
        assertTrue(handler.accepts("image/jpeg", Files.readAllBytes(file)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ParsedDocument doc = handler.open(file, "image/jpeg", RedactionCheck.limits())) {
            doc.sanitize(out);
            assertEquals("image/png", doc.outputMediaType(Method.SANITIZE), "the type of the bytes, not of the name");
        }
        assertEquals(ImageFormat.PNG, ImageFormat.detect(out.toByteArray()));
    }

    @Test
    void up06OtherContentNamedPngIsNotAccepted() throws Exception {
        byte[] exe = "MZ\u0090\u0000 this program cannot be run".getBytes(StandardCharsets.ISO_8859_1);
        assertFalse(handler.accepts("image/png", exe));
        assertFalse(handler.accepts("image/jpeg", new byte[0]));
        assertFalse(handler.accepts("image/webp", "RIFF0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)), "RIFF but not WebP");
        assertEquals(EngineException.Reason.UNPROCESSABLE, refuse(exe, "evil.png", "image/png").reason());
        assertEquals(EngineException.Reason.UNPROCESSABLE, refuse(new byte[0], "empty.png", "image/png").reason());
    }

    /**
     * GIF, BMP and TIFF are read as a document's pictures, not taken as uploads (the API's image formats are JPEG, PNG
     * and WebP): content of any of them under an image's name is refused, as other content is.
     */
    @Test
    void gifBmpAndTiffAreNoUploadsButOpenAsPictures() throws Exception {
        BufferedImage page = TestImages.page(new Font(Font.SERIF, Font.PLAIN, 12), false, 0);
        for (String format : List.of("gif", "bmp", "tiff")) {
            byte[] bytes = MetadataFiles.encode(page, format);
            assertFalse(handler.accepts("image/png", bytes), format);
            assertFalse(handler.accepts("image/" + format, bytes), format);
            Path file = dir.resolve("picture." + format);
            Files.write(file, bytes);
            try (ParsedDocument doc = handler.open(file, "image/" + format, RedactionCheck.limits())) {
                assertEquals("image/" + format, doc.outputMediaType(Method.REDACT), "written back as it came");
            }
        }
        byte[] notBmp = "BM this is a text file".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(null, ImageFormat.detect(notBmp), "two letters are no BMP without a DIB header after them");
        assertEquals(EngineException.Reason.UNPROCESSABLE, refuse(notBmp, "notes.bmp", "image/bmp").reason());
    }

    /**
     * UP-18 for TIFF: the JDK's reader allocates what the directory says: 150 bytes claiming a strip of 2 GB took 2.4 GB
     * of heap and 8.5 s (Deflate, read from memory) before it was found truncated, 244 bytes of a 36-megapixel image of
     * 16 float samples ran a 6 GB heap out, and a JPEG strip's own header may claim any size. A strip or tile outside the
     * file, a tile over the pixel limit, more than four samples or more than 16 bits a sample, and JPEG strips are refused
     * from the directory, before anything is allocated.
     */
    @Test
    void aTiffWhoseStripsLieOutsideTheFileIsRefusedBeforeItsRead() throws Exception {
        int[][][] bombs = {
            {{259, 3, 1, 8}, {273, 4, 1, 8}, {279, 4, 1, 0x7FFFFFF0}}, // Deflate, a strip of 2 GB
            {{273, 4, 1, 0x7FFFFFF0}, {279, 4, 1, 100}}, // a strip far past the end
            {{273, 4, 1, 8}}, // offsets without byte counts
            {{322, 4, 1, 65536}, {323, 4, 1, 65536}, {324, 4, 1, 8}, {325, 4, 1, 100}}, // a tile of 4 gigapixels
            {{277, 3, 1, 16}}, // 16 samples a pixel: 36 megapixels of them ran a heap of 6 GB out
            {{258, 3, 1, 32}}, // 32-bit samples
            {{259, 3, 1, 7}}, // JPEG strips, whose own headers may claim any size
            {{259, 3, 1, 6}}, // old-style JPEG
        };
        for (int[][] tags : bombs) {
            byte[] bytes = MetadataFiles.tiff(10, 10, tags);
            assertFalse(TiffLayout.fits(bytes, 50_000_000L), java.util.Arrays.deepToString(tags));
            Path file = dir.resolve("bomb.tiff");
            Files.write(file, bytes);
            // refused from the directory: no time to allocate and fill 2 GB (8.5 s here without the check)
            EngineException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(3), () -> assertThrows(
                    EngineException.class, () -> handler.open(file, "image/tiff", RedactionCheck.limits())));
            assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        }
        assertTrue(TiffLayout.fits(MetadataFiles.tiff(10, 10), 50_000_000L), "a TIFF whose strip is in the file");
    }

    /**
     * A picture with an alpha channel written back in a format without one (BMP as the JDK writes it): its clear ground is
     * paper, as OCR read it, not black under black text.
     */
    @Test
    void aClearGroundIsWhiteInAFormatWithoutAlpha() {
        BufferedImage clear = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        clear.setRGB(5, 5, 0xff000000);
        BufferedImage bmp = ImageEncoder.paintable(clear, ImageFormat.BMP);
        assertFalse(bmp.getColorModel().hasAlpha());
        assertEquals(0xffffff, bmp.getRGB(0, 0) & 0xffffff, "the clear ground");
        assertEquals(0, bmp.getRGB(5, 5) & 0xffffff, "the ink");
        assertEquals(0, ImageEncoder.paintable(clear, ImageFormat.PNG).getRGB(0, 0) >>> 24, "PNG keeps it clear");
    }

    @Test
    void overTheByteLimitIsTooLarge() throws Exception {
        Path file = dir.resolve("a.png");
        Files.write(file, MetadataFiles.encode(TestImages.page(new Font(Font.SERIF, Font.PLAIN, 12), false, 0), "png"));
        DocumentLimits tiny = new DocumentLimits(100, 1, 1000, 1 << 20, System.nanoTime() + 1_000_000_000L);
        assertEquals(EngineException.Reason.TOO_LARGE,
                assertThrows(EngineException.class, () -> handler.open(file, "image/png", tiny)).reason());
    }

    @Test
    void spentBudgetStopsDecoding() throws Exception {
        Path file = dir.resolve("a.png");
        Files.write(file, MetadataFiles.encode(TestImages.page(new Font(Font.SERIF, Font.PLAIN, 12), false, 0), "png"));
        DocumentLimits spent = new DocumentLimits(1 << 30, 1, 1000, 1 << 20, System.nanoTime() - 1);
        EngineException e = assertThrows(EngineException.class, () -> handler.open(file, "image/png", spent));
        assertTrue(e.getMessage().contains("time budget"), e.getMessage());
    }

    private EngineException refuse(byte[] data, String name, String mediaType) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, data);
        return assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(EngineException.class, () -> handler.open(file, mediaType, RedactionCheck.limits())));
    }

    /** Signature, IHDR (8-bit RGB) with the given size, an empty IDAT and IEND: about 60 bytes. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        MetadataFiles.chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        MetadataFiles.chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        MetadataFiles.chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Rewrites the height and width in the SOF0 segment. */
    private static void patchJpegSize(byte[] jpeg, int width, int height) {
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return;
            }
        }
        throw new AssertionError("no SOF0");
    }
}
