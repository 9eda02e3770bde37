package io.blackbar.rest.internal;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Refuses credentials in the query string (they end up in logs and browser history), and adds the
 * rate-limit headers to every response whose request was counted, errors included.
 */
@PreMatching
public class ApiFilters implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Set<String> SECRET_PARAMS = Set.of("account", "accountnumber", "account_number", "sid",
            "session", "api_key", "apikey", "key", "token", "access_token", "authorization");

    @Override
    public void filter(ContainerRequestContext req) {
        for (String name : req.getUriInfo().getQueryParameters(false).keySet()) {
            if (SECRET_PARAMS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                throw new ApiFailure(400, "Send keys in the Authorization header and sessions in the cookie, never in the URL.");
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext resp) {
        if (req.getProperty(Guard.RATE) instanceof RateLimiter.Decision d) {
            MultivaluedMap<String, Object> h = resp.getHeaders();
            h.putSingle("X-RateLimit-Limit", String.valueOf(d.limit()));
            h.putSingle("X-RateLimit-Remaining", String.valueOf(d.remaining()));
            h.putSingle("X-RateLimit-Reset", String.valueOf(d.resetEpochSeconds()));
        }
        resp.getHeaders().putSingle("Cache-Control", "no-store");
        resp.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}
