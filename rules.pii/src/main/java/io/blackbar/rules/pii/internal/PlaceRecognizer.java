package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.Validation;

/**
 * A town or city named after a phrase that places a person ("grew up in Remniku", "flew to
 * LEPPEN", "originally from Marindia", "I'm in Flateyri", "Where: Erwetegem"): one to four
 * capitalised words, particles allowed between them. No gazetteer: a place list as bare words
 * collides with surnames, and the phrase is what makes the name a place of a person. A geographic
 * unit smaller than a state under HIPAA. Also the place a form's label names ("Localidad/ Provincia:
 * Hellín, Albacete", "País: España", "City: Leppen"), and the town after a postal code on a European
 * address's last line ("28049 Madrid.").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "LOCATION", frameworks = {"pii", "gdpr", "hipaa"})
public class PlaceRecognizer extends PatternRecognizer {

    private static final String INTRODUCERS = "(?:flew to|flying to|grew up in|moved here from|moved to|moved from|"
            + "originally from|(?:I am|I'm|i am|i'm) in|based in|lives in|living in|born in|home city|home town|hometown|"
            + "arrived at|arrived in|returned to|travell?ed to|relocated to|headquartered in|[Ww]here:)";
    static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'-]*";
    static final String PARTICLE = "(?:de|del|la|le|di|da|do|dos|das|von|van|der|den|sur|en|am|upon)";
    /** A place's name: one to four capitalised words, particles allowed between them ("Santiago de Compostela"). */
    static final String NAME = WORD + "(?:[ \\t](?:" + PARTICLE + "[ \\t])?" + WORD + "){0,3}";
    /** The contact labels that follow an address on its line ("46017 Valencia Tel.: 963"): no town's word, and a town ends before one. */
    private static final String CONTACT_LABEL = "(?:Tel|Telf|Tfno|Tlf|Fax|Tel[ée]fono|E-?mail|Email|Correo|Phone)(?![\\p{L}-])";
    /**
     * A town after a postal code, as European addresses write it: up to three words, then the line's or
     * part's end or a contact label ("Tel.", "Fax", "E-mail"), the first word of two letters or more; not a
     * street's name ("12345 Main Street." is a house number and a street: dropped by {@link #afterAnAddress}).
     */
    static final String TOWN = "\\p{Lu}[\\p{L}\\p{M}'-]+(?:[ \\t](?:" + PARTICLE + "[ \\t])?(?!" + CONTACT_LABEL + ")" + WORD
            + "){0,2}(?=[ \\t]*(?:[.,;()\\r\\n]|$)|[ \\t]+" + CONTACT_LABEL + ")";
    /**
     * The street types that end a street's name in English ("12345 Main Street."): a town that ends with
     * one is a street ({@link #streetNamed}). Read in code once a town matched: as a lookahead before the
     * town's words, and then as a lookbehind after them, the expression spent two thirds of its time there.
     */
    private static final Set<String> STREET_ENDINGS = Set.of("street", "st", "avenue", "ave", "road", "rd", "lane", "ln",
            "drive", "dr", "court", "ct", "boulevard", "blvd", "way", "place", "pl", "terrace", "circle", "parkway", "highway",
            "hwy");
    /**
     * Whether what stands before a postal code is an address's: the text's or a line's start, a comma,
     * a parenthesis, a house number or "s/n" ("Calle Mayor, 23 28049 Madrid", "s/n 29010 Málaga"), a
     * floor and door with a digit ("2B 41003 Sevilla"), or a country's letters and a dash ("E-28015");
     * and any of these before a dot or a dash between blanks ("s/n. 17007 Girona", "2º Dcha. 28039
     * Madrid", "Aguilar, 90 - 46017 Valencia"), or a door's word before a dot ("Dcha.", "Izda.").
     * Not a word: "sold 10000 Units.", "Leucocitos 17850 Neutrófilos", "in May. 10000 Users".
     *
     * @param text the text
     * @param code where the postal code's digits begin
     * @return whether an address's part stands before it
     */
    static boolean addressBefore(CharSequence text, int code) {
        int k = code;
        if (k >= 2 && text.charAt(k - 1) == '-' && Character.isLetter(text.charAt(k - 2))) {
            return true; // "E-28015"
        }
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        if (k == 0) {
            return true;
        }
        char c = text.charAt(k - 1);
        if (c == '-' && k < code && k >= 2 && (text.charAt(k - 2) == ' ' || text.charAt(k - 2) == '\t')) {
            return partBefore(text, k - 2, false); // "90 - 46017": a dash between blanks, after an address's part
        }
        if (c == '.') {
            return partBefore(text, k - 1, true); // "s/n. 17007", "Dcha. 28039"
        }
        return partBefore(text, k, false);
    }

    /** The words for a flat's door or floor that Spanish addresses write after the house number. */
    private static final Set<String> DOOR_WORDS = Set.of("dcha", "dch", "dcho", "der", "izda", "izq", "izqda", "izdo",
            "bajo", "bj", "pta", "puerta", "piso", "planta", "pral", "entlo", "ático", "atico", "local", "esc", "bis");

    /**
     * Whether an address's part ends at {@code k} (blanks before it passed over): the text's or a line's
     * start, a comma, a parenthesis, a semicolon, a digit, "s/n", a word with a digit. Before a dot
     * ({@code dot}), a sentence's end as often, only "s/n", a floor or door (a word with a digit and a
     * letter or an ordinal sign: "2º", "3B"), or a door's word ({@link #DOOR_WORDS}, "Dcha."): not a
     * number ("in 2019. 10000 Users.").
     */
    private static boolean partBefore(CharSequence text, int k, boolean dot) {
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        if (k == 0) {
            return !dot;
        }
        char c = text.charAt(k - 1);
        if (k >= 3 && c == 'n' && text.charAt(k - 2) == '/' && text.charAt(k - 3) == 's') {
            return true;
        }
        if (!dot && (c == ',' || c == '\n' || c == '\r' || c == '(' || c == ';' || Character.isDigit(c))) {
            return true;
        }
        int w = k; // the word before: an address's part when it has a digit ("2B", "4º")
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        boolean digit = false;
        boolean other = false;
        for (int i = w; i < k; i++) {
            char d = text.charAt(i);
            digit |= Character.isDigit(d);
            other |= Character.isLetter(d); // º and ª are letters
        }
        if (!dot) {
            return digit;
        }
        return digit && other || k - w <= 6 && DOOR_WORDS.contains(text.subSequence(w, k).toString().toLowerCase(Locale.ROOT));
    }

    /** @return whether the last word of a town is a street type of {@link #STREET_ENDINGS} */
    static boolean streetNamed(String town) {
        int start = Math.max(town.lastIndexOf(' '), town.lastIndexOf('\t')) + 1;
        return STREET_ENDINGS.contains(town.substring(start).toLowerCase(Locale.ROOT));
    }

    /**
     * What a match of a postal code and a town ({@link #codeBeforeTown} and {@link #TOWN}) is passed on for:
     * one after an address's part ({@link #addressBefore}) whose town is no street's name ({@link
     * #streetNamed}). Read in code once the expression matched, for this recognizer's town and the zip
     * code recognizer's postal code alike.
     *
     * @param text the text
     * @param town the group that holds the town
     * @param action what to do with a match passed on
     * @return the action for every match of the expression
     */
    static Consumer<Matcher> afterAnAddress(CharSequence text, String town, Consumer<Matcher> action) {
        return m -> {
            if (addressBefore(text, m.start()) && !streetNamed(m.group(town))) {
                action.accept(m);
            }
        };
    }

    /**
     * A postal code before a town ("28049 Madrid", "E-28015 Madrid", "46017 - Valencia", "08005-Barcelona"):
     * five digits, not inside a number or an amount, a dash before them only after a letter; the digits in
     * group {@code group} (none when null), then the blanks (and a dash), or a dash, before the town.
     */
    static String codeBeforeTown(String group) {
        // a match begins at the digits, so only numbers are tried; a dash before them only after a letter
        // (a country's, "E-28015"), two lookbehinds of one character each that the scanner reads (an
        // alternation of lookbehinds it does not, and tried every digit); not after "#" (an invoice's number)
        String digits = group == null ? "\\d{5}" : "(?<" + group + ">\\d{5})";
        return "(?<![\\w.,$/#])(?<![^A-Za-z]-)" + digits + "(?:[ \\t]+(?:-[ \\t]+)?|-)";
    }

    /**
     * The labels of a place of a form or record, in Spanish, English, French, German, Italian and
     * Portuguese: a town, a province, a country, a place of birth ("Localidad/ Provincia:", "País:",
     * "Place of birth:", "Lieu de naissance :", "Wohnort:", "Luogo di nascita:", "Naturalidade:").
     */
    private static final String LABELS = "(?iu:localidad(?:[ \\t]*/[ \\t]*provincia)?|provincia|municipio|ciudad|poblaci[oó]n"
            + "|lugar[ \\t]+de[ \\t]+(?:nacimiento|residencia)|(?:país|pais)(?:[ \\t]+de[ \\t]+(?:nacimiento|residencia|origen))?"
            + "|city|town|place[ \\t]+of[ \\t]+birth|birthplace|country[ \\t]+of[ \\t]+(?:birth|residence)"
            + "|ville|lieu[ \\t]+de[ \\t]+naissance|pays|wohnort|geburtsort|citt[àa]|comune|luogo[ \\t]+di[ \\t]+nascita"
            + "|cidade|naturalidade)";
    private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "the", "a", "an", "my", "our", "his", "her", "their", "this", "that", "love",
            "charge", "time", "trouble", "touch");

    public PlaceRecognizer() {
        super("LOCATION", Category.LOCATION, List.of(
                NamedPattern.of("place after a placing phrase", "(?<![\\p{L}])" + INTRODUCERS + "[ \\t]+(?<value>" + WORD
                        + "(?:[ \\t](?:" + PARTICLE + "[ \\t])?" + WORD + "){0,3})", 0.6),
                NamedPattern.of("place after its label", "(?<![\\p{L}])" + LABELS + "[ \\t]*:[ \\t]*(?<value>" + NAME
                        + "(?:,[ \\t]*" + NAME + ")?)", 0.75),
                NamedPattern.of("town after its postal code", codeBeforeTown(null) + "(?<value>" + TOWN + ")", 0.6)),
                Set.of("city", "town", "village", "trip", "conference", "provincia", "localidad", "españa", "spain"));
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

    /**
     * The town after a postal code is taken only after an address's part ({@link #addressBefore}), and
     * not when it ends in a street type ("12345 Main Street." is a street; a place after a placing phrase
     * may be one: "lives in Abbey Road").
     */
    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        return analyze(text, (k, action) -> scanner(k).forEachMatch(text,
                patterns().get(k).name().equals("town after its postal code") ? afterAnAddress(text, "value", action) : action));
    }
}
