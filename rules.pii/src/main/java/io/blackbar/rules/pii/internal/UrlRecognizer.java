package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

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

    public UrlRecognizer() {
        super("URL", Category.ONLINE, List.of(
                NamedPattern.ofIgnoreCase("url", "\\b(?:https?|ftp)://[^\\s<>\"'()\\[\\]{}|\\\\^`]{1,2000}[^\\s<>\"'()\\[\\]{}|\\\\^`.,;:!?]", 0.7),
                NamedPattern.ofIgnoreCase("www", "\\bwww\\.[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){1,5}(?:/(?:[^\\s<>\"']{0,2000}[^\\s<>\"'.,;:!?])?)?", 0.6),
                // one to five labels, the last one written out so that the dot and the top-level domain are one
                // group (".com", ".io", ...): strings every match has at a known distance, which the scanner
                // looks for first; the same expression as (?:LABEL\\.){1,5}TLD. The (?=\\.) before them changes
                // no match (each begins with a dot) but gives up at once where a label ends without one, instead
                // of comparing eighty top-level domains at every point a label is backtracked to
                NamedPattern.ofIgnoreCase("domain", "(?<![@\\w.-])(?=[a-z0-9-]++\\.)(?:" + LABEL + "\\.){0,4}" + LABEL + "(?=\\.)" + DOT_TLD
                        + "(?![\\w@-]|\\.[a-z0-9])", 0.45)),
                Set.of("website", "web site", "site", "url", "link", "domain", "homepage", "visit", "http", "www"));
    }
}
