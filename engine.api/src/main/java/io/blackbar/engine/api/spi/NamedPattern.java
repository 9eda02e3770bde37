package io.blackbar.engine.api.spi;

import org.osgi.annotation.versioning.ProviderType;

import java.util.regex.Pattern;

/**
 * A regular expression with a name (shown in explanations) and a base score. If the expression has
 * a named group {@code value}, only that group is the finding; the rest of the match is context.
 *
 * @param name a short name, e.g. {@code "ssn dashed"}
 * @param pattern the compiled expression
 * @param score base confidence in (0, 1]
 */
@ProviderType
public record NamedPattern(String name, Pattern pattern, double score) {

    /** Checks the score. */
    public NamedPattern {
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("score outside (0, 1]");
        }
    }

    /**
     * Compiles a pattern.
     *
     * @param name its name
     * @param regex the expression ({@link Pattern} syntax)
     * @param score base confidence
     * @return the pattern
     */
    public static NamedPattern of(String name, String regex, double score) {
        return new NamedPattern(name, Pattern.compile(regex), score);
    }

    /**
     * Compiles a case-insensitive pattern.
     *
     * @param name its name
     * @param regex the expression
     * @param score base confidence
     * @return the pattern
     */
    public static NamedPattern ofIgnoreCase(String name, String regex, double score) {
        return new NamedPattern(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), score);
    }
}
