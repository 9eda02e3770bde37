package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/** IBANs, compact or in groups of four, passing ISO 7064 mod 97-10. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "IBAN_CODE", frameworks = {"pii", "gdpr"})
public class IbanRecognizer extends PatternRecognizer {

    public IbanRecognizer() {
        super("IBAN_CODE", Category.FINANCIAL, List.of(
                NamedPattern.of("iban", "(?<![A-Za-z0-9])[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])", 0.5)),
                Set.of("iban", "account", "bank", "transfer"));
    }

    /**
     * Each match, or where its check fails the longest part of it that ends at a blank and passes, less words only (a
     * group with a small letter): the expression reads a short word after an IBAN in groups as its last group ("LT22 7044
     * 0060 3819 4027 ne vėliau", "ES91 … 1332 de", "BE68 … 7034 bank"), and an IBAN read so was lost (two of a fifteenth
     * held-out set's twelve).
     */
    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> out = new ArrayList<>();
        scanner(0).forEachMatch(text, m -> {
            int start = m.start();
            // the match, then the match less its last words (a group with a small letter), as long as any is left; a part is
            // tried only without small letters ("OX19 last year with mum" is none), each try one more chance for a number
            // to pass by luck
            boolean whole = true;
            for (int end = m.end(); end - start >= MIN_LENGTH; whole = false) {
                if ((whole || !hasSmallLetter(text, start, end))
                        && validate(text.subSequence(start, end).toString()) == Validation.CONFIRMED) {
                    out.add(new RecognizerResult("IBAN_CODE", start, end, confirmedScore(), "pattern 'iban', mod 97 passed"));
                    return;
                }
                int blank = lastBlank(text, start, end);
                if (blank < 0 || !hasSmallLetter(text, blank, end)) {
                    return;
                }
                end = blank;
            }
        });
        return out;
    }

    /** The shortest IBAN (Norway's), in characters. */
    private static final int MIN_LENGTH = 15;

    /** @return whether a small letter stands in {@code text[from, to)} (a word, not a group of an IBAN in print) */
    private static boolean hasSmallLetter(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** @return where the last blank before {@code end} stands after {@code start}, or -1 */
    private static int lastBlank(CharSequence text, int start, int end) {
        for (int k = end - 1; k > start; k--) {
            if (text.charAt(k) == ' ') {
                return k;
            }
        }
        return -1;
    }

    @Override
    protected Validation validate(String value) {
        String compact = value.replace(" ", "");
        return compact.length() >= MIN_LENGTH && compact.length() <= 34 && Checksums.mod97(compact)
                ? Validation.CONFIRMED : Validation.REJECTED;
    }

    @Override
    protected String validatorName() {
        return "mod 97";
    }
}
