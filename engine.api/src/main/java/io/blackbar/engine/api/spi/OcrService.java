package io.blackbar.engine.api.spi;

import java.awt.image.BufferedImage;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import io.blackbar.engine.api.EngineException;

/**
 * Optical character recognition, offered by the image bundle to format handlers that meet pages
 * without usable text. Absent when no OCR engine is installed.
 */
@ConsumerType
public interface OcrService {

    /**
     * Recognises the words of an image.
     *
     * @param image the image
     * @param limits time budget (the pixel limit is checked before decoding, by the caller)
     * @return words with their boxes in image pixels, in reading order
     * @throws EngineException {@code UNAVAILABLE} when the OCR engine is missing,
     *     {@code UNPROCESSABLE} when the budget is spent
     */
    List<OcrWord> recognize(BufferedImage image, DocumentLimits limits) throws EngineException;

    /**
     * A recognised word.
     *
     * @param text the word
     * @param x left, pixels
     * @param y top, pixels
     * @param width width, pixels
     * @param height height, pixels
     * @param confidence 0..100 as the OCR engine reports it
     */
    record OcrWord(String text, int x, int y, int width, int height, float confidence) {
    }
}
