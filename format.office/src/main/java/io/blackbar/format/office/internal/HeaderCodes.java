package io.blackbar.format.office.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a spreadsheet's header or footer ({@code oddHeader}, {@code firstFooter} ...) between its formatting
 * codes: {@code &L}, {@code &C}, {@code &R} begin the left, centre and right sections; {@code &"Calibri,Bold"} a font,
 * {@code &14} a size, {@code &K}{@code FF0000} a colour, {@code &P}, {@code &D}, {@code &F}... fields, {@code &B},
 * {@code &I}, {@code &U}... switches, {@code &&} an ampersand. Read raw, "&14Jane Doe" was "14Jane Doe" (the name not
 * found) and a redaction could replace a font's style ("Bold" as a name) or swallow a colour's code with a value next to
 * it. Only the text between the codes is text.
 */
final class HeaderCodes {

    private HeaderCodes() {
    }

    /**
     * @return the ranges of text: {@code [start, end, 1]} for the first of a section (a line of its own), {@code [start,
     *     end, 0]} for the next in the same section
     */
    static List<int[]> sections(String value) {
        List<int[]> ranges = new ArrayList<>();
        int n = value.length();
        int start = 0;
        boolean newSection = true;
        int i = 0;
        while (i < n) {
            if (value.charAt(i) != '&' || i + 1 >= n) {
                i++;
                continue;
            }
            if (i > start) {
                ranges.add(new int[] {start, i, newSection ? 1 : 0});
                newSection = false;
            }
            char c = value.charAt(i + 1);
            int next;
            if (c == '"') {
                int close = value.indexOf('"', i + 2);
                next = close < 0 ? n : close + 1; // a font's name and style
            } else if (Character.isDigit(c)) {
                next = i + 1;
                while (next < n && Character.isDigit(value.charAt(next))) {
                    next++; // a size
                }
            } else if (c == 'K' || c == 'k') {
                next = Math.min(n, i + 8); // a colour: six hexadecimal digits, or a theme's "01+000"
            } else {
                next = i + 2; // a section, a field, a switch, "&&"
            }
            if (c == 'L' || c == 'C' || c == 'R') {
                newSection = true;
            }
            i = next;
            start = next;
        }
        if (n > start) {
            ranges.add(new int[] {start, n, newSection ? 1 : 0});
        }
        return ranges;
    }

    /** A replacement as header text: an ampersand doubled, so that it is no code. */
    static String escape(String replacement) {
        return replacement.replace("&", "&&");
    }
}
