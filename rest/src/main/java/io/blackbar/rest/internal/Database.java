package io.blackbar.rest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.PooledConnection;

import org.hsqldb.jdbc.JDBCDataSource;
import org.hsqldb.jdbc.pool.JDBCPooledDataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's database: HSQLDB in the data folder by default (durable per commit: the write delay is
 * off), or the JDBC URL in {@code blackbar.db.url}. Versioned migrations from {@code db/} run once
 * each, in order, on activation.
 */
@Component(service = Database.class)
public class Database {

    static final String DATA = "blackbar.data";
    static final String URL = "blackbar.db.url";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** The server's identity and start count, for health. */
    public record Instance(String id, OffsetDateTime createdAt, int starts) {
    }

    /** Sessions kept open between requests. */
    private static final int IDLE = 16;

    private JDBCDataSource dataSource;
    private JDBCPooledDataSource pooledSource;
    /**
     * Sessions kept open between requests, at most {@link #IDLE}. HSQLDB writes a {@code DISCONNECT} to its log, and
     * (the write delay being off) syncs the log to disk, whenever a session closes, under the lock every commit takes:
     * a request that opened and closed its own session cost one sync of the disk, and a client polling a job a
     * thousand times a second slowed the workers' commits by as many (CONC-06). A session is reset by HSQLDB when it
     * comes back (rolled back, auto-commit on) and its isolation and read-only settings are set back here, so the next request
     * finds it as a new one.
     * Never waits: a request that finds none idle opens one, as every request did before.
     */
    private final BlockingQueue<PooledConnection> idle = new ArrayBlockingQueue<>(IDLE);
    private final ConnectionEventListener returns = new ConnectionEventListener() {
        @Override
        public void connectionClosed(ConnectionEvent event) {
            PooledConnection p = (PooledConnection) event.getSource();
            boolean kept;
            synchronized (idle) { // not kept once close() has drained the queue
                kept = !closing && idle.offer(p);
            }
            if (!kept) {
                discard(p);
            }
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
            discard((PooledConnection) event.getSource());
        }
    };
    private volatile boolean closing;
    private Connection holder;
    private boolean embedded;

    @Activate
    void activate(BundleContext ctx) throws SQLException, IOException {
        String configured = ctx.getProperty(URL);
        String url;
        if (configured == null || configured.isBlank()) {
            String data = ctx.getProperty(DATA);
            Path dir = Path.of(data == null ? "blackbar-data" : data).toAbsolutePath().normalize().resolve("db");
            Files.createDirectories(dir);
            url = embeddedUrl(dir);
            embedded = true;
        } else {
            url = configured.trim();
        }
        open(url, "version " + ctx.getBundle().getVersion());
    }

    /** The embedded database's URL in a folder: durable per commit, multi-version concurrency. */
    static String embeddedUrl(Path dir) {
        return "jdbc:hsqldb:file:" + dir.resolve("blackbar") + ";hsqldb.write_delay=false;hsqldb.tx=mvcc";
    }

    /** Opens, migrates and records a start; also used by tests outside OSGi. */
    void open(String url, String version) throws SQLException, IOException {
        if (!url.startsWith("jdbc:hsqldb:")) {
            throw new SQLException("Only HSQLDB URLs (jdbc:hsqldb:file:..., jdbc:hsqldb:hsql://...) are supported in this release");
        }
        dataSource = new JDBCDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("SA");
        dataSource.setPassword("");
        pooledSource = new JDBCPooledDataSource();
        pooledSource.setUrl(url);
        pooledSource.setUser("SA");
        pooledSource.setPassword("");
        closing = false;
        holder = dataSource.getConnection();
        if (url.startsWith("jdbc:hsqldb:file:")) {
            try (Statement s = holder.createStatement()) {
                // the URL's write_delay applies only to a database it creates: one made otherwise kept HSQLDB's default,
                // half a second of answered commits that a crash loses (CRASH-03)
                s.execute("SET FILES WRITE DELAY FALSE");
            }
        }
        migrate();
        recordStart(version);
        LOG.info("database ready ({})", embedded ? "embedded HSQLDB" : "external");
    }

    @Deactivate
    void deactivate() {
        close(embedded);
    }

