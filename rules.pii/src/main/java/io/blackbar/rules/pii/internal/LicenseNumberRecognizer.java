package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/** Certificate and licence numbers after their label (HIPAA identifier 11). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "LICENSE_NUMBER", frameworks = {"hipaa"})
public class LicenseNumberRecognizer extends LabelledNumberRecognizer {

    public LicenseNumberRecognizer() {
        super("LICENSE_NUMBER", Category.IDENTIFIER, "(?:medical|nursing|professional|state)?[ \\t]*licen[cs]e|certificate|cert\\.?", "[A-Z0-9][A-Z0-9-]{3,14}[A-Z0-9]", 0.65, Set.of("board", "issued", "registered"));
    }
}
