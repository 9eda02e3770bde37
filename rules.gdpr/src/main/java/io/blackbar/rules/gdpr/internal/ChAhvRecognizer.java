package io.blackbar.rules.gdpr.internal;

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
 * Swiss social insurance numbers (AHV, AVS, AVS/AHV, since 2008): thirteen digits, 756 (the country's ISO code), nine
 * digits, and an EAN-13 check digit (weights 1 and 3 from the left). Printed in its dotted groups ("756.3047.5009.62")
 * it is read alone, being written so by nothing else; as thirteen digits only after its label ("AHV-Nr.
 * 7563047500962", "No AVS:").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "CH_AHV", frameworks = {"gdpr", "pii"})
public class ChAhvRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3};

    public ChAhvRecognizer() {
        super("CH_AHV", Category.IDENTIFIER, List.of(
                NamedPattern.of("ahv number in its groups", "(?<![\\w.-])756\\.\\d{4}\\.\\d{4}\\.\\d{2}(?![\\w-]|[.,]\\d)", 0.85),
                NamedPattern.of("labelled ahv number", "(?i:\\b(?:ahv|avs|avs/ahv|ahv/avs)(?:[ \\t-]*+(?:nr|no|n°|nummer|number|numéro))?"
                        + "\\.?[ \\t]*+[:#]?[ \\t]*+)(?<value>756\\d{10})(?![\\w-]|[.,]\\d)", 0.8)),
                Set.of("ahv", "avs", "ahv-nr", "ahv-nummer", "sozialversicherungsnummer", "numéro avs", "no avs", "assicurazione"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        int sum = Checksums.weightedSum(d.substring(0, 12), WEIGHTS);
        return (10 - sum % 10) % 10 == d.charAt(12) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
