package io.blackbar.rest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Anonymous accounts, their API keys, sessions, credits and usage. Account numbers, keys and session
 * ids are stored only as HMAC-SHA256 under the server pepper; charging is one conditional UPDATE, so
 * it is exact under concurrency.
 */
@Component(service = Accounts.class)
public class Accounts {

    static final Duration SESSION_TTL = Duration.ofHours(12);

    /** A new account; the number is shown once. */
    public record Created(String id, String number, String prefix) {
    }

    /** A new key; the raw key is shown once. */
    public record KeyCreated(String keyId, String rawKey, String prefix, String last4, String label, String mode) {
    }

    /** A key as listed: never the key itself. */
    public record KeyInfo(String keyId, String prefix, String last4, String label, String mode,
            OffsetDateTime createdAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
    }

    /** Who a valid key belongs to. */
    public record Principal(String accountId, String keyId, boolean test) {
    }

    /** A valid session. */
    public record Session(String accountId, OffsetDateTime createdAt) {
    }

    /** An account's state. */
    public record Info(String id, String prefix, OffsetDateTime createdAt, int credits, int creditsUsed, int keys) {
    }

    /** Usage over a period. */
    public record Usage(int completed, int failed, int total, int creditsUsed, int pages) {
    }

    private final Database db;
    private final Secrets secrets;
    private final int freeCredits;

    @Activate
    public Accounts(@Reference Database db, BundleContext ctx) throws IOException {
        this(db, Secrets.load(dataFolder(ctx)), intProperty(ctx, "blackbar.free.credits", 1000));
    }

    Accounts(Database db, Secrets secrets, int freeCredits) {
        this.db = db;
        this.secrets = secrets;
        this.freeCredits = freeCredits;
    }

    /** The server's pepper, for what other parts of the API sign or derive (download links, webhook secrets). */
    Secrets secrets() {
        return secrets;
    }

    static Path dataFolder(BundleContext ctx) {
        String data = ctx.getProperty(Database.DATA);
        return Path.of(data == null ? "blackbar-data" : data).toAbsolutePath().normalize();
    }

