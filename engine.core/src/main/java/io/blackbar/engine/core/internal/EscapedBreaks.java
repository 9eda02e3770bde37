package io.blackbar.engine.core.internal;

/**
 * The text as recognizers read it when it holds JSON strings: a line break or tab escaped inside one ({@code \n},
 * {@code \r}, {@code \t}) is read as a line's end as Windows writes it ({@code \r\n}), two spaces, and a space and a
 * tab: the same length, so every offset of the view is the text's. A Slack export, a webhook's body or a log's message
 * puts a whole form on one line ("Personalbogen:\nName: von Ahlefeldt, Maximilian\ngeb. 12.05.1993 in
 * Kiel\nAnschrift: ..."), and read as written every label lost its line's start and every value its end
 * ("nAnschrift", "Kiel\nAnschrift" one word): the birth date, the town and the numbers after their labels went unfound.
 *
 * <p>Only in a double-quoted string on one line whose every escape is one of JSON's ({@code \" \\ \/ \b \f \n \r
 * \t \}{@code uXXXX}): a Windows path in quotes ("C:\Users\nina\report.docx") has {@code \U} and is left as
 * written, and so is a backslash outside quotes. An escaped backslash ({@code \\n}: a backslash and an n) is no line
 * break.
 */
final class EscapedBreaks {

    private EscapedBreaks() {
    }

    /** @return the view of {@code text}: the text itself when it has no escaped line break or tab in a JSON string */
    static String of(String text) {
        int at = text.indexOf('\\');
        if (at < 0) {
            return text;
        }
        char[] view = null;
        int n = text.length();
        int open = -1; // the opening quote of the string being read, or -1 outside one
        boolean valid = true; // every escape of the string so far is one of JSON's
        boolean breaks = false; // ... and one of them is a line break or tab
        for (int i = Math.max(0, text.lastIndexOf('\n', at) + 1); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                open = -1; // a JSON string never holds a line break as written
            } else if (c == '"') {
                if (open < 0) {
                    open = i;
                    valid = true;
                    breaks = false;
                } else {
                    if (valid && breaks) {
                        view = unescaped(text, view, open + 1, i);
                    }
                    open = -1;
                }
            } else if (c == '\\' && i + 1 < n) {
                char e = text.charAt(i + 1);
                if (open >= 0) {
                    breaks |= e == 'n' || e == 'r' || e == 't';
                    valid &= e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't'
                            || e == 'u' && i + 5 < n && hex(text, i + 2, i + 6);
                }
                if (e != '\n' && e != '\r') {
                    i++; // the escaped character: an escaped quote ends no string
                }
            }
        }
        return view == null ? text : new String(view);
    }

    /** Writes the string {@code [from, to)}'s escaped line breaks and tabs into the view, made at the first. */
    private static char[] unescaped(String text, char[] view, int from, int to) {
        char[] v = view == null ? text.toCharArray() : view;
        for (int i = from; i + 1 < to; i++) {
            if (text.charAt(i) == '\\') {
                char e = text.charAt(i + 1);
                if (e == 'n') {
                    v[i] = '\r'; // a line's end as Windows writes it, which every rule reads as one
                    v[i + 1] = '\n';
                } else if (e == 'r' || e == 't') {
                    v[i] = ' '; // "\r\n": two spaces and the line's end
                    v[i + 1] = e == 't' ? '\t' : ' ';
                }
                i++;
            }
        }
        return v;
    }

    private static boolean hex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
