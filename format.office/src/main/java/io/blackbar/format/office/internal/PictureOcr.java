package io.blackbar.format.office.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.Replacement;

/**
 * A document's pictures read by OCR and painted over through the image format handler: the pictures of an Office
 * package ({@link Pictures}) and of an Excel 97-2003 workbook ({@link XlsPictures}).
 * <p>
 * A picture is decoded once to be read and once more to be painted, never held between the two: a deck of photos must
 * not hold every photo's pixels at once. OCR gives the same words for the same pixels, and a picture whose second
 * reading differs is refused rather than painted at the wrong place. A picture that cannot be read fails the request,
 * with the image handler's reason (no OCR engine: 503; damaged or over the pixel limit: 422): a value in it would
 * otherwise leave unseen.
 */
final class PictureOcr {

    private static final String OFF_HINT = "An operator may set BLACKBAR_OCR_PICTURES=false to process documents without"
            + " reading their pictures.";

    /** A picture whose words are in a document's text: the page that shows it, and where its words end. */
    interface Placed {
        /** @return the page, slide or sheet that shows it */
        int page();

        /** @return the offset after its words in the pictures' text */
        int end();
    }

    /**
     * @param pictures the pictures with words, in the order of their words
     * @param offset an offset into the pictures' text
     * @return the page that shows the picture there (the last picture's past the end, 1 when there is none)
     */
    static int pageOf(List<? extends Placed> pictures, int offset) {
        for (Placed p : pictures) {
            if (offset < p.end()) {
                return p.page();
            }
        }
        return pictures.isEmpty() ? 1 : pictures.get(pictures.size() - 1).page();
    }

    /** A painted picture and the words covered for their low confidence. */
    record Painted(byte[] bytes, int lowConfidenceWords) {
        /** Adds the words covered for their low confidence to a write's report, when there are any. */
        void countIn(Map<String, Integer> report) {
            if (lowConfidenceWords > 0) {
                report.merge("lowConfidenceWords", lowConfidenceWords, Integer::sum);
            }
        }
    }

    private final FormatHandler reader;
    private final DocumentLimits limits;

    /**
     * @param reader the image format handler, or null when none is running
     * @param limits the request's limits
     */
    PictureOcr(FormatHandler reader, DocumentLimits limits) {
        this.reader = reader;
        this.limits = limits;
    }

    /** @return the picture's words; a picture that cannot be read fails the request, saying why */
    String read(String type, byte[] bytes) throws EngineException {
        if (reader == null) {
            throw new EngineException(EngineException.Reason.UNAVAILABLE, "The document's pictures must be read by OCR,"
                    + " and no image handler is running. " + OFF_HINT);
        }
        try (ParsedDocument doc = open(type, bytes)) {
            return textOf(doc);
        } catch (EngineException e) {
            if (limits.expired()) {
                throw e;
            }
            throw new EngineException(e.reason(), "A picture of the document could not be read: " + e.getMessage()
                    + (e.reason() == EngineException.Reason.UNAVAILABLE ? " " + OFF_HINT : ""), e);
        }
    }

    /**
     * @param read what {@link #read} gave for the picture, followed by a line break
     * @param plan the spans in the picture's words
     * @return the picture painted over them
     */
    Painted paint(String type, byte[] bytes, String read, List<Replacement> plan, Method method) throws EngineException {
        try (ParsedDocument doc = open(type, bytes)) {
            String again = textOf(doc) + '\n';
            if (!again.equals(read)) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                        "A picture of the document was read differently the second time; it was not redacted.");
            }
            ByteArrayOutputStream painted = new ByteArrayOutputStream();
            Map<String, Integer> its = doc.write(plan, method, painted);
            limits.checkDeadline();
            return new Painted(painted.toByteArray(), its.getOrDefault("lowConfidenceWords", 0));
        }
    }

    /**
     * Opens a picture through the image handler. The handler reads a file: the picture is written to an owner-only
     * temporary file that is deleted as soon as it is decoded (the handler holds the pixels, not the file), in the
     * engine's temporary folder (swept when an engine starts after a process died mid-request), else the system's.
     */
    private ParsedDocument open(String type, byte[] bytes) throws EngineException {
        Path tmp = null;
        try {
            var owner = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            tmp = limits.tempDir() != null ? Files.createTempFile(limits.tempDir(), "bb-picture", ".tmp", owner)
                    : Files.createTempFile("bb-picture", ".tmp", owner);
            Files.write(tmp, bytes);
            return reader.open(tmp, type, limits);
        } catch (IOException e) {
            // a full or read-only temporary folder: the engine answers a full disk with 503
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "A picture of the document could not be read.", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    tmp.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * @return the picture's OCR text; the image handler's unchecked failure (its {@code text()} cannot throw a
     *     checked exception) is thrown as the EngineException it carries
     */
    private static String textOf(ParsedDocument doc) throws EngineException {
        try {
            return doc.text();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof EngineException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
