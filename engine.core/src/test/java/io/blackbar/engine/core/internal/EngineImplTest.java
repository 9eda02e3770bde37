package io.blackbar.engine.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.Document;
import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.Report;
import io.blackbar.engine.api.Request;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.Operator;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.Replacement;
import io.blackbar.format.office.internal.TextFormatHandler;

/** The engine facade end to end on plain text, outside OSGi (the plugins set as DS would). */
class EngineImplTest {

    @TempDir
    Path dir;

    private EngineImpl engine;

    static final class Ssn extends PatternRecognizer {
        Ssn() {
            super("US_SSN", Category.IDENTIFIER, List.of(NamedPattern.of("ssn", "\\b\\d{3}-\\d{2}-\\d{4}\\b", 0.6)),
                    Set.of("ssn"));
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        engine = new EngineImpl();
        engine.recognizers = List.of(Map.entry(Map.of(Recognizer.PROP_FRAMEWORKS, new String[] {"pii", "hipaa"}), new Ssn()));
        engine.handlers = List.of(Map.entry(Map.of(FormatHandler.PROP_MEDIA_TYPES, new String[] {"text/plain"},
                FormatHandler.PROP_EXTENSIONS, new String[] {"txt"}), new TextFormatHandler()),
                Map.entry(Map.of(FormatHandler.PROP_MEDIA_TYPES, new String[] {"text/csv"},
                        FormatHandler.PROP_EXTENSIONS, new String[] {"csv"}), new io.blackbar.format.office.internal.CsvFormatHandler()));
        engine.operators = List.of(
                Map.entry(Map.of(Operator.PROP_NAME, "redact"), new RedactOperator()),
                Map.entry(Map.of(Operator.PROP_NAME, "anonymize"), new SurrogateOperator()));
        engine.activate(new EngineConfig(dir.resolve("tmp"), 1 << 20, 100, 1 << 20, 1 << 24, 10_000, 0.5));
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void redactsEveryOccurrenceAndVerifies() throws Exception {
        Path f = file("a.txt", "SSN 078-05-1120; again 078-05-1120.\r\nEnd");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report r = engine.process(Document.of(f), Request.of("hipaa", Method.REDACT), out);
        assertEquals("SSN [REDACTED]; again [REDACTED].\r\nEnd", out.toString(StandardCharsets.UTF_8));
        assertTrue(r.verified());
        assertEquals(2, r.findings().size());
        assertEquals(Map.of("redacted", 2), r.removed());
        try (var files = Files.list(dir.resolve("tmp"))) {
            // the engine's folders (beside each, its process's lock file, which holds nothing of a document)
            files.filter(Files::isDirectory).forEach(d -> {
                try (var inside = Files.list(d)) {
                    assertEquals(0, inside.count(), "temp files left behind");
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    /**
     * DISK-02: the result cannot be written because the disk is full (the kernel's own ENOSPC, from /dev/full): a 503
     * that says so, not a 422 that blames the document.
     */
    @Test
    void aFullDiskIsTheServersFaultNotTheDocuments() throws Exception {
        Path full = Path.of("/dev/full");
        if (!Files.isWritable(full)) {
            System.out.println("[EngineImplTest] SKIPPED the full-disk case: /dev/full is not writable here");
            return;
        }
        Path f = file("a.txt", "SSN 078-05-1120.");
        try (java.io.OutputStream out = Files.newOutputStream(full)) {
            EngineException e = assertThrows(EngineException.class,
                    () -> engine.process(Document.of(f), Request.of("hipaa", Method.REDACT), out));
            assertEquals(EngineException.Reason.UNAVAILABLE, e.reason());
            assertTrue(e.getMessage().contains("no disk space"), e.getMessage());
        }
        assertTrue(EngineException.isDiskFull(new RuntimeException(new java.io.IOException("Disk quota exceeded"))));
        assertFalse(EngineException.isDiskFull(new java.io.IOException("Broken pipe")));
    }

    @Test
    void anonymizesConsistently() throws Exception {
        Path f = file("a.txt", "ssn 078-05-1120 and 078-05-1120 and 219-09-9999");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        engine.process(Document.of(f), Request.of("pii", Method.ANONYMIZE), out);
        String s = out.toString(StandardCharsets.UTF_8);
        assertFalse(s.contains("078-05-1120") || s.contains("219-09-9999"), s);
        String[] parts = s.split(" and ");
        assertEquals(parts[0].substring(4), parts[1], "same value, same surrogate");
        assertTrue(parts[1].matches("9\\d\\d-\\d\\d-\\d{4}"), "never-issued 9xx area: " + parts[1]);
        assertFalse(parts[1].equals(parts[2]));
    }

    /**
     * One value written several ways is one surrogate, in each spelling's shape: an SSN with dashes, spaces, Word's
     * non-breaking hyphens or none (the test's recognizer reads the first three); a name in its case forms, surname
     * first, and its surname alone (the same surname drawn from the same word).
     */
    @Test
    void anonymizesEverySpellingOfAValueAlike() throws Exception {
        String ssn = Surrogates.of("US_SSN", "078-05-1120", "k");
        String digits = ssn.replace("-", "");
        assertTrue(ssn.matches("9\\d\\d-\\d\\d-\\d{4}"), ssn);
        assertEquals(digits.substring(0, 3) + " " + digits.substring(3, 5) + " " + digits.substring(5), Surrogates.of("US_SSN", "078 05 1120", "k"));
        assertEquals(digits, Surrogates.of("US_SSN", "078051120", "k"));
        assertEquals(ssn.replace('-', '\u2011'), Surrogates.of("US_SSN", "078\u201105\u20111120", "k"));
        assertFalse(ssn.equals(Surrogates.of("US_SSN", "078-05-1120", "another key")));

        String name = Surrogates.of("PERSON", "Jane Doe", "k");
        String[] words = name.split(" ");
        assertEquals(2, words.length, name);
        assertEquals(name, Surrogates.of("PERSON", "Jane\u00a0Doe", "k"));
        assertEquals(name.toUpperCase(java.util.Locale.ROOT), Surrogates.of("PERSON", "JANE DOE", "k"));
        assertEquals(name.toLowerCase(java.util.Locale.ROOT), Surrogates.of("PERSON", "jane doe", "k"));
        assertEquals(words[1] + ", " + words[0], Surrogates.of("PERSON", "Doe, Jane", "k"));
        assertEquals(words[1], Surrogates.of("PERSON", "Doe", "k"), "the surname alone is the same surname");
        assertEquals(Surrogates.of("EMAIL_ADDRESS", "Jane.Doe@Example.com", "k"), Surrogates.of("EMAIL_ADDRESS", "jane.doe@example.com", "k"));
        assertFalse(Surrogates.of("EMAIL_ADDRESS", "j.smith@acme.com", "k").equals(Surrogates.of("EMAIL_ADDRESS", "jsmith@acme.com", "k")),
                "two addresses are two people");
        // surname first as HL7 writes it, titles and suffixes left out, character references and JSON escapes read
        assertEquals(words[1].toUpperCase(java.util.Locale.ROOT) + "^" + words[0].toUpperCase(java.util.Locale.ROOT),
                Surrogates.of("PERSON", "DOE^JANE", "k"));
        assertEquals(name, Surrogates.of("PERSON", "Dr. Jane Doe Jr.", "k"));
        assertEquals(Surrogates.of("PERSON", "Seamus O'Neill", "k"), Surrogates.of("PERSON", "Seamus O&#39;Neill", "k"));
        assertEquals(Surrogates.of("PERSON", "Jos\u00e9 Garc\u00eda", "k"), Surrogates.of("PERSON", "Jos&eacute; Garc&iacute;a", "k"));
        assertEquals(Surrogates.of("PERSON", "Jos\u00e9 Garc\u00eda", "k"), Surrogates.of("PERSON", "Jos\\u00e9 Garc\\u00eda", "k"));
        // a reference's digits are no digits of the value: kept as written, the card's sixteen replaced
        String card = Surrogates.of("CREDIT_CARD", "4111&#32;1111&#32;1111&#32;1111", "k");
        assertTrue(card.matches("4000&#32;00\\d\\d&#32;\\d{4}&#32;\\d{4}"), card);
        assertEquals(card.replace("&#32;", " "), Surrogates.of("CREDIT_CARD", "4111 1111 1111 1111", "k"));
        assertTrue(Surrogates.of("PHONE_NUMBER", "+49&nbsp;30&nbsp;1234567", "k").matches("\\+\\d\\d&nbsp;\\d\\d&nbsp;\\d{7}"));
        // never the name itself: drawn from "ellis", a surname of the list, under a thousand keys
        for (int k = 0; k < 1000; k++) {
            assertFalse(Surrogates.of("PERSON", "Ellis", "key" + k).equals("Ellis"), "key" + k);
            assertFalse(Surrogates.of("PERSON", "Casey Ellis", "key" + k).contains("Casey"), "key" + k);
        }

        // through the engine: the SSN's spellings in one document
        Path f = file("s.txt", "ssn 078-05-1120, again 078\u201105\u20111120 and 078-05-1120.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        engine.process(Document.of(f), Request.of("pii", Method.ANONYMIZE), out);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("ssn (9\\d\\d-\\d\\d-\\d{4}), again (\\S+) and (\\S+)\\.")
                .matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(m.matches(), out.toString(StandardCharsets.UTF_8));
        assertEquals(m.group(1), m.group(3));
        assertEquals(m.group(1).replace('-', '\u2011'), m.group(2), "the same surrogate, with the spelling's hyphens");
    }

    /**
     * A national number's surrogate passes its check as the real one did: drawn until the type's own recognizer accepts
     * it (a review's, 2026-12-05: PESELs, BSNs and NIRs drawn digit by digit passed their check one time in ten). A
     * type whose recognizer does not accept the value alone keeps its first draw.
     */
    @Test
    void aNationalNumbersSurrogatePassesItsCheck() throws Exception {
        engine.recognizers = List.of(Map.entry(Map.of(Recognizer.PROP_FRAMEWORKS, new String[] {"pii"}),
                new PatternRecognizer("NL_BSN", Category.IDENTIFIER, List.of(NamedPattern.of("bsn", "\\b\\d{9}\\b", 0.9)), Set.of()) {
                    @Override
                    protected io.blackbar.engine.api.spi.Validation validate(String value) {
                        return elevenProof(value) ? io.blackbar.engine.api.spi.Validation.CONFIRMED : io.blackbar.engine.api.spi.Validation.REJECTED;
                    }
                }));
        Path f = file("bsn.txt", "BSN 111222333.");
        for (int k = 0; k < 50; k++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            engine.process(Document.of(f), new Request("pii", Method.ANONYMIZE, Map.of(Request.OPTION_SURROGATE_KEY, "key" + k)), out);
            String s = out.toString(StandardCharsets.UTF_8);
            assertTrue(s.matches("BSN \\d{9}\\.") && !s.contains("111222333"), s);
            assertTrue(elevenProof(s.substring(4, 13)), "the surrogate passes the eleven test: " + s);
        }
    }

    /** The Dutch citizen service number's check: nine digits weighted 9..2 and -1, a multiple of 11. */
    private static boolean elevenProof(String digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        return (sum - (digits.charAt(8) - '0')) % 11 == 0;
    }

    /**
     * A first name alone before its whole name gets the first name's surrogate (a review's, 2026-12-05: "Jane called"
     * became "Keane called" beside "Alex Moss"), and no name's surrogate is a real name's word of the document.
     */
    @Test
    void aNameAloneBeforeItsWholeNameGetsItsSurrogate() throws Exception {
        engine.recognizers = List.of(Map.entry(Map.of(Recognizer.PROP_FRAMEWORKS, new String[] {"pii"}),
                new PatternRecognizer("PERSON", Category.PERSONAL, List.of(NamedPattern.of("names",
                        "\\b(?:Jane Doe|Jane|Cameron Drake|Taylor Page|Avery Grant|Morgan Stone|Riley Hale)\\b", 0.9)), Set.of()) {
                }));
        Path f = file("names.txt", "Jane called. Jane Doe came with Cameron Drake, Taylor Page, Avery Grant, Morgan Stone and Riley Hale.");
        for (int k = 0; k < 50; k++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            engine.process(Document.of(f), new Request("pii", Method.ANONYMIZE, Map.of(Request.OPTION_SURROGATE_KEY, "key" + k)), out);
            String s = out.toString(StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\w+) called\\. (\\w+) (\\w+) came with (.*)\\.").matcher(s);
            assertTrue(m.matches(), s);
            assertEquals(m.group(1), m.group(2), "the first name alone and in the whole name: " + s);
            // and no surrogate word is a real name's word of the document (a second review's: "Jane" alone drew "Lee" in a
            // document about Jane Lee)
            for (String real : List.of("Doe", "Drake", "Page", "Grant", "Stone", "Hale", "Jane", "Cameron", "Taylor", "Avery", "Morgan", "Riley")) {
                assertFalse(s.matches("(?s).*\\b" + real + "\\b.*"), real + " is a real name's word: " + s);
            }
        }
    }

    /**
     * What detection decided is no value is no leak: a name's one word in capitals ("GRACE" of an HL7 field) is found
     * again after a word ("his wife Grace") but not where a sentence begins ("Grace period applies"). The check counted
     * that occurrence as a value left behind and failed the document, which no setting could then process.
     */
    @Test
    void anOccurrenceDetectionLeftIsNoFailedCheck() throws Exception {
        engine.recognizers = List.of(Map.entry(Map.of(Recognizer.PROP_FRAMEWORKS, new String[] {"pii"}),
                new PatternRecognizer("PERSON", Category.PERSONAL, List.of(NamedPattern.of("hl7", "\\bGRACE\\b", 0.9)), Set.of()) {
                }));
        Path f = file("nk1.txt", "NK1|1|HOPE^GRACE|SPO\nWill return. Grace period applies; his wife Grace called.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report r = engine.process(Document.of(f), Request.of("pii", Method.REDACT), out);
        assertTrue(r.verified());
        String written = out.toString(StandardCharsets.UTF_8);
        assertTrue(written.contains("Grace period applies") && !written.contains("wife Grace") && !written.contains("GRACE"), written);
        // only what detection left is allowed: a writer that also leaves a planned occurrence still fails
        engine.handlers = List.of(Map.entry(Map.of(FormatHandler.PROP_MEDIA_TYPES, "text/plain",
                FormatHandler.PROP_EXTENSIONS, "txt"), leaky(text -> text.replace("GRACE", "[REDACTED]"))));
        EngineException e = assertThrows(EngineException.class,
                () -> engine.process(Document.of(f), Request.of("pii", Method.REDACT), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().startsWith("Verification failed"), e.getMessage());
    }

    /**
     * A surrogate may be another value of the document (a surname drawn for one person that another person has): the
     * check counts what the replacements wrote, and passes an output that holds a value only where a replacement put
     * it; one more copy (a writer that left it) still fails. An operator that swaps two SSNs stands for the draw.
     */
    @Test
    void aSurrogateThatIsAnotherValueIsNoLeak() throws Exception {
        Operator swap = (finding, context) -> finding.value().equals("078-05-1120") ? "219-09-9999" : "078-05-1120";
        engine.operators = List.of(Map.entry(Map.of(Operator.PROP_NAME, "anonymize"), swap));
        Path f = file("swap.txt", "ssn 078-05-1120 and ssn 219-09-9999");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report r = engine.process(Document.of(f), Request.of("pii", Method.ANONYMIZE), out);
        assertTrue(r.verified());
        assertEquals("ssn 219-09-9999 and ssn 078-05-1120", out.toString(StandardCharsets.UTF_8));

        engine.handlers = List.of(Map.entry(Map.of(FormatHandler.PROP_MEDIA_TYPES, "text/plain",
                FormatHandler.PROP_EXTENSIONS, "txt"), leaky(text -> "ssn 219-09-9999 and ssn 078-05-1120, 219-09-9999")));
        ByteArrayOutputStream leaked = new ByteArrayOutputStream();
        EngineException e = assertThrows(EngineException.class,
                () -> engine.process(Document.of(f), Request.of("pii", Method.ANONYMIZE), leaked));
        assertTrue(e.getMessage().startsWith("Verification failed"), e.getMessage());

        // a replacement that writes its own value back is no surrogate: counted against it
        engine.handlers = List.of(Map.entry(Map.of(FormatHandler.PROP_MEDIA_TYPES, new String[] {"text/plain"},
                FormatHandler.PROP_EXTENSIONS, new String[] {"txt"}), new TextFormatHandler()));
        engine.operators = List.of(Map.entry(Map.of(Operator.PROP_NAME, "anonymize"), (Operator) (finding, context) -> finding.value()));
        EngineException same = assertThrows(EngineException.class,
                () -> engine.process(Document.of(f), Request.of("pii", Method.ANONYMIZE), new ByteArrayOutputStream()));
        assertTrue(same.getMessage().startsWith("Verification failed"), same.getMessage());
    }

    /**
     * A file named without a media type (the command line, curl's application/octet-stream) is the type its extension
     * says, among its handler's several: a workbook was handled, and its output labelled, as the Office handler's first
     * type, a Word document.
     */
    @Test
    void aFileWithoutAMediaTypeIsTheTypeItsExtensionSays() throws Exception {
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        String pptm = "application/vnd.ms-powerpoint.presentation.macroenabled.12"; // media types are read in lower case
        engine.handlers = List.of(Map.entry(Map.of(FormatHandler.PROP_MEDIA_TYPES, new String[] {docx, xlsx, pptm},
                FormatHandler.PROP_EXTENSIONS, new String[] {"docx", "pptm", "xlsx"}), new TextFormatHandler()),
                Map.entry(Map.of(FormatHandler.PROP_MEDIA_TYPES, new String[] {"image/jpeg", "image/png"},
                        FormatHandler.PROP_EXTENSIONS, new String[] {"jpg", "jpeg", "png"}), new TextFormatHandler()));
        assertEquals(xlsx, engine.scan(Document.of(file("book.xlsx", "x")), Request.of("pii", null)).mediaType());
        assertEquals(pptm, engine.scan(Document.of(file("deck.PPTM", "x")), Request.of("pii", null)).mediaType());
        assertEquals(docx, engine.scan(Document.of(file("letter.docx", "x")), Request.of("pii", null)).mediaType());
        assertEquals("image/png", engine.scan(Document.of(file("scan.png", "x")), Request.of("pii", null)).mediaType());
        assertEquals("image/jpeg", engine.scan(Document.of(file("photo.jpg", "x")), Request.of("pii", null)).mediaType());
        assertEquals("image/jpeg", EngineImpl.typeOfExtension("unknown", List.of("image/jpeg", "image/png")));
    }

    @Test
    void refusesUnknownFrameworkTypeAndContent() throws Exception {
        Path f = file("a.txt", "x");
        EngineException e = assertThrows(EngineException.class, () -> engine.scan(Document.of(f), Request.of("sox", null)));
        assertEquals(EngineException.Reason.BAD_REQUEST, e.reason());
        Path exe = dir.resolve("a.exe");
        Files.write(exe, new byte[] {'M', 'Z', 0, 0});
        assertEquals(EngineException.Reason.UNSUPPORTED_MEDIA_TYPE,
                assertThrows(EngineException.class, () -> engine.scan(Document.of(exe), Request.of(null, null))).reason());
        Path renamed = dir.resolve("b.txt");
        Files.write(renamed, new byte[] {'M', 'Z', 0, 0});
        EngineException content = assertThrows(EngineException.class, () -> engine.scan(Document.of(renamed), Request.of(null, null)));
        assertEquals(EngineException.Reason.UNSUPPORTED_MEDIA_TYPE, content.reason());
        assertTrue(content.getMessage().contains("text/plain"), content.getMessage());
    }

    /**
     * A handler is given the engine's own temporary folder for the scratch files it cannot avoid (a picture for the
     * image handler): owner-only, and swept by the next engine when a process dies mid-request, which the system's
     * temporary folder is not.
     */
    @Test
    void aHandlerIsGivenTheEnginesTemporaryFolder() throws Exception {
        List<Path> given = new java.util.ArrayList<>();
        FormatHandler text = new TextFormatHandler();
        engine.handlers = List.of(Map.entry(Map.of(FormatHandler.PROP_MEDIA_TYPES, new String[] {"text/plain"},
                FormatHandler.PROP_EXTENSIONS, new String[] {"txt"}), new FormatHandler() {
                    @Override
                    public ParsedDocument open(Path file, String mediaType, DocumentLimits limits) throws EngineException {
                        given.add(limits.tempDir());
                        return text.open(file, mediaType, limits);
                    }
                }));
        engine.process(Document.of(file("a.txt", "SSN 078-05-1120")), Request.of("pii", Method.REDACT),
                new ByteArrayOutputStream());
        assertFalse(given.isEmpty());
        for (Path p : given) {
            assertNotNull(p, "a folder");
            assertEquals(dir.resolve("tmp"), p.getParent(), "the engine's, under its configured parent");
            assertTrue(p.getFileName().toString().startsWith("blackbar-"), p.toString());
            assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"),
                    Files.getPosixFilePermissions(p));
        }
    }

    /**
     * A handler whose parse runs past its own checks (a stack overflow, the heap exhausted): the request fails with 422
     * and a message, for scan, text and redact alike, not with an Error that stops the command line or the thread.
     */
    @Test
    void aHandlerThatExhaustsTheStackOrTheHeapFailsTheRequestOnly() throws Exception {
        for (VirtualMachineError error : List.of(new StackOverflowError(), new OutOfMemoryError("Java heap space"))) {
            engine.handlers = List.of(Map.entry(Map.of(FormatHandler.PROP_MEDIA_TYPES, new String[] {"text/plain"},
                    FormatHandler.PROP_EXTENSIONS, new String[] {"txt"}), new FormatHandler() {
                        @Override
                        public ParsedDocument open(Path file, String mediaType, DocumentLimits limits) {
                            throw error;
                        }
                    }));
            Path f = file("a.txt", "SSN 078-05-1120");
            List<org.junit.jupiter.api.function.Executable> calls = List.of(
                    () -> engine.scan(Document.of(f), Request.of("pii", Method.SCAN)),
                    () -> engine.text(Document.of(f)),
                    () -> engine.process(Document.of(f), Request.of("pii", Method.REDACT), new ByteArrayOutputStream()));
            for (var call : calls) {
                EngineException e = assertThrows(EngineException.class, call);
                assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
                assertTrue(e.getMessage().contains(error instanceof StackOverflowError ? "too deep" : "more memory"), e.getMessage());
            }
        }
    }

    /** A handler whose writer forgets to replace, and writes the text as {@code asWritten} gives it. */
    private static FormatHandler leaky(java.util.function.UnaryOperator<String> asWritten) {
        return new FormatHandler() {
            @Override
            public ParsedDocument open(Path file, String mediaType, DocumentLimits limits) throws EngineException {
                ParsedDocument real = new TextFormatHandler().open(file, mediaType, limits);
                return new ParsedDocument() {
                    public String text() { return real.text(); }
                    public int pageCount() { return 1; }
                    public int pageOf(int offset) { return 1; }
                    public Map<String, Integer> write(List<Replacement> plan, Method m, OutputStream out) throws EngineException {
                        try {
                            out.write(asWritten.apply(real.text()).getBytes(StandardCharsets.UTF_8));
                        } catch (java.io.IOException e) {
                            throw new EngineException(EngineException.Reason.UNAVAILABLE, "write failed", e);
                        }
                        return Map.of();
                    }
                    public Map<String, Integer> sanitize(OutputStream out) throws EngineException { return real.sanitize(out); }
                    public String outputMediaType(Method m) { return "text/plain"; }
                    public void close() { }
                };
            }
        };
    }

    @Test
    void writesNothingWhenVerificationFails() throws Exception {
        // a handler whose writer forgets to replace: the engine must refuse and write nothing
        engine.handlers = List.of(Map.entry(Map.of(FormatHandler.PROP_MEDIA_TYPES, "text/plain",
                FormatHandler.PROP_EXTENSIONS, "txt"), leaky(text -> text)));
        Path f = file("a.txt", "ssn 078-05-1120");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EngineException e = assertThrows(EngineException.class, () -> engine.process(Document.of(f), Request.of(null, null), out));
        assertTrue(e.getMessage().startsWith("Verification failed"), e.getMessage());
        assertFalse(e.getMessage().contains("078"), "no value in the message");
        assertArrayEquals(new byte[0], out.toByteArray());
    }

    /**
     * A value written with typographic or wide characters is found (the test's recognizer knows only ASCII's digits and
     * hyphen), as written: non-breaking hyphens (Word's), full-width digits and dashes, a soft hyphen inside, an en dash;
     * its offsets and value are the text's. Found once, it is found again in its ASCII spelling.
     */
    @Test
    void typographicAndWideFormsAreReadAsAscii() throws Exception {
        String text = "SSN 078\u201105\u20111120, \uFF10\uFF17\uFF18\uFF0D\uFF10\uFF15\uFF0D\uFF11\uFF11\uFF12\uFF10;"
                + " 219-0\u00AD9-9999 and 457\u201355\u20135462; plain 078-05-1120.";
        Path f = file("t.txt", text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report r = engine.process(Document.of(f), Request.of("pii", Method.REDACT), out);
        assertEquals("SSN [REDACTED], [REDACTED]; [REDACTED] and [REDACTED]; plain [REDACTED].", out.toString(StandardCharsets.UTF_8));
        assertTrue(r.verified());
        assertEquals(List.of("078\u201105\u20111120", "\uFF10\uFF17\uFF18\uFF0D\uFF10\uFF15\uFF0D\uFF11\uFF11\uFF12\uFF10",
                "219-0\u00AD9-9999", "457\u201355\u20135462", "078-05-1120"),
                r.findings().stream().map(io.blackbar.engine.api.Finding::value).toList(), "the values as written");
        assertEquals(text.indexOf("219"), r.findings().get(2).start());
        assertEquals(text.indexOf(" and"), r.findings().get(2).end());
    }

    /**
     * The check reads typographic forms as ASCII's too: a writer that leaves the value but makes its non-breaking
     * hyphens plain ones (as a format's writer might) has left it readable, and the engine refuses.
     */
    @Test
    void verificationReadsTypographicFormsAsAscii() throws Exception {
        engine.handlers = List.of(Map.entry(Map.of(FormatHandler.PROP_MEDIA_TYPES, "text/plain",
                FormatHandler.PROP_EXTENSIONS, "txt"), leaky(text -> text.replace('\u2011', '-'))));
        Path f = file("a.txt", "ssn 078\u201105\u20111120");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EngineException e = assertThrows(EngineException.class, () -> engine.process(Document.of(f), Request.of(null, null), out));
        assertTrue(e.getMessage().startsWith("Verification failed"), e.getMessage());
        assertArrayEquals(new byte[0], out.toByteArray());
    }

    /** A bare 9-digit number is no SSN on its own (0.2); under a column headed SSN it is, and it goes. */
    @Test
    void csvColumnHeadersAreHints() throws Exception {
        Path f = file("people.csv", "Name,SSN\r\nJane,078051120\r\nJohn,n/a\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report r = engine.process(Document.of(f), Request.of("pii", Method.REDACT), out);
        assertEquals("Name,SSN\r\nJane,[REDACTED]\r\nJohn,n/a\r\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("column headed 'SSN'", r.findings().get(0).explanation());
        // PERSON is not among this engine's recognizers: the Name column's hints are not used
        assertEquals(1, r.findings().size());
        assertEquals(0, engine.scan(Document.of(file("plain.txt", "Jane 078051120")), Request.of("pii", null)).findings().size());
    }

    @Test
    void catalogListsFrameworksAndFormats() {
        var c = engine.catalog();
        assertEquals(Set.of("pii", "hipaa", "pci-dss", "gdpr"), c.frameworks().keySet());
        assertEquals("US_SSN", c.frameworks().get("hipaa").get(0).name());
        assertTrue(c.frameworks().get("gdpr").isEmpty());
        assertEquals(List.of("text/csv", "text/plain"), c.formats().stream().map(x -> x.mediaType()).toList());
    }
}
