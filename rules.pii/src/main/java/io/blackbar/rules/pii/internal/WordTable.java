package io.blackbar.rules.pii.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Lower-case words, each with bits saying what it is (a first name, a surname, a title), looked up
 * either by a String or straight from a stretch of ASCII text, lower-cased on the way: the name
 * recognizer looks up every word of a text, and making a lower-case String of each for a
 * {@code HashSet} cost it more than the rest of its work.
 *
 * <p>One open-addressed table, so a word costs one probe where three sets cost three; a slot holds a
 * fingerprint of its word's hash, the word's bits and where the word stands side by side (one read of
 * memory where a set's node, String and its bytes were three), and the word itself, compared only when
 * the fingerprint is the same, stands with the others in one array of characters.
 */
final class WordTable {

    /**
     * Two ints a slot: the fingerprint (24 bits) and the bits (8, never 0), 0 when the slot is empty;
     * then where its word begins in {@link #chars} (times 256) plus its length.
     */
    private final int[] slots;
    private final char[] chars;
    private final int mask;
    /** 32 minus the table's bits: a mixed hash shifted right by this is a slot. */
    private final int shift;

    /**
     * @param words lower-case words (no letter A to Z), shorter than 256 characters
     * @param bits for each word, its bits, 1 to 255 (a word given twice gets both)
     */
    WordTable(List<String> words, int[] bits) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 2)) * 2;
        this.slots = new int[2 * size];
        this.mask = size - 1;
        this.shift = Integer.numberOfLeadingZeros(size) + 1;
        char[] all = new char[1024];
        int length = 0;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (bits[k] <= 0 || bits[k] > 0xFF || w.length() > 0xFF || !w.equals(lowerAscii(w))) {
                throw new IllegalArgumentException("bits 1 to 255, words in lower case and shorter than 256 characters");
            }
            if (w.indexOf('\u03c3') >= 0 || w.indexOf('\u03c2') >= 0) {
                throw new IllegalArgumentException("no sigma: words are looked up in the form of lowerCase(String)");
            }
            int at = slot(w, hash(w), all);
            if (slots[2 * at] == 0) {
                if (length + w.length() > all.length) {
                    all = Arrays.copyOf(all, 2 * (length + w.length()));
                }
                w.getChars(0, w.length(), all, length);
                slots[2 * at] = fingerprint(hash(w));
                slots[2 * at + 1] = length << 8 | w.length();
                length += w.length();
            }
            slots[2 * at] |= bits[k];
        }
        this.chars = Arrays.copyOf(all, length);
    }

    /**
     * {@code s.toLowerCase(Locale.ROOT)}, but with a capital sigma made {@code σ} wherever it stands:
     * toLowerCase makes it {@code ς} at the end of a word, and to tell, makes a BreakIterator for each
     * one (microseconds, and far more when the iterator's cache was collected: over the bench text,
     * whose Greek words are few, that cost the name recognizer a sixth of its time in some runs). The
     * two forms differ only in sigmas, and no word of a table has either (its constructor makes sure),
     * nor any of the titles, introducers and contractions the name recognizer compares with: a word
     * in this form is found, or not, as in the other, and is as long.
     *
     * @param s a word or a stretch of text
     * @return it in lower case, every sigma {@code σ}
     */
    static String lowerCase(String s) {
        return s.replace('\u03a3', '\u03c3').toLowerCase(Locale.ROOT);
    }

    /** A word with its letters A to Z in lower case (the table compares words so). */
    private static String lowerAscii(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int k = 0; k < w.length(); k++) {
            b.append(lower(w.charAt(k)));
        }
        return b.toString();
    }

    /**
     * @param words lower-case words
     * @param bits their bits
     * @return the table
     */
    static WordTable of(java.util.Collection<String> words, int bits) {
        int[] all = new int[words.size()];
        Arrays.fill(all, bits);
        return new WordTable(List.copyOf(words), all);
    }

    /** The slot of a word: where it is, or the empty one where it goes. */
    private int slot(String w, int h, char[] chars) {
        int at = start(h);
        int fingerprint = fingerprint(h);
        char[] word = w.toCharArray();
        while (slots[2 * at] != 0 && !((slots[2 * at] & ~0xFF) == fingerprint && same(chars, slots[2 * at + 1], word, 0, word.length))) {
            at = (at + 1) & mask;
        }
        return at;
    }

    /** @return the hash of a lower-case word: {@link #hash(int, char)} over its characters from 0 */
    static int hash(CharSequence w) {
        int h = 0;
        for (int k = 0; k < w.length(); k++) {
            h = hash(h, w.charAt(k));
        }
        return h;
    }

    /**
     * @param h the hash of the characters before
     * @param c the next character (A to Z count as a to z)
     * @return the hash with the character
     */
    static int hash(int h, char c) {
        return 31 * h + lower(c);
    }

    /**
     * {@link #hash(int, char)} for the ASCII characters a word holds (letters, {@code '} and {@code -}),
     * cheaper: {@code c | 0x20} is such a character in lower case (beyond ASCII it is not, and the
     * hash of a word beyond ASCII is not used).
     *
     * @param h the hash of the characters before
     * @param c the next character
     * @return the hash with the character
     */
    static int hashWordChar(int h, char c) {
        return 31 * h + (c | 0x20);
    }

    /** The first slot to look at: the hash mixed (short words' hashes lie close together). */
    private int start(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /** 24 bits of the hash mixed another way, in the high bits. */
    private static int fingerprint(int h) {
        return (h * 0x85EBCA6B) & ~0xFF;
    }

    /**
     * @param lower a lower-case word
     * @return its bits, 0 when it is not in the table
     */
    int get(String lower) {
        return slots[2 * slot(lower, hash(lower), chars)] & 0xFF;
    }

    /**
     * The bits of {@code text[start, end)} in lower case, as {@code toLowerCase(Locale.ROOT)} makes it
     * of ASCII text; the caller makes sure every character there is ASCII. The stretch is copied to an
     * array first (words short and few: the titles and contractions a recognizer reads off a text).
     *
     * @param text the text
     * @param start where the word begins
     * @param end where it ends
     * @return its bits, 0 when it is not in the table
     */
    int get(CharSequence text, int start, int end) {
        char[] word = new char[end - start];
        for (int k = start; k < end; k++) {
            word[k - start] = text.charAt(k);
        }
        return get(word, 0, word.length);
    }

    /**
     * {@link #get(CharSequence, int, int)} of characters in an array.
     *
     * @param text the characters
     * @param start where the word begins
     * @param end where it ends
     * @return its bits, 0 when it is not in the table
     */
    int get(char[] text, int start, int end) {
        return get(text, start, end, hash(text, start, end));
    }

    /** @return {@link #hash(CharSequence)} of {@code text[start, end)} */
    static int hash(char[] text, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = hash(h, text[k]);
        }
        return h;
    }

    /**
     * {@link #get(char[], int, int)} with the hash already read.
     *
     * @param text the characters
     * @param start where the word begins
     * @param end where it ends
     * @param h the word's hash: {@link #hash(int, char)} over its characters
     * @return its bits, 0 when it is not in the table
     */
    int get(char[] text, int start, int end, int h) {
        int fingerprint = fingerprint(h);
        for (int at = start(h); slots[2 * at] != 0; at = (at + 1) & mask) {
            if ((slots[2 * at] & ~0xFF) == fingerprint && same(chars, slots[2 * at + 1], text, start, end)) {
                return slots[2 * at] & 0xFF;
            }
        }
        return 0;
    }

    /** Whether the word at {@code place} of {@code chars} is {@code text[start, end)} in lower case (ASCII). */
    private static boolean same(char[] chars, int place, char[] text, int start, int end) {
        int from = place >>> 8;
        if ((place & 0xFF) != end - start) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (chars[from + k - start] != lower(text[k])) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
