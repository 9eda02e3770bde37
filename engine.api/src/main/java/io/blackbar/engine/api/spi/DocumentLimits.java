package io.blackbar.engine.api.spi;

import org.osgi.annotation.versioning.ProviderType;

import io.blackbar.engine.api.EngineException;

/**
 * The budget a format handler parses and writes within.
 *
 * @param maxBytes largest input and output file
 * @param maxPages most pages, sheets or slides
 * @param maxTextChars most extracted characters
 * @param maxMemoryBytes main-memory budget for the parse (beyond it, spill to the temp folder or refuse)
 * @param deadlineNanos {@link System#nanoTime()} after which work must stop
 */
@ProviderType
public record DocumentLimits(long maxBytes, int maxPages, long maxTextChars, long maxMemoryBytes,
        long deadlineNanos) {

    /** @return true once the deadline has passed */
    public boolean expired() {
        return System.nanoTime() - deadlineNanos > 0;
    }

    /**
     * Throws once the deadline has passed; call it between pages, parts or rows.
     *
     * @throws EngineException {@code UNPROCESSABLE} saying the time budget was spent
     */
    public void checkDeadline() throws EngineException {
        if (expired()) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "The document could not be processed within the time budget.");
        }
    }
}
