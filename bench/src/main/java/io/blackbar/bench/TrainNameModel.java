package io.blackbar.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import io.blackbar.rules.pii.internal.NameModel;
import io.blackbar.rules.pii.internal.PersonRecognizer;

/**
 * Trains rules.pii's name model ({@code NameModel}): a logistic regression over the features of the runs
 * of capitalised words that the name rules are unsure of, each labelled by whether it overlaps a person's
 * name in the training splits of {@code ../shared/ner} (UNER English-EWT, GUM, WNUT-17). The runs and
 * their features come from {@code PersonRecognizer} itself, with no model, so training reads exactly what
 * the shipped recognizer will ask the model of. Reproducible: fixed data, a fixed order (shuffled with a
 * fixed seed), fixed parameters; the output, gzipped with no time stamp, is the same bytes each run.
 *
 * <p>Usage: {@code bench/run train-name-model} (writes {@code rules.pii/src/main/resources/names/person-model.txt.gz}
 * and prints what the model and the rules alone score on the development splits, run by run).
 */
public final class TrainNameModel {

    /** Features seen in fewer runs are left out (they would weigh what a few examples say). */
    static final int CUTOFF = 5;
    static final int EPOCHS = 12;
    static final double RATE = 0.1;
    /** The L2 penalty of a weight, each time its feature is read. */
    static final double L2 = 1e-3;

    private TrainNameModel() {
    }

    record Example(List<String> features, boolean name, double ruleScore) {
    }

    /** @return the runs the rules are unsure of in each sentence of {@code file}, labelled by its person names */
    static List<Example> examples(Path file) throws IOException {
        List<Example> out = new ArrayList<>();
        for (Corpus.Doc doc : Corpus.readNameFinder(file)) {
            PersonRecognizer rules = new PersonRecognizer(NameModel.NONE, (start, end, score, features) -> {
                boolean name = false;
                for (Corpus.Span g : doc.spans()) {
                    name |= g.start() < end && start < g.end();
                }
                out.add(new Example(features, name, score));
            });
            rules.analyze(doc.text());
        }
        return out;
    }