    /** For tests outside OSGi: closes an embedded file database. */
    void deactivateEmbedded() {
        close(true);
    }

    private void close(boolean shutdown) {
        List<PooledConnection> kept = new ArrayList<>();
        synchronized (idle) {
            closing = true;
            idle.drainTo(kept);
        }
        kept.forEach(Database::discard);
        try (Connection c = holder) {
            if (shutdown) {
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
        } catch (SQLException e) {
            LOG.warn("database shutdown: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * Rewrites the database's files from what it holds now (HSQLDB keeps every statement since the last checkpoint in
     * its log, so a deleted row's values stay on disk until one): after deleting what must not stay (DEL-02). A failure
     * is logged, not thrown: the deletion itself is committed, and the next checkpoint (at the latest at the stop)
     * removes the rest.
     */
    void checkpoint() {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            LOG.warn("database checkpoint: {}", e.getClass().getSimpleName());
        }
    }

    /** @return a connection of its own (a new session, or an idle one reset); the caller closes it */
    public Connection connection() throws SQLException {
        while (true) { // each dead kept session is dropped: at most as many turns as sessions were kept
            PooledConnection p = idle.poll();
            boolean kept = p != null;
            if (p == null) {
                p = pooledSource.getPooledConnection();
                p.addConnectionEventListener(returns);
            }
            Connection c;
            try {
                c = p.getConnection();
                // a kept session whose database was shut down or restarted underneath is dead, and HSQLDB hands it back
                // without an error: checked once taken (dropped without closing its handle, which would keep it again)
                if (kept && !alive(c)) {
                    discard(p);
                    continue;
                }
                // HSQLDB's reset keeps what a session set as its own defaults: the isolation and read-only settings
                if (c.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED) {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                if (c.isReadOnly()) {
                    c.setReadOnly(false);
                }
                return c;
            } catch (SQLException | RuntimeException e) {
                discard(p);
                throw e;
            }
        }
    }

    private static boolean alive(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("VALUES 1");
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** @return how many sessions are kept open for the next requests (for tests) */
    int idleSessions() {
        return idle.size();
    }

    private static void discard(PooledConnection p) {
        try {
            p.close();
        } catch (SQLException | RuntimeException e) {
            // its session is gone with it either way
        }
    }

    private void migrate() throws SQLException, IOException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "script VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            c.commit();
            int current = 0;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                if (r.next()) {
                    current = r.getInt(1);
                }
            }
            List<String> scripts = resourceLines("db/migrations.txt");
            for (int i = 0; i < scripts.size(); i++) {
                int version = i + 1;
                if (version <= current) {
                    continue;
                }
                for (String sql : statements(String.join("\n", resourceLines("db/" + scripts.get(i))))) {
                    try (Statement s = c.createStatement()) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
                    p.setInt(1, version);
                    p.setString(2, scripts.get(i));
                    p.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                    p.executeUpdate();
                }
                c.commit();
                LOG.info("database migrated to version {}", version);
            }
        }
    }

    private void recordStart(String version) throws SQLException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM server_info")) {
                r.next();
                if (r.getInt(1) == 0) {
                    byte[] id = new byte[16];
                    new SecureRandom().nextBytes(id);
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO server_info VALUES (1, ?, ?)")) {
                        p.setString(1, HexFormat.of().formatHex(id));
                        p.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                        p.executeUpdate();
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO server_start (started_at, version) VALUES (?, ?)")) {
                p.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                p.setString(2, version.length() > 64 ? version.substring(0, 64) : version);
                p.executeUpdate();
            }
            c.commit();
        }
    }

    /** @return the server's identity and how often it started on this database */
    public Instance instance() throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT i.instance_id, i.created_at, (SELECT COUNT(*) FROM server_start) "
                        + "FROM server_info i WHERE i.id = 1")) {
            if (!r.next()) {
                throw new SQLException("server_info is empty");
            }
            return new Instance(r.getString(1), r.getObject(2, OffsetDateTime.class), r.getInt(3));
        }
    }

    private static List<String> resourceLines(String name) throws IOException {
        InputStream in = Database.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("--")) {
                    lines.add(t);
                }
            }
        }
        return lines;
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        for (String part : script.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
