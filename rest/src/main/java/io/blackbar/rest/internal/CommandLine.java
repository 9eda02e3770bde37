package io.blackbar.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.blackbar.engine.api.Document;
import io.blackbar.engine.api.Engine;
import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.Report;
import io.blackbar.engine.api.Request;

/**
 * The command line ({@code scan}, {@code redact}, {@code sanitize}), offered to the launcher as a
 * {@code Function<String[], Integer>} service (a JDK type, so the launcher shares no class with the
 * bundles). Same engine and same deployed rules as the server. Exit codes: 0 done, 2 usage error,
 * 3 the document or request was refused, 1 internal error.
 */
@Component(property = "blackbar.command=cli")
public class CommandLine implements Function<String[], Integer> {

    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int REFUSED = 3;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String USAGE_TEXT = """
            usage: java -jar blackbar.jar                      start the server
                   java -jar blackbar.jar scan FILE [--framework F] [--text] [--explain]
                   java -jar blackbar.jar redact FILE -o OUT [--framework F] [--method redact|anonymize]
                   java -jar blackbar.jar sanitize FILE -o OUT
                   java -jar blackbar.jar admin credits ACCOUNT N  (ACCOUNT: the BB-... number or the acc_... id)
            frameworks: pii (default), hipaa, pci-dss, gdpr, and any a deployed rule adds""";

    @Reference
    Engine engine;

    /** Taken only by {@code admin}: a scan never opens the database. */
    @Reference
    org.osgi.service.component.ComponentServiceObjects<Accounts> accounts;

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine() {
        this(System.out, System.err);
    }

    CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer apply(String[] args) {
        Deque<String> rest = new ArrayDeque<>(java.util.List.of(args));
        String command = rest.isEmpty() ? "help" : rest.pop();
        if (command.equals("admin")) {
            return admin(args);
        }
        Map<String, String> flags = new HashMap<>();
        String file = null;
        while (!rest.isEmpty()) {
            String a = rest.pop();
            switch (a) {
                case "--text", "--explain" -> flags.put(a, "true");
                case "-o", "--output", "--framework", "--method" -> {
                    if (rest.isEmpty()) {
                        return usage("missing value after " + a);
                    }
                    flags.put(a.equals("--output") ? "-o" : a, rest.pop());
                }
                default -> {
                    if (a.startsWith("-") || file != null) {
                        return usage("unexpected argument " + a);
                    }
                    file = a;
                }
            }
        }
        if (command.equals("help") || command.equals("--help") || command.equals("-h")) {
            out.println(USAGE_TEXT);
            return OK;
        }
        if (!command.equals("scan") && !command.equals("redact") && !command.equals("sanitize")) {
            return usage("unknown command " + command);
        }
        if (file == null) {
            return usage(command + " needs a FILE");
        }
        Path input = Path.of(file);
        if (!Files.isRegularFile(input)) {
            return error(ApiError.of(404, "No such file: " + file));
        }
        try {
            return switch (command) {
                case "scan" -> scan(input, flags);
                case "redact" -> process(input, flags, flags.containsKey("--method")
                        ? parseMethod(flags.get("--method")) : Method.REDACT);
                default -> process(input, flags, Method.SANITIZE);
            };
        } catch (EngineException e) {
            return error(ApiError.of(e));
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (IOException e) {
            return error(ApiError.of(500, "Could not write the output: " + e.getClass().getSimpleName()));
        }
    }

    /** {@code admin credits ACCOUNT N}: adds N credits to an account given by number or id. */
    private int admin(String[] args) {
        if (args.length != 4 || !args[1].equals("credits")) {
            return usage("usage: admin credits ACCOUNT N");
        }
        int n;
        try {
            n = Integer.parseInt(args[3]);
        } catch (NumberFormatException e) {
            return usage("N must be a whole number");
        }
        if (n <= 0) {
            return usage("N must be positive");
        }
        Accounts a;
        try {
            a = accounts.getService();
        } catch (RuntimeException e) {
            return error(ApiError.of(503, "The database could not be opened (is a server using this data folder? "
                    + "Stop it or point BLACKBAR_DATA elsewhere)."));
        }
        if (a == null) {
            return error(ApiError.of(503, "The database could not be opened (is a server using this data folder?)."));
        }
        try {
            String id = a.resolve(args[2]).orElse(null);
            if (id == null) {
                return error(ApiError.of(404, "No such account."));
            }
            a.addCredits(id, n);
            Accounts.Info info = a.info(id).orElseThrow();
            out.println("{\"success\":true,\"account\":\"" + id + "\",\"added\":" + n + ",\"available\":" + info.credits() + "}");
            return OK;
        } catch (java.sql.SQLException e) {
            return error(ApiError.of(503, "The database failed: " + e.getClass().getSimpleName()));
        } finally {
            accounts.ungetService(a);
        }
    }

    private static Method parseMethod(String m) {
        Method method = Method.fromWire(m);
        if (method != Method.REDACT && method != Method.ANONYMIZE) {
            throw new IllegalArgumentException("--method must be redact or anonymize");
        }
        return method;
    }

    private int scan(Path input, Map<String, String> flags) throws EngineException, IOException {
        Document doc = new Document(input, input.getFileName().toString(), null);
        if (flags.containsKey("--text")) {
            out.print(engine.text(doc));
            out.flush();
            return OK;
        }
        long t0 = System.nanoTime();
        Report report = engine.scan(doc, Request.of(flags.get("--framework"), Method.SCAN));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        out.println(JSON.writeValueAsString(ScanJson.of(report, doc.name(), Files.size(input), ms,
                flags.containsKey("--explain"))));
        return OK;
    }

    private int process(Path input, Map<String, String> flags, Method method) throws EngineException, IOException {
        String o = flags.get("-o");
        if (o == null) {
            return usage("-o OUT is required");
        }
        Path target = Path.of(o).toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // written beside the target and moved in place only once verified: never a partial output
        Path partial = Files.createTempFile(dir, ".blackbar-", ".part");
        try {
            Report report;
            try (OutputStream os = Files.newOutputStream(partial)) {
                report = engine.process(new Document(input, input.getFileName().toString(), null),
                        new Request(flags.get("--framework"), method, Map.of()), os);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            Map<String, Object> summary = new java.util.LinkedHashMap<>();
            summary.put("success", true);
            summary.put("method", method.wireName());
            summary.put("framework", report.framework());
            summary.put("output", target.toString());
            summary.put("itemsDetected", report.findings().size());
            summary.put("byType", report.countsByType());
            summary.put("removed", report.removed());
            summary.put("verified", report.verified());
            err.println(JSON.writeValueAsString(summary));
            return OK;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private int usage(String message) {
        err.println(ApiError.of(400, message).json());
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private int error(ApiError e) {
        err.println(e.json());
        return e.status() >= 500 ? INTERNAL : REFUSED;
    }
}
