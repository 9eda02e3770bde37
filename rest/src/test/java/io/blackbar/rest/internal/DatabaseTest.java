package io.blackbar.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
