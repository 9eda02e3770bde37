package io.blackbar.engine.core.internal;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Finding;
import io.blackbar.engine.api.spi.Operator;
import io.blackbar.engine.api.spi.OperatorContext;

/**
 * The default anonymization: a surrogate of the same type and shape, the same for the same value
 * within a document (and within a job sharing a surrogate key), drawn from reserved ranges.
 */
@Component(property = Operator.PROP_NAME + "=anonymize")
public class SurrogateOperator implements Operator {

    @Override
    public String replacement(Finding finding, OperatorContext context) {
        return checked(finding, context, candidate -> false);
    }

    /**
     * Whether a value is a number's (six digits or more, no fewer digits than letters): only those carry check digits
     * worth drawing for; an address's or a place's letter-by-letter surrogate is never accepted, and trying cost an
     * anonymization of an address list 2.3 times a redaction's time (a review's).
     */
    static boolean numberLike(String value) {
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < value.length(); i++) {
            digits += Character.isDigit(value.charAt(i)) ? 1 : 0;
            letters += Character.isLetter(value.charAt(i)) ? 1 : 0;
        }
        return digits >= 6 && digits >= letters;
    }

    /** Keyed draws tried for a surrogate its type's recognizers accept. */
    static final int DRAWS = 64;

    /**
     * A surrogate the type's own recognizers accept, where they accept the value itself alone: a national number's
     * check digits hold as the real one's do (a PESEL, a BSN, a NIR drawn letter by letter passed its check one time in
     * ten). Types with a generator of their own (names, dates, cards, IBANs ...) and types whose recognizers need words
     * around the value keep the first draw.
     *
     * @param accepts whether the finding's type's recognizers find a string whole as that type
     */
    static String checked(Finding finding, OperatorContext context, java.util.function.Predicate<String> accepts) {
        String memoKey = Surrogates.family(finding.entityType()) + '\u0000' + finding.value();
        String had = context.assigned().get(memoKey);
        if (had != null) {
            return had;
        }
        java.util.function.Predicate<String> real = word -> context.assigned().containsKey(Surrogates.REAL + word);
        String first = Surrogates.of(finding.entityType(), finding.value(), context.key(), real);
        String surrogate = first;
        if (!Surrogates.hasGenerator(finding.entityType()) && numberLike(finding.value()) && accepts.test(finding.value())) {
            for (int i = 1; i < DRAWS && !accepts.test(surrogate); i++) {
                surrogate = Surrogates.of(finding.entityType(), finding.value(), context.key() + '\u0000' + i, real);
            }
            if (!accepts.test(surrogate) || surrogate.equals(finding.value())) {
                surrogate = first;
            }
        }
        context.assigned().put(memoKey, surrogate);
        return surrogate;
    }
}
