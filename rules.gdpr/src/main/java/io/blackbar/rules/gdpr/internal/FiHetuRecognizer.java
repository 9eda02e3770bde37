package io.blackbar.rules.gdpr.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/** Finnish personal identity codes (HETU): DDMMYY, a century sign, a serial and a check character (mod 31). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "FI_HETU", frameworks = {"gdpr", "pii"})
public class FiHetuRecognizer extends PatternRecognizer {

    public FiHetuRecognizer() {
        super("FI_HETU", Category.IDENTIFIER, List.of(NamedPattern.of("hetu", "\\b(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])\\d{2}[-+A-FU-Y]\\d{3}[0-9A-FHJ-NPR-Y]\\b", 0.6)), Set.of("henkilötunnus", "hetu", "personal identity code"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        String table = "0123456789ABCDEFHJKLMNPRSTUVWXY";
        long n = Long.parseLong(value.substring(0, 6) + value.substring(7, 10));
        return table.charAt((int) (n % 31)) == value.charAt(10) ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
