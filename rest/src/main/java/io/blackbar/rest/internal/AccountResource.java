package io.blackbar.rest.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The cleanthis account endpoints: anonymous accounts, sessions, API keys, usage. */
@Path("/v1/account")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Accounts accounts;
    private final Jobs jobs;
    private final Guard guard;

    AccountResource(Accounts accounts, Jobs jobs, Guard guard) {
        this.accounts = accounts;
        this.jobs = jobs;
        this.guard = guard;
    }

    @POST
    public Response create(@Context HttpServletRequest req) throws SQLException {
        guard.limit(req, Guard.Group.ACCOUNT_CREATE, Guard.client(req));
        Accounts.Created c = accounts.create();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accountNumber", c.number());
        body.put("prefix", c.prefix());
        body.put("warning", "Save this account number now. It cannot be recovered: we do not store it.");
        return Response.status(201).entity(body).build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.WILDCARD)
    public Response login(@Context HttpServletRequest req, String body) throws SQLException {
        guard.limit(req, Guard.Group.ACCOUNT_LOGIN, Guard.client(req));
        String number = null;
        try {
            JsonNode n = body == null || body.isBlank() ? null : JSON.readTree(body);
            number = n != null && n.hasNonNull("accountNumber") ? n.get("accountNumber").asText() : null;
        } catch (java.io.IOException e) {
            throw new ApiFailure(400, "The body must be JSON: {\"accountNumber\": \"BB-...\"}.");
        }
        if (number == null) {
            throw new ApiFailure(400, "The body must be JSON: {\"accountNumber\": \"BB-...\"}.");
        }
        String accountId = accounts.byNumber(number).orElseThrow(() -> new ApiFailure(401, "Unknown account number."));
        String token = accounts.newSession(accountId);
        return Response.ok(Map.of("success", true, "expiresIn", Accounts.SESSION_TTL.toSeconds()))
                .header("Set-Cookie", Guard.COOKIE + "=" + token + "; Path=/; Max-Age=" + Accounts.SESSION_TTL.toSeconds()
                        + "; HttpOnly; Secure; SameSite=Strict")
                .build();
    }

    @POST
    @Path("logout")
    public Response logout(@Context HttpServletRequest req) throws SQLException {
        guard.session(req);
        accounts.endSession(Guard.cookie(req));
        return Response.ok(Map.of("success", true))
                .header("Set-Cookie", Guard.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict").build();
    }

    @GET
    public Map<String, Object> info(@Context HttpServletRequest req) throws SQLException {
        Accounts.Session s = guard.session(req);
        Accounts.Info i = accounts.info(s.accountId()).orElseThrow(() -> new ApiFailure(401, "Log in first: no valid session."));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", i.id());
        body.put("prefix", i.prefix());
        body.put("createdAt", i.createdAt().toString());
        body.put("credits", credits(i));
        body.put("activeKeys", i.keys());
        body.put("usage", usageBody(accounts.usage(i.id(), Duration.ofDays(30))));
        return body;
    }

    @DELETE
    public Response delete(@Context HttpServletRequest req) throws SQLException {
        Accounts.Session s = guard.session(req);
        Guard.requireRecent(s);
        jobs.deleteFiles(s.accountId());
        accounts.delete(s.accountId());
        return Response.noContent()
                .header("Set-Cookie", Guard.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict").build();
    }

    @GET
    @Path("usage")
    public Map<String, Object> usage(@Context HttpServletRequest req) throws SQLException {
        Accounts.Session s = guard.session(req);
        Accounts.Info i = accounts.info(s.accountId()).orElseThrow(() -> new ApiFailure(401, "Log in first: no valid session."));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("credits", credits(i));
        body.put("last30Days", usageBody(accounts.usage(i.id(), Duration.ofDays(30))));
        body.put("last24Hours", usageBody(accounts.usage(i.id(), Duration.ofDays(1))));
        return body;
    }

    static Map<String, Object> credits(Accounts.Info i) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("available", i.credits());
        c.put("used", i.creditsUsed());
        c.put("total", i.credits() + i.creditsUsed());
        return c;
    }

    static Map<String, Object> usageBody(Accounts.Usage u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("completed", u.completed());
        m.put("failed", u.failed());
        m.put("total", u.total());
        m.put("creditsUsed", u.creditsUsed());
        m.put("pages", u.pages());
        return m;
    }

    @GET
    @Path("keys")
    public Map<String, Object> keys(@Context HttpServletRequest req) throws SQLException {
        Accounts.Session s = guard.session(req);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Accounts.KeyInfo k : accounts.keys(s.accountId())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("keyId", k.keyId());
            m.put("prefix", k.prefix());
            m.put("last4", k.last4());
            m.put("label", k.label());
            m.put("mode", k.mode());
            m.put("createdAt", k.createdAt().toString());
            m.put("lastUsedAt", k.lastUsedAt() == null ? null : k.lastUsedAt().toString());
            m.put("revoked", k.revokedAt() != null);
            list.add(m);
        }
        return Map.of("keys", list);
    }

    @POST
    @Path("keys")
    @Consumes(MediaType.WILDCARD)
    public Response createKey(@Context HttpServletRequest req, String body) throws SQLException {
        Accounts.Session s = guard.session(req);
        String label = "default";
        String mode = "live";
        if (body != null && !body.isBlank()) {
            try {
                JsonNode n = JSON.readTree(body);
                label = n.hasNonNull("label") ? n.get("label").asText() : label;
                mode = n.hasNonNull("mode") ? n.get("mode").asText() : mode;
            } catch (java.io.IOException e) {
                throw new ApiFailure(400, "The body must be JSON: {\"label\": \"...\", \"mode\": \"live\" or \"test\"}.");
            }
        }
        if (!mode.equals("live") && !mode.equals("test")) {
            throw new ApiFailure(400, "mode must be live or test.");
        }
        if (label.length() > 100 || label.chars().anyMatch(ch -> ch < 0x20)) {
            throw new ApiFailure(400, "label must be at most 100 printable characters.");
        }
        Accounts.KeyCreated k = accounts.createKey(s.accountId(), label, mode);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rawKey", k.rawKey());
        out.put("keyId", k.keyId());
        out.put("prefix", k.prefix());
        out.put("last4", k.last4());
        out.put("label", k.label());
        out.put("mode", k.mode());
        out.put("warning", "Save this API key now. It will not be shown again.");
        return Response.status(201).entity(out).build();
    }

    @DELETE
    @Path("keys/{id}")
    public Map<String, Object> revokeKey(@Context HttpServletRequest req, @PathParam("id") String id) throws SQLException {
        Accounts.Session s = guard.session(req);
        if (!accounts.revokeKey(s.accountId(), id)) {
            throw new ApiFailure(404, "No such key.");
        }
        return Map.of("success", true, "keyId", id, "revoked", true);
    }

    /** The account's webhook signing secret (cleanthis: {@code GET /account/webhook-secret}). */
    @GET
    @Path("webhook-secret")
    public Map<String, Object> webhookSecret(@Context HttpServletRequest req) throws SQLException {
        Accounts.Session s = guard.session(req);
        return secret(jobs.webhookSecret(s.accountId()));
    }

    /** A new webhook secret; the old one is refused from now on. */
    @POST
    @Path("webhook-secret/rotate")
    public Map<String, Object> rotateWebhookSecret(@Context HttpServletRequest req) throws SQLException {
        Accounts.Session s = guard.session(req);
        return secret(jobs.rotateWebhookSecret(s.accountId()));
    }

    private static Map<String, Object> secret(String secret) {
        return Map.of("secret", secret, "algorithm", "HMAC-SHA256", "header", "X-Cleanthis-Signature");
    }
}
