package io.blackbar.format.office.internal;

/**
 * Invisible format characters that can hide text or reorder what a reader sees: zero-width
 * characters, bidirectional overrides and isolates, invisible operators, and a byte-order mark
 * inside the text. Sanitizing a text file removes them.
 */
final class HiddenCharacters {

    record Result(String text, int removed) {
    }

    private HiddenCharacters() {
    }

    static boolean isHidden(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2064') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }

    static Result strip(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHidden(c)) {
                removed++;
            } else {
                b.append(c);
            }
        }
        return new Result(b.toString(), removed);
    }
}
