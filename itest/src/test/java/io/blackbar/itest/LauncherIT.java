package io.blackbar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped jar, started as a user starts it: {@code java -jar launcher/target/blackbar.jar} in an
 * empty folder. Covers start time, restart on the same data folder, hot deploy of the example bundle
 * and rule file into the running server, and the command line.
 */
class LauncherIT {

    private static final Path JAR = Path.of(System.getProperty("blackbar.jar"));
    private static final Path SAMPLES = Path.of(System.getProperty("blackbar.samples"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : started) {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private Process start(int port, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", JAR.toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("BLACKBAR_PORT", String.valueOf(port));
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy(); // SIGTERM: the shutdown hook stops the framework and closes the database
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "server did not stop on SIGTERM");
        assertEquals(0, p.exitValue(), "a graceful stop exits 0 (CRASH-09)");
    }

    private static String url(int port, String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static JsonNode health(int port) throws Exception {
        Support.Answer a = Support.http("GET", url(port, "/api/v1/health"));
        assertEquals(200, a.status());
        return JSON.readTree(a.body());
    }

    @Test
    void servesHealthQuicklyAndKeepsDataAcrossRestart() throws Exception {
        int port = Support.freePort();
        Path log = dir.resolve("server.log");
        long t0 = System.nanoTime();
        Process p = start(port, log);
        long ms = Support.await(15_000, () -> up(port));
        assertTrue(ms >= 0, "no 200 from /api/v1/health within 15 s; log:\n" + Files.readString(log));
        System.out.printf("[LauncherIT] first start: health 200 after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        JsonNode first = health(port);
        assertEquals(1, first.at("/instance/starts").asInt());
        assertTrue(Files.isDirectory(dir.resolve("blackbar-data/db")), "database in the data folder");
        assertTrue(Files.isDirectory(dir.resolve("deploy")), "deploy folder created");
        stop(p);

        start(port, log);
        assertTrue(Support.await(15_000, () -> up(port)) >= 0, "no restart; log:\n" + Files.readString(log));
        JsonNode second = health(port);
        assertEquals(first.at("/instance/id").asText(), second.at("/instance/id").asText(), "same database after restart");
        assertEquals(2, second.at("/instance/starts").asInt(), "the first start's row survived");
    }

    /**
     * The framework's bundle cache (a copy of the bundle set, some 44 MB) is owner-only, and a server killed outright
     * does not leave it behind for good: the next start deletes it, its framework's lock free (it used to stay in the
     * temporary folder at every kill -9, readable by all, because the framework was told to clean the folder and made
     * it again); the running server's own cache stays.
     */
    @Test
    void theBundleCacheIsPrivateAndAKilledServersIsSweptAtTheNextStart() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Map<String, String> env = Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);
        Server first = new Server(dir, env);
        List<Path> caches = caches(tmp);
        assertEquals(1, caches.size(), caches.toString());
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(caches.get(0))));
        first.kill();
        assertEquals(caches, caches(tmp), "a killed server cannot delete its cache");

