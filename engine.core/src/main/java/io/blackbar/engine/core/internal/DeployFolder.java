package io.blackbar.engine.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.Objects;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.blackbar.engine.api.spi.Recognizer;

/**
 * Watches the deploy folder ({@code blackbar.deploy}): a bundle jar dropped in is installed and
 * started, replaced is updated, removed is uninstalled; a {@code <name>.rules.json} file becomes a
 * recognizer service. A file that cannot be used is refused with a log line naming it and the
 * reason, and breaks nothing already running.
 *
 * <p>Own watcher rather than Felix FileInstall: the first scan finishes before the engine is offered
 * (the command line sees the folder's rules on its first call), and jars and rule files share one
 * refusal path.
 */
@Component(immediate = true)
public class DeployFolder {

    static final String DEPLOY = "blackbar.deploy";
    static final String POLL_MS = "blackbar.deploy.poll.ms";
    static final String RULE_FILE_PROPERTY = "blackbar.rules.file";
    private static final String LOCATION_PREFIX = "blackbar-deploy:";
    private static final Logger LOG = LoggerFactory.getLogger(DeployFolder.class);

    /** What one file of the folder turned into. */
    private static final class Deployed {
        final Stamp stamp;
        Bundle bundle;
        ServiceRegistration<Recognizer> rule;

        Deployed(Stamp stamp) {
            this.stamp = stamp;
        }
    }

    private record Stamp(long modified, long size) {
    }

    private final Map<Path, Deployed> deployed = new HashMap<>();
    private final Map<Path, Stamp> seen = new HashMap<>();
    private BundleContext ctx;
    private Path dir;
    private long pollMs;
    private Thread thread;
    private volatile boolean running;
    private ServiceRegistration<DeployState> state;

    @Activate
    void activate(BundleContext context) {
        this.ctx = context;
        // During framework start-up, bundles after this one (the rule bundles) are not active yet:
        // offer the engine only once the framework has STARTED, so no request sees half the rules.
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        if (system.getState() != Bundle.ACTIVE) {
            java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
            org.osgi.framework.FrameworkListener[] holder = new org.osgi.framework.FrameworkListener[1];
            holder[0] = event -> {
                if (event.getType() == org.osgi.framework.FrameworkEvent.STARTED && once.compareAndSet(false, true)) {
                    context.removeFrameworkListener(holder[0]);
                    begin(context);
                }
            };
            context.addFrameworkListener(holder[0]);
            if (system.getState() == Bundle.ACTIVE && once.compareAndSet(false, true)) {
                context.removeFrameworkListener(holder[0]);
                begin(context);
            }
            return;
        }
        begin(context);
    }

    private synchronized void begin(BundleContext context) {
        String folder = context.getProperty(DEPLOY);
        String poll = context.getProperty(POLL_MS);
        pollMs = poll == null ? 1000 : Math.max(100, Long.parseLong(poll.trim()));
        if (folder == null || folder.isBlank()) {
            LOG.info("no deploy folder configured ({}); hot deploy is off", DEPLOY);
            state = context.registerService(DeployState.class, new DeployState() { }, null);
            return;
        }
        dir = Path.of(folder).toAbsolutePath().normalize();
        running = true;
        thread = new Thread(this::run, "blackbar-deploy");
        thread.setDaemon(true);
        thread.start();
    }

