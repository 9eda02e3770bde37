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

    /**
     * An age's heading in the languages of {@link TextTableRecognizer}'s age columns, then the cell's end, or two spaces and
     * the next heading of a table aligned with spaces.
     */
    private static final PatternScanner AGE_HEADING = PatternScanner.of(Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(?:age|age[_ ]?years|age[ ]?/[ ]?sex|edad|idade|alter|leeftijd|ålder|Ålder|alder|wiek|vek|věk|Věk|vecums"
                    + "|starost|életkor|Életkor|vanus|ikä|Ikä|возраст|Возраст|ηλικία|Ηλικία)[\"'`]?(?:[ \\t]*(?:[,;\\t|]|\\r?\\n|$)|[ ]{2,}(?=\\S))"));

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
     * The ages of a person's row only: on the line of a person's name or birth date the same reading found (an asset's, a wine's, a
     * server's, a cohort's "Age" column has none: a review's). Each result's line is found by a binary search in the
     * text's line breaks, so a table of many rows costs no more than its results.
     */
    @Override
    List<RecognizerResult> kept(CharSequence text, List<RecognizerResult> results) {
        int[] breaks = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == breaks.length) {
                    breaks = java.util.Arrays.copyOf(breaks, count * 2);
                }
                breaks[count++] = i;
            }
        }
        java.util.Set<Integer> peopleLines = new java.util.HashSet<>();
        for (RecognizerResult r : results) {
            // (or a birth date's: a row with a date of birth is a person's, whatever heads the name's column)
            if (("PERSON".equals(r.entityType()) || "DATE_OF_BIRTH".equals(r.entityType()))
                    && line(breaks, count, r.start()) == line(breaks, count, r.end())) {
                peopleLines.add(line(breaks, count, r.start()));
            }
        }
        List<RecognizerResult> ages = new java.util.ArrayList<>();
        for (RecognizerResult r : results) {
            if ("AGE".equals(r.entityType()) && peopleLines.contains(line(breaks, count, r.start()))) {
                ages.add(r);
            }
        }
        return ages;
    }

    /** @return the index of the line holding {@code at}: how many of the first {@code count} breaks stand before it */
    private static int line(int[] breaks, int count, int at) {
        int found = java.util.Arrays.binarySearch(breaks, 0, count, at);
        return found >= 0 ? found : -found - 1;
    }

    @Override
    boolean emits(String type) {
        return "AGE".equals(type);
    }
}
