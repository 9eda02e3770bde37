package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.PatternScanner;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * The machine-readable zone of a passport, identity card or visa (ICAO Doc 9303), as a scan's text layer or OCR gives
 * it: the holder's name, the document's number, the date of birth and the optional personal number, each a finding
 * of its type. The zone is two lines of 44 characters (passports, TD3; visas, MRV-A), two of 36 (TD2, MRV-B) or three
 * of 30 (identity cards, TD1), of capitals, digits and the filler {@code <}.
 *
 * <p>Each line is read on its own, so that an OCR error in one does not lose the other, a name line though only in a
 * zone line's shape (its length, no space, fillers at its end) or beside a data line or a card's birth line (a heading
 * "ATTENTION &lt;&lt; NOTICE" is none):
 * <ul>
 * <li>a <b>name line</b>: a document code ({@code P}, {@code V}, {@code I}, {@code A}, {@code C}), the issuing state,
 * then surnames and given names of capitals and fillers only, {@code <<} between them ("P&lt;UTOERIKSSON&lt;&lt;ANNA
 * &lt;MARIA&lt;&lt;&lt;"), or the name alone as the identity card's third line;</li>
 * <li>a <b>data line</b> of a passport, visa or TD2 card: number, its check digit, nationality, date of birth, check
 * digit, sex, expiry, check digit at fixed places; two of the three check digits must pass (one may be an OCR
 * error), and the dates must be dates;</li>
 * <li>the identity card's first line (code, state, number and its check digit) and second (birth date, sex, expiry,
 * each date with its check digit, one of the two passing).</li>
 * </ul>
 * Where they come from: the lines of the text that hold a run of fillers ({@code <<}, or an OCR's guillemets), which
 * ordinary text does not, and the lines around them (past a blank line; any line end, {@code \r} too); spaces an OCR
 * put inside a line are skipped.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = {"PERSON", "PASSPORT", "ID_NUMBER", "DATE_OF_BIRTH"}, frameworks = {"pii", "gdpr", "hipaa"})
public class MrzRecognizer implements Recognizer {

