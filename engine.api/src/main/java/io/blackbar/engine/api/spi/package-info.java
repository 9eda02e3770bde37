/**
 * The service provider interfaces that plugins implement: {@link io.blackbar.engine.api.spi.Recognizer}
 * (with the {@link io.blackbar.engine.api.spi.PatternRecognizer} base),
 * {@link io.blackbar.engine.api.spi.FormatHandler}, {@link io.blackbar.engine.api.spi.Operator}
 * and {@link io.blackbar.engine.api.spi.OcrService}. Plugins are whiteboard services selected by
 * the service properties named by the constants here; use the component property types
 * ({@link io.blackbar.engine.api.spi.RecognizerProperties},
 * {@link io.blackbar.engine.api.spi.FormatProperties}) rather than typing the names.
 */
@Version("1.7.0")
@Export
package io.blackbar.engine.api.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
