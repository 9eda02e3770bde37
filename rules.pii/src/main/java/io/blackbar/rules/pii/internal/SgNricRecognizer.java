package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * Singapore's identity numbers (NRIC for citizens and residents, S and T; FIN for foreigners, F and G): a letter, seven
 * digits and a check letter. The digits are weighted 2, 7, 6, 5, 4, 3, 2, plus 4 for T and G, the sum modulo 11 indexes
 * the prefix's table of check letters. Not the M series of 2022, whose table I could not check against a specimen. One such code in eleven passes: taken alone at a score just
 * over the threshold ("my own NRIC S8834217H", "'id_no': 'F2918374X'"), a wrong check letter never.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "SG_NRIC", frameworks = {"pii", "gdpr"})
public class SgNricRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2};

    public SgNricRecognizer() {
        super("SG_NRIC", Category.IDENTIFIER, List.of(NamedPattern.of("nric", "(?<![\\w-])[STFG]\\d{7}[A-Z](?![\\w-])", 0.55)),
                Set.of("nric", "fin", "ic", "identity card", "singpass", "singapore"));
    }

    @Override
    protected Validation validate(String value) {
        char prefix = value.charAt(0);
        int sum = prefix == 'T' || prefix == 'G' ? 4 : 0;
        for (int i = 0; i < 7; i++) {
            sum += (value.charAt(i + 1) - '0') * WEIGHTS[i];
        }
        String letters = prefix == 'S' || prefix == 'T' ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
        return letters.charAt(sum % 11) == value.charAt(8) ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
