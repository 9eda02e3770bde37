package io.blackbar.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The contract's environment variables and flags become framework properties; defaults apply. */
class SettingsTest {

    @Test
    void defaultsAreTheContracts() {
        Settings s = Settings.read(Map.of(), new String[0]);
        assertEquals(8080, s.port());
        assertEquals("127.0.0.1", s.get("blackbar.host"));
        assertEquals("10485760", s.get("blackbar.max.sync.bytes"));
        assertEquals("104857600", s.get("blackbar.max.upload.bytes"));
        assertEquals("1000", s.get("blackbar.free.credits"));
        assertEquals("3600", s.get("blackbar.download.url.ttl"));
        assertEquals("86400", s.get("blackbar.retention"));
        assertEquals(List.of(), s.arguments);
    }

    @Test
    void environmentThenFlags() {
        Settings s = Settings.read(Map.of("BLACKBAR_PORT", "9000", "BLACKBAR_DB_URL", "jdbc:hsqldb:mem:x", "PATH", "/bin"),
                new String[] {"--port", "9100", "scan", "a.txt", "--framework", "hipaa"});
        assertEquals(9100, s.port());
        assertEquals("jdbc:hsqldb:mem:x", s.get("blackbar.db.url"));
        assertEquals(List.of("scan", "a.txt", "--framework", "hipaa"), s.arguments, "command flags stay with the command");
    }

    @Test
    void badPortIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Settings.read(Map.of("BLACKBAR_PORT", "http"), new String[0]).port());
        assertThrows(IllegalArgumentException.class, () -> Settings.read(Map.of("BLACKBAR_PORT", "70000"), new String[0]).port());
    }
}
