package io.blackbar.rules.pii.internal;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.SpokenDigits;

/**
 * A US social security number read out ("my social is one two three, four five, six seven eight nine"): nine
 * digits that keep the issuing rules ({@link UsSsnRecognizer}), after a word that asks for it.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "US_SSN", frameworks = {"pii", "hipaa", "gdpr"})
public class SpokenSsnRecognizer extends SpokenNumberRecognizer {

    /** Not "social" alone: "her social media handle ends in ..." (the review's). */
    private static final String[] ASKED_BY = {"ssn", "social security", "ss number", "ss#", "your social", "my social",
        "the social", "social is", "social?"};

    public SpokenSsnRecognizer() {
        super("US_SSN", Category.IDENTIFIER, 9);
    }

    @Override
    RecognizerResult read(CharSequence text, SpokenDigits.Run run) {
        String d = run.digits();
        if (d.length() != 9 || !UsSsnRecognizer.issued(d)) {
            return null;
        }
        String asked = SpokenDigits.saidBefore(text, run.start(), ASKED_WITHIN, ASKED_BY);
        return asked == null ? null : new RecognizerResult("US_SSN", run.start(), run.end(), 0.85,
                "social security number read out in words after '" + asked + "'");
    }
}
