package io.blackbar.engine.api.spi;

import org.osgi.annotation.versioning.ProviderType;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link Recognizer} component, so nobody types their names:
 * <pre>
 * &#64;Component
 * &#64;RecognizerProperties(entity = "US_SSN", frameworks = {"pii", "hipaa"})
 * public class SsnRecognizer extends PatternRecognizer { ... }
 * </pre>
 */
@ComponentPropertyType
@ProviderType
public @interface RecognizerProperties {

    /** Prefix of the property names. */
    String PREFIX_ = "blackbar.";

    /** @return the entity types ({@value Recognizer#PROP_ENTITY}) */
    String[] entity();

    /** @return the frameworks ({@value Recognizer#PROP_FRAMEWORKS}) */
    String[] frameworks();
}
