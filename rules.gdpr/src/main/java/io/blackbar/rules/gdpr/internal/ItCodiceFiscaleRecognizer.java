package io.blackbar.rules.gdpr.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.Validation;

/** Italian codice fiscale: surname, name, birth date and place codes, and a check letter (odd/even tables, mod 26). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "IT_FISCAL_CODE", frameworks = {"gdpr", "pii"})
public class ItCodiceFiscaleRecognizer extends PatternRecognizer {

    /** Values of the characters in odd positions (1st, 3rd, ...), digits then letters. */
    private static final int[] ODD_DIGITS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
    private static final int[] ODD_LETTERS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
        10, 22, 25, 24, 23};

    public ItCodiceFiscaleRecognizer() {
        super("IT_FISCAL_CODE", Category.IDENTIFIER, List.of(NamedPattern.of("codice fiscale",
                "(?i)\\b(?=\\w{16}\\b)[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\\b", 0.5)),
                Set.of("codice fiscale", "c.f.", "cf", "fiscal code", "tax code"));
    }

    /**
     * The expression tried only at the words of sixteen ASCII letters, digits and underscores, read in one pass:
     * the scanner's index tried none, but visited every letter after a space (3% of all the expressions' time on
     * the throughput benchmark's text).
     */
    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        String plain = text.toString();
        return analyze(text, (k, action) -> sixteenCharacterWords(text, plain, patterns().get(k).pattern(), action));
    }

    /**
     * Calls {@code action} with each match {@code find()} gives of an expression whose matches are words of sixteen
     * ASCII word characters ({@code \\b(?=\\w{16}\\b)}), trying it at the start of each run of exactly sixteen.
     */
    static void sixteenCharacterWords(CharSequence text, String plain, java.util.regex.Pattern pattern,
            java.util.function.Consumer<java.util.regex.Matcher> action) {
        int n = plain.length();
        java.util.regex.Matcher m = null;
        int run = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && asciiWord(plain.charAt(i))) {
                run++;
                continue;
            }
            if (run == 16) {
                if (m == null) {
                    m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(i - 16, n);
                if (m.lookingAt()) {
                    action.accept(m);
                }
            }
            run = 0;
            if ((i & 0xFFFF) == 0 && i < n) {
                text.charAt(i); // a read through the caller's text, which may enforce a deadline
            }
        }
    }

    private static boolean asciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    @Override
    protected Validation validate(String value) {
        String v = value.toUpperCase(java.util.Locale.ROOT);
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = v.charAt(i);
            boolean digit = Character.isDigit(c);
            if (i % 2 == 0) {
                sum += digit ? ODD_DIGITS[c - '0'] : ODD_LETTERS[c - 'A'];
            } else {
                sum += digit ? c - '0' : c - 'A';
            }
        }
        return v.charAt(15) == (char) ('A' + sum % 26) ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
