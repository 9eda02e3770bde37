package io.blackbar.format.image.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The {@code tesseract} command line: the independent reader that judges outputs (a different
 * process, its own image decoding), and the baseline of the benchmark.
 */
final class TesseractCli {

    private static Boolean present;

    private TesseractCli() {
    }

    /** Skips the calling test, with a message, when the command line or the native library is missing. */
    static void assumeInstalled(String test) {
        if (present == null) {
            present = Files.isExecutable(Path.of("/usr/bin/tesseract")) && TesseractNative.load() == null;
        }
        if (!present) {
            System.out.println("[" + test + "] SKIPPED: Tesseract is not installed (apt-get install "
                    + TesseractNative.PACKAGES + ")");
        }
        Assumptions.assumeTrue(present, "Tesseract is not installed");
    }

    /**
     * @param image an image file
     * @return what the command line reads in it
     */
    static String read(Path image) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "stdout");
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tesseract did not finish");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
