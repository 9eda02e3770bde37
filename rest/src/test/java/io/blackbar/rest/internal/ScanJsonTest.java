package io.blackbar.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.Finding;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.Report;

/** The Cloakrr /scan shape: field names and order, masking, summary counts. */
class ScanJsonTest {

    @Test
    @SuppressWarnings("unchecked")
    void shapeAndMasking() {
        Report r = new Report("pii", Method.SCAN, "text/plain", null, 1, 40, List.of(
                new Finding("US_SSN", Category.IDENTIFIER, 0.95, 4, 15, 1, "078-05-1120", "x"),
                new Finding("CARD_VERIFICATION_CODE", Category.FINANCIAL, 0.85, 20, 23, 1, "123", "y")), Map.of(), false);
        Map<String, Object> json = ScanJson.of(r, "a.txt", 40, 7, false);
        assertEquals(List.of("success", "file", "framework", "items", "summary", "processingTimeMs"), List.copyOf(json.keySet()));
        List<Map<String, Object>> items = (List<Map<String, Object>>) json.get("items");
        assertEquals(List.of("id", "type", "category", "value", "confidence", "location"), List.copyOf(items.get(0).keySet()));
        assertEquals("07*******20", items.get(0).get("value"));
        assertEquals("ssn", items.get(0).get("type"));
        assertEquals("***", items.get(1).get("value"));
        assertEquals("card_verification_code", items.get(1).get("type"));
        Map<String, Object> summary = (Map<String, Object>) json.get("summary");
        assertEquals(2, summary.get("totalItems"));
        assertEquals(Map.of("identifier", 1, "financial", 1), summary.get("byCategory"));
        assertEquals(Map.of("ssn", 1, "card_verification_code", 1), summary.get("byType"));
    }
}
