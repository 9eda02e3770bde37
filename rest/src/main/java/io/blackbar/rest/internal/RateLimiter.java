package io.blackbar.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Fixed-window rate limits: N requests per window per key and group, as the headers of both API
 * designs describe them ({@code X-RateLimit-Reset} is the second the window ends). Kept in memory:
 * a restart opens a new window, so the burst across a restart is bounded by two windows' worth.
 * A fixed window is what those headers mean, and it is a dozen lines; a token-bucket library would
 * need translating back into them.
 */
final class RateLimiter {

    /** A limit: {@code max} requests per {@code windowSeconds}. */
    record Limit(int max, long windowSeconds) {

        /** Parses {@code "60/60"}; returns the fallback when the text is absent or bad. */
        static Limit parse(String text, Limit fallback) {
            if (text == null || text.isBlank()) {
                return fallback;
            }
            try {
                String[] p = text.trim().split("/");
                Limit l = new Limit(Integer.parseInt(p[0].trim()), Long.parseLong(p[1].trim()));
                return l.max() > 0 && l.windowSeconds() > 0 ? l : fallback;
            } catch (RuntimeException e) {
                return fallback;
            }
        }
    }

    /** The outcome of one request against a limit. */
    record Decision(boolean allowed, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds) {
    }

    private record Window(long start, AtomicInteger count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final LongSupplier clockMillis;
    private final AtomicInteger calls = new AtomicInteger();

    RateLimiter(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    Decision take(String group, String key, Limit limit) {
        long now = clockMillis.getAsLong();
        long windowMs = limit.windowSeconds() * 1000;
        long start = now - Math.floorMod(now, windowMs);
        Window w = windows.compute(group + '\u0000' + key,
                (k, old) -> old == null || old.start() != start ? new Window(start, new AtomicInteger()) : old);
        int used = w.count().incrementAndGet();
        long reset = (start + windowMs) / 1000;
        if (calls.incrementAndGet() % 1024 == 0) {
            windows.values().removeIf(x -> x.start() + 3_600_000L * 24 < now);
        }
        if (used > limit.max()) {
            return new Decision(false, limit.max(), 0, reset, Math.max(1, (start + windowMs - now + 999) / 1000));
        }
        return new Decision(true, limit.max(), limit.max() - used, reset, 0);
    }
}
