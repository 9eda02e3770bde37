package io.blackbar.engine.core.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

/**
 * The engine's private temporary folder: owner-only, and every file in it is deleted when the
 * request that made it ends (and the folder when the engine stops).
 * <p>
 * A process that is killed deletes nothing, and its folder may hold a document being processed. Each
 * folder {@code blackbar-X} therefore has a lock file beside it, {@code blackbar-X.lock}, locked for as
 * long as its process runs (the operating system lets go of the lock when the process dies, however it
 * dies); a new engine deletes every folder of the parent whose lock it can take: a command-line run and
 * the server can share the parent, and neither deletes the other's. The folder itself holds nothing
 * between requests.
 */
final class TempFiles {

    private static final String PREFIX = "blackbar-";
    private static final String LOCK = ".lock";
    /** The name of a folder the engine made ({@link Files#createTempDirectory} adds digits to the prefix). */
    private static final java.util.regex.Pattern ENGINE_FOLDER = java.util.regex.Pattern.compile("blackbar-\\d+");
    /**
     * This process's own locks. Never probed: on POSIX systems closing any channel of a file releases every lock
     * the process holds on it, so probing our own lock file would give our lock away.
     */
    private static final java.util.Set<Path> OWN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final FileChannel lockChannel;

    TempFiles(Path parent) throws IOException {
        Files.createDirectories(parent);
        deleteOrphans(parent);
        boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
        this.dir = posix
                ? Files.createTempDirectory(parent, PREFIX,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory(parent, PREFIX);
        Path lock = lockOf(dir).toAbsolutePath();
        OWN.add(lock);
        lockChannel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (lockChannel.tryLock() == null) {
            lockChannel.close();
            throw new IOException("the temporary folder's lock is taken");
        }
    }

    private static Path lockOf(Path folder) {
        return folder.resolveSibling(folder.getFileName() + LOCK);
    }

    /** Deletes the folders of processes that ended without cleaning up (those whose lock is free), and their locks. */
    static int deleteOrphans(Path parent) {
        int deleted = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path d : folders) {
                if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) && orphaned(d)) {
                    deleteTree(d);
                    Files.deleteIfExists(lockOf(d));
                    deleted++;
                }
            }
        } catch (IOException e) {
            // an unreadable parent: nothing to sweep
        }
        return deleted;
    }

    private static boolean orphaned(Path d) throws IOException {
        Path lock = lockOf(d).toAbsolutePath();
        if (OWN.contains(lock)) {
            return false; // this process's own folder
        }
        if (!Files.exists(lock, LinkOption.NOFOLLOW_LINKS)) {
            // a folder of an older release, or one whose lock is being made right now: old enough only, and named as the
            // engine names its folders ("blackbar-" and the digits Files.createTempDirectory adds): a folder of someone
            // else's that begins so ("blackbar-exports", a benchmark's "blackbar-bench123") is none of the engine's
            return ENGINE_FOLDER.matcher(d.getFileName().toString()).matches()
                    && Files.getLastModifiedTime(d).toInstant().isBefore(Instant.now().minusSeconds(60));
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = ch.tryLock();
            if (held == null) {
                return false; // another process runs
            }
            held.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this process's, though not known as its own
        }
    }

    /** @return the folder: owner-only, swept when an engine starts after this process died */
    Path dir() {
        return dir;
    }

    /** @return a new empty owner-only file; the caller deletes it */
    Path create() throws IOException {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix
                ? Files.createTempFile(dir, "bb", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, "bb", ".tmp");
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    void deleteAll() {
        deleteTree(dir);
        try {
            lockChannel.close();
            Files.deleteIfExists(lockOf(dir));
            OWN.remove(lockOf(dir).toAbsolutePath());
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }

    private static void deleteTree(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort at shutdown; nothing in here outlives the requests that made it
        }
    }
}
