package io.blackbar.format.office.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of delimited text (RFC 4180 quoting): offsets of each cell's content in the original
 * text, quotes excluded. Only reads; the CSV is never re-serialised, so its bytes stay as they were.
 */
final class CsvCells {

    record Cell(int row, int column, int start, int end) {
    }

    private CsvCells() {
    }

    /** The delimiter: the most frequent of {@code , ; TAB |} outside quotes on the first line. */
    static char delimiter(String text) {
        char[] candidates = {',', ';', '\t', '|'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    counts[k] += c == candidates[k] ? 1 : 0;
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            best = counts[k] > counts[best] ? k : best;
        }
        return candidates[best];
    }

    static List<Cell> cells(String text, char delimiter) {
        List<Cell> out = new ArrayList<>();
        int row = 0;
        int column = 0;
        int i = 0;
        int n = text.length();
        while (i <= n) {
            int start;
            int end;
            if (i < n && text.charAt(i) == '"') {
                start = i + 1;
                int j = start;
                while (j < n && !(text.charAt(j) == '"' && (j + 1 >= n || text.charAt(j + 1) != '"'))) {
                    j += text.charAt(j) == '"' ? 2 : 1;
                }
                end = Math.min(j, n);
                i = Math.min(j + 1, n);
                while (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++; // junk after a closing quote stays in place
                }
            } else {
                start = i;
                while (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
                end = i;
            }
            out.add(new Cell(row, column, start, end));
            if (i >= n) {
                break;
            }
            char c = text.charAt(i);
            if (c == delimiter) {
                column++;
                i++;
            } else {
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                row++;
                column = 0;
                if (i >= n) {
                    break;
                }
            }
        }
        return out;
    }
}
