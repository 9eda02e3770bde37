package io.blackbar.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.blackbar.engine.api.EngineException;

/**
 * The contract's error body, {@code {"error": "<code>", "message": "<text>"}}, and the mapping from
 * HTTP statuses and engine reasons to its codes.
 */
public record ApiError(int status, String error, String message) {

    /** @return the JSON body */
    public Map<String, String> body() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("error", error);
        m.put("message", message);
        return m;
    }

    /** @return the body as JSON text (for servlets outside Jersey) */
    public String json() {
        return "{\"error\":\"" + error + "\",\"message\":\"" + escape(message) + "\"}";
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** @return the contract's code for an HTTP status */
    public static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 402 -> "insufficient_credits";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 410 -> "gone";
            case 413 -> "file_too_large";
            case 415 -> "unsupported_media_type";
            case 422 -> "unprocessable_document";
            case 429 -> "rate_limit_exceeded";
            case 503 -> "service_unavailable";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }

    public static ApiError of(int status, String message) {
        return new ApiError(status, code(status), message);
    }

    public static ApiError of(EngineException e) {
        int status = switch (e.reason()) {
            case BAD_REQUEST -> 400;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case UNPROCESSABLE -> 422;
            case TOO_LARGE -> 413;
            case UNAVAILABLE -> 503;
        };
        return of(status, e.getMessage());
    }
}
