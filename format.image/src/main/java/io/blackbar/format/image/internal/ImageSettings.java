package io.blackbar.format.image.internal;

import java.util.function.UnaryOperator;

/**
 * The settings of this bundle, read from framework properties (like the engine's), with defaults.
 *
 * @param tessdata the tessdata folder; blank: {@code TESSDATA_PREFIX}, then Debian's
 * @param language Tesseract language(s), e.g. {@code eng} or {@code eng+deu}
 * @param ocrThreads recognitions at once (each holds one Tesseract instance)
 * @param maxPixels largest image, width times height, checked from the header before decoding
 */
record ImageSettings(String tessdata, String language, int ocrThreads, long maxPixels) {

    static final String TESSDATA = "blackbar.ocr.tessdata";
    static final String LANGUAGE = "blackbar.ocr.language";
    static final String OCR_THREADS = "blackbar.ocr.threads";
    static final String MAX_PIXELS = "blackbar.image.max.pixels";

    /** 40 megapixels: an A4 page at 600 dpi is 35. */
    static final long DEFAULT_MAX_PIXELS = 40_000_000L;

    /** @return the defaults */
    static ImageSettings defaults() {
        return from(name -> null);
    }

    /**
     * @param property a framework property by name, or null
     * @return the settings
     */
    static ImageSettings from(UnaryOperator<String> property) {
        String tessdata = property.apply(TESSDATA);
        String language = property.apply(LANGUAGE);
        return new ImageSettings(tessdata == null ? "" : tessdata.trim(),
                language == null || language.isBlank() ? "eng" : language.trim(),
                (int) number(property.apply(OCR_THREADS), Runtime.getRuntime().availableProcessors()),
                number(property.apply(MAX_PIXELS), DEFAULT_MAX_PIXELS));
    }

    private static long number(String v, long fallback) {
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.trim());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
