package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.testing.Plans;

/**
 * Every DOCX, XLSX and PPTX of the shared corpus ends in an output or an EngineException with a
 * message: no other exception, no hang. Redaction of the first words of each output is verified raw.
 */
class OfficeCorpusTest {

    private static final Path SHARED = Path.of(System.getProperty("blackbar.shared", "../../shared"));

    /** @return the shared corpus folder; the test is skipped (and says so) without it */
    private static Path docs() {
        Path docs = SHARED.resolve("eval/docs");
        if (!Files.isDirectory(docs)) {
            System.out.println("[OfficeCorpusTest] SKIPPED " + docs + " not found");
            assumeTrue(false);
        }
        return docs;
    }

    @Test
    void everyXlsEndsInAnOutputOrAClearRefusalAndEncryptedOnesSaySo() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(docs().resolve("xls"))) {
            s.sorted().forEach(files::add);
        }
        int written = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            String refusal = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> redact(new XlsFormatHandler(null, false), f, XlsFormatHandler.XLS), name);
            if (name.contains("password") || name.contains("protected")) {
                assertTrue(refusal != null && refusal.contains("encrypted"), name + ": " + refusal);
            }
            written += refusal == null ? 1 : 0;
        }
        assertTrue(written * 2 >= files.size(), "most XLS files are written: " + written + " of " + files.size());
        System.out.println("[OfficeCorpusTest] " + files.size() + " XLS files: " + written + " written");
    }

    @Test
    void everyOfficeFileEndsInAnOutputOrAClearRefusal() throws Exception {
        Path docs = docs();
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
            // the parts, not the pictures (no OCR engine runs here: PicturesTest and ServerIT read pictures)
            String refusal = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> redact(OoxmlFormatHandler.notReadingPictures(), f, type), name);
            boolean ok = refusal == null;
            if (name.contains("AltChunk")) {
                // Tika's document whose body is an imported HTML part: refused, never written with it unread
                assertTrue(refusal != null && refusal.contains("altChunk"), name + ": " + refusal);
            }
            if (ext.startsWith("xls")) {
                // again with every worksheet and the shared strings streamed: the same outcome
                FormatHandler streaming = (file, t, limits) -> OoxmlDocument.open(file, t, limits, null, false, 0);
                String streamed = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> redact(streaming, f, type), name);
                assertEquals(ok, streamed == null, name + " streamed: " + streamed);
            }
            if (ok) {
                written++;
            } else {
                refused++;
            }
        }
        System.out.println("[OfficeCorpusTest] " + files.size() + " files: " + written + " written, " + refused + " refused with a message");
    }

    /**
     * Redacts the first long words of a file and reads the output again with the same handler, as the
     * engine verifies: none of them may be in its text.
     *
     * @return null when written, the message when refused; anything else fails the test
     */
    private static String redact(FormatHandler handler, Path f, String type) throws Exception {
        Path out = Files.createTempFile("corpus", ".out");
        try (ParsedDocument doc = handler.open(f, type, OfficeRun.limits())) {
            List<String> values = new ArrayList<>();
            for (String w : doc.text().split("[\\s\\p{Punct}]+")) {
                if (w.length() >= 6 && values.size() < 5 && !values.contains(w)) {
                    values.add(w);
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                doc.write(Plans.everyOccurrence(doc.text(), values, "[REDACTED]"), Method.REDACT, os);
            }
            try (ParsedDocument again = handler.open(out, type, OfficeRun.limits())) {
                for (String v : values) {
                    assertFalse(again.text().contains(v), f.getFileName() + ": a redacted word is in the output's text");
                }
            }
            return null;
        } catch (EngineException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError(f.getFileName() + " refused without a message", e);
            }
            System.out.println("[OfficeCorpusTest] " + f.getFileName() + ": " + e.getMessage());
            return e.getMessage();
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
