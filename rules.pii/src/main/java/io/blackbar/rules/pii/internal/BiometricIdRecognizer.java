package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * Biometric identifiers (HIPAA identifier 16, "finger and voice prints"; biometric data under GDPR
 * Art. 9) as a text holds them: the identifier, template or hash of a fingerprint, voiceprint, retina
 * or iris scan or face template, after its label ("Fingerprint ID: FP-2231-884", "voiceprint template
 * hash 3fa94c0e..."). A value needs a digit; hashes and templates in hex or base64 are taken whole, up
 * to 4 KB.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "BIOMETRIC_ID", frameworks = {"hipaa", "gdpr"})
public class BiometricIdRecognizer extends LabelledNumberRecognizer {

    /** What a biometric is called, then up to two words for what is kept of it. */
    static final String LABEL = "(?:(?:finger|thumb|palm|voice|hand|face)[ \\t-]?prints?|retina(?:l)?[ \\t]+scan|iris[ \\t]+(?:scan|code)"
            + "|fac(?:e|ial)[ \\t]+(?:template|geometry|recognition|scan)|vein[ \\t]+(?:pattern|scan)|biometrics?)"
            + "(?:[ \\t]+(?:id|identifier|template|record|hash|ref|reference|key|sample|data|code)){0,2}";

    public BiometricIdRecognizer() {
        super("BIOMETRIC_ID", Category.IDENTIFIER, LABEL, "[A-Za-z0-9][A-Za-z0-9+/_-]{2,4096}(?:={1,2})?", 0.7,
                Set.of("biometric", "fingerprint", "voiceprint", "retina", "iris", "template"));
    }
}
