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
 * The transcription mark under a dictated note's signature: the physician's initials, then the
 * typists' names in lower case ({@code XGT:holmes}, {@code GPP/church/olinger}), on the line after
 * {@code M.D.} or the same one. The names are persons.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PERSON", frameworks = "hipaa")
public class TranscriptionistRecognizer extends PatternRecognizer {

    public TranscriptionistRecognizer() {
        super("PERSON", Category.PERSONAL, List.of(
                NamedPattern.of("typist after the physician's initials",
                        "M\\.D\\.\\s{1,12}[A-Z]{2,4}[:/](?<value>[a-z]{3,15}(?:/[a-z]{3,15}){0,3})\\b", 0.7)),
                Set.of("dictated", "transcribed", "md", "m.d"));
    }
}
