package io.blackbar.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Masking as the contract says (CONTRACT.md, "Scan items"), and wire names. */
class FindingTest {

    @ParameterizedTest
    @CsvSource({"123456789,12*****89", "12345678,12****78", "1234567,*******", "ab,**"})
    void masks(String value, String masked) {
        Finding f = new Finding("X", Category.IDENTIFIER, 1, 0, value.length(), 1, value, "");
        assertEquals(masked, f.masked());
        assertFalse(f.toString().contains(value), "toString is safe for logs");
    }

    @ParameterizedTest
    @CsvSource({"redact,REDACT", "ANONYMIZE,ANONYMIZE", " sanitize ,SANITIZE"})
    void methods(String wire, Method m) {
        assertEquals(m, Method.fromWire(wire));
    }

    @org.junit.jupiter.api.Test
    void unknownMethodAndDefaults() {
        assertThrows(IllegalArgumentException.class, () -> Method.fromWire("shred"));
        Request r = Request.of(null, null);
        assertEquals("pii", r.framework());
        assertEquals(Method.REDACT, r.method());
    }
}
