package io.blackbar.rules.pii.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The name dictionaries: US Census 2010 first names and surnames (via phileas, Apache-2.0) with the
 * given names and surnames of Presidio research's FakeNameGenerator sample (MIT), lower case; and the
 * capitalised English words that are not names on the dictionary's word alone. Loaded once, into one
 * table that tells of a word all three at once.
 */
final class NameLists {

    /** The bit of a first name. */
    static final int FIRST = 1;
    /** The bit of a surname. */
    static final int SURNAME = 2;
    /** The bit of a word that is not a name on the dictionary's word alone. */
    static final int NOT_NAME = 4;

    /** Every word of the lists with its bits. */
    final WordTable table;

    private NameLists() {
        List<String> words = new ArrayList<>();
        List<Integer> bits = new ArrayList<>();
        String[] resources = {"names/first-names.txt.gz", "names/surnames.txt.gz", "names/not-names.txt"};
        int[] kinds = {FIRST, SURNAME, NOT_NAME};
        for (int k = 0; k < resources.length; k++) {
            for (String w : load(resources[k], resources[k].endsWith(".gz"))) {
                words.add(w);
                bits.add(kinds[k]);
            }
        }
        table = new WordTable(words, bits.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * @param lower a lower-case word
     * @return its bits ({@link #FIRST}, {@link #SURNAME}, {@link #NOT_NAME})
     */
    int kinds(String lower) {
        return table.get(lower);
    }

    private static final class Holder {
        static final NameLists INSTANCE = new NameLists();
    }

    static NameLists get() {
        return Holder.INSTANCE;
    }

    private static Set<String> load(String resource, boolean gzip) {
        Set<String> out = new HashSet<>();
        try (InputStream raw = NameLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IOException("missing " + resource);
            }
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String w : line.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        out.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
