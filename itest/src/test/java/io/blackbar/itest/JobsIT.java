package io.blackbar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The asynchronous API of both designs against the real server (the shipped jar, its embedded database, real
 * HTTP): Cloakrr's batch jobs, cleanthis's sanitize jobs with signed download links, webhooks signed with the
 * account's secret and retried, URL fetches limited to allowed addresses (SSRF), cancelling, credits, and a job
 * that outlives a restart. Webhooks and fetched files are served by a JDK HTTP server on 127.0.0.1, which
 * {@code BLACKBAR_OUTBOUND_ALLOW} lets the server reach. Every output is read back without Blackbar's code
 * (the bytes, {@code java.util.zip}, poppler's {@code pdftotext}/{@code pdfinfo} where installed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobsIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** A document with nothing to find, for jobs whose content does not matter. */
    private static final byte[] NOTE = "A note.".getBytes(StandardCharsets.UTF_8);

    /** A form with {@link #NOTE} as {@code n.txt} in the part named. */
    private static Server.Form note(String part) {
        return new Server.Form().file(part, "n.txt", NOTE);
    }

    /** The test servers' settings with some changed: name, value, name, value... */
    private static Map<String, String> env(String... changed) {
        Map<String, String> env = new LinkedHashMap<>(ENV);
        for (int i = 0; i < changed.length; i += 2) {
            env.put(changed[i], changed[i + 1]);
        }
        return env;
    }
    /** The one answer for an expired link and a deleted job's (SIG-07). */
    private static final String GONE = "The download link has expired or its results were deleted: poll the job for a fresh one.";
    private static final Map<String, String> ENV = Map.of(
            "BLACKBAR_FREE_CREDITS", "50",
            "BLACKBAR_OUTBOUND_ALLOW", "127.0.0.1",
            "BLACKBAR_WEBHOOK_BACKOFF_SECONDS", "1",
            "BLACKBAR_JOB_WORKERS", "1",
            "BLACKBAR_RATE_ACCOUNT_CREATE", "200/3600",
            "BLACKBAR_RATE_ACCOUNT_LOGIN", "200/900");

    @TempDir
    static Path dir;

    private Server server;
    private HttpServer receiver;
    /** Webhook calls received: signature header, timestamp header, body. */
    private final List<String[]> hooks = new CopyOnWriteArrayList<>();
    /** How many webhook calls to answer 500 before answering 200. */
    private final AtomicInteger failHooks = new AtomicInteger();
    /** What {@code /files/slow.pdf} waits for before it answers. */
    private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Void>> slowFile =
            new java.util.concurrent.atomic.AtomicReference<>(java.util.concurrent.CompletableFuture.completedFuture(null));
    /** Whether webhook calls are held unanswered. */
    private final java.util.concurrent.atomic.AtomicBoolean holdHooks = new java.util.concurrent.atomic.AtomicBoolean();
    private final String ssn = String.format("%03d-%02d-%04d", 100 + RANDOM.nextInt(500), 10 + RANDOM.nextInt(89), 1000 + RANDOM.nextInt(8999));
    private final String email = "jobs." + Long.toHexString(RANDOM.nextLong()) + "@example.net";
    private final String author = "Author" + Long.toHexString(RANDOM.nextLong());

    @BeforeAll
    void start() throws Exception {
        server = new Server(dir, ENV);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", x -> {
            byte[] body = x.getRequestBody().readAllBytes();
            hooks.add(new String[] {x.getRequestHeaders().getFirst("X-Cleanthis-Signature"),
                x.getRequestHeaders().getFirst("X-Cleanthis-Timestamp"), new String(body, StandardCharsets.UTF_8)});
            if (holdHooks.get()) {
                try {
                    Thread.sleep(30_000); // a receiver that keeps the server waiting (it is killed meanwhile)
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = failHooks.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            x.sendResponseHeaders(status, -1);
            x.close();
        });
        receiver.createContext("/files/doc.pdf", x -> {
            byte[] pdf = HandPdf.textWithInfo(author, "Fetched from a URL.", "The committee approved the budget.");
            x.getResponseHeaders().add("Content-Type", "application/pdf");
            x.sendResponseHeaders(200, pdf.length);
            x.getResponseBody().write(pdf);
            x.close();
        });
        receiver.createContext("/files/slow.pdf", x -> { // answers when the test lets it
            slowFile.get().join();
            byte[] pdf = HandPdf.text("Fetched slowly.");
            x.sendResponseHeaders(200, pdf.length);
            x.getResponseBody().write(pdf);
            x.close();
        });
        receiver.createContext("/files/redirect", x -> {
            x.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.start();
    }

    @AfterAll
    void stop() throws InterruptedException {
        receiver.stop(0);
        server.close();
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private Map<String, String> bearer(String key) {
        return Map.of("Authorization", "Bearer " + key);
    }

    private JsonNode awaitEnd(String path, String key) throws Exception {
        return awaitEnd(server, path, key);
    }

    private JsonNode awaitEnd(Server on, String path, String key) throws Exception {
        JsonNode[] last = new JsonNode[1];
        long ms = Support.await(120_000, () -> {
            last[0] = patiently(on, path, key).json();
            String s = last[0].path("status").asText();
            return s.equals("completed") || s.equals("failed") || s.equals("cancelled");
        });
        assertTrue(ms >= 0, "the job ended: " + last[0]);
        return last[0];
    }

    /**
     * A GET as a client sends it: on 429 it waits as Retry-After says and asks again (the polls before it share the
     * key's 60 requests a minute, and how many there were depends on the machine's speed).
     */
    private Server.Reply patiently(Server on, String path, String key) throws Exception {
        Server.Reply r = on.send("GET", path, bearer(key), null);
        if (r.status() == 429) {
            Thread.sleep(1000L * Long.parseLong(r.header("Retry-After")) + 200);
            r = on.send("GET", path, bearer(key), null);
        }
        return r;
    }

    /** Waits until a Cloakrr job is being processed (to stop or kill its server then). */
    private void awaitProcessing(Server on, String id, String key) throws Exception {
        assertTrue(Support.await(30_000, () -> "processing".equals(
                patiently(on, "/api/v1/jobs/" + id, key).json().path("status").asText())) >= 0, "the job runs");
    }

    private static void assertError(Server.Reply r, int status, String code) throws Exception {
        assertEquals(status, r.status(), r.text());
        assertEquals(code, r.json().get("error").asText(), r.text());
        assertFalse(r.json().get("message").asText().isBlank());
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private String secret(Server.Account a) throws Exception {
        Server.Reply r = server.json("GET", "/api/v1/account/webhook-secret", null, a.cookie());
        assertEquals(200, r.status(), r.text());
        return r.json().get("secret").asText();
    }

    /** The webhook call for a job, once it came. */
    private String[] hookFor(String jobId) throws Exception {
        String[][] found = new String[1][];
        assertTrue(Support.await(30_000, () -> {
            for (String[] h : hooks) {
                if (Server.JSON.readTree(h[2]).path("jobId").asText().equals(jobId)) {
                    found[0] = h;
                    return true;
                }
            }
            return false;
        }) >= 0, "a webhook call for the job");
        return found[0];
    }

    private static String pdfTool(Path pdf, String tool) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/" + tool))) {
            System.out.println("[JobsIT] " + tool + " missing: the PDF is checked by its bytes only");
            return "";
        }
        Process p = new ProcessBuilder(tool, pdf.toString(), "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** Some megabytes of clinical notes: a second or more of work for the one worker. */
    private static String clinicNotes(int chars) {
        StringBuilder big = new StringBuilder();
        while (big.length() < chars) {
            big.append("Patient Maria Lopez was seen on 03/04/2021 at 12 Oak Street, Springfield. Call 415-555-0134.\n");
        }
        return big.toString();
    }

    private String path(String absolute) {
        return absolute.substring(absolute.indexOf("/api/"));
    }

    @Test
    @Order(1)
    void cloakrrBatchJobRedactsEveryDocumentAndSignsItsWebhook() throws Exception {
        Server.Account a = server.account("live");
        byte[] text = ("Patient note. SSN " + ssn + ", mail " + email + ".\n").getBytes(StandardCharsets.UTF_8);
        byte[] pdf = HandPdf.text("Patient note for the quarterly review.", "SSN " + ssn + ", mail " + email + ".",
                "The committee approved the budget.");
        Server.Reply created = server.upload("/api/v1/jobs", a.key(), new Server.Form().field("framework", "hipaa")
                .field("method", "redact").field("webhookUrl", hookUrl())
                .file("files", "note.txt", text).file("files", "scan.pdf", pdf));
        assertEquals(200, created.status(), created.text());
        JsonNode c = created.json();
        assertTrue(c.get("success").asBoolean());
        assertEquals("pending", c.get("status").asText());
        assertEquals(2, c.get("documentCount").asInt());
        assertTrue(c.get("estimatedCredits").asInt() >= 2);
        String id = c.get("jobId").asText();
        assertEquals("/api/v1/jobs/" + id, c.get("statusUrl").asText());
        assertTrue(created.header("X-RateLimit-Limit") != null, "counted in the Cloakrr limit");

        JsonNode job = awaitEnd("/api/v1/jobs/" + id, a.key());
        assertEquals("completed", job.get("status").asText(), job.toString());
        assertEquals(100, job.get("progress").asInt());
        assertTrue(job.at("/result/totalItemsDetected").asInt() >= 4, job.toString());
        assertEquals(2, job.at("/result/totalCreditsUsed").asInt(), job.toString());
        assertEquals("note_redacted.txt", job.at("/result/documents/0/processedName").asText());
        assertEquals("scan_redacted.pdf", job.at("/result/documents/1/processedName").asText());
        assertFalse(job.toString().contains(ssn) || job.toString().contains(email), "no value in the job");
        assertTrue(job.get("expiresAt").asText().endsWith("Z"));

        Server.Reply one = server.send("GET", job.at("/result/documents/0/downloadUrl").asText(), bearer(a.key()), null);
        assertEquals(200, one.status(), one.text());
        assertEquals("Patient note. SSN [REDACTED], mail [REDACTED].\n", one.text());
        assertTrue(one.header("Content-Disposition").contains("note_redacted.txt"));
        Server.Reply two = server.send("GET", job.at("/result/documents/1/downloadUrl").asText(), bearer(a.key()), null);
        assertEquals(200, two.status());
        Path out = dir.resolve("scan_redacted.pdf");
        Files.write(out, two.body());
        String shown = pdfTool(out, "pdftotext");
        for (String v : List.of(ssn, email)) {
            assertFalse(new String(two.body(), StandardCharsets.ISO_8859_1).contains(v), "the PDF's bytes hold a value");
            assertFalse(shown.contains(v), "pdftotext shows a value");
        }
        assertTrue(shown.isEmpty() || shown.contains("committee approved"), shown);

        Server.Reply zip = server.send("GET", "/api/v1/jobs/" + id + "/download", bearer(a.key()), null);
        assertEquals(200, zip.status(), zip.text());
        assertEquals("application/zip", zip.header("Content-Type"));
        List<String> names = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                names.add(e.getName());
                String content = new String(z.readAllBytes(), StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(ssn) || content.contains(email), "a zipped output holds a value");
            }
        }
        assertEquals(List.of("note_redacted.txt", "scan_redacted.pdf"), names);

        String[] hook = hookFor(id);
        assertEquals(hmac(secret(a), hook[2]), hook[0], "signed with the account's webhook secret");
        assertTrue(Long.parseLong(hook[1]) > 1_700_000_000L);
        JsonNode event = Server.JSON.readTree(hook[2]);
        assertEquals("job.completed", event.get("event").asText());
        assertEquals(2, event.at("/result/documents").size());
        // WH-07: the signed body carries when it was sent, so a receiver can refuse a replay (docs/API.md's recipe)
        long sent = java.time.OffsetDateTime.parse(event.get("timestamp").asText()).toEpochSecond();
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - sent) < 120, "the signed timestamp is the sending time: " + sent);

        JsonNode list = server.send("GET", "/api/v1/jobs?limit=5", bearer(a.key()), null).json();
        assertEquals(id, list.at("/jobs/0/id").asText());
        assertEquals(1, list.get("total").asInt());
        assertError(server.send("GET", "/api/v1/jobs?limit=500", bearer(a.key()), null), 400, "bad_request");
        assertError(server.send("DELETE", "/api/v1/jobs/" + id, bearer(a.key()), null), 409, "conflict");

        // KEY-04: a test key of the same account does not see the live key's job
        Server.Reply testKey = server.json("POST", "/api/v1/account/keys", "{\"label\":\"t\",\"mode\":\"test\"}", a.cookie());
        String tk = testKey.json().get("rawKey").asText();
        assertError(server.send("GET", "/api/v1/jobs/" + id, bearer(tk), null), 404, "not_found");
        assertEquals(0, server.send("GET", "/api/v1/jobs", bearer(tk), null).json().get("total").asInt());

        Server.Account other = server.account("live");
        assertError(server.send("GET", "/api/v1/jobs/" + id, bearer(other.key()), null), 404, "not_found");
        assertError(server.send("GET", "/api/v1/jobs/" + id + "/download", bearer(other.key()), null), 404, "not_found");
        assertError(server.send("DELETE", "/api/v1/jobs/" + id, bearer(other.key()), null), 404, "not_found");
        assertError(server.send("GET", "/api/v1/job/" + id, bearer(other.key()), null), 404, "not_found");
        assertError(server.send("GET", "/api/v1/job/" + id, bearer(a.key()), null), 404, "not_found"); // each design its jobs
        assertEquals(0, server.send("GET", "/api/v1/jobs", bearer(other.key()), null).json().get("total").asInt());
        assertError(server.send("GET", "/api/v1/jobs/" + id, Map.of(), null), 401, "unauthorized");
    }

    @Test
    @Order(2)
    void aJobIsRefusedWithAClearErrorBeforeAnythingIsStored() throws Exception {
        Server.Account a = server.account("live");
        byte[] text = NOTE;
        assertError(server.upload("/api/v1/jobs", a.key(), new Server.Form().field("method", "shred").file("files", "a.txt", text)),
                400, "bad_request");
        assertError(server.upload("/api/v1/jobs", a.key(), new Server.Form().field("framework", "sox").file("files", "a.txt", text)),
                400, "bad_request");
        assertError(server.upload("/api/v1/jobs", a.key(), new Server.Form().field("webhookUrl", "http://169.254.169.254/hook")
                .file("files", "a.txt", text)), 400, "bad_request");
        assertError(server.upload("/api/v1/jobs", a.key(), new Server.Form().field("webhookUrl", "file:///etc/passwd")
                .file("files", "a.txt", text)), 400, "bad_request");
        assertError(server.upload("/api/v1/jobs", a.key(), new Server.Form().field("webhookUrl", "http://93.184.215.14/hook")
                .file("files", "a.txt", text)), 400, "bad_request"); // WH-10: a public receiver, but not https
        assertError(server.upload("/api/v1/jobs", a.key(), new Server.Form().field("method", "redact")), 400, "bad_request");
        assertError(server.upload("/api/v1/jobs", null, new Server.Form().file("files", "a.txt", text)), 401, "unauthorized");
        Server.Form many = new Server.Form();
        for (int i = 0; i < 21; i++) {
            many.file("files", "n" + i + ".txt", text);
        }
        assertError(server.upload("/api/v1/jobs", a.key(), many), 400, "bad_request");
        assertEquals(0, server.send("GET", "/api/v1/jobs", bearer(a.key()), null).json().get("total").asInt());
    }

    @Test
    @Order(3)
    void cleanthisSanitizeUploadPollAndSignedDownload() throws Exception {
        Server.Account a = server.account("live");
        byte[] pdf = HandPdf.textWithInfo(author, "A report for the board.", "The committee approved the budget.");
        Server.Reply created = server.upload("/api/v1/sanitize", a.key(),
                new Server.Form().file("file", "board.pdf", pdf).field("webhook", hookUrl()));
        assertEquals(200, created.status(), created.text());
        JsonNode c = created.json();
        String id = c.get("jobId").asText();
        assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), id);
        assertEquals("queued", c.get("status").asText());
        assertEquals(server.url("/api/v1/job/" + id), c.get("statusUrl").asText());
        assertEquals("registered", c.at("/webhook/status").asText());
        assertEquals("20", created.header("X-RateLimit-Limit"), "the sanitize group's limit");

        JsonNode job = awaitEnd("/api/v1/job/" + id, a.key());
        assertEquals("completed", job.get("status").asText(), job.toString());
        assertEquals("board.pdf", job.get("originalName").asText());
        assertEquals("board_clean.pdf", job.get("downloadName").asText());
        assertTrue(job.at("/report/totalRemoved").asInt() >= 1, job.toString());
        assertFalse(job.toString().contains(author), "the report holds no content");
        String url = job.get("downloadUrl").asText();
        assertTrue(url.startsWith(server.url("/api/v1/download/" + id + "?expires=")) && url.contains("&sig="), url);

        Server.Reply file = server.send("GET", path(url), bearer(a.key()), null);
        assertEquals(200, file.status(), file.text());
        assertEquals("application/pdf", file.header("Content-Type"));
        assertTrue(file.header("Content-Disposition").contains("board_clean.pdf"));
        assertFalse(new String(file.body(), StandardCharsets.ISO_8859_1).contains(author), "the author is in the bytes");
        Path out = dir.resolve("board_clean.pdf");
        Files.write(out, file.body());
        assertFalse(pdfTool(out, "pdfinfo").contains(author), "pdfinfo shows the author");
        String shown = pdfTool(out, "pdftotext");
        assertTrue(shown.isEmpty() || shown.contains("committee approved"), "sanitizing keeps the text: " + shown);

        // the link is the key's and the signature's: tampered 403, expired 410, another account 404, no key 401
        String tampered = path(url).replaceFirst("sig=[0-9a-f]", "sig=" + (url.contains("sig=0") ? "1" : "0"));
        assertError(server.send("GET", tampered, bearer(a.key()), null), 403, "forbidden");
        assertError(server.send("GET", "/api/v1/download/" + id, bearer(a.key()), null), 403, "forbidden");
        String sig = url.replaceAll(".*sig=([0-9a-f]+).*", "$1");
        assertError(server.send("GET", path(url).replace(sig, sig.toUpperCase(java.util.Locale.ROOT)), bearer(a.key()), null),
                403, "forbidden"); // SIG-04: one encoding
        assertError(server.send("GET", path(url).replace(sig, sig.substring(1)), bearer(a.key()), null), 403, "forbidden");
        assertError(server.send("GET", path(url) + "&expires=1", bearer(a.key()), null), 403, "forbidden"); // SIG-05
        assertError(server.send("GET", path(url) + "&download=1", bearer(a.key()), null), 403, "forbidden");
        Server.Reply again = server.send("GET", path(url), bearer(a.key()), null);
        assertEquals(200, again.status(), "SIG-01: reusable until it expires");
        assertTrue(String.valueOf(again.header("Cache-Control")).contains("no-store"), "SIG-01: kept by no cache");
        long expires = Long.parseLong(url.replaceAll(".*expires=(\\d+).*", "$1"));
        assertError(server.send("GET", path(url).replace("expires=" + expires, "expires=" + (expires + 60)), bearer(a.key()), null),
                403, "forbidden");
        long past = System.currentTimeMillis() / 1000 - 10;
        Server.Reply expired = server.send("GET", "/api/v1/download/" + id + "?expires=" + past + "&sig=" + signature(id, past),
                bearer(a.key()), null);
        assertError(expired, 410, "gone");
        assertEquals(GONE, expired.json().get("message").asText(), "SIG-07: as a deleted job's");
        // SIG-06: the signature is checked before the time: a past link with a wrong signature is a 403
        assertError(server.send("GET", "/api/v1/download/" + id + "?expires=" + past + "&sig=" + sig, bearer(a.key()), null),
                403, "forbidden");
        // SIG-03: the signature binds the job: this link's parameters on another job's id
        assertError(server.send("GET", path(url).replace(id, java.util.UUID.randomUUID().toString()), bearer(a.key()), null),
                403, "forbidden");
        assertError(server.send("GET", path(url).replace(sig, ""), bearer(a.key()), null), 403, "forbidden"); // SIG-04: empty
        // SIG-10: the link is for GET only
        Server.Reply head = server.send("HEAD", path(url), bearer(a.key()), null);
        assertEquals(405, head.status());
        assertEquals("GET", head.header("Allow"));
        assertError(server.send("POST", path(url), bearer(a.key()), null), 405, "method_not_allowed");
        Server.Account other = server.account("live");
        assertError(server.send("GET", path(url), bearer(other.key()), null), 404, "not_found");
        assertError(server.send("GET", path(url), Map.of(), null), 401, "unauthorized");
        assertError(server.send("POST", "/api/v1/cancel/" + id, bearer(a.key()), null), 409, "conflict");
        assertError(server.send("GET", "/api/v1/jobs/" + id + "/download", bearer(a.key()), null), 404, "not_found"); // no unsigned way

        // the webhook: signed with the account's secret; rotating makes a new one and the old one stops
        String[] hook = hookFor(id);
        String secret = secret(a);
        assertEquals(hmac(secret, hook[2]), hook[0]);
        JsonNode event = Server.JSON.readTree(hook[2]);
        assertEquals("job.completed", event.get("event").asText());
        assertEquals("completed", event.get("status").asText());
        assertEquals("board_clean.pdf", event.get("downloadName").asText());
        assertEquals(200, server.send("GET", path(event.get("downloadUrl").asText()), bearer(a.key()), null).status());
        assertEquals("delivered", awaitEnd("/api/v1/job/" + id, a.key()).at("/webhook/status").asText());
        Server.Reply rotated = server.json("POST", "/api/v1/account/webhook-secret/rotate", null, a.cookie());
        assertEquals(200, rotated.status(), rotated.text());
        String fresh = rotated.json().get("secret").asText();
        assertNotEquals(secret, fresh);
        assertEquals(fresh, secret(a));
        assertError(server.json("GET", "/api/v1/account/webhook-secret", null, null), 401, "unauthorized");
    }

    /** What the server signs a download link with: HMAC-SHA256 under its pepper (read here to make an expired link). */
    private String signature(String id, long expires) throws Exception {
        byte[] pepper = Files.readAllBytes(dir.resolve("blackbar-data/secrets/pepper"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(("download\u0000" + id + "\u0000" + expires).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @Order(4)
    void sanitizeUrlFetchesOnlyAllowedAddresses() throws Exception {
        Server.Account a = server.account("live");
        String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
        Server.Reply created = server.json("POST", "/api/v1/sanitize-url", "{\"url\":\"" + base + "/files/doc.pdf\"}", null);
        assertError(created, 401, "unauthorized");
        Map<String, String> h = new LinkedHashMap<>(bearer(a.key()));
        h.put("Content-Type", "application/json");
        created = server.send("POST", "/api/v1/sanitize-url", h, ("{\"url\":\"" + base + "/files/doc.pdf\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, created.status(), created.text());
        String id = created.json().get("jobId").asText();
        JsonNode job = awaitEnd("/api/v1/job/" + id, a.key());
        assertEquals("completed", job.get("status").asText(), job.toString());
        assertEquals("doc.pdf", job.get("originalName").asText());
        Server.Reply file = server.send("GET", path(job.get("downloadUrl").asText()), bearer(a.key()), null);
        assertEquals(200, file.status());
        assertFalse(new String(file.body(), StandardCharsets.ISO_8859_1).contains(author));

        for (String bad : List.of("http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/a.pdf", "http://[::1]:8080/a.pdf",
                "file:///etc/passwd", "gopher://127.0.0.1/", "http://user:pw@" + base.substring(7) + "/files/doc.pdf",
                "http://93.184.215.14:22/a.pdf", "not a url")) {
            Server.Reply r = server.send("POST", "/api/v1/sanitize-url", h, Server.JSON.writeValueAsBytes(Map.of("url", bad)));
            assertError(r, 400, "bad_request");
        }
        assertError(server.send("POST", "/api/v1/sanitize-url", h, "{\"url\":".getBytes(StandardCharsets.UTF_8)), 400, "bad_request");
        byte[] huge = ("{\"url\":\"" + base + "/files/doc.pdf\",\"pad\":\"" + "x".repeat(9000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertError(server.send("POST", "/api/v1/sanitize-url", h, huge), 413, "file_too_large");

        // a redirect to a private address is refused when it is followed: the job fails, with a reason
        Server.Reply redirected = server.send("POST", "/api/v1/sanitize-url", h,
                ("{\"url\":\"" + base + "/files/redirect\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, redirected.status(), redirected.text());
        JsonNode failed = awaitEnd("/api/v1/job/" + redirected.json().get("jobId").asText(), a.key());
        assertEquals("failed", failed.get("status").asText(), failed.toString());
        assertTrue(failed.get("error").asText().contains("not allowed"), failed.toString());
    }

    /** @return the id of a cleanthis sanitize job of a text, with a webhook whose first {@code failures} calls fail */
    private String sanitizeWithWebhook(Server.Account a, String text, int failures) throws Exception {
        failHooks.set(failures);
        Server.Reply created = server.upload("/api/v1/sanitize", a.key(), new Server.Form()
                .file("file", "n.txt", text.getBytes(StandardCharsets.UTF_8)).field("webhook", hookUrl()));
        return created.json().get("jobId").asText();
    }

    /** @return whether the job's webhook reached {@code status} within {@code millis} */
    private boolean awaitWebhook(Server.Account a, String id, String status, long millis) throws Exception {
        return Support.await(millis, () -> status.equals(
                server.send("GET", "/api/v1/job/" + id, bearer(a.key()), null).json().at("/webhook/status").asText())) >= 0;
    }

    @Test
    @Order(5)
    void aFailedWebhookIsRetried() throws Exception {
        Server.Account a = server.account("test");
        String id = sanitizeWithWebhook(a, "Nothing to see.", 2);
        assertTrue(awaitWebhook(a, id, "delivered", 30_000), "delivered on the third attempt");
        long calls = hooks.stream().filter(x -> x[2].contains(id)).count();
        assertEquals(3, calls, "two refused calls, then the delivered one");
    }

    /**
     * WH-04: a receiver that always fails: after the first call and its three retries the job's webhook is marked
     * failed, and the job, its result and its download link are as they were (a lost notification loses no job).
     */
    @Test
    @Order(5)
    void aWebhookThatAlwaysFailsIsMarkedFailedAndTheResultStaysDownloadable() throws Exception {
        Server.Account a = server.account("test");
        String id = sanitizeWithWebhook(a, "Nothing to see here.", 4);
        assertTrue(awaitWebhook(a, id, "failed", 60_000), "marked failed after its retries");
        assertEquals(4, hooks.stream().filter(x -> x[2].contains(id)).count(), "the first call and three retries");
        JsonNode job = server.send("GET", "/api/v1/job/" + id, bearer(a.key()), null).json();
        assertEquals("completed", job.get("status").asText(), job.toString());
        Server.Reply download = server.send("GET", path(job.get("downloadUrl").asText()), bearer(a.key()), null);
        assertEquals(200, download.status(), download.text());
        assertEquals("Nothing to see here.", download.text());
    }

    @Test
    @Order(6)
    void cancellingAQueuedJobStopsIt() throws Exception {
        Server.Account a = server.account("test");
        String big = clinicNotes(2_000_000);
        Server.Reply first = server.upload("/api/v1/jobs", a.key(),
                new Server.Form().file("files", "big.txt", big.getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, first.status(), first.text());
        Server.Reply second = server.upload("/api/v1/sanitize", a.key(), note("file"));
        String id = second.json().get("jobId").asText();
        Server.Reply cancelled = server.send("POST", "/api/v1/cancel/" + id, bearer(a.key()), null);
        assertEquals(200, cancelled.status(), cancelled.text());
        assertEquals("cancelled", cancelled.json().get("status").asText());
        assertEquals("cancelled", server.send("GET", "/api/v1/job/" + id, bearer(a.key()), null).json().get("status").asText());
        assertError(server.send("POST", "/api/v1/cancel/" + id, bearer(a.key()), null), 409, "conflict");
        Server.Reply third = server.upload("/api/v1/jobs", a.key(), note("files"));
        String batch = third.json().get("jobId").asText();
        Server.Reply deleted = server.send("DELETE", "/api/v1/jobs/" + batch, bearer(a.key()), null);
        assertEquals(200, deleted.status(), deleted.text());
        assertEquals("cancelled", deleted.json().get("status").asText());
        assertError(server.send("GET", "/api/v1/jobs/" + batch + "/download", bearer(a.key()), null), 409, "conflict");
        assertError(server.send("DELETE", "/api/v1/jobs/" + batch, bearer(a.key()), null), 409, "conflict"); // DEL-05: ended
        assertFalse(Files.exists(dir.resolve("blackbar-data/jobs").resolve(batch)), "a cancelled queued job's files go at once");
        assertEquals("completed", awaitEnd("/api/v1/jobs/" + first.json().get("jobId").asText(), a.key()).get("status").asText());
    }

    @Test
    @Order(7)
    void creditsAreChargedPerDocumentAndAJobTheAccountCannotPayIsRefused() throws Exception {
        Server.Account a = server.account("live");
        // 136,990 characters: 46 of the account's 50 credits (one per started 3,000)
        String text = "The quarterly figures were reviewed by the committee without remarks.\n".repeat(1957);
        assertEquals(136_990, text.length());
        Server.Reply created = server.upload("/api/v1/jobs", a.key(),
                new Server.Form().file("files", "long.txt", text.getBytes(StandardCharsets.UTF_8)));
        JsonNode job = awaitEnd("/api/v1/jobs/" + created.json().get("jobId").asText(), a.key());
        assertEquals(46, job.at("/result/totalCreditsUsed").asInt(), job.toString());
        JsonNode usage = server.send("GET", "/api/v1/usage", bearer(a.key()), null).json();
        assertEquals(4, usage.at("/credits/available").asInt());

        Server.Form five = new Server.Form();
        for (int i = 0; i < 5; i++) {
            five.file("files", "n" + i + ".txt", NOTE);
        }
        assertError(server.upload("/api/v1/jobs", a.key(), five), 402, "insufficient_credits");

        // a document that turns out to cost more than is left fails alone, and costs nothing
        Server.Reply dear = server.upload("/api/v1/jobs", a.key(), new Server.Form()
                .file("files", "long.txt", text.getBytes(StandardCharsets.UTF_8)).file("files", "short.txt", NOTE));
        JsonNode mixed = awaitEnd("/api/v1/jobs/" + dear.json().get("jobId").asText(), a.key());
        assertEquals("completed", mixed.get("status").asText(), mixed.toString());
        assertEquals("failed", mixed.at("/documents/0/status").asText());
        assertTrue(mixed.at("/documents/0/error").asText().startsWith("insufficient_credits"), mixed.toString());
        assertEquals(1, mixed.at("/result/totalCreditsUsed").asInt());
        assertEquals(3, server.send("GET", "/api/v1/usage", bearer(a.key()), null).json().at("/credits/available").asInt());
    }

    /**
     * A job outlives its server, killed (SIGKILL) or stopped (SIGTERM) in the middle of it: the job that was processing
     * and the one that waited both complete after a restart, each charged once (a live key; credits counted).
     */
    @Test
    @Order(8)
    void aJobOutlivesARestart() throws Exception {
        Path home = Files.createDirectories(dir.resolve("restart"));
        // the test's polls every 100 ms are no client's to limit (the Cloakrr job's status counts as the API's 60 a
        // minute): a 429's wait outlasted a job, and an upload after the polls was refused
        Map<String, String> env = env("BLACKBAR_FREE_CREDITS", "10000", "BLACKBAR_RATE_JOB_POLL", "60000/60",
                "BLACKBAR_RATE_API", "60000/60", "BLACKBAR_RATE_API_ACCOUNT", "60000/60");
        Server s = new Server(home, env);
        try {
            Server.Account a = s.account("live");
            String big = clinicNotes(3_000_000);
            int each = (big.length() + 2999) / 3000;
            List<String> ids = new ArrayList<>();
            for (boolean kill : new boolean[] {true, false}) {
                List<String> round = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Server.Reply r = s.upload("/api/v1/jobs", a.key(),
                            new Server.Form().file("files", "big" + i + ".txt", big.getBytes(StandardCharsets.UTF_8)));
                    assertEquals(200, r.status(), r.text());
                    round.add(r.json().get("jobId").asText());
                }
                awaitProcessing(s, round.get(0), a.key());
                if (kill) {
                    s.kill(); // kill -9 while the first runs and the second waits
                } else {
                    s.close(); // a stop: the running job is left for the next start, not failed
                }
                s = new Server(home, env);
                long resumed = Files.readAllLines(s.log).stream().filter(l -> l.contains("2 job(s) queued again after a restart")).count();
                assertEquals(ids.size() / 2 + 1, resumed, "the restarted server took both jobs up again");
                ids.addAll(round);
            }
            for (String id : ids) {
                JsonNode job = awaitEnd(s, "/api/v1/jobs/" + id, a.key());
                assertEquals("completed", job.get("status").asText(), job.toString());
                assertEquals(each, job.at("/result/totalCreditsUsed").asInt(), job.toString());
                Server.Reply out = patiently(s, "/api/v1/jobs/" + id + "/download", a.key());
                assertEquals(200, out.status(), out.text());
                assertFalse(out.text().contains("415-555-0134"), "redacted");
            }
            JsonNode usage = patiently(s, "/api/v1/usage", a.key()).json();
            assertEquals(4 * each, usage.at("/credits/used").asInt(), "each document charged once: " + usage);
            assertEquals(10_000 - 4 * each, usage.at("/credits/available").asInt());

            // WH-09: killed while its notice is on the way: the next start sends it again
            holdHooks.set(true);
            Server.Reply upload = s.upload("/api/v1/jobs", a.key(), new Server.Form().field("webhookUrl", hookUrl())
                    .file("files", "n.txt", NOTE));
            assertEquals(200, upload.status(), upload.text());
            String noticed = upload.json().get("jobId").asText();
            assertEquals("completed", awaitEnd(s, "/api/v1/jobs/" + noticed, a.key()).get("status").asText());
            hookFor(noticed);
            s.kill();
            Thread.sleep(1000); // a delivery the dead server sent just before is in by then
            // the held delivery may have timed out and been tried again before the kill: count those, and wait for one more
            long before = hooks.stream().filter(x -> x[2].contains(noticed)).count();
            holdHooks.set(false);
            s = new Server(home, env);
            Server restarted = s;
            assertTrue(Support.await(30_000, () -> hooks.stream().filter(x -> x[2].contains(noticed)).count() > before) >= 0,
                    "the notice was sent again after the restart");
            assertTrue(Support.await(30_000, () -> "delivered".equals(restarted.send("GET", "/api/v1/jobs/" + noticed,
                    bearer(a.key()), null).json().at("/webhook/status").asText())) >= 0, "and marked delivered");

            // a job whose processing kills the server every time fails after three tries, uncharged (UP-14, UP-21)
            String poison = s.upload("/api/v1/jobs", a.key(),
                    new Server.Form().file("files", "big.txt", big.getBytes(StandardCharsets.UTF_8))).json().get("jobId").asText();
            for (int i = 0; i < 3; i++) {
                awaitProcessing(s, poison, a.key());
                s.kill();
                s = new Server(home, env);
            }
            JsonNode failed = awaitEnd(s, "/api/v1/jobs/" + poison, a.key());
            assertEquals("failed", failed.get("status").asText(), failed.toString());
            assertTrue(failed.get("error").asText().contains("3 times"), failed.toString());
            assertEquals(4 * each + 1, patiently(s, "/api/v1/usage", a.key()).json().at("/credits/used").asInt(),
                    "the four big jobs and the note: the failed job cost nothing");
        } finally {
            s.close();
        }
    }

    /**
     * CRASH-06 with two workers: a server killed while two jobs run cannot tell which one killed it, so both become
     * suspects and run one at a time afterwards; the one under which it then dies again fails at its third death, and
     * the other completes, charged once.
     */
    @Test
    @Order(8)
    void aJobThatKillsTheServerBesideAnotherIsFoundOut() throws Exception {
        Path home = Files.createDirectories(dir.resolve("two-workers"));
        Map<String, String> env = env("BLACKBAR_FREE_CREDITS", "10000", "BLACKBAR_JOB_WORKERS", "2", "BLACKBAR_RATE_JOB_POLL", "60000/60",
                "BLACKBAR_RATE_API", "60000/60", "BLACKBAR_RATE_API_ACCOUNT", "60000/60");
        Server s = new Server(home, env);
        try {
            Server.Account a = s.account("live");
            String big = clinicNotes(6_000_000); // seconds of work each, so a round sees a job running
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ids.add(s.upload("/api/v1/jobs", a.key(), new Server.Form().file("files", "big" + i + ".txt",
                        big.getBytes(StandardCharsets.UTF_8))).json().get("jobId").asText());
            }
            Server first = s;
            assertTrue(Support.await(30_000, () -> processing(first, ids, a.key()).size() == 2) >= 0, "both jobs run at once");
            s.kill();
            Map<String, Integer> deaths = new LinkedHashMap<>();
            String failed = null;
            for (int round = 0; round < 6 && failed == null; round++) {
                s = new Server(home, env);
                Server on = s;
                failed = ids.stream().filter(id -> status(on, id, a.key()).equals("failed")).findFirst().orElse(null);
                if (failed != null) {
                    break; // failed at the start, the other one taken up again
                }
                String[] seen = new String[1];
                assertTrue(Support.await(30_000, () -> {
                    List<String> now = processing(on, ids, a.key());
                    seen[0] = now.isEmpty() ? null : now.get(0);
                    return seen[0] != null;
                }) >= 0, "a job runs after the restart");
                Thread.sleep(400); // the other worker, free, would have taken the other job by now
                assertEquals(List.of(seen[0]), processing(on, ids, a.key()), "a suspect runs alone");
                deaths.merge(seen[0], 1, Integer::sum);
                s.kill();
            }
            assertNotNull(failed, "a job failed: " + deaths);
            assertEquals(2, deaths.get(failed), "the first death beside the other job, then two alone: " + deaths);
            JsonNode culprit = awaitEnd(s, "/api/v1/jobs/" + failed, a.key());
            assertTrue(culprit.get("error").asText().contains("3 times"), culprit.toString());
            String other = ids.get(0).equals(failed) ? ids.get(1) : ids.get(0);
            JsonNode done = awaitEnd(s, "/api/v1/jobs/" + other, a.key());
            assertEquals("completed", done.get("status").asText(), done.toString());
            assertEquals((big.length() + 2999) / 3000, patiently(s, "/api/v1/usage", a.key()).json()
                    .at("/credits/used").asInt(), "only the completed job was charged");
        } finally {
            s.close();
        }
    }

    /**
     * CRASH-01: a server killed while an upload streams in leaves nothing of it: at the next start the spooled parts
     * and the upload folders are empty, no job was made, and the client's retry with its Idempotency-Key makes the
     * job once.
     */
    @Test
    @Order(8)
    void aServerKilledDuringAnUploadLeavesNothingOfIt() throws Exception {
        Path home = Files.createDirectories(dir.resolve("killed-upload"));
        Server s = new Server(home, ENV);
        try {
            Server.Account a = s.account("test");
            Path tmp = home.resolve("blackbar-data/tmp");
            try (java.net.Socket raw = new java.net.Socket("127.0.0.1", s.port)) {
                java.io.OutputStream out = raw.getOutputStream();
                out.write(("POST /api/v1/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + a.key()
                        + "\r\nIdempotency-Key: upload-1\r\nContent-Type: multipart/form-data; boundary=zzz\r\nContent-Length: "
                        + (20L << 20) + "\r\n\r\n--zzz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                byte[] chunk = ("Patient note, nothing else. ".repeat(2340)).getBytes(StandardCharsets.ISO_8859_1);
                for (int i = 0; i < 80; i++) { // about 5 MiB of the 20 announced
                    out.write(chunk);
                }
                out.flush();
                assertTrue(Support.await(20_000, () -> !Server.files(tmp.resolve("parts")).isEmpty()
                        || !Server.files(tmp.resolve("uploads")).isEmpty()) >= 0, "the upload is being spooled");
                s.kill();
            }
            s = new Server(home, ENV);
            assertEquals(List.of(), Server.files(tmp).stream().filter(f -> !f.getFileName().toString().matches("blackbar-\\d+\\.lock"))
                    .toList(), "nothing of the cut-off upload is left (an engine's empty lock file aside)");
            assertEquals(0, s.send("GET", "/api/v1/jobs", bearer(a.key()), null).json().get("total").asInt(), "no job was made");
            Map<String, String> h = new LinkedHashMap<>(bearer(a.key()));
            Server.Form form = note("files");
            h.put("Content-Type", "multipart/form-data; boundary=" + form.boundary);
            h.put("Idempotency-Key", "upload-1");
            Server.Reply retried = s.send("POST", "/api/v1/jobs", h, form.bytes());
            assertEquals(200, retried.status(), retried.text());
            assertEquals(null, retried.header("Idempotent-Replayed"), "the key made nothing before");
        } finally {
            s.close();
        }
    }

    /**
     * CONC-03: three credits and ten jobs sent at once with a live key: three are made and seven answered 402 at once
     * (a credit is held for each document of the unfinished jobs), and the three complete, charged; the balance never
     * goes below zero.
     */
    @Test
    @Order(8)
    void jobsSentAtOnceAreAdmittedOnlyAsFarAsTheCreditsGo() throws Exception {
        Path home = Files.createDirectories(dir.resolve("three-credits"));
        try (Server s = new Server(home, env("BLACKBAR_FREE_CREDITS", "3"))) {
            Server.Account a = s.account("live");
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
            List<java.util.concurrent.Future<Server.Reply>> sent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                sent.add(pool.submit(() -> s.upload("/api/v1/jobs", a.key(), note("files"))));
            }
            List<String> made = new ArrayList<>();
            int refused = 0;
            for (var f : sent) {
                Server.Reply r = f.get();
                if (r.status() == 200) {
                    made.add(r.json().get("jobId").asText());
                } else {
                    assertError(r, 402, "insufficient_credits");
                    refused++;
                }
            }
            pool.shutdown();
            assertEquals(3, made.size(), "as many jobs as credits");
            assertEquals(7, refused);
            for (String id : made) {
                assertEquals("completed", awaitEnd(s, "/api/v1/jobs/" + id, a.key()).get("status").asText());
            }
            JsonNode usage = patiently(s, "/api/v1/usage", a.key()).json();
            assertEquals(0, usage.at("/credits/available").asInt(), usage.toString());
            assertEquals(3, usage.at("/credits/used").asInt(), usage.toString());
        }
    }

    private String status(Server on, String id, String key) {
        try {
            return patiently(on, "/api/v1/jobs/" + id, key).json().path("status").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> processing(Server on, List<String> ids, String key) {
        return ids.stream().filter(id -> status(on, id, key).equals("processing")).toList();
    }

    @Test
    @Order(9)
    void deletingTheAccountDeletesItsJobsAndTheirFiles() throws Exception {
        Server.Account a = server.account("live");
        Server.Reply r = server.upload("/api/v1/jobs", a.key(), new Server.Form().file("files", "n.txt",
                ("Mail " + email + ".").getBytes(StandardCharsets.UTF_8)));
        String id = r.json().get("jobId").asText();
        assertEquals("completed", awaitEnd("/api/v1/jobs/" + id, a.key()).get("status").asText());
        Path folder = dir.resolve("blackbar-data/jobs").resolve(id);
        assertTrue(Files.isDirectory(folder), "the job's results are stored");
        assertEquals(204, server.json("DELETE", "/api/v1/account", null, a.cookie()).status());
        assertFalse(Files.exists(folder), "the job's files are gone with the account");
        assertError(server.send("GET", "/api/v1/jobs/" + id, bearer(a.key()), null), 401, "unauthorized");

        // CONC-05: deleted while a job runs: the job's files go, and nothing is written or sent after
        Server.Account b = server.account("test");
        Server.Reply running = server.upload("/api/v1/jobs", b.key(), new Server.Form().field("webhookUrl", hookUrl())
                .file("files", "big.txt", clinicNotes(2_000_000).getBytes(StandardCharsets.UTF_8)));
        String busy = running.json().get("jobId").asText();
        awaitProcessing(server, busy, b.key());
        assertEquals(204, server.json("DELETE", "/api/v1/account", null, b.cookie()).status());
        Path busyFolder = dir.resolve("blackbar-data/jobs").resolve(busy);
        assertFalse(Files.exists(busyFolder), "the running job's files are gone with the account");
        Thread.sleep(6000); // longer than the job would have taken
        assertFalse(Files.exists(busyFolder), "nothing written after the deletion");
        assertTrue(hooks.stream().noneMatch(x -> x[2].contains(busy)), "no notice for a deleted account's job");
    }

    private static String run(Path work, String script) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", script).directory(work.toFile()).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "the example ran: " + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return out;
    }

    /**
     * The designs' own examples for jobs, as printed (host and key substituted; the cleanthis steps' placeholders
     * JOB_ID and DOWNLOAD_URL_FROM_RESPONSE filled from the step before, as its reader does): Cloakrr's "cURL Batch
     * Processing" script and cleanthis's quick start step 3 (upload, poll, download with the signed link).
     */
    @Test
    @Order(10)
    void seedJobExamplesRunUnchanged() throws Exception {
        Server.Account a = server.account("live");
        Path work = Files.createDirectories(dir.resolve("seed"));
        byte[] pdf = HandPdf.text("Patient note for the quarterly review.", "SSN " + ssn + ", mail " + email + ".",
                "The committee approved the budget.");
        Files.write(work.resolve("doc1.pdf"), pdf);
        Files.write(work.resolve("doc2.pdf"), pdf);
        Files.write(work.resolve("document.pdf"), HandPdf.textWithInfo(author, "A report.", "The committee approved the budget."));
        String host = "http://127.0.0.1:" + server.port;
        String batch = """
                # Create batch job
                JOB_ID=$(curl -s -X POST https://your-domain.com/api/v1/jobs \
                -H "Authorization: Bearer clk_live_xxx" \
                -F "files=@doc1.pdf" \
                -F "files=@doc2.pdf" \
                -F "framework=pii" | jq -r '.jobId')
                # Poll for completion
                while true; do
                STATUS=$(curl -s https://your-domain.com/api/v1/jobs/$JOB_ID \
                -H "Authorization: Bearer clk_live_xxx" | jq -r '.status')
                if [ "$STATUS" = "completed" ]; then
                echo "Job complete!"
                break
                fi
                sleep 5
                done
                # Download results
                curl -s https://your-domain.com/api/v1/jobs/$JOB_ID/download \
                -H "Authorization: Bearer clk_live_xxx"
                """.replace("https://your-domain.com", host).replace("clk_live_xxx", a.key());
        Files.writeString(work.resolve("batch.sh"), batch);
        run(work, "bash batch.sh > results.out");
        byte[] results = Files.readAllBytes(work.resolve("results.out"));
        String head = "Job complete!\n";
        assertEquals(head, new String(results, 0, head.length(), StandardCharsets.UTF_8));
        List<String> names = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(results, head.length(), results.length - head.length()))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                names.add(e.getName());
                String content = new String(z.readAllBytes(), StandardCharsets.ISO_8859_1);
                assertTrue(content.startsWith("%PDF-"), e.getName());
                assertFalse(content.contains(ssn) || content.contains(email), "a result holds a value");
            }
        }
        assertEquals(List.of("doc1_redacted.pdf", "doc2_redacted.pdf"), names);

        String upload = """
                curl -s -X POST https://cleanthis.io/api/v1/sanitize \
                  -H "Authorization: Bearer ct_live_Ab3xK9mP..." \
                  -F "file=@document.pdf" | jq
                """.replace("https://cleanthis.io", host).replace("ct_live_Ab3xK9mP...", a.key());
        JsonNode queued = Server.JSON.readTree(run(work, upload));
        assertEquals("queued", queued.get("status").asText());
        String poll = """
                curl -s https://cleanthis.io/api/v1/job/JOB_ID \
                  -H "Authorization: Bearer ct_live_Ab3xK9mP..." | jq
                """.replace("https://cleanthis.io", host).replace("ct_live_Ab3xK9mP...", a.key())
                .replace("JOB_ID", queued.get("jobId").asText());
        JsonNode[] done = new JsonNode[1];
        assertTrue(Support.await(60_000, () -> "completed".equals((done[0] = Server.JSON.readTree(run(work, poll))).get("status").asText())) >= 0);
        String download = """
                curl -o clean.pdf "DOWNLOAD_URL_FROM_RESPONSE" \
                  -H "Authorization: Bearer ct_live_Ab3xK9mP..."
                """.replace("ct_live_Ab3xK9mP...", a.key()).replace("DOWNLOAD_URL_FROM_RESPONSE", done[0].get("downloadUrl").asText());
        run(work, download);
        byte[] clean = Files.readAllBytes(work.resolve("clean.pdf"));
        assertTrue(new String(clean, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        assertFalse(new String(clean, StandardCharsets.ISO_8859_1).contains(author), "the author is gone");
    }

    /** BLACKBAR_RETENTION: after it, a job's rows and files are deleted; its signed link answers 410 (SIG-07). */
    @Test
    @Order(11)
    void resultsAreDeletedWhenTheyExpire() throws Exception {
        Path other = Files.createDirectories(dir.resolve("short"));
        try (Server shortLived = new Server(other, env("BLACKBAR_RETENTION", "2"))) {
            Server.Account a = shortLived.account("live");
            Server.Reply r = shortLived.upload("/api/v1/sanitize", a.key(), new Server.Form().file("file", "retained-4821.txt",
                    NOTE));
            String id = r.json().get("jobId").asText();
            JsonNode[] job = new JsonNode[1];
            assertTrue(Support.await(30_000, () -> "completed".equals(
                    (job[0] = shortLived.send("GET", "/api/v1/job/" + id, bearer(a.key()), null).json()).path("status").asText())) >= 0);
            String link = path(job[0].get("downloadUrl").asText());
            assertEquals(200, shortLived.send("GET", link, bearer(a.key()), null).status());
            Path folder = other.resolve("blackbar-data/jobs").resolve(id);
            assertTrue(Support.await(20_000, () -> !Files.exists(folder)) >= 0, "the files are deleted after the retention");
            assertError(shortLived.send("GET", "/api/v1/job/" + id, bearer(a.key()), null), 404, "not_found");
            Server.Reply gone = shortLived.send("GET", link, bearer(a.key()), null);
            assertError(gone, 410, "gone");
            assertEquals(GONE, gone.json().get("message").asText(), "SIG-07: as an expired link's");
            Path db = other.resolve("blackbar-data/db");
            assertTrue(Support.await(20_000, () -> Server.files(db).stream().noneMatch(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("retained-4821");
                } catch (java.io.IOException e) {
                    return false; // a file being rewritten: the next look
                }
            })) >= 0, "the expired job's file name is gone from the database's files too (DEL-02), with the server running");
        }
        // DEL-04: results that expire while the server is stopped are refused at once when it is back, then deleted
        Path stopped = Files.createDirectories(dir.resolve("expired-while-stopped"));
        Map<String, String> env = env("BLACKBAR_RETENTION", "8");
        String id;
        String link;
        Server.Account a;
        try (Server before = new Server(stopped, env)) {
            a = before.account("live");
            id = before.upload("/api/v1/sanitize", a.key(), note("file")).json().get("jobId").asText();
            JsonNode done = awaitEnd(before, "/api/v1/job/" + id, a.key());
            assertEquals("completed", done.get("status").asText());
            link = path(done.get("downloadUrl").asText());
        }
        Path folder = stopped.resolve("blackbar-data/jobs").resolve(id);
        assertTrue(Files.isDirectory(folder), "kept while the server is stopped");
        Thread.sleep(9000); // the retention ends while no server runs
        try (Server after = new Server(stopped, env)) {
            Server.Reply gone = after.send("GET", link, bearer(a.key()), null);
            assertError(gone, 410, "gone");
            assertError(after.send("GET", "/api/v1/job/" + id, bearer(a.key()), null), 404, "not_found");
            assertTrue(Support.await(20_000, () -> !Files.exists(folder)) >= 0, "and its files are deleted after the start");
        }
    }

    /** CONC-01: a creation sent again with its Idempotency-Key, also at the same time, makes one job. */
    @Test
    @Order(12)
    void anIdempotencyKeyMakesOneJob() throws Exception {
        Server.Account a = server.account("test");
        Map<String, String> h = new LinkedHashMap<>();
        Server.Form form = note("files");
        h.put("Content-Type", "multipart/form-data; boundary=" + form.boundary);
        h.put("Authorization", "Bearer " + a.key());
        h.put("Idempotency-Key", "order-4711");
        Server.Reply first = server.send("POST", "/api/v1/jobs", h, form.bytes());
        assertEquals(200, first.status(), first.text());
        Server.Reply again = server.send("POST", "/api/v1/jobs", h, form.bytes());
        assertEquals(200, again.status(), again.text());
        assertEquals(first.json().get("jobId").asText(), again.json().get("jobId").asText());
        assertEquals("true", again.header("Idempotent-Replayed"));

        h.put("Idempotency-Key", "order-4712");
        List<java.util.concurrent.Future<Server.Reply>> together = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            together.add(pool.submit(() -> server.send("POST", "/api/v1/jobs", h, form.bytes())));
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var f : together) {
            Server.Reply r = f.get();
            assertEquals(200, r.status(), r.text());
            ids.add(r.json().get("jobId").asText());
        }
        pool.shutdown();
        assertEquals(1, ids.size(), "four requests at once, one job: " + ids);
        assertEquals(2, server.send("GET", "/api/v1/jobs", bearer(a.key()), null).json().get("total").asInt());

        // CONC-02: the key sent again with another request (other bytes, another framework) is a conflict, not a replay
        // that would drop the new documents; nothing is made for it
        for (Server.Form changed : List.of(new Server.Form().file("files", "n.txt", "Another note.".getBytes(StandardCharsets.UTF_8)),
                new Server.Form().field("framework", "hipaa").file("files", "n.txt", NOTE))) {
            Map<String, String> reused = new LinkedHashMap<>(h);
            reused.put("Content-Type", "multipart/form-data; boundary=" + changed.boundary);
            reused.put("Idempotency-Key", "order-4711");
            Server.Reply r = server.send("POST", "/api/v1/jobs", reused, changed.bytes());
            assertError(r, 409, "conflict");
            assertTrue(r.text().contains("different request"), r.text());
        }
        assertEquals(2, server.send("GET", "/api/v1/jobs", bearer(a.key()), null).json().get("total").asInt());
        assertEquals("true", server.send("POST", "/api/v1/jobs", h.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> e.getKey().equals("Idempotency-Key") ? "order-4711" : e.getValue())), form.bytes())
                .header("Idempotent-Replayed"), "the first request sent again still replays");

        Map<String, String> bad = new LinkedHashMap<>(h);
        bad.put("Idempotency-Key", "no spaces allowed");
        assertError(server.send("POST", "/api/v1/jobs", bad, form.bytes()), 400, "bad_request");
        Server.Form one = note("file");
        Map<String, String> other = new LinkedHashMap<>(h);
        other.put("Content-Type", "multipart/form-data; boundary=" + one.boundary);
        other.put("Idempotency-Key", "order-4711");
        assertError(server.send("POST", "/api/v1/sanitize", other, one.bytes()), 409, "conflict");
    }

    /**
     * CONC-04: an account has at most 50 jobs waiting or running; the 51st is answered 429 with Retry-After at once, and
     * the 50 all run when the worker is free again.
     */
    @Test
    @Order(13)
    void theQueueOfAnAccountIsBounded() throws Exception {
        Server.Account a = server.account("test");
        java.util.concurrent.CompletableFuture<Void> release = new java.util.concurrent.CompletableFuture<>();
        slowFile.set(release);
        String first;
        try {
            Map<String, String> h = new LinkedHashMap<>(bearer(a.key()));
            h.put("Content-Type", "application/json");
            Server.Reply blocker = server.send("POST", "/api/v1/sanitize-url", h, ("{\"url\":\"http://127.0.0.1:"
                    + receiver.getAddress().getPort() + "/files/slow.pdf\"}").getBytes(StandardCharsets.UTF_8));
            assertEquals(200, blocker.status(), blocker.text());
            first = blocker.json().get("jobId").asText();
            String blocking = first;
            assertTrue(Support.await(30_000, () -> "processing".equals(server.send("GET", "/api/v1/job/" + blocking,
                    bearer(a.key()), null).json().path("status").asText())) >= 0, "the only worker waits for the slow file");
            for (int i = 1; i < 50; i++) {
                Server.Reply r = server.upload("/api/v1/jobs", a.key(), new Server.Form().file("files", "n" + i + ".txt",
                        NOTE));
                assertEquals(200, r.status(), i + ": " + r.text());
            }
            Server.Reply full = server.upload("/api/v1/jobs", a.key(), note("files"));
            assertError(full, 429, "rate_limit_exceeded");
            assertTrue(full.json().get("message").asText().contains("50 jobs waiting or running"), full.text());
            assertTrue(Integer.parseInt(full.header("Retry-After")) >= 1);
        } finally {
            release.complete(null);
            slowFile.set(java.util.concurrent.CompletableFuture.completedFuture(null));
        }
        assertEquals("completed", awaitEnd("/api/v1/job/" + first, a.key()).get("status").asText());
        // the newest of the 49, polled every two seconds (the key's 60 requests a minute are nearly spent)
        String newest = server.send("GET", "/api/v1/jobs?limit=1", bearer(a.key()), null).json().at("/jobs/0/id").asText();
        String status = "";
        for (int i = 0; i < 40 && !status.equals("completed"); i++) {
            Thread.sleep(2000);
            Server.Reply r = server.send("GET", "/api/v1/jobs/" + newest, bearer(a.key()), null);
            status = r.status() == 200 ? r.json().get("status").asText() : status;
        }
        assertEquals("completed", status, "the queue ran down once the worker was free");
    }

    /** PRIV: no planted value in the log, the database or the data folder; no input kept; no temp file left. */
    @Test
    @Order(100)
    void nothingSensitiveIsLeftBehind() throws Exception {
        server.close();
        Path data = dir.resolve("blackbar-data");
        assertEquals(List.of(), Server.files(data.resolve("tmp")), "temp files left behind");
        List<Path> stored = Server.files(data.resolve("jobs"));
        assertFalse(stored.isEmpty(), "the outputs are kept until the jobs expire");
        for (Path f : stored) {
            assertTrue(f.getFileName().toString().endsWith(".out"), "an input was kept: " + f.getFileName());
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
                    "owner-only: " + f.getFileName());
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f.getParent())),
                    "the job's folder is owner-only");
        }
        List<Path> scanned = new ArrayList<>(Server.files(data.resolve("db")));
        scanned.addAll(stored);
        scanned.add(server.log);
        for (Path f : scanned) {
            String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String m : List.of(ssn, email, author)) {
                assertFalse(content.contains(m), "a planted value is in " + f.getFileName());
            }
        }
        assertFalse(hooks.isEmpty());
        for (String[] hook : hooks) { // PRIV-08: a notice names files and links, never a value or the text
            for (String m : List.of(ssn, email, author)) {
                assertFalse(hook[2].contains(m), "a planted value is in a webhook's body");
            }
        }
    }
}
