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
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The framework's private bundle cache: an owner-only folder {@code blackbar-felix-N} in the temporary folder, deleted
 * when the framework stops. A process killed outright (kill -9, the OOM killer, a power cut) cannot delete it, so each
 * start deletes, on a background thread, the caches of frameworks that no longer run: Felix holds a lock on the cache's
 * {@code cache.lock} while it runs (the operating system lets go of it however the process ends), so a cache whose
 * lock can be taken is a dead one's. A server that crashes and is started again no longer leaves a copy of the bundle
 * set (some 44 MB) behind at each death. No lock file of our own beside the folder: the engine's sweep of its own
 * temporary folders probes the lock files beside {@code blackbar-*} folders, and a probe from inside this process would
 * give this process's lock away (on POSIX systems closing any channel of a file releases the process's locks on it).
 */
final class FrameworkStorage {

    static final String PREFIX = "blackbar-felix-";
    /** Felix's own lock file in its cache, held while the framework runs ({@code felix.cache.locking}, on by default). */
    static final String FELIX_LOCK = "cache.lock";
    /** The names {@link Files#createTempDirectory} gives with {@link #PREFIX}; nobody else's folder is swept. */
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "-?\\d+");
    /** A cache without Felix's lock file this old is no framework's that is starting: one that died before its cache was made. */
    private static final long STARTING_SECONDS = 300;
    /** This process's caches: never probed (a probe's close would release this process's lock). */
    private static final Set<Path> OWN = ConcurrentHashMap.newKeySet();

    private FrameworkStorage() {
    }

    /**
     * Makes a new owner-only folder, then sweeps the caches of dead frameworks on a background thread (a start waits for
     * no deletion: dozens of old caches take seconds). The folder is made here with its permissions and is empty, so the
     * framework must not be told to clean it: Felix's clean deletes the folder and makes it again with the process's
     * default permissions.
     */
    static Path create(Path parent) throws IOException {
        boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path dir = posix
                ? Files.createTempDirectory(parent, PREFIX, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory(parent, PREFIX);
        OWN.add(dir.toAbsolutePath());
        UserPrincipal owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS);
        Thread sweeper = new Thread(() -> sweep(parent, owner), "blackbar-cache-sweep");
        sweeper.setDaemon(true);
        sweeper.setPriority(Thread.MIN_PRIORITY);
        sweeper.start();
        return dir;
    }

    /** Deletes the folder. */
    static void delete(Path dir) {
        deleteTree(dir);
        OWN.remove(dir.toAbsolutePath());
    }

    /**
     * @param owner the user whose caches are swept (another user's folder of the same name is none of ours, and could
     *     hold a link to elsewhere), or null for any
     * @return how many caches of dead frameworks were deleted
     */
    static int sweep(Path parent, UserPrincipal owner) {
        int deleted = 0;
        try (DirectoryStream<Path> found = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path d : found) {
                try {
                    if (NAME.matcher(d.getFileName().toString()).matches() && Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)
                            && (owner == null || owner.equals(Files.getOwner(d, LinkOption.NOFOLLOW_LINKS))) && abandoned(d)) {
                        deleteTree(d);
                        deleted++;
                    }
                } catch (IOException e) {
                    // this one cannot be read or went meanwhile (another start's sweep): the next
                }
            }
        } catch (IOException e) {
            // an unreadable temporary folder: nothing to sweep
        }
        return deleted;
    }

    private static boolean abandoned(Path d) throws IOException {
        if (OWN.contains(d.toAbsolutePath())) {
            return false;
        }
        Path lock = d.resolve(FELIX_LOCK);
        if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
            // a framework starting this instant (its cache not made yet), or one that died before it was: old ones only
            return Files.getLastModifiedTime(d, LinkOption.NOFOLLOW_LINKS).toInstant()
                    .isBefore(Instant.now().minusSeconds(STARTING_SECONDS));
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock held = ch.tryLock();
            if (held == null) {
                return false; // its framework runs
            }
            held.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // a framework of this process
        }
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
