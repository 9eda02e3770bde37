package io.blackbar.format.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

import org.apache.pdfbox.cos.COSName;
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

    /**
     * Redacts every occurrence of the values into a file.
     *
     * @return the text the handler read
     */
    private String redactTo(Path in, Path out, List<String> values) throws Exception {
        try (ParsedDocument p = handler.open(in, "application/pdf", PdfRedactionTest.limits());
                java.io.OutputStream os = Files.newOutputStream(out)) {
            p.write(Plans.everyOccurrence(p.text(), values, "[REDACTED]"), Method.REDACT, os);
            return p.text();
        }
    }

    /**
     * Redacts every occurrence of the values, each of which must have been read, and checks that none is left in the
     * output's objects (read by qpdf, decompressed).
     *
     * @return the output's objects as text
     */
    private String readAndGone(Path in, Path out, List<String> values) throws Exception {
        String text = redactTo(in, out, values);
        for (String v : values) {
            assertTrue(text.contains(v), v + " was not read");
        }
        String raw = IndependentReader.rawObjects(out);
        for (String v : values) {
            assertEquals(null, IndependentReader.findAny(raw, v), v + " is in the output");
        }
        return raw;
    }

    /**
     * Sanitizes into a file, or redacts (or anonymizes) every occurrence of the values.
     *
     * @return what the handler counted as removed
     */
    private java.util.Map<String, Integer> processTo(Path in, Path out, Method method, List<String> values) throws Exception {
        try (ParsedDocument p = handler.open(in, "application/pdf", PdfRedactionTest.limits());
                java.io.OutputStream os = Files.newOutputStream(out)) {
            return method == Method.SANITIZE ? p.sanitize(os)
                    : p.write(Plans.everyOccurrence(p.text(), values, "[REDACTED]"), method, os);
        }
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
        // a page tree whose node is its own child, and a page whose /Parent chain loops
        Path circularKids = dir.resolve("circular-kids.pdf");
        String mail = RawPdf.line("Mail jane.roe@example.org", 700);
        Files.write(circularKids, onePage("", "/Kids [2 0 R 3 0 R] /Count 2", FONT, mail).bytes());
        Path circularParent = dir.resolve("circular-parent.pdf");
        RawPdf parent = onePage("", "/Kids [3 0 R] /Count 1 /Parent 6 0 R", "", mail);
        parent.add("<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R " + FONT + " >>");
        Files.write(circularParent, parent.bytes());
        for (Path f : List.of(truncated, noXref, deep, garbage, circularKids, circularParent)) {
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

    /**
     * A scan whose image cannot be decoded (damaged here; a JBIG2 or JPEG 2000 one without its codec is the same
     * case): PDFBox's renderer logs it and draws nothing, so OCR read a blank page and the request succeeded with the
     * scan's values kept. It now fails, naming the page.
     */
    @Test
    void aScanWhoseImageCannotBeDecodedFailsNamingThePage() throws Exception {
        EngineException e = assertThrows(EngineException.class, () -> openScanOf(
                "not a JPEG at all".getBytes(StandardCharsets.US_ASCII), 400, 200, COSName.DCT_DECODE, 8));
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().startsWith("Page 2 has no usable text and needs OCR: an image on it could not be decoded"),
                e.getMessage());
    }

    /** A scan's image that says it is 60,000 pixels square is refused before it is decoded (14 GB at 4 bytes a pixel). */
    @Test
    void aScansImageLargerThanTheMemoryBudgetIsRefusedUndecoded() throws Exception {
        EngineException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(EngineException.class,
                () -> openScanOf(new byte[] {0x78, (byte) 0x9c, 3, 0, 0, 0, 0, 1}, 60_000, 60_000, COSName.FLATE_DECODE, 8)));
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().startsWith("Page 2 has no usable text and needs OCR: an image on it is larger than the"
                + " memory budget"), e.getMessage());
    }

    /**
     * A JBIG2 bomb: a 100 x 100 image whose few bytes of JBIG2 declare a page and a region 100,000 pixels square. The
     * decoder allocates what the JBIG2 header says (1.2 GB), so the header's size is checked first ({@link Codecs}).
     */
    @Test
    void aJbig2ImageDeclaringAGiantPageIsRefusedUndecoded() throws Exception {
        Codecs.register();
        try {
            EngineException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(EngineException.class,
                    () -> openScanOf(CodecsTest.jbig2(100_000, 100_000), 100, 100, COSName.JBIG2_DECODE, 1)));
            assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
            assertTrue(e.getMessage().startsWith("Page 2 has no usable text and needs OCR: an image on it declares more"
                    + " than is decoded: The image's header gives a page of 10000000000 pixels"), e.getMessage());
        } finally {
            Codecs.deregister();
        }
    }

    /** Opens a PDF whose second page draws only the given image stream, with an OCR service that reads one word. */
    private void openScanOf(byte[] data, int width, int height, COSName filter, int bits) throws Exception {
        Path f = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            PDPage scanned = new PDPage();
            doc.addPage(scanned);
            org.apache.pdfbox.cos.COSStream raw = doc.getDocument().createCOSStream();
            try (java.io.OutputStream os = raw.createRawOutputStream()) {
                os.write(data);
            }
            raw.setItem(COSName.FILTER, filter);
            org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(raw);
            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image =
                    new org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject(stream, null);
            image.setWidth(width);
            image.setHeight(height);
            image.setBitsPerComponent(bits);
            image.setColorSpace(bits == 1 ? org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray.INSTANCE
                    : org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE);
            try (PDPageContentStream cs = new PDPageContentStream(doc, scanned)) {
                cs.drawImage(image, 72, 500, 400, 200);
            }
            doc.save(f.toFile());
        }
        PdfFormatHandler withOcr = new PdfFormatHandler();
        withOcr.ocr = (image, limits) -> List.of(new io.blackbar.engine.api.spi.OcrService.OcrWord("Invoice", 10, 10, 80, 20, 90));
        withOcr.open(f, "application/pdf", PdfRedactionTest.limits()).close();
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

    private static final String LOOP_SECRET = "loop-secret-4417";
    private static final String LOOP_SECRET_2 = "loop-secret-5528";

    private static final String FONT = "/Resources << /Font << /F1 5 0 R >> >>";

    /**
     * A one-page PDF: catalog 1 (with extra entries), page tree node 2 (its entries), page 3 (extra
     * entries), content 4, Helvetica 5; the caller adds objects 6 on.
     */
    private static RawPdf onePage(String catalog, String pages, String page, String content) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R " + catalog + " >>");
        pdf.add("<< /Type /Pages " + pages + " >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " + page + " >>");
        pdf.stream("", content);
        pdf.add(RawPdf.HELVETICA);
        return pdf;
    }

    /** A one-page PDF: a line of its own, then the form named Fm0 (object 6); forms are objects 6 on. */
    private static RawPdf pageDrawingFm0() {
        return onePage("", "/Kids [3 0 R] /Count 1", "/Resources << /Font << /F1 5 0 R >> /XObject << /Fm0 6 0 R >> >>",
                RawPdf.line("Quarterly page text", 740) + " /Fm0 Do");
    }

    /**
     * UP-14: a form that draws itself (or a form that draws one that draws it) is a loop no reader can
     * finish. PDFBox followed it 50 levels deep and then skipped the form without a word: the
     * redaction cloned the form 49 times and kept the innermost, unread original, so the value stayed
     * in the output, and the check (the same reader) did not see it. Now the loop is read once and not
     * drawn again, and the value is gone for readers that share no code with the writer.
     */
    @Test
    void up14AFormDrawnInsideItselfIsReadOnceAndItsValueIsGoneFromTheOutput() throws Exception {
        IndependentReader.assumeTools();
        for (boolean mutual : new boolean[] {false, true}) {
            RawPdf pdf = pageDrawingFm0();
            if (mutual) {
                pdf.stream(RawPdf.formEntries(5, "/Fm1 7 0 R"), RawPdf.line(LOOP_SECRET, 700) + " /Fm1 Do");
                pdf.stream(RawPdf.formEntries(5, "/Fm0 6 0 R"), RawPdf.line(LOOP_SECRET_2, 660) + " /Fm0 Do");
            } else {
                pdf.stream(RawPdf.formEntries(5, "/Fm0 6 0 R"), RawPdf.line(LOOP_SECRET, 700) + " /Fm0 Do");
            }
            List<String> values = mutual ? List.of(LOOP_SECRET, LOOP_SECRET_2) : List.of(LOOP_SECRET);
            Path in = dir.resolve("loop-" + mutual + ".pdf");
            Files.write(in, pdf.bytes());
            Path out = dir.resolve("loop-" + mutual + "-redacted.pdf");
            String text = redactTo(in, out, values);
            String raw = IndependentReader.rawObjects(out);
            String shown = IndependentReader.text(out);
            for (String v : values) {
                assertEquals(null, IndependentReader.findAny(raw, v), v + " is in the output's objects (mutual " + mutual + ")");
                assertFalse(shown.contains(v), v + " is in the output's text (mutual " + mutual + ")");
                assertEquals(1, text.split(v, -1).length - 1, "the loop's text is read once (mutual " + mutual + ")");
            }
            assertTrue(shown.contains("Quarterly page text"), "the rest of the page stays");
        }
    }

    /**
     * UP-14: forms nested more deeply than PDFBox follows (50) are refused, saying so. Before, the
     * innermost ones were skipped without a word: their text was never read, so never redacted.
     */
    @Test
    void up14FormsNestedTooDeeplyToReadAreRefused() throws Exception {
        RawPdf pdf = pageDrawingFm0();
        int depth = 60;
        for (int i = 0; i < depth; i++) {
            int self = 6 + i;
            boolean last = i == depth - 1;
            pdf.stream(RawPdf.formEntries(5, last ? "" : "/Fm0 " + (self + 1) + " 0 R"),
                    last ? RawPdf.line(LOOP_SECRET, 700) : "/Fm0 Do");
        }
        Path in = dir.resolve("deep-forms.pdf");
        Files.write(in, pdf.bytes());
        EngineException e = assertThrows(EngineException.class,
                () -> handler.open(in, "application/pdf", PdfRedactionTest.limits()));
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().contains("nests its forms"), e.getMessage());
    }

    /**
     * UP-14: forms that each draw the next one twice, 40 levels: 2^40 drawings from 2 KB. With text in
     * them the extracted text outgrew the heap (an OutOfMemoryError in the command line); without
     * text nothing checked the budget at all. Both now end in a 422 within the budget.
     */
    @Test
    void up14FormsDrawnTwiceAtEveryLevelEndWithinTheBudget() throws Exception {
        for (boolean withText : new boolean[] {true, false}) {
            RawPdf pdf = pageDrawingFm0();
            int depth = 40;
            for (int i = 0; i < depth; i++) {
                int self = 6 + i;
                boolean last = i == depth - 1;
                String own = withText ? RawPdf.line(LOOP_SECRET, 700) + " " : "";
                pdf.stream(RawPdf.formEntries(5, last ? "" : "/Fm0 " + (self + 1) + " 0 R"),
                        own + (last ? "" : "/Fm0 Do /Fm0 Do"));
            }
            Path in = dir.resolve("doubling-" + withText + ".pdf");
            Files.write(in, pdf.bytes());
            DocumentLimits limits = new DocumentLimits(100L << 20, 1000, 1_000_000, 256L << 20,
                    System.nanoTime() + 3_000_000_000L);
            EngineException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                    EngineException.class, () -> handler.open(in, "application/pdf", limits)), "text " + withText);
            assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
            assertTrue(e.getMessage().contains(withText ? "more text than the limit" : "time budget"), e.getMessage());
        }
    }

    /**
     * UP-14: a scanned page (an image, no text) that also draws a form drawing itself twice. The
     * extractor reads the loop once, and so must the rendering for OCR: PDFBox's renderer followed it
     * 50 levels deep, 2^50 drawings, and nothing stopped it (the command line ran for minutes).
     */
    @Test
    void up14AScannedPageWithAFormDrawingItselfTwiceIsRenderedOnce() throws Exception {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /XObject << /Fm0 6 0 R /Im0 5 0 R >> >> >>");
        pdf.stream("", "q 100 0 0 100 72 600 cm /Im0 Do Q /Fm0 Do");
        pdf.stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8",
                "\u00ff\u0000\u0000\u00ff");
        pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /Fm0 6 0 R /Im0 5 0 R >> >>",
                "q 10 0 0 10 0 0 cm /Im0 Do Q /Fm0 Do /Fm0 Do");
        Path f = dir.resolve("scan-loop.pdf");
        Files.write(f, pdf.bytes());
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        PdfFormatHandler withOcr = new PdfFormatHandler();
        withOcr.ocr = (image, limits) -> {
            asked.incrementAndGet();
            return List.of();
        };
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (ParsedDocument p = withOcr.open(f, "application/pdf", PdfRedactionTest.limits())) {
                assertEquals("", p.text().strip());
            }
        });
        assertEquals(1, asked.get(), "the page was rendered and read");
    }

    /**
     * A value held by a field with children (inherited by them), and by a field that is its own child
     * (a loop). Only terminal fields' values were read: the parent's own {@code /V} was neither read
     * nor redacted, and stayed in the output.
     */
    @Test
    void aValueHeldByAParentFieldOrAFieldInsideItselfIsGoneFromTheOutput() throws Exception {
        IndependentReader.assumeTools();
        for (boolean loop : new boolean[] {false, true}) {
            RawPdf pdf = onePage("/AcroForm << /Fields [6 0 R] >>", "/Kids [3 0 R] /Count 1", FONT,
                    RawPdf.line("Quarterly page text", 740));
            if (loop) {
                pdf.add("<< /T (patient) /FT /Tx /V (" + LOOP_SECRET + ") /DV (" + LOOP_SECRET_2 + ") /Kids [6 0 R] /Parent 6 0 R >>");
            } else {
                pdf.add("<< /T (patient) /FT /Tx /V (" + LOOP_SECRET + ") /DV (" + LOOP_SECRET_2 + ") /Kids [7 0 R] >>");
                pdf.add("<< /T (name) /Parent 6 0 R /Subtype /Widget /Rect [72 600 300 620] /P 3 0 R >>");
            }
            Path in = dir.resolve("parent-field-" + loop + ".pdf");
            Files.write(in, pdf.bytes());
            Path out = dir.resolve("parent-field-" + loop + "-redacted.pdf");
            List<String> values = List.of(LOOP_SECRET, LOOP_SECRET_2);
            String text = redactTo(in, out, values);
            for (String v : values) {
                assertTrue(text.contains(v), v + " was not read (loop " + loop + ")");
            }
            String raw = IndependentReader.rawObjects(out);
            for (String v : values) {
                assertEquals(null, IndependentReader.findAny(raw, v), v + " is in the output (loop " + loop + ")");
            }
        }
    }

    /**
     * A removed run of glyphs leaves one offset, not one per glyph (a review's, 2026-12-05): "-500 -556 -556 -556 -278
     * -722 ..." told the value's length, where its spaces and marks were, and each letter's width, enough to guess a
     * name from a list. The text after it keeps its place.
     */
    @Test
    void aRemovedValueLeavesOneOffsetNotOnePerGlyph() throws Exception {
        IndependentReader.assumeTools();
        RawPdf pdf = onePage("", "/Kids [3 0 R] /Count 1", FONT, RawPdf.line("Patient: Jane Doe, SSN on file", 700));
        Path in = dir.resolve("widths.pdf");
        Files.write(in, pdf.bytes());
        Path out = dir.resolve("widths-redacted.pdf");
        redactTo(in, out, List.of("Jane Doe"));
        String raw = IndependentReader.rawObjects(out);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(Patient: \\)\\s*([-\\d.\\s]+?)\\s*\\(, SSN on file\\)").matcher(raw);
        assertTrue(m.find(), "the text around the value is kept: " + raw);
        assertEquals(1, m.group(1).trim().split("\\s+").length, "one offset for the value: " + m.group(1));
        String shown = IndependentReader.text(out);
        assertTrue(shown.contains("Patient:") && shown.contains(", SSN on file") && !shown.contains("Jane"), shown);
    }

    /**
     * Text in a tiling pattern's cell, a soft mask's group and a Type 3 glyph's procedure (a review's, 2026-12-05): viewers
     * draw it, the page reader did not descend into it, and it was written out as it was (poppler showed the pattern's
     * and the glyph's text in the redacted output). Now each such stream's text is read, and a stream holding a value
     * loses its text; a pattern without text is left as it was.
     */
    @Test
    void textInPatternsSoftMasksAndType3GlyphsIsReadAndRemoved() throws Exception {
        IndependentReader.assumeTools();
        List<String> values = List.of("pattern-secret-4001", "mask-secret-4002", "glyph-secret-4003");
        String resources = "/Resources << /Font << /F1 5 0 R /F3 9 0 R >> /Pattern << /P1 6 0 R /P2 10 0 R >>"
                + " /ExtGState << /GS1 << /SMask << /S /Luminosity /G 7 0 R >> >> >> >>";
        RawPdf pdf = onePage("", "/Kids [3 0 R] /Count 1", resources, RawPdf.line("Quarterly page text", 740)
                + " q /Pattern cs /P1 scn 72 600 300 50 re f Q q /GS1 gs 72 500 300 50 re f Q BT /F3 12 Tf 72 400 Td (a) Tj ET"
                + " q /Pattern cs /P2 scn 72 300 300 50 re f Q");
        pdf.stream("/PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 300 50] /XStep 300 /YStep 50"
                + " /Resources << /Font << /F1 5 0 R >> >>", "BT /F1 12 Tf 5 20 Td (pattern-secret-4001) Tj ET"); // 6
        pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 300 50] /Group << /S /Transparency >>"
                + " /Resources << /Font << /F1 5 0 R >> >>", "1 g BT /F1 24 Tf 10 10 Td (mask-secret-4002) Tj ET"); // 7
        pdf.stream("", "1000 0 d0 BT /F1 100 Tf 0 0 Td (glyph-secret-4003) Tj ET"); // 8
        pdf.add("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0]"
                + " /CharProcs << /a 8 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >> /FirstChar 97 /LastChar 97"
                + " /Widths [1000] /Resources << /Font << /F1 5 0 R >> >> >>"); // 9
        pdf.stream("/PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 10 10] /XStep 10 /YStep 10 /Resources << >>",
                "0 0 5 5 re f"); // 10: a pattern of shapes only
        Path in = dir.resolve("stray.pdf");
        Files.write(in, pdf.bytes());
        Path out = dir.resolve("stray-redacted.pdf");
        String raw = readAndGone(in, out, values);
        assertTrue(raw.contains("0 0 5 5 re"), "the pattern of shapes stays");
        assertTrue(IndependentReader.text(out).contains("Quarterly page text"));
    }

    /**
     * Text shown outside {@code BT}/{@code ET} (a review's, 2026-12-05): PDFBox skipped it, poppler draws it, so the value
     * was neither read nor removed and pdftotext showed it in the output. Now read as poppler draws it and removed.
     */
    @Test
    void textShownOutsideATextObjectIsReadAndRemoved() throws Exception {
        IndependentReader.assumeTools();
        String secret = "outside-secret-3001";
        RawPdf pdf = onePage("", "/Kids [3 0 R] /Count 1", FONT,
                RawPdf.line("Quarterly page text", 740) + " /F1 12 Tf ( and " + secret + ") Tj");
        Path in = dir.resolve("outside.pdf");
        Files.write(in, pdf.bytes());
        assertTrue(IndependentReader.text(in).contains(secret), "poppler shows it");
        Path out = dir.resolve("outside-redacted.pdf");
        assertTrue(redactTo(in, out, List.of(secret)).contains(secret), "read");
        assertEquals(null, IndependentReader.findAny(IndependentReader.rawObjects(out), secret), "in the output's objects");
        String shown = IndependentReader.text(out);
        assertFalse(shown.contains(secret), "shown in the output: " + shown);
        assertTrue(shown.contains("Quarterly page text"));
    }

    /**
     * A field's value or default value written as a text stream (the specification allows one where a value is long):
     * only strings were read, so a parent's value, a field's default value and an unlisted widget's value in a stream
     * stayed in the output as they were.
     */
    @Test
    void fieldValuesWrittenAsStreamsAreReadAndGoneFromTheOutput() throws Exception {
        IndependentReader.assumeTools();
        RawPdf pdf = onePage("/AcroForm << /Fields [6 0 R] >>", "/Kids [3 0 R] /Count 1", FONT + " /Annots [7 0 R 11 0 R]",
                RawPdf.line("Quarterly page text", 740));
        pdf.add("<< /T (patient) /FT /Tx /V 8 0 R /Kids [7 0 R] >>"); // 6: a parent whose value is a stream
        pdf.add("<< /T (name) /Parent 6 0 R /Subtype /Widget /Rect [72 600 300 620] /P 3 0 R /DV 9 0 R >>"); // 7
        pdf.stream("", "parent-stream-secret-3001"); // 8
        pdf.stream("", "\u00fe\u00ff\u0000d\u0000v\u0000-\u0000s\u0000e\u0000c\u0000r\u0000e\u0000t\u0000-\u00003\u00000\u00000\u00002"); // 9: UTF-16BE with its mark
        pdf.stream("", "orphan-stream-secret-3003"); // 10
        pdf.add("<< /Type /Annot /Subtype /Widget /FT /Tx /T (orphan) /V 10 0 R /Rect [72 200 200 220] /P 3 0 R >>"); // 11
        Path in = dir.resolve("stream-values.pdf");
        Files.write(in, pdf.bytes());
        readAndGone(in, dir.resolve("stream-values-redacted.pdf"),
                List.of("parent-stream-secret-3001", "dv-secret-3002", "orphan-stream-secret-3003"));
    }

    /** A note whose rich text repeats its contents is read once (a review's: one name, two findings). */
    @Test
    void aNotesRichTextRepeatingItsContentsIsReadOnce() throws Exception {
        RawPdf pdf = onePage("", "/Kids [3 0 R] /Count 1", FONT + " /Annots [6 0 R]", RawPdf.line("Quarterly page text", 740));
        pdf.add("<< /Type /Annot /Subtype /Text /Rect [72 600 90 620] /Contents (Call dup-secret-1019 today)"
                + " /RC (<body xmlns=\"http://www.w3.org/1999/xhtml\"><p>Call dup-secret-1019 today</p></body>) >>");
        Path in = dir.resolve("rc-once.pdf");
        Files.write(in, pdf.bytes());
        try (ParsedDocument p = handler.open(in, "application/pdf", PdfRedactionTest.limits())) {
            assertEquals(1, p.text().split("dup-secret-1019", -1).length - 1, p.text());
        }
    }

    /**
     * A review's leaks (2026-12-05), each a value of its own: an annotation's name, rich text (when its contents hold
     * none) and a redact annotation's overlay text; a widget's own contents and its captions; a field's mapping name
     * and rich value; a widget no /Fields entry lists (its value) and a signature's there (its signer); layer names;
     * bookmarks 80 levels deep (levels past 64 were not read); article threads, associated files, web capture data,
     * private catalog keys, a link's phrase action, a sound annotation's stream. Read and redacted, or removed.
     */
    @Test
    void valuesInAnnotationsFieldsLayersAndTheCatalogAreGoneFromTheOutput() throws Exception {
        IndependentReader.assumeTools();
        List<String> read = List.of("nm-secret-1001", "rc-secret-1002", "overlay-secret-1003", "contents-secret-1004",
                "caption-secret-1005", "rollover-secret-1006", "mapping-secret-1007", "rich-secret-1008", "orphan-secret-1009",
                "layer-secret-1010", "deep-secret-1011", "config-secret-1012", "irt-secret-1013", "check-secret-1014", "order-secret-1016", "user-secret-1017", "rcsplit-secret-1018");
        List<String> removed = List.of("signer-secret-2001", "thread-secret-2002", "af-secret-2003", "private-secret-2004",
                "pa-secret-2005", "sound-secret-2006", "spider-secret-2007", "intent-secret-2008", "dpart-secret-2009",
                "formxmp-secret-2010", "unused-alt-secret-2011", "trailer-secret-2012", "undrawn-secret-2013", "ps-secret-2014",
                "nowhere-secret-2015");
        int first = 20;
        int levels = 80; // also past the 30 levels at which PDFBox's compressed writer ran the heap out
        RawPdf pdf = onePage("/AcroForm << /Fields [9 0 R 104 0 R 106 0 R] >> /OCProperties << /OCGs [12 0 R] /D << /Name (config-secret-1012) /Order [(order-secret-1016) 12 0 R] >> >>"
                + " /Threads [13 0 R] /AF [14 0 R] /PrivateThing (private-secret-2004) /SpiderInfo << /V 1.0 /C (spider-secret-2007) >>"
                + " /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier (Custom) /OutputCondition (intent-secret-2008) >>]"
                + " /Outlines 19 0 R", "/Kids [3 0 R] /Count 1",
                "/Resources << /Font << /F1 5 0 R >> /Properties << /MC9 << /Alt (unused-alt-secret-2011) >> >>"
                + " /XObject << /Fx 100 0 R /Fu 101 0 R /Ps 102 0 R >> >> /Annots [6 0 R 7 0 R 8 0 R 9 0 R 10 0 R 11 0 R 15 0 R 16 0 R 105 0 R 106 0 R] /B [18 0 R]"
                + " /DPart << /Type /DPart /DPM << /Patient (dpart-secret-2009) >> >>", RawPdf.line("Quarterly page text", 740));
        pdf.add("<< /Type /Annot /Subtype /Text /Rect [72 600 90 620] /NM (nm-secret-1001)"
                + " /RC (<?xml version=\"1.0\"?><body xmlns=\"http://www.w3.org/1999/xhtml\"><p>rc-secret-1002</p>"
                + "<p>rcsplit-<span>secret</span>&#x2D;1018</p></body>) >>"); // 6
        pdf.add("<< /Type /Annot /Subtype /Redact /Rect [72 500 90 520] /OverlayText (overlay-secret-1003) >>"); // 7
        pdf.add("<< /Type /Annot /Subtype /Widget /FT /Btn /Ff 65536 /T (push) /Rect [72 400 200 420] /P 3 0 R"
                + " /Contents (contents-secret-1004) /MK << /CA (caption-secret-1005) /RC (rollover-secret-1006) >> >>"); // 8
        pdf.add("<< /Type /Annot /Subtype /Widget /FT /Tx /T (f) /TM (mapping-secret-1007) /V (plain)"
                + " /RV (<body><p>rich-secret-1008</p></body>) /Rect [72 300 200 320] /P 3 0 R >>"); // 9
        pdf.add("<< /Type /Annot /Subtype /Widget /FT /Tx /T (orphan) /V (orphan-secret-1009) /Rect [72 200 200 220] /P 3 0 R >>"); // 10
        pdf.add("<< /Type /Annot /Subtype /Widget /FT /Sig /T (sig) /Rect [0 0 0 0] /P 3 0 R"
                + " /V << /Type /Sig /Name (signer-secret-2001) /Contents <00> >> >>"); // 11
        pdf.add("<< /Type /OCG /Name (layer-secret-1010) /Usage << /User << /Type /Ind /Name (user-secret-1017) >> >> >>"); // 12
        pdf.add("<< /Type /Thread /I << /Title (thread-secret-2002) >> >>"); // 13
        pdf.stream("/Type /EmbeddedFile", "af-secret-2003"); // 14
        pdf.add("<< /Type /Annot /Subtype /Link /Rect [72 100 200 120] /PA << /S /URI /URI (https://example.org/pa-secret-2005) >> >>"); // 15
        pdf.add("<< /Type /Annot /Subtype /Sound /Rect [72 50 90 70] /Sound 17 0 R >>"); // 16
        pdf.stream("/Type /Sound /R 8000", "sound-secret-2006"); // 17
        pdf.add("<< /Type /Bead /T 13 0 R /R [0 0 612 792] /P 3 0 R >>"); // 18: a page's bead, leading to the thread
        pdf.add("<< /Type /Outlines /First 20 0 R /Last 20 0 R /Count 1 >>"); // 19
        for (int i = 0; i < levels; i++) {
            int self = first + i;
            String title = i == levels - 1 ? "deep-secret-1011" : "level " + i;
            String kids = i == levels - 1 ? "" : " /First " + (self + 1) + " 0 R /Last " + (self + 1) + " 0 R /Count 1";
            pdf.add("<< /Title (" + title + ") /Parent " + (i == 0 ? 19 : self - 1) + " 0 R" + kids + " >>");
        }
        pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /PieceInfo << /App << /Private (formxmp-secret-2010) >> >>",
                "0 0 m"); // 100
        pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 300 20] /Resources << /Font << /F1 5 0 R >> >>",
                "BT /F1 12 Tf 2 5 Td (undrawn-secret-2013) Tj ET"); // 101: a form the page lists and never draws
        pdf.stream("/Type /XObject /Subtype /PS", "(ps-secret-2014) show"); // 102
        pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 300 20] /Resources << /Font << /F1 5 0 R >> >>",
                "BT /F1 12 Tf 2 5 Td (nowhere-secret-2015) Tj ET"); // 103: the appearance of a widget on no page
        pdf.add("<< /Type /Annot /Subtype /Widget /FT /Tx /T (nowhere) /V (x) /Rect [0 0 300 20] /AP << /N 103 0 R >> >>"); // 104
        pdf.add("<< /Type /Annot /Subtype /Popup /Rect [300 600 400 700] /Parent 107 0 R >>"); // 105: its parent on no page
        pdf.add("<< /Type /Annot /Subtype /Widget /FT /Btn /T (cb) /V /check-secret-1014 /AS /check-secret-1014"
                + " /Rect [72 700 90 720] /P 3 0 R >>"); // 106: a check box whose state is named by its value
        pdf.add("<< /Type /Annot /Subtype /Text /Rect [300 600 320 620] /Contents (irt-secret-1013) >>"); // 107
        Path in = dir.resolve("places.pdf");
        Files.write(in, new String(pdf.bytes(), StandardCharsets.ISO_8859_1).replace("/Root 1 0 R", "/Root 1 0 R /AcmeNote (trailer-secret-2012)")
                .getBytes(StandardCharsets.ISO_8859_1));
        String raw = readAndGone(in, dir.resolve("places-redacted.pdf"), read);
        for (String v : removed) {
            assertEquals(null, IndependentReader.findAny(raw, v), v + " is in the output");
        }
    }

    /**
     * An annotation's appearance draws text of its own: a free-text note with no {@code /Contents}, a
     * field whose drawn value differs from its {@code /V}. Viewers (and pdftotext) show that text, but
     * only the page's content was read: it was neither found nor redacted. Now each annotation's
     * normal appearance is read with the page, and one with a redacted value loses its appearance.
     */
    @Test
    void textDrawnByAnAnnotationsAppearanceIsReadAndGoneFromTheOutput() throws Exception {
        IndependentReader.assumeTools();
        for (String annotation : List.of(
                "<< /Type /Annot /Subtype /FreeText /Rect [72 600 400 620] /DA (/F1 12 Tf) /AP << /N 7 0 R >> >>",
                "<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V (n/a) /Rect [72 600 400 620] /P 3 0 R"
                        + " /AP << /N 7 0 R >> >>")) {
            boolean widget = annotation.contains("/Widget");
            RawPdf pdf = onePage(widget ? "/AcroForm << /Fields [6 0 R] >>" : "", "/Kids [3 0 R] /Count 1",
                    FONT.replace(">> >>", ">> >> /Annots [6 0 R]"),
                    RawPdf.line("Quarterly page text", 740) + " " + RawPdf.line("Footnote under the note", 605));
            pdf.add(annotation);
            pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 328 20] /Resources << /Font << /F1 5 0 R >> >>",
                    "BT /F1 12 Tf 2 5 Td (Patient " + LOOP_SECRET + ") Tj ET");
            Path in = dir.resolve("appearance-" + widget + ".pdf");
            Files.write(in, pdf.bytes());
            assertTrue(IndependentReader.text(in).contains(LOOP_SECRET), "a viewer shows the appearance's text");
            Path out = dir.resolve("appearance-" + widget + "-redacted.pdf");
            assertTrue(redactTo(in, out, List.of(LOOP_SECRET)).contains("Patient " + LOOP_SECRET),
                    "the appearance's text was not read (widget " + widget + ")");
            assertEquals(null, IndependentReader.findAny(IndependentReader.rawObjects(out), LOOP_SECRET),
                    "in the output's objects (widget " + widget + ")");
            String shown = IndependentReader.text(out);
            assertFalse(shown.contains(LOOP_SECRET), "in the output's text (widget " + widget + ")");
            assertTrue(shown.contains("Quarterly page text"));
            assertTrue(shown.contains("Footnote under the note"), "the page's own text under the annotation stays: " + shown);
        }
    }

    /**
     * PRIV-04: the file identifier ({@code /ID} in the trailer) is made anew. Kept, it tied every
     * redacted or sanitized copy to the original it came from (a document store finds the original by
     * it). Read back with qpdf.
     */
    /**
     * PRIV-03: a file edited and saved incrementally keeps its earlier revisions in its bytes: here a page's first
     * content ("Patient: Jane Doe, SSN ...") and the first document information (its author), both replaced by the
     * update, so the current revision holds no value to find. Every output is written whole from the current revision
     * (never incrementally), so neither is left in a redacted or a sanitized file, for a reader that shares no code with
     * the writer.
     */
    @Test
    void priv03EarlierRevisionsOfAnUpdatedFileAreNotInTheOutput() throws Exception {
        IndependentReader.assumeTools();
        RawPdf original = onePage("", "/Kids [3 0 R] /Count 1", FONT, RawPdf.line("Patient: Jane Doe, SSN 078-05-1120", 700));
        original.add("<< /Author (Dr. Harold Finch) >>");
        byte[] first = new String(original.bytes(), StandardCharsets.ISO_8859_1).replace("/Root 1 0 R", "/Root 1 0 R /Info 6 0 R")
                .getBytes(StandardCharsets.ISO_8859_1);
        java.util.SortedMap<Integer, String> changed = new java.util.TreeMap<>();
        String content = RawPdf.line("Patient: see the file", 700);
        changed.put(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 7 0 R " + FONT + " >>");
        changed.put(7, "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        changed.put(8, "<< /Title (Intake) >>");
        Path in = dir.resolve("updated.pdf");
        Files.write(in, RawPdf.update(first, changed, "/Info 8 0 R"));
        assertTrue(new String(Files.readAllBytes(in), StandardCharsets.ISO_8859_1).contains("Jane Doe"), "the input keeps it");
        try (ParsedDocument p = handler.open(in, "application/pdf", PdfRedactionTest.limits())) {
            assertFalse(p.text().contains("Jane"), "the current revision shows no value");
        }
        for (Method method : List.of(Method.REDACT, Method.SANITIZE)) {
            Path out = dir.resolve("updated-" + method + ".pdf");
            processTo(in, out, method, List.of());
            String raw = IndependentReader.rawObjects(out);
            for (String v : List.of("Jane Doe", "078-05-1120", "Harold Finch")) {
                assertFalse(raw.contains(v), method + " left an earlier revision's " + v);
                assertFalse(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1).contains(v), method + ": " + v);
            }
            assertTrue(raw.contains("see the file"), "the current revision is written");
        }
    }

    /**
     * PRIV-03: named destinations are names no viewer shows and no redaction read ("Jane Doe intake" in the name
     * dictionary, {@code /JaneDoeChart} in the catalog's), and they stayed in the output. Now every bookmark and link
     * that names one points at its page, and the names go; a link to a name that leads nowhere loses its jump.
     */
    @Test
    void priv03NamedDestinationsAreReplacedByTheirPages() throws Exception {
        IndependentReader.assumeTools();
        RawPdf pdf = onePage("/Names << /Dests 7 0 R >> /Dests 8 0 R /Outlines 9 0 R", "/Kids [3 0 R] /Count 1",
                FONT + " /Annots [6 0 R 11 0 R]", RawPdf.line("Patient Jane Doe", 700));
        pdf.add("<< /Type /Annot /Subtype /Link /Rect [72 690 300 712] /Border [0 0 0] /Dest (Jane Doe intake) >>");
        pdf.add("<< /Names [(Jane Doe intake) [3 0 R /XYZ 0 792 0]] >>");
        pdf.add("<< /JaneDoeChart [3 0 R /Fit] >>");
        pdf.add("<< /Type /Outlines /First 10 0 R /Last 10 0 R /Count 1 >>");
        pdf.add("<< /Title (Chart) /Parent 9 0 R /A << /S /GoTo /D /JaneDoeChart /SD [12 0 R] /Next << /S /JavaScript"
                + " /JS (app.alert\\('Jane Doe'\\)) >> >> >>");
        pdf.add("<< /Type /Annot /Subtype /Link /Rect [72 600 300 612] /Border [0 0 0] /Dest (Jane Doe nowhere) >>");
        pdf.add("<< /Type /StructElem /S /Figure /Alt (Photo of Jane Doe) >>");
        Path in = dir.resolve("named.pdf");
        Files.write(in, pdf.bytes());
        assertTrue(IndependentReader.rawObjects(in).contains("Jane Doe intake"), "the check can fail: the input holds it");
        for (Method method : List.of(Method.REDACT, Method.SANITIZE)) {
            Path out = dir.resolve("named-" + method + ".pdf");
            processTo(in, out, method, List.of("Jane Doe"));
            String raw = IndependentReader.rawObjects(out);
            assertFalse(raw.contains("Jane Doe") && method == Method.REDACT || raw.contains("Jane Doe intake")
                    || raw.contains("JaneDoe") || raw.contains("nowhere") || raw.contains("app.alert") || raw.contains("Photo of"),
                    method + " left a destination's name, a chained action or a structure destination: " + raw);
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
                var item = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
                var goTo = (org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo) item.getAction();
                assertEquals(0, ((org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
                        goTo.getDestination()).retrievePageNumber(), "the bookmark jumps to its page");
                var links = doc.getPage(0).getAnnotations();
                assertEquals(0, ((org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
                        ((org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) links.get(0)).getDestination())
                        .retrievePageNumber(), "the link jumps to its page");
                assertNull(((org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) links.get(1)).getDestination(),
                        "a link to nowhere loses its jump");
            }
        }
    }

    /**
     * An image under a redaction that cannot be painted over (an image mask: its pixels are the shape the fill colour
     * paints) fails the request with a 422 saying so, rather than keep the value's pixels.
     */
    @Test
    void anImageMaskUnderARedactionIsRefused() throws Exception {
        RawPdf pdf = onePage("", "/Kids [3 0 R] /Count 1", "/Resources << /Font << /F1 5 0 R >> /XObject << /Im0 6 0 R >> >>",
                "q 612 0 0 792 0 0 cm /Im0 Do Q BT /F1 12 Tf 3 Tr 72 700 Td (SSN 219-09-9999) Tj ET");
        pdf.stream("/Type /XObject /Subtype /Image /Width 8 /Height 8 /ImageMask true /BitsPerComponent 1", "\u00aaU\u00aaU\u00aaU\u00aaU");
        Path in = dir.resolve("mask.pdf");
        Files.write(in, pdf.bytes());
        EngineException e = assertThrows(EngineException.class, () -> redactTo(in, dir.resolve("mask-out.pdf"), List.of("219-09-9999")));
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().contains("image mask"), e.getMessage());
    }

    /** A jump to a name no table holds leads nowhere: its name goes too (a file without any table of names). */
    @Test
    void priv03ANamedJumpWithoutATableLosesItsName() throws Exception {
        IndependentReader.assumeTools();
        RawPdf pdf = onePage("", "/Kids [3 0 R] /Count 1", FONT + " /Annots [6 0 R]", RawPdf.line("Quarterly page text", 700));
        pdf.add("<< /Type /Annot /Subtype /Link /Rect [72 690 300 712] /Border [0 0 0] /Dest (Patient Jane Doe) >>");
        Path in = dir.resolve("dangling.pdf");
        Files.write(in, pdf.bytes());
        for (Method method : List.of(Method.REDACT, Method.SANITIZE)) {
            Path out = dir.resolve("dangling-" + method + ".pdf");
            processTo(in, out, method, List.of());
            assertFalse(IndependentReader.rawObjects(out).contains("Jane Doe"), method + " kept the name");
        }
    }

    @Test
    void priv04TheFileIdentifierIsMadeAnew() throws Exception {
        IndependentReader.assumeTools();
        String original = "0123456789abcdef0123456789abcdef";
        byte[] bytes = new String(onePage("", "/Kids [3 0 R] /Count 1", FONT, RawPdf.line("Mail jane.roe@example.org", 700))
                .bytes(), StandardCharsets.ISO_8859_1).replace("/Root 1 0 R", "/Root 1 0 R /ID [<" + original + "> <" + original + ">]")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path in = dir.resolve("with-id.pdf");
        Files.write(in, bytes);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Method method : List.of(Method.REDACT, Method.SANITIZE, Method.REDACT)) {
            Path out = dir.resolve("with-id-" + ids.size() + ".pdf");
            processTo(in, out, method, List.of("jane.roe@example.org"));
            String raw = IndependentReader.rawObjects(out).toLowerCase(java.util.Locale.ROOT);
            assertFalse(raw.contains(original), method + " kept the original's identifier");
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("/id \\[ *<([0-9a-f]{32})>").matcher(raw);
            assertTrue(id.find(), "the output has an identifier");
            ids.add(id.group(1));
        }
        assertEquals(3, ids.size(), "each output has its own identifier");
    }

    /**
     * PRIV-03: marked content's replacement texts ({@code /ActualText}, {@code /Alt}, {@code /E}) are
     * what a viewer copies and searches, and pdftotext prints, instead of the glyphs. They were dropped
     * only on a page where a glyph was removed, and not when named in the page's properties; a page
     * with nothing else to redact kept them. A redacted page keeps none now, like the structure tree.
     */
    @Test
    void priv03ReplacementTextsOfMarkedContentAreGoneFromEveryRedactedPage() throws Exception {
        IndependentReader.assumeTools();
        RawPdf pdf = onePage("", "/Kids [3 0 R] /Count 1",
                "/Resources << /Font << /F1 5 0 R >> /Properties << /MC0 << /Alt (" + LOOP_SECRET_2 + ") >> >>"
                        + " /XObject << /Fm0 6 0 R >> >>",
                "BT /F1 12 Tf 72 700 Td /Span << /ActualText (" + LOOP_SECRET + ") >> BDC (Quarterly report) Tj EMC ET"
                        + " BT /F1 12 Tf 72 600 Td /Span /MC0 BDC (Budget) Tj EMC ET /Fm0 Do");
        pdf.stream(RawPdf.formEntries(5, ""), "/Span << /E (" + LOOP_SECRET + ") >> BDC BT /F1 12 Tf 72 500 Td (Notes) Tj ET EMC");
        Path in = dir.resolve("actual-text.pdf");
        Files.write(in, pdf.bytes());
        assertTrue(IndependentReader.text(in).contains(LOOP_SECRET), "a viewer reads the replacement text");
        Path out = dir.resolve("actual-text-redacted.pdf");
        redactTo(in, out, List.of());
        String raw = IndependentReader.rawObjects(out);
        for (String v : List.of(LOOP_SECRET, LOOP_SECRET_2)) {
            assertEquals(null, IndependentReader.findAny(raw, v), v + " is in the output's objects");
        }
        String shown = IndependentReader.text(out);
        assertTrue(shown.contains("Quarterly report") && shown.contains("Budget") && shown.contains("Notes"), shown);
    }

    /**
     * PRIV-04: a page's thumbnail ({@code /Thumb}) is a picture of the page as it was, unredacted;
     * redaction and sanitization both remove it. It was kept.
     */
    @Test
    void priv04PageThumbnailsAreRemoved() throws Exception {
        IndependentReader.assumeTools();
        RawPdf pdf = onePage("", "/Kids [3 0 R] /Count 1", FONT + " /Thumb 6 0 R", RawPdf.line("Mail jane.roe@example.org", 700));
        pdf.stream("/Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", "thumb-pixels");
        Path in = dir.resolve("thumb.pdf");
        Files.write(in, pdf.bytes());
        for (Method method : List.of(Method.REDACT, Method.SANITIZE)) {
            Path out = dir.resolve("thumb-" + method + ".pdf");
            java.util.Map<String, Integer> removed = processTo(in, out, method, List.of());
            if (method == Method.SANITIZE) {
                assertEquals(1, removed.get("thumbnails"));
            }
            String raw = IndependentReader.rawObjects(out);
            assertFalse(raw.contains("/Thumb") || raw.contains("thumb-pixels"), method + " kept the thumbnail");
        }
    }

    /**
     * Appearances PDFBox does not draw were never read, and stayed: one of an annotation with an
     * empty rectangle, and the rollover and down appearances (and other states) beside the normal one.
     * Those not drawn are now read too, or, when they cannot be (an empty rectangle), removed.
     */
    @Test
    void appearancesAViewerMayDrawAreReadOrRemoved() throws Exception {
        IndependentReader.assumeTools();
        RawPdf pdf = onePage("", "/Kids [3 0 R] /Count 1", FONT.replace(">> >>", ">> >> /Annots [6 0 R 7 0 R]"),
                RawPdf.line("Quarterly page text", 740));
        pdf.add("<< /Type /Annot /Subtype /FreeText /Rect [0 0 0 0] /DA (/F1 12 Tf) /AP << /N 8 0 R >> >>");
        pdf.add("<< /Type /Annot /Subtype /Widget /FT /Btn /T (b) /Rect [72 600 400 620] /P 3 0 R"
                + " /AP << /N 9 0 R /D << /On 8 0 R /Off 9 0 R >> >> >>");
        String form = "/Type /XObject /Subtype /Form /BBox [0 0 328 20] /Resources << /Font << /F1 5 0 R >> >>";
        pdf.stream(form, "BT /F1 12 Tf 2 5 Td (Press for " + LOOP_SECRET + ") Tj ET");
        pdf.stream(form, "BT /F1 12 Tf 2 5 Td (Press) Tj ET");
        Path in = dir.resolve("appearances.pdf");
        Files.write(in, pdf.bytes());
        Path out = dir.resolve("appearances-redacted.pdf");
        assertTrue(redactTo(in, out, List.of(LOOP_SECRET)).contains("Press for " + LOOP_SECRET), "the down appearance is read");
        assertEquals(null, IndependentReader.findAny(IndependentReader.rawObjects(out), LOOP_SECRET));
        assertTrue(IndependentReader.text(out).contains("Quarterly page text"));
    }

    /**
     * A photo placed in a PDF (a JPEG kept as it was, {@code DCTDecode}) keeps its camera's EXIF, and
     * an image may carry XMP of its own: both were kept by redaction and sanitization. Judged on the
     * output's bytes (the JPEG is stored as it is), and the photo must still decode.
     */
    @Test
    void priv04AnImagesExifAndXmpAreRemoved() throws Exception {
        byte[] jpeg = io.blackbar.engine.api.testing.Jpegs.withExif("GPS of " + LOOP_SECRET);
        Path in = dir.resolve("photo.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            var image = org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromByteArray(doc, jpeg);
            image.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.METADATA,
                    new org.apache.pdfbox.pdmodel.common.PDMetadata(doc, new java.io.ByteArrayInputStream(
                            ("<x:xmpmeta>" + LOOP_SECRET_2 + "</x:xmpmeta>").getBytes(StandardCharsets.UTF_8))));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 72, 500, 100, 100);
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Mail jane.roe@example.org about the photo");
                cs.endText();
            }
            doc.save(in.toFile());
        }
        for (Method method : List.of(Method.REDACT, Method.SANITIZE)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ParsedDocument parsed = handler.open(in, "application/pdf", PdfRedactionTest.limits())) {
                var removed = method == Method.SANITIZE ? parsed.sanitize(out)
                        : parsed.write(Plans.everyOccurrence(parsed.text(), List.of("jane.roe@example.org"), "[REDACTED]"), method, out);
                assertEquals(2, removed.get("imageMetadata"), method + ": " + removed);
            }
            String bytes = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains(LOOP_SECRET) || bytes.contains("Exif"), method + " kept the EXIF");
            try (PDDocument back = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
                var xobjects = back.getPage(0).getResources();
                var name = xobjects.getXObjectNames().iterator().next();
                var image = (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) xobjects.getXObject(name);
                assertEquals(8, image.getImage().getWidth(), "the photo still decodes");
                assertEquals(null, image.getMetadata(), method + " kept the image's XMP");
            }
        }
    }

    /** A page label's prefix is what a viewer shows as the page's name; it was not read, and stayed. */
    @Test
    void aPageLabelsPrefixIsReadAndRedacted() throws Exception {
        IndependentReader.assumeTools();
        RawPdf pdf = onePage("/PageLabels << /Kids [6 0 R 6 0 R] >>", "/Kids [3 0 R] /Count 1", FONT,
                RawPdf.line("Quarterly page text", 740));
        pdf.add("<< /Nums [0 << /S /D /P (Patient " + LOOP_SECRET + " - ) >>] >>");
        Path in = dir.resolve("labels.pdf");
        Files.write(in, pdf.bytes());
        Path out = dir.resolve("labels-redacted.pdf");
        String text = redactTo(in, out, List.of(LOOP_SECRET));
        assertEquals(1, text.split(LOOP_SECRET, -1).length - 1, "read once: " + text);
        String raw = IndependentReader.rawObjects(out);
        assertEquals(null, IndependentReader.findAny(raw, LOOP_SECRET));
        assertTrue(raw.contains("Patient [REDACTED] - "), "the rest of the prefix stays");
    }
}