    static int intProperty(BundleContext ctx, String name, int fallback) {
        String v = ctx.getProperty(name);
        try {
            return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    // ---- accounts ----

    public Created create() throws SQLException {
        String number = Secrets.newAccountNumber();
        String id = Secrets.id("acc_");
        String prefix = number.substring(0, 7);
        try (Connection c = db.connection();
                PreparedStatement p = c.prepareStatement("INSERT INTO account (id, number_hash, prefix, credits, created_at) VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, id);
            p.setString(2, secrets.hash(number));
            p.setString(3, prefix);
            p.setInt(4, freeCredits);
            p.setObject(5, now());
            p.executeUpdate();
        }
        return new Created(id, number, prefix);
    }

    /** @return the account id of a typed account number; the same work whether or not it exists */
    public Optional<String> byNumber(String typed) throws SQLException {
        String canonical = Secrets.canonicalAccountNumber(typed);
        String hash = secrets.hash(canonical == null ? "invalid:" + typed : canonical);
        try (Connection c = db.connection();
                PreparedStatement p = c.prepareStatement("SELECT id FROM account WHERE number_hash = ?")) {
            p.setString(1, hash);
            try (ResultSet r = p.executeQuery()) {
                return canonical != null && r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    /** @return the account id for an account id or number (for the admin command) */
    public Optional<String> resolve(String idOrNumber) throws SQLException {
        if (idOrNumber.startsWith("acc_")) {
            try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement("SELECT id FROM account WHERE id = ?")) {
                p.setString(1, idOrNumber);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        }
        return byNumber(idOrNumber);
    }

    public Optional<Info> info(String accountId) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT id, prefix, created_at, credits, credits_used, "
                        + "(SELECT COUNT(*) FROM api_key k WHERE k.account_id = a.id AND k.revoked_at IS NULL) "
                        + "FROM account a WHERE id = ?")) {
            p.setString(1, accountId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Info(r.getString(1), r.getString(2), r.getObject(3, OffsetDateTime.class),
                        r.getInt(4), r.getInt(5), r.getInt(6)));
            }
        }
    }

    /**
     * Deletes the account; keys, sessions, usage and jobs go with it (ON DELETE CASCADE), also from the database's
     * files (a checkpoint: their log kept the rows' INSERTs).
     */
    public boolean delete(String accountId) throws SQLException {
        boolean deleted;
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement("DELETE FROM account WHERE id = ?")) {
            p.setString(1, accountId);
            deleted = p.executeUpdate() == 1;
        }
        if (deleted) {
            db.checkpoint();
        }
        return deleted;
    }

    public boolean addCredits(String accountId, int n) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement p = c.prepareStatement("UPDATE account SET credits = credits + ? WHERE id = ?")) {
            p.setInt(1, n);
            p.setString(2, accountId);
            return p.executeUpdate() == 1;
        }
    }

    // ---- sessions ----

    /** @return the raw session id for the cookie; a new one on every login (no fixation) */
    public String newSession(String accountId) throws SQLException {
        String token = Secrets.token(32);
        try (Connection c = db.connection();
                PreparedStatement p = c.prepareStatement("INSERT INTO web_session VALUES (?, ?, ?, ?)")) {
            OffsetDateTime now = now();
            p.setString(1, secrets.hash(token));
            p.setString(2, accountId);
            p.setObject(3, now);
            p.setObject(4, now.plus(SESSION_TTL));
            p.executeUpdate();
        }
        return token;
    }

    public Optional<Session> session(String token) throws SQLException {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT account_id, created_at FROM web_session WHERE id_hash = ? AND expires_at > ?")) {
            p.setString(1, secrets.hash(token));
            p.setObject(2, now());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(new Session(r.getString(1), r.getObject(2, OffsetDateTime.class))) : Optional.empty();
            }
        }
    }

    public void endSession(String token) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement("DELETE FROM web_session WHERE id_hash = ?")) {
            p.setString(1, secrets.hash(token));
            p.executeUpdate();
        }
    }

    // ---- keys ----

    /** The most keys an account may have active at once (RL-02: each key has its own rate limit). */
    static final int MAX_ACTIVE_KEYS = 20;

    /**
     * @throws ApiFailure 409 when the account has {@link #MAX_ACTIVE_KEYS} active keys (one server per database, so
     *     the count and the insert under this object's lock cannot be raced)
     */
    public synchronized KeyCreated createKey(String accountId, String label, String mode) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT COUNT(*) FROM api_key WHERE account_id = ? AND revoked_at IS NULL")) {
            p.setString(1, accountId);
            try (ResultSet r = p.executeQuery()) {
                if (r.next() && r.getInt(1) >= MAX_ACTIVE_KEYS) {
                    throw new ApiFailure(409, "This account has " + MAX_ACTIVE_KEYS
                            + " active keys, the most it may have; revoke one first.");
                }
            }
        }
        String raw = Secrets.newApiKey(mode);
        String id = Secrets.id("key_");
        String last4 = raw.substring(raw.length() - 4);
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO api_key (id, account_id, key_hash, mode, last4, label, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, id);
            p.setString(2, accountId);
            p.setString(3, secrets.hash(raw));
            p.setString(4, mode);
            p.setString(5, last4);
            p.setString(6, label);
            p.setObject(7, now());
            p.executeUpdate();
        }
        return new KeyCreated(id, raw, "bb_" + mode, last4, label, mode);
    }

    public List<KeyInfo> keys(String accountId) throws SQLException {
        List<KeyInfo> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT id, mode, last4, label, created_at, last_used_at, revoked_at FROM api_key WHERE account_id = ? ORDER BY created_at, id")) {
            p.setString(1, accountId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new KeyInfo(r.getString(1), "bb_" + r.getString(2), r.getString(3), r.getString(4), r.getString(2),
                            r.getObject(5, OffsetDateTime.class), r.getObject(6, OffsetDateTime.class), r.getObject(7, OffsetDateTime.class)));
                }
            }
        }
        return out;
    }

    /** @return false when the key does not exist, belongs to another account, or is already revoked */
    public boolean revokeKey(String accountId, String keyId) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "UPDATE api_key SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")) {
            p.setObject(1, now());
            p.setString(2, keyId);
            p.setString(3, accountId);
            return p.executeUpdate() == 1;
        }
    }

    /** How stale a key's {@code lastUsedAt} may be: it is written at most once in this time. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /**
     * Looks a key up by its hash; malformed keys are refused before any query. A key's use is written at most once a
     * minute ({@link #LAST_USED_PRECISION}): each write is a commit, synced to the disk, and writing it at every request
     * held the server to the disk's pace (some 140 polls a second here, CONC-06).
     */
    public Optional<Principal> authenticate(String rawKey) throws SQLException {
        if (!Secrets.wellFormedApiKey(rawKey)) {
            return Optional.empty();
        }
        String hash = secrets.hash(rawKey);
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT account_id, id, mode, key_hash, last_used_at FROM api_key WHERE key_hash = ? AND revoked_at IS NULL")) {
            p.setString(1, hash);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next() || !Secrets.same(hash, r.getString(4))) {
                    return Optional.empty();
                }
                Principal who = new Principal(r.getString(1), r.getString(2), "test".equals(r.getString(3)));
                OffsetDateTime now = now();
                OffsetDateTime last = r.getObject(5, OffsetDateTime.class);
                if (last == null || !last.isAfter(now.minus(LAST_USED_PRECISION)) || last.isAfter(now)) {
                    try (PreparedStatement u = c.prepareStatement("UPDATE api_key SET last_used_at = ? WHERE id = ?")) {
                        u.setObject(1, now);
                        u.setString(2, who.keyId());
                        u.executeUpdate();
                    }
                }
                return Optional.of(who);
            }
        }
    }

    // ---- credits and usage ----

    /**
     * Takes {@code credits} from the account if it has them, and records the use, in one transaction.
     *
     * @return false (and nothing recorded) when the account has too few credits
     */
    public boolean charge(Principal who, String endpoint, int pages, int credits) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                if (!charge(c, who, endpoint, pages, credits)) {
                    c.rollback();
                    return false;
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * The charge within the caller's transaction (a job's document is charged and completed in one).
     *
     * @return false when the account has too few credits (nothing written; the caller rolls back)
     */
    boolean charge(Connection c, Principal who, String endpoint, int pages, int credits) throws SQLException {
        if (!who.test() && credits > 0) {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE account SET credits = credits - ?, credits_used = credits_used + ? WHERE id = ? AND credits >= ?")) {
                p.setInt(1, credits);
                p.setInt(2, credits);
                p.setString(3, who.accountId());
                p.setInt(4, credits);
                if (p.executeUpdate() != 1) {
                    return false;
                }
            }
        }
        record(c, who, endpoint, "completed", pages, who.test() ? 0 : credits);
        return true;
    }

    /** Records a failed document (no credits). */
    public void recordFailure(Principal who, String endpoint) throws SQLException {
        try (Connection c = db.connection()) {
            record(c, who, endpoint, "failed", 0, 0);
        }
    }

    private static void record(Connection c, Principal who, String endpoint, String status, int pages, int credits) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO usage_event (account_id, key_id, endpoint, status, pages, credits, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, who.accountId());
            p.setString(2, who.keyId());
            p.setString(3, endpoint);
            p.setString(4, status);
            p.setInt(5, pages);
            p.setInt(6, credits);
            p.setObject(7, now());
            p.executeUpdate();
        }
    }

    public Usage usage(String accountId, Duration period) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT COALESCE(SUM(CASE WHEN status = 'completed' THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END), 0), COUNT(*), "
                        + "COALESCE(SUM(credits), 0), COALESCE(SUM(pages), 0) FROM usage_event WHERE account_id = ? AND occurred_at > ?")) {
            p.setString(1, accountId);
            p.setObject(2, now().minus(period));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return new Usage(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5));
            }
        }
    }
}
