package io.blackbar.rest.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;

import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import io.blackbar.engine.api.Engine;

/**
 * The JAX-RS application under {@code /api}, as Jersey's servlet on the servlet whiteboard.
 * Resources are plain objects built here with their collaborators; nothing is found by scanning.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/*")
@HttpWhiteboardServletName("blackbar-api")
public class ApiServlet extends ServletContainer {

    private static final long serialVersionUID = 1L;

    @Activate
    public ApiServlet(@Reference Engine engine, @Reference Database database, BundleContext ctx) {
        super(application(engine, database, ctx.getBundle().getVersion().toString()));
    }

    static ResourceConfig application(Engine engine, Database database, String version) {
        ResourceConfig rc = new ResourceConfig();
        rc.setApplicationName("blackbar");
        rc.register(JacksonFeature.withoutExceptionMappers());
        rc.register(new ErrorMapper());
        rc.register(new SystemResource(engine, database, version));
        rc.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        rc.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        rc.property(ServerProperties.BV_FEATURE_DISABLE, true);
        rc.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);
        return rc;
    }

    /**
     * Jersey finds its {@code RuntimeDelegate} through the context class loader: during init that
     * must be jersey-server's bundle loader, or {@code /api} is a silent 404.
     */
    @Override
    public void init(ServletConfig config) throws ServletException {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(ResourceConfig.class.getClassLoader());
        try {
            super.init(config);
        } finally {
            t.setContextClassLoader(previous);
        }
    }
}
