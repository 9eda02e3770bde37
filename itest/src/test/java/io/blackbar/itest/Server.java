package io.blackbar.itest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shipped jar as a running server in its own folder, for HTTP-level tests: started with the given
 * environment, its output kept in {@code server.log}.
 */
final class Server implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final int port;
    final Path log;
    private final Process process;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Server(Path dir, Map<String, String> env) throws Exception {
        this.dir = dir;
        this.port = Support.freePort();
        this.log = dir.resolve("server.log");
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", System.getProperty("blackbar.jar")).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("BLACKBAR_PORT", String.valueOf(port));
        pb.environment().putAll(env);
        process = pb.start();
        long ms = Support.await(20_000, () -> {
            try {
                return Support.http("GET", url("/api/v1/health")).status() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        if (ms < 0) {
            close();
            throw new IllegalStateException("server did not start:\n" + Files.readString(log));
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A response with its headers. */
    record Reply(int status, Map<String, List<String>> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    Reply send(String method, String path, Map<String, String> headers, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        HttpResponse<byte[]> r;
        try {
            r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            // the pooled connection was closed by the server after an earlier refused upload whose body
            // it did not read (legitimate); no response was received, so send once more on a new one
            r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        return new Reply(r.statusCode(), r.headers().map(), r.body());
    }

    Reply json(String method, String path, String body, String cookie) throws Exception {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        if (cookie != null) {
            h.put("Cookie", cookie);
        }
        return send(method, path, h, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** A multipart/form-data body: text fields, then the file part. */
    static final class Form {
        final String boundary = "----blackbar" + Long.toHexString(System.nanoTime());
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Form field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Form file(String name, String fileName, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(out.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    Reply upload(String path, String key, Form form) throws Exception {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "multipart/form-data; boundary=" + form.boundary);
        if (key != null) {
            h.put("Authorization", "Bearer " + key);
        }
        return send("POST", path, h, form.bytes());
    }

    /** Creates an account, logs in and makes a key. */
    record Account(String number, String cookie, String key, String keyId) {
    }

    Account account(String mode) throws Exception {
        String number = json("POST", "/api/v1/account", null, null).json().get("accountNumber").asText();
        Reply login = json("POST", "/api/v1/account/login", "{\"accountNumber\":\"" + number + "\"}", null);
        String cookie = login.header("Set-Cookie").split(";", 2)[0];
        JsonNode key = json("POST", "/api/v1/account/keys", "{\"label\":\"it\",\"mode\":\"" + mode + "\"}", cookie).json();
        return new Account(number, cookie, key.get("rawKey").asText(), key.get("keyId").asText());
    }

    /** Kills the server (SIGKILL: no shutdown of any kind) and waits for it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the server (SIGTERM) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** @return every regular file under the folder */
    static List<Path> files(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        if (Files.exists(root)) {
            try (var s = Files.walk(root)) {
                s.filter(Files::isRegularFile).forEach(out::add);
            }
        }
        return out;
    }
}
