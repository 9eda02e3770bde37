package com.acme.rules.example;

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
 * ACME employee ids such as {@code E-123456}. The engine raises the score when one of the context
 * words stands near the match, and drops matches below the request's minimum confidence.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "ACME_EMPLOYEE_ID", frameworks = {"pii", "gdpr"})
public class EmployeeIdRecognizer extends PatternRecognizer {

    public EmployeeIdRecognizer() {
        super("ACME_EMPLOYEE_ID", Category.IDENTIFIER,
                List.of(NamedPattern.of("employee id", "\\bE-\\d{6}\\b", 0.6)),
                Set.of("employee", "badge", "staff"));
    }

    /** Ids E-000000 and E-999999 are test fixtures in ACME's HR system, never real people. */
    @Override
    protected Validation validate(String value) {
        return value.equals("E-000000") || value.equals("E-999999") ? Validation.REJECTED : Validation.UNKNOWN;
    }
}
