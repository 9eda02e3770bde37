package io.blackbar.format.office.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a formula in Excel's text form ({@code "a ""quoted"" word"}), skipping
 * quoted sheet names ({@code 'It''s'!A1}), and the formula rebuilt with new literal values.
 */
final class FormulaLiterals {

    private final String formula;
    /** start (at the opening quote) and end (after the closing quote) of each literal */
    private final List<int[]> spans = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    FormulaLiterals(String formula) {
        this.formula = formula;
        int i = 0;
        while (i < formula.length()) {
            char c = formula.charAt(i);
            if (c == '"' || c == '\'') {
                int end = closing(formula, i, c);
                if (c == '"') {
                    spans.add(new int[] {i, end});
                    values.add(formula.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\""));
                }
                i = end;
            } else {
                i++;
            }
        }
    }

    /** @return the index after the quote closing the one at {@code open} (doubled quotes escape) */
    private static int closing(String s, int open, char q) {
        int i = open + 1;
        while (i < s.length()) {
            if (s.charAt(i) == q) {
                if (i + 1 < s.length() && s.charAt(i + 1) == q) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** @return the literal values, unescaped */
    List<String> values() {
        return values;
    }

    /**
     * @param now the new values, one for each of {@link #values()}
     * @return the formula with its literals replaced
     */
    String with(List<String> now) {
        StringBuilder b = new StringBuilder(formula);
        for (int k = spans.size() - 1; k >= 0; k--) {
            int[] s = spans.get(k);
            b.replace(s[0], s[1], '"' + now.get(k).replace("\"", "\"\"") + '"');
        }
        return b.toString();
    }
}
