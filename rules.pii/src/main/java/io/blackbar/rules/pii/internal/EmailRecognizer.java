package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/** E-mail addresses (RFC 5321 local part and domain, repetition bounded so long tokens stay linear). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "EMAIL_ADDRESS", frameworks = {"pii", "hipaa", "gdpr"})
public class EmailRecognizer extends PatternRecognizer {

    public EmailRecognizer() {
        super("EMAIL_ADDRESS", Category.CONTACT, List.of(NamedPattern.of("email",
                "(?<![\\w.+-])(?=[A-Za-z0-9._%+'-]{1,64}+@)[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}(?<!')@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,8}[A-Za-z]{2,24}(?![\\w-])",
                0.9)), Set.of("email", "e-mail", "mail", "contact"));
    }
}
