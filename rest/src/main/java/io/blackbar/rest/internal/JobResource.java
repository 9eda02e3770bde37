package io.blackbar.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.blackbar.engine.api.Engine;
import io.blackbar.engine.api.Method;

/**
 * The asynchronous endpoints of both designs on one job store ({@link Jobs}): Cloakrr's {@code /jobs…} (batch
 * redaction and anonymization, counted in its 60-a-minute limit per key) and cleanthis's {@code /sanitize},
 * {@code /sanitize-url}, {@code /job/{id}}, {@code /download/{id}} (a signed, expiring link, and the key) and
 * {@code /cancel/{id}}, in its groups per account. Another account's job is 404, as an unknown one is.
 * Uploads come through {@link UploadServlet}, whose container limits are {@code BLACKBAR_MAX_UPLOAD_BYTES}.
 */
@jakarta.ws.rs.Path("/v1")
public class JobResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Engine engine;
    private final Accounts accounts;
    private final Jobs jobs;
    private final Guard guard;
    private final Path uploads;

    JobResource(Engine engine, Accounts accounts, Jobs jobs, Guard guard, Path uploads) {
        this.engine = engine;
        this.accounts = accounts;
        this.jobs = jobs;
        this.guard = guard;
        this.uploads = uploads;
    }

    /** The base of absolute links (cleanthis gives absolute ones): the scheme and the Host the client used. */
    static String baseUrl(HttpServletRequest req) {
        String host = req.getHeader("Host");
        if (host == null || host.length() > 259 || !host.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?")) {
            host = req.getLocalName() + ":" + req.getLocalPort();
        }
        return req.getScheme() + "://" + host;
    }

    private String framework(String value) {
        String f = value == null || value.isBlank() ? "pii" : value.trim();
        if (!f.equals("all") && !engine.catalog().frameworks().containsKey(f)) {
            throw new ApiFailure(400, "framework must be one of " + new java.util.TreeSet<>(engine.catalog().frameworks().keySet()) + " or all.");
        }
        return f;
    }

    private String webhook(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return jobs.outbound().check(value, true).toString();
        } catch (Outbound.Refused e) {
            throw new ApiFailure(400, "webhook refused: " + e.getMessage());
        }
    }

    /** A job needs at least a credit a document up front; test keys none. */
    private void needCredits(Accounts.Principal who, int documents) throws SQLException {
        if (who.test()) {
            return;
        }
        int[] credits = jobs.creditsAndHeld(who.accountId());
        int have = credits[0];
        int held = credits[1];
        if (have - held < documents) {
            throw new ApiFailure(402, "This job needs at least " + documents + " credits; the account has " + have
                    + (held > 0 ? ", of which " + held + " are held for its unfinished jobs." : "."));
        }
    }

    /** Makes a job; the work behind {@link #admit}. */
    @FunctionalInterface
    private interface Creation {
        Jobs.Job create() throws SQLException, IOException;
    }

    /** One creation of an account at a time: what a creation finds held includes the jobs made just before it. */
    private static final Object[] ADMISSIONS = new Object[64];

    static {
        java.util.Arrays.setAll(ADMISSIONS, i -> new Object());
    }

    /**
     * Admits a job: enough credits, counting a credit as held for each document of the account's unfinished jobs
     * (the least a document costs), and room in the queue; then makes it. Admissions of one account are serialised,
     * so twenty jobs sent at once on one credit make one job and nineteen 402s (CONC-03), not twenty jobs of which
     * nineteen fail later.
     */
    private Jobs.Job admit(Accounts.Principal who, int documents, Creation creation) throws SQLException, IOException {
        synchronized (ADMISSIONS[Math.floorMod(who.accountId().hashCode(), ADMISSIONS.length)]) {
            needCredits(who, documents);
            roomInQueue(who);
            return creation.create();
        }
    }

    /** Text is charged per started 3,000 characters; other documents at least a credit (pages are counted later). */
    static int estimate(Jobs.Input in) {
        String n = in.name().toLowerCase(Locale.ROOT);
        boolean text = n.endsWith(".txt") || n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".json") || n.endsWith(".md")
                || n.endsWith(".log") || n.endsWith(".xml");
        return text ? (int) Math.max(1, (in.size() + 2999) / 3000) : 1;
    }

    /** The {@code Idempotency-Key} header: at most 64 of letters, digits and {@code -_.:}; else 400. */
    static String idempotencyKey(HttpServletRequest req) {
        String k = req.getHeader("Idempotency-Key");
        if (k == null) {
            return null;
        }
        if (!k.matches("[A-Za-z0-9_.:\\-]{1,64}")) {
            throw new ApiFailure(400, "Idempotency-Key must be 1 to 64 letters, digits, '-', '_', '.' or ':'.");
        }
        return k;
    }

    /**
     * A creation sent again with its key: the job it made, as its creation answered, marked as a replay; empty when
     * the key is new (or absent).
     *
     * @param hash what this request asks for ({@link #requestHash}): the key with another request is a 409 (CONC-02)
     */
    private Optional<Response> replayed(Accounts.Principal who, String key, String design, String hash) throws SQLException {
        Optional<Jobs.Keyed> made = jobs.byIdempotencyKey(who.accountId(), key);
        if (made.isEmpty()) {
            return Optional.empty();
        }
        Jobs.Job job = made.get().job();
        if (!job.design().equals(design)) {
            throw new ApiFailure(409, "This Idempotency-Key was used for a job of the other design.");
        }
        made.get().sameRequest(hash);
        Object body = design.equals("cloakrr")
                ? JobJson.cloakrrCreated(job, job.documents().stream().mapToInt(d -> estimate(new Jobs.Input(null, d.originalName(), d.size()))).sum())
                : JobJson.cleanthisCreated(job);
        return Optional.of(Response.ok(body).header("Idempotent-Replayed", "true").build());
    }

    /**
     * A SHA-256 of what a creation asks for: its fields, and each file's name, size and content (each length-prefixed,
     * so no two requests share one); null without an Idempotency-Key, the only use of it.
     */
    static String requestHash(String key, List<Jobs.Input> files, String... fields) throws IOException {
        if (key == null) {
            return null;
        }
        java.security.MessageDigest all = sha256();
        for (String f : fields) {
            field(all, f == null ? "\u0000" : f);
        }
        byte[] buf = new byte[65536];
        for (Jobs.Input in : files) {
            field(all, in.name());
            field(all, Long.toString(in.size()));
            java.security.MessageDigest content = sha256();
            try (InputStream s = Files.newInputStream(in.file())) {
                for (int n = s.read(buf); n >= 0; n = s.read(buf)) {
                    content.update(buf, 0, n);
                }
            }
            all.update(content.digest());
        }
        return java.util.HexFormat.of().formatHex(all.digest());
    }

    /** The key's mode, part of a request's hash: a test key's request never replays a live key's job (KEY-04). */
    private static String mode(Accounts.Principal who) {
        return who.test() ? "test" : "live";
    }

    private static void field(java.security.MessageDigest md, String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        md.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
        md.update(b);
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /**
     * The job, when it is the account's, of the key's mode (a test key does not see live jobs: KEY-04) and of the
     * design whose endpoint asks (a sanitize job's file is served only through its signed link); else 404.
     */
    private Jobs.Job owned(Accounts.Principal who, String id, String design) throws SQLException {
        return jobs.get(who.accountId(), id).filter(j -> j.testKey() == who.test() && j.design().equals(design))
                .orElseThrow(() -> new ApiFailure(404, "No such job."));
    }

    /** At most this many jobs of an account wait or run at once (429 beyond), and of all accounts (503 beyond). */
    static final int QUEUED_PER_ACCOUNT = 50;
    static final int QUEUED_IN_ALL = 1000;

    private void roomInQueue(Accounts.Principal who) throws SQLException {
        int[] n = jobs.unfinished(who.accountId());
        if (n[0] >= QUEUED_PER_ACCOUNT) {
            throw new ApiFailure(429, "This account has " + n[0] + " jobs waiting or running; retry when some have ended.",
                    Map.of("Retry-After", "30"));
        }
        if (n[1] >= QUEUED_IN_ALL) {
            throw new ApiFailure(503, "The server has too many jobs waiting; retry later.", Map.of("Retry-After", "60"));
        }
    }

    // ---- Cloakrr ----

    @POST
    @jakarta.ws.rs.Path("jobs")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createJob(@Context HttpServletRequest req) throws SQLException, IOException {
        Accounts.Principal who = guard.key(req);
        String idem = idempotencyKey(req);
        try (Upload up = Upload.read(req, uploads, jobs.maxUpload(), Jobs.MAX_DOCUMENTS, 4 * jobs.maxUpload())) {
            String hash = requestHash(idem, up.files, "cloakrr", mode(who), up.field("method"), up.field("framework"), up.field("webhookUrl"));
            Optional<Response> again = replayed(who, idem, "cloakrr", hash);
            if (again.isPresent()) {
                return again.get();
            }
            String m = up.field("method");
            Method method = m == null || m.isBlank() || m.equalsIgnoreCase("redact") ? Method.REDACT
                    : m.equalsIgnoreCase("anonymize") ? Method.ANONYMIZE : null;
            if (method == null) {
                throw new ApiFailure(400, "method must be redact or anonymize.");
            }
            String framework = framework(up.field("framework"));
            String hook = webhook(up.field("webhookUrl"));
            int estimated = up.files.stream().mapToInt(JobResource::estimate).sum();
            Jobs.Job job = admit(who, up.files.size(),
                    () -> jobs.create(who, "cloakrr", method, framework, baseUrl(req), hook, null, up.files, idem, hash));
            return Response.ok(JobJson.cloakrrCreated(job, estimated)).build();
        }
    }

    @GET
    @jakarta.ws.rs.Path("jobs")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> listJobs(@Context HttpServletRequest req, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) throws SQLException {
        Accounts.Principal who = guard.key(req);
        int l = number(limit, 20, "limit");
        int o = number(offset, 0, "offset");
        if (l < 1 || l > 100) {
            throw new ApiFailure(400, "limit must be between 1 and 100.");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Jobs.Job j : jobs.list(who.accountId(), who.test(), "cloakrr", l, o)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", j.id());
            m.put("status", JobJson.status(j));
            m.put("progress", j.progress());
            m.put("documentCount", j.documents().size());
            m.put("createdAt", JobJson.time(j.createdAt()));
            m.put("completedAt", JobJson.time(j.completedAt()));
            m.put("expiresAt", JobJson.time(j.expiresAt()));
            out.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("jobs", out);
        body.put("total", jobs.count(who.accountId(), who.test(), "cloakrr"));
        body.put("limit", l);
        body.put("offset", o);
        return body;
    }

    private static int number(String value, int fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ApiFailure(400, name + " must be a whole number.");
        }
    }

    @GET
    @jakarta.ws.rs.Path("jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> getJob(@Context HttpServletRequest req, @PathParam("id") String id) throws SQLException {
        Accounts.Principal who = guard.key(req);
        return JobJson.cloakrr(owned(who, id, "cloakrr"));
    }

    @GET
    @jakarta.ws.rs.Path("jobs/{id}/download")
    public Response downloadJob(@Context HttpServletRequest req, @PathParam("id") String id,
            @QueryParam("documentId") String documentId) throws SQLException {
        Accounts.Principal who = guard.key(req);
        Jobs.Job job = ready(owned(who, id, "cloakrr"));
        List<Jobs.Doc> docs = new ArrayList<>();
        for (Jobs.Doc d : job.documents()) {
            if (documentId == null ? d.status().equals("completed") : d.id().equals(documentId)) {
                docs.add(d);
            }
        }
        if (docs.isEmpty()) {
            throw new ApiFailure(404, documentId == null ? "No document of this job completed." : "No such document in this job.");
        }
        if (docs.size() == 1) {
            return file(job, docs.get(0));
        }
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Jobs.Doc d : docs) {
            files.add(jobs.output(job, d).orElseThrow(() -> new ApiFailure(410, "The job's results were deleted.")));
            String n = d.processedName();
            for (int k = 2; !used.add(n); k++) {
                n = d.id() + "-" + k + "_" + d.processedName();
            }
            names.add(n);
        }
        StreamingOutput zip = os -> {
            try (ZipOutputStream z = new ZipOutputStream(os)) {
                for (int i = 0; i < files.size(); i++) {
                    z.putNextEntry(new ZipEntry(names.get(i)));
                    Files.copy(files.get(i), z);
                    z.closeEntry();
                }
            }
        };
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", ProcessResource.disposition(job.id() + ".zip")).build();
    }

    /** A finished job's results: 409 while it runs (or when it was cancelled), 410 once expired. */
    private static Jobs.Job ready(Jobs.Job job) {
        if (job.expiresAt() != null && job.expiresAt().isBefore(OffsetDateTime.now())) {
            throw new ApiFailure(410, "The job's results have expired and were deleted.");
        }
        if (!job.status().equals("completed")) {
            throw new ApiFailure(409, "The job is " + JobJson.status(job) + "; results are there once it has completed.");
        }
        return job;
    }

    private Response file(Jobs.Job job, Jobs.Doc d) {
        if (!d.status().equals("completed")) {
            throw new ApiFailure(409, "This document " + (d.status().equals("failed") ? "failed: " + d.error() : "is not processed yet."));
        }
        Path f = jobs.output(job, d).orElseThrow(() -> new ApiFailure(410, "The job's results were deleted."));
        StreamingOutput body = os -> {
            try (InputStream in = Files.newInputStream(f)) {
                in.transferTo(os);
            }
        };
        return Response.ok(body, d.mediaType()).header("Content-Disposition", ProcessResource.disposition(d.processedName())).build();
    }

    @DELETE
    @jakarta.ws.rs.Path("jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> cancelJob(@Context HttpServletRequest req, @PathParam("id") String id) throws SQLException {
        Accounts.Principal who = guard.key(req);
        Jobs.Job job = owned(who, id, "cloakrr");
        if (!jobs.cancel(job)) {
            throw new ApiFailure(409, "The job has already " + (job.status().equals("cancelled") ? "been cancelled." : "ended: " + job.status() + "."));
        }
        return Map.of("success", true, "id", job.id(), "status", "cancelled");
    }

    // ---- cleanthis ----

    @POST
    @jakarta.ws.rs.Path("sanitize")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response sanitize(@Context HttpServletRequest req) throws SQLException, IOException {
        Accounts.Principal who = guard.key(req, Guard.Group.SANITIZE);
        String idem = idempotencyKey(req);
        try (Upload up = Upload.read(req, uploads, jobs.maxUpload())) {
            String hash = requestHash(idem, up.files, "sanitize", mode(who), up.field("webhook"));
            Optional<Response> again = replayed(who, idem, "cleanthis", hash);
            if (again.isPresent()) {
                return again.get();
            }
            String hook = webhook(up.field("webhook"));
            Jobs.Job job = admit(who, 1,
                    () -> jobs.create(who, "cleanthis", Method.SANITIZE, "pii", baseUrl(req), hook, null, up.files, idem, hash));
            return Response.ok(JobJson.cleanthisCreated(job)).build();
        }
    }

    @POST
    @jakarta.ws.rs.Path("sanitize-url")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response sanitizeUrl(@Context HttpServletRequest req, InputStream in) throws SQLException, IOException {
        Accounts.Principal who = guard.key(req, Guard.Group.SANITIZE); // before the body is read
        String idem = idempotencyKey(req);
        byte[] raw = in.readNBytes(8193);
        if (raw.length > 8192) {
            throw new ApiFailure(413, "The request body is larger than 8,192 bytes.");
        }
        JsonNode j;
        try {
            j = raw.length == 0 ? null : JSON.readTree(raw);
        } catch (IOException e) {
            j = null;
        }
        if (j == null || !j.isObject() || !j.path("url").isTextual()) {
            throw new ApiFailure(400, "Send a JSON body {\"url\": \"https://...\"}, with an optional \"webhook\".");
        }
        String hash = requestHash(idem, List.of(), "sanitize-url", mode(who), j.get("url").asText(),
                j.path("webhook").isTextual() ? j.get("webhook").asText() : null);
        Optional<Response> again = replayed(who, idem, "cleanthis", hash);
        if (again.isPresent()) {
            return again.get();
        }
        String url;
        try {
            url = jobs.outbound().check(j.get("url").asText()).toString();
        } catch (Outbound.Refused e) {
            throw new ApiFailure(400, "url refused: " + e.getMessage());
        }
        String hook = webhook(j.path("webhook").isTextual() ? j.get("webhook").asText() : null);
        Jobs.Job job = admit(who, 1,
                () -> jobs.create(who, "cleanthis", Method.SANITIZE, "pii", baseUrl(req), hook, url, List.of(), idem, hash));
        return Response.ok(JobJson.cleanthisCreated(job)).build();
    }

    @GET
    @jakarta.ws.rs.Path("job/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> poll(@Context HttpServletRequest req, @PathParam("id") String id) throws SQLException {
        Accounts.Principal who = guard.key(req, Guard.Group.JOB_POLL);
        return JobJson.cleanthis(owned(who, id, "cleanthis"), jobs);
    }

    @GET
    @jakarta.ws.rs.Path("download/{id}")
    public Response download(@Context HttpServletRequest req, @PathParam("id") String id, @QueryParam("expires") String expires,
            @QueryParam("sig") String sig) throws SQLException {
        Accounts.Principal who = guard.key(req, Guard.Group.DOWNLOAD);
        long until;
        try {
            until = Long.parseLong(expires == null ? "" : expires.trim());
        } catch (NumberFormatException e) {
            throw new ApiFailure(403, "The download link is not signed: use the downloadUrl of the job.");
        }
        // the link as it was made: its two parameters once each, the signature in lower-case hex (SIG-04, SIG-05)
        Map<String, String[]> params = req.getParameterMap();
        boolean exact = params.size() == 2 && params.get("expires") != null && params.get("expires").length == 1
                && params.get("sig") != null && params.get("sig").length == 1;
        boolean signed = exact && sig != null && id != null && id.length() <= 48
                && Secrets.same(jobs.downloadSignature(id, until), sig);
        if (!signed) {
            throw new ApiFailure(403, "The download link's signature does not match.");
        }
        // SIG-07: an expired link and one whose job is gone (deleted, or past its retention) answer alike
        if (until < System.currentTimeMillis() / 1000 || !jobs.exists(id)) {
            throw new ApiFailure(410, GONE);
        }
        Jobs.Job job = owned(who, id, "cleanthis");
        return file(ready(job), job.documents().get(0));
    }

    static final String GONE = "The download link has expired or its results were deleted: poll the job for a fresh one.";

    /** SIG-10: a signed link is for GET only (a HEAD would otherwise be answered as one, without the body). */
    @jakarta.ws.rs.HEAD
    @jakarta.ws.rs.Path("download/{id}")
    public Response downloadHead() {
        throw new ApiFailure(405, "A download link is for GET only.", Map.of("Allow", "GET"));
    }

    @POST
    @jakarta.ws.rs.Path("cancel/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> cancel(@Context HttpServletRequest req, @PathParam("id") String id) throws SQLException {
        Accounts.Principal who = guard.key(req, Guard.Group.SANITIZE);
        Jobs.Job job = owned(who, id, "cleanthis");
        if (!jobs.cancel(job)) {
            throw new ApiFailure(409, "The job has already ended: " + JobJson.status(job) + ".");
        }
        return Map.of("status", "cancelled");
    }
}
