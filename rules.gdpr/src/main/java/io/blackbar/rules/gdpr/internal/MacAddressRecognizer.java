package io.blackbar.rules.gdpr.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/** MAC addresses, an online identifier under GDPR recital 30: six hex pairs split by ':' or '-'. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "MAC_ADDRESS", frameworks = {"gdpr", "hipaa"})
public class MacAddressRecognizer extends PatternRecognizer {

    public MacAddressRecognizer() {
        super("MAC_ADDRESS", Category.ONLINE, List.of(
                NamedPattern.of("mac colon", "(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:])", 0.7),
                NamedPattern.of("mac dash", "(?<![0-9A-Fa-f-])(?:[0-9A-Fa-f]{2}-){5}[0-9A-Fa-f]{2}(?![0-9A-Fa-f-])", 0.7)),
                Set.of("mac", "mac address", "hardware address", "device", "wifi", "ethernet"));
    }
}
