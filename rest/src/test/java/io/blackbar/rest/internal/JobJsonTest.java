package io.blackbar.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.Method;

/**
 * A job's document whose pictures no OCR read (a GIF in a workbook) says so in the job's JSON, apart from what was
 * removed, in both designs; a document whose pictures were all read says nothing of it. The synchronous answer said it
 * in a header; a job said nothing.
 */
class JobJsonTest {

    private static Jobs.Doc doc(String id, Map<String, Integer> report) {
        return new Jobs.Doc(id, 0, "book.xlsx", "book_redacted.xlsx", "application/zip", 10, "completed", 3, 1, 1, report,
                null);
    }

    private static Jobs.Job job(String design, Jobs.Doc... docs) {
        OffsetDateTime now = OffsetDateTime.now();
        return new Jobs.Job("job_1", "acct", "key", false, design, Method.REDACT, "pii", "completed", "http://localhost",
                null, null, null, null, now, now, now, now, List.of(docs));
    }

    @Test
    void picturesNotReadAreGivenApartFromWhatWasRemoved() {
        Jobs.Doc unread = doc("d1", Map.of("EMAIL_ADDRESS", 2, "US_SSN", 1, JobJson.IMAGES_NOT_READ, 1));
        Map<String, Object> report = JobJson.report(unread);
        assertEquals(Map.of("EMAIL_ADDRESS", 2, "US_SSN", 1), report.get("removed"));
        assertEquals(3, report.get("totalRemoved"));
        assertEquals(1, report.get(JobJson.IMAGES_NOT_READ));

        Map<String, Object> result = JobJson.result(job("cloakrr", unread, doc("d2", Map.of("US_SSN", 1))));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> docs = (List<Map<String, Object>>) result.get("documents");
        assertEquals(1, docs.get(0).get(JobJson.IMAGES_NOT_READ));
        assertFalse(docs.get(1).containsKey(JobJson.IMAGES_NOT_READ), "said only when there are any");
        assertFalse(JobJson.report(doc("d2", Map.of("US_SSN", 1))).containsKey(JobJson.IMAGES_NOT_READ));
    }
}
