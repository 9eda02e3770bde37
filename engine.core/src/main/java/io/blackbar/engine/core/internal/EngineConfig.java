package io.blackbar.engine.core.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/**
 * The engine's settings, read from framework properties (the launcher maps the BLACKBAR_* environment
 * variables onto them), with the contract's defaults.
 */
record EngineConfig(Path tempParent, long maxBytes, int maxPages, long maxTextChars, long maxMemoryBytes,
        long timeBudgetMs, double minConfidence) {

    static final String TMP = "blackbar.tmp";
    static final String MAX_BYTES = "blackbar.max.upload.bytes";
    static final String MAX_PAGES = "blackbar.max.pages";
    static final String MAX_TEXT = "blackbar.max.text.chars";
    static final String MAX_MEMORY = "blackbar.max.memory.bytes";
    static final String TIME_BUDGET = "blackbar.time.budget.ms";

    static EngineConfig from(BundleContext ctx) {
        String tmp = ctx.getProperty(TMP);
        return new EngineConfig(
                Path.of(tmp != null ? tmp : System.getProperty("java.io.tmpdir")),
                longProp(ctx, MAX_BYTES, 104_857_600L),
                (int) longProp(ctx, MAX_PAGES, 2_000),
                longProp(ctx, MAX_TEXT, 64L * 1024 * 1024),
                longProp(ctx, MAX_MEMORY, 256L * 1024 * 1024),
                longProp(ctx, TIME_BUDGET, 120_000),
                0.5);
    }

    private static long longProp(BundleContext ctx, String name, long fallback) {
        String v = ctx.getProperty(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
