package io.blackbar.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.blackbar.engine.api.Document;
import io.blackbar.engine.api.Engine;
import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.Report;
import io.blackbar.engine.api.Request;

/**
 * Asynchronous jobs of both designs: Cloakrr's batch jobs ({@code /jobs}) and cleanthis's sanitize jobs
 * ({@code /sanitize}, {@code /sanitize-url}). A job's rows are in the database and its files in
 * {@code <data>/jobs/<id>/} (owner-only): the inputs until they are processed, the outputs until the job
 * expires ({@code BLACKBAR_RETENTION} after it ends), when a sweep deletes the files and the rows.
 * <p>
 * A worker claims a job with one conditional update ({@code pending} to {@code processing}), processes its
 * documents in order, charges each as the synchronous calls do (a document the account cannot pay for fails
 * with {@code insufficient_credits} and its output is deleted), and stops at the next document once the job
 * is cancelled. A job is never lost: one that was processing when the server stopped is pending again at the
 * next start (its finished documents are kept, the rest run again), and every job pending then is queued; one
 * that was taken up three times without ending (its document kills the server) fails instead.
 * Logs name jobs by id and failures by class, never a document's name, text or findings.
 */
@Component(service = Jobs.class)
public class Jobs {

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_DOCUMENTS = 20;
    /** A job taken up this often without ending (the server died each time) fails at the next start. */
    static final int MAX_ATTEMPTS = 3;
    /** A job whose results have not expired: an expired one is gone for its owner before the sweep deletes it (DEL-04). */
    private static final String NOT_EXPIRED = "(expires_at IS NULL OR expires_at > CURRENT_TIMESTAMP)";

    /** A job as stored. */
    record Job(String id, String accountId, String keyId, boolean testKey, String design, Method method, String framework,
            String status, String baseUrl, String webhookUrl, String webhookStatus, String sourceUrl, String error,
            OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime completedAt, OffsetDateTime expiresAt,
            List<Doc> documents) {

        boolean finished() {
            return status.equals("completed") || status.equals("failed") || status.equals("cancelled");
        }

        int progress() {
            if (documents.isEmpty()) {
                return status.equals("completed") ? 100 : 0;
            }
            long done = documents.stream().filter(d -> !d.status().equals("pending")).count();
            return finished() && !status.equals("cancelled") ? 100 : (int) (100 * done / documents.size());
        }
    }

    /** A document of a job. {@code report} is what was removed, by kind and count (never content). */
    record Doc(String id, int ordinal, String originalName, String processedName, String mediaType, long size,
            String status, int items, int pages, int credits, Map<String, Integer> report, String error) {
    }

    /** An input for a new job: a file already in a private folder, and the name the client gave it. */
    record Input(Path file, String name, long size) {
    }

    private final Database db;
    private final Accounts accounts;
    private final Engine engine;
    private final Outbound outbound;
    private final Webhooks webhooks;
    private final Path root;
    private final Duration retention;
    private final Duration linkTtl;
    private final long maxUpload;
    private final ExecutorService workers;
    private final ScheduledExecutorService sweeper;
    private volatile boolean stopping;
    /** The jobs the workers are on now; at a stop, those still running are left pending for the next start. */
    private final java.util.Set<String> running = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * Suspects (jobs the server died under, {@code attempts > 0}) run alone, on the write side; every other job runs on
     * the read side. Fair, so a suspect waiting for the running jobs to end is not overtaken by newer ones. Without it a
     * document that kills the server beside other jobs would never be found out (CRASH-06).
     */
    private final java.util.concurrent.locks.ReentrantReadWriteLock alone = new java.util.concurrent.locks.ReentrantReadWriteLock(true);

    @Activate
    public Jobs(@Reference Database db, @Reference Accounts accounts, @Reference Engine engine, BundleContext ctx)
            throws IOException, SQLException {
        this(db, accounts, engine, Accounts.dataFolder(ctx).resolve("jobs"),
                Duration.ofSeconds(Api.longProperty(ctx, "blackbar.retention", 86_400L)),
                Duration.ofSeconds(Api.longProperty(ctx, "blackbar.download.url.ttl", 3_600L)),
                Api.longProperty(ctx, "blackbar.max.upload.bytes", 104_857_600L),
                new Outbound(ctx.getProperty("blackbar.outbound.allow")),
                Duration.ofSeconds(Api.longProperty(ctx, "blackbar.webhook.backoff.seconds", 5L)),
                (int) Api.longProperty(ctx, "blackbar.job.workers", Math.max(1, Runtime.getRuntime().availableProcessors() / 2)));
    }

