package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * The age in a ward's patient line ("bed 1 - dorothy mcallister 88f urn 0734419": 88), read where
 * {@link ShorthandNameRecognizer#patients} finds the name. Apart from the name's recognizer because an age is personal
 * data under the GDPR and the "pii" framework, not under HIPAA below 90 (whose {@code AGE_OVER_89} reads the older ones).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "AGE", frameworks = {"pii", "gdpr"})
public class ShorthandAgeRecognizer implements Recognizer {

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("AGE", Category.PERSONAL));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> out = new ArrayList<>();
        ShorthandNameRecognizer.patients(text, (name, age) -> out.add(new RecognizerResult("AGE", age[0], age[1], 0.8,
                "age before a patient's sex")));
        return out;
    }
}
