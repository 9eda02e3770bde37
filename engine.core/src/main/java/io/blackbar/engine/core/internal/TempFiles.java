package io.blackbar.engine.core.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The engine's private temporary folder: owner-only, and every file in it is deleted when the
 * request that made it ends (and the folder when the engine stops).
 */
final class TempFiles {

    private final Path dir;

    TempFiles(Path parent) throws IOException {
        Files.createDirectories(parent);
        boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
        this.dir = posix
                ? Files.createTempDirectory(parent, "blackbar-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory(parent, "blackbar-");
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
