package io.blackbar.engine.api;

import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The engine facade: the one entry point for REST, the command line and embedders. Registered as an
 * OSGi service by the engine bundle. Recognizers, format handlers and operators that come or go
 * change the next call, never one that is running.
 */
@ProviderType
public interface Engine {

    /**
     * Finds the sensitive data in a document without changing it.
     *
     * @param document the document to read
     * @param request framework and options; the method is ignored
     * @return the findings, with page count and text length; {@link Report#verified()} is false
     * @throws EngineException when the request is invalid or the document cannot be processed
     */
    Report scan(Document document, Request request) throws EngineException;

    /**
     * Redacts, anonymizes or sanitizes a document, as the request's method says. Nothing is written
     * to {@code out} unless the output passed verification (for redact and anonymize: read back by
     * the format handler, none of the removed values remains).
     *
     * @param document the document to read
     * @param request framework, method and options
     * @param out receives the processed document; the caller closes it
     * @return what was found and removed
     * @throws EngineException when the request is invalid, the document cannot be processed or the
     *     output failed verification
     */
    Report process(Document document, Request request, OutputStream out) throws EngineException;

    /**
     * The document's extracted text: the text that findings' offsets point into.
     *
     * @param document the document to read
     * @return the text
     * @throws EngineException when the document cannot be read
     */
    String text(Document document) throws EngineException;

    /**
     * What is deployed now: frameworks with their entity types, and formats.
     *
     * @return a snapshot; it changes as rule and format bundles come and go
     */
    Catalog catalog();
}
