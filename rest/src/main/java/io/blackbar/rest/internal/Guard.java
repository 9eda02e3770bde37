package io.blackbar.rest.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Authentication and rate limits for the resources: API keys (Bearer) for processing endpoints,
 * session cookies for account management, and the limit groups of both designs. Every decision is
 * left on the request so the response filter can add the {@code X-RateLimit-*} headers, also to errors.
 */
final class Guard {

    static final String RATE = "blackbar.rate.decision";
    static final String COOKIE = "session";

    /** The limit groups: name, default limit. Each can be set with {@code blackbar.rate.<group>=N/seconds}. */
    enum Group {
        API("api", new RateLimiter.Limit(60, 60)),
        /** The Cloakrr endpoints per account, all its keys together (RL-02: more keys are not more capacity). */
        API_ACCOUNT("api.account", new RateLimiter.Limit(300, 60)),
        ACCOUNT_CREATE("account.create", new RateLimiter.Limit(5, 3600)),
        ACCOUNT_LOGIN("account.login", new RateLimiter.Limit(10, 900)),
        ACCOUNT_MANAGE("account.manage", new RateLimiter.Limit(30, 60)),
        SANITIZE("sanitize", new RateLimiter.Limit(20, 60)),
        JOB_POLL("job.poll", new RateLimiter.Limit(120, 60)),
        DOWNLOAD("download", new RateLimiter.Limit(30, 60));

        final String name;
        final RateLimiter.Limit fallback;

        Group(String name, RateLimiter.Limit fallback) {
            this.name = name;
            this.fallback = fallback;
        }
    }

    private final Accounts accounts;
    private final RateLimiter limiter;
    private final Map<Group, RateLimiter.Limit> limits;

    Guard(Accounts accounts, RateLimiter limiter, Map<Group, RateLimiter.Limit> limits) {
        this.accounts = accounts;
        this.limiter = limiter;
        this.limits = limits;
    }

    /** Counts the request against the group's limit for the key; 429 with Retry-After past it. */
    void limit(HttpServletRequest req, Group group, String key) {
        limit(req, group, key, true);
    }

    /** @param headers whether the decision is the one the {@code X-RateLimit-*} headers show (else only a refusal is) */
    private void limit(HttpServletRequest req, Group group, String key, boolean headers) {
        RateLimiter.Decision d = limiter.take(group.name, key, limits.getOrDefault(group, group.fallback));
        if (headers || !d.allowed()) {
            req.setAttribute(RATE, d);
        }
        if (!d.allowed()) {
            throw new ApiFailure(429, "Too many requests. Retry after " + d.retryAfterSeconds() + " seconds.",
                    Map.of("Retry-After", String.valueOf(d.retryAfterSeconds())));
        }
    }

    /** The API key of a request, counted against the Cloakrr endpoints' limit per key; or 401. */
    Accounts.Principal key(HttpServletRequest req) {
        return key(req, Group.API);
    }

    /**
     * The API key of a request, or 401 (the same answer for missing, malformed, unknown and revoked keys),
     * counted against the group's limit: per key for the Cloakrr endpoints (and per account, all keys together, at
     * {@link Group#API_ACCOUNT}), per account for cleanthis's groups.
     */
    Accounts.Principal key(HttpServletRequest req, Group group) {
        String auth = req.getHeader("Authorization");
        Optional<Accounts.Principal> who = Optional.empty();
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            try {
                who = accounts.authenticate(auth.substring(7).trim());
            } catch (SQLException e) {
                throw new ApiFailure(503, "The database is unavailable.");
            }
        }
        Accounts.Principal p = who.orElseThrow(() -> new ApiFailure(401, "Missing or invalid API key.",
                Map.of("WWW-Authenticate", "Bearer")));
        limit(req, group, group == Group.API ? p.keyId() : p.accountId());
        if (group == Group.API) {
            limit(req, Group.API_ACCOUNT, p.accountId(), false); // the headers keep showing the contract's limit per key
        }
        return p;
    }

    /** The session of a request, or 401. Refuses cross-site requests (an Origin other than this host). */
    Accounts.Session session(HttpServletRequest req) {
        checkOrigin(req);
        String token = cookie(req);
        try {
            Accounts.Session s = token == null ? null : accounts.session(token).orElse(null);
            if (s == null) {
                throw new ApiFailure(401, "Log in first: no valid session.");
            }
            limit(req, Group.ACCOUNT_MANAGE, s.accountId());
            return s;
        } catch (SQLException e) {
            throw new ApiFailure(503, "The database is unavailable.");
        }
    }

    /** Sensitive operations need a login from the last ten minutes. */
    static void requireRecent(Accounts.Session s) {
        if (s.createdAt().isBefore(OffsetDateTime.now().minus(Duration.ofMinutes(10)))) {
            throw new ApiFailure(403, "Log in again to confirm this operation.");
        }
    }

    /**
     * A request that a browser says comes from another site is refused: an {@code Origin} other than this host, and
     * {@code Origin: null} (an opaque origin: a sandboxed frame, a cross-site redirect, a local file; AUTH-07). Clients
     * other than browsers send no {@code Origin}.
     */
    static void checkOrigin(HttpServletRequest req) {
        String origin = req.getHeader("Origin");
        String host = req.getHeader("Host");
        if (origin == null) {
            return;
        }
        String originHost = origin.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
        if (origin.equals("null") || host == null || !originHost.equalsIgnoreCase(host)) {
            throw new ApiFailure(403, "Cross-site request refused.");
        }
    }

    static String cookie(HttpServletRequest req) {
        if (req.getCookies() != null) {
            for (jakarta.servlet.http.Cookie c : req.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    static String client(HttpServletRequest req) {
        return req.getRemoteAddr(); // the real peer; X-Forwarded-For is not trusted
    }
}
