package io.blackbar.engine.api;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;
import java.util.Map;

/**
 * What is deployed now.
 *
 * @param frameworks framework name to the entity types it covers, both sorted
 * @param formats the formats that can be read
 */
@ProviderType
public record Catalog(Map<String, List<EntityType>> frameworks, List<Format> formats) {

    /** Copies the collections. */
    public Catalog {
        frameworks = Map.copyOf(frameworks);
        formats = List.copyOf(formats);
    }

    /**
     * An entity type and its category.
     *
     * @param name e.g. {@code US_SSN}
     * @param category its category
     */
    public record EntityType(String name, Category category) {
    }

    /**
     * A readable format.
     *
     * @param mediaType its media type
     * @param extensions file name extensions, lower case, without the dot
     */
    public record Format(String mediaType, List<String> extensions) {

        /** Copies the list. */
        public Format {
            extensions = List.copyOf(extensions);
        }
    }
}