    Jobs(Database db, Accounts accounts, Engine engine, Path root, Duration retention, Duration linkTtl, long maxUpload,
            Outbound outbound,
            Duration backoff, int threads) throws IOException, SQLException {
        this.db = db;
        this.accounts = accounts;
        this.engine = engine;
        this.root = root;
        this.retention = retention;
        this.linkTtl = linkTtl;
        this.maxUpload = maxUpload;
        this.outbound = outbound;
        this.webhooks = new Webhooks(outbound, backoff);
        Files.createDirectories(root);
        Secrets.ownerOnly(root);
        workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "blackbar-job");
            t.setDaemon(true);
            return t;
        });
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "blackbar-job-sweep");
            t.setDaemon(true);
            return t;
        });
        int resumed = resume();
        if (resumed > 0) {
            LOG.info("{} job(s) queued again after a restart", resumed);
        }
        long every = Math.max(1, Math.min(60, retention.toSeconds()));
        sweeper.scheduleWithFixedDelay(this::sweep, 0, every, TimeUnit.SECONDS); // at once: what expired while stopped
    }

    @Deactivate
    void stop() {
        stopping = true; // before the interrupts: a worker that sees them leaves its job, and the database, alone
        sweeper.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // a stop is no crash: what the workers were on waits for the next start, not counted against it
        for (String id : running) {
            try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                    "UPDATE job SET status = 'pending', started_at = NULL WHERE id = ? AND status = 'processing'")) {
                p.setString(1, id);
                p.executeUpdate();
            } catch (SQLException | RuntimeException e) {
                LOG.warn("job {} left processing at the stop: {}", id, e.getClass().getSimpleName());
            }
        }
        webhooks.close(); // after the workers: a notice cut off here stays to be sent at the next start
        outbound.close();
    }

    /** Thrown where a worker notices the server is stopping: its job stays as it is, for {@link #resume()}. */
    private static final class Stopping extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopping() {
            super(null, null, false, false);
        }
    }

    Outbound outbound() {
        return outbound;
    }

    long maxUpload() {
        return maxUpload;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    // ---- creating ----

    /**
     * Stores a job's inputs (moved into the job's folder) and rows, and queues it.
     *
     * @param sourceUrl for a URL job, the URL to fetch (then {@code inputs} is empty)
     */
    Job create(Accounts.Principal who, String design, Method method, String framework, String baseUrl,
            String webhookUrl, String sourceUrl, List<Input> inputs) throws SQLException, IOException {
        return create(who, design, method, framework, baseUrl, webhookUrl, sourceUrl, inputs, null, null);
    }

    /** A job made with an idempotency key, and the hash of the request that made it (null before schema 6). */
    record Keyed(Job job, String requestHash) {
        /** @throws ApiFailure 409 when the key made this job for another request */
        Job sameRequest(String hash) {
            if (requestHash != null && !requestHash.equals(hash)) {
                throw new ApiFailure(409, "This Idempotency-Key was used for a different request; "
                        + "a new job needs a new key.");
            }
            return job;
        }
    }

    /** The job an account made with an idempotency key, if it made one. */
    Optional<Keyed> byIdempotencyKey(String accountId, String key) throws SQLException {
        if (key == null) {
            return Optional.empty();
        }
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT id, request_hash FROM job WHERE account_id = ? AND idempotency_key = ?")) {
            p.setString(1, accountId);
            p.setString(2, key);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String hash = r.getString(2);
                return load(c, r.getString(1)).map(j -> new Keyed(j, hash));
            }
        }
    }

    /**
     * @param idempotencyKey the client's key: a second creation with it (also a concurrent one) gets the first job,
     *     with nothing stored or queued for it
     * @param requestHash what the request asked for ({@link Keyed}): the key sent at the same time with another request
     *     is a 409
     */
    Job create(Accounts.Principal who, String design, Method method, String framework, String baseUrl,
            String webhookUrl, String sourceUrl, List<Input> inputs, String idempotencyKey, String requestHash)
            throws SQLException, IOException {
        String id = design.equals("cleanthis") ? UUID.randomUUID().toString() : Secrets.id("job_");
        Path dir = root.resolve(id);
        Files.createDirectories(dir);
        Secrets.ownerOnly(dir);
        List<Doc> docs = new ArrayList<>();
        try {
            for (int i = 0; i < Math.max(1, inputs.size()); i++) {
                String docId = "doc_" + (i + 1);
                if (i < inputs.size()) {
                    Input in = inputs.get(i);
                    Files.move(in.file(), dir.resolve(docId + ".in"), StandardCopyOption.REPLACE_EXISTING);
                    docs.add(new Doc(docId, i + 1, in.name(), null, null, in.size(), "pending", 0, 0, 0, Map.of(), null));
                } else {
                    docs.add(new Doc(docId, 1, "document", null, null, 0, "pending", 0, 0, 0, Map.of(), null));
                }
            }
            OffsetDateTime now = now();
            try (Connection c = db.connection()) {
                c.setAutoCommit(false);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO job (id, account_id, key_id, test_key, design, method, "
                        + "framework, status, base_url, webhook_url, webhook_status, source_url, created_at, idempotency_key, request_hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?)")) {
                    p.setString(1, id);
                    p.setString(2, who.accountId());
                    p.setString(3, who.keyId());
                    p.setBoolean(4, who.test());
                    p.setString(5, design);
                    p.setString(6, method.wireName());
                    p.setString(7, framework);
                    p.setString(8, baseUrl);
                    p.setString(9, webhookUrl);
                    p.setString(10, webhookUrl == null ? null : "registered");
                    p.setString(11, sourceUrl);
                    p.setObject(12, now);
                    p.setString(13, idempotencyKey);
                    p.setString(14, requestHash);
                    p.executeUpdate();
                } catch (java.sql.SQLIntegrityConstraintViolationException e) {
                    c.rollback();
                    Upload.deleteTree(dir);
                    Optional<Keyed> first = byIdempotencyKey(who.accountId(), idempotencyKey);
                    if (idempotencyKey != null && first.isPresent()) {
                        return first.get().sameRequest(requestHash); // made meanwhile by the same request sent again
                    }
                    throw e;
                }
                for (Doc d : docs) {
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO job_document (job_id, id, ordinal, original_name, "
                            + "size_bytes, status) VALUES (?, ?, ?, ?, ?, 'pending')")) {
                        p.setString(1, id);
                        p.setString(2, d.id());
                        p.setInt(3, d.ordinal());
                        p.setString(4, d.originalName());
                        p.setLong(5, d.size());
                        p.executeUpdate();
                    }
                }
                c.commit();
            }
        } catch (SQLException | IOException | RuntimeException e) {
            Upload.deleteTree(dir);
            throw e;
        }
        Job created = get(who.accountId(), id).orElseThrow(); // as created: pending, whatever a worker does next
        submit(id);
        return created;
    }

    private void submit(String id) {
        try {
            workers.execute(() -> run(id));
        } catch (RejectedExecutionException e) {
            // stopping: the job stays pending and is queued at the next start
        }
    }

    /**
     * Queues every pending job again, oldest first; one that was processing at a stop is pending again. A webhook
     * of a job that ended but whose notice was not delivered yet (the server stopped in between, or during its
     * retries) is sent again: at least once (WH-09).
     */
    private int resume() throws SQLException {
        List<String> pending;
        List<Job> unsent = new ArrayList<>();
        try (Connection c = db.connection()) {
            // a job expired meanwhile is gone: no notice of it
            for (String id : ids(c, "SELECT id FROM job WHERE webhook_status = 'registered' "
                    + "AND status IN ('completed', 'failed') AND " + NOT_EXPIRED)) {
                load(c, id).ifPresent(unsent::add);
            }
            // jobs still processing: the server died under them. When one alone was, its document is the suspect and
            // the death counts against it; when several were, each becomes a suspect (at most MAX_ATTEMPTS - 1: only a
            // death while it ran alone fails a job) and suspects run one at a time (see run), so the next death has one
            List<String> crashed = ids(c, "SELECT id FROM job WHERE status = 'processing'");
            for (String id : crashed) {
                try (PreparedStatement p = c.prepareStatement("UPDATE job SET attempts = attempts + 1 WHERE id = ? AND attempts < ?")) {
                    p.setString(1, id);
                    p.setInt(2, crashed.size() == 1 ? Integer.MAX_VALUE : MAX_ATTEMPTS - 1);
                    p.executeUpdate();
                }
            }
            if (crashed.size() == 1
                    && !ids(c, "SELECT id FROM job WHERE id = ? AND attempts >= ?", crashed.get(0), MAX_ATTEMPTS).isEmpty()) {
                LOG.warn("job {} failed: the server died while processing it {} times", crashed.get(0), MAX_ATTEMPTS);
                failRemaining(c, crashed.get(0), "unprocessable_document: processing it stopped the server "
                        + MAX_ATTEMPTS + " times.");
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE job SET status = 'pending', started_at = NULL WHERE status = 'processing'")) {
                p.executeUpdate();
            }
            pending = ids(c, "SELECT id FROM job WHERE status = 'pending' ORDER BY created_at, id");
        }
        pending.forEach(this::submit);
        unsent.forEach(this::notify);
        return pending.size();
    }

    /** The first column of a query's rows, in order. */
    private static List<String> ids(Connection c, String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    // ---- reading ----

    /** @return the account's job, or empty for an unknown id or another account's job */
    Optional<Job> get(String accountId, String id) throws SQLException {
        if (id == null || id.length() > 48) {
            return Optional.empty();
        }
        try (Connection c = db.connection()) {
            OffsetDateTime now = now();
            // an expired job is gone for its owner at once, whenever the sweep (also after a stop: DEL-04) deletes it
            return load(c, id).filter(j -> j.accountId().equals(accountId)
                    && (j.expiresAt() == null || j.expiresAt().isAfter(now)));
        }
    }

    private Optional<Job> load(Connection c, String id) throws SQLException {
        Job job;
        try (PreparedStatement p = c.prepareStatement("SELECT id, account_id, key_id, test_key, design, method, framework, status, "
                + "base_url, webhook_url, webhook_status, source_url, error, created_at, started_at, completed_at, expires_at "
                + "FROM job WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                job = new Job(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4), r.getString(5),
                        Method.fromWire(r.getString(6)), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                        r.getString(11), r.getString(12), r.getString(13), r.getObject(14, OffsetDateTime.class),
                        r.getObject(15, OffsetDateTime.class), r.getObject(16, OffsetDateTime.class),
                        r.getObject(17, OffsetDateTime.class), new ArrayList<>());
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT id, ordinal, original_name, processed_name, media_type, size_bytes, "
                + "status, items, pages, credits, report, error FROM job_document WHERE job_id = ? ORDER BY ordinal")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    job.documents().add(new Doc(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getLong(6), r.getString(7), r.getInt(8), r.getInt(9), r.getInt(10), report(r.getString(11)),
                            r.getString(12)));
                }
            }
        }
        return Optional.of(job);
    }

    private static Map<String, Integer> report(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Integer>>() { });
        } catch (IOException e) {
            return Map.of();
        }
    }

    /**
     * @param test only the jobs of test keys (true), of live keys (false), or all (null)
     * @param design only the jobs of this design, or of both (null)
     * @return the account's jobs, newest first
     */
    List<Job> list(String accountId, Boolean test, String design, int limit, int offset) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.connection()) {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id FROM job WHERE account_id = ? AND (? IS NULL OR test_key = ?) AND (? IS NULL OR design = ?) "
                            + "AND " + NOT_EXPIRED + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")) {
                p.setString(1, accountId);
                p.setObject(2, test, java.sql.Types.BOOLEAN);
                p.setObject(3, test, java.sql.Types.BOOLEAN);
                p.setString(4, design);
                p.setString(5, design);
                p.setInt(6, limit);
                p.setInt(7, offset);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            List<Job> out = new ArrayList<>();
            for (String id : ids) {
                load(c, id).ifPresent(out::add);
            }
            return out;
        }
    }

    /** @return the jobs pending or processing: the account's, and all accounts' */
    int[] unfinished(String accountId) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT COALESCE(SUM(CASE WHEN account_id = ? THEN 1 ELSE 0 END), 0), COUNT(*) FROM job "
                        + "WHERE status IN ('pending', 'processing')")) {
            p.setString(1, accountId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return new int[] {r.getInt(1), r.getInt(2)};
            }
        }
    }

    /**
     * @return an account's credits and, read in the same statement (one snapshot: a document completing in between
     *     moves a credit from one to the other, never out of both), the credits held for its unfinished live jobs: one
     *     for each document not processed yet (the least a document costs; the rest is charged as it completes)
     */
    int[] creditsAndHeld(String accountId) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement("SELECT a.credits, (SELECT COUNT(*) "
                + "FROM job_document d JOIN job j ON d.job_id = j.id WHERE j.account_id = a.id AND j.test_key = FALSE "
                + "AND j.status IN ('pending', 'processing') AND d.status = 'pending') FROM account a WHERE a.id = ?")) {
            p.setString(1, accountId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new int[] {r.getInt(1), r.getInt(2)} : new int[] {0, 0};
            }
        }
    }

    /** @return whether a job of any account has this id and has not expired (a signed link's job may be gone) */
    boolean exists(String id) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT 1 FROM job WHERE id = ? AND " + NOT_EXPIRED)) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    int count(String accountId, boolean test, String design) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT COUNT(*) FROM job WHERE account_id = ? AND test_key = ? AND design = ? AND " + NOT_EXPIRED)) {
            p.setString(1, accountId);
            p.setBoolean(2, test);
            p.setString(3, design);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** @return a completed document's output file, if it is still there */
    Optional<Path> output(Job job, Doc doc) {
        Path f = root.resolve(job.id()).resolve(doc.id() + ".out");
        return doc.status().equals("completed") && Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    // ---- cancelling and deleting ----

    /**
     * Cancels a pending job (its files go now) or a processing one (its worker stops before the next document, or
     * throws away the one it is on, uncharged, and deletes the files).
     *
     * @return true when the job was pending or processing and is cancelled now; false when it had ended
     */
    boolean cancel(Job job) throws SQLException {
        if (cancel(job.id(), "pending")) {
            Upload.deleteTree(root.resolve(job.id())); // no worker can claim it any more
            return true;
        }
        return cancel(job.id(), "processing");
    }

    private boolean cancel(String id, String from) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "UPDATE job SET status = 'cancelled', completed_at = ?, expires_at = ? WHERE id = ? AND status = ?")) {
            OffsetDateTime now = now();
            p.setObject(1, now);
            p.setObject(2, now.plus(retention));
            p.setString(3, id);
            p.setString(4, from);
            return p.executeUpdate() == 1;
        }
    }

    /** Deletes the files of every job of an account (its rows go with the account). */
    void deleteFiles(String accountId) throws SQLException {
        List<String> all; // every job, also one expired and not swept yet (list() no longer shows those)
        try (Connection c = db.connection()) {
            all = ids(c, "SELECT id FROM job WHERE account_id = ?", accountId);
        }
        for (String id : all) {
            Upload.deleteTree(root.resolve(id));
        }
    }

    /** Deletes expired jobs' files and rows, and folders no job owns any more. */
    void sweep() {
        try (Connection c = db.connection()) {
            List<String> expired = ids(c, "SELECT id FROM job WHERE expires_at < ?", now());
            for (String id : expired) {
                Upload.deleteTree(root.resolve(id));
                try (PreparedStatement p = c.prepareStatement("DELETE FROM job WHERE id = ?")) {
                    p.setString(1, id);
                    p.executeUpdate();
                }
            }
            if (!expired.isEmpty()) {
                db.checkpoint(); // the expired jobs' file names leave the database's files too
            }
            try (var dirs = Files.list(root)) {
                for (Path d : (Iterable<Path>) dirs::iterator) {
                    try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM job WHERE id = ?")) {
                        p.setString(1, d.getFileName().toString());
                        try (ResultSet r = p.executeQuery()) {
                            if (!r.next() && Files.getLastModifiedTime(d).toInstant().isBefore(java.time.Instant.now().minusSeconds(60))) {
                                Upload.deleteTree(d);
                            }
                        }
                    }
                }
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("job sweep failed: {}", e.getClass().getSimpleName());
        }
    }

    // ---- processing ----

    private boolean claim(String id) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "UPDATE job SET status = 'processing', started_at = ? WHERE id = ? AND status = 'pending'")) {
            p.setObject(1, now());
            p.setString(2, id);
            return p.executeUpdate() == 1;
        }
    }

    private String status(String id) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement("SELECT status FROM job WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : "deleted";
            }
        }
    }

    void run(String id) {
        running.add(id);
        java.util.concurrent.locks.Lock side = null;
        try {
            if (stopping) {
                return;
            }
            java.util.concurrent.locks.Lock turn = suspect(id) ? alone.writeLock() : alone.readLock();
            turn.lockInterruptibly(); // before the claim: a job waiting here is pending, not processing, at a crash
            side = turn;
            if (stopping || !claim(id)) {
                return;
            }
            Job job;
            try (Connection c = db.connection()) {
                job = load(c, id).orElse(null);
            }
            if (job == null) {
                return;
            }
            Path dir = root.resolve(id);
            Accounts.Principal who = new Accounts.Principal(job.accountId(), job.keyId(), job.testKey());
            String endpoint = job.design().equals("cleanthis") ? "sanitize" : "job";
            for (Doc d : job.documents()) {
                if (!d.status().equals("pending")) {
                    continue; // finished before a restart
                }
                stopIfStopping();
                if (!status(id).equals("processing")) {
                    Upload.deleteTree(dir);
                    return; // cancelled or deleted
                }
                process(job, d, dir, who, endpoint);
            }
            stopIfStopping();
            if (!finish(id)) {
                Upload.deleteTree(dir); // cancelled during the last document
            }
        } catch (Stopping e) {
            // the server stops: stop() leaves the job pending for the next start
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server stops while the job waits its turn: it stays pending
        } catch (SQLException | RuntimeException | Error e) {
            if (stopping) {
                return;
            }
            LOG.warn("job {} stopped: {}", id, e.getClass().getSimpleName());
            try (Connection c = db.connection()) {
                failRemaining(c, id, "internal_error: the job could not be processed.");
            } catch (SQLException | RuntimeException x) {
                LOG.warn("job {} could not be marked failed: {}", id, x.getClass().getSimpleName());
            }
        } finally {
            if (side != null) {
                side.unlock();
            }
            running.remove(id);
        }
    }

    /** Whether the server died while the job was processing and it has not finished a document since. */
    private boolean suspect(String id) throws SQLException {
        try (Connection c = db.connection()) {
            return !ids(c, "SELECT id FROM job WHERE id = ? AND attempts > 0", id).isEmpty();
        }
    }

    private void process(Job job, Doc d, Path dir, Accounts.Principal who, String endpoint) throws SQLException {
        Path in = dir.resolve(d.id() + ".in");
        Path out = dir.resolve(d.id() + ".out");
        String name = d.originalName();
        boolean ended = false;
        try {
            if (job.sourceUrl() != null) {
                name = outbound.fetch(job.sourceUrl(), Secrets.ownerOnlyFile(in), maxUpload);
                setName(job.id(), d.id(), name, Files.size(in));
            }
            Report report;
            try (OutputStream os = Files.newOutputStream(Secrets.ownerOnlyFile(out))) {
                report = engine.process(new Document(in, name, null), new Request(job.framework(), job.method(),
                        Map.of(Request.OPTION_SURROGATE_KEY, accounts.secrets().hash("surrogate\u0000" + job.id()))), os);
            }
            stopIfStopping();
            String suffix = switch (job.method()) {
                case ANONYMIZE -> "_anonymized";
                case SANITIZE -> "_clean";
                default -> "_redacted";
            };
            String processed = ProcessResource.outputName(name, suffix, report.outputMediaType());
            Map<String, Integer> removed = job.method() == Method.SANITIZE ? report.removed() : report.countsByType();
            Integer notRead = report.removed().get(JobJson.IMAGES_NOT_READ);
            if (notRead != null && notRead > 0 && !removed.containsKey(JobJson.IMAGES_NOT_READ)) {
                // pictures no OCR read: kept with the counts, given apart in the job's JSON (JobJson)
                removed = new java.util.LinkedHashMap<>(removed);
                removed.put(JobJson.IMAGES_NOT_READ, notRead);
            }
            int credits = ProcessResource.credits(report);
            String outcome = complete(job.id(), d.id(), who, endpoint, processed, report, credits, removed);
            if (!outcome.equals("completed")) {
                Files.deleteIfExists(out);
                if (outcome.equals("unpaid")) {
                    docFailed(job.id(), d.id(), "insufficient_credits",
                            "This document needs " + credits + " credits; the account has fewer.");
                }
            }
            ended = true;
        } catch (EngineException e) {
            stopIfStopping();
            ApiError err = ApiError.of(e);
            failed(job, d, who, endpoint, out, err.error(), err.message());
            ended = true;
        } catch (Outbound.Refused e) {
            stopIfStopping(); // an interrupted download reads as a broken one
            failed(job, d, who, endpoint, out, "unprocessable_document", e.getMessage());
            ended = true;
        } catch (IOException e) {
            stopIfStopping();
            if (EngineException.isDiskFull(e)) { // the server's disk, not the document (DISK-02): uncharged, and said so
                failed(job, d, who, endpoint, out, "service_unavailable",
                        "The server had no disk space left for the result; submit the document again later.");
            } else {
                failed(job, d, who, endpoint, out, "unprocessable_document", "The document could not be read or written.");
            }
            ended = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopping();
        } catch (Stopping e) {
            throw e;
        } catch (RuntimeException | Error e) {
            stopIfStopping();
            LOG.warn("job {} document {} failed: {}", job.id(), d.id(), e.getClass().getSimpleName());
            failed(job, d, who, endpoint, out, "internal_error", "The document could not be processed.");
            ended = true;
        } finally {
            if (ended) {
                try {
                    Files.deleteIfExists(in);
                } catch (IOException e) {
                    in.toFile().deleteOnExit();
                }
            }
        }
    }

    /** A failure while stopping is the stop's (an interrupted read), not the document's. */
    private void stopIfStopping() {
        if (stopping) {
            throw new Stopping();
        }
    }

    private void failed(Job job, Doc d, Accounts.Principal who, String endpoint, Path out, String code, String message)
            throws SQLException {
        try {
            Files.deleteIfExists(out);
        } catch (IOException e) {
            out.toFile().deleteOnExit();
        }
        docFailed(job.id(), d.id(), code, message);
        accounts.recordFailure(who, endpoint);
    }

    private void setName(String job, String doc, String name, long size) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "UPDATE job_document SET original_name = ?, size_bytes = ? WHERE job_id = ? AND id = ?")) {
            p.setString(1, name);
            p.setLong(2, size);
            p.setString(3, job);
            p.setString(4, doc);
            p.executeUpdate();
        }
    }

    /**
     * Charges the document and records it completed in one transaction, only while the job is still processing: a
     * crash cannot charge a document that then runs again, and a cancelled job's document is not charged.
     *
     * @return {@code completed}, {@code unpaid} (too few credits: nothing written) or {@code cancelled}
     */
    private String complete(String job, String doc, Accounts.Principal who, String endpoint, String processed, Report report,
            int credits, Map<String, Integer> removed) throws SQLException {
        String json;
        try {
            json = JSON.writeValueAsString(removed);
        } catch (IOException e) {
            json = "{}";
        }
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement p = c.prepareStatement("UPDATE job_document SET status = 'completed', processed_name = ?, "
                        + "media_type = ?, items = ?, pages = ?, credits = ?, report = ? WHERE job_id = ? AND id = ? "
                        + "AND status = 'pending' AND EXISTS (SELECT 1 FROM job WHERE id = ? AND status = 'processing')")) {
                    p.setString(1, processed);
                    p.setString(2, report.outputMediaType());
                    p.setInt(3, report.findings().size());
                    p.setInt(4, report.pageCount());
                    p.setInt(5, who.test() ? 0 : credits);
                    p.setString(6, json.length() > 4000 ? "{}" : json);
                    p.setString(7, job);
                    p.setString(8, doc);
                    p.setString(9, job);
                    if (p.executeUpdate() != 1) {
                        c.rollback();
                        return "cancelled";
                    }
                }
                if (!accounts.charge(c, who, endpoint, report.pageCount(), credits)) {
                    c.rollback();
                    return "unpaid";
                }
                progressed(c, job);
                c.commit();
                return "completed";
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void docFailed(String job, String doc, String code, String message) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "UPDATE job_document SET status = 'failed', error = ? WHERE job_id = ? AND id = ?")) {
            String m = code + ": " + message;
            p.setString(1, clip(m));
            p.setString(2, job);
            p.setString(3, doc);
            p.executeUpdate();
            progressed(c, job);
        }
    }

    /** An error as stored: at most 300 characters. */
    private static String clip(String error) {
        return error.length() > 300 ? error.substring(0, 300) : error;
    }

    /** A document ended: the crashes counted against the job start again (it is not the one that kills the server). */
    private static void progressed(Connection c, String job) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE job SET attempts = 0 WHERE id = ? AND attempts > 0")) {
            p.setString(1, job);
            p.executeUpdate();
        }
    }

    /**
     * Ends a job that cannot go on: its documents not yet processed fail with the reason, and the job ends as
     * {@link #finish} ends one (completed when any document completed: those stay downloadable, and were charged).
     */
    private void failRemaining(Connection c, String id, String reason) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE job_document SET status = 'failed', error = ? WHERE job_id = ? AND status = 'pending'")) {
            p.setString(1, clip(reason));
            p.setString(2, id);
            p.executeUpdate();
        }
        finish(id); // only a job still processing: not a cancelled one
    }

    /** @return false when the job was no longer processing (cancelled or deleted meanwhile) */
    private boolean finish(String id) throws SQLException {
        Job job;
        try (Connection c = db.connection()) {
            job = load(c, id).orElse(null);
            if (job == null) {
                return false;
            }
            boolean any = job.documents().stream().anyMatch(d -> d.status().equals("completed"));
            String error = any ? null : job.documents().stream().map(Doc::error).filter(e -> e != null).findFirst().orElse("failed");
            OffsetDateTime now = now();
            try (PreparedStatement p = c.prepareStatement("UPDATE job SET status = ?, error = ?, completed_at = ?, expires_at = ? "
                    + "WHERE id = ? AND status = 'processing'")) {
                p.setString(1, any ? "completed" : "failed");
                p.setString(2, error);
                p.setObject(3, now);
                p.setObject(4, now.plus(retention));
                p.setString(5, id);
                if (p.executeUpdate() != 1) {
                    return false;
                }
            }
            job = load(c, id).orElse(null);
        }
        if (job != null && job.webhookUrl() != null) {
            notify(job);
        }
        return true;
    }

    private void notify(Job job) {
        try {
            byte[] body = JSON.writeValueAsBytes(JobJson.webhook(job, this));
            webhooks.deliver(job.webhookUrl(), body, () -> {
                try {
                    return webhookSecret(job.accountId());
                } catch (SQLException e) {
                    throw new IllegalStateException("database unavailable", e);
                }
            }, ok -> {
                if (ok != null) {
                    setWebhookStatus(job.id(), ok ? "delivered" : "failed");
                }
            });
        } catch (IOException e) {
            LOG.warn("job {} webhook not sent: {}", job.id(), e.getClass().getSimpleName());
        }
    }

    private void setWebhookStatus(String id, String status) {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement("UPDATE job SET webhook_status = ? WHERE id = ?")) {
            p.setString(1, status);
            p.setString(2, id);
            p.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("job {} webhook status not saved: {}", id, e.getClass().getSimpleName());
        }
    }

    // ---- secrets of the account ----

    /** The account's webhook signing secret (derived from the pepper and the account's nonce, never stored), or null. */
    String webhookSecret(String accountId) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement("SELECT webhook_nonce FROM account WHERE id = ?")) {
            p.setString(1, accountId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return null; // the account is gone
                }
                return "whsec_" + accounts.secrets().hash("webhook\u0000" + accountId + "\u0000" + r.getString(1));
            }
        }
    }

    /** A new secret; the old one stops working at once. */
    String rotateWebhookSecret(String accountId) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement("UPDATE account SET webhook_nonce = ? WHERE id = ?")) {
            p.setString(1, Secrets.token(24));
            p.setString(2, accountId);
            p.executeUpdate();
        }
        return webhookSecret(accountId);
    }

    /** A signed download link for a cleanthis job, valid {@code BLACKBAR_DOWNLOAD_URL_TTL} from now. */
    String downloadUrl(Job job) {
        long expires = java.time.Instant.now().plus(linkTtl).getEpochSecond();
        return job.baseUrl() + "/api/v1/download/" + job.id() + "?expires=" + expires + "&sig=" + downloadSignature(job.id(), expires);
    }

    /** The signature of a download link: HMAC-SHA256 under the pepper of the job id and the expiry second. */
    String downloadSignature(String jobId, long expires) {
        return accounts.secrets().hash("download\u0000" + jobId + "\u0000" + expires);
    }
}