    @Deactivate
    void deactivate() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (state != null) {
            state.unregister();
        }
        synchronized (this) {
            deployed.keySet().stream().toList().forEach(this::undeploy);
        }
    }

    private void run() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            LOG.error("deploy folder {} cannot be created: {}", dir, e.getClass().getSimpleName());
        }
        scan(true);
        LOG.info("watching deploy folder {}", dir);
        state = ctx.registerService(DeployState.class, new DeployState() { }, null);
        while (running) {
            try {
                Thread.sleep(pollMs);
            } catch (InterruptedException e) {
                return;
            }
            try {
                scan(false);
            } catch (RuntimeException e) {
                LOG.error("deploy folder scan failed: {}", e.getClass().getName());
            }
        }
    }

    /**
     * One pass over the folder. After the first pass a file is acted on only once its size and time
     * have stayed the same for one poll, so a jar still being copied is not installed half-written.
     */
    synchronized void scan(boolean first) {
        Map<Path, Stamp> now = new HashMap<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    if (name.startsWith(".") || !(name.endsWith(".jar") || name.endsWith(RuleFile.SUFFIX))) {
                        continue;
                    }
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        now.put(f, new Stamp(a.lastModifiedTime().toMillis(), a.size()));
                    }
                }
            } catch (IOException e) {
                LOG.warn("deploy folder {} cannot be read: {}", dir, e.getClass().getSimpleName());
                return;
            }
        }
        for (Path gone : deployed.keySet().stream().filter(p -> !now.containsKey(p)).toList()) {
            undeploy(gone);
        }
        for (Map.Entry<Path, Stamp> e : now.entrySet()) {
            Deployed d = deployed.get(e.getKey());
            boolean changed = d == null || !d.stamp.equals(e.getValue());
            boolean settled = first || Objects.equals(seen.get(e.getKey()), e.getValue());
            if (changed && settled) {
                deploy(e.getKey(), e.getValue());
            }
        }
        seen.clear();
        seen.putAll(now);
    }

    private void deploy(Path file, Stamp stamp) {
        Deployed previous = deployed.get(file);
        Deployed next = new Deployed(stamp);
        String name = file.getFileName().toString();
        if (name.endsWith(RuleFile.SUFFIX)) {
            deployRule(file, name, previous, next);
        } else {
            deployBundle(file, name, previous, next);
        }
        deployed.put(file, next);
    }

    private void deployRule(Path file, String name, Deployed previous, Deployed next) {
        try {
            RuleFile rule = RuleFile.read(file);
            Hashtable<String, Object> props = new Hashtable<>();
            props.put(Recognizer.PROP_ENTITY, new String[] {rule.entity()});
            props.put(Recognizer.PROP_FRAMEWORKS, rule.frameworkNames().toArray(String[]::new));
            props.put(RULE_FILE_PROPERTY, name);
            next.rule = ctx.registerService(Recognizer.class, new RuleFileRecognizer(rule), props);
            LOG.info("deployed rule file {}: entity {} in {}", name, rule.entity(), rule.frameworkNames());
        } catch (RuleFile.Invalid e) {
            LOG.warn("refused rule file {}: {}", name, e.getMessage());
        }
        if (previous != null && previous.rule != null) {
            unregisterQuietly(previous.rule);
        }
    }

    private void deployBundle(Path file, String name, Deployed previous, Deployed next) {
        String location = LOCATION_PREFIX + name;
        Bundle bundle = previous != null ? previous.bundle : null;
        boolean fresh = bundle == null;
        try (InputStream in = Files.newInputStream(file)) {
            String notBundle = notABundle(file);
            if (notBundle != null) {
                LOG.warn("refused bundle {}: {}", name, notBundle);
                if (!fresh) {
                    uninstallQuietly(bundle);
                    refresh();
                }
                return;
            }
            if (fresh) {
                bundle = ctx.installBundle(location, in);
            } else {
                bundle.update(in);
                refresh();
            }
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
            next.bundle = bundle;
            LOG.info("deployed bundle {} ({} {})", name, bundle.getSymbolicName(), bundle.getVersion());
        } catch (BundleException | IOException | RuntimeException e) {
            LOG.warn("refused bundle {}: {}", name, reason(e));
            if (bundle != null) {
                uninstallQuietly(bundle);
                refresh();
            }
        }
    }

    /** @return why the file is not an OSGi bundle, or null when it is one */
    static String notABundle(Path file) {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(file.toFile())) {
            java.util.jar.Manifest m = jar.getManifest();
            if (m == null || m.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
                return "not an OSGi bundle (no Bundle-SymbolicName in its manifest)";
            }
            return null;
        } catch (IOException e) {
            return "not a readable jar";
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ");
    }

    private void undeploy(Path file) {
        Deployed d = deployed.remove(file);
        if (d == null) {
            return;
        }
        String name = file.getFileName().toString();
        if (d.rule != null) {
            unregisterQuietly(d.rule);
            LOG.info("removed rule file {}", name);
        }
        if (d.bundle != null) {
            uninstallQuietly(d.bundle);
            refresh();
            LOG.info("removed bundle {}", name);
        }
    }

    private static void unregisterQuietly(ServiceRegistration<?> reg) {
        try {
            reg.unregister();
        } catch (IllegalStateException e) {
            // already gone with the framework
        }
    }

    private static void uninstallQuietly(Bundle bundle) {
        try {
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("could not uninstall {}: {}", bundle.getSymbolicName(), e.getClass().getSimpleName());
        }
    }

    private void refresh() {
        try {
            ctx.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class).refreshBundles(null);
        } catch (IllegalStateException e) {
            // framework stopping
        }
    }
}
