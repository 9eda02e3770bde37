package io.blackbar.engine.api.spi;

import org.osgi.annotation.versioning.ProviderType;

import java.util.Map;

/**
 * State shared by the replacements of one document, or one job.
 *
 * @param key secret bytes (as hex) that seed deterministic surrogates; the same key and value give
 *     the same surrogate
 * @param assigned value-to-surrogate memory for this document; operators add to it
 */
@ProviderType
public record OperatorContext(String key, Map<String, String> assigned) {
}
