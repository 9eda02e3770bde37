package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * Hong Kong identity card numbers (HKID): one or two letters, six digits and a check digit in brackets ("Y482913(A)"):
 * the letters counted 10 (A) to 35 (Z) and a missing first letter 36, weighted 9 and 8, the digits 7 to 2, and the check
 * making the sum a multiple of 11 (10 written A). Found alone with its brackets, after "HKID" without them.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "HK_HKID", frameworks = {"pii", "gdpr"})
public class HkIdRecognizer extends PatternRecognizer {

    public HkIdRecognizer() {
        super("HK_HKID", Category.IDENTIFIER, List.of(
                NamedPattern.of("hkid with its brackets", "(?<![\\w(])[A-Z]{1,2}\\d{6}\\([0-9A]\\)", 0.6),
                NamedPattern.of("labelled hkid", "(?<![\\p{L}])(?:HKID|HKIC|(?i:hong[ \\t]+kong[ \\t]+identity[ \\t]+card))(?:[ \\t]+(?i:no\\.?|number))?"
                        + "[ \\t]*+[:#.]?[ \\t]*+(?<value>[A-Z]{1,2}\\d{6}\\(?[0-9A]\\)?)(?![\\w-]|[.,]\\d)", 0.8)),
                Set.of("hkid", "identity card"));
    }

    @Override
    protected Validation validate(String value) {
        String v = value.replace("(", "").replace(")", "");
        int letters = v.length() - 7;
        int sum = letters == 1 ? 36 * 9 + (v.charAt(0) - 'A' + 10) * 8 : (v.charAt(0) - 'A' + 10) * 9 + (v.charAt(1) - 'A' + 10) * 8;
        for (int k = 0; k < 6; k++) {
            sum += (v.charAt(letters + k) - '0') * (7 - k);
        }
        char c = v.charAt(v.length() - 1);
        sum += c == 'A' ? 10 : c - '0';
        return sum % 11 == 0 ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
