package io.blackbar.launcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The bundles that ship, read from {@code bundles/} inside the launcher jar or from a folder (the
 * in-framework tests install the same set from {@code launcher/target/classes/bundles}), each with
 * its start level.
 */
public final class BundleSet {

    /** Start level of logging and SPI Fly. */
    public static final int LEVEL_LOGGING = 1;
    /** Start level of libraries. */
    public static final int LEVEL_LIBRARIES = 2;
    /** Start level of Declarative Services. */
    public static final int LEVEL_SCR = 3;
    /** Start level of Blackbar's own bundles; the framework's beginning start level. */
    public static final int LEVEL_BLACKBAR = 4;

    /** The HTTP server bundle, left out when the command line runs. */
    public static final String HTTP_BUNDLE = "org.apache.felix.http.jetty12";

    /**
     * One bundle.
     *
     * @param fileName its file name, used in its location
     * @param symbolicName its Bundle-SymbolicName
     * @param startLevel when it starts
     * @param bytes the jar
     */
    public record Entry(String fileName, String symbolicName, int startLevel, byte[] bytes) {

        /** @return a fresh stream of the jar */
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }

    private BundleSet() {
    }

    /**
     * The start level of a bundle: slf4j and SPI Fly first (Jetty 12 needs slf4j 2 with a
     * provider), then libraries (so jersey-common is active before Jersey's servlet starts), then
     * SCR, then Blackbar.
     *
     * @param symbolicName the bundle's symbolic name
     * @return its start level
     */
    public static int startLevel(String symbolicName) {
        if (symbolicName.startsWith("slf4j.") || symbolicName.startsWith("org.apache.aries.spifly")
                || symbolicName.startsWith("org.objectweb.asm")) {
            return LEVEL_LOGGING;
        }
        if (symbolicName.equals("org.apache.felix.scr")) {
            return LEVEL_SCR;
        }
        if (symbolicName.startsWith("io.blackbar.")) {
            return LEVEL_BLACKBAR;
        }
        return LEVEL_LIBRARIES;
    }

    /**
     * @param folder a folder of bundle jars
     * @return its bundles, ordered by start level then name
     */
    public static List<Entry> fromFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Entry> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".jar")).toList()) {
                out.add(entry(p.getFileName().toString(), Files.readAllBytes(p)));
            }
            return sorted(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the bundles inside the running launcher jar (or its classes folder in development) */
    static List<Entry> fromLauncher() throws IOException {
        Path self;
        try {
            self = Path.of(BundleSet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the launcher jar", e);
        }
        if (Files.isDirectory(self)) {
            return fromFolder(self.resolve("bundles"));
        }
        List<Entry> out = new ArrayList<>();
        try (JarFile jar = new JarFile(self.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String name = e.getName();
                if (name.startsWith("bundles/") && name.endsWith(".jar")) {
                    try (InputStream in = jar.getInputStream(e)) {
                        out.add(entry(name.substring("bundles/".length()), in.readAllBytes()));
                    }
                }
            }
        }
        return sorted(out);
    }

    private static Entry entry(String fileName, byte[] bytes) throws IOException {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(bytes))) {
            Manifest m = in.getManifest();
            String bsn = m == null ? null : m.getMainAttributes().getValue("Bundle-SymbolicName");
            if (bsn == null) {
                throw new IOException(fileName + " is not a bundle");
            }
            bsn = bsn.split(";", 2)[0].trim();
            return new Entry(fileName, bsn, startLevel(bsn), bytes);
        }
    }

    private static List<Entry> sorted(List<Entry> entries) {
        entries.sort(Comparator.comparingInt(Entry::startLevel).thenComparing(Entry::symbolicName));
        return entries;
    }

    /** @return the manifest attribute of a bundle, or null (for tests) */
    static String header(Entry e, String name) throws IOException {
        try (JarInputStream in = new JarInputStream(e.open())) {
            Attributes a = in.getManifest().getMainAttributes();
            return a.getValue(name);
        }
    }
}
