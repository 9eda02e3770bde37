package io.blackbar.engine.api.spi;

/** The outcome of checking a matched value (check digits, issuing rules, ranges). */
public enum Validation {
    /** The check passed: the match is reported with the recognizer's confirmed score. */
    CONFIRMED,
    /** The check failed: the match is not a finding. */
    REJECTED,
    /** No check applies: the pattern's score stands. */
    UNKNOWN
}
