package io.blackbar.rest.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * KEY-08 (a main, not a test: a timing test does not belong in a build on a shared two-core machine): does the time an
 * API key takes to be refused depend on how much of a real key it shares? A real database file, {@link Accounts} as the
 * server calls it for every request's bearer key. Three kinds of wrong keys, well formed (their checksum right, so each
 * reaches the database), asked in a random interleaved order so that the machine's phases fall on all of them alike:
 * <ul>
 * <li>{@code far}: random keys, sharing nothing with the real one but the mode's prefix;</li>
 * <li>{@code near-key}: the real key's first 39 characters (prefix and 31 of its 40 random ones), the rest random;</li>
 * <li>{@code near-hash}: random keys whose stored form (HMAC-SHA256 under the pepper, hex) begins with the real key's
 * stored form's first four characters, found by search with the pepper in hand, which an attacker does not have: the
 * database's index compares these further than the others before it refuses them.</li>
 * </ul>
 * Each pair with {@code far} is compared by Welch's t-test; KEY-08 asks for p &gt; 0.01. A fourth kind, {@code malformed}
 * (a wrong checksum, refused before any query), is the control that shows the test can see a difference when there is
 * one. Run with {@code bench/run key-timing [N]} (N requests of each kind, 100,000 by default).
 */
public final class KeyTimingBenchmark {

    private KeyTimingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("blackbar-keytiming");
        Database db = new Database();
        db.open(Database.embeddedUrl(dir.resolve("db")), "bench");
        try {
            byte[] pepper = new byte[32];
            Secrets.RANDOM.nextBytes(pepper);
            Secrets secrets = new Secrets(pepper);
            Accounts accounts = new Accounts(db, secrets, 0);
            String account = accounts.create().id();
            for (int i = 0; i < 5; i++) {
                accounts.createKey(accounts.create().id(), "other", "live"); // a few rows in the index
            }
            String real = accounts.createKey(account, "real", "live").rawKey();
            if (accounts.authenticate(real).isEmpty()) {
                throw new IllegalStateException("the real key is not accepted");
            }
            Random random = new Random(8);
            String[][] kinds = {
                keys(n, () -> wellFormed("bb_live_" + body(random, 40))),
                keys(n, () -> wellFormed(real.substring(0, 39) + body(random, 9))),
                nearHash(n, real, secrets, random),
                keys(n, () -> "bb_live_" + body(random, 40) + "000000"),
            };
            String[] names = {"far", "near-key", "near-hash", "malformed"};
            for (String[] k : kinds) {
                for (String key : k) {
                    if (!key.startsWith("bb_live_") || key.equals(real)) {
                        throw new IllegalStateException("a key of the wrong kind");
                    }
                }
            }
            // warm-up: the JIT and the database's caches, every kind alike
            for (int i = 0; i < Math.min(n, 20_000); i++) {
                for (String[] k : kinds) {
                    accounts.authenticate(k[i]);
                }
            }
            int[] order = new int[kinds.length * n];
            for (int i = 0; i < order.length; i++) {
                order[i] = i % kinds.length;
            }
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double[][] times = new double[kinds.length][n];
            int[] next = new int[kinds.length];
            for (int kind : order) {
                String key = kinds[kind][next[kind]];
                long t0 = System.nanoTime();
                boolean accepted = accounts.authenticate(key).isPresent();
                long t1 = System.nanoTime();
                if (accepted) {
                    throw new IllegalStateException("a wrong key was accepted");
                }
                times[kind][next[kind]++] = (t1 - t0) / 1000.0;
            }
            System.out.printf(Locale.ROOT, "KEY-08 key timing, %,d requests of each kind, microseconds per refusal%n", n);
            System.out.printf(Locale.ROOT, "%-10s %10s %10s %10s %10s%n", "kind", "mean", "median", "p99", "sd");
            for (int k = 0; k < kinds.length; k++) {
                double[] s = times[k].clone();
                Arrays.sort(s);
                System.out.printf(Locale.ROOT, "%-10s %10.2f %10.2f %10.2f %10.2f%n", names[k], mean(s), s[n / 2],
                        s[(int) (n * 0.99)], Math.sqrt(variance(s)));
            }
            for (int k = 1; k < kinds.length; k++) {
                double[] w = welch(times[0], times[k]);
                System.out.printf(Locale.ROOT, "far vs %-10s Welch t = %7.2f, p = %.3g%s%n", names[k], w[0], w[1],
                        k == kinds.length - 1 ? "  (control: must differ)" : w[1] > 0.01 ? "  (KEY-08: p > 0.01, met)"
                                : "  (KEY-08: p <= 0.01, NOT met)");
            }
        } finally {
            db.deactivateEmbedded();
            Upload.deleteTree(dir);
        }
    }

    private static String[] keys(int n, java.util.function.Supplier<String> make) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = make.get();
        }
        return out;
    }

    /** Keys whose stored form shares its first four hex characters with the real key's (some 65,000 tries each). */
    private static String[] nearHash(int n, String real, Secrets secrets, Random random) {
        String target = secrets.hash(real).substring(0, 4);
        List<String> found = new ArrayList<>();
        int distinct = 16;
        while (found.size() < distinct) {
            String key = wellFormed("bb_live_" + body(random, 40));
            if (secrets.hash(key).startsWith(target)) {
                found.add(key);
            }
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = found.get(i % distinct);
        }
        return out;
    }

    private static String wellFormed(String head) {
        String key = head + Secrets.checksum(head);
        if (!Secrets.wellFormedApiKey(key)) {
            throw new IllegalStateException("not well formed");
        }
        return key;
    }

    private static String body(Random random, int length) {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    /** @return Welch's t and its two-sided p (normal approximation: the degrees of freedom are in the tens of thousands) */
    static double[] welch(double[] a, double[] b) {
        double t = (mean(a) - mean(b)) / Math.sqrt(variance(a) / a.length + variance(b) / b.length);
        return new double[] {t, erfc(Math.abs(t) / Math.sqrt(2))};
    }

    /** Complementary error function: the Chebyshev fit of Numerical Recipes' {@code erfcc}, relative error below 1.2e-7. */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
