package io.blackbar.launcher;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.felix.framework.Felix;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import io.blackbar.engine.api.Engine;
import io.blackbar.engine.api.spi.FormatHandler;

/**
 * Blackbar inside a plain Java program: the shipped bundle set in a private Felix, without HTTP, and
 * its {@link Engine} handed out. The engine API packages are exported by the system bundle from the
 * caller's class path, so the caller and the bundles share one {@code Engine} type. Used by the
 * evaluation harness and the benchmarks; an embedding application can do the same.
 */
public final class Embedded implements AutoCloseable {

    private final Felix felix;
    private final Engine engine;

    private Embedded(Felix felix, Engine engine) {
        this.felix = felix;
        this.engine = engine;
    }

    /**
     * Starts the engine.
     *
     * @param properties framework properties ({@code blackbar.deploy}, {@code blackbar.time.budget.ms}, ...)
     * @return the running engine; close it to stop
     * @throws Exception when the framework or the engine does not start within 60 s
     */
    public static Embedded start(Map<String, String> properties) throws Exception {
        Map<String, String> props = new HashMap<>(properties);
        props.put("org.osgi.framework.system.packages.extra", engineApiExports());
        props.putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", props.get("org.slf4j.simpleLogger.defaultLogLevel"));
        Felix felix = Main.start(props, true);
        BundleContext ctx = felix.getBundleContext();
        ServiceTracker<Engine, Engine> tracker = new ServiceTracker<>(ctx, Engine.class, null);
        tracker.open();
        Engine engine = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
        if (engine == null) {
            Main.stop(felix);
            throw new IllegalStateException("the engine did not start");
        }
        return new Embedded(felix, engine);
    }

    /**
     * The caller's copy of the engine API (on the class path) is the one the framework's bundles must
     * use, so the system bundle exports its packages, at the versions its own manifest gives: a version
     * written here would fall behind the API (a bundle built against a newer SPI then does not wire to it).
     *
     * @return the {@code Export-Package} header of the engine API on the class path
     */
    static String engineApiExports() throws java.io.IOException {
        java.net.URL manifest = Engine.class.getResource("/META-INF/MANIFEST.MF");
        java.security.CodeSource source = Engine.class.getProtectionDomain().getCodeSource();
        if (source != null) {
            String location = source.getLocation().toString();
            manifest = new java.net.URL(location.endsWith(".jar") ? "jar:" + location + "!/META-INF/MANIFEST.MF"
                    : location + "META-INF/MANIFEST.MF");
        }
        try (java.io.InputStream in = manifest.openStream()) {
            String exports = new java.util.jar.Manifest(in).getMainAttributes().getValue("Export-Package");
            if (exports == null || !exports.contains("io.blackbar.engine.api.spi")) {
                throw new IllegalStateException("the engine API on the class path has no OSGi manifest: " + manifest);
            }
            return exports;
        }
    }

    /** @return the engine */
    public Engine engine() {
        return engine;
    }

    /**
     * The deployed format handler for a media type, through the SPI the engine uses (for benchmarks
     * that time a handler alone, without detection).
     *
     * @param mediaType a media type such as {@code application/pdf}
     * @return the handler
     * @throws IllegalStateException when no handler for the type is deployed
     */
    public FormatHandler formatHandler(String mediaType) {
        BundleContext ctx = felix.getBundleContext();
        try {
            for (ServiceReference<FormatHandler> ref : ctx.getServiceReferences(FormatHandler.class,
                    "(" + FormatHandler.PROP_MEDIA_TYPES + "=" + mediaType + ")")) {
                FormatHandler handler = ctx.getService(ref);
                if (handler != null) {
                    return handler;
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("not a media type: " + mediaType, e);
        }
        throw new IllegalStateException("no format handler for " + mediaType + " is deployed");
    }

    @Override
    public void close() {
        Main.stop(felix);
    }
}
