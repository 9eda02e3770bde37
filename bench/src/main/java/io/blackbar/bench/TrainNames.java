package io.blackbar.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.NameSampleTypeFilter;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a person-name model: Apache OpenNLP's maximum-entropy name
 * finder, person spans only, on the training splits in {@code ../shared/ner} (UNER English-EWT,
 * GUM, WNUT-17), evaluated on the UNER test split. Reproducible: fixed data, fixed parameters.
 *
 * <p>Usage: {@code bench/run train-names} (writes {@code bench/target/en-person.bin}). Not shipped: see
 * {@code docs/DETECTION.md} for what it measured and why.
 */
public final class TrainNames {

    private TrainNames() {
    }

    static ObjectStream<NameSample> samples(Path... files) throws IOException {
        List<ObjectStream<NameSample>> streams = new ArrayList<>();
        for (Path f : files) {
            streams.add(new NameSampleTypeFilter(new String[] {"person"}, new NameSampleDataStream(
                    new PlainTextByLineStream(new MarkableFileInputStreamFactory(f.toFile()), StandardCharsets.UTF_8))));
        }
        @SuppressWarnings("unchecked")
        ObjectStream<NameSample>[] array = streams.toArray(ObjectStream[]::new);
        return ObjectStreamUtils.concatenateObjectStream(array);
    }

    public static void main(String[] args) throws Exception {
        Path ner = Corpus.nerFolder(args);
        if (ner == null) {
            return;
        }
        Path out = Path.of(args.length > 1 ? args[1] : "bench/target/en-person.bin");
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        long t0 = System.nanoTime();
        TokenNameFinderModel model;
        try (ObjectStream<NameSample> train = samples(ner.resolve("uner_en_train.txt"), ner.resolve("gum_perm_train.txt"),
                ner.resolve("wnut17_train.txt"))) {
            model = NameFinderME.train("en", "person", train, params, new TokenNameFinderFactory());
        }
        System.out.printf("trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        try (OutputStream o = Files.newOutputStream(out)) {
            model.serialize(o);
        }
        System.out.printf("model: %s, %d bytes%n", out, Files.size(out));
        for (String test : new String[] {"uner_en_test.txt", "wnut17_test.txt", "gum_perm_test.txt"}) {
            TokenNameFinderEvaluator ev = new TokenNameFinderEvaluator(new NameFinderME(model));
            try (ObjectStream<NameSample> s = samples(ner.resolve(test))) {
                ev.evaluate(s);
            }
            System.out.printf("%s: PERSON precision %.3f recall %.3f F1 %.3f%n", test,
                    ev.getFMeasure().getPrecisionScore(), ev.getFMeasure().getRecallScore(), ev.getFMeasure().getFMeasure());
        }
    }
}
