package io.blackbar.engine.api;

import org.osgi.annotation.versioning.ProviderType;

import java.util.Locale;

/** What the engine does with a document. */
@ProviderType
public enum Method {
    /** Find only; the document is not changed. */
    SCAN,
    /** Remove the sensitive values from the bytes of the file (and all metadata). */
    REDACT,
    /** Replace each value with a consistent surrogate of the same type and shape. */
    ANONYMIZE,
    /** Remove hidden data and active content (metadata, comments, macros, scripts, embedded files). */
    SANITIZE;

    /** @return the lower-case name used on the wire ({@code redact}, {@code anonymize}, ...) */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a wire name.
     *
     * @param value {@code scan}, {@code redact}, {@code anonymize} or {@code sanitize}, any case
     * @return the method
     * @throws IllegalArgumentException for anything else
     */
    public static Method fromWire(String value) {
        if (value != null) {
            for (Method m : values()) {
                if (m.wireName().equalsIgnoreCase(value.trim())) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("unknown method");
    }
}
