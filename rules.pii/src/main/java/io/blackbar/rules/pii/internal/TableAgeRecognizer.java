package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.spi.PatternScanner;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * The cells of a table's column of ages ("name,age,town", "| Patient | Age |", "Vārds;Uzvārds;...;Vecums"), read as
 * {@link TextTableRecognizer} reads tables: an age is personal data under pii and gdpr, so this recognizer is theirs;
 * HIPAA's ages are those over 89 only (its own recognizer's), and the table recognizer, which HIPAA shares, reports no
 * ages. An age counts on a row with a person's name only; a text without an age's heading (the word, then a cell's
 * end) is not read at all.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "AGE", frameworks = {"pii", "gdpr"})
public class TableAgeRecognizer extends TextTableRecognizer {

    /** An age's heading in the languages of {@link TextTableRecognizer}'s age columns, then the cell's end. */
    private static final PatternScanner AGE_HEADING = PatternScanner.of(Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(?:age|age[_ ]?years|edad|idade|alter|leeftijd|ålder|Ålder|alder|wiek|vek|věk|Věk|vecums"
                    + "|starost|életkor|Életkor|vanus|ikä|Ikä|возраст|Возраст|ηλικία|Ηλικία)[\"']?[ \\t]*(?:[,;\\t|]|\\r?\\n|$)"));

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("AGE", Category.PERSONAL));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        boolean[] heading = {false};
        AGE_HEADING.forEachMatch(text, m -> heading[0] = true);
        return heading[0] ? super.analyze(text) : List.of();
    }

    /**
     * The ages of a person's row only: on the line of a person's name the same reading found (an asset's, a wine's, a
     * server's, a cohort's "Age" column has none: a review's).
     */
    @Override
    List<RecognizerResult> kept(CharSequence text, List<RecognizerResult> results) {
        List<RecognizerResult> ages = new java.util.ArrayList<>();
        for (RecognizerResult r : results) {
            if ("AGE".equals(r.entityType()) && results.stream().anyMatch(p -> "PERSON".equals(p.entityType()) && sameLine(text, p, r))) {
                ages.add(r);
            }
        }
        return ages;
    }

    private static boolean sameLine(CharSequence text, RecognizerResult a, RecognizerResult b) {
        for (int i = Math.min(a.start(), b.start()); i < Math.max(a.end(), b.end()); i++) {
            if (text.charAt(i) == '\n') {
                return false;
            }
        }
        return true;
    }

    @Override
    boolean emits(String type) {
        return "AGE".equals(type);
    }
}
