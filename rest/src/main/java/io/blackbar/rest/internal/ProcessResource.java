package io.blackbar.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.blackbar.engine.api.Document;
import io.blackbar.engine.api.Engine;
import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.Report;
import io.blackbar.engine.api.Request;

/**
 * The Cloakrr synchronous endpoints: {@code POST /redact}, {@code POST /scan}, {@code GET /usage}.
 * Order of checks: key, rate limit, upload (size, form), type and content, processing, then credits:
 * a document that fails costs nothing, and one the account cannot pay for is not returned (402).
 */
@jakarta.ws.rs.Path("/v1")
public class ProcessResource {

    /** Response header: how many pictures of the document no OCR read, when some were not (see docs/API.md). */
    static final String IMAGES_NOT_READ = "X-Blackbar-Images-Not-Read";

    private final Engine engine;
    private final Accounts accounts;
    private final Guard guard;
    private final Path uploads;
    private final long maxSync;

    ProcessResource(Engine engine, Accounts accounts, Guard guard, Path uploads, long maxSync) {
        this.engine = engine;
        this.accounts = accounts;
        this.guard = guard;
        this.uploads = uploads;
        this.maxSync = maxSync;
    }

    /** 1 credit per page for page formats; else 1 per started 3,000 characters of text (CONTRACT.md). */
    static int credits(Report r) {
        String mt = r.mediaType();
        boolean paged = mt.equals("application/pdf") || mt.startsWith("image/") || mt.contains("presentation");
        return paged ? Math.max(1, r.pageCount()) : Math.max(1, (r.textLength() + 2999) / 3000);
    }

    @POST
    @jakarta.ws.rs.Path("redact")
    @Consumes(MediaType.WILDCARD)
    public Response redact(@Context HttpServletRequest req) throws SQLException, IOException {
        Accounts.Principal who = guard.key(req);
        try (Upload up = Upload.read(req, uploads, maxSync)) {
            Method method = parseMethod(up.field("method"));
            Path out = up.dir.resolve("output");
            Report report;
            try (OutputStream os = Files.newOutputStream(out)) {
                report = engine.process(new Document(up.file, up.fileName, null),
                        new Request(up.field("framework"), method, Map.of()), os);
            } catch (EngineException e) {
                accounts.recordFailure(who, "redact");
                throw new ApiFailure(ApiError.of(e).status(), e.getMessage());
            }
            int credits = credits(report);
            if (!accounts.charge(who, "redact", report.pageCount(), credits)) {
                throw new ApiFailure(402, "This document needs " + credits + " credits; the account has fewer.");
            }
            byte[] body = Files.readAllBytes(out);
            String name = outputName(up.fileName, method == Method.ANONYMIZE ? "_anonymized" : "_redacted",
                    report.outputMediaType());
            Response.ResponseBuilder ok = Response.ok(body, report.outputMediaType())
                    .header("Content-Disposition", disposition(name))
                    .header("X-Cloakrr-Items-Detected", report.findings().size())
                    .header("X-Cloakrr-Items-Processed", report.findings().size())
                    .header("X-Cloakrr-Credits-Used", who.test() ? 0 : credits);
            // pictures no OCR read (EMF, GIF, an XLS's, or all when an operator turned reading off): said, not hidden
            Integer notRead = report.removed().get("imagesNotRead");
            return (notRead != null && notRead > 0 ? ok.header(IMAGES_NOT_READ, notRead) : ok).build();
        }
    }

    @POST
    @jakarta.ws.rs.Path("scan")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response scan(@Context HttpServletRequest req) throws SQLException {
        Accounts.Principal who = guard.key(req);
        long t0 = System.nanoTime();
        try (Upload up = Upload.read(req, uploads, maxSync)) {
            Report report;
            try {
                report = engine.scan(new Document(up.file, up.fileName, null), new Request(up.field("framework"), Method.SCAN, Map.of()));
            } catch (EngineException e) {
                accounts.recordFailure(who, "scan");
                throw new ApiFailure(ApiError.of(e).status(), e.getMessage());
            }
            int credits = credits(report);
            if (!accounts.charge(who, "scan", report.pageCount(), credits)) {
                throw new ApiFailure(402, "This document needs " + credits + " credits; the account has fewer.");
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            return Response.ok(ScanJson.of(report, up.fileName, up.size, ms, false))
                    .header("X-Cloakrr-Credits-Used", who.test() ? 0 : credits).build();
        }
    }

    @GET
    @jakarta.ws.rs.Path("usage")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> usage(@Context HttpServletRequest req) throws SQLException {
        Accounts.Principal who = guard.key(req);
        Accounts.Info i = accounts.info(who.accountId()).orElseThrow(() -> new ApiFailure(401, "Missing or invalid API key."));
        Accounts.Usage u = accounts.usage(i.id(), Duration.ofDays(30));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("organization", Map.of("id", i.id(), "name", i.prefix()));
        body.put("credits", AccountResource.credits(i));
        Map<String, Object> last30 = new LinkedHashMap<>();
        last30.put("completed", u.completed());
        last30.put("failed", u.failed());
        last30.put("total", u.total());
        last30.put("creditsUsed", u.creditsUsed());
        body.put("jobs", Map.of("last30Days", last30));
        return body;
    }

    private static Method parseMethod(String value) {
        if (value == null || value.isBlank()) {
            return Method.REDACT;
        }
        if (value.equalsIgnoreCase("redact")) {
            return Method.REDACT;
        }
        if (value.equalsIgnoreCase("anonymize")) {
            return Method.ANONYMIZE;
        }
        throw new ApiFailure(400, "method must be redact or anonymize.");
    }

    static String outputName(String name, String suffix) {
        return outputName(name, suffix, null);
    }

    /** Extensions of the output types a handler may change to (WebP comes back as PNG, a .docm as .docx). */
    private static final Map<String, String> EXTENSIONS = Map.of("image/png", ".png", "image/jpeg", ".jpg",
            "application/pdf", ".pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx");
    /** Other extensions a name of such a type may end with (lower case), kept as the client wrote them. */
    private static final Map<String, java.util.Set<String>> ALSO = Map.of("image/jpeg", java.util.Set.of(".jpeg", ".jpe", ".jfif"));

    /**
     * @param outputType the output's media type, or null when not to be looked at
     * @return the download name: the suffix before the extension; the extension the output's type's when the name's is
     *     not one of that type's (WebP comes back as PNG, a .docm as a .docx, and a workbook named {@code .pdf} as a
     *     {@code .xlsx}, UP-07: what it is, not what it was called); a text keeps its name's
     */
    static String outputName(String name, String suffix, String outputType) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String own = outputType == null ? null : EXTENSIONS.get(outputType);
        String lower = ext.toLowerCase(java.util.Locale.ROOT);
        if (own != null && !own.equals(lower) && !ALSO.getOrDefault(outputType, java.util.Set.of()).contains(lower)) {
            ext = own;
        }
        return base + suffix + ext;
    }

    /** An attachment header safe for any name: ASCII fallback plus RFC 5987 UTF-8. */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
