package io.blackbar.rules.pii.internal;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.SpokenDigits;

/**
 * A phone number read out ("best number is oh seven seven double oh, nine double oh one two three", "five five
 * five, two one two, four four six seven"): a North American number (ten digits, area code and exchange not
 * beginning with 0 or 1, or eleven beginning with 1) or a national number of ten or eleven digits beginning with 0,
 * after a word that asks for a number.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PHONE_NUMBER", frameworks = {"pii", "hipaa", "gdpr"})
public class SpokenPhoneRecognizer extends SpokenNumberRecognizer {

    private static final String[] ASKED_BY = {"phone", "number", "call", "reach", "cell", "mobile", "callback", "landline",
        "telephone", "contact", "text"};

    public SpokenPhoneRecognizer() {
        super("PHONE_NUMBER", Category.CONTACT, 10);
    }

    @Override
    RecognizerResult read(CharSequence text, SpokenDigits.Run run) {
        String d = run.digits();
        boolean northAmerican = d.length() == 10 && d.charAt(0) >= '2' && d.charAt(3) >= '2'
                || d.length() == 11 && d.charAt(0) == '1' && d.charAt(1) >= '2' && d.charAt(4) >= '2';
        boolean national = (d.length() == 10 || d.length() == 11) && d.charAt(0) == '0' && d.charAt(1) != '0';
        if (!northAmerican && !national) {
            return null;
        }
        String asked = SpokenDigits.saidBefore(text, run.start(), ASKED_WITHIN, ASKED_BY);
        return asked == null ? null : new RecognizerResult("PHONE_NUMBER", run.start(), run.end(), 0.8,
                "phone number read out in words after '" + asked + "'");
    }
}
