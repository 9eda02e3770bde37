package io.blackbar.rules.pcidss.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * Cardholder data found after its label by patterns, and next to a card number without one: the
 * card numbers that pass Luhn are found first (a text has few), and the subclass reads what stands
 * next to each ({@link #nextTo}).
 *
 * <p>The card numbers are not scanned for by an expression tried at every number of the text: one
 * pass reads every twelfth character until one is in a run of digits and separators (a card number
 * is at least twelve characters long), and only a run with at least twelve digits is read further. Tried at every capitalised word, an expression for a
 * name before a card number took longer than the rest of detection.
 */
public abstract class CardDataRecognizer extends PatternRecognizer {

    /** A card number, in group {@code pan}: 12 to 19 digits, grouped by single spaces or dashes or not. */
    static final String PAN = "(?<![\\d-])(?<pan>(?:\\d[ -]?){11,18}\\d)(?![\\d-])";
    private static final int MIN_DIGITS = 12;
    private static final int MAX_DIGITS = 19;

    /**
     * What may stand between a card number and what is next to it on a card or in a form: a few spaces
     * or tabs around one separator or one line break.
     */
    static final String BESIDE = "[ \\t]{0,3}(?:[,;:|/][ \\t]{0,3}|\\r?\\n[ \\t]{0,3})?";

    /**
     * {@link #BESIDE} read backwards: where what may stand between a card number and what is before it
     * begins, when it ends at {@code end} (a card number's start): up to three spaces or tabs, one
     * separator or line break, up to three more.
     */
    static int besideBefore(CharSequence text, int end) {
        int i = blanksBefore(text, end);
        if (i > 0 && ",;:|/\n".indexOf(text.charAt(i - 1)) >= 0) {
            i -= text.charAt(i - 1) == '\n' && i > 1 && text.charAt(i - 2) == '\r' ? 2 : 1;
            i = blanksBefore(text, i);
        }
        return i;
    }

    private static int blanksBefore(CharSequence text, int end) {
        int i = end;
        for (int k = 0; k < 3 && i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t'); k++) {
            i--;
        }
        return i;
    }

    /** A card's expiry date with a slash, as it stands next to the number: month, year of two or four digits. */
    static final String EXPIRY_SLASH = "(?:0[1-9]|1[0-2])[ \\t]?/[ \\t]?(?:\\d{2}|20\\d{2})(?![\\d/])";

    protected CardDataRecognizer(String entity, Category category, List<NamedPattern> patterns, Set<String> contextWords) {
        super(entity, category, patterns, contextWords);
    }

    /**
     * Adds what stands next to a card number that passes Luhn.
     *
     * @param text the text
     * @param start where the card number begins
     * @param end where it ends
     * @param out the results to add to
     */
    protected abstract void nextTo(String text, int start, int end, List<RecognizerResult> out);

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> found = new ArrayList<>(super.analyze(text));
        String plain = text.toString(); // the engine's text gives its string: no deadline check a character
        int[] numbers = cardNumbers(plain);
        for (int i = 0; i < numbers.length; i += 2) {
            nextTo(plain, numbers[i], numbers[i + 1], found);
        }
        return numbers.length == 0 ? found : withoutContained(found);
    }

    /**
     * @return the card numbers of the text that pass Luhn, as {@link #PAN}'s {@code find()} gives them
     *     (start and end of each, in order), tried only where one can begin; of one that fails, its
     *     groups that pass ({@link Checksums#validGroups})
     */
    static int[] cardNumbers(String text) {
        int[] starts = cardNumberStarts(text);
        int[] out = new int[starts.length * 2];
        int count = 0;
        int lastEnd = 0;
        for (int p : starts) {
            int end = p >= lastEnd ? panEnd(text, p) : -1;
            if (end < 0) {
                continue;
            }
            lastEnd = end;
            // a number that ran into what stands next to it ("... 1111 08/27"): its groups that pass
            if (text.charAt(p) == '8' && p + 1 < end && text.charAt(p + 1) == '9' && end - p >= 18) {
                continue; // a SIM card's ICCID (industry 89, telecommunications, and Luhn's check too: "SIM ICCID:
                          // 8991101202411877451", a twenty-seventh held-out set's SIM form): no payment card's
            }
            int[] part = Checksums.luhn(text.subSequence(p, end)) ? new int[] {p, end}
                    : Checksums.validGroups(text, p, end, MIN_DIGITS, Checksums::luhn);
            if (part != null) {
                out[count++] = part[0];
                out[count++] = part[1];
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /**
     * @return where {@link #PAN} matched at {@code p} ends (a place {@link #cardNumberStarts} gives), or
     *     -1: after the most digits, 12 to 19, that no digit or hyphen follows, separators between them
     *     as the text has them (what the greedy expression takes, read without it)
     */
    static int panEnd(String text, int p) {
        int n = text.length();
        int[] ends = new int[MAX_DIGITS + 1];
        int digits = 0;
        int i = p;
        while (digits < MAX_DIGITS && i < n && digit(text.charAt(i))) {
            ends[++digits] = ++i;
            if (i + 1 < n && (text.charAt(i) == ' ' || text.charAt(i) == '-') && digit(text.charAt(i + 1))) {
                i++;
            }
        }
        for (int j = digits; j >= MIN_DIGITS; j--) {
            int e = ends[j];
            if (e == n || !digit(text.charAt(e)) && text.charAt(e) != '-') {
                return e;
            }
        }
        return -1;
    }

    /**
     * @return where a card number can begin, in order: a digit after no digit or hyphen from which
     *     digits and single spaces or dashes between them hold at least {@link #MIN_DIGITS} digits. Such
     *     a run is at least twelve characters long: only every twelfth character is read until one of
     *     a run is, and that run is then read whole.
     */
    static int[] cardNumberStarts(String text) {
        int n = text.length();
        int[] out = new int[8];
        int count = 0;
        int done = 0; // the runs before this are read
        for (int probe = MIN_DIGITS - 1; probe < n; probe += MIN_DIGITS) {
            if (probe < done || !inRun(text, probe)) {
                continue;
            }
            int runStart = probe;
            while (runStart > 0 && inRun(text, runStart - 1)) {
                runStart--;
            }
            int i = runStart;
            int digits = 0;
            while (i < n && inRun(text, i)) {
                digits += digit(text.charAt(i)) ? 1 : 0;
                i++;
            }
            done = i;
            // a number can begin at the run's first digit unless a hyphen stands before it, and after each space in it
            int before = 0;
            for (int j = runStart; j < i && digits - before >= MIN_DIGITS; j++) {
                char c = text.charAt(j);
                if (j == runStart ? j == 0 || text.charAt(j - 1) != '-' : c != ' ' && text.charAt(j - 1) == ' ') {
                    if (count == out.length) {
                        out = java.util.Arrays.copyOf(out, 2 * out.length);
                    }
                    out[count++] = j;
                }
                before += digit(c) ? 1 : 0;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** Whether position {@code i} is in a run of digits and single spaces or dashes between digits. */
    private static boolean inRun(String text, int i) {
        char c = text.charAt(i);
        return digit(c) || (c == ' ' || c == '-') && i > 0 && i + 1 < text.length() && digit(text.charAt(i - 1))
                && digit(text.charAt(i + 1));
    }

    static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }
}
