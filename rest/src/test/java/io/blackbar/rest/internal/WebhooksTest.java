package io.blackbar.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** Webhook signatures (the cleanthis scheme) and retries, against a JDK HTTP server on 127.0.0.1. */
class WebhooksTest {

    @Test
    void theSignatureIsTheHexHmacOfTheRawBody() {
        // python3 -c "import hmac,hashlib;print(hmac.new(b'whsec_test',b'{\"event\":\"job.completed\"}',hashlib.sha256).hexdigest())"
        assertEquals("sha256=85365e50e1ff644279c32d6cb56b252a9f50c8716ded23a964fca930cec42238",
                Webhooks.signature("{\"event\":\"job.completed\"}".getBytes(StandardCharsets.UTF_8), "whsec_test"));
    }

    private record Received(String signature, String timestamp, String body) {
    }

    private static HttpServer receiver(List<Received> got, AtomicInteger failFirst, int failStatus) throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/hook", x -> {
            got.add(new Received(x.getRequestHeaders().getFirst("X-Cleanthis-Signature"),
                    x.getRequestHeaders().getFirst("X-Cleanthis-Timestamp"),
                    new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            x.sendResponseHeaders(failFirst.getAndDecrement() > 0 ? failStatus : 204, -1);
            x.close();
        });
        http.start();
        return http;
    }

    @Test
    void aFailedDeliveryIsRetriedWithBackoffUntilA2xx() throws Exception {
        List<Received> got = new CopyOnWriteArrayList<>();
        HttpServer http = receiver(got, new AtomicInteger(2), 500);
        try (Webhooks hooks = new Webhooks(new Outbound("127.0.0.1"), Duration.ofMillis(100))) {
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            byte[] body = "{\"event\":\"job.completed\",\"jobId\":\"j1\"}".getBytes(StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            hooks.deliver("http://127.0.0.1:" + http.getAddress().getPort() + "/hook", body, () -> "whsec_k", done::complete);
            assertTrue(done.get(20, TimeUnit.SECONDS), "delivered in the end");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(3, got.size(), "two failures, then the delivery");
            assertTrue(ms >= 300, "backoff 100 ms, then 200 ms: " + ms);
            for (Received r : got) {
                assertEquals(Webhooks.signature(body, "whsec_k"), r.signature());
                assertEquals(new String(body, StandardCharsets.UTF_8), r.body());
                assertTrue(Long.parseLong(r.timestamp()) > 1_700_000_000L);
            }
        } finally {
            http.stop(0);
        }
    }

    @Test
    void afterThreeRetriesTheDeliveryIsMarkedFailed() throws Exception {
        List<Received> got = new CopyOnWriteArrayList<>();
        HttpServer http = receiver(got, new AtomicInteger(100), 302); // WH-06: a redirect is a failure, not followed
        try (Webhooks hooks = new Webhooks(new Outbound("127.0.0.1"), Duration.ofMillis(20))) {
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            hooks.deliver("http://127.0.0.1:" + http.getAddress().getPort() + "/hook", new byte[] {'{', '}'}, () -> "s", done::complete);
            assertFalse(done.get(20, TimeUnit.SECONDS));
            assertEquals(1 + Webhooks.RETRIES, got.size());
        } finally {
            http.stop(0);
        }
    }

    /** WH-06: a receiver that redirects to an internal address: the redirect is a failure and never followed. */
    @Test
    void aRedirectToAnInternalAddressIsNeverFollowed() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger canary = new AtomicInteger();
        AtomicInteger asked = new AtomicInteger();
        http.createContext("/internal", x -> {
            canary.incrementAndGet();
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        http.createContext("/hook", x -> {
            x.getRequestBody().readAllBytes();
            asked.incrementAndGet();
            x.getResponseHeaders().add("Location", "http://127.0.0.1:" + http.getAddress().getPort() + "/internal");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        http.start();
        try (Webhooks hooks = new Webhooks(new Outbound("127.0.0.1"), Duration.ofMillis(20))) {
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            hooks.deliver("http://127.0.0.1:" + http.getAddress().getPort() + "/hook", new byte[] {'{', '}'}, () -> "s", done::complete);
            assertFalse(done.get(20, TimeUnit.SECONDS), "a redirect is no delivery");
            assertEquals(1 + Webhooks.RETRIES, asked.get());
            assertEquals(0, canary.get(), "the Location was never requested");
        } finally {
            http.stop(0);
        }
    }

    @Test
    void aReceiverThatIsGoneIsNotAskedAgain() throws Exception {
        List<Received> got = new CopyOnWriteArrayList<>();
        HttpServer http = receiver(got, new AtomicInteger(100), 410);
        try (Webhooks hooks = new Webhooks(new Outbound("127.0.0.1"), Duration.ofMillis(20))) {
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            hooks.deliver("http://127.0.0.1:" + http.getAddress().getPort() + "/hook", new byte[] {'{', '}'}, () -> "s", done::complete);
            assertFalse(done.get(20, TimeUnit.SECONDS));
            assertEquals(1, got.size(), "a 410 ends the deliveries (WH-05)");
        } finally {
            http.stop(0);
        }
    }

    @Test
    void aRefusedTargetIsNeverCalled() throws Exception {
        List<Received> got = new CopyOnWriteArrayList<>();
        HttpServer http = receiver(got, new AtomicInteger(), 500);
        try (Webhooks hooks = new Webhooks(new Outbound(""), Duration.ofMillis(1))) { // 127.0.0.1 not allowed here
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            hooks.deliver("http://127.0.0.1:" + http.getAddress().getPort() + "/hook", new byte[] {'{', '}'}, () -> "s", done::complete);
            assertFalse(done.get(20, TimeUnit.SECONDS));
            assertEquals(0, got.size(), "no connection to a loopback address");
        } finally {
            http.stop(0);
        }
    }

    @Test
    void aReceiverThatSendsHeadersAndThenNothingHoldsNoThread() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        CompletableFuture<Void> release = new CompletableFuture<>();
        http.createContext("/hook", x -> {
            x.getRequestBody().readAllBytes();
            x.sendResponseHeaders(200, 100); // promises 100 bytes, sends none
            x.getResponseBody().flush();
            release.join();
            x.close();
        });
        http.start();
        try (Webhooks hooks = new Webhooks(new Outbound("127.0.0.1"), Duration.ofMillis(1))) {
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            hooks.deliver("http://127.0.0.1:" + http.getAddress().getPort() + "/hook", new byte[] {'{', '}'}, () -> "s", done::complete);
            assertTrue(done.get(15, TimeUnit.SECONDS), "the status is what counts; the body is never waited for");
        } finally {
            release.complete(null);
            http.stop(0);
        }
    }

    @Test
    void aDeletedAccountGetsNoNotice() throws Exception {
        List<Received> got = new CopyOnWriteArrayList<>();
        HttpServer http = receiver(got, new AtomicInteger(), 500);
        try (Webhooks hooks = new Webhooks(new Outbound("127.0.0.1"), Duration.ofMillis(1))) {
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            hooks.deliver("http://127.0.0.1:" + http.getAddress().getPort() + "/hook", new byte[] {'{', '}'}, () -> null, done::complete);
            assertFalse(done.get(20, TimeUnit.SECONDS));
            assertEquals(0, got.size());
        } finally {
            http.stop(0);
        }
    }

    /**
     * WH-03: a receiver that takes the request and never answers is given up on at the answer timeout, counted as a
     * failure and retried; meanwhile, with eight such notices in flight (more than the deliveries' threads), another
     * account's notice to a receiver that answers goes out at once: no attempt holds a thread while it waits.
     */
    @Test
    void aReceiverThatNeverAnswersIsGivenUpOnAtTheTimeoutAndRetried() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        CompletableFuture<Void> release = new CompletableFuture<>();
        AtomicInteger hung = new AtomicInteger();
        http.createContext("/hang", x -> {
            x.getRequestBody().readAllBytes();
            hung.incrementAndGet();
            release.join(); // no status, ever (until the test ends)
            x.close();
        });
        http.createContext("/fast", x -> {
            x.getRequestBody().readAllBytes();
            x.sendResponseHeaders(204, -1);
            x.close();
        });
        http.start();
        String base = "http://127.0.0.1:" + http.getAddress().getPort();
        Outbound out = new Outbound("127.0.0.1", Duration.ofSeconds(5), Duration.ofMillis(2000),
                java.net.InetAddress::getAllByName, java.util.Set.of(80, 443));
        try (out; Webhooks hooks = new Webhooks(out, Duration.ofMillis(50))) {
            List<CompletableFuture<Boolean>> stuck = new java.util.ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < 8; i++) {
                CompletableFuture<Boolean> one = new CompletableFuture<>();
                hooks.deliver(base + "/hang", new byte[] {'{', '}'}, () -> "s", one::complete);
                stuck.add(one);
            }
            assertTrue(waitFor(() -> hung.get() == 8), "eight receivers hold a request each");
            CompletableFuture<Boolean> other = new CompletableFuture<>();
            hooks.deliver(base + "/fast", new byte[] {'{', '}'}, () -> "s", other::complete);
            assertTrue(other.get(1, TimeUnit.SECONDS), "the other notice is not held up by the hung receivers");
            for (CompletableFuture<Boolean> one : stuck) {
                assertFalse(one.get(30, TimeUnit.SECONDS), "given up in the end");
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(8 * (1 + Webhooks.RETRIES), hung.get(), "each attempt timed out and was retried");
            assertTrue(ms >= 4 * 2000 && ms < 20_000, "four attempts of 2 s each, then given up: " + ms);
        } finally {
            release.complete(null);
            http.stop(0);
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
