package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.ParsedDocument;

/**
 * Every DOCX, XLSX and PPTX of the shared corpus ends in an output or an EngineException with a
 * message: no other exception, no hang. Redaction of the first words of each output is verified raw.
 */
class OfficeCorpusTest {

    private static final Path SHARED = Path.of(System.getProperty("blackbar.shared", "../../shared"));

    @Test
    void everyOfficeFileEndsInAnOutputOrAClearRefusal() throws Exception {
        Path docs = SHARED.resolve("eval/docs");
        if (!Files.isDirectory(docs)) {
            System.out.println("[OfficeCorpusTest] SKIPPED " + docs + " not found");
            assumeTrue(false);
        }
        List<Path> files = new ArrayList<>();
        for (String kind : List.of("docx", "xlsx", "pptx")) {
            try (Stream<Path> s = Files.list(docs.resolve(kind))) {
                s.sorted().forEach(files::add);
            }
        }
        Path pii = SHARED.resolve("eval/pii-docs");
        if (Files.isDirectory(pii)) {
            try (Stream<Path> s = Files.list(pii)) {
                s.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(files::add);
            }
        }
        int written = 0;
        int refused = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            String type = switch (ext) {
                case "xlsx" -> OoxmlFormatHandler.XLSX;
                case "xlsm" -> OoxmlFormatHandler.XLSM;
                case "pptx" -> OoxmlFormatHandler.PPTX;
                case "pptm" -> OoxmlFormatHandler.PPTM;
                case "docm" -> OoxmlFormatHandler.DOCM;
                default -> OoxmlFormatHandler.DOCX;
            };
            boolean ok = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> redact(f, type), name);
            if (ok) {
                written++;
            } else {
                refused++;
            }
        }
        System.out.println("[OfficeCorpusTest] " + files.size() + " files: " + written + " written, " + refused + " refused with a message");
    }

    /** @return true when written, false when refused with a message; anything else fails the test */
    private static boolean redact(Path f, String type) throws Exception {
        try (ParsedDocument doc = new OoxmlFormatHandler().open(f, type, OfficeRun.limits())) {
            List<String> values = new ArrayList<>();
            for (String w : doc.text().split("[\\s\\p{Punct}]+")) {
                if (w.length() >= 6 && values.size() < 5 && !values.contains(w)) {
                    values.add(w);
                }
            }
            Path out = Files.createTempFile("corpus", ".out");
            try (OutputStream os = Files.newOutputStream(out)) {
                doc.write(OfficeRun.plan(doc.text(), values, "[REDACTED]"), Method.REDACT, os);
            } finally {
                Files.deleteIfExists(out);
            }
            return true;
        } catch (EngineException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError(f.getFileName() + " refused without a message", e);
            }
            System.out.println("[OfficeCorpusTest] " + f.getFileName() + ": " + e.getMessage());
            return false;
        }
    }
}
