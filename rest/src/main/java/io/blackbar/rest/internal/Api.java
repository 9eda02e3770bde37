package io.blackbar.rest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Servlet;

import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;

import io.blackbar.engine.api.Engine;

/**
 * Builds the JAX-RS application under {@code /api} and registers it on the servlet whiteboard, with
 * multipart limits and the private upload folder taken from the run's settings (which is why this is
 * a registration rather than static component properties). Only active where an HTTP runtime is, so
 * a command-line run never opens the database for it.
 */
@Component(immediate = true)
public class Api {

    private final ServiceRegistration<Servlet> registration;
    private final ServiceRegistration<Servlet> uploadRegistration;

    @Activate
    public Api(@Reference Engine engine, @Reference Database database, @Reference Accounts accounts,
            @Reference Jobs jobs, @Reference HttpServiceRuntime runtime, BundleContext ctx) throws IOException {
        long maxSync = longProperty(ctx, "blackbar.max.sync.bytes", 10_485_760L);
        long maxUpload = jobs.maxUpload();
        String tmp = ctx.getProperty("blackbar.tmp");
        Path base = tmp != null ? Path.of(tmp) : Accounts.dataFolder(ctx).resolve("tmp");
        Path uploads = base.resolve("uploads");
        Path parts = base.resolve("parts");
        for (Path p : new Path[] {base, uploads, parts}) {
            Files.createDirectories(p);
            Secrets.ownerOnly(p);
        }
        // what a killed server left of its requests' uploads: one server owns these folders (its database is locked)
        for (Path p : new Path[] {uploads, parts}) {
            try (var left = Files.list(p)) {
                left.forEach(Upload::deleteTree);
            }
        }

        Map<Guard.Group, RateLimiter.Limit> limits = new EnumMap<>(Guard.Group.class);
        for (Guard.Group g : Guard.Group.values()) {
            limits.put(g, RateLimiter.Limit.parse(ctx.getProperty("blackbar.rate." + g.name), g.fallback));
        }
        Guard guard = new Guard(accounts, new RateLimiter(System::currentTimeMillis), limits);

        ResourceConfig rc = new ResourceConfig();
        rc.setApplicationName("blackbar");
        rc.register(JacksonFeature.withoutExceptionMappers());
        rc.register(new ErrorMapper());
        rc.register(new ApiFilters());
        rc.register(new SystemResource(engine, database, ctx.getBundle().getVersion().toString(), Accounts.dataFolder(ctx)));
        rc.register(new AccountResource(accounts, jobs, guard));
        rc.register(new ProcessResource(engine, accounts, guard, uploads, maxSync));
        rc.register(new JobResource(engine, accounts, jobs, guard, uploads));
        rc.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        rc.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        rc.property(ServerProperties.BV_FEATURE_DISABLE, true);

        Hashtable<String, Object> props = new Hashtable<>();
        props.put("osgi.http.whiteboard.servlet.pattern", "/api/*");
        props.put("osgi.http.whiteboard.servlet.name", "blackbar-api");
        props.put("osgi.http.whiteboard.servlet.multipart.enabled", Boolean.TRUE);
        props.put("osgi.http.whiteboard.servlet.multipart.location", parts.toString());
        props.put("osgi.http.whiteboard.servlet.multipart.fileSizeThreshold", 65_536);
        // the synchronous endpoints: the container never spools more than the sync limit, chunked or not
        props.put("osgi.http.whiteboard.servlet.multipart.maxFileSize", maxSync);
        props.put("osgi.http.whiteboard.servlet.multipart.maxRequestSize", maxSync + 1024 * 1024);
        ApiServlet api = new ApiServlet(rc);
        registration = ctx.registerService(Servlet.class, api, props);

        // the job uploads: the same application behind exact paths with the upload limit (a job: up to
        // Jobs.MAX_DOCUMENTS files of maxUpload each, four files' worth in all)
        Hashtable<String, Object> up = new Hashtable<>();
        up.put("osgi.http.whiteboard.servlet.pattern", new String[] {"/api/v1/jobs", "/api/v1/sanitize"});
        up.put("osgi.http.whiteboard.servlet.name", "blackbar-api-uploads");
        up.put("osgi.http.whiteboard.servlet.multipart.enabled", Boolean.TRUE);
        up.put("osgi.http.whiteboard.servlet.multipart.location", parts.toString());
        up.put("osgi.http.whiteboard.servlet.multipart.fileSizeThreshold", 65_536);
        up.put("osgi.http.whiteboard.servlet.multipart.maxFileSize", maxUpload);
        up.put("osgi.http.whiteboard.servlet.multipart.maxRequestSize", 4 * maxUpload + 1024 * 1024);
        uploadRegistration = ctx.registerService(Servlet.class, new UploadServlet(api), up);
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<Servlet> r : List.of(uploadRegistration, registration)) {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // the framework is stopping
            }
        }
    }

    static long longProperty(BundleContext ctx, String name, long fallback) {
        String v = ctx.getProperty(name);
        try {
            return v == null || v.isBlank() ? fallback : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
