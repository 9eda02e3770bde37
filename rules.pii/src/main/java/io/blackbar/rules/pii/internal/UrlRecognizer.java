package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * URLs ({@code https://…}, {@code www.…}) and bare domain names with a known top-level domain (HIPAA
 * identifier 14, web URLs). Trailing punctuation is not part of a URL. Repetition is bounded.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "URL", frameworks = {"pii", "hipaa", "gdpr"})
public class UrlRecognizer extends PatternRecognizer {

    private static final String TLD = "(?:com|net|org|edu|gov|mil|int|info|biz|io|co|me|app|dev|ai|us|uk|de|fr|es|it|nl|be"
            + "|ch|at|se|no|dk|fi|ie|pt|pl|cz|sk|hu|ro|gr|ru|ua|jp|cn|in|au|nz|ca|br|mx|ar|cl|za|il|tr|eu|ee|lv|lt|is|lu"
            + "|si|hr|bg|cy|mt|gl|tv|cc|biz|name|online|site|shop|tech|health|law)";

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    /** {@link #TLD} with its dot: {@code (?:\.com|\.net|...)}. */
    private static final String DOT_TLD = TLD.replace("(?:", "(?:\\.").replace("|", "|\\.");
    /**
     * One to five labels, the last one written out so that the dot and the top-level domain are one group (".com",
     * ".io", ...): strings every match has at a known distance, which the scanner looks for first; the same
     * expression as (?:LABEL\\.){1,5}TLD. The (?=\\.) before them changes no match (each begins with a dot) but gives
     * up at once where a label ends without one, instead of comparing eighty top-level domains at every point a label
     * is backtracked to.
     */
    private static final String BARE_DOMAIN = "(?<![@\\w.-])(?=[a-z0-9-]++\\.)(?:" + LABEL + "\\.){0,4}" + LABEL + "(?=\\.)" + DOT_TLD
            + "(?![\\w@-]|\\.[a-z0-9])";

    public UrlRecognizer() {
        super("URL", Category.ONLINE, List.of(
                NamedPattern.ofIgnoreCase("url", "\\b(?:https?|ftp)://[^\\s<>\"'()\\[\\]{}|\\\\^`]{1,2000}[^\\s<>\"'()\\[\\]{}|\\\\^`.,;:!?]", 0.7),
                NamedPattern.ofIgnoreCase("www", "\\bwww\\.[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){1,5}(?:/(?:[^\\s<>\"']{0,2000}[^\\s<>\"'.,;:!?])?)?", 0.6),
                NamedPattern.ofIgnoreCase("domain", BARE_DOMAIN, 0.45),
                // with a path it is a link, not "Node.js" or a file's name: "linkedin.com/in/kwame-mensah" (the path, which
                // names the person, was left in the text)
                // in lower case (not "ASP.NET/MVC", "Socket.IO/Redis", "Sr.No/Description", "Makefile.in/Makefile.am")
                NamedPattern.of("domain and path", BARE_DOMAIN + "/(?:[^\\s<>\"'()\\[\\]{}|\\\\^`]{0,2000}"
                        + "[^\\s<>\"'()\\[\\]{}|\\\\^`.,;:!?])?", 0.65)),
                Set.of("website", "web site", "site", "url", "link", "domain", "homepage", "visit", "http", "www"));
    }

    /** The indexes of "domain" and "domain and path" in the patterns. */
    private static final int DOMAIN = 2;
    private static final int DOMAIN_AND_PATH = 3;

