package io.blackbar.engine.api.spi;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

import io.blackbar.engine.api.Catalog.EntityType;

/**
 * Finds one or more entity types in text. Registered as a service with the properties of
 * {@link RecognizerProperties}: {@value #PROP_ENTITY} (the entity types) and
 * {@value #PROP_FRAMEWORKS} (the frameworks that use it). A recognizer is written once and tagged
 * with every framework that needs it.
 *
 * <p>A recognizer only proposes spans and base scores. The engine owns context-word scoring,
 * overlap resolution, the minimum confidence and the time limit: the text it passes throws
 * {@link TextDeadlineException} from {@code charAt} once the request's budget is spent.
 */
@ConsumerType
public interface Recognizer {

    /** Service property: the entity types found (String or String[]). */
    String PROP_ENTITY = "blackbar.entity";
    /** Service property: the frameworks that use this recognizer (String or String[]). */
    String PROP_FRAMEWORKS = "blackbar.frameworks";

    /** @return the entity types this recognizer reports, with their categories */
    List<EntityType> entities();

    /**
     * Words that, near a match, make it more likely (e.g. {@code ssn}, {@code social security}).
     * The engine raises the score of a result with one of these in its neighbourhood.
     *
     * @return lower-case words or phrases; empty when context does not matter
     */
    default Set<String> contextWords() {
        return Set.of();
    }

    /**
     * Finds candidates.
     *
     * @param text the document text (read it through {@code charAt}/{@code subSequence}; do not
     *     copy all of it)
     * @return candidate spans with base scores, in any order
     */
    List<RecognizerResult> analyze(CharSequence text);
}
