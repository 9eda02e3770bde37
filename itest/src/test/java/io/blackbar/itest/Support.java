package io.blackbar.itest;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.frameworkStartLevel;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.workingDirectory;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.ops4j.pax.exam.Option;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import io.blackbar.engine.api.Engine;
import io.blackbar.launcher.BundleSet;

/**
 * The one support class of the in-framework tests: the pax-exam configuration (exactly the bundle set
 * the launcher ships, with its start levels), a rule bundle built at test time, and small HTTP helpers.
 * Runs on the driver side only; the probe uses the static helpers that need nothing but the JDK.
 */
public final class Support {

    public static final String PORT = "itest.port";
    public static final String DEPLOY = "itest.deploy";
    public static final String RULE_JAR = "itest.rule.jar";
    public static final String SAMPLES = "itest.samples";

    private Support() {
    }

    /** @return the pax-exam options of a server like the one the launcher starts */
    public static Option[] serverOptions() throws Exception {
        Path target = Path.of(System.getProperty("blackbar.testClasses")).getParent();
        Path work = Files.createTempDirectory(target, "server-it-");
        Path deploy = Files.createDirectories(work.resolve("deploy"));
        Path data = Files.createDirectories(work.resolve("data"));
        int port = freePort();
        Path ruleJar = buildRuleBundle(work.resolve("itest-rule.jar"));

        List<Option> options = new ArrayList<>();
        Path folder = Path.of(System.getProperty("blackbar.bundles"));
        for (BundleSet.Entry e : BundleSet.fromFolder(folder)) {
            options.add(bundle(folder.resolve(e.fileName()).toUri().toString()).startLevel(e.startLevel()));
        }
        options.add(junitBundles());
        options.add(frameworkStartLevel(BundleSet.LEVEL_BLACKBAR + 1));
        options.add(cleanCaches(true));
        options.add(workingDirectory(work.resolve("felix").toString()));
        options.add(frameworkProperty("org.osgi.service.http.port").value(String.valueOf(port)));
        options.add(frameworkProperty("org.apache.felix.http.host").value("127.0.0.1"));
        options.add(frameworkProperty("blackbar.data").value(data.toString()));
        options.add(frameworkProperty("blackbar.deploy").value(deploy.toString()));
        options.add(frameworkProperty("blackbar.tmp").value(Files.createDirectories(data.resolve("tmp")).toString()));
        options.add(frameworkProperty("blackbar.deploy.poll.ms").value("500"));
        options.add(systemProperty(PORT).value(String.valueOf(port)));
        options.add(systemProperty(DEPLOY).value(deploy.toString()));
        options.add(systemProperty(RULE_JAR).value(ruleJar.toString()));
        options.add(systemProperty(SAMPLES).value(System.getProperty("blackbar.samples")));
        options.add(systemProperty("org.slf4j.simpleLogger.defaultLogLevel").value("info"));
        options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        options.add(systemProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty").value("warn"));
        return options.toArray(Option[]::new);
    }

    /** Builds a rule bundle from {@code io.blackbar.itest.rule} with bnd, as a team's build would. */
    static Path buildRuleBundle(Path out) throws Exception {
        File api = new File(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Builder b = new Builder()) {
            b.addClasspath(new File(System.getProperty("blackbar.testClasses")));
            b.addClasspath(api);
            b.setProperty("Bundle-SymbolicName", "io.blackbar.itest.rule");
            b.setProperty("Bundle-Version", "1.0.0");
            b.setProperty("Private-Package", "io.blackbar.itest.rule");
            b.setProperty("-dsannotations", "*");
            b.setProperty("-noimportjava", "true");
            try (Jar jar = b.build()) {
                if (!b.isOk()) {
                    throw new IllegalStateException("bnd: " + b.getErrors());
                }
                jar.write(out.toFile());
            }
        }
        return out;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    // ---- helpers usable in the probe: JDK only ----

    /** An HTTP answer. */
    public record Answer(int status, String contentType, String body) {
    }

    public static Answer http(String method, String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    /**
     * Polls until the condition holds.
     *
     * @return milliseconds it took, or -1 if it did not hold within the limit
     */
    public static long await(long limitMs, Check check) throws Exception {
        long t0 = System.nanoTime();
        while ((System.nanoTime() - t0) / 1_000_000 < limitMs) {
            if (check.holds()) {
                return (System.nanoTime() - t0) / 1_000_000;
            }
            Thread.sleep(100);
        }
        return check.holds() ? limitMs : -1;
    }

    /** A condition that may throw. */
    @FunctionalInterface
    public interface Check {
        boolean holds() throws Exception;
    }

}
