package io.blackbar.rules.gdpr.internal;

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
 * Portuguese citizen cards' document numbers (Cartão de Cidadão): the civil identification number's eight digits and
 * its check digit, two letters of the version and a check digit ("14820937 8 ZX4"), the whole checked as Luhn with the
 * letters counting 10 to 35. After "CC", "Cartão de Cidadão" or "BI" and maybe "n.º".
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PT_CC", frameworks = {"gdpr", "pii"})
public class PtCcRecognizer extends PatternRecognizer {

    public PtCcRecognizer() {
        super("PT_CC", Category.IDENTIFIER, List.of(NamedPattern.of("labelled citizen card",
                "(?<![\\p{L}])(?:CC|C\\.C\\.|(?i:cart[ãa]o[ \\t]+de[ \\t]+cidad[ãa]o))(?:[ \\t]+(?:n\\.?[º°]|n[uú]mero|no\\.?))?[ \\t]*+[:.]?[ \\t]*+"
                        + "(?<value>\\d{8}[ ]?\\d[ ]?[A-Z]{2}\\d)(?![\\w-])", 0.8)),
                Set.of("cartão de cidadão", "cartao de cidadao", "cc"));
    }

    @Override
    protected Validation validate(String value) {
        String v = value.replace(" ", "");
        int sum = 0;
        for (int k = 0; k < v.length(); k++) { // from the right, every second one doubled
            int d = CheckDigits.alphanumeric(v.charAt(v.length() - 1 - k));
            sum += k % 2 == 0 ? d : d * 2 >= 10 ? d * 2 - 9 : d * 2;
        }
        return sum % 10 == 0 ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
