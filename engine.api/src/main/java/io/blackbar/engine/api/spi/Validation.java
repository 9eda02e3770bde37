package io.blackbar.engine.api.spi;

import org.osgi.annotation.versioning.ProviderType;

/** The outcome of checking a matched value (check digits, issuing rules, ranges). */
@ProviderType
public enum Validation {
    /** The check passed: the match is reported with the recognizer's confirmed score. */
    CONFIRMED,
    /** The check failed: the match is not a finding. */
    REJECTED,
    /** No check applies: the pattern's score stands. */
    UNKNOWN
}
