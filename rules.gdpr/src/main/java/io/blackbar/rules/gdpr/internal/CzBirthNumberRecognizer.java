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

/**
 * The Czech and Slovak birth number (rodné číslo), YYMMDD/SSSC: the birth date, the month plus 50 for a woman (plus 20
 * or 70 when a day's numbers ran out, since 2004), a serial, and since 1954 a check digit that makes the ten digits a
 * multiple of 11 (or the remainder 10 and the digit 0, issued until 1985). Nine digits are a number issued before 1954,
 * with no check: they count near a context word only.
 * Written with its slash and passing, it is confirmed; without the slash, ten digits count near a context word ("Číslo pojištěnce:
 * 1407233179", the health insurer's number, which is the birth number).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "CZ_BIRTH_NUMBER", frameworks = {"gdpr", "pii"})
public class CzBirthNumberRecognizer extends PatternRecognizer {

    public CzBirthNumberRecognizer() {
        super("CZ_BIRTH_NUMBER", Category.IDENTIFIER, List.of(
                NamedPattern.of("birth number with its slash", "(?<![\\d/.-])\\d{2}[0-35-8]\\d[0-3]\\d/\\d{4}(?![\\d/-]|[.,]\\d)", 0.6),
                // issued before 1954, without a check digit: near a context word only ("Order 240115/001" is none)
                NamedPattern.of("birth number before 1954", "(?<![\\d/.-])[0-5]\\d[0-35-8]\\d[0-3]\\d/\\d{3}(?![\\d/-]|[.,]\\d)", 0.3),
                NamedPattern.of("birth number", "(?<![\\d/.-])\\d{2}[0-35-8]\\d[0-3]\\d\\d{4}(?![\\d/-]|[.,]\\d)", 0.3)),
                Set.of("rodné číslo", "rodného čísla", "rč", "r.č.", "číslo pojištěnce", "rodné", "birth number", "rodne cislo"));
    }

    @Override
    protected Validation validate(String value) {
        String digits = Checksums.digits(value);
        int year = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int day = Integer.parseInt(digits.substring(4, 6));
        month -= month > 70 ? 70 : month > 50 ? 50 : month > 20 ? 20 : 0;
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Validation.REJECTED;
        }
        if (digits.length() == 9) {
            return year < 54 ? Validation.UNKNOWN : Validation.REJECTED; // no check digit before 1954: the pattern's 0.3 stands
        }
        long number = Long.parseLong(digits);
        long rest = Long.parseLong(digits.substring(0, 9)) % 11;
        if (number % 11 != 0 && !(rest == 10 && digits.charAt(9) == '0')) {
            return Validation.REJECTED;
        }
        // with its slash confirmed; ten bare digits that pass stay at the pattern's score (one in eleven of such runs does)
        return value.indexOf('/') > 0 ? Validation.CONFIRMED : Validation.UNKNOWN;
    }
}
