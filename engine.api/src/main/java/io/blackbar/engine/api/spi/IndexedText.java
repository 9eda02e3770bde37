package io.blackbar.engine.api.spi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A text that carries its {@link CharIndex}, built once and shared by every recognizer that reads
 * the text. The engine passes one to {@link Recognizer#analyze(CharSequence)}; a recognizer given
 * any other text still works ({@link PatternScanner} then indexes the text itself).
 */
@ProviderType
public interface IndexedText extends CharSequence {

    /** @return the index of this text */
    CharIndex index();
}
