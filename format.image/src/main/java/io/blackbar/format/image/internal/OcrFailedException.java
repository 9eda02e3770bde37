package io.blackbar.format.image.internal;

import io.blackbar.engine.api.EngineException;

/**
 * Carries an OCR failure out of {@code ParsedDocument.text()}, which cannot throw a checked
 * exception. The {@link EngineException} (503 when Tesseract is missing, 422 when out of time) is
 * its cause, so a caller can unwrap it; the message is the same and free of document content.
 */
final class OcrFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OcrFailedException(EngineException cause) {
        super(cause.getMessage(), cause);
    }

    /** @return the engine exception to report */
    EngineException engineException() {
        return (EngineException) getCause();
    }
}
