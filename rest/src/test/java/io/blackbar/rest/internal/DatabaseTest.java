package io.blackbar.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real HSQLDB file: migrations run once, data survives a close and reopen. */
class DatabaseTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:hsqldb:file:" + dir.resolve("db/blackbar") + ";hsqldb.write_delay=false";
    }

    @Test
    void migratesOnceAndKeepsDataAcrossReopen() throws Exception {
        Database first = new Database();
        first.open(url(), "test");
        Database.Instance a = first.instance();
        assertEquals(1, a.starts());
        first.deactivateEmbedded();
        assertTrue(Files.exists(dir.resolve("db/blackbar.script")), "database files in the data folder");

        Database second = new Database();
        second.open(url(), "test");
        Database.Instance b = second.instance();
        assertEquals(a.id(), b.id());
        assertEquals(2, b.starts());
        try (Connection c = second.connection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            r.next();
            long scripts;
            try (var in = Database.class.getClassLoader().getResourceAsStream("db/migrations.txt")) {
                scripts = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .filter(l -> l.endsWith(".sql")).count();
            }
            assertEquals(scripts, r.getInt(1), "each migration recorded once, also after a reopen");
        }
        second.deactivateEmbedded();
    }

    @Test
    void refusesUrlsWithoutADriver() {
        SQLException e = assertThrows(SQLException.class, () -> new Database().open("jdbc:postgresql://db/x", "t"));
        assertTrue(e.getMessage().contains("HSQLDB"));
    }

    @Test
    void splitsScripts() {
        assertEquals(2, Database.statements("CREATE TABLE a (x INT);\n\nCREATE TABLE b (y INT);\n").size());
    }

    /**
     * CRASH-03 and G3: an answered write is on disk. A database first made without the write-delay setting (an older
     * build, another tool) runs without a write delay once the server opens it.
     */
    @Test
    void anExistingDatabaseRunsWithoutAWriteDelay() throws Exception {
        String plain = "jdbc:hsqldb:file:" + dir.resolve("db/blackbar");
        try (Connection c = java.sql.DriverManager.getConnection(plain, "SA", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE made_elsewhere (x INT)");
            assertEquals(500, writeDelayMillis(c), "HSQLDB's default: half a second of answered writes can be lost");
            s.execute("SHUTDOWN");
        }
        Database db = embedded();
        try (Connection c = db.connection()) {
            assertEquals(0, writeDelayMillis(c), "every commit is written before it is answered");
        }
        db.deactivateEmbedded();
    }

    /**
     * CONC-06: a request's session is not closed when the request ends. HSQLDB logs and syncs a DISCONNECT at every
     * close: with a session a request, a client polling a job a thousand times a second made as many syncs of the
     * disk, under the lock every commit waits for. The log grows only with what was changed.
     */
    @Test
    void requestsDoNotEachWriteAndSyncTheLog() throws Exception {
        Database db = embedded();
        Path log = dir.resolve("db/blackbar.log");
        long before = Files.exists(log) ? Files.size(log) : 0;
        for (int i = 0; i < 200; i++) {
            db.instance(); // a read, as health and a poll make
        }
        long after = Files.exists(log) ? Files.size(log) : 0;
        assertEquals(before, after, "200 reads wrote nothing to the database's log");
        assertTrue(db.idleSessions() >= 1, "a session kept for the next request");
        db.deactivateEmbedded();
    }

    /**
     * A review's (2026-12-05): the database shut down underneath (an operator's SHUTDOWN, a server restarted) left every
     * kept session dead, and HSQLDB handed them back without an error: every request failed until a restart. A dead one
     * is now dropped when taken, and a new session opens the database again.
     */
    @Test
    void sessionsKeptWhenTheDatabaseWasShutDownUnderneathAreNotHandedOut() throws Exception {
        Database db = embedded();
        java.util.List<Connection> open = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            open.add(db.connection());
        }
        for (Connection c : open) {
            c.close();
        }
        assertTrue(db.idleSessions() >= 5);
        try (Connection raw = java.sql.DriverManager.getConnection(Database.embeddedUrl(dir.resolve("db")), "SA", "");
                Statement s = raw.createStatement()) {
            s.execute("SHUTDOWN");
        }
        for (int i = 0; i < 20; i++) {
            assertEquals(1, db.instance().starts(), "request " + i + " after the shutdown");
        }
        db.deactivateEmbedded();
    }

    /** A kept session is handed out again as a new one: what the last request left uncommitted is rolled back. */
    @Test
    void aKeptSessionComesBackReset() throws Exception {
        Database db = embedded();
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE scratch (x INT)");
        }
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("INSERT INTO scratch VALUES (1)");
            c.setReadOnly(true);
            c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            // closed without a commit
        }
        try (Connection c = db.connection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM scratch")) {
            assertTrue(c.getAutoCommit(), "auto-commit on again");
            assertEquals(Connection.TRANSACTION_READ_COMMITTED, c.getTransactionIsolation(), "the default isolation again");
            assertFalse(c.isReadOnly(), "writable again");
            r.next();
            assertEquals(0, r.getInt(1), "the uncommitted insert was rolled back");
        }
        assertTrue(db.idleSessions() >= 1);
        db.deactivateEmbedded();
        assertEquals(0, db.idleSessions(), "the kept sessions are closed with the database");
    }

    /** Sessions in use at once are each a session of their own; no more than the cap are kept afterwards. */
    @Test
    void concurrentRequestsEachGetASessionAndTheKeptOnesAreCapped() throws Exception {
        Database db = embedded();
        java.util.List<Connection> open = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Connection c = db.connection();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DECLARE LOCAL TEMPORARY TABLE t" + i + " (x INT)"); // session-scoped: fails if shared
            }
            open.add(c);
        }
        for (Connection c : open) {
            c.close();
        }
        assertTrue(db.idleSessions() <= 16 && db.idleSessions() >= 1, "kept: " + db.idleSessions());
        db.deactivateEmbedded();
    }

    private static int writeDelayMillis(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES WHERE PROPERTY_NAME = 'hsqldb.write_delay_millis'")) {
            assertTrue(r.next(), "the property is reported");
            return Integer.parseInt(r.getString(1));
        }
    }

    /**
     * DEL-02 and PRIV-10: once an account is deleted, nothing of it is left in the database's files, which keep every
     * statement since the last checkpoint in their log (a deleted row's INSERT stays there until one).
     */
    @Test
    void aDeletedAccountLeavesNothingInTheDatabaseFiles() throws Exception {
        Database db = embedded();
        Accounts accounts = new Accounts(db, new Secrets(new byte[32]), 100);
        Accounts.Created kept = accounts.create();
        Accounts.Created gone = accounts.create();
        Accounts.KeyCreated key = accounts.createKey(gone.id(), "label-of-the-deleted-account", "live");
        java.util.function.Supplier<String> files = () -> {
            StringBuilder all = new StringBuilder();
            try (var list = Files.list(dir.resolve("db"))) {
                for (Path f : list.filter(Files::isRegularFile).toList()) {
                    all.append(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return all.toString();
        };
        assertTrue(files.get().contains(gone.id()) && files.get().contains("label-of-the-deleted-account"),
                "the account is in the files before (the check can see it)");
        assertTrue(accounts.delete(gone.id()));
        String after = files.get();
        for (String m : new String[] {gone.id(), key.keyId(), "label-of-the-deleted-account"}) {
            assertFalse(after.contains(m), "left in the database files: " + m.substring(0, 4));
        }
        assertTrue(after.contains(kept.id()), "the other account is kept");
        db.deactivateEmbedded();
    }

    /**
     * AUTH-10: deleting the account needs a login from the last ten minutes, through the endpoint itself (a session of
     * eleven minutes is refused and the account stays; a fresh one deletes it).
     */
    @Test
    void deletingTheAccountNeedsARecentLogin() throws Exception {
        Database db = embedded();
        Accounts accounts = new Accounts(db, new Secrets(new byte[32]), 10);
        Accounts.Created a = accounts.create();
        String old = accounts.newSession(a.id());
        try (Connection c = db.connection(); java.sql.PreparedStatement p = c.prepareStatement("UPDATE web_session SET created_at = ?")) {
            p.setObject(1, java.time.OffsetDateTime.now().minusMinutes(11));
            p.executeUpdate();
        }
        Guard guard = new Guard(accounts, new RateLimiter(System::currentTimeMillis), java.util.Map.of());
        Jobs jobs = new Jobs(db, accounts, null, dir.resolve("jobs"), java.time.Duration.ofHours(1),
                java.time.Duration.ofHours(1), 1 << 20, new Outbound(""), java.time.Duration.ofSeconds(1), 1);
        try {
            AccountResource resource = new AccountResource(accounts, jobs, guard);
            ApiFailure refused = assertThrows(ApiFailure.class, () -> resource.delete(request(old)));
            assertEquals(403, refused.error.status(), refused.getMessage());
            assertTrue(accounts.session(old).isPresent(), "the account and its session stay");
            assertEquals(204, resource.delete(request(accounts.newSession(a.id()))).getStatus());
            assertTrue(accounts.session(old).isEmpty(), "deleted with a fresh login");
        } finally {
            jobs.stop();
        }
        db.deactivateEmbedded();
    }

    /**
     * CONC-06: a key's use is written at most once a minute. Each write is a commit synced to the disk; one at every
     * request held the server to the disk's pace (some 140 polls a second on this machine). Listed, the key shows its
     * first use's time; a use more than a minute after the last written one, or one before it (a clock set back), is
     * written again.
     */
    @Test
    void aKeysUseIsWrittenAtMostOnceAMinute() throws Exception {
        Database db = embedded();
        Accounts accounts = new Accounts(db, new Secrets(new byte[32]), 100);
        Accounts.Created a = accounts.create();
        Accounts.KeyCreated key = accounts.createKey(a.id(), "poller", "live");
        assertTrue(accounts.authenticate(key.rawKey()).isPresent());
        java.time.OffsetDateTime first = accounts.keys(a.id()).get(0).lastUsedAt();
        assertTrue(first != null, "the first use is written");
        Path log = dir.resolve("db/blackbar.log");
        long size = Files.size(log);
        for (int i = 0; i < 50; i++) {
            assertTrue(accounts.authenticate(key.rawKey()).isPresent());
        }
        assertEquals(size, Files.size(log), "fifty uses within the minute wrote nothing");
        assertEquals(first, accounts.keys(a.id()).get(0).lastUsedAt());
        for (java.time.Duration shift : new java.time.Duration[] {java.time.Duration.ofMinutes(-2), java.time.Duration.ofHours(1)}) {
            try (Connection c = db.connection(); java.sql.PreparedStatement p = c.prepareStatement("UPDATE api_key SET last_used_at = ?")) {
                p.setObject(1, java.time.OffsetDateTime.now().plus(shift));
                p.executeUpdate();
            }
            java.time.OffsetDateTime before = java.time.OffsetDateTime.now().minusSeconds(1);
            assertTrue(accounts.authenticate(key.rawKey()).isPresent());
            java.time.OffsetDateTime written = accounts.keys(a.id()).get(0).lastUsedAt();
            assertTrue(written.isAfter(before) && !written.isAfter(java.time.OffsetDateTime.now()),
                    "a use " + shift + " from the last written one is written: " + written);
        }
        db.deactivateEmbedded();
    }

    /** The server's embedded database, as it opens it, in the test's folder. */
    private Database embedded() throws Exception {
        Database db = new Database();
        db.open(Database.embeddedUrl(dir.resolve("db")), "test");
        return db;
    }

    /** A request carrying only the session cookie, as a browser or curl on this host sends it. */
    private static jakarta.servlet.http.HttpServletRequest request(String session) {
        return (jakarta.servlet.http.HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(DatabaseTest.class.getClassLoader(),
                new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getCookies" -> new jakarta.servlet.http.Cookie[] {new jakarta.servlet.http.Cookie(Guard.COOKIE, session)};
                    case "getRemoteAddr" -> "127.0.0.1";
                    case "getHeader", "getAttribute" -> null;
                    default -> m.getReturnType() == boolean.class ? false : null;
                });
    }
}
