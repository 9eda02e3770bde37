package io.blackbar.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook delivery, the cleanthis way for both designs (CONTRACT.md): a POST of the JSON body with
 * {@code X-Cleanthis-Signature: sha256=<hex HMAC-SHA256 of the raw body under the account's webhook secret>} and
 * {@code X-Cleanthis-Timestamp} (Unix seconds); any 2xx is delivered; a failure, another status or no answer
 * within 10 s is retried 3 times, after 5, 10 and 20 s, but a 410 (the receiver is gone) is not (the first delay is a setting, for tests). Attempts run on
 * a scheduler, so a slow receiver holds no worker. The target is checked by {@link Outbound} before each attempt.
 * Logs say which attempt failed, never the URL or the body.
 */
final class Webhooks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);
    static final int RETRIES = 3;

    private final Outbound outbound;
    private final Duration backoff;
    /** Whether the server is stopping: an attempt ending now is undecided, not failed. */
    private volatile boolean closed;
    /**
     * Starts attempts and handles their outcomes; an attempt itself holds no thread while its receiver answers (the
     * client sends asynchronously), so a receiver that takes its 10 s delays no one else's notices.
     */
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4, r -> {
        Thread t = new Thread(r, "blackbar-webhook");
        t.setDaemon(true);
        return t;
    });

    Webhooks(Outbound outbound, Duration backoff) {
        this.outbound = outbound;
        this.backoff = backoff;
    }

    /** @return {@code sha256=} and the hex HMAC-SHA256 of the body under the secret */
    static String signature(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * Sends now and retries on failure; {@code done} gets whether a 2xx came back in the end, or null when it was
     * left undecided (the server stopped, or the secret could not be read): the notice is then still to be sent.
     *
     * @param secret the account's secret at each attempt (a retry after a rotation is signed with the new one)
     */
    void deliver(String url, byte[] body, Supplier<String> secret, Consumer<Boolean> done) {
        schedule(url, body, secret, done, 0, Duration.ZERO);
    }

    private void schedule(String url, byte[] body, Supplier<String> secret, Consumer<Boolean> done, int attempt, Duration delay) {
        try {
            scheduler.schedule(() -> attempt(url, body, secret, done, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            done.accept(null); // stopping: still to be sent
        }
    }

    private void attempt(String url, byte[] body, Supplier<String> secret, Consumer<Boolean> done, int attempt) {
        String key;
        try {
            key = secret.get();
        } catch (RuntimeException e) {
            done.accept(null); // the database is unavailable (stopping): still to be sent
            return;
        }
        if (key == null) {
            done.accept(false); // the account is gone: no notice for it
            return;
        }
        outbound.post(url, Map.of("Content-Type", "application/json",
                "X-Cleanthis-Signature", signature(body, key),
                "X-Cleanthis-Timestamp", String.valueOf(System.currentTimeMillis() / 1000),
                "User-Agent", "Blackbar-Webhook"), body, status -> {
                    try {
                        scheduler.execute(() -> outcome(url, body, secret, done, attempt, status));
                    } catch (RejectedExecutionException e) {
                        done.accept(null); // stopping: still to be sent
                    }
                });
    }

    private void outcome(String url, byte[] body, Supplier<String> secret, Consumer<Boolean> done, int attempt, int status) {
        if (closed) {
            done.accept(null); // cut off by the stop (its client is closing): still to be sent at the next start
            return;
        }
        if (status >= 200 && status < 300) {
            done.accept(true);
            return;
        }
        if (status == 410 || attempt >= RETRIES) { // 410: the receiver is gone for good (Standard Webhooks)
            LOG.warn("webhook not delivered after {} attempts (last: {})", attempt + 1, status < 0 ? "no answer" : "HTTP " + status);
            done.accept(false);
            return;
        }
        schedule(url, body, secret, done, attempt + 1, backoff.multipliedBy(1L << attempt));
    }

    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
    }
}
