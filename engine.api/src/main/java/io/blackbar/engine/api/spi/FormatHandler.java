package io.blackbar.engine.api.spi;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

import io.blackbar.engine.api.EngineException;

/**
 * Reads and writes one family of formats. Registered with the properties of
 * {@link FormatProperties}: {@value #PROP_MEDIA_TYPES} and {@value #PROP_EXTENSIONS}.
 */
@ConsumerType
public interface FormatHandler {

    /** Service property: the media types handled (String[]). */
    String PROP_MEDIA_TYPES = "blackbar.media.types";
    /** Service property: file name extensions handled, lower case without the dot (String[]). */
    String PROP_EXTENSIONS = "blackbar.extensions";

    /**
     * Checks the first bytes of a file look like this format, so a renamed file is refused.
     *
     * @param mediaType the media type chosen from the name
     * @param head up to the first 8 KiB of the file
     * @return false when the content is plainly something else
     */
    default boolean accepts(String mediaType, byte[] head) {
        return true;
    }

    /**
     * Parses a document within the given limits. The caller closes the result.
     *
     * @param file the input; read only, never written
     * @param mediaType its media type, one of this handler's
     * @param limits memory, size, page and time limits
     * @return the parsed document
     * @throws EngineException {@code UNPROCESSABLE} for corrupt, encrypted or over-limit input
     */
    ParsedDocument open(Path file, String mediaType, DocumentLimits limits) throws EngineException;
}
