package io.blackbar.engine.core.internal;

import static io.blackbar.engine.api.EngineException.Reason.BAD_REQUEST;
import static io.blackbar.engine.api.EngineException.Reason.TOO_LARGE;
import static io.blackbar.engine.api.EngineException.Reason.UNAVAILABLE;
import static io.blackbar.engine.api.EngineException.Reason.UNPROCESSABLE;
import static io.blackbar.engine.api.EngineException.Reason.UNSUPPORTED_MEDIA_TYPE;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.CollectionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.blackbar.engine.api.Catalog;
import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Engine;
import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Finding;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.Report;
import io.blackbar.engine.api.Document;
import io.blackbar.engine.api.Request;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.Operator;
import io.blackbar.engine.api.spi.OperatorContext;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.Replacement;

/**
 * The engine facade. Plugins are held in volatile lists replaced by DS (greedy), and each request
 * takes one snapshot of them: a bundle that arrives or leaves changes the next request, never a
 * running one.
 */
@Component(service = Engine.class)
public class EngineImpl implements Engine {

    /** The frameworks of the contract; deployed rules may tag recognizers with more. */
    static final Set<String> BUILT_IN_FRAMEWORKS = Set.of("pii", "hipaa", "pci-dss", "gdpr");

    /** Selects every deployed recognizer, whatever its frameworks (an extension of the contract's four). */
    static final String ALL = "all";

