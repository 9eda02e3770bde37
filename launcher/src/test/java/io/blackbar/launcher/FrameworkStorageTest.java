package io.blackbar.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which framework caches a start sweeps: those of dead processes, never a live one's or somebody else's. */
class FrameworkStorageTest {

    @TempDir
    Path tmp;

    @Test
    void aNewCacheIsOwnerOnlyAndLockedUntilDeleted() throws Exception {
        Path dir = FrameworkStorage.create(tmp);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        Path lock = tmp.resolve(dir.getFileName() + ".lock");
        assertTrue(Files.exists(lock));
        assertEquals(0, FrameworkStorage.sweep(tmp), "this process's own cache stays");
        assertTrue(Files.isDirectory(dir));
        FrameworkStorage.delete(dir);
        assertFalse(Files.exists(dir));
        assertFalse(Files.exists(lock));
    }

    @Test
    void sweepsTheCachesOfDeadProcessesOnly() throws Exception {
        Path dead = Files.createDirectories(tmp.resolve("blackbar-felix-123/bundle1"));
        Files.writeString(dead.resolve("bundle.info"), "x");
        Files.writeString(tmp.resolve("blackbar-felix-123.lock"), ""); // nobody holds it
        Path oldRelease = Files.createDirectories(tmp.resolve("blackbar-felix-456")); // no lock, an hour old
        Files.setLastModifiedTime(oldRelease, FileTime.from(Instant.now().minusSeconds(3600)));
        Path starting = Files.createDirectories(tmp.resolve("blackbar-felix-789")); // no lock yet, just made
        Path someoneElses = Files.createDirectories(tmp.resolve("blackbar-felix-exports"));
        Files.setLastModifiedTime(someoneElses, FileTime.from(Instant.now().minusSeconds(3600)));

        assertEquals(2, FrameworkStorage.sweep(tmp));

        assertFalse(Files.exists(tmp.resolve("blackbar-felix-123")), "a dead process's cache");
        assertFalse(Files.exists(tmp.resolve("blackbar-felix-123.lock")), "and its lock");
        assertFalse(Files.exists(oldRelease), "an older release's, old enough");
        assertTrue(Files.isDirectory(starting), "one whose lock is being made this instant");
        assertTrue(Files.isDirectory(someoneElses), "not named as the launcher names its caches");
        Path live = FrameworkStorage.create(tmp);
        assertEquals(0, FrameworkStorage.sweep(tmp), "a live process's cache stays");
        assertTrue(Files.isDirectory(live));
        FrameworkStorage.delete(live);
    }
}