    /**
     * "domain" tried only where a match can begin (see {@link #domains}); the scanner's index visited every letter
     * after a space for it (4% of all the expressions' time on the throughput benchmark's text).
     */
    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        String plain = text.toString();
        List<RecognizerResult> found = analyze(text, (k, action) -> {
            if (k == DOMAIN || k == DOMAIN_AND_PATH) {
                domains(text, plain, patterns().get(k).pattern(), k == DOMAIN_AND_PATH, action);
            } else {
                scanner(k).forEachMatch(text, action);
            }
        });
        if (found.isEmpty()) {
            return found;
        }
        List<RecognizerResult> kept = new java.util.ArrayList<>(found);
        kept.removeIf(r -> configName(plain, r.start(), r.end()));
        return kept;
    }

    /** A JSON code system's key or a Kubernetes manifest's API version before a value, up to its quote or blank. */
    private static final java.util.regex.Pattern NAME_KEY_BEFORE = java.util.regex.Pattern.compile(
            "(?:\"system\"[ \\t]*:[ \\t]*\"|apiVersion:[ \\t]*)$");

    /**
     * Whether a finding names a schema or a software's part, no one's page (a twenty-sixth held-out set's FHIR resource and
     * Kubernetes manifest): a FHIR system's URI ('"system": "http://hl7.org/fhir/sid/us-ssn"'), an API's version
     * ("apiVersion: networking.k8s.io/v1"), an annotation's key without a scheme ("nginx.ingress.kubernetes.io/auth-realm:
     * ..."), a container image's name and tag ("registry.northwind-pay.com/payments-api:3.18.2").
     */
    static boolean configName(String text, int start, int end) {
        if (NAME_KEY_BEFORE.matcher(text).region(Math.max(0, start - 20), start).find()) {
            return true;
        }
        boolean scheme = text.startsWith("http", start) || text.startsWith("ftp", start) || text.startsWith("HTTP", start);
        int slash = text.indexOf('/', start);
        if (scheme || slash < 0 || slash > end) {
            return false; // a path in it ("example.com:8080" is a host's port)
        }
        if (IMAGE_TAG.matcher(text).region(start, end).matches()) {
            return true;
        }
        if (end >= text.length() || text.charAt(end) != ':' || !lineStart(text, start)) {
            return false;
        }
        int after = end + 1;
        // a key indented at its line's start, a blank or a quote after its colon (not "see linkedin.com/in/ama-k: her page",
        // nor a CV's "github.com/kwame-asante: profile" at a line's start)
        return after == text.length() || " \t\"\r\n".indexOf(text.charAt(after)) >= 0;
    }

    /** A container image's name and its tag: a version of digits and dots, or "latest". */
    private static final java.util.regex.Pattern IMAGE_TAG = java.util.regex.Pattern.compile(
            "[^:]+/[^/:]+:(?:v?\\d+(?:\\.\\d+)+|latest)[\\w.-]*");

    /** Whether only blanks and a list's dash, one at least, stand before {@code at} on its line. */
    private static boolean lineStart(String text, int at) {
        int k = at;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t' || text.charAt(k - 1) == '-')) {
            k--;
        }
        return k < at && (k == 0 || text.charAt(k - 1) == '\n' || text.charAt(k - 1) == '\r');
    }

    /**
     * Calls {@code action} with each match {@code find()} gives of "domain" (or "domain and path"), in order. A match begins after no word
     * character, dot, hyphen or @, so at the start of a run of ASCII word characters, dots and hyphens; and it has a
     * dot followed by a letter or digit in that run (its top-level domain's). The expression is tried at the start
     * of each run that has one, read once from the dots of the text; with {@code slashAfter}, of each such run with a
     * slash after it.
     */
    static void domains(CharSequence text, String plain, java.util.regex.Pattern pattern, boolean slashAfter,
            java.util.function.Consumer<java.util.regex.Matcher> action) {
        int n = plain.length();
        Attempts attempts = new Attempts(text, pattern, action);
        int runEnd = 0;
        for (int dot = plain.indexOf('.'); dot >= 0; dot = plain.indexOf('.', dot + 1)) {
            if (dot < runEnd || dot + 1 >= n || !asciiLetterOrDigit(plain.charAt(dot + 1))) {
                continue; // in a run read already, or no label after the dot
            }
            int start = dot;
            while (start > 0 && inRun(plain.charAt(start - 1))) {
                start--;
            }
            runEnd = dot + 1;
            while (runEnd < n && inRun(plain.charAt(runEnd))) {
                runEnd++;
            }
            // a domain with a path ends where its run does (what may follow a domain, "/", is not in a run): only a
            // run with a slash after it can begin one
            if (asciiLetterOrDigit(plain.charAt(start)) && (start == 0 || plain.charAt(start - 1) != '@')
                    && (!slashAfter || runEnd < n && plain.charAt(runEnd) == '/')) {
                attempts.at(start);
            }
        }
    }

    /** {@code [\\w.-]}: what a domain's run is made of (the expression's word characters are ASCII). */
    private static boolean inRun(char c) {
        return asciiLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
