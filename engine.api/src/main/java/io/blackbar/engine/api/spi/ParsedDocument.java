package io.blackbar.engine.api.spi;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;

/**
 * A document parsed by its {@link FormatHandler}: its text, and the means to write it back with
 * spans replaced. How a text offset maps to the file (glyphs on a page, a run in a paragraph, a
 * cell, a box in an image) is this object's own business: the anchors are opaque to the engine, so
 * adding a format never changes this API. Parsed once per request and closed by the engine.
 */
@ConsumerType
public interface ParsedDocument extends AutoCloseable {

    /** @return the extracted text that findings' offsets point into */
    String text();

    /** @return pages, sheets or slides; 1 for flat text */
    int pageCount();

    /**
     * @param offset a UTF-16 offset into {@link #text()}
     * @return the 1-based page that holds it
     */
    int pageOf(int offset);

    /**
     * Spans the document's structure marks as an entity type, such as the cells of a CSV column headed
     * {@code SSN}. The engine uses a hint only when its entity type belongs to a recognizer of the
     * request's framework, and treats it as a candidate with the hint's score.
     *
     * @return hints; none by default
     */
    default List<RecognizerResult> hints() {
        return List.of();
    }

    /**
     * Writes the document with every planned span removed (redact) or replaced (anonymize), and all
     * metadata that could hold a value removed. Page formats cover the place with an opaque box
     * (holding the replacement text for anonymize); text formats write the replacement text.
     *
     * @param plan the spans, ordered by start, not overlapping
     * @param method {@link Method#REDACT} or {@link Method#ANONYMIZE}
     * @param out the output
     * @return what else was removed, by kind and count (e.g. {@code metadata})
     * @throws EngineException when the document cannot be written
     */
    Map<String, Integer> write(List<Replacement> plan, Method method, OutputStream out) throws EngineException;

    /**
     * Writes the document without hidden data and active content.
     *
     * @param out the output
     * @return what was removed, by kind and count
     * @throws EngineException when the document cannot be written
     */
    Map<String, Integer> sanitize(OutputStream out) throws EngineException;

    /**
     * @param method the method
     * @return the media type of what {@link #write} or {@link #sanitize} produce
     */
    String outputMediaType(Method method);

    /** Releases what the parse holds. */
    @Override
    void close();
}
