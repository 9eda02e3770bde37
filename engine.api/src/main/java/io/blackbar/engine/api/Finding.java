package io.blackbar.engine.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One piece of sensitive data found in a document.
 *
 * @param entityType the entity type, e.g. {@code EMAIL_ADDRESS}, {@code US_SSN}
 * @param category its category
 * @param confidence in (0, 1]; context words raise it, failed validation removes the finding
 * @param start UTF-16 offset into the extracted text, inclusive
 * @param end UTF-16 offset into the extracted text, exclusive
 * @param page 1-based page (sheet or slide for those formats; 1 for plain text)
 * @param value the raw value; kept in memory only, never logged (clients show {@link #masked()})
 * @param explanation which recognizer, pattern, validator and context word made it
 */
@ProviderType
public record Finding(String entityType, Category category, double confidence, int start, int end,
        int page, String value, String explanation) {

    /**
     * The value as clients show it: values of 8 or more characters keep their first two and last
     * two characters ({@code 12****89}), shorter ones are fully masked.
     *
     * @return the masked value
     */
    public String masked() {
        int n = value.length();
        if (n >= 8) {
            return value.substring(0, 2) + "*".repeat(n - 4) + value.substring(n - 2);
        }
        return "*".repeat(n);
    }

    /** @return a description without the value, safe for logs */
    @Override
    public String toString() {
        return "Finding[" + entityType + " " + start + ".." + end + " p" + page + " c=" + confidence + "]";
    }
}
