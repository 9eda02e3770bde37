package io.blackbar.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Derives {@code rules.pii}'s {@code names/world-first-names.txt.gz} and {@code names/world-surnames.txt.gz}: the given
 * names and surnames of other countries than the US Census lists know ("Krzysztof", "Małgorzata", "Mäkinen",
 * "Adebayo"). {@code bench/run world-names} fetches the source and runs it:
 * <ul>
 * <li>the person names of every locale of the npm package {@code @faker-js/faker} 10.6.0 (MIT), and the given names of
 * the npm package {@code human-names} 1.0.13 (MIT: English, German, Dutch, French, Spanish and Italian lists, which hold
 * names faker's locales lack: "Kirsty", "Jeroen", "Lotte"), printed by {@code bench/src/main/node/faker-names.mjs};</li>
 * <li>the word lists of Debian's {@code wamerican}, {@code wspanish}, {@code witalian}, {@code wngerman},
 * {@code wfrench}, {@code wportuguese} and {@code wdutch}, to leave out the names that are common words in lower case
 * in one of those languages ("Can", "Hope"; Spanish "vive", Italian "amico"). Not the Polish, Swedish, Danish and
 * Norwegian lists: they hold every inflected form, and with them many given names and surnames in lower case
 * ("janusz", "bjørn", "kołodziej", "horst"), which would have been left out;</li>
 * <li>the training and development splits of {@code ../shared/ner}: a name that running text writes as often in
 * lower case as capitalised within a sentence is a common word too.</li>
 * </ul>
 * Kept: one word in Latin letters (with marks, apostrophes and hyphens), three letters or more, not a country, not in
 * {@code not-names.txt}, not already in the list of its kind; for Spanish, Portuguese, French and Italian names, not
 * in it without their diacritics either. The name recognizer reads a name the Census lists have without its
 * diacritics in its own pass; Romance names listed with them too ("Díaz", "Bárbara", "León"), Spanish places read as
 * people ("Santa Bárbara", "Nuevo León", "Fundación Jiménez Díaz"), as looking up every word without its diacritics had
 * (sixteenth session). Other languages' keep them: "Zieliński", "Wiśniewski" are a surname's own letters, and read
 * as such they make "Łukasz Zieliński" a first name and a surname, not a first name alone. Left out: the joke and invented locales ({@code en_BORK},
 * Esperanto) and every other script (the name recognizer reads capitalised words). Only the names are written, in lower
 * case, one a line.
 */
public final class WorldNames {

    /** The languages whose names the Census lists hold without diacritics and whose places are saints and people. */
    private static final Set<String> ROMANCE = Set.of("es", "pt", "fr", "it");
    /**
     * Not the joke and invented locales, nor Turkish: its given names are the language's words ("Güneş" sun, "Barış" peace,
     * "Umut" hope, "Volkan" volcano), which began sentences of Turkish text as names, and Debian has no Turkish word list
     * to leave them out by (a review's).
     */
    private static final Set<String> LEFT_OUT_LOCALES = Set.of("en_BORK", "eo", "tr");
    private static final Pattern NAME = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\p{M}'’-]*");

    private WorldNames() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: WorldNames faker-names.tsv word-list[,word-list...] ner-folder names-folder");
            System.exit(2);
        }
        Path ner = Corpus.nerFolder(new String[] {args[2]});
        if (ner == null) {
            return;
        }
        Path names = Path.of(args[3]);
        Set<String> lowerWords = Cities.lowerWords(args[1].split(","));
        Set<String> notNames = new HashSet<>(lines(names.resolve("not-names.txt"), false));
        Set<String> countries = Cities.countries();
        Map<String, int[]> usage = Cities.usage(ner);
        Set<String> knownFirst = new HashSet<>(lines(names.resolve("first-names.txt.gz"), true));
        Set<String> knownLast = new HashSet<>(lines(names.resolve("surnames.txt.gz"), true));
        Set<String> first = new TreeSet<>();
        Set<String> last = new TreeSet<>();
        int common = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length != 3 || LEFT_OUT_LOCALES.contains(f[0]) || !NAME.matcher(f[2]).matches()) {
                continue;
            }
            String lower = Cities.lowerCase(f[2]);
            if (lower.replaceAll("[^\\p{L}]", "").length() < 3 || notNames.contains(lower) || countries.contains(lower)) {
                continue;
            }
            boolean isFirst = "first".equals(f[1]);
            Set<String> known = isFirst ? knownFirst : knownLast;
            if (known.contains(lower) || ROMANCE.contains(f[0].replaceAll("_.*", "")) && known.contains(withoutMarks(lower))) {
                continue; // the lists have it, or a Romance name without its diacritics ("Díaz", "Bárbara", "León")
            }
            int[] u = usage.getOrDefault(lower, new int[2]);
            if (lowerWords.contains(lower) || u[0] >= 2 && u[0] >= u[1]) {
                common++;
                continue;
            }
            (isFirst ? first : last).add(lower);
        }
        write(names.resolve("world-first-names.txt.gz"), "given names", first);
        write(names.resolve("world-surnames.txt.gz"), "surnames", last);
        System.out.println(first.size() + " given names and " + last.size() + " surnames written to " + names + " ("
                + common + " common words left out)");
    }

    private static void write(Path file, String what, Set<String> names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            w.write("# The " + what + " of @faker-js/faker 10.6.0's locales" + (what.startsWith("given") ? " and human-names 1.0.13" : "")
                    + " (MIT) that the Census lists lack; common words left\n"
                    + "# out. Derived by io.blackbar.bench.WorldNames (`bench/run world-names`); see NOTICE.\n");
            for (String name : names) {
                w.write(name);
                w.write('\n');
            }
        }
        Files.write(file, bytes.toByteArray());
    }

    /** A name without its combining marks ("díaz" is "diaz"). */
    static String withoutMarks(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** A list's words, comments left out. */
    static List<String> lines(Path file, boolean gzip) throws IOException {
        try (InputStream raw = Files.newInputStream(file); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
