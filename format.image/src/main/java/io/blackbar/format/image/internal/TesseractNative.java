package io.blackbar.format.image.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.NativeLibrary;

import net.sourceforge.tess4j.TessAPI1;

/**
 * Loads the system Tesseract through tess4j's JNA bindings once per JVM and finds its language
 * data. Before the library is loaded, {@code OMP_THREAD_LIMIT=1} is put into the process
 * environment (unless the operator set it): libgomp reads it once, when it is loaded with
 * libtesseract, and on 2 cores OpenMP made a dense page ten times slower.
 */
final class TesseractNative {

    /** The Debian packages that provide the engine and its English data. */
    static final String PACKAGES = "tesseract-ocr tesseract-ocr-eng";

    private static final List<Path> DEFAULT_TESSDATA = List.of(
            Path.of("/usr/share/tesseract-ocr/5/tessdata"), Path.of("/usr/share/tesseract-ocr/4.00/tessdata"),
            Path.of("/usr/share/tessdata"), Path.of("/usr/local/share/tessdata"));

    private static String loadFailure;
    private static boolean loaded;

    private TesseractNative() {
    }

    /**
     * Loads libtesseract if not done yet.
     *
     * @return null when loaded, else why not (free of paths a client should not see)
     */
    static synchronized String load() {
        if (!loaded && loadFailure == null) {
            try {
                limitOpenMpThreads();
                String version = TessAPI1.TessVersion();
                loaded = version != null;
                if (!loaded) {
                    loadFailure = "libtesseract did not report a version";
                }
            } catch (LinkageError | RuntimeException e) {
                // UnsatisfiedLinkError, or NoClassDefFoundError once TessAPI1's static init failed
                loadFailure = e.getClass().getSimpleName();
            }
        }
        return loadFailure;
    }

    /** Sets OMP_THREAD_LIMIT=1 in the C environment unless it is set already (overwrite = 0). */
    private static void limitOpenMpThreads() {
        try {
            NativeLibrary.getInstance("c").getFunction("setenv")
                    .invoke(int.class, new Object[] {"OMP_THREAD_LIMIT", "1", 0});
        } catch (LinkageError | RuntimeException e) {
            // not a C library JNA can find (not Linux): the launcher script's setting applies
        }
    }

    /**
     * The tessdata folder: the configured one, else {@code TESSDATA_PREFIX}, else Debian's.
     *
     * @param configured a folder from configuration, or blank
     * @param language the language whose {@code .traineddata} must be there
     * @return the folder holding it, or null
     */
    static Path tessdata(String configured, String language) {
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            // Tesseract 5 reads TESSDATA_PREFIX as the tessdata folder itself; 3.x as its parent
            candidates.add(Path.of(prefix));
            candidates.add(Path.of(prefix, "tessdata"));
        }
        candidates.addAll(DEFAULT_TESSDATA);
        for (Path p : candidates) {
            if (Files.isRegularFile(p.resolve(language + ".traineddata"))) {
                return p;
            }
        }
        return null;
    }
}
