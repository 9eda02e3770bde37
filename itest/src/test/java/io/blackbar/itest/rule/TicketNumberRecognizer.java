package io.blackbar.itest.rule;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/** A rule the hot-deploy test turns into a bundle at test time (with bnd) and drops into the deploy folder. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "ITEST_TICKET", frameworks = {"pii", "hipaa"})
public class TicketNumberRecognizer extends PatternRecognizer {

    public TicketNumberRecognizer() {
        super("ITEST_TICKET", Category.IDENTIFIER, List.of(NamedPattern.of("ticket", "\\bTKT-\\d{5}\\b", 0.9)),
                Set.of("ticket"));
    }
}
