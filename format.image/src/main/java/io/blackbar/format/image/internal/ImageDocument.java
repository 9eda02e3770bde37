package io.blackbar.format.image.internal;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.OcrService;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.Replacement;

/**
 * A decoded image. Its text is its OCR, run on first need: sanitize never runs OCR (it only
 * re-encodes), so it works without Tesseract. Writing paints the planned spans' boxes and re-encodes
 * without metadata.
 */
final class ImageDocument implements ParsedDocument {

    /** Padding around a word box, as a fraction of the word height: covers ascenders and anti-aliasing. */
    private static final double PADDING = 0.15;

    private final ImageDecoder.Decoded decoded;
    private final Map<String, Integer> metadata;
    private final Supplier<OcrService> ocr;
    private final DocumentLimits limits;
    private OcrLayout layout;
    private boolean sanitized;

    ImageDocument(ImageDecoder.Decoded decoded, Map<String, Integer> metadata, Supplier<OcrService> ocr,
            DocumentLimits limits) {
        this.decoded = decoded;
        this.metadata = metadata;
        this.ocr = ocr;
        this.limits = limits;
    }

    /**
     * The OCR text. After {@link #sanitize} without an earlier OCR it is empty: nothing needs it.
     *
     * @throws OcrFailedException (unchecked) carrying the {@link EngineException} when OCR is
     *     unavailable or out of time: this method cannot throw a checked exception
     */
    @Override
    public String text() {
        if (layout == null && sanitized) {
            return "";
        }
        try {
            return layout().text();
        } catch (EngineException e) {
            throw new OcrFailedException(e);
        }
    }

    private OcrLayout layout() throws EngineException {
        if (layout == null) {
            OcrService service = ocr.get();
            if (service == null) {
                throw TesseractOcr.unavailable("no OCR service is running");
            }
            layout = new OcrLayout(service.recognize(decoded.image(), limits));
        }
        return layout;
    }

    @Override
    public int pageCount() {
        return 1;
    }

    @Override
    public int pageOf(int offset) {
        return 1;
    }

    @Override
    public Map<String, Integer> write(List<Replacement> plan, Method method, OutputStream out) throws EngineException {
        // no plan, no boxes: OCR is not needed to write the pixels back
        OcrLayout.Cover cover = plan.isEmpty() ? new OcrLayout.Cover(List.of(), 0) : layout().cover(plan, PADDING);
        BufferedImage image = ImageEncoder.paintable(decoded.image(), decoded.format());
        for (int i = 0; i < plan.size(); i++) {
            String label = method == Method.ANONYMIZE ? plan.get(i).text() : null;
            List<Rectangle> boxes = cover.boxes().get(i);
            BoxPainter.paint(image, boxes, label);
        }
        limits.checkDeadline();
        ImageEncoder.write(image, decoded.format(), out);
        Map<String, Integer> report = new TreeMap<>(metadata);
        if (cover.lowConfidenceWords() > 0) {
            report.put("lowConfidenceWords", cover.lowConfidenceWords());
        }
        return report;
    }

    @Override
    public Map<String, Integer> sanitize(OutputStream out) throws EngineException {
        sanitized = true;
        ImageEncoder.write(ImageEncoder.paintable(decoded.image(), decoded.format()), decoded.format(), out);
        return metadata;
    }

    @Override
    public String outputMediaType(Method method) {
        return decoded.format().outputMediaType();
    }

    @Override
    public void close() {
        layout = null;
    }
}
