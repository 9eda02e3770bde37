package io.blackbar.rules.gdpr.internal;

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

/** Geographic coordinates in decimal degrees with at least four decimals (about 10 m): a person's location. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "GEO_COORDINATES", frameworks = {"gdpr", "hipaa"})
public class CoordinatesRecognizer extends PatternRecognizer {

    /** A pair of decimal degrees, four decimals or more each; before a sentence's full stop too ("… : 45.7351, 4.8402."). */
    public CoordinatesRecognizer() {
        super("GEO_COORDINATES", Category.LOCATION, List.of(
                NamedPattern.of("decimal degrees", "(?<![\\d.])-?(?:[1-8]?\\d|90)\\.\\d{5,8},\\s?-?(?:1[0-7]\\d|[1-9]?\\d|180)\\.\\d{5,8}(?!\\d|\\.\\d)", 0.7),
                // four decimals are as often a table's or a statistic's pair ("Means were 12.3456, 7.8912."): a context word lifts them
                NamedPattern.of("decimal degrees, four decimals", "(?<![\\d.])-?(?:[1-8]?\\d|90)\\.\\d{4},\\s?-?(?:1[0-7]\\d|[1-9]?\\d|180)\\.\\d{4,8}(?!\\d|\\.\\d)", 0.45)),
                Set.of("lat", "latitude", "long", "longitude", "coordinates", "gps", "location",
                "géolocalisation", "geolocalisation", "coordonnées", "koordinaten", "coordenadas", "coordinate", "geolocation"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        return Validation.UNKNOWN;
    }
}
