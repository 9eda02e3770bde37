package io.blackbar.engine.api;

import org.osgi.annotation.versioning.ProviderType;

import java.util.Locale;

/** The category of a finding, as reported in {@code summary.byCategory}. */
@ProviderType
public enum Category {
    /** Government and institutional identifiers (SSN, passport, MRN, national ids). */
    IDENTIFIER,
    /** Names, dates of birth, ages. */
    PERSONAL,
    /** E-mail addresses, phone and fax numbers. */
    CONTACT,
    /** Card numbers, bank accounts, IBAN, BIC. */
    FINANCIAL,
    /** Health information. */
    HEALTH,
    /** Addresses, cities, ZIP codes, coordinates. */
    LOCATION,
    /** IP and MAC addresses, URLs, device identifiers. */
    ONLINE,
    /** Special categories of personal data (GDPR Art. 9). */
    SPECIAL;

    /** @return the lower-case name used on the wire */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a wire name.
     *
     * @param value a category name, any case
     * @return the category
     * @throws IllegalArgumentException for an unknown name
     */
    public static Category fromWire(String value) {
        if (value != null) {
            for (Category c : values()) {
                if (c.wireName().equalsIgnoreCase(value.trim())) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("unknown category");
    }
}
