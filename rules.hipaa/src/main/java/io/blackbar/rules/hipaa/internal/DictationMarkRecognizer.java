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
 * Transcription marks in clinical notes that identify the dictating physician and the typist
 * ({@code XGT:holmes}, {@code GPP/church/olinger}, a user code such as {@code FB59} after
 * {@code M.D.}): HIPAA Safe Harbor identifier 18, "any other unique identifying code".
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "USERNAME", frameworks = "hipaa")
public class DictationMarkRecognizer extends PatternRecognizer {

    public DictationMarkRecognizer() {
        super("USERNAME", Category.IDENTIFIER, List.of(
                NamedPattern.of("typist initials", "(?<=M\\.D\\.[ \\t]{1,12})[A-Z]{2,4}[:/](?<value>[a-z]{3,15}(?:/[a-z]{3,15}){0,3})\\b", 0.7),
                NamedPattern.of("user code after a credential", "(?<=M\\.D\\.[ \\t]{1,12})(?<value>[A-Z]{2,4}\\d{1,4})\\b", 0.7)),
                Set.of("dictated", "transcribed", "md", "m.d"));
    }
}
