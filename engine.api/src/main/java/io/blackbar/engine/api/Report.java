package io.blackbar.engine.api;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a scan or a processing run. Holds no document content apart from the findings'
 * values, which stay in memory.
 *
 * @param framework the framework applied
 * @param method the method applied
 * @param mediaType the input's media type
 * @param outputMediaType the output's media type (null for a scan)
 * @param pageCount pages (or sheets, slides; 1 for plain text)
 * @param textLength UTF-16 length of the extracted text
 * @param findings what was found, ordered by position
 * @param removed what was removed, by kind (e.g. {@code redacted}, {@code metadata}, {@code comments})
 *     and count
 * @param verified true when the output was read back and none of the removed values remained
 */
@ProviderType
public record Report(String framework, Method method, String mediaType, String outputMediaType,
        int pageCount, int textLength, List<Finding> findings, Map<String, Integer> removed,
        boolean verified) {

    /** Copies the collections. */
    public Report {
        findings = List.copyOf(findings);
        removed = Map.copyOf(removed);
    }

    /** @return number of findings by entity type, sorted by type */
    public Map<String, Integer> countsByType() {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.entityType(), 1, Integer::sum));
        return counts;
    }

    /** @return number of findings by category wire name, sorted */
    public Map<String, Integer> countsByCategory() {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.category().wireName(), 1, Integer::sum));
        return counts;
    }
}
