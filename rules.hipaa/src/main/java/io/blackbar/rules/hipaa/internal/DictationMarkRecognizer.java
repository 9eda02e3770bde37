package io.blackbar.rules.hipaa.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * A user code after a physician's credential in a clinical note's signature ({@code FB59} after
 * {@code M.D.}, on the same line or the next): HIPAA Safe Harbor identifier 18, "any other unique
 * identifying code". The credential is matched, not looked behind for, so the scan jumps from one
 * "M.D." to the next; the finding is the code alone. Typists' names after the dictating
 * physician's initials are persons: {@link TranscriptionistRecognizer}.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "USERNAME", frameworks = "hipaa")
public class DictationMarkRecognizer extends PatternRecognizer {

    public DictationMarkRecognizer() {
        super("USERNAME", Category.IDENTIFIER, List.of(
                NamedPattern.of("user code after a credential", "M\\.D\\.\\s{1,12}(?<value>[A-Z]{2,4}\\d{1,4})\\b", 0.7)),
                Set.of("dictated", "transcribed", "md", "m.d"));
    }
}
