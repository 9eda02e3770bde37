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
 * @param tempDir the engine's private temporary folder (owner-only; what a process killed mid-request leaves in it
 *     is deleted when an engine starts again), where a handler writes a scratch file it cannot avoid, owner-only and
 *     deleted before the request ends; null when there is none (the system's then)
 * @since 1.7.0 ({@code tempDir})
 */
@ProviderType
public record DocumentLimits(long maxBytes, int maxPages, long maxTextChars, long maxMemoryBytes,
        long deadlineNanos, java.nio.file.Path tempDir) {

    /** Limits without a temporary folder of the engine's. */
    public DocumentLimits(long maxBytes, int maxPages, long maxTextChars, long maxMemoryBytes, long deadlineNanos) {
        this(maxBytes, maxPages, maxTextChars, maxMemoryBytes, deadlineNanos, null);
    }

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
