package io.blackbar.engine.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A killed process leaves its temporary folder behind, maybe with a document in it: the next engine on the same
 * parent deletes the folders whose lock is free, and keeps those of a process that still runs.
 */
class TempFilesTest {

    @TempDir
    Path parent;

    private Path folder(String name, boolean lockFile) throws Exception {
        Path d = Files.createDirectory(parent.resolve(name));
        Files.writeString(d.resolve("bb1.tmp"), "a document being processed");
        if (lockFile) {
            Files.createFile(parent.resolve(name + ".lock"));
        }
        return d;
    }

    /** Another JVM tries the lock: {@code held} when it is taken, {@code free} when it could take it. */
    private static String otherProcessTries(Path lock) throws Exception {
        Path src = lock.resolveSibling("Try.java");
        Files.writeString(src, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Try {
                    public static void main(String[] a) throws Exception {
                        try (FileChannel ch = FileChannel.open(Path.of(a[0]), StandardOpenOption.WRITE)) {
                            System.out.print(ch.tryLock() == null ? "held" : "free");
                        }
                    }
                }
                """);
        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(launcher.toString(), src.toString(), lock.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        p.waitFor();
        Files.delete(src);
        return out;
    }

    @Test
    void theFoldersOfEndedProcessesAreDeletedAndTheLiveOnesKept() throws Exception {
        Path dead = folder("blackbar-dead", true);
        Path live = folder("blackbar-live", true);
        Path oldWithoutLock = folder("blackbar-8812399120044", false);
        Files.setLastModifiedTime(oldWithoutLock, FileTime.from(Instant.now().minusSeconds(3600)));
        // old folders without a lock whose names only begin as the engine's: a user's, a benchmark's
        Path usersOwn = folder("blackbar-exports", false);
        Files.setLastModifiedTime(usersOwn, FileTime.from(Instant.now().minusSeconds(3600)));
        Path benchmarks = folder("blackbar-bench4471", false);
        Files.setLastModifiedTime(benchmarks, FileTime.from(Instant.now().minusSeconds(3600)));
        Path youngWithoutLock = folder("blackbar-young", false);
        Path other = folder("someone-else", true);
        try (FileChannel ch = FileChannel.open(parent.resolve("blackbar-live.lock"), StandardOpenOption.WRITE); FileLock held = ch.lock()) {
            TempFiles temp = new TempFiles(parent);
            assertFalse(Files.exists(dead), "a folder whose lock is free is an ended process's");
            assertFalse(Files.exists(parent.resolve("blackbar-dead.lock")), "and its lock goes with it");
            assertFalse(Files.exists(oldWithoutLock), "an old folder without a lock");
            assertTrue(Files.exists(live.resolve("bb1.tmp")), "a running process's folder is kept");
            assertTrue(Files.exists(youngWithoutLock), "a folder being made right now is kept");
            assertTrue(Files.exists(other), "only the engine's folders are touched");
            assertTrue(Files.exists(usersOwn.resolve("bb1.tmp")), "a folder named otherwise than the engine's is not swept");
            assertTrue(Files.exists(benchmarks.resolve("bb1.tmp")), "nor a benchmark's pieces while it runs");
            Path made = temp.create();
            try (var inside = Files.list(made.getParent())) {
                assertEquals(1, inside.count(), "the folder holds the request's file and nothing else");
            }
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made.getParent())));

            // a second engine in the same process keeps the first's folder (its lock is this process's)
            TempFiles second = new TempFiles(parent);
            assertTrue(Files.exists(made), "a live engine's file survives another engine's start");
            // and keeps its lock: probing it from this process would have released it (POSIX), so that another
            // process could take it, which a child JVM shows
            Path lock = parent.resolve(made.getParent().getFileName() + ".lock");
            assertEquals("held", otherProcessTries(lock), "the first engine's lock is still held");
            second.deleteAll();
            temp.deleteAll();
            assertFalse(Files.exists(made.getParent()), "the folder goes when the engine stops");
            assertFalse(Files.exists(parent.resolve(made.getParent().getFileName() + ".lock")), "and its lock");
        }
    }
}
