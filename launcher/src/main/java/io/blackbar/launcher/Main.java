package io.blackbar.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts Felix with the shipped bundle set. With no command it serves HTTP; with {@code scan},
 * {@code redact}, {@code sanitize} or {@code admin} it runs that command through the same engine
 * and deployed rules, without the HTTP server, and exits with the command's code.
 */
public final class Main {

    private static final List<String> COMMANDS = List.of("scan", "redact", "sanitize", "admin", "help", "--help", "-h");

    /** Held so the level set on it is not lost to garbage collection. */
    private static final java.util.logging.Logger JUL_QUIET =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    private Main() {
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.read(System.getenv(), args);
            settings.port();
        } catch (IllegalArgumentException e) {
            System.err.println("{\"error\":\"bad_request\",\"message\":\"" + e.getMessage() + "\"}");
            System.exit(2);
            return;
        }
        boolean cli = !settings.arguments.isEmpty() && !settings.arguments.get(0).equals("serve");
        if (cli && !COMMANDS.contains(settings.arguments.get(0))) {
            System.err.println("{\"error\":\"bad_request\",\"message\":\"unknown command\"}");
            System.exit(2);
            return;
        }
        try {
            System.exit(cli ? runCommand(settings) : serve(settings));
        } catch (Exception e) {
            System.err.println("{\"error\":\"internal_error\",\"message\":\"Blackbar could not start: "
                    + e.getClass().getSimpleName() + "\"}");
            System.exit(1);
        }
    }

    private static int serve(Settings settings) throws Exception {
        configureLogging("info");
        Path data = settings.data();
        Path tmp = data.resolve("tmp");
        for (Path p : new Path[] {data, tmp}) {
            Files.createDirectories(p);
            try {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
        }
        Map<String, String> props = frameworkProperties(settings);
        props.put("blackbar.tmp", tmp.toString());
        props.put("org.osgi.service.http.port", String.valueOf(settings.port()));
        props.put("org.apache.felix.http.host", settings.get("blackbar.host"));
        Felix felix = start(props, false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(felix), "blackbar-shutdown"));
        exitCleanlyOnTerm();
        System.err.println("Blackbar listening on http://" + settings.get("blackbar.host") + ":" + settings.port()
                + "/api/v1/health (data " + data + ", deploy " + settings.deploy() + ")");
        felix.waitForStop(0);
        return 0;
    }

    /**
     * A SIGTERM (a service manager's stop, {@code docker stop}) is a graceful stop: the shutdown hook stops the framework
     * (running jobs stay pending for the next start, the database is closed), the JVM's other exit work runs (temp
     * files marked for deletion go), and the process exits 0, not the 143 of the JVM's own handler, which service
     * managers report as a failure unless told otherwise.
     */
    private static void exitCleanlyOnTerm() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> System.exit(0));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGTERM on this platform, or it is the JVM's: its handler stays
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int runCommand(Settings settings) throws Exception {
        configureLogging("warn");
        Map<String, String> props = frameworkProperties(settings);
        if (!Files.isDirectory(settings.deploy())) {
            props.remove("blackbar.deploy"); // the command line never creates a deploy folder
        }
        Felix felix = start(props, true);
        try {
            BundleContext ctx = felix.getBundleContext();
            ServiceTracker<Function, Function> tracker = new ServiceTracker<>(ctx,
                    ctx.createFilter("(&(objectClass=java.util.function.Function)(blackbar.command=cli))"), null);
            tracker.open();
            Function<String[], Integer> command = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
            if (command == null) {
                System.err.println("{\"error\":\"service_unavailable\",\"message\":\"The engine did not start.\"}");
                return 1;
            }
            return command.apply(settings.arguments.toArray(String[]::new));
        } finally {
            stop(felix);
        }
    }

    static Map<String, String> frameworkProperties(Settings settings) {
        Map<String, String> props = new HashMap<>(settings.properties);
        props.put("blackbar.data", settings.data().toString());
        props.put("blackbar.deploy", settings.deploy().toString());
        props.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, String.valueOf(BundleSet.LEVEL_BLACKBAR));
        props.put("felix.log.level", "1");
        props.put("org.apache.felix.http.jetty.sendServerHeader", "false");
        props.put("org.apache.felix.https.enable", "false");
        props.put("org.apache.felix.http.enable", "true");
        return props;
    }

    private static void configureLogging(String level) {
        // Jersey, HK2 and SPI Fly log through java.util.logging: warnings only
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.WARNING);
        for (java.util.logging.Handler h : root.getHandlers()) {
            h.setLevel(java.util.logging.Level.WARNING);
        }
        // Jersey warns about resource instances registered as objects; harmless, and said once per start
        JUL_QUIET.setLevel(java.util.logging.Level.SEVERE);
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", level);
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        setIfAbsent("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.felix.http", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.hsqldb", "warn");
        // PDFBox warns about every substituted font and odd object: noise for an operator
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.fontbox", "error");
        setIfAbsent("hsqldb.reconfig_logging", "false");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Each running framework's storage folder, deleted when it stops. */
    private static final Map<Felix, Path> STORAGE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Starts Felix in a private, owner-only storage folder and installs the bundle set. */
    static Felix start(Map<String, String> props, boolean withoutHttp) throws IOException, BundleException {
        Path storage = FrameworkStorage.create(Path.of(System.getProperty("java.io.tmpdir")));
        props.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        props.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, String.valueOf(BundleSet.LEVEL_BLACKBAR));
        Map<String, Object> config = new HashMap<>(props);
        config.put("felix.log.logger", new StderrLogger());
        Felix felix = new Felix(config);
        STORAGE.put(felix, storage);
        felix.init();
        BundleContext ctx = felix.getBundleContext();
        for (BundleSet.Entry e : BundleSet.fromLauncher()) {
            try (InputStream in = e.open()) {
                Bundle b = ctx.installBundle("blackbar:" + e.fileName(), in);
                b.adapt(BundleStartLevel.class).setStartLevel(e.startLevel());
                // the command line installs the HTTP bundle (the REST bundle requires its
                // capability to resolve) but never starts it: no port is opened
                boolean http = e.symbolicName().equals(BundleSet.HTTP_BUNDLE);
                if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null && !(withoutHttp && http)) {
                    b.start();
                }
            }
        }
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        ctx.addFrameworkListener(event -> {
            if (event.getType() == org.osgi.framework.FrameworkEvent.STARTED) {
                started.countDown();
            }
        });
        felix.start();
        try {
            // STARTED comes once every bundle of the beginning start level has been started
            if (!started.await(60, TimeUnit.SECONDS)) {
                throw new BundleException("the framework did not reach its start level within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return felix;
    }

    /** Stops the framework and deletes its private storage folder. */
    static void stop(Felix felix) {
        // kept from the start: a framework that stopped by itself has no bundle context to ask
        Path storage = STORAGE.remove(felix);
        try {
            if (felix.getState() == Bundle.ACTIVE || felix.getState() == Bundle.STARTING) {
                felix.stop();
                felix.waitForStop(TimeUnit.SECONDS.toMillis(20));
            }
        } catch (BundleException | InterruptedException e) {
            // exiting anyway
        }
        if (storage != null) {
            FrameworkStorage.delete(storage);
        }
    }
}
