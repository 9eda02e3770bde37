package io.blackbar.rules.pii.internal;

import java.util.Locale;

/**
 * The features of a run of capitalised words that {@link NameModel} reads: written once, for training
 * (as strings, {@link NameModel.Named}) and for detection (hashed as read, {@link NameModel.Sum}).
 */
final class NameFeatures {

    private NameFeatures() {
    }

    /** The explanation the model adds, by its probability in hundredths. */
    static final String[] MODEL_WHY = java.util.stream.IntStream.rangeClosed(0, 100)
            .mapToObj(k -> String.format(Locale.ROOT, ", name model %.2f", k / 100.0)).toArray(String[]::new);
    /** Small numbers as features' values, made once. */
    private static final String[] NUMBERS = java.util.stream.IntStream.rangeClosed(0, 20).mapToObj(String::valueOf)
            .toArray(String[]::new);
    /** What the name lists say of a word, by its bits (first name, surname, word-name, common word). */
    private static final String[] LISTED = java.util.stream.IntStream.range(0, 16)
            .mapToObj(b -> ((b & 1) != 0 ? "f" : "") + ((b & 2) != 0 ? "s" : "") + ((b & 4) != 0 ? "w" : "") + ((b & 8) != 0 ? "c" : ""))
            .toArray(String[]::new);

    /**
     * The features of the run {@code i..j} for {@link NameModel}, the first its kind: the kind of evidence
     * and the rules' score (and the kind again when the text was all in lower case), the run's length, each
     * word's place in the run with what the lists say of it, its shape and its last three letters, the word
     * or sign right before the run (alone and with the kind), the one before the word before the run, and
     * the one right after the run.
     */
    static void of(char[] chars, PersonRecognizer.Words words, int i, int j, String kind, double ruleScore, NameModel.Features f) {
        int n = j - i + 1;
        f.add("k=", kind, "");
        f.add("r=", NUMBERS[(int) Math.round(Math.max(0, Math.min(1, ruleScore)) * 20)], "");
        if (words.lowerCaseText) {
            f.add("lc=", kind, ""); // capitalised by the recognizer, not by the writer
        }
        f.add("n=", NUMBERS[Math.min(n, 4)], kind);
        char[] scratch = new char[16];
        for (int k = i; k <= j; k++) {
            int listed = (words.first(k) ? 1 : 0) | (words.surname(k) ? 2 : 0) | (words.wordName(k) ? 4 : 0) | (words.common(k) ? 8 : 0);
            f.add(k == i ? "d0=" : k == j ? "d$=" : "d1=", LISTED[listed], "");
            int s = words.start(k);
            int e = words.end(k);
            f.add("sh=", scratch, 0, shape(chars, s, e, scratch), false, "");
            String kept = words.kept(k);
            if (kept != null && kept.length() > 3) { // words are letters: no half of a character beyond the BMP
                f.add(k == j ? "x$=" : "x=", kept.substring(kept.length() - 3), "");
            } else if (kept == null && e - s > 3) {
                f.add(k == j ? "x$=" : "x=", chars, e - 3, e, true, "");
            }
        }
        before(f, "p=", chars, words, i, "");
        if (i > 0) {
            before(f, "pp=", chars, words, i - 1, "");
        } else {
            f.add("pp=", "^", "");
        }
        after(f, "nx=", chars, words, j);
        before(f, "p=", chars, words, i, "|" + kind);
    }

    /** Adds the feature of the word right before word {@code i} in lower case, else of the sign before it, or "^" at the start. */
    private static void before(NameModel.Features f, String prefix, char[] chars, PersonRecognizer.Words words, int i, String suffix) {
        int k = words.start(i) - 1;
        while (k >= 0 && chars[k] == ' ') {
            k--;
        }
        if (k >= 0 && i > 0 && words.end(i - 1) == k + 1) {
            word(f, prefix, chars, words, i - 1, suffix);
        } else {
            f.add(prefix, k < 0 ? "^" : sign(chars[k], "^"), suffix);
        }
    }

    /** Adds the feature of the word right after word {@code j} in lower case, else of the sign after it, or "$" at the end. */
    private static void after(NameModel.Features f, String prefix, char[] chars, PersonRecognizer.Words words, int j) {
        int k = words.end(j);
        while (k < chars.length && chars[k] == ' ') {
            k++;
        }
        if (k < chars.length && j + 1 < words.size() && words.start(j + 1) == k) {
            word(f, prefix, chars, words, j + 1, "");
        } else {
            f.add(prefix, k >= chars.length ? "$" : sign(chars[k], "$"), "");
        }
    }

    /** Adds the feature of word {@code w} in lower case. */
    private static void word(NameModel.Features f, String prefix, char[] chars, PersonRecognizer.Words words, int w, String suffix) {
        String kept = words.kept(w);
        if (kept != null) {
            f.add(prefix, kept, suffix);
        } else {
            f.add(prefix, chars, words.start(w), words.end(w), true, suffix);
        }
    }

    /**
     * @return a character next to a run as a feature: a line break as the text's edge, any digit as "#", half
     *     of a character beyond the BMP (an emoji) as "~" (alone it is no character the model file can hold)
     */
    private static String sign(char c, String edge) {
        return c == '\n' || c == '\r' ? edge : c >= '0' && c <= '9' ? "#" : Character.isSurrogate(c) ? "~" : String.valueOf(c);
    }

    /**
     * Writes the word's shape into {@code out}: capitals X, other letters x, digits d, the rest as they are,
     * runs made one, at most {@code out.length} characters.
     *
     * @return its length
     */
    private static int shape(char[] chars, int s, int e, char[] out) {
        int n = 0;
        char last = 0;
        for (int k = s; k < e && n < out.length; k++) {
            char c = chars[k];
            char t = c >= 'a' && c <= 'z' ? 'x' : c >= 'A' && c <= 'Z' ? 'X' : Character.isUpperCase(c) ? 'X'
                    : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (t != last) {
                out[n++] = t;
                last = t;
            }
        }
        return n;
    }
}
