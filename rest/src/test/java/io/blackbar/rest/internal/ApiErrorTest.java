package io.blackbar.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.EngineException;

/** The contract's error codes (CONTRACT.md, "Errors"). */
class ApiErrorTest {

    @ParameterizedTest
    @CsvSource({"400,bad_request", "401,unauthorized", "402,insufficient_credits", "403,forbidden", "404,not_found",
            "409,conflict", "410,gone", "413,file_too_large", "415,unsupported_media_type", "422,unprocessable_document",
            "429,rate_limit_exceeded", "500,internal_error", "503,service_unavailable"})
    void codes(int status, String code) {
        assertEquals(code, ApiError.code(status));
    }

    @ParameterizedTest
    @CsvSource({"BAD_REQUEST,400", "UNSUPPORTED_MEDIA_TYPE,415", "UNPROCESSABLE,422", "TOO_LARGE,413", "UNAVAILABLE,503"})
    void engineReasons(EngineException.Reason reason, int status) {
        assertEquals(status, ApiError.of(new EngineException(reason, "m")).status());
    }

    @org.junit.jupiter.api.Test
    void jsonEscapes() {
        assertEquals("{\"error\":\"bad_request\",\"message\":\"a \\\"q\\\" \\\\ \\u000a\"}",
                ApiError.of(400, "a \"q\" \\ \n").json());
    }
}
