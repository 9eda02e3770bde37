package io.blackbar.engine.api.spi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A candidate span proposed by a {@link Recognizer}.
 *
 * @param entityType one of the recognizer's entity types
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param score base confidence in (0, 1], before context scoring
 * @param explanation which pattern and validator made it; never the value itself
 */
@ProviderType
public record RecognizerResult(String entityType, int start, int end, double score, String explanation) {

    /** Checks the span and score. */
    public RecognizerResult {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span");
        }
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("score outside (0, 1]");
        }
    }
}