        Server second = new Server(dir, env);
        // swept beside the start, which waits for no deletion
        assertTrue(Support.await(10_000, () -> caches(tmp).size() == 1) >= 0, "one cache left: " + caches(tmp));
        List<Path> now = caches(tmp);
        assertFalse(now.contains(caches.get(0)), "the dead server's cache was swept: " + now);
        second.close();
        assertEquals(List.of(), caches(tmp), "a stopped server deletes its own");
    }

    private static List<Path> caches(Path tmp) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("blackbar-felix-") && Files.isDirectory(p)).sorted().toList();
        }
    }

    @Test
    void adminAddsCreditsWhileTheServerIsStopped() throws Exception {
        String number;
        int port;
        try (Server s = new Server(dir, Map.of("BLACKBAR_FREE_CREDITS", "7"))) {
            port = s.port;
            number = s.account("live").number();
            // AUTH-03: logins are throttled per client address (default 10 per 15 minutes); RL-03: the address is the
            // socket's, whatever forwarding headers claim (each login claims another one)
            int refused = 0;
            Server.Reply last = null;
            for (int i = 0; i < 11; i++) {
                last = s.send("POST", "/api/v1/account/login", Map.of("Content-Type", "application/json",
                        "X-Forwarded-For", "203.0.113." + i, "Forwarded", "for=198.51.100." + i, "X-Real-IP", "192.0.2." + i),
                        ("{\"accountNumber\":\"BB-0000-0000-0000-0000-0000-000" + (i % 10) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                refused += last.status() == 401 ? 1 : 0;
            }
            assertEquals(9, refused, "one login succeeded above, nine more fit the window");
            assertEquals(429, last.status());
            assertEquals("rate_limit_exceeded", last.json().get("error").asText());
            assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);
        }
        Run added = cli("admin", "credits", number, "5");
        assertEquals(0, added.exit(), added.err());
        JsonNode out = JSON.readTree(added.out());
        assertEquals(12, out.get("available").asInt());
        assertFalse(added.out().contains(number), "the number is not echoed");
        assertEquals(3, cli("admin", "credits", "BB-0000-0000-0000-0000-0000-0000", "5").exit(), "unknown account");
        assertEquals(2, cli("admin", "credits", number, "many").exit());
        try (Server s = new Server(dir, Map.of())) {
            Server.Account again = s.account("live");
            assertTrue(again.key().startsWith("bb_live_"));
            assertTrue(port > 0);
        }
        assertTrue(Files.isDirectory(dir.resolve("blackbar-data")));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("blackbar-data"))));
    }

    private static boolean up(int port) {
        try {
            return Support.http("GET", url(port, "/api/v1/health")).status() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void hotDeploysTheExampleBundleAndRuleFileWithoutRestart() throws Exception {
        int port = Support.freePort();
        Path log = dir.resolve("server.log");
        start(port, log);
        assertTrue(Support.await(15_000, () -> up(port)) >= 0, "server did not start; log:\n" + Files.readString(log));
        Path deploy = dir.resolve("deploy");
        String frameworks = url(port, "/api/v1/frameworks");

        Path jar = deploy.resolve("rules.example.jar");
        Files.copy(SAMPLES.resolve("rules.example/target/rules.example.jar"), jar);
        long in = Support.await(5000, () -> Support.http("GET", frameworks).body().contains("ACME_EMPLOYEE_ID"));
        assertTrue(in >= 0, "bundle: ACME_EMPLOYEE_ID did not appear within 5 s");
        Files.delete(jar);
        long out = Support.await(5000, () -> !Support.http("GET", frameworks).body().contains("ACME_EMPLOYEE_ID"));
        assertTrue(out >= 0, "bundle: ACME_EMPLOYEE_ID did not disappear within 5 s");
        System.out.printf("[LauncherIT] example bundle: in %d ms, out %d ms%n", in, out);

        Path rules = deploy.resolve("employee-id.rules.json");
        Files.copy(SAMPLES.resolve("employee-id.rules.json"), rules);
        Files.writeString(deploy.resolve("typo.rules.json"), "{\"entity\": \"ACME_X\", \"categry\": \"identifier\"}");
        in = Support.await(5000, () -> Support.http("GET", frameworks).body().contains("ACME_EMPLOYEE_ID"));
        assertTrue(in >= 0, "rules file: ACME_EMPLOYEE_ID did not appear within 5 s");
        Files.delete(rules);
        out = Support.await(5000, () -> !Support.http("GET", frameworks).body().contains("ACME_EMPLOYEE_ID"));
        assertTrue(out >= 0, "rules file: ACME_EMPLOYEE_ID did not disappear within 5 s");
        System.out.printf("[LauncherIT] example rules file: in %d ms, out %d ms%n", in, out);

        String logText = Files.readString(log);
        assertTrue(logText.contains("refused rule file typo.rules.json"), "refusal is logged with the file name:\n" + logText);
        assertEquals(200, Support.http("GET", url(port, "/api/v1/health")).status());
    }

    private record Run(int exit, String out, String err) {
    }

    private Run cli(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("cli.out");
        Path err = dir.resolve("cli.err");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "command did not finish");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void commandLineScansAndRedacts() throws Exception {
        String ssn = "078-05-1120";
        String email = "jane.roe@example.org";
        Files.writeString(dir.resolve("notes.txt"), "Patient note. SSN " + ssn + ", mail " + email + ".\n",
                StandardCharsets.UTF_8);

        Run scan = cli("scan", "notes.txt");
        assertEquals(0, scan.exit(), scan.err());
        JsonNode json = JSON.readTree(scan.out());
        assertTrue(json.get("success").asBoolean());
        assertEquals("notes.txt", json.at("/file/name").asText());
        assertEquals("text/plain", json.at("/file/type").asText());
        assertEquals("pii", json.get("framework").asText());
        assertEquals(2, json.at("/summary/totalItems").asInt());
        assertEquals(1, json.at("/summary/byType/ssn").asInt());
        assertEquals(1, json.at("/summary/byType/email").asInt());
        JsonNode item = json.get("items").get(0);
        for (String field : List.of("id", "type", "category", "value", "confidence", "location")) {
            assertTrue(item.has(field), field);
        }
        assertEquals("07*******20", item.get("value").asText());
        assertFalse(scan.out().contains(ssn) || scan.out().contains(email), "raw values in scan output");

        Run text = cli("scan", "notes.txt", "--text");
        int start = item.at("/location/startIndex").asInt();
        assertEquals(ssn, text.out().substring(start, item.at("/location/endIndex").asInt()));

        Run redact = cli("redact", "notes.txt", "-o", "out/notes_redacted.txt", "--framework", "hipaa");
        assertEquals(0, redact.exit(), redact.err());
        byte[] bytes = Files.readAllBytes(dir.resolve("out/notes_redacted.txt"));
        String raw = new String(bytes, StandardCharsets.ISO_8859_1); // read as bytes, not through Blackbar
        assertFalse(raw.contains(ssn) || raw.contains(email) || raw.contains("0780511"));
        assertTrue(raw.contains("Patient note. SSN [REDACTED], mail [REDACTED]."));

        Run bad = cli("scan", "notes.txt", "--framework", "sox");
        assertEquals(3, bad.exit());
        Map<?, ?> error = JSON.readValue(bad.err().lines().findFirst().orElseThrow(), Map.class);
        assertEquals("bad_request", error.get("error"));

        Files.write(dir.resolve("tool.exe"), new byte[] {'M', 'Z', 0, 0, 1, 2});
        Run exe = cli("scan", "tool.exe");
        assertEquals(3, exe.exit());
        assertTrue(exe.err().contains("unsupported_media_type"), exe.err());
        Files.move(dir.resolve("tool.exe"), dir.resolve("tool.txt"));
        Run renamed = cli("scan", "tool.txt");
        assertTrue(renamed.err().contains("unsupported_media_type"), renamed.err());
    }
}