    private static final String WHY = "machine-readable zone, ";
    /**
     * The filler runs every zone has (an OCR may read them as guillemets): the scanner visits each {@code <} of the
     * text, which is rare, and each character beyond ASCII followed by another.
     */
    private static final PatternScanner FILLERS = PatternScanner.of(Pattern.compile("[<\u00AB\u2039]{2,}"));
    /** A line's characters, spaces left out, at most: a zone's line with a few OCR extras. */
    private static final int MAX_LINE = 48;
    private static final int MIN_LINE = 28;
    /** Characters of a line, spaces included, beyond which it is no zone's line. */
    private static final int LONGEST = 2 * MAX_LINE;

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("PERSON", Category.PERSONAL), new EntityType("PASSPORT", Category.IDENTIFIER),
                new EntityType("ID_NUMBER", Category.IDENTIFIER), new EntityType("DATE_OF_BIRTH", Category.PERSONAL));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> results = new ArrayList<>();
        int[] readTo = {0};
        FILLERS.forEachMatch(text, m -> {
            if (m.start() < readTo[0]) {
                return; // on a line read already
            }
            int end = lineEnd(text, m.end(), text.length());
            readTo[0] = end;
            int start = lineStart(text, m.start());
            Line line = start < 0 ? null : Line.of(text, start, end);
            if (line == null) {
                return;
            }
            // the lines before and after (past one blank line): a name line over its data line, a card's lines
            Line before = previous(text, start);
            int[] nextBounds = next(text, end);
            Line after = nextBounds == null ? null : Line.of(text, nextBounds[0], nextBounds[1]);
            read(line, before, after, results);
            if (after != null) {
                int[] afterThat = next(text, nextBounds[1]);
                read(after, line, afterThat == null ? null : Line.of(text, afterThat[0], afterThat[1]), results);
                readTo[0] = nextBounds[1];
            }
        });
        return results;
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** @return where the line through {@code end} begins, or -1 when it is longer than a zone's line can be */
    private static int lineStart(CharSequence text, int end) {
        int s = end;
        while (s > 0 && !lineBreak(text.charAt(s - 1))) {
            if (end - --s > LONGEST) {
                return -1;
            }
        }
        return s;
    }

    /** @return where the line through {@code from} ends, looking no further than {@code limit} */
    private static int lineEnd(CharSequence text, int from, int limit) {
        int e = from;
        int last = Math.min(limit, text.length());
        while (e < last && !lineBreak(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /** @return the start and end of the line after the one ending at {@code end}, past one blank line; null at the end */
    private static int[] next(CharSequence text, int end) {
        int from = end;
        for (int blank = 0; blank < 2; blank++) {
            from = from < text.length() && text.charAt(from) == '\r' && from + 1 < text.length() && text.charAt(from + 1) == '\n'
                    ? from + 2 : from + 1;
            if (from >= text.length()) {
                return null;
            }
            int e = lineEnd(text, from, from + LONGEST + 2); // one past the longest: too long then
            if (!text.subSequence(from, e).toString().isBlank()) {
                return new int[] {from, e};
            }
            from = e;
        }
        return null;
    }

    /** @return the line before the one beginning at {@code start}, past one blank line; null at the text's start */
    private static Line previous(CharSequence text, int start) {
        int end = start;
        for (int blank = 0; blank < 2 && end > 0; blank++) {
            end = end >= 2 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\r' ? end - 2 : end - 1;
            int s = lineStart(text, end);
            if (s < 0) {
                return null;
            }
            if (!text.subSequence(s, end).toString().isBlank()) {
                return Line.of(text, s, end);
            }
            end = s;
        }
        return null;
    }

    /**
     * A line of the text as a zone's line: its characters without spaces, where each stands in the text, and how many
     * spaces were left out.
     */
    record Line(String chars, int[] at, int spaces) {

        /**
         * @return the line as a zone's (an OCR's guillemets read as fillers), or null when it has other characters, or
         *     too few or too many
         */
        static Line of(CharSequence text, int start, int end) {
            if (end - start > LONGEST) {
                return null;
            }
            StringBuilder chars = new StringBuilder(MAX_LINE);
            int[] at = new int[MAX_LINE];
            int spaces = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t' || c == '\r') {
                    spaces++;
                    continue;
                }
                if (c == '\u00AB' || c == '\u2039') {
                    c = '<';
                }
                if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<') || chars.length() == MAX_LINE) {
                    return null;
                }
                at[chars.length()] = i;
                chars.append(c);
            }
            return chars.length() < MIN_LINE ? null : new Line(chars.toString(), at, spaces);
        }

        int length() {
            return chars.length();
        }

        /** @return the field from {@code from} to {@code to} without its trailing fillers, in the text; null if only fillers */
        int[] field(int from, int to) {
            int last = Math.min(to, chars.length()) - 1;
            while (last >= from && chars.charAt(last) == '<') {
                last--;
            }
            int first = from;
            while (first <= last && chars.charAt(first) == '<') {
                first++;
            }
            return first > last ? null : new int[] {at[first], at[last] + 1};
        }

        /**
         * A name line that stands for itself, without a data line next to it: a zone line's length (30, 36 or 44, one
         * more or less), no space in it, fillers at its end ("ATTENTION << IMPORTANT NOTICE" is a heading's).
         */
        boolean zoneShaped() {
            int n = chars.length();
            return spaces == 0 && chars.endsWith("<<") && (Math.abs(n - 30) <= 1 || Math.abs(n - 36) <= 1 || Math.abs(n - 44) <= 1);
        }
    }

    private static void read(Line line, Line before, Line after, List<RecognizerResult> results) {
        String s = line.chars();
        // a name line counts by its shape alone, or next to a zone's other line
        boolean vouched = line.zoneShaped() || after != null && isDataLine(after.chars())
                || before != null && (isDataLine(before.chars()) || cardBirthLine(before.chars()));
        if (isNameLine(s, 0) && before != null && cardBirthLine(before.chars())) {
            names(line, 0, "identity card's name line", results);
        } else if (isNameLine(s, 5) && "PVIAC".indexOf(s.charAt(0)) >= 0 && isCodeAndState(s)) {
            if (vouched) {
                names(line, 5, "name line", results);
            }
        } else if (!dataLine(s, line, before, results)) {
            cardLines(s, line, results);
        }
    }

    /**
     * Each name of a name line a finding of its own ("ERIKSSON", "ANNA", "MARIA"), so that the engine finds them
     * again where the page prints them ("Surname ERIKSSON", "Given names ANNA MARIA").
     */
    private static void names(Line line, int from, String why, List<RecognizerResult> results) {
        String s = line.chars();
        for (int i = from; i < s.length(); ) {
            int end = i;
            while (end < s.length() && s.charAt(end) != '<') {
                end++;
            }
            if (end > i) {
                add(results, "PERSON", line.field(i, end), 0.9, why);
            }
            i = end + 1;
        }
    }

    /** Code and state: a letter, a letter or filler, three letters or fillers ("P<UTO", "IDD<<"). */
    private static boolean isCodeAndState(String s) {
        for (int i = 1; i < 5; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '<')) {
                return false;
            }
        }
        return true;
    }

    /** Capitals and fillers only from {@code from} on, a capital first, and a name's "<<" or the fillers after it. */
    private static boolean isNameLine(String s, int from) {
        if (s.length() <= from + 2 || s.charAt(from) < 'A' || s.charAt(from) > 'Z') {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return false;
            }
        }
        return s.indexOf("<<", from) > 0;
    }

    /**
     * A passport's, visa's or TD2 card's second line: number (0-8), check, nationality (10-12), birth (13-18), check,
     * sex, expiry (21-26), check, optional data (a personal number) to the end's check digits.
     */
    private static boolean dataLine(String s, Line line, Line before, List<RecognizerResult> results) {
        if (!isDataLine(s)) {
            return false;
        }
        boolean number = check(s, 0, 9);
        char code = before != null && isNameLine(before.chars(), 5) ? before.chars().charAt(0) : s.length() >= 42 ? 'P' : 'I';
        add(results, code == 'P' ? "PASSPORT" : "ID_NUMBER", line.field(0, 9), number ? 1.0 : 0.85, "document number");
        add(results, "DATE_OF_BIRTH", line.field(13, 19), 0.95, "date of birth");
        // the optional data up to the check digits at the end (TD3: 28-41; TD2: 28-34; a visa's, which has none, to its end)
        int optionalEnd = code == 'V' ? s.length() : s.length() >= 42 ? Math.min(42, s.length()) : Math.min(35, s.length());
        add(results, "ID_NUMBER", personalNumber(line, 28, optionalEnd), 0.85, "personal number");
        return true;
    }

    /** Whether a line is a data line: its fields' shapes, its dates, and two of its three check digits passing. */
    private static boolean isDataLine(String s) {
        if (s.length() < 36 || !alphanumeric(s, 0, 9) || !letters(s, 10, 13) || !date(s, 13) || !date(s, 21)
                || "MFX<".indexOf(s.charAt(20)) < 0) {
            return false;
        }
        return (check(s, 0, 9) ? 1 : 0) + (check(s, 13, 19) ? 1 : 0) + (check(s, 21, 27) ? 1 : 0) >= 2;
    }

    /** A TD1 identity card's first line (code, state, number, check, optional data) or second (birth, sex, expiry). */
    private static void cardLines(String s, Line line, List<RecognizerResult> results) {
        if (s.length() <= 32 && "IAC".indexOf(s.charAt(0)) >= 0 && isCodeAndState(s) && alphanumeric(s, 5, 14)
                && check(s, 5, 14)) {
            add(results, "ID_NUMBER", line.field(5, 14), 1.0, "document number");
            add(results, "ID_NUMBER", personalNumber(line, 15, Math.min(30, s.length())), 0.85, "optional data");
        } else if (cardBirthLine(s)) {
            add(results, "DATE_OF_BIRTH", line.field(0, 6), 0.95, "date of birth");
            add(results, "ID_NUMBER", personalNumber(line, 18, Math.min(29, s.length())), 0.85, "optional data");
        }
    }

    /**
     * A TD1 card's second line: birth date and its check, sex, expiry and its check (one may be an OCR's error),
     * nationality.
     */
    private static boolean cardBirthLine(String s) {
        return s.length() <= 32 && date(s, 0) && "MFX<".indexOf(s.charAt(7)) >= 0 && date(s, 8)
                && (check(s, 0, 6) || check(s, 8, 14)) && letters(s, 15, 18);
    }

    /** Optional data that holds a number (not only fillers, nor a lone check digit's filler). */
    private static int[] personalNumber(Line line, int from, int to) {
        String s = line.chars();
        for (int i = from; i < Math.min(to, s.length()); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return line.field(from, to);
            }
        }
        return null;
    }

    private static boolean alphanumeric(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<')) {
                return false;
            }
        }
        return true;
    }

    private static boolean letters(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '<')) {
                return false;
            }
        }
        return true;
    }

    /** Six digits YYMMDD of a real month and day. */
    private static boolean date(String s, int at) {
        for (int i = at; i < at + 6; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        int month = (s.charAt(at + 2) - '0') * 10 + s.charAt(at + 3) - '0';
        int day = (s.charAt(at + 4) - '0') * 10 + s.charAt(at + 5) - '0';
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** ICAO 9303's check digit: weights 7, 3, 1 over digits, letters as 10 to 35, fillers as 0; in {@code s[to]}. */
    static boolean check(String s, int from, int to) {
        int sum = 0;
        int[] weights = {7, 3, 1};
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 0;
            sum += v * weights[(i - from) % 3];
        }
        char digit = s.charAt(to);
        return digit >= '0' && digit <= '9' && sum % 10 == digit - '0';
    }

    private static void add(List<RecognizerResult> results, String type, int[] span, double score, String why) {
        if (span != null) {
            results.add(new RecognizerResult(type, span[0], span[1], score, WHY + why));
        }
    }
}
