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
 * capitalised English words that are not names on the dictionary's word alone; and the words of those
 * lists that running text mostly uses as something else. Loaded once, into one table that tells of a
 * word all four at once.
 */
final class NameLists {

    /** The bit of a first name. */
    static final int FIRST = 1;
    /** The bit of a surname. */
    static final int SURNAME = 2;
    /** The bit of a word that is not a name on the dictionary's word alone. */
    static final int NOT_NAME = 4;
    /**
     * The bit of a word of the name lists that running text mostly uses as something else (a place, an
     * organisation, a common word: {@code word-names.txt}, derived by {@code bench/run word-names}).
     */
    static final int WORD_NAME = 8;
    /**
     * The bit of a word that begins Spanish sentences and headers ({@code starters.txt}: "Al", "Ante",
     * "Durante", "Su"): no name alone at a sentence's start before a lower-case word, a name's word elsewhere.
     */
    static final int STARTER = 16;
    /**
     * The system property that leaves the world lists out: set by {@code bench/run train-name-model}. The model learns
     * what a known name's evidence is worth from English text with the Census lists; trained with the world lists too,
     * some thousand more capitalised words of that text counted as known names without being any, the evidence was
     * worth less, and single names in odd places fell under the threshold (synthetic PERSON recall 0.966 -> 0.961). At
     * run time a name of the world lists is then read as a Census name is.
     */
    static final String CENSUS_ONLY = "io.blackbar.names.census-only";
    /**
     * Whether the lists are the Census lists alone ({@link #CENSUS_ONLY}): then a hyphenated word is not read by its
     * parts either (PersonRecognizer.Words.partsKinds), for the same reason.
     */
    final boolean censusOnly;
    /** How many kinds (bits) there are. */
    private static final int KINDS = 5;

    /** Every word of the lists with its bits. */
    final WordTable table;
    /**
     * The common words (the list of {@link #NOT_NAME}, under a thousand) with all their bits, as
     * {@link #table} has them: most words a text asks the lists of are these ("The", "This", "my",
     * "will"), and this table, some KB, stays in a processor's cache where a probe of the big one (a
     * few MB) mostly misses it, twice (its slot, then its word's characters).
     */
    private final WordTable common;