    /**
     * @param weights filled with the weight of each feature kept
     * @param bias its first element set to the bias
     */
    static NameModel train(List<Example> train, Map<String, Double> weights, double[] bias) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : train) {
            for (String f : new java.util.HashSet<>(e.features())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new TreeMap<>();
        counts.forEach((f, c) -> {
            if (c >= CUTOFF) {
                index.put(f, 0);
            }
        });
        List<String> names = new ArrayList<>(index.keySet());
        for (int k = 0; k < names.size(); k++) {
            index.put(names.get(k), k + 1); // 0 is the bias
        }
        int[][] x = new int[train.size()][];
        for (int e = 0; e < x.length; e++) {
            x[e] = train.get(e).features().stream().filter(index::containsKey).mapToInt(index::get).toArray();
        }
        double[] w = new double[names.size() + 1];
        double[] g2 = new double[w.length]; // AdaGrad: each weight's sum of squared gradients
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < x.length; e++) {
            order.add(e);
        }
        Random random = new Random(20261202L);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double loss = 0;
            for (int e : order) {
                double z = w[0];
                for (int f : x[e]) {
                    z += w[f];
                }
                double p = 1 / (1 + StrictMath.exp(-z));
                double y = train.get(e).name() ? 1 : 0;
                loss -= y == 1 ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12));
                double g = p - y;
                step(w, g2, 0, g);
                for (int f : x[e]) {
                    step(w, g2, f, g + L2 * w[f]);
                }
            }
            System.out.printf(Locale.ROOT, "epoch %d: log loss %.4f%n", epoch + 1, loss / x.length);
        }
        for (int k = 0; k < names.size(); k++) {
            double v = round(w[k + 1]);
            if (v != 0) {
                weights.put(names.get(k), v);
            }
        }
        bias[0] = round(w[0]);
        return new NameModel(bias[0], weights);
    }

    private static void step(double[] w, double[] g2, int f, double g) {
        g2[f] += g * g;
        w[f] -= RATE * g / Math.sqrt(g2[f] + 1e-8);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Prints precision, recall and F1 of the runs (a run right when it overlaps a name) by the rules alone and by the model. */
    static void report(String name, List<Example> examples, NameModel model) {
        double[] thresholds = {-1, 0, 0.3, 0.4, 0.5, 0.6, 0.7};
        double[] probability = examples.stream().mapToDouble(e -> model.probability(e.features())).toArray(); // once each
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-20s", name));
        for (double t : thresholds) {
            int gold = 0;
            int tp = 0;
            int predicted = 0;
            for (int x = 0; x < examples.size(); x++) {
                Example e = examples.get(x);
                gold += e.name() ? 1 : 0;
                double pr = probability[x];
                boolean says = t < 0 ? e.ruleScore() >= 0.5 : t == 0 ? NameModel.decide(e.features().get(0).substring(2), e.ruleScore(), pr) >= 0.5 : pr >= t;
                predicted += says ? 1 : 0;
                tp += says && e.name() ? 1 : 0;
            }
            double p = (double) tp / predicted;
            double r = (double) tp / gold;
            b.append(String.format(Locale.ROOT, " | %s %.2f/%.2f/%.3f", t < 0 ? "rules" : t == 0 ? "shipped" : String.valueOf(t), p, r, 2 * p * r / (p + r)));
        }
        System.out.println(b);
        Map<String, int[]> byKind = new TreeMap<>();
        for (int x = 0; x < examples.size(); x++) {
            Example e = examples.get(x);
            int[] c = byKind.computeIfAbsent(e.features().get(0), k -> new int[6]);
            boolean rules = e.ruleScore() >= 0.5;
            boolean model4 = probability[x] >= 0.4;
            c[0]++;
            c[1] += e.name() ? 1 : 0;
            c[2] += rules ? 1 : 0;
            c[3] += rules && e.name() ? 1 : 0;
            c[4] += model4 ? 1 : 0;
            c[5] += model4 && e.name() ? 1 : 0;
        }
        byKind.forEach((k, c) -> System.out.printf(Locale.ROOT,
                "    %-5s runs %5d, names %4d | the rules say %4d, right %4d | the model (0.4) says %4d, right %4d%n",
                k, c[0], c[1], c[2], c[3], c[4], c[5]));
    }

    static void write(Map<String, Double> weights, double bias, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out);
                // an encoder that fails on a lone surrogate, where a writer would put a '?' in its place
                Writer w = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8.newEncoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT))) {
            w.write("# rules.pii name model: a weight and a feature a line, the bias first. Written by bench/run train-name-model\n");
            w.write("# from the training splits of ../shared/ner (UNER English-EWT CC BY-SA 4.0, GUM CC BY 4.0, WNUT-17 CC BY 4.0).\n");
            w.write(bias + "\t(bias)\n");
            for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
                w.write(e.getValue() + "\t" + e.getKey() + "\n");
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path ner = Corpus.nerFolder(args);
        if (ner == null) {
            return;
        }
        Path out = Path.of(args.length > 1 ? args[1] : "rules.pii/src/main/resources/names/person-model.txt.gz");
        List<Example> train = new ArrayList<>();
        for (String split : List.of("uner_en_train.txt", "gum_perm_train.txt", "wnut17_train.txt")) {
            List<Example> e = examples(ner.resolve(split));
            System.out.println(split + ": " + e.size() + " runs");
            train.addAll(e);
        }
        Map<String, Double> weights = new HashMap<>();
        double[] bias = new double[1];
        NameModel model = train(train, weights, bias);
        report("training splits", train, model);
        for (String split : List.of("uner_en_dev.txt", "wnut17_dev.txt")) {
            report(split, examples(ner.resolve(split)), model);
        }
        write(weights, bias[0], out);
        System.out.println("wrote " + out + ": " + weights.size() + " weights");
    }
}
