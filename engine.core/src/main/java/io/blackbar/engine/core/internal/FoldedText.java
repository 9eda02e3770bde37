package io.blackbar.engine.core.internal;

/**
 * The text as recognizers read it when it writes ASCII's characters in their typographic or wide forms: a no-break
 * space (U+00A0, U+202F, U+2007: word processors put them inside phone numbers, card numbers and between a title and a
 * name), the other spaces of U+2000-U+200A, U+1680, U+205F and U+3000; a non-breaking hyphen (U+2011, what Word puts in a
 * phone number typed with Ctrl+Shift+-), the hyphen, figure dash, en dash, minus sign and the small hyphen-minus and em
 * dash (U+FE63, U+FE58); the full-width forms of U+FF01-U+FF5E ("１２３－４５",
 * "jane＠example.com"); decimal digits of other scripts (Arabic-Indic, Devanagari ...) as ASCII digits. A soft hyphen
 * (U+00AD, which PDFs and word processors leave where a word was hyphenated), a zero-width space, joiner or non-joiner,
 * a word joiner and a byte order mark inside the text are left out; a letter followed by combining accents
 * (decomposed text, as macOS and some PDFs write it: "Jose" and U+0301) is read as the one character Unicode composes
 * them to ("José"), which keeps the offset of the letter; a form's blank (two or more underscores beside a
 * space, a sign or the text's edge) is read as spaces. Each character of the result keeps the offset of
 * the character it stands for, so a finding's offsets and value are the text's. Read as written, "Jane Doe" with a
 * no-break space was "Jane" and a card number in no-break spaces no card number at all.
 *
 * <p>Case is not folded here (the recognizers read capitals as evidence), nor are letters with accents, ligatures or
 * quotation marks (rules name them where they matter).
 */
final class FoldedText {

    /** Marks a character left out of the folded text. */
    private static final char LEFT_OUT = '\uFFFF';
    /** Each character's folded form: itself when it has none; {@link #LEFT_OUT} when it is left out. 128 KB. */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLD[c] = (char) c;
        }
        for (char c : "\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000"
                .toCharArray()) {
            FOLD[c] = ' ';
        }
        for (char c : "\u2010\u2011\u2012\u2013\u2212\uFE58\uFE63".toCharArray()) {
            FOLD[c] = '-';
        }
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            FOLD[c] = (char) (c - 0xFEE0);
        }
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            if (Character.isDigit(c) && !Character.isSurrogate((char) c) && FOLD[c] == c) {
                FOLD[c] = (char) ('0' + Character.digit(c, 10));
            }
        }
        for (char c : "\u00AD\u200B\u200C\u200D\u2060\uFEFF".toCharArray()) {
            FOLD[c] = LEFT_OUT;
        }
    }

    private FoldedText() {
    }

    /**
     * @return the folded view of {@code text} (with no strings to cut findings at), or null when it has nothing to fold
     */
    static JsonStrings.View folded(String text) {
        int n = text.length();
        int first = firstToFold(text);
        if (first == n) {
            return null;
        }
        int[] offsets = new int[n + 1];
        String view = fold(text, first, offsets);
        offsets[view.length()] = n;
        return new JsonStrings.View(view, java.util.Arrays.copyOf(offsets, view.length() + 1), new int[0], new int[0]);
    }

    /** @return {@code text} folded, or {@code text} itself when it has nothing to fold (no offsets kept) */
    static String fold(String text) {
        int first = firstToFold(text);
        return first == text.length() ? text : fold(text, first, null);
    }

    /**
     * Folds the text from {@code first} on (what comes before it has nothing to fold).
     *
     * @param offsets receives, per character of the result, the offset of the one it stands for; null: not kept
     */
    private static String fold(String text, int first, int[] offsets) {
        int n = text.length();
        char[] out = new char[n];
        text.getChars(0, first, out, 0);
        for (int i = 0; offsets != null && i < first; i++) {
            offsets[i] = i;
        }
        int m = first;
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            int next = i + 1; // where the next character to read is
            char f;
            if (c == '_') { // a run of underscores, met at its start
                int end = runEnd(text, i);
                char as = isBlank(text, i, end) ? ' ' : '_';
                for (; i < end - 1; i++) {
                    out[m] = as;
                    if (offsets != null) {
                        offsets[m] = i;
                    }
                    m++;
                }
                f = as;
                next = end;
            } else {
                int marks = marksAfter(text, i);
                String composed = marks > i + 1 // a letter and its combining marks: one character where Unicode has one
                        ? java.text.Normalizer.normalize(text.substring(i, marks), java.text.Normalizer.Form.NFC) : null;
                if (composed != null && composed.length() == 1) {
                    f = FOLD[composed.charAt(0)];
                    next = marks;
                } else {
                    f = FOLD[c];
                    if (f == LEFT_OUT && c != LEFT_OUT) {
                        continue;
                    }
                }
            }
            out[m] = f;
            if (offsets != null) {
                offsets[m] = i;
            }
            m++;
            i = next - 1;
        }
        return new String(out, 0, m);
    }

    /** @return the offset of the first character to fold, or the text's length */
    private static int firstToFold(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '_') {
                int end = runEnd(text, i);
                if (isBlank(text, i, end)) {
                    return i;
                }
                i = end - 1; // a run that stays: looked at once
            } else if (FOLD[c] != c) {
                return i;
            } else if (isMark(c) && i > 0) {
                return i - 1; // the letter the mark sits on
            }
        }
        return n;
    }

    /** @return whether the character is a combining diacritical mark (U+0300-U+036F), as decomposed text writes accents */
    private static boolean isMark(char c) {
        return c >= '\u0300' && c <= '\u036F';
    }

    /** @return the end of the combining marks after the character at {@code at} ({@code at + 1} when none follows) */
    private static int marksAfter(String text, int at) {
        int end = at + 1;
        while (end < text.length() && isMark(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** @return the end of the run of underscores that begins at {@code start} */
    private static int runEnd(String text, int start) {
        int end = start;
        while (end < text.length() && text.charAt(end) == '_') {
            end++;
        }
        return end;
    }

    /**
     * @return whether the run of underscores {@code [start, end)} is a form's blank: two or more beside a space, a sign
     *     or the text's edge ("DOB: __03/02/1971__", "Name: ____Ruiz____"), read as spaces so that what is written on it
     *     stands alone; not a run between letters or digits ("jane__doe")
     */
    private static boolean isBlank(String text, int start, int end) {
        boolean openBefore = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean openAfter = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return end - start >= 2 && (openBefore || openAfter);
    }

    /** @return one character folded; a character the text leaves out as itself */
    static char fold(char c) {
        char f = FOLD[c];
        return f == LEFT_OUT ? c : f;
    }
}
