package io.blackbar.itest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CONC-06 (a main, not a test: a load test does not belong in a build on a shared two-core machine): a client polling
 * {@code GET /api/v1/jobs/{id}} 1,000 times a second while the server works through a batch of jobs. Expected: every
 * poll answered 200 or 429, and the batch done within 10% of the time it takes without the polling. The shipped jar,
 * as {@link Server} runs it for the integration tests (defaults but the credits), one worker (the default on two
 * cores); quiet and loaded rounds alternate so that the machine's phases fall on both. The polling client runs on the
 * same machine, so its own work is in the loaded rounds' time too. Run with {@code bench/run poll-load [rounds]}.
 */
public final class PollLoadBenchmark {

    private static final int JOBS = 16;
    private static final int POLLS_PER_SECOND = 1000;

    private PollLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path dir = Files.createTempDirectory("blackbar-pollload");
        // the account's limit over all its keys raised, so that the polling key's 429s leave the uploading and the watching
        // keys theirs; each key keeps its own 60 a minute (and 120 polls)
        try (Server server = new Server(dir, Map.of("BLACKBAR_FREE_CREDITS", "100000",
                "BLACKBAR_RATE_ACCOUNT_CREATE", "200/3600", "BLACKBAR_RATE_API_ACCOUNT", "1000000/60"))) {
            Server.Account polled = server.account("live");
            String watcher = key(server, polled); // the same account's keys, each with a rate limit of its own
            String poller = key(server, polled);
            byte[] notes = notes(1_500_000);
            batch(server, key(server, polled), watcher, poller, notes, false); // warm-up: the JIT and the rules
            List<double[]> results = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                double quiet = batch(server, key(server, polled), watcher, poller, notes, false)[0];
                double[] loaded = batch(server, key(server, polled), watcher, poller, notes, true);
                results.add(new double[] {quiet, loaded[0], loaded[1], loaded[2], loaded[3], loaded[4]});
                System.out.printf(Locale.ROOT, "round %d: quiet %.2f s, polled %.2f s (x %.3f); polls %,.0f: 200 %,.0f,"
                        + " 429 %,.0f, other %,.0f, no answer %,.0f%n", r + 1, quiet, loaded[0], loaded[0] / quiet,
                        loaded[1] + loaded[2] + loaded[3] + loaded[4], loaded[1], loaded[2], loaded[3], loaded[4]);
            }
            double q = 0;
            double l = 0;
            double bad = 0;
            for (double[] x : results) {
                q += x[0];
                l += x[1];
                bad += x[4] + x[5];
            }
            System.out.printf(Locale.ROOT, "CONC-06: %d jobs of %,d bytes a batch, %d polls/s; polled / quiet = %.3f over %d rounds"
                    + " (target <= 1.10); answers other than 200/429: %.0f%n", JOBS, notes.length, POLLS_PER_SECOND, l / q,
                    rounds, bad);
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Sends {@link #JOBS} jobs at once and waits for the last (one worker takes them in order).
     *
     * @return seconds from the first upload to the last job's completion, then with {@code poll} the polls' answers:
     *     200, 429, any other status, and none (an I/O error or a timeout)
     */
    private static double[] batch(Server server, String uploader, String watcher, String poller, byte[] notes, boolean poll)
            throws Exception {
        long t0 = System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            Server.Reply r = server.upload("/api/v1/jobs", uploader, new Server.Form().field("framework", "all")
                    .field("method", "redact").file("files", "notes" + i + ".txt", notes));
            if (r.status() != 200) {
                throw new IllegalStateException("job not created: " + r.status() + " " + r.text());
            }
            ids.add(r.json().get("jobId").asText());
        }
        AtomicBoolean stop = new AtomicBoolean();
        Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
        Thread load = null;
        if (poll) {
            load = new Thread(() -> pollUntil(server, poller, ids, stop, answers), "poller");
            load.start();
        }
        String last = ids.get(ids.size() - 1);
        while (true) {
            Server.Reply r = server.send("GET", "/api/v1/jobs/" + last, Map.of("Authorization", "Bearer " + watcher), null);
            if (r.status() == 200) {
                String status = r.json().get("status").asText();
                if (status.equals("completed")) {
                    break;
                }
                if (status.equals("failed") || status.equals("cancelled")) {
                    throw new IllegalStateException("the job ended " + status + ": " + r.text());
                }
            } else if (r.status() != 429) {
                throw new IllegalStateException("watching the job: " + r.status() + " " + r.text());
            }
            Thread.sleep(500); // two a second: the watcher's key stays under its 120 a minute
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        if (load != null) {
            load.join();
        }
        return new double[] {seconds, count(answers, "200"), count(answers, "429"), count(answers, "other"),
            count(answers, "none")};
    }

    /** A new key of the account (a batch's 16 uploads each on a key of their own: 60 requests a minute a key). */
    private static String key(Server server, Server.Account account) throws Exception {
        return server.json("POST", "/api/v1/account/keys", "{\"label\":\"bench\",\"mode\":\"live\"}", account.cookie())
                .json().get("rawKey").asText();
    }

    private static double count(Map<String, AtomicLong> answers, String kind) {
        AtomicLong n = answers.get(kind);
        return n == null ? 0 : n.get();
    }

    /** 1,000 GETs a second, paced, at most 256 in flight, spread over the batch's jobs. */
    private static void pollUntil(Server server, String key, List<String> ids, AtomicBoolean stop,
            Map<String, AtomicLong> answers) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore inFlight = new Semaphore(256);
        long start = System.nanoTime();
        long sent = 0;
        try {
            while (!stop.get()) {
                long due = start + sent * 1_000_000_000L / POLLS_PER_SECOND;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                if (!inFlight.tryAcquire(1, TimeUnit.SECONDS)) {
                    answers.computeIfAbsent("none", k -> new AtomicLong()).incrementAndGet();
                    sent++;
                    continue;
                }
                HttpRequest get = HttpRequest.newBuilder(URI.create(server.url("/api/v1/jobs/" + ids.get((int) (sent % ids.size())))))
                        .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + key).GET().build();
                client.sendAsync(get, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).whenComplete((r, e) -> {
                    String kind = e != null ? "none" : r.statusCode() == 200 ? "200" : r.statusCode() == 429 ? "429" : "other";
                    answers.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                    if ("other".equals(kind)) {
                        System.out.println("unexpected answer " + r.statusCode() + ": " + r.body());
                    }
                    inFlight.release();
                });
                sent++;
            }
            inFlight.acquire(256); // every answer in
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] notes(int chars) {
        StringBuilder b = new StringBuilder();
        while (b.length() < chars) {
            b.append("Patient Maria Lopez was seen on 03/04/2021 at 12 Oak Street, Springfield. Call 415-555-0134.\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
