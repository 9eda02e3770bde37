package io.blackbar.rest.internal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.blackbar.engine.api.EngineException;

/**
 * Every error Jersey sees, its own (unknown path, wrong method, unreadable body) and ours, leaves in
 * the contract's JSON form. Unexpected ones are logged by class only (a message can carry content)
 * and answered 500 without a stack trace.
 */
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Override
    public Response toResponse(Throwable t) {
        ApiError error;
        Response original = null;
        if (t instanceof ApiFailure f) {
            Response.ResponseBuilder b = Response.status(f.error.status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(f.error.body());
            f.headers.forEach(b::header);
            return b.build();
        }
        if (t instanceof WebApplicationException w) {
            original = w.getResponse();
            int status = original.getStatus();
            error = ApiError.of(status, messageFor(status));
        } else if (t instanceof EngineException e) {
            error = ApiError.of(e);
        } else {
            LOG.error("unexpected failure: {}", t.getClass().getName());
            error = ApiError.of(500, "Internal error.");
        }
        Response.ResponseBuilder b = Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(error.body());
        if (original != null && original.getHeaderString("Allow") != null) {
            b.header("Allow", original.getHeaderString("Allow"));
        }
        return b.build();
    }

    static String messageFor(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "This resource answers application/json only.";
            case 415 -> "Unsupported content type for this resource.";
            default -> status >= 500 ? "Internal error." : "The request failed.";
        };
    }
}
