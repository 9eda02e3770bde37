package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * The base of identifiers that have no check of their own and are found by their label: a value
 * after the label must hold a digit, so "passport photo" or "account holder" is not one.
 */
abstract class LabelledNumberRecognizer extends PatternRecognizer {

    /**
     * Between a label and its value: a form's count or remark in brackets ("Passport (1):", "SIN (optional):", "ZMR-Zahl
     * (soweit bekannt)"), "no.", "number" (after a comma too: "U.S.
     * Passport, number 488839667"), "#", "n°", Italian "n." ("Tessera n.: FFC-BA-03318"), "nummer", Czech and Slovak "č."
     * ("vodičský preukaz č. EH 418 227"), "is" and its Spanish, Portuguese, French and German words ("mi pasaporte es
     * G38127450"; a word, a space after it: not the "ES" of "no. ESP018447291"), a colon or a two-column table's bar; the
     * spaces possessive (no
     * value begins with one), so that a label followed by a long run of spaces is read once, not once per split.
     */
    static final String GLUE = "(?:[ \\t]?\\([^()\\r\\n]{1,40}\\))?(?:,?[ \\t]+(?:no\\.?|number|num|nr\\.?|#|n[°º]\\.?|nº|n\\.º|n\\.|nummer|numero|número|č\\.|číslo))?"
            + "(?:[ \\t]+(?:is|es|é|est|ist)(?=[ \\t]))?(?:[ \\t]*+\\.{3,}+)?[ \\t]*+"
            // a colon, a "#", or the bar between a two-column table's label and its value, the label's cell the row's first and
            // the value's its last ("| Student ID | 20418873 |", a twenty-second held-out set's support plan; not a ledger's
            // "| Account | 400100 | Sales |", "| 2100 | Sales account | 125000 |", a balance's "| Savings account | 250000.00 |",
            // the review's)
            + "(?:[:#]|(?<=(?:^|\\n)[ \\t]{0,3}\\|[^|\\n]{1,60})\\|(?=[ \\t]*+[^\\s|][^|\\r\\n]{0,40}?[ \\t]*+\\|[ \\t]*+(?:\\r?\\n|$))"
            + "(?![ \\t]*+(?:[\\d,]+\\.\\d{2}|\\d+000)[ \\t]*+\\|))?[ \\t]*+";

    /**
     * A number written in groups of digits with single spaces between, as Spain prints its social
     * security and college numbers ("28 12345678 40", "28 28 20943"): two digits first, ten characters at
     * least; tried before the unspaced forms, it takes the groups together. Not "Medicare 20 30", nor the
     * "90" of "Member ID 12345678 90 day supply".
     */
    static final String SPACED_DIGITS = "(?=[\\d ]{10})\\d{2}(?: \\d{2,8}){1,3}";

    LabelledNumberRecognizer(String entity, Category category, String label, String value, double score,
            Set<String> context) {
        this(entity, category, List.of(label), value, score, context);
    }

    /**
     * @param labels alternatives of the label, an expression each: a label of two letters ("DL") in one of its own,
     *     so that the scanner still looks for the others' strings first
     */
    LabelledNumberRecognizer(String entity, Category category, List<String> labels, String value, double score,
            Set<String> context) {
        super(entity, category, labels.stream().map(label -> NamedPattern.of(
                "labelled " + entity.toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                "(?i:\\b(?:" + label + ")" + GLUE + ")(?<value>" + value + ")(?![\\w-])", score)).toList(), context);
    }

    @Override
    protected Validation validate(String value) {
        return value.chars().anyMatch(Character::isDigit) ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
