package io.blackbar.engine.core.internal;

import java.util.ArrayList;
import java.util.List;

import io.blackbar.engine.api.Finding;

/**
 * The text as recognizers read it when it holds JSON strings: each string's escapes decoded ({@code \n} a line break,
 * a backslash, a u and four hexadecimal digits their character, {@code \/} a slash), with where each character of the
 * decoded text stands in the text, so a finding's offsets and value are the text's. A Slack export, a webhook's body or a log's message puts a whole form on
 * one line ("Personalbogen:\nName: von Ahlefeldt, Maximilian\ngeb. 12.05.1993 in Kiel\nSV-Nr.: ..."), and read as
 * written every label lost its line's start and every value its end ("nAnschrift", "Kiel\nAnschrift" one word); a
 * JSON writer's ASCII output (Python's default: "Jos", an escape, and " Garc", an escape, "a") cut names in pieces; PHP's
 * ("https:\/\/example.org\/~nina") hid the addresses. Overlaps and the values found again (propagation) are read over
 * the decoded text too, so a value written with escapes is found again where it is written without, and the other way
 * round.
 *
 * <p>Only a double-quoted string on one line whose every escape is one of JSON's ({@code \" \\ \/ \b \f \n \r \t
 * \}{@code uXXXX}): a Windows path in quotes ("C:\Users\nina\report.docx") has {@code \U} and is read as written, and
 * so is a backslash outside quotes.
 */
final class JsonStrings {

    /**
     * The decoded text; per character of it (and one more, for its end) its offset in the text; and where each decoded
     * string's content begins and ends in the decoded text, ascending.
     */
    record View(String text, int[] offsets, int[] stringStarts, int[] stringEnds) {

        /**
         * @param findings findings in the decoded text's offsets, in order of start
         * @param original the text
         * @param pages maps an offset of the text to its page
         * @return the same findings over the text's characters (a value written with escapes is its escaped form), each
         *     cut at the end of the decoded string it begins in: a value read to its line's end in the decoded text ran on
         *     over the string's closing quote ("anna@example.com\"}")
         */
        List<Finding> inText(List<Finding> findings, String original, java.util.function.IntUnaryOperator pages) {
            List<Finding> out = new ArrayList<>(findings.size());
            for (Finding f : findings) {
                int viewEnd = f.end();
                int k = java.util.Arrays.binarySearch(stringStarts, f.start());
                k = k >= 0 ? k : -k - 2; // the last string beginning at or before the finding
                if (k >= 0 && f.start() < stringEnds[k] && viewEnd > stringEnds[k]) {
                    viewEnd = stringEnds[k];
                }
                int start = offsets[f.start()];
                int end = offsets[viewEnd];
                out.add(new Finding(f.entityType(), f.category(), f.confidence(), start, end, pages.applyAsInt(start),
                        original.substring(start, end), f.explanation()));
            }
            return out;
        }

        /** @return the offset in the decoded text of the character at or after offset {@code at} of the text */
        int startInView(int at) {
            int k = java.util.Arrays.binarySearch(offsets, at);
            return k >= 0 ? k : -k - 1;
        }

        /** @return the offset in the decoded text of the end of a span ending at offset {@code at} of the text */
        int endInView(int at) {
            int k = java.util.Arrays.binarySearch(offsets, at);
            return k >= 0 ? k : Math.min(-k - 1, text.length());
        }
    }

    private JsonStrings() {
    }

    /** @return the decoded view of {@code text}, or null when it has no JSON string with an escape */
    static View decoded(String text) {
        int at = text.indexOf('\\');
        if (at < 0) {
            return null;
        }
        StringBuilder view = null;
        int[] offsets = null;
        java.util.stream.IntStream.Builder starts = java.util.stream.IntStream.builder();
        java.util.stream.IntStream.Builder ends = java.util.stream.IntStream.builder();
        int copied = 0; // the text before this is in the view
        int n = text.length();
        int open = -1; // the opening quote of the string being read, or -1 outside one
        boolean valid = true; // every escape of the string so far is one of JSON's
        boolean escaped = false; // ... and it has one
        for (int i = Math.max(0, text.lastIndexOf('\n', at) + 1); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                open = -1; // a JSON string never holds a line break as written
            } else if (c == '"') {
                if (open < 0) {
                    open = i;
                    valid = true;
                    escaped = false;
                } else {
                    if (valid && escaped) {
                        if (view == null) {
                            view = new StringBuilder(n);
                            offsets = new int[n + 1];
                        }
                        copied = copy(text, copied, open + 1, view, offsets);
                        starts.add(view.length());
                        copied = decode(text, open + 1, i, view, offsets);
                        ends.add(view.length());
                    }
                    open = -1;
                }
            } else if (c == '\\' && i + 1 < n) {
                char e = text.charAt(i + 1);
                if (open >= 0) {
                    escaped = true;
                    valid &= escaped(text, i) >= 0;
                }
                if (e != '\n' && e != '\r') {
                    i++; // the escaped character: an escaped quote ends no string
                }
            }
        }
        if (view == null) {
            return null;
        }
        copy(text, copied, n, view, offsets);
        offsets[view.length()] = n;
        return new View(view.toString(), java.util.Arrays.copyOf(offsets, view.length() + 1), starts.build().toArray(), ends.build().toArray());
    }

    /** Appends {@code text}'s characters {@code [from, to)} as they are, each with its offset; @return {@code to} */
    static int copy(String text, int from, int to, StringBuilder view, int[] offsets) {
        for (int i = from; i < to; i++) {
            offsets[view.length()] = i;
            view.append(text.charAt(i));
        }
        return to;
    }

    /** Appends the string {@code [from, to)} decoded; @return {@code to} */
    private static int decode(String text, int from, int to, StringBuilder view, int[] offsets) {
        for (int i = from; i < to; i++) {
            offsets[view.length()] = i;
            char c = text.charAt(i);
            if (c != '\\') {
                view.append(c);
                continue;
            }
            view.append((char) escaped(text, i));
            i += escapeLength(text, i) - 1;
        }
        return to;
    }

    /** The escapes of JSON after its backslash, and the characters they stand for (a {@code u} and four digits apart). */
    private static final String ESCAPES = "\"\\/bfnrt";
    private static final String ESCAPED = "\"\\/\b\f\n\r\t";

    /** @return the character of the JSON escape at {@code at} (a backslash with a character after it), or -1 when it is none */
    static int escaped(String text, int at) {
        char e = text.charAt(at + 1);
        if (e == 'u') {
            return at + 6 <= text.length() ? hex(text, at + 2) : -1;
        }
        int k = ESCAPES.indexOf(e);
        return k < 0 ? -1 : ESCAPED.charAt(k);
    }

    /** @return how many characters the escape at {@code at} takes */
    static int escapeLength(String text, int at) {
        return text.charAt(at + 1) == 'u' ? 6 : 2;
    }

    /** @return the four hexadecimal digits from {@code from} as a number, or -1 */
    private static int hex(String text, int from) {
        int value = 0;
        for (int i = from; i < from + 4; i++) {
            int d = Character.digit(text.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            value = value << 4 | d;
        }
        return value;
    }
}
