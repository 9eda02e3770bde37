package io.blackbar.format.image.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;

/**
 * Decodes the first frame of an image within the limits: the pixel count is read from the header
 * and checked before any pixel is decoded (image bombs), decoding stops at the deadline, and a
 * truncated or corrupt file is refused rather than half read.
 */
final class ImageDecoder {

    /** The message of the security cases for an image over the pixel limit. */
    static final String TOO_MANY_PIXELS = "Image dimensions exceed limits.";

    private ImageDecoder() {
    }

    /**
     * @param file the image
     * @param maxPixels largest width times height
     * @param limits size and time limits
     * @return the format (from the first bytes) and the pixels
     * @throws EngineException {@code TOO_LARGE} over the size limit, {@code UNPROCESSABLE} when not
     *     an image of these formats, over the pixel limit, corrupt, truncated or out of time
     */
    static Decoded decode(Path file, long maxPixels, DocumentLimits limits) throws EngineException {
        ImageFormat format = format(file, limits);
        if (format == ImageFormat.TIFF) {
            try {
                // the reader allocates what a strip's byte count says: checked against the file first (at most maxBytes)
                if (!TiffLayout.fits(Files.readAllBytes(file), maxPixels)) {
                    throw corrupt(null);
                }
            } catch (IOException e) {
                throw corrupt(e);
            }
        }
        ImageReader reader = null;
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader = format.newReader();
            // metadata is never parsed: it is dropped anyway, and its parsers are attack surface
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw corrupt(null);
            }
            if (width * height > maxPixels) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE, TOO_MANY_PIXELS + " The image has "
                        + width + " x " + height + " pixels; at most " + maxPixels / 1_000_000 + " megapixels are read.");
            }
            AtomicBoolean damaged = new AtomicBoolean();
            reader.addIIOReadWarningListener((source, warning) -> damaged.set(true));
            reader.addIIOReadProgressListener(new DeadlineListener(limits));
            BufferedImage image = reader.read(0);
            limits.checkDeadline();
            if (damaged.get() || image == null) {
                throw corrupt(null);
            }
            return new Decoded(format, image);
        } catch (IOException | RuntimeException e) {
            throw corrupt(e);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    private static ImageFormat format(Path file, DocumentLimits limits) throws EngineException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > limits.maxBytes()) {
                throw new EngineException(EngineException.Reason.TOO_LARGE, "The image is too large.");
            }
            head = in.readNBytes(32);
        } catch (IOException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The image could not be read.", e);
        }
        ImageFormat format = ImageFormat.detect(head);
        if (format == null) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The file is not a JPEG, PNG or WebP image.");
        }
        return format;
    }

    private static EngineException corrupt(Exception cause) {
        return new EngineException(EngineException.Reason.UNPROCESSABLE,
                "The image could not be decoded: it is truncated or corrupt.", cause);
    }

    /**
     * A decoded image.
     *
     * @param format its format, from its first bytes
     * @param image its first frame
     */
    record Decoded(ImageFormat format, BufferedImage image) {
    }

    /** Aborts the read once the deadline has passed; the caller then throws. */
    private static final class DeadlineListener implements IIOReadProgressListener {
        private final DocumentLimits limits;

        DeadlineListener(DocumentLimits limits) {
            this.limits = limits;
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            if (limits.expired()) {
                source.abort();
            }
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
            // only progress matters
        }

        @Override
        public void sequenceComplete(ImageReader source) {
            // only progress matters
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
            // only progress matters
        }

        @Override
        public void imageComplete(ImageReader source) {
            // only progress matters
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
            // only progress matters
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
            // only progress matters
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
            // only progress matters
        }

        @Override
        public void readAborted(ImageReader source) {
            // the caller checks the deadline
        }
    }
}
