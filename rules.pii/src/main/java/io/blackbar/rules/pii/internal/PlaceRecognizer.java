package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * A town or city named after a phrase that places a person ("grew up in Remniku", "flew to
 * LEPPEN", "originally from Marindia", "I'm in Flateyri", "Where: Erwetegem"): one to four
 * capitalised words, particles allowed between them. No gazetteer: a place list as bare words
 * collides with surnames, and the phrase is what makes the name a place of a person. A geographic
 * unit smaller than a state under HIPAA.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "LOCATION", frameworks = {"pii", "gdpr", "hipaa"})
public class PlaceRecognizer extends PatternRecognizer {

    private static final String INTRODUCERS = "(?:flew to|flying to|grew up in|moved here from|moved to|moved from|"
            + "originally from|(?:I am|I'm|i am|i'm) in|based in|lives in|living in|born in|home city|home town|hometown|"
            + "arrived at|arrived in|returned to|travell?ed to|relocated to|headquartered in|[Ww]here:)";
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'-]*";
    private static final String PARTICLE = "(?:de|del|la|le|di|da|do|dos|das|von|van|der|den|sur|en|am|upon)";
    private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "the", "a", "an", "my", "our", "his", "her", "their", "this", "that", "love",
            "charge", "time", "trouble", "touch");

    public PlaceRecognizer() {
        super("LOCATION", Category.LOCATION, List.of(
                NamedPattern.of("place after a placing phrase", "(?<![\\p{L}])" + INTRODUCERS + "[ \\t]+(?<value>" + WORD
                        + "(?:[ \\t](?:" + PARTICLE + "[ \\t])?" + WORD + "){0,3})", 0.6)),
                Set.of("city", "town", "village", "trip", "conference"));
    }

    @Override
    protected Validation validate(String value) {
        int blank = 0;
        while (blank < value.length() && value.charAt(blank) != ' ' && value.charAt(blank) != '\t') {
            blank++; // the first word: String.split would compile an expression per value
        }
        String first = value.substring(0, blank).toLowerCase(Locale.ROOT);
        return NOT_PLACES.contains(first) ? Validation.REJECTED : Validation.UNKNOWN;
    }
}
