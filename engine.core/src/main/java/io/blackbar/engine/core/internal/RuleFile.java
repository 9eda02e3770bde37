package io.blackbar.engine.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;

/**
 * A {@code <name>.rules.json} file: a pattern rule without code (contract, "Custom rules without
 * code"). Parsing is strict: an unknown field, a bad regex or a bad score refuses the whole file.
 */
record RuleFile(String entity, String category, List<String> frameworks, List<PatternSpec> patterns,
        List<String> context, List<String> denyList, List<String> allowList) {

    /** The largest rule file read. */
    static final long MAX_BYTES = 1024 * 1024;
    static final String SUFFIX = ".rules.json";

    private static final Pattern ENTITY = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    private static final Pattern FRAMEWORK = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(16).maxStringLength(64 * 1024).build());
    }

    record PatternSpec(String name, String regex, Double score) {
    }

    /** A rule file that could not be used; the message names the reason, never file content. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    static RuleFile read(Path file) throws Invalid {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new Invalid("larger than " + MAX_BYTES + " bytes");
            }
            RuleFile rule = JSON.readValue(file.toFile(), RuleFile.class);
            if (rule == null) {
                throw new Invalid("empty file");
            }
            rule.check();
            return rule;
        } catch (JsonMappingException e) {
            throw new Invalid("not a rule: " + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new Invalid("not valid JSON (line " + lineOf(e) + ")");
        }
    }

    private static String lineOf(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                ? String.valueOf(j.getLocation().getLineNr()) : "?";
    }

    private void check() throws Invalid {
        if (entity == null || !ENTITY.matcher(entity).matches()) {
            throw new Invalid("'entity' must be upper case letters, digits and _ (e.g. ACME_EMPLOYEE_ID)");
        }
        try {
            Category.fromWire(category);
        } catch (IllegalArgumentException e) {
            throw new Invalid("'category' must be one of identifier, personal, contact, financial, health, location, online, special");
        }
        if (frameworks == null || frameworks.isEmpty()) {
            throw new Invalid("'frameworks' must name at least one framework");
        }
        for (String f : frameworks) {
            if (f == null || !FRAMEWORK.matcher(f.toLowerCase(Locale.ROOT)).matches()) {
                throw new Invalid("'frameworks' holds an invalid name");
            }
        }
        if ((patterns == null || patterns.isEmpty()) && (denyList == null || denyList.isEmpty())) {
            throw new Invalid("a rule needs 'patterns' or a 'denyList'");
        }
        compiled();
    }

    Category categoryValue() {
        return Category.fromWire(category);
    }

    List<String> frameworkNames() {
        return frameworks.stream().map(f -> f.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    Set<String> contextWords() {
        return context == null ? Set.of()
                : Set.copyOf(context.stream().filter(w -> w != null && !w.isBlank())
                        .map(w -> w.trim().toLowerCase(Locale.ROOT)).toList());
    }

    Set<String> allowed() {
        return allowList == null ? Set.of()
                : Set.copyOf(allowList.stream().filter(w -> w != null).map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    List<NamedPattern> compiled() throws Invalid {
        List<NamedPattern> out = new ArrayList<>();
        if (patterns != null) {
            int i = 0;
            for (PatternSpec p : patterns) {
                i++;
                if (p == null || p.regex() == null || p.regex().isEmpty()) {
                    throw new Invalid("pattern " + i + " has no 'regex'");
                }
                double score = p.score() == null ? 0.5 : p.score();
                if (!(score > 0 && score <= 1)) {
                    throw new Invalid("pattern " + i + " has a 'score' outside (0, 1]");
                }
                try {
                    out.add(new NamedPattern(p.name() == null ? "pattern " + i : p.name(), Pattern.compile(p.regex()), score));
                } catch (PatternSyntaxException e) {
                    throw new Invalid("pattern " + i + " does not compile: " + e.getDescription());
                }
            }
        }
        if (denyList != null && !denyList.isEmpty()) {
            List<String> words = denyList.stream().filter(w -> w != null && !w.isBlank()).map(Pattern::quote).toList();
            if (!words.isEmpty()) {
                out.add(new NamedPattern("deny list",
                        Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", words) + ")(?![\\p{L}\\p{N}])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), 1.0));
            }
        }
        return out;
    }
}
