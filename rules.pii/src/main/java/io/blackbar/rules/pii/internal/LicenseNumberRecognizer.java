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

    // at most four blanks after the kind of licence: with the label's length bounded, the scanner looks for
    // "licen", "cert" first; the value found is the same (past four blanks the match starts at "licence").
    // Spanish: a doctor's registration with the provincial college ("NºCol: 28 28 20943", "colegiado nº 12345"),
    // its labels literals that begin every match, so that the scanner looks for them before trying any
    // position (an optional "nº" before "colegiado" left it trying every word)
    public LicenseNumberRecognizer() {
        super("LICENSE_NUMBER", Category.IDENTIFIER, "(?:medical|nursing|professional|state)?[ \\t]{0,4}licen[cs]e|certificate|cert\\.?"
                + "|nº ?col\\.?|n° ?col\\.?|colegiad[oa](?:[ \\t]+n[º°o]\\.?)?",
                SPACED_DIGITS + "|[A-Z0-9][A-Z0-9-]{3,14}[A-Z0-9]", 0.65, Set.of("board", "issued", "registered", "colegio", "médico"));
    }
}
