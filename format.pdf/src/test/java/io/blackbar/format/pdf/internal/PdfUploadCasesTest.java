package io.blackbar.format.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.testing.Plans;

/** The PDF cases of SECURITY-CASES 3.6 (UP-06, 08, 14, 16, 17, 19) and the page that needs OCR. */
class PdfUploadCasesTest {

    @TempDir
    Path dir;

    private final PdfFormatHandler handler = new PdfFormatHandler();

    private Path textPdf(String name, int pages, StandardProtectionPolicy policy) throws Exception {
        Path f = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("Mail jane.roe@example.org about the budget");
                    cs.endText();
                }
            }
            if (policy != null) {
                policy.setEncryptionKeyLength(256);
                doc.protect(policy);
            }
            doc.save(f.toFile());
        }
        return f;
    }

    private byte[] redact(Path f, DocumentLimits limits) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ParsedDocument p = handler.open(f, "application/pdf", limits)) {
            p.write(Plans.everyOccurrence(p.text(), List.of("jane.roe@example.org"), "[REDACTED]"), Method.REDACT, out);
        }
        return out.toByteArray();
    }

    @Test
    void up06AnExecutableNamedPdfIsNotAPdf() {
        byte[] exe = "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        assertFalse(handler.accepts("application/pdf", exe));
        assertTrue(handler.accepts("application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void up08BytesAfterTheLastEofDoNotReachTheOutput() throws Exception {
        Path f = textPdf("polyglot.pdf", 1, null);
        byte[] zip = "PK\u0003\u0004smuggled-payload-7731".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(f, zip, java.nio.file.StandardOpenOption.APPEND);
        String out = new String(redact(f, PdfRedactionTest.limits()), StandardCharsets.ISO_8859_1);
        assertFalse(out.contains("smuggled-payload"), "the appended payload was copied");
        assertTrue(out.stripTrailing().endsWith("%%EOF"), "a full rewrite ends at its own %%EOF");
    }

    @Test
    void up14MalformedFilesEndInAnOutputOrA422WithinTheBudget() throws Exception {
        byte[] good = Files.readAllBytes(textPdf("good.pdf", 2, null));
        Path truncated = dir.resolve("truncated.pdf");
        Files.write(truncated, Arrays.copyOf(good, good.length / 2));
        Path noXref = dir.resolve("noxref.pdf");
        Files.write(noXref, new String(good, StandardCharsets.ISO_8859_1).replace("xref", "xqef")
                .getBytes(StandardCharsets.ISO_8859_1));
        Path deep = dir.resolve("deep.pdf");
        Files.writeString(deep, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X " + "[".repeat(200_000)
                + " >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", StandardCharsets.ISO_8859_1);
        Path garbage = dir.resolve("garbage.pdf");
        Files.writeString(garbage, "%PDF-1.4\n" + "x".repeat(10_000), StandardCharsets.ISO_8859_1);
        for (Path f : List.of(truncated, noXref, deep, garbage)) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try {
                    redact(f, PdfRedactionTest.limits());
                } catch (EngineException e) {
                    assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason(), f.getFileName().toString());
                    assertFalse(e.getMessage().isBlank());
                }
            }, f.getFileName().toString());
        }
    }

    @Test
    void up16AUserPasswordIsRefusedSayingSo() throws Exception {
        Path f = textPdf("locked.pdf", 1, new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
        EngineException e = assertThrows(EngineException.class, () -> handler.open(f, "application/pdf", PdfRedactionTest.limits()));
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().contains("encrypted with a password"), e.getMessage());
    }

    @Test
    void up17AnOwnerPasswordOnlyIsProcessedAndTheOutputIsNotEncrypted() throws Exception {
        AccessPermission noCopy = new AccessPermission();
        noCopy.setCanExtractContent(false);
        Path f = textPdf("owner.pdf", 1, new StandardProtectionPolicy("owner-secret", "", noCopy));
        String out = new String(redact(f, PdfRedactionTest.limits()), StandardCharsets.ISO_8859_1);
        assertFalse(out.contains("/Encrypt"), "permissions are dropped with the encryption");
    }

    @Test
    void up19MorePagesThanTheLimitAreRefused() throws Exception {
        Path f = textPdf("long.pdf", 6, null);
        DocumentLimits five = new DocumentLimits(100L << 20, 5, 10_000_000, 256L << 20, System.nanoTime() + 60_000_000_000L);
        EngineException e = assertThrows(EngineException.class, () -> handler.open(f, "application/pdf", five));
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().contains("6 pages") && e.getMessage().contains("5"), e.getMessage());
    }

    @Test
    void aScannedPageWithoutAnOcrServiceFailsNamingThePage() throws Exception {
        Path f = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            PDPage scanned = new PDPage();
            doc.addPage(scanned);
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream cs = new PDPageContentStream(doc, scanned)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 72, 500, 400, 200);
            }
            doc.save(f.toFile());
        }
        EngineException e = assertThrows(EngineException.class, () -> handler.open(f, "application/pdf", PdfRedactionTest.limits()));
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().startsWith("Page 2 has no usable text"), e.getMessage());
    }

    /** UP-19: a scanned page 200,000 points square (10 billion pixels at the coarsest rendering) is refused unrendered. */
    @Test
    void up19APageTooLargeToRenderIsRefusedBeforeRendering() throws Exception {
        Path f = dir.resolve("poster.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage poster = new PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(200_000, 200_000));
            doc.addPage(poster);
            try (PDPageContentStream cs = new PDPageContentStream(doc, poster)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB)), 72, 500, 400, 200);
            }
            doc.save(f.toFile());
        }
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        PdfFormatHandler withOcr = new PdfFormatHandler();
        withOcr.ocr = (image, limits) -> {
            asked.incrementAndGet();
            return List.of();
        };
        EngineException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(EngineException.class,
                () -> withOcr.open(f, "application/pdf", PdfRedactionTest.limits())));
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().startsWith("Page 1 ") && e.getMessage().contains("too large to render"), e.getMessage());
        assertEquals(0, asked.get(), "nothing was rendered or read");
    }
}