    private static final Logger LOG = LoggerFactory.getLogger(EngineImpl.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Reference(service = Recognizer.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            collectionType = CollectionType.TUPLE)
    volatile List<Map.Entry<Map<String, Object>, Recognizer>> recognizers = List.of();

    @Reference(service = FormatHandler.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            collectionType = CollectionType.TUPLE)
    volatile List<Map.Entry<Map<String, Object>, FormatHandler>> handlers = List.of();

    @Reference(service = Operator.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            collectionType = CollectionType.TUPLE)
    volatile List<Map.Entry<Map<String, Object>, Operator>> operators = List.of();

    /** Present once the deploy folder's first scan is done. */
    @Reference
    DeployState deployState;

    private EngineConfig config;
    private TempFiles temp;

    @Activate
    void activate(BundleContext ctx) throws IOException {
        config = EngineConfig.from(ctx);
        temp = new TempFiles(config.tempParent());
    }

    @Deactivate
    void deactivate() {
        temp.deleteAll();
    }

    /** For unit tests: an engine outside OSGi. */
    void activate(EngineConfig cfg) throws IOException {
        config = cfg;
        temp = new TempFiles(cfg.tempParent());
    }

    @Override
    public Report scan(Document document, Request request) throws EngineException {
        Job job = start(document, request);
        try (ParsedDocument parsed = job.handler.open(document.file(), job.mediaType, job.limits)) {
            // the same findings a redaction would remove, propagation included
            List<Finding> findings = detect(parsed, job, true, null);
            return new Report(job.framework, Method.SCAN, job.mediaType, null, parsed.pageCount(),
                    parsed.text().length(), findings, Map.of(), false);
        } catch (RuntimeException e) {
            throw unexpected(e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw exhausted(e);
        }
    }

    @Override
    public String text(Document document) throws EngineException {
        Job job = start(document, Request.of(null, Method.SCAN));
        try (ParsedDocument parsed = job.handler.open(document.file(), job.mediaType, job.limits)) {
            return parsed.text();
        } catch (RuntimeException e) {
            throw unexpected(e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw exhausted(e);
        }
    }

    @Override
    public Report process(Document document, Request request, OutputStream out) throws EngineException {
        Job job = start(document, request);
        Path output = null;
        try (ParsedDocument parsed = job.handler.open(document.file(), job.mediaType, job.limits)) {
            output = temp.create();
            Report report;
            if (job.method == Method.SANITIZE) {
                Map<String, Integer> removed;
                try (OutputStream o = Files.newOutputStream(output)) {
                    removed = parsed.sanitize(o);
                }
                report = new Report(job.framework, job.method, job.mediaType, parsed.outputMediaType(job.method),
                        parsed.pageCount(), parsed.text().length(), List.of(), removed, true);
            } else if (job.method == Method.SCAN) {
                throw new EngineException(BAD_REQUEST, "Use scan to find without changing the document.");
            } else {
                Map<String, Integer> left = new HashMap<>();
                List<Finding> findings = detect(parsed, job, true, left);
                List<Replacement> plan = plan(findings, job);
                Map<String, Integer> removed = new TreeMap<>();
                try (OutputStream o = Files.newOutputStream(output)) {
                    removed.putAll(parsed.write(plan, job.method, o));
                }
                removed.merge(job.method == Method.REDACT ? "redacted" : "anonymized", plan.size(), Integer::sum);
                verify(job, output, findings, plan, left);
                report = new Report(job.framework, job.method, job.mediaType, parsed.outputMediaType(job.method),
                        parsed.pageCount(), parsed.text().length(), findings, removed, true);
            }
            job.limits.checkDeadline();
            Files.copy(output, out);
            LOG.info("{} {}: {} findings, {} pages, {} ms", job.method.wireName(), job.mediaType,
                    report.findings().size(), report.pageCount(), job.elapsedMs());
            return report;
        } catch (IOException e) {
            throw orOutOfSpace(new EngineException(UNPROCESSABLE, "The document could not be written.", e));
        } catch (EngineException e) {
            throw orOutOfSpace(e); // a handler's, over a full disk of ours
        } catch (RuntimeException e) {
            throw orOutOfSpace(unexpected(e));
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw exhausted(e);
        } finally {
            TempFiles.deleteQuietly(output);
        }
    }

    /** A failure over a full disk is the server's, not the document's: 503 (SECURITY-CASES DISK-01, -02). */
    private static EngineException orOutOfSpace(EngineException e) {
        if (!EngineException.isDiskFull(e)) {
            return e;
        }
        LOG.warn("no disk space left to process a document");
        return new EngineException(UNAVAILABLE, "The server has no disk space left to process the document; retry later.", e);
    }

    /**
     * The last resort when a handler's parse ran past what it checks (every parse has its own budgets; an escape is a
     * defect, logged as one): the request fails with 422, not the thread, the command line or the server, and what it
     * held is released as it unwinds.
     */
    private static EngineException exhausted(VirtualMachineError e) {
        LOG.error("format handler exhausted the {}: a missing budget check", e instanceof StackOverflowError ? "stack" : "heap");
        return new EngineException(UNPROCESSABLE, e instanceof StackOverflowError
                ? "The document nests its content too deep to be processed."
                : "The document needs more memory than allowed.");
    }

    /**
     * A handler's unchecked failure: logged by type only (its message may hold content). A handler
     * that must fail where the SPI allows no checked exception ({@code text()}) wraps its
     * EngineException: that one is answered as it is (a missing OCR engine stays a 503).
     */
    private static EngineException unexpected(RuntimeException e) {
        if (e.getCause() instanceof EngineException cause) {
            return cause;
        }
        LOG.warn("format handler failed: {}", e.getClass().getName());
        return new EngineException(UNPROCESSABLE, "The document could not be processed.", e);
    }

    @Override
    public Catalog catalog() {
        Map<String, Map<String, EntityType>> frameworks = new TreeMap<>();
        BUILT_IN_FRAMEWORKS.forEach(f -> frameworks.put(f, new TreeMap<>()));
        for (Map.Entry<Map<String, Object>, Recognizer> r : recognizers) {
            for (String f : Props.lowerStrings(r.getKey().get(Recognizer.PROP_FRAMEWORKS))) {
                Map<String, EntityType> entities = frameworks.computeIfAbsent(f, k -> new TreeMap<>());
                r.getValue().entities().forEach(e -> entities.putIfAbsent(e.name(), e));
            }
        }
        Map<String, List<EntityType>> out = new LinkedHashMap<>();
        frameworks.forEach((k, v) -> out.put(k, List.copyOf(v.values())));
        Map<String, Catalog.Format> formats = new TreeMap<>();
        for (Map.Entry<Map<String, Object>, FormatHandler> h : handlers) {
            List<String> ext = Props.lowerStrings(h.getKey().get(FormatHandler.PROP_EXTENSIONS));
            for (String mt : Props.lowerStrings(h.getKey().get(FormatHandler.PROP_MEDIA_TYPES))) {
                formats.putIfAbsent(mt, new Catalog.Format(mt, ext));
            }
        }
        return new Catalog(out, List.copyOf(formats.values()));
    }

    // ---------------------------------------------------------------------------------------------

    /** One request's snapshot of the plugins and its budget. */
    private record Job(String framework, Method method, String mediaType, FormatHandler handler,
            Detector.Plan recognizers, Map<String, Operator> operators, DocumentLimits limits,
            double minConfidence, OperatorContext operatorContext, long startNanos) {

        long elapsedMs() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        }
    }

    /** The deployed recognizers by framework tag, worked out once per change of the deployed set. */
    private record Selection(List<Map.Entry<Map<String, Object>, Recognizer>> source, Set<String> known,
            Map<String, List<Recognizer>> byFramework, List<Recognizer> all,
            Map<String, Detector.Plan> plans) {

        /** @return the detection plan of a framework's recognizers ("all" for every one), made at its first request */
        Detector.Plan plan(String framework) {
            return plans.computeIfAbsent(framework, f -> Detector.Plan.of(f.equals(ALL) ? all
                    : byFramework.getOrDefault(f, List.of())));
        }

        static Selection of(List<Map.Entry<Map<String, Object>, Recognizer>> recs) {
            Set<String> known = new TreeSet<>(BUILT_IN_FRAMEWORKS);
            Map<String, List<Recognizer>> byFramework = new HashMap<>();
            List<Recognizer> all = new ArrayList<>();
            for (Map.Entry<Map<String, Object>, Recognizer> r : recs) {
                List<String> tags = Props.lowerStrings(r.getKey().get(Recognizer.PROP_FRAMEWORKS));
                known.addAll(tags);
                for (String tag : new java.util.LinkedHashSet<>(tags)) {
                    byFramework.computeIfAbsent(tag, k -> new ArrayList<>()).add(r.getValue());
                }
                all.add(r.getValue());
            }
            return new Selection(recs, java.util.Collections.unmodifiableSet(known), byFramework, List.copyOf(all),
                    new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    private volatile Selection selection;

    /** @return the selection of the recognizers deployed now (the reference list is replaced on every change) */
    private Selection selection() {
        List<Map.Entry<Map<String, Object>, Recognizer>> recs = recognizers;
        Selection s = selection;
        if (s == null || s.source() != recs) {
            s = Selection.of(recs);
            selection = s;
        }
        return s;
    }

    private Job start(Document document, Request request) throws EngineException {
        long startNanos = System.nanoTime();
        String framework = request.framework().toLowerCase(Locale.ROOT);
        Selection selection = selection();
        Set<String> known = selection.known();
        if (!known.contains(framework) && !framework.equals(ALL)) {
            throw new EngineException(BAD_REQUEST,
                    "Unknown framework '" + printable(framework) + "'. Known frameworks: " + String.join(", ", known) + ".");
        }
        Detector.Plan selected = selection.plan(framework);
        // the size and the first bytes (what the handler checks the content by) from one opening of the file
        long size;
        byte[] head;
        try (java.nio.channels.SeekableByteChannel in = Files.newByteChannel(document.file())) {
            size = in.size();
            head = size > config.maxBytes() ? null : headOf(in);
        } catch (IOException e) {
            throw new EngineException(UNPROCESSABLE, "The document could not be read.", e);
        }
        if (size > config.maxBytes()) {
            throw new EngineException(TOO_LARGE, "The document is larger than " + config.maxBytes() + " bytes.");
        }
        Map.Entry<String, FormatHandler> handler = handlerFor(document, head);
        long budgetMs = config.timeBudgetMs();
        double minConfidence = config.minConfidence();
        try {
            budgetMs = Math.min(budgetMs, Long.parseLong(request.option(Request.OPTION_TIME_BUDGET_MS, String.valueOf(budgetMs))));
            minConfidence = Double.parseDouble(request.option(Request.OPTION_MIN_CONFIDENCE, String.valueOf(minConfidence)));
        } catch (NumberFormatException e) {
            throw new EngineException(BAD_REQUEST, "Options timeBudgetMs and minConfidence must be numbers.");
        }
        if (budgetMs <= 0 || minConfidence < 0 || minConfidence > 1) {
            throw new EngineException(BAD_REQUEST, "timeBudgetMs must be positive and minConfidence within 0..1.");
        }
        DocumentLimits limits = new DocumentLimits(config.maxBytes(), config.maxPages(), config.maxTextChars(),
                config.maxMemoryBytes(), startNanos + TimeUnit.MILLISECONDS.toNanos(budgetMs), temp.dir());
        String key = request.option(Request.OPTION_SURROGATE_KEY, null);
        if (key == null && request.method() != Method.SCAN) { // only surrogates need the key
            byte[] k = new byte[32];
            RANDOM.nextBytes(k);
            key = HexFormat.of().formatHex(k);
        }
        return new Job(framework, request.method(), handler.getKey(), handler.getValue(), selected,
                operatorsFor(request.method()), limits, minConfidence, new OperatorContext(key, new HashMap<>()),
                startNanos);
    }

    /** Picks the handler by media type, else by extension, and checks the content agrees. */
    private Map.Entry<String, FormatHandler> handlerFor(Document document, byte[] head) throws EngineException {
        List<Map.Entry<Map<String, Object>, FormatHandler>> hs = handlers;
        String mediaType = document.mediaType() == null ? null
                : document.mediaType().toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        String ext = extension(document.name());
        for (Map.Entry<Map<String, Object>, FormatHandler> h : hs) {
            List<String> types = Props.lowerStrings(h.getKey().get(FormatHandler.PROP_MEDIA_TYPES));
            List<String> exts = Props.lowerStrings(h.getKey().get(FormatHandler.PROP_EXTENSIONS));
            String chosen = mediaType != null && types.contains(mediaType) ? mediaType
                    : (mediaType == null || "application/octet-stream".equals(mediaType)) && exts.contains(ext) && !types.isEmpty()
                            ? typeOfExtension(ext, types) : null;
            if (chosen != null) {
                if (!h.getValue().accepts(chosen, head)) {
                    throw new EngineException(UNSUPPORTED_MEDIA_TYPE,
                            "The content of the file is not " + chosen + ".");
                }
                return Map.entry(chosen, h.getValue());
            }
        }
        if (ext.isEmpty() && (mediaType == null || "application/octet-stream".equals(mediaType))) {
            // it said "Unsupported a file without an extension."
            throw new EngineException(UNSUPPORTED_MEDIA_TYPE, "The file's name has no extension: name it by its type"
                    + " (.pdf, .docx, .xlsx, .pptx, .csv, .txt, .jpg, .png …).");
        }
        String what = mediaType != null && !"application/octet-stream".equals(mediaType)
                ? "media type " + printable(mediaType) : "file type ." + printable(ext);
        throw new EngineException(UNSUPPORTED_MEDIA_TYPE, "Unsupported " + what + ".");
    }

    /** The media type an extension stands for, where a handler lists several (the Office handler's first is DOCX). */
    private static final Map<String, String> TYPE_OF_EXTENSION = Map.ofEntries(
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("docm", "application/vnd.ms-word.document.macroEnabled.12"),
            Map.entry("xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12"),
            Map.entry("pptm", "application/vnd.ms-powerpoint.presentation.macroEnabled.12"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"), Map.entry("csv", "text/csv"),
            Map.entry("tsv", "text/tab-separated-values"), Map.entry("txt", "text/plain"), Map.entry("text", "text/plain"));

    /**
     * @return the type a file named with this extension is, among the handler's types: a workbook uploaded as
     *     {@code application/octet-stream} (curl's default) came back labelled a Word document
     */
    static String typeOfExtension(String ext, List<String> types) {
        String usual = TYPE_OF_EXTENSION.getOrDefault(ext, "").toLowerCase(Locale.ROOT); // as the handlers' types are read
        return types.contains(usual) ? usual : types.get(0);
    }

    /** @return a file's first 8 KB, or all of it when shorter */
    private static byte[] headOf(java.nio.channels.ReadableByteChannel in) throws IOException {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(8192);
        while (buffer.hasRemaining() && in.read(buffer) >= 0) {
            // read until full or at the end
        }
        return java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }

    static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash && dot < name.length() - 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** Echoes a client-supplied word in a message without letting it carry anything odd. */
    static String printable(String s) {
        String cut = s.length() > 64 ? s.substring(0, 64) + "..." : s;
        return cut.replaceAll("[^A-Za-z0-9._+/ -]", "?");
    }

    private Map<String, Operator> operatorsFor(Method method) {
        Map<String, Operator> byEntity = new HashMap<>();
        for (Map.Entry<Map<String, Object>, Operator> o : operators) {
            if (!Props.lowerStrings(o.getKey().get(Operator.PROP_NAME)).contains(method.wireName())) {
                continue;
            }
            List<String> entities = Props.strings(o.getKey().get(Operator.PROP_ENTITY));
            if (entities.isEmpty()) {
                byEntity.putIfAbsent("*", o.getValue());
            } else {
                entities.forEach(e -> byEntity.putIfAbsent(e, o.getValue()));
            }
        }
        return byEntity;
    }

    /** Whether one of the job's recognizers that declares the type finds the text whole as that type. */
    private static boolean acceptedWhole(Job job, String type, String text) {
        for (Recognizer r : job.recognizers.recognizers) {
            if (r.entities().stream().noneMatch(e -> e.name().equals(type))) {
                continue;
            }
            try {
                for (RecognizerResult found : r.analyze(text)) {
                    if (found.entityType().equals(type) && found.start() == 0 && found.end() == text.length()) {
                        return true;
                    }
                }
            } catch (RuntimeException e) {
                // a rule that fails on a short text accepts nothing
            }
        }
        return false;
    }

    /** @param left when not null, receives per value the occurrences detection deliberately left */
    private List<Finding> detect(ParsedDocument parsed, Job job, boolean propagate, Map<String, Integer> left)
            throws EngineException {
        job.limits.checkDeadline();
        if (parsed.text().length() > job.limits.maxTextChars()) {
            throw new EngineException(UNPROCESSABLE, "The document holds more than " + job.limits.maxTextChars()
                    + " characters of text.");
        }
        return Detector.detect(parsed.text(), job.recognizers, parsed.hints(), job.minConfidence, propagate,
                job.limits.deadlineNanos(), parsed::pageOf, Detector.SEGMENT, left);
    }

    private List<Replacement> plan(List<Finding> findings, Job job) throws EngineException {
        List<Replacement> plan = new ArrayList<>(findings.size());
        // every real name's words first: no name's surrogate word may be one of them
        for (Finding f : findings) {
            if (Detector.isName(f.entityType())
                    && job.operators.getOrDefault(f.entityType(), job.operators.get("*")) instanceof SurrogateOperator) {
                Surrogates.noteRealName(f.value(), job.operatorContext.assigned());
            }
        }
        for (Finding f : findings) {
            Operator op = job.operators.getOrDefault(f.entityType(), job.operators.get("*"));
            if (op == null) {
                throw new EngineException(EngineException.Reason.UNAVAILABLE,
                        "No operator for " + job.method.wireName() + " is deployed.");
            }
            String text = op instanceof SurrogateOperator
                    ? SurrogateOperator.checked(f, job.operatorContext, candidate -> acceptedWhole(job, f.entityType(), candidate))
                    : op.replacement(f, job.operatorContext);
            plan.add(new Replacement(f.start(), f.end(), f.entityType(), text));
        }
        return plan;
    }

    /**
     * Reads the output back through its format handler and fails the request if any removed value is still in the
     * text: more often than the replacements of other values write it (a surrogate may be another value of the
     * document: "Finch" for "Jane Doe's" surname where Harold Finch is named too), and than detection deliberately left
     * it ({@code left}: a name's one word in capitals is found again as "his wife Grace", not where a sentence or a
     * line begins, as "Grace period applies"; counting those failed such a document, with no setting to process it).
     * A replacement that writes its own value back is no surrogate, and is counted against it.
     */
    private void verify(Job job, Path output, List<Finding> findings, List<Replacement> plan, Map<String, Integer> left)
            throws EngineException {
        if (findings.isEmpty()) {
            return;
        }
        String mediaType = job.mediaType;
        try (ParsedDocument back = job.handler.open(output, mediaType, job.limits)) {
            // both read with typographic and wide forms as ASCII's: a value found with a no-break space must not be
            // left with a space, nor the other way round
            String text = FoldedText.fold(back.text());
            int remaining = 0;
            List<String> folded = findings.stream().map(f -> FoldedText.fold(f.value())).toList(); // as plan's, by index
            Set<String> values = new TreeSet<>();
            // short values (a 3-digit CVV) are too ambiguous to search for: the handler's own
            // positional replacement covers them; longer ones must not be readable anywhere
            folded.stream().filter(v -> v.length() >= Detector.MIN_PROPAGATED_LENGTH).forEach(values::add);
            for (String v : values) {
                int allowed = left.getOrDefault(v, 0);
                int found = words(text, v);
                // what the replacements of other values wrote: a replacement that writes its own value back is no
                // surrogate, and is counted against it
                for (int k = 0; found > allowed && k < plan.size(); k++) {
                    if (!folded.get(k).equals(v)) {
                        allowed += words(FoldedText.fold(plan.get(k).text()), v);
                    }
                }
                if (found > allowed) {
                    remaining++;
                }
            }
            if (remaining > 0) {
                LOG.warn("verification failed: {} removed values still readable in the {} output", remaining, mediaType);
                throw new EngineException(UNPROCESSABLE,
                        "Verification failed: " + remaining + " removed values were still readable in the output.");
            }
        }
    }

    /** @return how many times {@code value} stands in {@code text} as a whole word (not inside a longer one) */
    static int words(String text, String value) {
        int n = 0;
        for (int i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) {
            boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || !Character.isLetterOrDigit(value.charAt(0));
            int end = i + value.length();
            boolean right = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || !Character.isLetterOrDigit(value.charAt(value.length() - 1));
            if (left && right) {
                n++;
            }
        }
        return n;
    }
}
