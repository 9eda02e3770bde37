package io.blackbar.rest.internal;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of jobs in each design's shape: Cloakrr's job, result and webhook events, cleanthis's poll answer,
 * report and webhook payload. Names and counts only: never a document's text or a detected value.
 */
final class JobJson {

    private JobJson() {
    }

    static String time(OffsetDateTime t) {
        return t == null ? null : t.toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** cleanthis says {@code queued} where Cloakrr says {@code pending}. */
    static String status(Jobs.Job job) {
        return job.design().equals("cleanthis") && job.status().equals("pending") ? "queued" : job.status();
    }

    // ---- Cloakrr ----

    static Map<String, Object> cloakrrCreated(Jobs.Job job, int estimatedCredits) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("success", true);
        b.put("jobId", job.id());
        b.put("status", job.status());
        b.put("estimatedCredits", estimatedCredits);
        b.put("documentCount", job.documents().size());
        b.put("statusUrl", "/api/v1/jobs/" + job.id());
        return b;
    }

    static Map<String, Object> cloakrr(Jobs.Job job) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("success", true);
        b.put("id", job.id());
        b.put("status", job.status());
        b.put("progress", job.progress());
        b.put("framework", job.framework());
        b.put("method", job.method().wireName());
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Jobs.Doc d : job.documents()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("originalName", d.originalName());
            m.put("status", d.status());
            m.put("size", d.size());
            if (d.error() != null) {
                m.put("error", d.error());
            }
            docs.add(m);
        }
        b.put("documents", docs);
        if (job.status().equals("completed")) {
            b.put("result", result(job));
        }
        if (job.webhookUrl() != null) {
            b.put("webhook", Map.of("url", job.webhookUrl(), "status", job.webhookStatus()));
        }
        if (job.error() != null) {
            b.put("error", job.error());
        }
        b.put("createdAt", time(job.createdAt()));
        b.put("completedAt", time(job.completedAt()));
        b.put("expiresAt", time(job.expiresAt()));
        return b;
    }

    static Map<String, Object> result(Jobs.Job job) {
        Map<String, Object> r = new LinkedHashMap<>();
        int items = 0;
        int credits = 0;
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Jobs.Doc d : job.documents()) {
            if (!d.status().equals("completed")) {
                continue;
            }
            items += d.items();
            credits += d.credits();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("documentId", d.id());
            m.put("originalName", d.originalName());
            m.put("processedName", d.processedName());
            m.put("downloadUrl", "/api/v1/jobs/" + job.id() + "/download?documentId=" + d.id());
            m.put("itemsProcessed", d.items());
            m.put("pageCount", d.pages());
            m.put("creditsUsed", d.credits());
            Integer notRead = d.report().get(IMAGES_NOT_READ);
            if (notRead != null) {
                m.put(IMAGES_NOT_READ, notRead);
            }
            docs.add(m);
        }
        r.put("totalItemsDetected", items);
        r.put("totalItemsProcessed", items);
        r.put("totalCreditsUsed", credits);
        r.put("documents", docs);
        return r;
    }

    // ---- cleanthis ----

    static Map<String, Object> cleanthisCreated(Jobs.Job job) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("jobId", job.id());
        b.put("status", status(job));
        b.put("statusUrl", job.baseUrl() + "/api/v1/job/" + job.id());
        if (job.webhookUrl() != null) {
            b.put("webhook", Map.of("url", job.webhookUrl(), "status", "registered"));
        }
        return b;
    }

    static Map<String, Object> cleanthis(Jobs.Job job, Jobs jobs) {
        Map<String, Object> b = new LinkedHashMap<>();
        Jobs.Doc d = job.documents().get(0);
        b.put("jobId", job.id());
        b.put("status", status(job));
        b.put("originalName", d.originalName());
        if (job.status().equals("completed")) {
            b.put("downloadName", d.processedName());
            b.put("downloadUrl", jobs.downloadUrl(job));
            b.put("report", report(d));
            b.put("expiresAt", time(job.expiresAt()));
        } else if (job.status().equals("failed")) {
            b.put("error", d.error() != null ? d.error() : job.error());
        }
        if (job.webhookUrl() != null) {
            b.put("webhook", Map.of("url", job.webhookUrl(), "status", job.webhookStatus()));
        }
        return b;
    }

    /**
     * The key of a document's stored counts that holds how many pictures no OCR read (EMF, GIF, an XLS file's, or all
     * when an operator turned reading off): not something removed, so given apart, and only when there are any, as the
     * synchronous answer's {@code X-Blackbar-Images-Not-Read}.
     */
    static final String IMAGES_NOT_READ = "imagesNotRead";

    /** What sanitizing removed, by kind and count (CONTRACT.md: never the content). */
    static Map<String, Object> report(Jobs.Doc d) {
        Map<String, Integer> removed = new LinkedHashMap<>(d.report());
        Integer notRead = removed.remove(IMAGES_NOT_READ);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("removed", removed);
        r.put("totalRemoved", removed.values().stream().mapToInt(Integer::intValue).sum());
        r.put("pageCount", d.pages());
        r.put("creditsUsed", d.credits());
        if (notRead != null) {
            r.put(IMAGES_NOT_READ, notRead);
        }
        return r;
    }

    // ---- webhooks ----

    static Map<String, Object> webhook(Jobs.Job job, Jobs jobs) {
        boolean ok = job.status().equals("completed");
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("event", ok ? "job.completed" : "job.failed");
        b.put("jobId", job.id());
        if (job.design().equals("cleanthis")) {
            Jobs.Doc d = job.documents().get(0);
            b.put("status", job.status());
            if (ok) {
                b.put("downloadUrl", jobs.downloadUrl(job));
                b.put("downloadName", d.processedName());
                b.put("report", report(d));
            } else {
                b.put("error", d.error() != null ? d.error() : job.error());
            }
        } else if (ok) {
            b.put("result", result(job));
        } else {
            b.put("error", job.error());
        }
        b.put("timestamp", time(OffsetDateTime.now()));
        return b;
    }
}
