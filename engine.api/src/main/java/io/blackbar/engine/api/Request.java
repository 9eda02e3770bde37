package io.blackbar.engine.api;

import org.osgi.annotation.versioning.ProviderType;

import java.util.Map;

/**
 * What to do with a document.
 *
 * @param framework {@code pii}, {@code hipaa}, {@code pci-dss}, {@code gdpr} or a framework a
 *     deployed rule bundle adds; null means {@code pii}
 * @param method what to do; null means {@link Method#REDACT}
 * @param options further options by name (see the {@code OPTION_} constants); unknown ones are
 *     ignored
 */
@ProviderType
public record Request(String framework, Method method, Map<String, String> options) {

    /** The framework used when none is given. */
    public static final String DEFAULT_FRAMEWORK = "pii";
    /** Option: findings below this confidence (0..1) are dropped. Default 0.5. */
    public static final String OPTION_MIN_CONFIDENCE = "minConfidence";
    /** Option: processing time budget for the document in milliseconds. */
    public static final String OPTION_TIME_BUDGET_MS = "timeBudgetMs";
    /**
     * Option: a key that makes surrogates consistent across the documents of one job (the same
     * value gets the same surrogate in every document sharing the key).
     */
    public static final String OPTION_SURROGATE_KEY = "surrogateKey";

    /** Applies the defaults. */
    public Request {
        framework = framework == null || framework.isBlank() ? DEFAULT_FRAMEWORK : framework.trim();
        method = method == null ? Method.REDACT : method;
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /**
     * A request without options.
     *
     * @param framework the framework, or null for {@code pii}
     * @param method the method, or null for redact
     * @return the request
     */
    public static Request of(String framework, Method method) {
        return new Request(framework, method, Map.of());
    }

    /**
     * An option's value.
     *
     * @param name the option name
     * @param fallback returned when the option is absent
     * @return the value
     */
    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }
}
