package io.blackbar.rules.pii.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A logistic model that tells, of a run of capitalised words the rules are unsure of, how likely it is
 * a person's name: one weight per feature ({@link PersonRecognizer#features}: the kind of evidence the
 * rules found, the words of the run and around it, their shapes and endings, what the name lists say of
 * them), the probability the logistic function of their sum. Trained by {@code bench/run train-name-model}
 * ({@code io.blackbar.bench.TrainNameModel}) on the training splits of {@code ../shared/ner}; the weights
 * ship as {@code names/person-model.txt.gz}, a weight and a feature a line, the bias first.
 */
public final class NameModel {

    /** The resource the shipped model is read from. */
    static final String RESOURCE = "names/person-model.txt.gz";
    /** No model: the rules decide alone (training reads the rules' candidates through it). */
    public static final NameModel NONE = new NameModel(0, Map.of());

    private static volatile NameModel shipped;

    private final double bias;
    /** The features' hashes ({@link #hash}), in an open-addressing table; 0 marks a free slot. */
    private final long[] keys;
    private final double[] values;
    private final int size;

    /**
     * @param bias the weight every run has
     * @param weights the weight of each feature; a feature not here weighs nothing
     */
    public NameModel(double bias, Map<String, Double> weights) {
        this.bias = bias;
        this.size = weights.size();
        int slots = Integer.highestOneBit(Math.max(4, weights.size()) * 4);
        keys = new long[slots];
        values = new double[slots];
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            String f = e.getKey();
            long h = nonZero(hash(FNV_OFFSET, f, 0, f.length(), false));
            int slot = slot(h);
            if (keys[slot] == h) {
                throw new IllegalArgumentException("two features of the name model have one hash: " + f);
            }
            keys[slot] = h;
            values[slot] = e.getValue();
        }
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** @return a hash as the table keeps it: 0 marks a free slot, so 0 is made 1 (once, after the whole feature) */
    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    /** @return the FNV-1a hash {@code h} goes on to over {@code text[s, e)}, ASCII capitals lowered when asked */
    private static long hash(long h, CharSequence text, int s, int e, boolean lower) {
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            h = (h ^ (lower && c >= 'A' && c <= 'Z' ? c + 32 : c)) * FNV_PRIME;
        }
        return h;
    }

    private static long hash(long h, char[] text, int s, int e, boolean lower) {
        for (int k = s; k < e; k++) {
            char c = text[k];
            h = (h ^ (lower && c >= 'A' && c <= 'Z' ? c + 32 : c)) * FNV_PRIME;
        }
        return h;
    }

    /** @return the slot of a hash: where it stands, or the free slot where it would */
    private int slot(long h) {
        int mask = keys.length - 1;
        int slot = (int) (h ^ h >>> 29) & mask;
        while (keys[slot] != 0 && keys[slot] != h) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private double weight(long h) {
        int slot = slot(h);
        return keys[slot] == h ? values[slot] : 0;
    }

    /** Where the features of a run go, each a prefix, a value and a suffix joined. */
    public interface Features {
        /** Adds the feature {@code prefix + value + suffix}. */
        void add(String prefix, String value, String suffix);

        /** Adds the feature {@code prefix}, the characters {@code text[s, e)} (ASCII capitals lowered when asked), {@code suffix}. */
        void add(String prefix, char[] text, int s, int e, boolean lower, String suffix);
    }

    /** The features as strings: what training reads. */
    public static final class Named implements Features {
        private final List<String> list = new java.util.ArrayList<>();

        @Override
        public void add(String prefix, String value, String suffix) {
            list.add(prefix + value + suffix);
        }

        @Override
        public void add(String prefix, char[] text, int s, int e, boolean lower, String suffix) {
            StringBuilder b = new StringBuilder(prefix.length() + e - s + suffix.length()).append(prefix);
            for (int k = s; k < e; k++) {
                char c = text[k];
                b.append(lower && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
            list.add(b.append(suffix).toString());
        }

        /** @return the features added, in their order */
        public List<String> list() {
            return list;
        }
    }

    /** The sum of the weights of the features added, each hashed as it is read: what detection reads. */
    final class Sum implements Features {
        private double z = bias;

        @Override
        public void add(String prefix, String value, String suffix) {
            long h = hash(FNV_OFFSET, prefix, 0, prefix.length(), false);
            h = hash(h, value, 0, value.length(), false);
            z += weight(nonZero(hash(h, suffix, 0, suffix.length(), false)));
        }

        @Override
        public void add(String prefix, char[] text, int s, int e, boolean lower, String suffix) {
            long h = hash(FNV_OFFSET, prefix, 0, prefix.length(), false);
            h = hash(h, text, s, e, lower);
            z += weight(nonZero(hash(h, suffix, 0, suffix.length(), false)));
        }

        /** @return the probability that the run is a name */
        double probability() {
            return 1 / (1 + StrictMath.exp(-z)); // the same bits on every machine, as training computes it
        }
    }

    /** @return a sum of the weights of the features to be added */
    Sum sum() {
        return new Sum();
    }

    /**
     * What a run the model decides scores over its probability: a run of probability 0.4 or more is a
     * name (F1 of the runs on the development splits when chosen, the first model: 0.884 at 0.4, 0.887 at
     * 0.5 on UNER English-EWT; 0.839 and 0.800 on WNUT-17; the shipped one: 0.876 and 0.883, 0.813 and
     * 0.771), since a name left in the output costs more than a word redacted too many.
     */
    static final double MODEL_SHIFT = 0.1;
    /**
     * The most a run the model makes a name scores: under a street address's expressions (0.65, 0.7), so
     * that "Joaquin Suarez 2906" stays the address it is part of.
     */
    static final double MODEL_CEILING = 0.6;

    /**
     * @param kind what the rules found of the run ({@code PersonRecognizer.kind})
     * @param ruleScore what the rules alone score it
     * @param p what the model says of it
     * @return its score: what the rules gave, at least what the model gives up to {@link #MODEL_CEILING}, for
     *     a name the model finds (a probability of 0.4 or more); else under the threshold (a context word may
     *     still lift it), but for a known first name and surname, which the model takes away only under
     *     {@link #FS_VETO}
     */
    public static double decide(String kind, double ruleScore, double p) {
        double shifted = p + MODEL_SHIFT;
        if (shifted >= 0.5) {
            return Math.max(ruleScore, Math.min(MODEL_CEILING, shifted));
        }
        if ("fs".equals(kind) && p >= FS_VETO) {
            return ruleScore;
        }
        return Math.min(ruleScore, shifted);
    }

    /**
     * Under this the model takes a known first name and surname away (development splits, F1 of the runs
     * read by the first model: UNER 0.871 never, 0.876 under 0.1, 0.883 under 0.2; WNUT-17 0.834, 0.834,
     * 0.837): only when
     * it is nearly sure, as a name left in the output costs more than a word redacted too many.
     */
    static final double FS_VETO = 0.1;

    /** @return the model shipped in this bundle, read once */
    static NameModel get() {
        NameModel m = shipped;
        if (m == null) {
            synchronized (NameModel.class) {
                m = shipped;
                if (m == null) {
                    shipped = m = read(NameModel.class.getClassLoader().getResourceAsStream(RESOURCE));
                }
            }
        }
        return m;
    }

    /**
     * @param gzipped the model as {@code bench/run train-name-model} writes it, gzipped; a missing
     *     resource is an error of the build, not a model to do without
     */
    static NameModel read(InputStream gzipped) {
        if (gzipped == null) {
            throw new IllegalStateException("rules.pii has no " + RESOURCE);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            double bias = 0;
            Map<String, Double> weights = new HashMap<>();
            String line;
            boolean first = true;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                double w = Double.parseDouble(line.substring(0, tab));
                if (first) {
                    bias = w; // the line "<weight>\t(bias)"
                    first = false;
                } else {
                    if (weights.put(line.substring(tab + 1), w) != null) {
                        throw new IllegalStateException("a feature stands twice in " + RESOURCE);
                    }
                }
            }
            return new NameModel(bias, weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return whether this is a model, not {@link #NONE} */
    boolean present() {
        return this != NONE;
    }

    /** @return the probability that a run with these features is a person's name */
    public double probability(List<String> features) {
        Sum sum = new Sum();
        for (String f : features) {
            sum.add(f, "", "");
        }
        return sum.probability();
    }

    /** @return how many features have a weight */
    int size() {
        return size;
    }
}
