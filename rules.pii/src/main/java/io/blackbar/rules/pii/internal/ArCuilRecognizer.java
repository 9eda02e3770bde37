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
 * Argentina's CUIL and a person's CUIT: eleven digits, a type (20, 23, 24 or 27 for a person; 30, 33, 34 a company's,
 * left out), the DNI's eight digits and a check digit (weights 5 4 3 2 7 6 5 4 3 2, 11 minus the sum modulo 11, 11
 * written 0; a 10 makes the type 23 and the check 9, and 9 is read for it under any type, as python-stdnum reads it). With its dashes ("20-34182447-9") alone; with them or without after "CUIL" or "CUIT".
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "AR_CUIL", frameworks = {"pii", "gdpr"})
public class ArCuilRecognizer extends PatternRecognizer {

    private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    public ArCuilRecognizer() {
        super("AR_CUIL", Category.IDENTIFIER, List.of(
                NamedPattern.of("cuil with its dashes", "(?<![\\w.-])2[0347]-\\d{8}-\\d(?![\\w-]|[.,]\\d)", 0.6),
                NamedPattern.of("labelled cuil", "(?<![\\p{L}])(?:CUIL|CUIT|C\\.U\\.I\\.L\\.|cuil|cuit)[ \\t]*+[:#.Nnº°]*[ \\t]*+"
                        + "(?<value>2[0347]-?\\d{8}-?\\d)(?![\\w-]|[.,]\\d)", 0.8)),
                Set.of("cuil", "cuit"));
    }

    @Override
    protected Validation validate(String value) {
        String digits = Checksums.digits(value);
        int check = 11 - Checksums.weightedSum(digits, WEIGHTS) % 11;
        int written = check == 11 ? 0 : check == 10 ? 9 : check;
        return written == digits.charAt(10) - '0' ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
