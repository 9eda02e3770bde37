package io.blackbar.rules.pcidss.internal;

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

/**
 * Magnetic-stripe data (PCI DSS sensitive authentication data, never to be stored): track 1
 * ({@code %B<PAN>^NAME^YYMM...?}) and track 2 ({@code ;<PAN>=YYMM...?}); the PAN inside must pass Luhn.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "CARD_TRACK_DATA", frameworks = "pci-dss")
public class TrackDataRecognizer extends PatternRecognizer {

    public TrackDataRecognizer() {
        super("CARD_TRACK_DATA", Category.FINANCIAL, List.of(
                NamedPattern.of("track 1", "%B\\d{12,19}\\^[^^\\n]{2,26}\\^\\d{4}[^?\\n]{0,80}\\?", 0.8),
                NamedPattern.of("track 2", ";\\d{12,19}=\\d{4}[^?\\n]{0,40}\\?", 0.8)),
                Set.of("track", "track 1", "track 2", "magstripe", "swipe"));
    }

    @Override
    protected Validation validate(String value) {
        int start = value.charAt(0) == '%' ? 2 : 1;
        int end = start;
        while (end < value.length() && Character.isDigit(value.charAt(end))) {
            end++;
        }
        return Checksums.luhn(value.substring(start, end)) ? Validation.CONFIRMED : Validation.REJECTED;
    }
}
