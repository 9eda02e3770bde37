package io.blackbar.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The configuration of one run, read at run time: the contract's {@code BLACKBAR_*} environment
 * variables, overridden by same-named {@code --flags} ({@code --port 9090} for {@code BLACKBAR_PORT}).
 * Each becomes a framework property {@code blackbar.<name>} ({@code BLACKBAR_MAX_SYNC_BYTES} is
 * {@code blackbar.max.sync.bytes}) that the bundles read.
 */
final class Settings {

    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("blackbar.port", "8080"),
            Map.entry("blackbar.host", "127.0.0.1"),
            Map.entry("blackbar.data", "./blackbar-data"),
            Map.entry("blackbar.deploy", "./deploy"),
            Map.entry("blackbar.free.credits", "1000"),
            Map.entry("blackbar.download.url.ttl", "3600"),
            Map.entry("blackbar.retention", "86400"),
            Map.entry("blackbar.max.sync.bytes", "10485760"),
            Map.entry("blackbar.max.upload.bytes", "104857600"),
            Map.entry("blackbar.outbound.allow", ""));

    final Map<String, String> properties = new LinkedHashMap<>();
    final List<String> arguments;

    private Settings(List<String> arguments) {
        this.arguments = arguments;
    }

    /**
     * @param env the environment
     * @param args the command line; leading {@code --name value} pairs that name a setting are taken,
     *     the rest is the command
     * @return the settings
     */
    static Settings read(Map<String, String> env, String[] args) {
        Map<String, String> props = new LinkedHashMap<>(DEFAULTS);
        env.forEach((k, v) -> {
            if (k.startsWith("BLACKBAR_") && v != null) {
                props.put(propertyName(k.substring("BLACKBAR_".length())), v);
            }
        });
        List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--") && a.length() > 2 && i + 1 < args.length
                    && DEFAULTS.containsKey(propertyName(a.substring(2).replace('-', '_')))) {
                props.put(propertyName(a.substring(2).replace('-', '_')), args[++i]);
            } else {
                rest.add(a);
            }
        }
        Settings s = new Settings(List.copyOf(rest));
        s.properties.putAll(props);
        return s;
    }

    static String propertyName(String envSuffix) {
        return "blackbar." + envSuffix.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    String get(String name) {
        return properties.get(name);
    }

    int port() {
        String p = get("blackbar.port");
        try {
            int port = Integer.parseInt(p.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("BLACKBAR_PORT must be a port number (0-65535)");
        }
    }

    Path data() {
        return Path.of(get("blackbar.data")).toAbsolutePath().normalize();
    }

    Path deploy() {
        return Path.of(get("blackbar.deploy")).toAbsolutePath().normalize();
    }
}
