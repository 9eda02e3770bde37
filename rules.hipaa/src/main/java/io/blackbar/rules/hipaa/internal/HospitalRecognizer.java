package io.blackbar.rules.hipaa.internal;

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
 * The name of a care facility, as the capitalised words before "Hospital", "Medical Center",
 * "Clinic", "Emergency Dept" and the like ({@code SILVER RIDGE EMERGENCY DEPT}, {@code St. Jude
 * Medical Center}): it places a patient. The finding is the name, not the kind of facility; a
 * name made only of generic words ("County Hospital", "The Clinic") is not one.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "LOCATION", frameworks = "hipaa")
public class HospitalRecognizer extends PatternRecognizer {

    /**
     * Every match has one to four words and then the first word of a kind: a cheap lookahead that
     * changes no match but gives up on a capitalised word with no kind after it in a few steps.
     */
    private static final String GATE = "(?=(?:[\\p{L}'.-]++[ \\t]+){1,4}(?:HOSPITAL|Hospital|MEDICAL|Medical|EMERGENCY|Emergency"
            + "|CLINIC|Clinic|HEALTH|Health|INFIRMARY|Infirmary|NURSING|Nursing|REHABILITATION|Rehabilitation))";
    private static final String WORD = "\\p{Lu}[\\p{L}'.-]{0,25}";
    private static final String KINDS = "(?:HOSPITAL|Hospital|MEDICAL CENTER|Medical Center|MEDICAL CENTRE|Medical Centre"
            + "|EMERGENCY DEPT|Emergency Dept|EMERGENCY DEPARTMENT|Emergency Department|CLINIC|Clinic|HEALTH CENTER"
            + "|Health Center|INFIRMARY|Infirmary|NURSING HOME|Nursing Home|REHABILITATION CENTER|Rehabilitation Center)";
    private static final Set<String> GENERIC = Set.of("the", "a", "an", "our", "this", "your", "general", "county", "city",
            "community", "regional", "university", "state", "children's", "veterans", "emergency", "medical", "memorial",
            "private", "public", "local", "district", "teaching", "mental", "dental", "eye", "women's", "main", "new", "old");

    public HospitalRecognizer() {
        // at most 8 blanks before the kind: with every part bounded, the scanner knows how far into a
        // match the kind stands, and looks for the few kinds in the text before it tries any name
        super("LOCATION", Category.LOCATION, List.of(
                NamedPattern.of("facility name", "(?<![\\p{L}])" + GATE + "(?<value>" + WORD + "(?:[ \\t]" + WORD + "){0,3}?)[ \\t]{1,8}"
                        + KINDS + "(?![\\p{L}])", 0.6)),
                Set.of("hospital", "admitted", "transferred", "discharged", "seen at", "visit"));
    }

    @Override
    protected Validation validate(String value) {
        for (String w : value.split("[ \\t]+")) {
            if (!GENERIC.contains(w.toLowerCase(Locale.ROOT))) {
                return Validation.UNKNOWN;
            }
        }
        return Validation.REJECTED;
    }
}
