package io.blackbar.engine.api;

import org.osgi.annotation.versioning.ProviderType;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A document to process: a file, the name the user gave it and, when known, its media type.
 *
 * @param file the bytes; the engine only reads it
 * @param name the user's file name (used for the type when {@code mediaType} is null and for
 *     output names); never logged
 * @param mediaType the media type, or null to decide from the name and content
 */
@ProviderType
public record Document(Path file, String name, String mediaType) {

    /** Checks the file is given. */
    public Document {
        Objects.requireNonNull(file, "file");
        if (name == null || name.isBlank()) {
            Path fileName = file.getFileName();
            name = fileName == null ? "document" : fileName.toString();
        }
    }

    /**
     * A document whose type is decided from its name and content.
     *
     * @param file the file
     * @return the document
     */
    public static Document of(Path file) {
        return new Document(file, null, null);
    }
}
