package io.blackbar.engine.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A request the engine refuses or a document it cannot process. The message is for a person and
 * never holds document content or detected values.
 */
@ProviderType
public class EngineException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why; each maps to one error of the external contract. */
    public enum Reason {
        /** The request is invalid (unknown framework or method, bad option): 400. */
        BAD_REQUEST,
        /** No handler reads this type: 415. */
        UNSUPPORTED_MEDIA_TYPE,
        /** Corrupt, encrypted, over a processing limit, or failed verification: 422. */
        UNPROCESSABLE,
        /** Larger than allowed: 413. */
        TOO_LARGE,
        /** A needed service (e.g. OCR) is missing: 503. */
        UNAVAILABLE
    }

    private final Reason reason;

    /**
     * @param reason the reason
     * @param message a message for a person, free of document content
     */
    public EngineException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * @param reason the reason
     * @param message a message for a person, free of document content
     * @param cause the cause; its message may hold content, so it is never shown to clients
     */
    public EngineException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** @return the reason */
    public Reason reason() {
        return reason;
    }
}
