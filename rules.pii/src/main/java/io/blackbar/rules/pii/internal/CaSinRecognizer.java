package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * Canadian Social Insurance Numbers (Employment and Social Development Canada): nine digits in groups of three,
 * passing the Luhn check, not beginning with 8 (business numbers; 0 is unassigned but is the first digit of the
 * government's own example, "046 454 286", which forms are filled with). Nine digits pass Luhn one time in ten:
 * it is taken after its label only.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "CA_SIN", frameworks = {"pii", "hipaa", "gdpr"})
public class CaSinRecognizer extends LabelledNumberRecognizer {

    public CaSinRecognizer() {
        super("CA_SIN", Category.IDENTIFIER, "sin|social[ \\t]+insurance(?:[ \\t]+(?:number|no\\.?))?|num[ée]ro[ \\t]+d'assurance[ \\t]+sociale|nas", "[0-79]\\d{2}(?:\\d{6}|-\\d{3}-\\d{3}| \\d{3} \\d{3})", 0.6,
                Set.of("sin", "social insurance number", "social insurance no", "numéro d'assurance sociale", "nas"));
    }

    @Override
    protected Validation validate(String value) {
        return Checksums.luhn(Checksums.digits(value)) ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
