package io.blackbar.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which framework caches a start sweeps: those of frameworks no longer running, never a live one's or somebody else's. */
class FrameworkStorageTest {

    @TempDir
    Path tmp;

    @Test
    void aNewCacheIsOwnerOnlyAndGoneWhenDeleted() throws Exception {
        Path dir = FrameworkStorage.create(tmp);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        Files.writeString(dir.resolve(FrameworkStorage.FELIX_LOCK), ""); // as Felix makes it, not locked here
        assertEquals(0, FrameworkStorage.sweep(tmp, null), "this process's own cache is never probed nor swept");
        assertTrue(Files.isDirectory(dir));
        FrameworkStorage.delete(dir);
        assertFalse(Files.exists(dir));
    }

    @Test
    void sweepsTheCachesOfDeadFrameworksOnly() throws Exception {
        Path dead = Files.createDirectories(tmp.resolve("blackbar-felix-123/bundle1"));
        Files.writeString(dead.resolve("bundle.info"), "x");
        Files.writeString(tmp.resolve("blackbar-felix-123").resolve(FrameworkStorage.FELIX_LOCK), ""); // nobody holds it
        Path neverStarted = Files.createDirectories(tmp.resolve("blackbar-felix-456")); // no cache yet, an hour old
        Files.setLastModifiedTime(neverStarted, FileTime.from(Instant.now().minusSeconds(3600)));
        Path starting = Files.createDirectories(tmp.resolve("blackbar-felix-789")); // no cache yet, just made
        Path someoneElses = Files.createDirectories(tmp.resolve("blackbar-felix-exports"));
        Files.writeString(someoneElses.resolve(FrameworkStorage.FELIX_LOCK), "");
        Path live = Files.createDirectories(tmp.resolve("blackbar-felix-999"));
        Process holder = holdLock(live.resolve(FrameworkStorage.FELIX_LOCK)); // a framework running in another process
        try {
            UserPrincipal me = Files.getOwner(tmp, LinkOption.NOFOLLOW_LINKS);
            assertEquals(2, FrameworkStorage.sweep(tmp, me));
            assertFalse(Files.exists(tmp.resolve("blackbar-felix-123")), "a dead framework's cache");
            assertFalse(Files.exists(neverStarted), "one that died before its cache was made, old enough");
            assertTrue(Files.isDirectory(starting), "one starting this instant");
            assertTrue(Files.isDirectory(someoneElses), "not named as the launcher names its caches");
            assertTrue(Files.isDirectory(live), "a running framework's, its lock held by another process");
        } finally {
            holder.destroyForcibly().waitFor();
        }
        assertEquals(1, FrameworkStorage.sweep(tmp, null), "once that process ended, its cache is a dead one's");
        assertFalse(Files.exists(live));
    }

    /** Starts a JVM that locks {@code file} and waits until it says so. */
    private static Process holdLock(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", out.readLine(), "the holder took the lock");
        return p;
    }
}
