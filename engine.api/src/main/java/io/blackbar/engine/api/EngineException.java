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

    /**
     * Whether a failure is the disk being full (the system's ENOSPC, or a quota) anywhere in its causes: the server's
     * fault, not the document's, and worth a retry; engines and callers answer it as {@link Reason#UNAVAILABLE}.
     *
     * @param failure any failure
     * @return true when an {@link java.io.IOException} among its causes says the disk is full
     * @since 1.1
     */
    public static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (t instanceof java.io.IOException && m != null
                    && (m.contains("No space left on device") || m.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }
}
