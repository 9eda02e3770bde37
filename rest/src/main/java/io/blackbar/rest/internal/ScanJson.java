package io.blackbar.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.blackbar.engine.api.Finding;
import io.blackbar.engine.api.Report;

/**
 * The {@code /scan} response of the Cloakrr design, shared by the REST endpoint and the command line.
 * Values are masked; item types use the design's short names where it has one ({@code ssn},
 * {@code email}, {@code name}), else the entity type in lower case.
 */
public final class ScanJson {

    private static final Map<String, String> WIRE_TYPES = Map.of(
            "US_SSN", "ssn",
            "EMAIL_ADDRESS", "email",
            "PERSON", "name",
            "PHONE_NUMBER", "phone",
            "CREDIT_CARD", "credit_card",
            "IP_ADDRESS", "ip_address",
            "IBAN_CODE", "iban");

    private ScanJson() {
    }

    /** @return the wire name of an entity type */
    public static String wireType(String entityType) {
        return WIRE_TYPES.getOrDefault(entityType, entityType.toLowerCase(Locale.ROOT));
    }

    /**
     * @param report the scan report
     * @param name the file name the client gave
     * @param size its size in bytes
     * @param elapsedMs processing time
     * @param explain whether to add each finding's explanation
     * @return the response body, fields in the design's order
     */
    public static Map<String, Object> of(Report report, String name, long size, long elapsedMs, boolean explain) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("name", name);
        file.put("type", report.mediaType());
        file.put("size", size);
        file.put("pageCount", report.pageCount());
        body.put("file", file);
        body.put("framework", report.framework());
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, Integer> byType = new TreeMap<>();
        int n = 0;
        for (Finding f : report.findings()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", "item_" + (++n));
            item.put("type", wireType(f.entityType()));
            item.put("category", f.category().wireName());
            item.put("value", f.masked());
            item.put("confidence", f.confidence());
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("startIndex", f.start());
            location.put("endIndex", f.end());
            location.put("pageNumber", f.page());
            item.put("location", location);
            if (explain) {
                item.put("entityType", f.entityType());
                item.put("explanation", f.explanation());
            }
            items.add(item);
            byType.merge(wireType(f.entityType()), 1, Integer::sum);
        }
        body.put("items", items);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("totalItems", items.size());
        summary.put("byCategory", report.countsByCategory());
        summary.put("byType", byType);
        body.put("summary", summary);
        body.put("processingTimeMs", elapsedMs);
        return body;
    }
}
