package io.blackbar.format.image.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.Replacement;
import io.blackbar.engine.api.testing.Plans;

/**
 * Redacts values through the handler the way the engine would (a plan of the values' offsets in the
 * handler's own text) and judges the output with the tesseract command line: no value readable,
 * and at least 90% of the other words still readable.
 */
final class RedactionCheck {

    /** The share of the other words that must survive. */
    static final double MIN_SURVIVAL = 0.9;

    /** One handler for all tests: Tesseract instances are pooled. */
    static final ImageFormatHandler HANDLER = new ImageFormatHandler(new TesseractOcr(ImageSettings.defaults()),
            ImageSettings.defaults());

    private RedactionCheck() {
    }

    static DocumentLimits limits() {
        return new DocumentLimits(100L << 20, 10, 1L << 24, 256L << 20, System.nanoTime() + TimeUnit.SECONDS.toNanos(120));
    }

    /**
     * @param input the image
     * @param values what to remove; each must be in the handler's text
     * @param reference the words the image holds (for the survival count)
     * @param method redact or anonymize
     * @param output where the result goes
     * @return the write report
     */
    static Map<String, Integer> redact(Path input, List<String> values, String reference, Method method, Path output)
            throws Exception {
        return redact(input, values, values, reference, method, output);
    }

    /**
     * As {@link #redact(Path, List, String, Method, Path)}, planning the values as the handler's OCR
     * reads them and checking the output for the values as they really are.
     */
    static Map<String, Integer> redact(Path input, List<String> planned, List<String> values, String reference,
            Method method, Path output) throws Exception {
        Map<String, Integer> report;
        try (ParsedDocument doc = HANDLER.open(input, "image/png", limits()); OutputStream out = Files.newOutputStream(output)) {
            List<Replacement> plan = plan(doc.text(), planned);
            report = doc.write(plan, method, out);
        }
        String after = TesseractCli.read(output);
        Set<String> afterWords = words(after);
        for (String v : values) {
            assertFalse(normal(after).contains(normal(v)), "a value is still readable in " + output.getFileName());
            for (String part : v.split("\\s+")) {
                if (part.length() >= 4) {
                    assertFalse(afterWords.contains(part.toLowerCase(Locale.ROOT)),
                            "a part of a value is still readable in " + output.getFileName());
                }
            }
        }
        assertSurvival(reference, values, afterWords, output.getFileName().toString());
        return report;
    }

    /** The value spans, in order and without overlap; each value must have been read by OCR. */
    static List<Replacement> plan(String text, List<String> values) {
        for (String v : values) {
            assertTrue(text.contains(v), "OCR did not read a value of the test image (" + v.length() + " chars)");
        }
        return Plans.everyOccurrence(text, values, "[REDACTED]");
    }

    private static void assertSurvival(String reference, List<String> values, Set<String> after, String name) {
        Set<String> valueWords = values.stream().flatMap(v -> Arrays.stream(v.split("\\s+")))
                .map(RedactionCheck::token).collect(Collectors.toSet());
        Map<String, Boolean> others = new HashMap<>();
        for (String w : words(reference)) {
            boolean partOfValue = valueWords.stream().anyMatch(v -> w.contains(v) || v.contains(w));
            if (!partOfValue && w.length() >= 2) {
                others.put(w, after.contains(w));
            }
        }
        long survived = others.values().stream().filter(b -> b).count();
        double share = others.isEmpty() ? 1 : survived / (double) others.size();
        System.out.printf(Locale.ROOT, "[RedactionCheck] %s: %d of %d other words survive (%.0f%%)%n", name, survived,
                others.size(), share * 100);
        assertTrue(share >= MIN_SURVIVAL, name + ": only " + survived + " of " + others.size() + " other words survive");
    }

    static Set<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).map(RedactionCheck::token).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    private static String token(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
