package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * Indian Aadhaar numbers (UIDAI): twelve digits, never beginning with 0 or 1, the last a Verhoeff check digit, printed
 * in fours ("2345 6789 0124"). One number in ten passes the check: it is taken after its label only ("Aadhaar No.:",
 * "UID:"). Bare, it was tried at every number of a text (7 ms per 4 MB, as much as the national numbers of five
 * countries read after their labels).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "IN_AADHAAR", frameworks = {"pii", "gdpr"})
public class InAadhaarRecognizer extends LabelledNumberRecognizer {

    /** Verhoeff's tables: the dihedral group D5's products, and the permutation applied at each position. */
    private static final int[][] D = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] P = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

    public InAadhaarRecognizer() {
        super("IN_AADHAAR", Category.IDENTIFIER, "(?:aadha?ar(?:[ \\t]+card)?|uidai|uid|\u0906\u0927\u093e\u0930)(?:[ \\t]*\\((?=[2-9]))?", // "Aadhaar (6283 0417 5598 as entered"
                "[2-9]\\d{3}(?:\\d{8}| \\d{4} \\d{4}|-\\d{4}-\\d{4})", 0.7,
                Set.of("aadhaar", "aadhar", "uidai", "uid", "\u0906\u0927\u093e\u0930"));
    }

    /** @return whether a string of digits passes Verhoeff's check (its last digit the check digit) */
    static boolean verhoeff(String digits) {
        int c = 0;
        for (int i = 0; i < digits.length(); i++) {
            c = D[c][P[i % 8][digits.charAt(digits.length() - 1 - i) - '0']];
        }
        return c == 0;
    }

    @Override
    protected Validation validate(String value) {
        return verhoeff(Checksums.digits(value)) ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
