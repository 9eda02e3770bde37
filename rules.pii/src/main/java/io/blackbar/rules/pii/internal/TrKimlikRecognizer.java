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
 * Turkey's identity number (T.C. Kimlik No): eleven digits, not beginning with 0, the tenth seven times the sum of the
 * odd places less the sum of the even ones (of the first nine) modulo 10, the eleventh the sum of the first ten modulo
 * 10; after its label ("T.C. Kimlik No:", "TCKN", "T.C."). Eleven digits alone are too many other things to be read as
 * one.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "TR_TCKN", frameworks = {"pii", "gdpr"})
public class TrKimlikRecognizer extends PatternRecognizer {

    public TrKimlikRecognizer() {
        super("TR_TCKN", Category.IDENTIFIER, List.of(
                NamedPattern.of("labelled kimlik", "(?<![\\p{L}])(?:T\\.[ \\t]?C\\.(?:[ \\t]*+Kimlik(?:[ \\t]*+(?:No|Numarası)\\.?)?)?"
                        + "|TCKN|TCKNo|TC[ \\t]Kimlik(?:[ \\t]*+(?:No|Numarası)\\.?)?|Kimlik[ \\t](?:No|Numarası)\\.?)"
                        + "[ \\t]*+:?[ \\t]*+(?<value>[1-9]\\d{10})(?![\\w-]|[.,]\\d)", 0.6)),
                Set.of("kimlik", "tckn", "nüfus"));
    }

    @Override
    protected Validation validate(String value) {
        int[] d = new int[11];
        for (int k = 0; k < 11; k++) {
            d[k] = value.charAt(k) - '0';
        }
        int odd = d[0] + d[2] + d[4] + d[6] + d[8];
        int even = d[1] + d[3] + d[5] + d[7];
        int tenth = Math.floorMod(odd * 7 - even, 10);
        int sum = 0;
        for (int k = 0; k < 10; k++) {
            sum += d[k];
        }
        return tenth == d[9] && sum % 10 == d[10] ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
