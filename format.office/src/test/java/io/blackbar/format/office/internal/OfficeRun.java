package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.testing.Plans;

/** Runs a handler the way the engine does: open, plan from the text, write or sanitize. */
final class OfficeRun {

    /** The bytes written and what the handler reported. */
    record Output(byte[] bytes, Map<String, Integer> removed, String text, String mediaType) {
    }

    private OfficeRun() {
    }

    static DocumentLimits limits() {
        return new DocumentLimits(200L << 20, 1000, 50_000_000, 512L << 20, System.nanoTime() + 120_000_000_000L);
    }

    /**
     * @param method REDACT, ANONYMIZE (each value becomes the replacement) or SANITIZE
     * @param values values that must be in the text and are planned
     */
    static Output run(FormatHandler handler, Path in, String type, Method method, List<String> values, String replacement)
            throws Exception {
        try (ParsedDocument doc = handler.open(in, type, limits())) {
            String text = doc.text();
            for (String v : values) {
                assertTrue(text.contains(v), "the extracted text holds value #" + values.indexOf(v));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, Integer> removed = method == Method.SANITIZE ? doc.sanitize(out)
                    : doc.write(Plans.everyOccurrence(text, values, replacement), method, out);
            return new Output(out.toByteArray(), removed, text, doc.outputMediaType(method));
        }
    }
}
