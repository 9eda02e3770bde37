package io.blackbar.rest.internal;

import java.util.Map;

/** An error to answer with the contract's JSON body and, where needed, extra headers. */
final class ApiFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final transient ApiError error;
    final transient Map<String, String> headers;

    ApiFailure(int status, String message) {
        this(status, message, Map.of());
    }

    ApiFailure(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.error = ApiError.of(status, message);
        this.headers = headers;
    }
}
