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
 * A dictated note's document number as transcription services stamp it by the signature: two or three capitals and
 * digits, a slash, four to seven digits ("XW277/90683", "GC84/51230"): HIPAA Safe Harbor identifier 18, "any other
 * unique identifying number" (i2b2 marks it IDNUM). Its shape alone: no label stands before it, and a blood pressure
 * or a ratio has no letters before its digits ("BP 120/80") nor that many digits after the slash.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "ID_NUMBER", frameworks = "hipaa")
public class DocumentNumberRecognizer extends PatternRecognizer {

    public DocumentNumberRecognizer() {
        super("ID_NUMBER", Category.IDENTIFIER, List.of(NamedPattern.of("dictated note's document number",
                "(?<![\\w/.-])[A-Z]{2,3}\\d{2,4}/\\d{4,7}(?![\\w/.-])"
                // not a product's model or part number ("Model TX500/12000"), looked back at after the match
                + "(?<!(?i:model|part|sku|item|type|version|cat)\\.?[ \\t:#]{1,3}[A-Z]{2,3}\\d{2,4}/\\d{4,7})", 0.6)),
                Set.of("dictated", "transcribed", "signed", "job", "document"));
    }
}
