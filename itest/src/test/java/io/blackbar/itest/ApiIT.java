package io.blackbar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synchronous API against the real server (the shipped jar, real HTTP, a real database file):
 * accounts, sessions, keys, credits, rate limits, /redact, /scan, /usage, and every error code the
 * contract lists for them. Cases named like AUTH-04 are from SECURITY-CASES.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    static Path dir;

    private Server server;
    /** Values planted in documents and credentials, searched for in logs and files at the end. */
    private final List<String> markers = new ArrayList<>();
    private final String ssn = String.format("%03d-%02d-%04d", 100 + RANDOM.nextInt(500), 10 + RANDOM.nextInt(89), 1000 + RANDOM.nextInt(8999));
    private final String email = "marker." + Long.toHexString(RANDOM.nextLong()) + "@example.net";

    @BeforeAll
    void start() throws Exception {
        server = new Server(dir, Map.of(
                "BLACKBAR_FREE_CREDITS", "20",
                "BLACKBAR_MAX_SYNC_BYTES", "1048576",
                "BLACKBAR_RATE_API", "25/60",
                "BLACKBAR_RATE_API_ACCOUNT", "40/60",
                "BLACKBAR_RATE_ACCOUNT_CREATE", "200/3600",
                "BLACKBAR_RATE_ACCOUNT_LOGIN", "200/900"));
        markers.add(ssn);
        markers.add(email);
    }

    @AfterAll
    void stop() throws InterruptedException {
        server.close();
    }

    /** The seed examples' document.pdf: a text page holding the SSN and the address. */
    private byte[] pdf() throws java.io.IOException {
        return HandPdf.text("Patient note for the quarterly review.", "SSN " + ssn + ", mail " + email + ".",
                "The committee approved the budget.");
    }

    /** What a redacted PDF shows, read by poppler (not by Blackbar); null when pdftotext is missing. */
    private static String shown(Path pdf) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
            System.out.println("[ApiIT] pdftotext missing: the redacted PDF is checked by its bytes only");
            return null;
        }
        return run(pdf.getParent(), "pdftotext", pdf.toString(), "-");
    }

    private static void assertRedactedPdf(Path pdf, String... values) throws Exception {
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a PDF came back");
        String shown = shown(pdf);
        for (String v : values) {
            assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains(v), "the bytes hold a removed value");
            assertTrue(shown == null || !shown.contains(v), "pdftotext shows a removed value");
        }
        assertTrue(shown == null || shown.contains("committee approved"), "the other text stays");
    }

    private byte[] document() {
        return ("Patient note. SSN " + ssn + ", mail " + email + ".\n").getBytes(StandardCharsets.UTF_8);
    }

    private Server.Account account(String mode) throws Exception {
        Server.Account a = server.account(mode);
        markers.add(a.number());
        markers.add(a.key());
        markers.add(a.cookie().substring(a.cookie().indexOf('=') + 1));
        return a;
    }

    private static void assertError(Server.Reply r, int status, String code) throws Exception {
        assertEquals(status, r.status(), r.text());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
        JsonNode j = r.json();
        assertEquals(code, j.get("error").asText(), r.text());
        assertFalse(j.get("message").asText().isBlank());
        assertFalse(r.text().contains("Exception") || r.text().contains("\tat "), "no stack trace: " + r.text());
    }

    @Test
    @Order(1)
    void accountsSessionsAndKeys() throws Exception {
        Server.Reply created = server.json("POST", "/api/v1/account", null, null);
        assertEquals(201, created.status());
        String number = created.json().get("accountNumber").asText();
        markers.add(number);
        assertTrue(number.matches("BB(-[0-9A-HJKMNP-TV-Z]{4}){6}"), number);
        assertEquals(number.substring(0, 7), created.json().get("prefix").asText());
        assertNotNull(created.json().get("warning"));

        // AUTH-05: a chosen session id sent before login is not adopted
        Server.Reply login = server.json("POST", "/api/v1/account/login", "{\"accountNumber\":\"" + number.toLowerCase() + "\"}",
                "session=attacker-chosen");
        assertEquals(200, login.status(), login.text());
        String setCookie = login.header("Set-Cookie");
        // AUTH-04: cookie attributes
        for (String attr : List.of("HttpOnly", "Secure", "SameSite=Strict", "Path=/")) {
            assertTrue(setCookie.contains(attr), setCookie);
        }
        assertFalse(setCookie.contains("Domain"), setCookie);
        String cookie = setCookie.split(";", 2)[0];
        assertNotEquals("session=attacker-chosen", cookie);
        markers.add(cookie.substring(8));

        Server.Reply info = server.json("GET", "/api/v1/account", null, cookie);
        assertEquals(200, info.status());
        assertEquals(20, info.json().at("/credits/available").asInt());
        assertFalse(info.text().contains(number), "AUTH-01: the number is never shown again");

        // KEY-01: the key once, then only prefix and last 4
        Server.Reply key = server.json("POST", "/api/v1/account/keys", "{\"label\":\"production\",\"mode\":\"live\"}", cookie);
        assertEquals(201, key.status());
        JsonNode k = key.json();
        String raw = k.get("rawKey").asText();
        markers.add(raw);
        assertTrue(raw.startsWith("bb_live_") && raw.length() >= 8 + 32, raw.length() + " characters");
        assertEquals("bb_live", k.get("prefix").asText());
        assertEquals(raw.substring(raw.length() - 4), k.get("last4").asText());
        for (String f : List.of("keyId", "label", "warning")) {
            assertTrue(k.hasNonNull(f), f);
        }
        Server.Reply list = server.json("GET", "/api/v1/account/keys", null, cookie);
        assertEquals(200, list.status());
        assertFalse(list.text().contains(raw));
        assertEquals(k.get("keyId").asText(), list.json().at("/keys/0/keyId").asText());

        assertEquals(200, server.json("GET", "/api/v1/account/usage", null, cookie).status());

        // AUTH-07: cross-site request with the cookie
        Server.Reply evil = server.send("POST", "/api/v1/account/keys", Map.of("Cookie", cookie, "Origin", "https://evil.example",
                "Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8));
        assertError(evil, 403, "forbidden");
        Server.Reply opaque = server.send("POST", "/api/v1/account/keys", Map.of("Cookie", cookie, "Origin", "null",
                "Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8));
        assertError(opaque, 403, "forbidden"); // a sandboxed frame or a cross-site redirect
        assertEquals(1, server.json("GET", "/api/v1/account/keys", null, cookie).json().get("keys").size(), "no key created");
        assertEquals(200, server.send("GET", "/api/v1/account/keys", Map.of("Cookie", cookie, "Origin", server.url("")
                .replaceFirst("/$", "")), null).status(), "this host's own origin is fine");

        // KEY-03: revoked key → 401 like an unknown one
        Server.Form form = new Server.Form().file("file", "a.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, server.upload("/api/v1/scan", raw, form).status());
        assertEquals(200, server.json("DELETE", "/api/v1/account/keys/" + k.get("keyId").asText(), null, cookie).status());
        Server.Reply revoked = server.upload("/api/v1/scan", raw, new Server.Form().file("file", "a.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        assertError(revoked, 401, "unauthorized");
        Server.Reply unknown = server.upload("/api/v1/scan", "bb_live_" + "x".repeat(46), new Server.Form().file("file", "a.txt",
                "hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals(unknown.text(), revoked.text(), "a revoked key is answered as an unknown one (no oracle)");
        assertEquals(unknown.header("WWW-Authenticate"), revoked.header("WWW-Authenticate"));
        assertError(server.json("DELETE", "/api/v1/account/keys/" + k.get("keyId").asText(), null, cookie), 404, "not_found");

        // AUTH-06: logout, then the old cookie is refused
        assertEquals(200, server.json("POST", "/api/v1/account/logout", null, cookie).status());
        assertError(server.json("GET", "/api/v1/account", null, cookie), 401, "unauthorized");
    }

    @Test
    @Order(2)
    void authenticationErrors() throws Exception {
        Server.Form form = new Server.Form().file("file", "a.txt", document());
        // KEY-02: none, garbage, Basic
        for (Map<String, String> h : List.of(Map.<String, String>of(), Map.of("Authorization", "Bearer nonsense"),
                Map.of("Authorization", "Basic dXNlcjpwYXNz"),
                Map.of("Authorization", "Bearer bb_live_0000000000000000000000000000000000000000AAAAAA"))) {
            Server.Reply r = server.send("GET", "/api/v1/usage", h, null);
            assertError(r, 401, "unauthorized");
            assertEquals("Bearer", r.header("WWW-Authenticate"));
        }
        assertError(server.upload("/api/v1/redact", null, form), 401, "unauthorized");
        // AUTH-02: unknown and malformed account numbers get the same answer
        Server.Reply unknown = server.json("POST", "/api/v1/account/login", "{\"accountNumber\":\"BB-0000-0000-0000-0000-0000-0000\"}", null);
        Server.Reply malformed = server.json("POST", "/api/v1/account/login", "{\"accountNumber\":\"hello\"}", null);
        assertError(unknown, 401, "unauthorized");
        assertEquals(unknown.text(), malformed.text());
        assertError(server.json("POST", "/api/v1/account/login", "not json", null), 400, "bad_request");
        // AUTH-08 / KEY-07: secrets in the URL
        Server.Account a = account("live");
        assertError(server.send("GET", "/api/v1/usage?api_key=" + a.key(), Map.of(), null), 400, "bad_request");
        assertError(server.send("GET", "/api/v1/account?session=x", Map.of("Cookie", a.cookie()), null), 400, "bad_request");
        // AUTH-09 / KEY-06: another account's key is not found
        Server.Account b = account("live");
        assertError(server.json("DELETE", "/api/v1/account/keys/" + b.keyId(), null, a.cookie()), 404, "not_found");
        assertEquals(1, server.json("GET", "/api/v1/account/keys", null, b.cookie()).json().get("keys").size());
    }

    @Test
    @Order(3)
    void scanRedactAndUsage() throws Exception {
        Server.Account a = account("live");
        Server.Reply scan = server.upload("/api/v1/scan", a.key(), new Server.Form().field("framework", "pii").file("file", "note.txt", document()));
        assertEquals(200, scan.status(), scan.text());
        JsonNode s = scan.json();
        assertTrue(s.get("success").asBoolean());
        assertEquals("note.txt", s.at("/file/name").asText());
        assertEquals("text/plain", s.at("/file/type").asText());
        assertEquals(document().length, s.at("/file/size").asInt());
        assertEquals(1, s.at("/file/pageCount").asInt());
        assertEquals("pii", s.get("framework").asText());
        assertEquals(2, s.at("/summary/totalItems").asInt());
        assertTrue(s.has("processingTimeMs"));
        assertFalse(scan.text().contains(ssn) || scan.text().contains(email), "values are masked");
        assertEquals("60", "" + (Integer.parseInt(scan.header("X-RateLimit-Limit")) + 35), "limit header (25 in this server)");
        assertNotNull(scan.header("X-RateLimit-Remaining"));
        assertNotNull(scan.header("X-RateLimit-Reset"));

        Server.Reply redact = server.upload("/api/v1/redact", a.key(),
                new Server.Form().field("framework", "hipaa").field("method", "redact").file("file", "note.txt", document()));
        assertEquals(200, redact.status(), redact.text());
        assertEquals("Patient note. SSN [REDACTED], mail [REDACTED].\n", redact.text());
        assertTrue(redact.header("Content-Type").startsWith("text/plain"));
        assertTrue(redact.header("Content-Disposition").contains("note_redacted.txt"), redact.header("Content-Disposition"));
        assertEquals("2", redact.header("X-Cloakrr-Items-Detected"));
        assertEquals("2", redact.header("X-Cloakrr-Items-Processed"));
        assertEquals("1", redact.header("X-Cloakrr-Credits-Used"));

        Server.Reply anon = server.upload("/api/v1/redact", a.key(),
                new Server.Form().field("method", "anonymize").file("file", "note.txt", document()));
        assertEquals(200, anon.status());
        assertFalse(anon.text().contains(ssn) || anon.text().contains(email));
        assertTrue(anon.text().contains("@example.com"), anon.text());
        assertTrue(anon.header("Content-Disposition").contains("note_anonymized.txt"));

        JsonNode usage = server.send("GET", "/api/v1/usage", Map.of("Authorization", "Bearer " + a.key()), null).json();
        assertTrue(usage.get("success").asBoolean());
        assertEquals(17, usage.at("/credits/available").asInt());
        assertEquals(3, usage.at("/credits/used").asInt());
        assertEquals(20, usage.at("/credits/total").asInt());
        assertEquals(3, usage.at("/jobs/last30Days/completed").asInt());
        assertEquals(3, usage.at("/jobs/last30Days/creditsUsed").asInt());
        assertTrue(usage.at("/organization/id").asText().startsWith("acc_"));
    }

    /**
     * A JSON export's message (a chat's, a webhook's) holds a form on one line, its line breaks and accents escaped as
     * JSON writers write them (Python's default: ASCII). The name and the birth date after their labels are found and
     * removed as written; read back by Jackson (no code of Blackbar's), the output is still JSON and its decoded text
     * holds neither value in any form.
     */
    @Test
    @Order(3)
    void aJsonExportIsReadAsItsDecodedText() throws Exception {
        String json = "{\"channel\": \"intake\", \"messages\": [{\"user\": \"U024BE7LH\", \"ts\": \"1733212800.000200\","
                + " \"text\": \"New patient form:\\nName: Jos\\u00e9 Garc\\u00eda Ordo\\u00f1ez\\nDOB: 04/12/1961\\nWard: 7B\"}]}\n";
        Server.Account a = account("live");
        Server.Reply r = server.upload("/api/v1/redact", a.key(), new Server.Form().field("framework", "hipaa")
                .field("method", "redact").file("file", "export.txt", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, r.status(), r.text());
        String out = r.text();
        for (String value : List.of("Jos\\u00e9", "Garc\\u00eda", "Ordo\\u00f1ez", "04/12/1961")) {
            assertFalse(out.contains(value), value + " is still in " + out);
        }
        JsonNode read = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
        String text = read.at("/messages/0/text").asText();
        for (String value : List.of("Jos", "García", "Ordoñez", "04/12")) {
            assertFalse(text.contains(value), value + " is still in the decoded " + text);
        }
        assertTrue(text.startsWith("New patient form:\nName: ") && text.contains("Ward: 7B"), text);
        assertEquals("intake", read.at("/channel").asText());

        // the birth date last in its string: read to its line's end, it stops at the string's end, and the JSON stays JSON
        String last = "{\"text\": \"Name: Jos\\u00e9 Garc\\u00eda\\nDOB: 04/12/1961\"}\n";
        Server.Reply r2 = server.upload("/api/v1/redact", a.key(), new Server.Form().field("framework", "hipaa")
                .field("method", "redact").file("file", "export2.txt", last.getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, r2.status(), r2.text());
        String text2 = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r2.text()).at("/text").asText();
        assertFalse(text2.contains("04/12") || text2.contains("Jos") || text2.contains("García"), text2);
    }

    @Test
    @Order(4)
    void uploadErrors() throws Exception {
        Server.Account a = account("live");
        // UP-01: over the sync limit with an honest Content-Length
        byte[] big = new byte[1_200_000];
        java.util.Arrays.fill(big, (byte) 'a');
        assertError(server.upload("/api/v1/scan", a.key(), new Server.Form().file("file", "big.txt", big)), 413, "file_too_large");
        // UP-02: the same, chunked (no length)
        Server.Form form = new Server.Form().file("file", "big.txt", big);
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url("/api/v1/redact")))
                .header("Authorization", "Bearer " + a.key())
                .header("Content-Type", "multipart/form-data; boundary=" + form.boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form.bytes()))).build();
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        // UP-01: a Content-Length of 60 MiB is refused from the headers, before the body comes (a client that sent
        // only 1 KB of it is answered at once)
        try (java.net.Socket raw = new java.net.Socket("127.0.0.1", server.port)) {
            raw.setSoTimeout(10_000);
            raw.getOutputStream().write(("POST /api/v1/redact HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + a.key()
                    + "\r\nContent-Type: multipart/form-data; boundary=zzz\r\nContent-Length: " + (60L << 20) + "\r\n\r\n"
                    + "--zzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n" + "a".repeat(1024))
                    .getBytes(StandardCharsets.ISO_8859_1));
            raw.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(raw.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 413 "), status);
        }
        // UP-04: a part without a file name, larger than the limit, is no way around it
        Server.Form unnamed = new Server.Form().field("x", "a".repeat(1_500_000)).file("file", "a.txt", document());
        assertError(server.upload("/api/v1/scan", a.key(), unnamed), 413, "file_too_large");
        // UP-03: ten thousand tiny parts
        Server.Form many = new Server.Form();
        for (int i = 0; i < 10_000; i++) {
            many.field("f" + i, "x");
        }
        many.file("file", "a.txt", document());
        Server.Reply parts = server.upload("/api/v1/scan", a.key(), many);
        assertTrue(parts.status() == 400 || parts.status() == 413, parts.status() + " " + parts.text());
        assertError(parts, parts.status(), parts.status() == 400 ? "bad_request" : "file_too_large");
        // UP-06: an executable named .txt, and one named .exe
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertError(server.upload("/api/v1/scan", a.key(), new Server.Form().file("file", "report.txt", exe)), 415, "unsupported_media_type");
        Server.Reply named = server.upload("/api/v1/scan", a.key(), new Server.Form().file("file", "evil.exe", exe));
        assertError(named, 415, "unsupported_media_type");
        assertTrue(named.json().get("message").asText().contains(".exe"), "the message names the type");
        // UP-05: empty file, no file part
        assertError(server.upload("/api/v1/scan", a.key(), new Server.Form().file("file", "e.txt", new byte[0])), 400, "bad_request");
        assertError(server.upload("/api/v1/scan", a.key(), new Server.Form().field("framework", "pii")), 400, "bad_request");
        // malformed multipart, not multipart, unknown framework and method
        assertError(server.send("POST", "/api/v1/scan", Map.of("Authorization", "Bearer " + a.key(),
                "Content-Type", "multipart/form-data; boundary=zzz"), "--zzz\r\nbroken".getBytes(StandardCharsets.UTF_8)), 400, "bad_request");
        assertError(server.send("POST", "/api/v1/scan", Map.of("Authorization", "Bearer " + a.key(),
                "Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8)), 400, "bad_request");
        assertError(server.upload("/api/v1/scan", a.key(), new Server.Form().field("framework", "sox").file("file", "a.txt", document())),
                400, "bad_request");
        assertError(server.upload("/api/v1/redact", a.key(), new Server.Form().field("method", "shred").file("file", "a.txt", document())),
                400, "bad_request");
        // no credits were taken by any of these (RL-06)
        assertEquals(20, server.send("GET", "/api/v1/usage", Map.of("Authorization", "Bearer " + a.key()), null).json()
                .at("/credits/available").asInt());
        // PRIV-05: a parser's message (which quotes the document) never reaches the answer: a DOCX whose XML breaks
        // at an element named after a marker, and a PDF whose objects hold one
        String marker = "Marker" + Long.toHexString(RANDOM.nextLong());
        java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(docx)) {
            for (String[] part : new String[][] {
                {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                    + "relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
                {"_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                    + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
                {"word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><" + marker + "></w:body></w:document>"}}) {
                z.putNextEntry(new java.util.zip.ZipEntry(part[0]));
                z.write(part[1].getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] pdf = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages " + marker + " >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Server.Reply brokenDocx = server.upload("/api/v1/scan", a.key(), new Server.Form().file("file", "broken.docx", docx.toByteArray()));
        assertError(brokenDocx, 422, "unprocessable_document"); // the XML parser failed, and its message names the marker
        assertTrue(brokenDocx.text().contains("not well-formed"), brokenDocx.text());
        assertFalse(brokenDocx.text().contains(marker), "the parser's message is not in the answer: " + brokenDocx.text());
        Server.Reply brokenPdf = server.upload("/api/v1/scan", a.key(), new Server.Form().file("file", "broken.pdf", pdf));
        assertTrue(brokenPdf.status() == 422 || brokenPdf.status() == 200, brokenPdf.text()); // PDFBox may repair it
        assertFalse(brokenPdf.text().contains(marker), "the parser's message is not in the answer: " + brokenPdf.text());
        assertFalse(Files.readString(server.log).contains(marker), "nor in the log");
    }

    @Test
    @Order(5)
    void rateLimitAnswers429WithRetryAfter() throws Exception {
        Server.Account a = account("live"); // live: a 429 must cost no credit (RL-01)
        int credits = server.json("GET", "/api/v1/account/usage", null, a.cookie()).json().at("/credits/available").asInt();
        assertTrue(credits > 0, "credits to lose: " + credits);
        Map<String, String> auth = Map.of("Authorization", "Bearer " + a.key());
        // the windows are fixed and follow the clock: a run that crossed into the next one saw its count
        // start again (and failed); when the window ends within ten seconds, begin in the next one
        Server.Reply first = server.send("GET", "/api/v1/usage", auth, null);
        long reset = Long.parseLong(first.header("X-RateLimit-Reset"));
        long wait = reset * 1000 - System.currentTimeMillis();
        if (wait < 10_000) {
            Thread.sleep(Math.max(0, wait) + 200);
            first = server.send("GET", "/api/v1/usage", auth, null);
            reset = Long.parseLong(first.header("X-RateLimit-Reset"));
        }
        assertEquals(200, first.status());
        int previous = Integer.parseInt(first.header("X-RateLimit-Remaining"));
        assertTrue(previous < 25 && previous >= 20, "a new key has used little of its window: " + previous);
        for (int left = previous; left > 0; left--) {
            Server.Reply r = server.send("GET", "/api/v1/usage", auth, null);
            assertEquals(200, r.status());
            assertEquals(reset, Long.parseLong(r.header("X-RateLimit-Reset")), "the same window");
            int remaining = Integer.parseInt(r.header("X-RateLimit-Remaining"));
            assertTrue(remaining < previous);
            previous = remaining;
        }
        Server.Reply limited = server.send("GET", "/api/v1/usage", auth, null);
        assertError(limited, 429, "rate_limit_exceeded");
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
        assertEquals("0", limited.header("X-RateLimit-Remaining"));
        assertEquals("25", limited.header("X-RateLimit-Limit"));
        // a document sent over the limit is not processed, and costs nothing (read through the session, not the key)
        assertError(server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", "note.txt", document())), 429,
                "rate_limit_exceeded");
        JsonNode after = server.json("GET", "/api/v1/account/usage", null, a.cookie()).json();
        assertEquals(credits, after.at("/credits/available").asInt(), after.toString());
    }

    /**
     * RL-02: more keys are not more capacity. An account has at most 20 active keys, and its keys share a limit per
     * account (here 40 a minute) beside each key's own (here 25; the headers keep showing that one).
     */
    @Test
    @Order(5)
    void theKeysOfAnAccountShareOneLimitAndAreCapped() throws Exception {
        Server.Account a = account("test");
        List<String> keys = new ArrayList<>(List.of(a.key()));
        for (int i = 1; i < 20; i++) {
            Server.Reply k = server.json("POST", "/api/v1/account/keys", "{\"label\":\"k" + i + "\",\"mode\":\"test\"}", a.cookie());
            assertEquals(201, k.status(), k.text());
            keys.add(k.json().get("rawKey").asText());
        }
        assertError(server.json("POST", "/api/v1/account/keys", "{\"label\":\"one too many\",\"mode\":\"live\"}", a.cookie()),
                409, "conflict");
        Server.Reply first = server.send("GET", "/api/v1/usage", Map.of("Authorization", "Bearer " + keys.get(0)), null);
        long wait = Long.parseLong(first.header("X-RateLimit-Reset")) * 1000 - System.currentTimeMillis();
        if (wait < 15_000) { // the fixed windows follow the clock: begin in a fresh one
            Thread.sleep(Math.max(0, wait) + 200);
            first = server.send("GET", "/api/v1/usage", Map.of("Authorization", "Bearer " + keys.get(0)), null);
        }
        assertEquals(200, first.status());
        int allowed = 1;
        Server.Reply last = first;
        for (int i = 1; i < 60 && last.status() == 200; i++) {
            last = server.send("GET", "/api/v1/usage", Map.of("Authorization", "Bearer " + keys.get(i % keys.size())), null);
            if (last.status() == 200) {
                allowed++;
                assertEquals("25", last.header("X-RateLimit-Limit"), "the contract's limit per key");
            }
        }
        assertEquals(40, allowed, "twenty keys, one account: 40 requests a minute in all");
        assertError(last, 429, "rate_limit_exceeded");
        assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);
    }

    @Test
    @Order(6)
    void concurrentRedactionsChargeExactlyAndThen402() throws Exception {
        Server.Account a = account("live");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Server.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", "n.txt", document())));
        }
        int charged = 0;
        for (Future<Server.Reply> f : pool.invokeAll(calls, 120, TimeUnit.SECONDS)) {
            Server.Reply r = f.get();
            assertEquals(200, r.status(), r.text());
            charged += Integer.parseInt(r.header("X-Cloakrr-Credits-Used"));
        }
        pool.shutdown();
        assertEquals(20, charged);
        JsonNode usage = server.send("GET", "/api/v1/usage", Map.of("Authorization", "Bearer " + a.key()), null).json();
        assertEquals(0, usage.at("/credits/available").asInt());
        assertEquals(20, usage.at("/credits/used").asInt());
        assertEquals(20, usage.at("/jobs/last30Days/creditsUsed").asInt());
        // RL-05: nothing left
        assertError(server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", "n.txt", document())), 402, "insufficient_credits");
        assertError(server.upload("/api/v1/scan", a.key(), new Server.Form().file("file", "n.txt", document())), 402, "insufficient_credits");
        assertEquals(0, server.send("GET", "/api/v1/usage", Map.of("Authorization", "Bearer " + a.key()), null).json()
                .at("/credits/available").asInt());
    }

    /**
     * A workbook sent as curl sends it (application/octet-stream) comes back a workbook, its e-mail address gone, and
     * the answer says which pictures no OCR read (an EMF: not a format the image handler reads; this was a GIF until
     * GIF pictures were read). It came back labelled a Word document.
     */
    @Test
    @Order(3)
    void aWorkbookComesBackAWorkbookAndSaysWhatWasNotRead() throws Exception {
        Server.Account a = account("live");
        byte[] xlsx = workbook(true);
        Server.Reply r = server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", "book.xlsx", xlsx));
        assertEquals(200, r.status(), r.text());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.header("Content-Type"));
        assertTrue(r.header("Content-Disposition").contains("book_redacted.xlsx"), r.header("Content-Disposition"));
        assertEquals("1", r.header("X-Blackbar-Images-Not-Read"));
        java.util.Map<String, String> out = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            for (java.util.zip.ZipEntry e; (e = z.getNextEntry()) != null;) {
                out.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertTrue(out.get("xl/sharedStrings.xml").contains("Contact"), out.toString());
        assertFalse(out.values().stream().anyMatch(p -> p.contains("ada.lovelace")), "the value is gone from every part");
    }

    /** @return a workbook of one shared string holding an e-mail address, and an EMF picture when asked */
    private static byte[] workbook(boolean emf) throws java.io.IOException {
        String ns = "http://schemas.openxmlformats.org/";
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(xlsx)) {
            for (String[] part : new String[][] {
                {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"" + ns + "package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"emf\" ContentType=\"image/x-emf\"/><Override PartName=\"/xl/workbook.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"},
                {"_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"" + ns + "package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + ns + "officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"xl/workbook.xml\"/></Relationships>"},
                {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + ns + "spreadsheetml/2006/main\"/>"},
                {"xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"" + ns + "spreadsheetml/2006/main\">"
                    + "<si><t>Contact ada.lovelace@example.org today</t></si></sst>"},
                {emf ? "xl/media/image1.emf" : null, "\u0001\u0000\u0000\u0000 EMF"}}) {
                if (part[0] != null) {
                    z.putNextEntry(new java.util.zip.ZipEntry(part[0]));
                    z.write(part[1].getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return xlsx.toByteArray();
    }

    /**
     * UP-07: a file's name is the client's, never a path or a header. A text named like a path, with a NUL's or a line
     * break's escape, or 380 characters long, are processed; the answer's Content-Disposition holds no line break, no
     * path and a bounded name. A name ending {@code .exe}, a workbook named {@code .pdf} or named without a type is a 415
     * saying why; a 10,000-character name is a 400 saying why (it was a 413 "larger than 1 MB", of a few bytes).
     */
    @Test
    @Order(4)
    void up07NamesAreNeitherPathsNorHeaders() throws Exception {
        Server.Account a = account("live");
        byte[] text = "Write to ada.lovelace@example.org about it.\n".getBytes(StandardCharsets.UTF_8);
        // a name ending in an executable's extension is refused for it, as the case allows (a text is known by its name)
        assertError(server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", "a.txt%00.exe", text)), 415,
                "unsupported_media_type");
        // a 10 KB name passes no multipart parser's header limit: refused as what it is (it was a 413 "larger than 1 MB")
        assertError(server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", "n".repeat(10_000) + ".txt", text)),
                400, "bad_request");
        for (String name : new String[] {"../../etc/passwd.txt", "a%00.txt", "a%0d%0aX-Injected: 1.txt",
            "n".repeat(380) + ".txt"}) {
            Server.Reply r = server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", name, text));
            assertEquals(200, r.status(), name.length() + " " + r.text());
            assertEquals("Write to [REDACTED] about it.\n", r.text());
            String disposition = r.header("Content-Disposition");
            assertTrue(disposition.length() < 2_000, "a bounded name: " + disposition.length());
            assertFalse(disposition.contains("/") || disposition.contains("\r") || disposition.contains("\n")
                    || disposition.contains("\\"), disposition);
            assertEquals(null, r.header("X-Injected"));
        }
        byte[] xlsx = workbook(false);
        // named for a type its content is not: refused as such, as the case allows
        assertError(server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", "book.pdf", xlsx)),
                415, "unsupported_media_type");
        // named without a type: refused, saying so in words (it said "Unsupported a file without an extension.")
        Server.Reply r = server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", "book", xlsx));
        assertError(r, 415, "unsupported_media_type");
        assertTrue(r.json().get("message").asText().startsWith("The file's name has no extension"), r.text());
    }

    /**
     * RL-06: an account with no credits left (one text of 60,000 characters costs its 20) that sends a bad upload gets
     * that upload's own 4xx, not a 402: validation comes before credits.
     */
    @Test
    @Order(7)
    void aBadUploadWithNoCreditsGetsItsOwnError() throws Exception {
        Server.Account a = account("live");
        byte[] long20 = "The weather is mild today. Nothing else to report.\n".repeat(1200).substring(0, 60_000)
                .getBytes(StandardCharsets.UTF_8);
        Server.Reply spent = server.upload("/api/v1/scan", a.key(), new Server.Form().file("file", "long.txt", long20));
        assertEquals(200, spent.status(), spent.text());
        assertEquals("20", spent.header("X-Cloakrr-Credits-Used"));
        assertError(server.upload("/api/v1/scan", a.key(), new Server.Form().file("file", "n.txt", document())), 402, "insufficient_credits");
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertError(server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", "report.txt", exe)), 415,
                "unsupported_media_type");
        assertError(server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", "e.txt", new byte[0])), 400, "bad_request");
        assertError(server.upload("/api/v1/scan", a.key(), new Server.Form().field("framework", "sox").file("file", "a.txt", document())),
                400, "bad_request");
        byte[] big = new byte[1_200_000];
        java.util.Arrays.fill(big, (byte) 'a');
        assertError(server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", "big.txt", big)), 413, "file_too_large");
        assertEquals(0, server.send("GET", "/api/v1/usage", Map.of("Authorization", "Bearer " + a.key()), null).json()
                .at("/credits/available").asInt());
    }

    @Test
    @Order(7)
    void testKeysConsumeNoCredits() throws Exception {
        Server.Account a = account("test");
        // PRIV-01: a file's name often names its subject; a synchronous request's name is in no log or table
        String named = "Patient-" + Long.toHexString(RANDOM.nextLong());
        markers.add(named);
        Server.Reply r = server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", named + ".txt", document()));
        assertEquals(200, r.status());
        assertTrue(r.header("Content-Disposition").contains(named), "the answer names the output after the upload");
        assertEquals("0", r.header("X-Cloakrr-Credits-Used"));
        assertEquals(20, server.send("GET", "/api/v1/usage", Map.of("Authorization", "Bearer " + a.key()), null).json()
                .at("/credits/available").asInt());
    }

    @Test
    @Order(8)
    void seedExamplesRunUnchanged() throws Exception {
        Server.Account a = account("live");
        Path work = Files.createDirectories(dir.resolve("seed"));
        Files.write(work.resolve("document.pdf"), pdf());
        String host = "http://127.0.0.1:" + server.port;
        // the Cloakrr curl examples as printed, host and key substituted
        String curl = """
                curl -s -X POST HOST/api/v1/redact \\
                -H "Authorization: Bearer KEY" \\
                -F "file=@document.pdf" \\
                -F "framework=hipaa" \\
                -F "method=redact" -o document_redacted.pdf -w '%{http_code}'
                """.replace("HOST", host).replace("KEY", a.key());
        assertEquals("200", run(work, "bash", "-c", curl).trim());
        assertRedactedPdf(work.resolve("document_redacted.pdf"), ssn, email);
        String scan = """
                curl -s -X POST HOST/api/v1/scan \\
                -H "Authorization: Bearer KEY" \\
                -F "file=@document.pdf" \\
                -F "framework=pii"
                """.replace("HOST", host).replace("KEY", a.key());
        assertTrue(Server.JSON.readTree(run(work, "bash", "-c", scan)).get("success").asBoolean());
        // the cleanthis account quick start: create, log in with a cookie jar, create a key
        String quickStart = """
                N=$(curl -s -X POST HOST/api/v1/account | python3 -c 'import sys, json; print(json.load(sys.stdin)["accountNumber"])')
                curl -s -X POST HOST/api/v1/account/login \\
                  -H "Content-Type: application/json" \\
                  -d "{\\"accountNumber\\": \\"$N\\"}" \\
                  -c cookies.txt > /dev/null
                curl -s -X POST HOST/api/v1/account/keys \\
                  -H "Content-Type: application/json" \\
                  -d '{"label": "production", "mode": "live"}' \\
                  -b cookies.txt
                """.replace("HOST", host);
        JsonNode key = Server.JSON.readTree(run(work, "bash", "-c", quickStart));
        assertTrue(key.get("rawKey").asText().startsWith("bb_live_"), key.toString());
        markers.add(key.get("rawKey").asText());
        // the Cloakrr Python example
        String python = """
                import requests

                api_key = "KEY"
                headers = {"Authorization": f"Bearer {api_key}"}

                # Sync redaction
                with open("document.pdf", "rb") as f:
                    response = requests.post(
                        "HOST/api/v1/redact",
                        headers=headers,
                        files={"file": f},
                        data={"framework": "hipaa", "method": "redact"}
                    )
                with open("document_redacted.pdf", "wb") as out:
                    out.write(response.content)
                print(response.status_code)
                """.replace("HOST", host).replace("KEY", a.key());
        Files.writeString(work.resolve("example.py"), python);
        String hasRequests = run(work, "bash", "-c", "python3 -c 'import requests' && echo yes || echo no").trim();
        if (hasRequests.equals("yes")) {
            assertEquals("200", run(work, "python3", "example.py").trim());
            assertRedactedPdf(work.resolve("document_redacted.pdf"), ssn, email);
        } else {
            System.out.println("[ApiIT] SKIPPED the Python seed example: python3 with 'requests' is not installed");
        }
    }

    /**
     * The Cloakrr Node.js example. As printed it cannot run on any Node: top-level {@code await} in a
     * CommonJS file is a syntax error, and Node's built-in fetch sends a {@code form-data} object as
     * the text "[object FormData]". It runs as its authors evidently ran it: wrapped in an async
     * function, with node-fetch 2 as {@code fetch}. Everything else (headers, fields, body) unchanged.
     */
    @Test
    @Order(8)
    void seedNodeExample() throws Exception {
        Server.Account a = account("live");
        Path work = Files.createDirectories(dir.resolve("node"));
        Files.write(work.resolve("document.pdf"), pdf());
        String npm = run(work, "bash", "-c", "command -v node >/dev/null && command -v npm >/dev/null "
                + "&& npm install --silent --no-audit --no-fund form-data@4 node-fetch@2 >/dev/null 2>&1 && echo ok || echo missing").trim();
        if (!npm.equals("ok")) {
            System.out.println("[ApiIT] SKIPPED the Node seed example: node/npm or the npm registry is not available");
            return;
        }
        String example = """
                global.fetch = require("node-fetch");
                (async () => {
                const FormData = require("form-data");
                const fs = require("fs");
                const form = new FormData();
                form.append("file", fs.createReadStream("document.pdf"));
                form.append("framework", "hipaa");
                const response = await fetch("HOST/api/v1/redact", {
                method: "POST",
                headers: { "Authorization": "Bearer KEY" },
                body: form,
                });
                const buffer = await response.arrayBuffer();
                fs.writeFileSync("document_redacted.pdf", Buffer.from(buffer));
                console.log(response.status);
                })();
                """.replace("HOST", "http://127.0.0.1:" + server.port).replace("KEY", a.key());
        Files.writeString(work.resolve("example.js"), example);
        assertEquals("200", run(work, "node", "example.js").trim());
        assertRedactedPdf(work.resolve("document_redacted.pdf"), ssn, email);
    }

    private static String run(Path work, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return out;
    }

    /**
     * An image through the real server: boxes burned into the pixels, read back by the tesseract
     * command line (not by Blackbar).
     */
    @Test
    @Order(8)
    void anImageIsRedactedInItsPixels() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/tesseract"))) {
            System.out.println("[ApiIT] SKIPPED the image upload: tesseract-ocr is not installed");
            return;
        }
        byte[] png = Drawn.lines("png", 1400, 400, 44, 40, 120, 140, "Write to " + email,
                "The committee approved the budget");
        Server.Account a = account("live");
        Server.Reply r = server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", "note.png", png));
        assertEquals(200, r.status(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("image/png", r.header("Content-Type"));
        assertTrue(r.header("Content-Disposition").contains("note_redacted.png"), r.header("Content-Disposition"));
        Path out = Files.createDirectories(dir.resolve("image")).resolve("note_redacted.png");
        Files.write(out, r.body());
        String read = run(out.getParent(), "tesseract", out.toString(), "stdout");
        assertFalse(read.contains(email) || read.contains("example.net"), read);
        assertTrue(read.contains("committee") && read.contains("budget"), read);
    }

    @Test
    @Order(9)
    void deletingTheAccountRemovesEverything() throws Exception {
        Server.Account a = account("live");
        assertEquals(200, server.upload("/api/v1/redact", a.key(), new Server.Form().file("file", "n.txt", document())).status());
        Server.Reply deleted = server.json("DELETE", "/api/v1/account", null, a.cookie());
        assertEquals(204, deleted.status(), deleted.text());
        assertError(server.json("POST", "/api/v1/account/login", "{\"accountNumber\":\"" + a.number() + "\"}", null), 401, "unauthorized");
        assertError(server.send("GET", "/api/v1/usage", Map.of("Authorization", "Bearer " + a.key()), null), 401, "unauthorized");
        assertError(server.json("GET", "/api/v1/account", null, a.cookie()), 401, "unauthorized");
    }

    /** PRIV-01/06/09: after everything above, no marker in the log, the temp folders or the database. */
    @Test
    @Order(100)
    void nothingSecretOrSensitiveIsLeftBehind() throws Exception {
        server.close();
        String log = Files.readString(server.log);
        assertTrue(log.contains("Blackbar listening"), "the log is the server's");
        Path data = dir.resolve("blackbar-data");
        List<Path> tmp = Server.files(data.resolve("tmp"));
        assertEquals(List.of(), tmp, "temp files left behind");
        List<Path> scanned = new ArrayList<>(Server.files(data.resolve("db")));
        scanned.add(server.log);
        assertTrue(markers.size() >= 10, "markers planted: " + markers.size());
        for (Path f : scanned) {
            String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String m : markers) {
                assertFalse(content.contains(m), "a planted value is in " + f.getFileName());
            }
        }
        Path pepper = data.resolve("secrets/pepper");
        assertEquals("r--------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(pepper)));
    }
}
