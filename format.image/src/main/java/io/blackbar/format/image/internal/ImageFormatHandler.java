package io.blackbar.format.image.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.FormatProperties;
import io.blackbar.engine.api.spi.OcrService;
import io.blackbar.engine.api.spi.ParsedDocument;

/**
 * JPEG, PNG and WebP: OCR gives the text, findings become opaque boxes burned into the pixels, and
 * the image is re-encoded without EXIF, GPS, XMP, comments or text chunks. The format comes from the
 * first bytes, not the name; WebP is written back as PNG (the JDK has no WebP writer). A document's
 * pictures may also be GIF or BMP ({@link #open} reads them; an upload of one is not taken).
 */
@Component(service = FormatHandler.class)
@FormatProperties(media_types = {"image/jpeg", "image/png", "image/webp"}, extensions = {"jpg", "jpeg", "png", "webp"})
public class ImageFormatHandler implements FormatHandler {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile OcrService ocr;

    private volatile ImageSettings settings = ImageSettings.defaults();

    /** For DS. */
    public ImageFormatHandler() {
    }

    /** For tests: a handler with the given OCR service (or none) and settings. */
    ImageFormatHandler(OcrService ocr, ImageSettings settings) {
        this.ocr = ocr;
        this.settings = settings;
    }

    @Activate
    void activate(BundleContext ctx) {
        settings = ImageSettings.from(ctx::getProperty);
    }

    @Override
    public boolean accepts(String mediaType, byte[] head) {
        ImageFormat format = ImageFormat.detect(head);
        return format != null && format.uploadable();
    }

    @Override
    public ParsedDocument open(Path file, String mediaType, DocumentLimits limits) throws EngineException {
        ImageDecoder.Decoded decoded = ImageDecoder.decode(file, settings.maxPixels(), limits);
        Map<String, Integer> metadata;
        try {
            metadata = MetadataCensus.count(Files.readAllBytes(file), decoded.format());
        } catch (IOException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The image could not be read.", e);
        }
        return new ImageDocument(decoded, metadata, () -> ocr, limits);
    }
}
