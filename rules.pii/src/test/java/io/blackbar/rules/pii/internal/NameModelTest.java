package io.blackbar.rules.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The name model: that detection reads the features training read, what the shipped model changes
 * of the rules' names, and how its probability becomes a score.
 */
class NameModelTest {

    /**
     * Detection hashes each feature as it reads it; training reads them as strings. Both must weigh
     * the same for every run of capitalised words, ASCII or not, at every position.
     */
    @Test
    void detectionWeighsTheFeaturesTrainingRead() {
        NameModel model = NameModel.get();
        String text = "Dr. Smith met Ana María Ñúñez and O'Neil-Brown; then José ten Pas, Zoë, Σωκράτης Παππάς\n"
                + "and MCDONALD & Co. in Buenos Aires 12 Main St. Thanks again Nina. \"Lenhart , Matthew\" 7 Kowalski"
                + " \uD83D\uDE00Maria Lopez\uD83D\uDE00 met 𝐀nna";
        PersonRecognizer.Words words = new PersonRecognizer().words(text);
        char[] chars = text.toCharArray();
        int runs = 0;
        for (int i = 0; i < words.size(); i++) {
            for (int j = i; j < Math.min(words.size(), i + 4); j++) {
                for (String kind : List.of("fs", "m1", "s1")) {
                    NameModel.Named named = new NameModel.Named();
                    NameFeatures.of(chars, words, i, j, kind, 0.35, named);
                    NameModel.Sum sum = model.sum();
                    NameFeatures.of(chars, words, i, j, kind, 0.35, sum);
                    assertEquals(model.probability(named.list()), sum.probability(), 1e-12, named.list().toString());
                    runs++;
                }
            }
        }
        assertTrue(runs > 100);
    }

    /** A character beyond the BMP next to a run is one feature, not half of one (which a model file cannot hold). */
    @Test
    void anEmojiNextToARunIsOneFeature() {
        String text = "\uD83D\uDE00Maria Lopez\uD83D\uDE00";
        PersonRecognizer.Words words = new PersonRecognizer().words(text);
        NameModel.Named named = new NameModel.Named();
        NameFeatures.of(text.toCharArray(), words, 0, 1, "fs", 0.85, named);
        assertTrue(named.list().contains("p=~") && named.list().contains("nx=~"), named.list().toString());
        assertTrue(named.list().stream().noneMatch(f -> f.chars().anyMatch(c -> Character.isSurrogate((char) c))));
    }

    @Test
    void theShippedModelIsSmallAndWeighsSomething() {
        NameModel model = NameModel.get();
        assertTrue(model.size() > 500 && model.size() < 5_000, "weights: " + model.size());
        // a kind of run weighs: its probability is not the bias's alone
        assertTrue(Math.abs(model.probability(List.of("k=s1")) - model.probability(List.of())) > 0.01);
    }

    @Test
    void aFeatureStandsOnceInAModelFile() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write("0.5\t(bias)\n1.0\tk=fs\n2.0\tk=fs\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThrows(IllegalStateException.class, () -> NameModel.read(new java.io.ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void aNameTheModelDecidesSaysSoInItsExplanation() {
        var found = new PersonRecognizer().analyze("Gutierrez designed the bridge");
        assertEquals(1, found.size());
        assertTrue(found.get(0).explanation().matches("name: known surname, name model [01]\\.\\d\\d"), found.get(0).explanation());
    }

    /** Two first names the model took away do not make each other names; names listed together still do. */
    @Test
    void namesTheModelTookAwayDoNotSupportEachOther() {
        String hotels = "Choose this hotel over the Hilton or the Marriott .";
        assertEquals("", PersonRecognizerTest.names(new PersonRecognizer(), hotels));
        assertEquals("Hilton", PersonRecognizerTest.names(new PersonRecognizer(NameModel.NONE, null), hotels));
        assertEquals("silvana;adam;kristina", PersonRecognizerTest.names(new PersonRecognizer(), "they had 3: silvana, adam and kristina."));
    }

    @Test
    void aFeatureWithoutAWeightWeighsNothing() {
        NameModel model = new NameModel(0.5, Map.of("k=fs", 1.0));
        assertEquals(1 / (1 + Math.exp(-1.5)), model.probability(List.of("k=fs", "w=unknown")), 1e-12);
        assertEquals(1 / (1 + Math.exp(-0.5)), model.probability(new ArrayList<>()), 1e-12);
        assertThrows(IllegalStateException.class, () -> NameModel.read(null));
    }

    /**
     * Sentences of the development split of UNER English-EWT (CC BY-SA 4.0; not trained on, though
     * {@code word-names.txt} counted its words and the model's thresholds were chosen on it), where the
     * shipped recognizer, with its model, differs from the rules alone; each row is checked both ways.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What influenced Picasso 's cubism style of painting ?      | Picasso |
            At the Ask the President event on Friday , one of the questions was about whether Bush has any thoughts | Bush |
            Last month , Nasrallah announced that his party would close ranks with Hamas . | Nasrallah |
            # the rules alone read "Buenos Aires" as a name here until the gazetteer's towns after "in" took it from both
            Can you recommend any restaurants in Buenos Aires ?        |         |
            Cheapest drinks in Keene !                                 |         | Keene
            Best in Memphis                                            |         | Memphis
            Give yourself the gift of visiting Winterowd Fine Art !    |         | Winterowd Fine
            """)
    void theModelDecidesWhatTheRulesAreUnsureOf(String text, String withModel, String rulesAlone) {
        assertEquals(withModel == null ? "" : withModel, PersonRecognizerTest.names(new PersonRecognizer(), text));
        assertEquals(rulesAlone == null ? "" : rulesAlone, PersonRecognizerTest.names(new PersonRecognizer(NameModel.NONE, null), text));
    }

    @Test
    void aNameTheModelFindsScoresUnderAnAddressAndAFirstNameAndSurnameStays() {
        // found by the model: at least 0.5, at most the ceiling, never under the rules' score
        assertEquals(0.6, NameModel.decide("s1", 0.1, 0.9), 1e-9);
        assertEquals(0.5, NameModel.decide("s1", 0.1, 0.4), 1e-9);
        assertEquals(0.85, NameModel.decide("fs", 0.85, 0.9), 1e-9);
        // not found: under the threshold, and never over the rules' score
        assertEquals(0.3, NameModel.decide("f1", 0.5, 0.2), 1e-9);
        assertEquals(0.1, NameModel.decide("s1", 0.1, 0.2), 1e-9);
        assertEquals(0.1, NameModel.decide("m1", 0.6, 0.0), 1e-9);
        // a known first name and surname: taken away only when the model is nearly sure (under FS_VETO)
        assertEquals(0.85, NameModel.decide("fs", 0.85, 0.15), 1e-9);
        assertEquals(0.85, NameModel.decide("fs", 0.85, NameModel.FS_VETO), 1e-9);
        assertEquals(0.15, NameModel.decide("fs", 0.85, 0.05), 1e-9);
        assertTrue(NameModel.decide("fs", 0.85, Math.nextDown(NameModel.FS_VETO)) < 0.5);
    }
}
