package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/** Device identifiers and serial numbers after their label (HIPAA identifier 13). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "DEVICE_ID", frameworks = {"hipaa"})
public class DeviceIdRecognizer extends LabelledNumberRecognizer {

    public DeviceIdRecognizer() {
        super("DEVICE_ID", Category.IDENTIFIER, "serial|(?-i:S/N|S/n)|(?-i:s/n)(?![ \\t]+\\d{5}[ \\t]+(?-i:\\p{Lu}))|sn|device[ \\t]+id|udi|implant[ \\t]+id", "[A-Z0-9][A-Z0-9-]{3,24}[A-Z0-9]", 0.65, Set.of("device", "implant", "pacemaker", "pump", "model"));
    }
}
