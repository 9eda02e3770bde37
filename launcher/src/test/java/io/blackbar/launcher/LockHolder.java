package io.blackbar.launcher;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A process that holds a lock on a file, as a running framework holds its cache's: for {@link FrameworkStorageTest}. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            if (ch.tryLock() == null) {
                System.exit(2);
            }
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