    private NameLists() {
        List<String> words = new ArrayList<>();
        List<Integer> bits = new ArrayList<>();
        // the world lists: other countries' names than the Census lists know ("Krzysztof", "Mäkinen"), from faker's locales,
        // and the given names of the core markets they lack, written by hand ("Wojciech", "Gethin"); not while the name model
        // is trained ({@link #CENSUS_ONLY})
        String[] resources = {"names/first-names.txt.gz", "names/surnames.txt.gz", "names/not-names.txt", "names/word-names.txt",
            "names/starters.txt", "names/world-first-names.txt.gz", "names/world-surnames.txt.gz", "names/added-first-names.txt"};
        int[] kinds = {FIRST, SURNAME, NOT_NAME, WORD_NAME, STARTER, FIRST, SURNAME, FIRST};
        censusOnly = Boolean.getBoolean(CENSUS_ONLY);
        int lists = censusOnly ? 5 : resources.length;
        for (int k = 0; k < lists; k++) {
            for (String w : load(resources[k], resources[k].endsWith(".gz"))) {
                words.add(w);
                bits.add(kinds[k]);
            }
        }
        table = new WordTable(words, bits.stream().mapToInt(Integer::intValue).toArray());
        List<String> commonWords = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            if (bits.get(k) == NOT_NAME) {
                commonWords.add(words.get(k));
            }
        }
        common = new WordTable(commonWords, commonWords.stream().mapToInt(table::get).toArray());
        filters = new long[KINDS][];
        for (int bit = 0; bit < KINDS; bit++) {
            int count = 0;
            for (int b : bits) {
                count += b == 1 << bit ? 1 : 0;
            }
            // 16 to 32 bits a word: one word in seventy or fewer let through wrongly
            filters[bit] = new long[Math.max(1, Integer.highestOneBit(count) / 2)];
        }
        for (int k = 0; k < words.size(); k++) {
            long[] filter = filters[Integer.numberOfTrailingZeros(bits.get(k))];
            int hash = WordTable.hash(words.get(k));
            filter[filterLong(hash, filter)] |= filterBits(hash);
        }
    }

    /**
     * For {@link #FIRST}, {@link #SURNAME}, {@link #NOT_NAME} and {@link #WORD_NAME}, two bits for the hash of each word of
     * that list, in one long: a word with either bit clear is not in it, and is told so without the
     * table (a few hundred KB, within a processor's cache, where a table probe of a word mostly misses
     * it, twice for a word beyond the common ones). Two bits a word in one long cost one read, as one
     * bit did, and let a word through wrongly when both are set by others: some one in seventy at 16
     * bits a word, where one bit let one in sixteen through (20 K of the 43 K first-name lookups over
     * the 2 MB bench text were such, frequent words colliding).
     */
    private final long[][] filters;

    /** @return the long of a filter a hash falls in: the high bits of the hash mixed, scaled to the filter */
    private static int filterLong(int hash, long[] filter) {
        return (int) (((hash * 0x2545F491) & 0xFFFFFFFFL) * filter.length >>> 32);
    }

    /** @return the two bits of a long a hash sets: the high bits of the hash mixed another way, six each */
    private static long filterBits(int hash) {
        int mixed = (hash ^ hash >>> 15) * 0x27D4EB2F;
        return 1L << (mixed >>> 26) | 1L << (mixed >>> 20);
    }

    /**
     * @param kind {@link #FIRST}, {@link #SURNAME}, {@link #NOT_NAME} or {@link #WORD_NAME}
     * @param hash {@link WordTable#hash} of a lower-case word
     * @return false when the word is not of that kind; true when it may be
     */
    boolean may(int kind, int hash) {
        long[] filter = filters[Integer.numberOfTrailingZeros(kind)];
        long bits = filterBits(hash);
        return (filter[filterLong(hash, filter)] & bits) == bits;
    }

    /**
     * @param lower a lower-case word
     * @return its bits ({@link #FIRST}, {@link #SURNAME}, {@link #NOT_NAME}, {@link #WORD_NAME})
     */
    int kinds(String lower) {
        return table.get(lower);
    }

    /**
     * @param lower a lower-case word with letters beyond ASCII
     * @return the bits of its form without diacritics ({@link #withoutDiacritics}), 0 when that is not ASCII
     */
    int kindsWithoutDiacritics(String lower) {
        String folded = withoutDiacritics(lower);
        return folded == null ? 0 : table.get(folded);
    }

    /** @return the bits of a lower-case word as written and of its form without diacritics together ("inês" as "ines" too) */
    int kindsEitherWay(String lower) {
        return kinds(lower) | kindsWithoutDiacritics(lower);
    }

    /** Combining marks, which a decomposed word's diacritics are. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** @return the word decomposed and its combining marks (accents, diaeresis, tonos) taken off */
    static String unmarked(String word) {
        return MARKS.matcher(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * @param lower a lower-case word
     * @return it with its diacritics taken off, as the lists spell "François", "Søren", "Łukasz", "Gonçalves"
     *     ("francois", "soren", "lukasz", "goncalves"), and the Latin letters that have no decomposition written as
     *     the lists write them ("ł" as "l", "ø" as "o", "ß" as "ss", "æ" as "ae"), or null when it is not then
     *     ASCII (a Greek or Cyrillic word: the lists have none)
     */
    static String withoutDiacritics(String lower) {
        String bare = unmarked(lower);
        StringBuilder b = new StringBuilder(bare.length() + 2);
        for (int k = 0; k < bare.length(); k++) {
            char c = bare.charAt(k);
            switch (c) {
                case '\u0142' -> b.append('l'); // ł
                case '\u00f8' -> b.append('o'); // ø
                case '\u0111', '\u00f0' -> b.append('d'); // đ, ð
                case '\u00df' -> b.append("ss");
                case '\u00e6' -> b.append("ae");
                case '\u0153' -> b.append("oe");
                case '\u0131' -> b.append('i'); // dotless i
                case '\u2019' -> b.append('\''); // a curly apostrophe: "D\u2019Angelo"
                default -> {
                    if (c >= 128) {
                        return null;
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /**
     * {@link #kinds(String)} of {@code text[start, end)} in lower case, the common words asked first.
     *
     * @param text the characters
     * @param start where the word begins
     * @param end where it ends; every character before it ASCII
     * @param hash the word's {@link WordTable#hash}
     * @return its bits
     */
    int kinds(char[] text, int start, int end, int hash) {
        int kinds = common.get(text, start, end, hash);
        return kinds != 0 ? kinds : table.get(text, start, end, hash);
    }

    private static final class Holder {
        static final NameLists INSTANCE = new NameLists();
    }

    static NameLists get() {
        return Holder.INSTANCE;
    }

    private static Set<String> load(String resource, boolean gzip) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource, gzip)) {
            for (String w : line.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * @param resource a list of this bundle's, UTF-8
     * @param gzip whether it is compressed
     * @return its lines but the comments ({@code #} first)
     */
    static List<String> lines(String resource, boolean gzip) {
        List<String> out = new ArrayList<>();
        try (InputStream raw = NameLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IOException("missing " + resource);
            }
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
