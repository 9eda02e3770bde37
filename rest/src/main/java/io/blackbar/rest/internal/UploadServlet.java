package io.blackbar.rest.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The job uploads' way in ({@code /api/v1/jobs}, {@code /api/v1/sanitize}): registered on those exact paths with
 * the container's multipart limits at {@code BLACKBAR_MAX_UPLOAD_BYTES}, so that the synchronous endpoints keep
 * theirs at {@code BLACKBAR_MAX_SYNC_BYTES} (a chunked upload is spooled only up to its servlet's limit). It hands
 * the request to the one JAX-RS application as if it had come through {@code /api/*}.
 */
final class UploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ApiServlet api;

    UploadServlet(ApiServlet api) {
        this.api = api;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
        String context = req.getContextPath();
        String path = req.getRequestURI().substring(context.length());
        api.service(new HttpServletRequestWrapper(req) {
            @Override
            public String getServletPath() {
                return "/api";
            }

            @Override
            public String getPathInfo() {
                return path.startsWith("/api/") ? path.substring(4) : path;
            }
        }, res);
    }
}
