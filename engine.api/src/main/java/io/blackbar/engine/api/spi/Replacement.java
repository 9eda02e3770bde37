package io.blackbar.engine.api.spi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One span of a redaction or anonymization plan.
 *
 * @param start UTF-16 offset into the extracted text, inclusive
 * @param end exclusive
 * @param entityType the entity type found there
 * @param text what to write in its place ({@code [REDACTED]} or a surrogate)
 */
@ProviderType
public record Replacement(int start, int end, String entityType, String text) {
}
