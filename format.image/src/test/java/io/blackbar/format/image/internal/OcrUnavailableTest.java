package io.blackbar.format.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.OcrService;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.Replacement;

/**
 * Issue 7: without Tesseract, what needs OCR fails with 503 naming the Debian packages; sanitize
 * still works.
 */
class OcrUnavailableTest {

    @TempDir
    Path dir;

    private final BufferedImage image = TestImages.page(new Font(Font.SANS_SERIF, Font.PLAIN, 20), false, 0);

    @Test
    void missingLanguageDataIs503NamingThePackages() {
        TesseractOcr ocr = new TesseractOcr(new ImageSettings(dir.toString(), "zzz", 1, 1000));
        EngineException e = assertThrows(EngineException.class, () -> ocr.recognize(image, RedactionCheck.limits()));
        assertEquals(EngineException.Reason.UNAVAILABLE, e.reason());
        assertTrue(e.getMessage().contains("tesseract-ocr tesseract-ocr-eng"), e.getMessage());
    }

    @Test
    void serviceThatIsMissingOrUnavailableFailsOcrNeedsWith503() throws Exception {
        OcrService unavailable = (img, limits) -> {
            throw TesseractOcr.unavailable("the Tesseract library could not be loaded (UnsatisfiedLinkError)");
        };
        for (OcrService service : new OcrService[] {null, unavailable}) {
            ImageFormatHandler handler = new ImageFormatHandler(service, ImageSettings.defaults());
            Path file = dir.resolve("a.png");
            Files.write(file, MetadataFiles.encode(image, "png"));
            try (ParsedDocument doc = handler.open(file, "image/png", RedactionCheck.limits())) {
                OcrFailedException text = assertThrows(OcrFailedException.class, doc::text);
                assertEquals(EngineException.Reason.UNAVAILABLE, text.engineException().reason());
                assertTrue(text.getMessage().contains("tesseract-ocr tesseract-ocr-eng"), text.getMessage());
                EngineException write = assertThrows(EngineException.class, () -> doc.write(
                        List.of(new Replacement(0, 3, "TEST", "[REDACTED]")), Method.REDACT, new ByteArrayOutputStream()));
                assertEquals(EngineException.Reason.UNAVAILABLE, write.reason());
            }
            try (ParsedDocument doc = handler.open(file, "image/png", RedactionCheck.limits())) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.sanitize(out);
                assertEquals(ImageFormat.PNG, ImageFormat.detect(out.toByteArray()));
                assertEquals("", doc.text());
            }
        }
    }
}
