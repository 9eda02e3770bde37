package io.blackbar.rules.gdpr.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * Estonian personal identification codes (isikukood): eleven digits, G YYMMDD SSS C: the century and sex (1-6), the birth
 * date, a serial and a check digit (weights 1 2 3 4 5 6 7 8 9 1 modulo 11; a remainder of 10 is counted again with
 * weights 3 4 5 6 7 8 9 1 2 3, and a second 10 is written 0: {@link CheckDigits#baltic}). After its label in its cases
 * ("Isikukood: 48403172727", "isikukoodiga 50908235710").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "EE_PERSONAL_CODE", frameworks = {"gdpr", "pii"})
public class EePersonalCodeRecognizer extends BalticPersonalCodeRecognizer {

    public EePersonalCodeRecognizer() {
        super("EE_PERSONAL_CODE", "labelled isikukood", "(?i:\\b(?:isikukood(?:i|iga|ile|ist)?))",
                "[1-6]", Set.of("isikukood"));
    }
}
