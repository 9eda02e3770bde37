package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * US ZIP codes (five digits, optionally ZIP+4): after a state abbreviation they are taken; alone, five
 * digits are too common and need a context word. HIPAA Safe Harbor treats ZIP codes as identifiers.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "ZIP_CODE", frameworks = {"pii", "hipaa", "gdpr"})
public class ZipCodeRecognizer extends PatternRecognizer {

    private static final String STATES = "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS"
            + "|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AA|AE|AP)";

    public ZipCodeRecognizer() {
        super("ZIP_CODE", Category.LOCATION, List.of(
                NamedPattern.of("state and zip", "\\b" + STATES + ",?\\s{1,3}(?<value>\\d{5}(?:-\\d{4})?)\\b", 0.7),
                NamedPattern.of("zip", "(?<![\\d.,$-])\\d{5}(?:-\\d{4})?(?![\\d.,-]\\d)", 0.2),
                NamedPattern.ofIgnoreCase("labelled postal code", "\\b(?:zip code|zipcode|postal code|post code|postcode|zip)(?: is)?\\s*[:#]?\\s*"
                        + "(?<value>(?=[A-Z]{0,4}\\d)[A-Z0-9]{2,5}(?:[ -][0-9][A-Z0-9]{1,3})?)(?![\\w-])", 0.7)),
                Set.of("zip", "zip code", "zipcode", "postal", "postal code", "postcode", "address"));
    }
}
