package io.blackbar.engine.api.spi;

import org.osgi.annotation.versioning.ProviderType;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** The service properties of a {@link FormatHandler} component. */
@ComponentPropertyType
@ProviderType
public @interface FormatProperties {

    /** Prefix of the property names. */
    String PREFIX_ = "blackbar.";

    /** @return the media types ({@value FormatHandler#PROP_MEDIA_TYPES}) */
    String[] media_types();

    /** @return the extensions ({@value FormatHandler#PROP_EXTENSIONS}) */
    String[] extensions();
}
