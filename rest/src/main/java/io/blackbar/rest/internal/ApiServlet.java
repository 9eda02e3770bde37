package io.blackbar.rest.internal;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Jersey's servlet, registered on the servlet whiteboard by {@link Api}. Jersey finds its
 * {@code RuntimeDelegate} through the context class loader: during init that must be jersey-server's
 * bundle loader, or {@code /api} is a silent 404.
 */
public class ApiServlet extends ServletContainer {

    private static final long serialVersionUID = 1L;

    ApiServlet(ResourceConfig application) {
        super(application);
    }

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
