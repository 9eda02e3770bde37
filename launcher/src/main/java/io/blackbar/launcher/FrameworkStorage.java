package io.blackbar.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The framework's private bundle cache: an owner-only folder {@code blackbar-felix-N} in the temporary folder, deleted
 * when the framework stops. A process killed outright (kill -9, the OOM killer, a power cut) cannot delete it, so each
 * folder has a lock file beside it, {@code blackbar-felix-N.lock}, held while its process lives (the operating system
 * lets go of it however the process ends), and every start deletes the folders whose lock it can take: a server that
 * crashes and is started again does not leave a copy of the bundle set (some 44 MB) behind at each death.
 */
final class FrameworkStorage {

    static final String PREFIX = "blackbar-felix-";
    private static final String LOCK = ".lock";
    /** The names {@link Files#createTempDirectory} gives with {@link #PREFIX}; nobody else's folder is swept. */
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "-?\\d+");
    /** This process's folders and their held locks (probing a lock of our own would release it on POSIX). */
    private static final Map<Path, FileChannel> OWN = new ConcurrentHashMap<>();

    private FrameworkStorage() {
    }

    /**
     * Makes a new owner-only folder and takes its lock, then sweeps the folders of dead processes on a background
     * thread (a start waits for no deletion: dozens of old caches take seconds to delete; one left half deleted by an
     * exit keeps its free lock and is swept again). The folder is made here with its permissions and is empty, so the
     * framework must not be told to clean it: Felix's clean deletes the folder and makes it again with the process's
     * default permissions.
     */
    static Path create(Path parent) throws IOException {
        boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path dir = posix
                ? Files.createTempDirectory(parent, PREFIX, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory(parent, PREFIX);
        Path lock = lockOf(dir);
        FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (channel.tryLock() == null) {
            channel.close();
            deleteTree(dir);
            throw new IOException("the framework storage's lock is taken");
        }
        OWN.put(dir.toAbsolutePath(), channel);
        Thread sweeper = new Thread(() -> sweep(parent), "blackbar-cache-sweep");
        sweeper.setDaemon(true);
        sweeper.setPriority(Thread.MIN_PRIORITY);
        sweeper.start();
        return dir;
    }

    /** Deletes the folder and lets its lock go. */
    static void delete(Path dir) {
        deleteTree(dir);
        FileChannel channel = OWN.remove(dir.toAbsolutePath());
        try {
            if (channel != null) {
                channel.close();
            }
            Files.deleteIfExists(lockOf(dir));
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }

    /** @return how many folders of dead processes were deleted */
    static int sweep(Path parent) {
        int deleted = 0;
        try (DirectoryStream<Path> found = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path d : found) {
                if (NAME.matcher(d.getFileName().toString()).matches() && Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)
                        && abandoned(d)) {
                    deleteTree(d);
                    Files.deleteIfExists(lockOf(d));
                    deleted++;
                }
            }
        } catch (IOException e) {
            // an unreadable temporary folder: nothing to sweep
        }
        return deleted;
    }

    private static boolean abandoned(Path d) throws IOException {
        if (OWN.containsKey(d.toAbsolutePath())) {
            return false;
        }
        Path lock = lockOf(d);
        if (!Files.exists(lock, LinkOption.NOFOLLOW_LINKS)) {
            // an older release's folder (no lock), or one whose lock is being made this instant: old ones only
            return Files.getLastModifiedTime(d, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(Instant.now().minusSeconds(300));
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = ch.tryLock();
            if (held == null) {
                return false; // its process runs
            }
            held.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // held in this process
        }
    }

    private static Path lockOf(Path dir) {
        return dir.resolveSibling(dir.getFileName() + LOCK);
    }

    static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }
}
