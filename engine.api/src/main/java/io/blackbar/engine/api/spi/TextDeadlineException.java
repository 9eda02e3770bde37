package io.blackbar.engine.api.spi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Thrown from the text the engine hands to recognizers once the request's time budget is spent, so
 * that no regular expression can hang a request. Recognizers must let it propagate.
 */
@ProviderType
public class TextDeadlineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; it carries no stack trace, as it is thrown from a hot path. */
    public TextDeadlineException() {
        super("time budget exceeded", null, false, false);
    }
}
