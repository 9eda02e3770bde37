package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/** Passport numbers after their label: 6 to 9 letters and digits (ICAO 9303 allows up to 9). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PASSPORT", frameworks = {"pii", "gdpr", "hipaa"})
public class PassportRecognizer extends LabelledNumberRecognizer {

    public PassportRecognizer() {
        super("PASSPORT", Category.IDENTIFIER, "passport", "[A-Z0-9]{6,9}", 0.7, Set.of("travel", "issued", "nationality"));
    }
}
