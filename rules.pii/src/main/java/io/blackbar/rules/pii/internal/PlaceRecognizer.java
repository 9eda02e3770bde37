package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.PatternScanner;
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

    private static final String INTRODUCERS = "(?:flew to|flying to|[Gg]rew up in|[Mm]oved here from|[Mm]oved to|[Mm]oved from|"
            + "[Oo]riginally from|(?:I am|I'm|i am|i'm) in|based in|[Ll]ives in|[Ll]iving in|[Ll]ive in|[Bb]orn in|home city|home town|hometown|"
            + "arrived at|arrived in|[Rr]eturned to|[Rr]eturned from|travell?ed to|relocated to|headquartered in|[Ww]here:|"
            // a social history's ("Lives alone in Lynn.", "Pt lives with her daughter in Revere.", "Emigrated from Haiti")
            + "[Ll]ives alone in|[Ll]ives with[ \\t][a-z]{2,12}(?:[ \\t][a-z]{2,12}){0,3}[ \\t]in|[Rr]esides in|[Ee]migrated from|"
            + "[Ii]mmigrated from|[Vv]isiting from|[Rr]elocated from|"
            // where one was born or lives in other languages' records and deeds ("geboren te Aalst", "nata a Napoli", "né à
            // Dakar", "född i Malmö", "wonend te Gent", "domiciliée à Lyon")
            // (each phrase spelled out: a class of letters inside one hid its strings from the scanner, which then tried the
            // expression at every word, +15 ms per 4 MB)
            + "geboren te|geboren in|nato a|Nato a|nata a|Nata a|né à|Né à|née à|Née à|nacido en|Nacido en|nacida en|Nacida en"
            + "|nascido em|Nascido em|nascida em|Nascida em|född i|født i|urodzony w|urodzona w|wonend te|woonachtig te"
            + "|wohnhaft in|domicilié à|domiciliée à|residente en|residente a|wonende te|demeurant à|résidant à|residente in"
            + "|domiciliado en|domiciliada en"
            // a Polish referral's residence, abbreviated or not ("zam. w Wieliczce", a twenty-first held-out set's)
            // ("zam." after a comma only: an order's "zamówienie" too, "Nr zam. w Allegro", the review's)
            + "|(?<=,[ \\t])zam\\. w|zamieszkały w|zamieszkała w"
            // where one lives in the present tense, Dutch, Spanish, Italian, Portuguese, French, Polish ("Zoon Bart
            // Wolters woont in Kampen", "Vive en Utebo", a twenty-second held-out set's assessment and waiting list)
            // (not Spanish's figurative "reside en", German's "wohnt in Miete": the review's)
            + "|woont in|woont te|vive en|Vive en|abita a|Abita a|vive a|mora em|Mora em"
            + "|habite à|Habite à|mieszka w|Mieszka w)";
    /**
     * A town's council by its kind's words, then its one name ("Gemeente Zwolle", "Ayuntamiento de Alcantarilla", "the
     * Municipality of Clarington", a twenty-second held-out set's; in Dutch, Spanish, Italian, French, Portuguese, Catalan,
     * Galician): one word, or two with a particle or a hyphen, not an office's or a heading's word after the kind ("Gemeente
     * Belastingen", "Municipality of Anchorage Budget Office", "Comune di Milano Ufficio Tributi", the review's).
     */
    private static final String COUNCIL = "(?:Gemeente|GEMEENTE|Ayuntamiento de|AYUNTAMIENTO DE|Municipality of|Comune di|COMUNE DI"
            + "|Mairie de|MAIRIE DE|Câmara Municipal de|Ajuntament de|Concello de)[ \\t]+(?!(?i:belastingen|raad|informatie|loket|zorg"
            + "|werk|wonen|ufficio|servizi|service|services|budget|office|informa|informatie|persbericht|afdeling)(?![\\p{L}]))";
    /**
     * The phrases of a deed's residence, after which a postal code may come before the town ("wonende te 9300 Aalst"), at a
     * sentence's start too ("Wohnhaft in 80331 München").
     */
    private static final String RESIDENCE = "(?:[Ww]onende te|[Ww]onend te|[Ww]oonachtig te|[Ww]ohnhaft in|[Dd]omicilié à|[Dd]omiciliée à"
            + "|[Dd]emeurant à|[Rr]ésidant à|[Rr]esidente en|[Rr]esidente a|[Rr]esidente in|[Dd]omiciliado en|[Dd]omiciliada en)";
    static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'-]*";
    /** What follows a Filipino's or an Indonesian's place kind's word that is no place's name ("Barangay Hall", "Desa Wisata"). */
    private static final String PLACE_KIND_NOT = "(?i:hall|clearance|health|tanod|council|captain|kagawad|chairman|chairperson|officials?"
            + "|office|secretary|treasurer|wisata|tahap|serentak|dalam|coaching|resolution|ordinance|certificate|id|budget)(?![\\p{L}])";
    /** A town after the abbreviation of its kind: one or two capitalised words. */
    private static final String ABBREVIATED_TOWN = "\\p{Lu}[\\p{L}\\p{M}'-]+(?:[ \\t-]\\p{Lu}[\\p{L}\\p{M}'-]+)?";
    static final String PARTICLE = "(?:de|del|la|le|di|da|do|dos|das|von|van|der|den|sur|en|am|upon)";
    /**
     * A place's name: one to four capitalised words, particles allowed between them ("Santiago de Compostela"); no initial with
     * its dot after the first ("Τόπος γέννησης: Ηράκλειο Α.Δ.Τ.:", a label's abbreviation after the town).
     */
    static final String NAME = WORD + "(?:[ \\t](?:" + PARTICLE + "[ \\t])?(?!\\p{Lu}\\.)" + WORD + "){0,3}";
    /** The contact labels that follow an address on its line ("46017 Valencia Tel.: 963"): no town's word, and a town ends before one. */
    private static final String CONTACT_LABEL = "(?iu:Tel|Telf|Tfno|Tlfno|Tlf|Tel[ée]f|Fax|Tel[ée]fono|M[óo]vil|E-?mail|Correo|Phone"
            + "|Τηλ|Τηλέφωνο|тел|Cep)(?![\\p{L}-])";
    /**
     * A town after a postal code, as European addresses write it: up to three words, then the line's or
     * part's end or a contact label ("Tel.", "Fax", "E-mail"), the first word of two letters or more; not a
     * street's name ("12345 Main Street." is a house number and a street: dropped by {@link #afterAnAddress}).
     */
    /**
     * French "à" before a town in capitals and its postal code in brackets ("demeurant à SAINT-MALO (35400)"): "A" only at a
     * line's start ("REPLACED A WATER PUMP (10450)" is none), "a" without its accent after a deed's word ("demeurant a
     * SAINT-MALO (35400)", "née a LYON").
     */
    static final String FRENCH_A = "(?:(?<![\\p{L}])[àÀ]|(?:^|(?<=\\n))A"
            + "|(?<=(?:demeurant|domicili[ée]e?s?|n[ée]e?|r[ée]sidant|r[ée]sidente?|ensemble|fait)[ \\t])a)";

    static final String TOWN = "\\p{Lu}[\\p{L}\\p{M}'-]+(?:[ ](?:" + PARTICLE + "[ ])?(?!" + CONTACT_LABEL + ")" + WORD
            // its words a space apart (a tab parts a table's cells: "Kaunas\tPetras Jonaitis" is a town and a name); ends
            // at a mark, the line's end, a contact's label, a tab ("LT-50194 Kaunas\t+370 612 48227"), or a dash between
            // blanks ("921 01 Piešťany - v podiele 1/4"), a middle dot, a bullet or a bar that parts a letterhead's line, a
            // slash before the province ("10614 Tallinn · tel +372", "34710 Kadıköy/İstanbul", a seventeenth held-out set's)
            + "){0,2}(?=[ \\t]*(?:[.,;()\\r\\n\\u00b7\\u2022|]|/\\p{Lu}|$)|[ \\t]+" + CONTACT_LABEL + "|\\t|[ \\t]+[-\\u2013][ \\t])";
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
     * floor and door with a digit ("2B 41003 Sevilla"), or a country's letters and a dash ("E-28015").
     * Before a dot or a dash between blanks, which end a sentence or part a phrase as often, less:
     * {@link #partBeforeMark}. Not a word: "sold 10000 Units.", "Leucocitos 17850 Neutrófilos".
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
            return partBeforeMark(text, k - 1); // "Aguilar, 90 - 46017"
        }
        if (c == '.') {
            return partBeforeMark(text, k - 1); // "s/n. 17007", "2º Dcha. 28039", "Calle Mayor 23. 28049"
        }
        // (or a letterhead's middle dot, bullet or bar: "Acme GmbH · Hauptstraße 5 · 10115 Berlin · Tel", a review's)
        if (c == ',' || c == '\n' || c == '\r' || c == '(' || c == ';' || c == '\u00b7' || c == '\u2022' || c == '|'
                || Character.isDigit(c) || sn(text, k)) {
            return true;
        }
        return hasDigit(text, wordStart(text, k), k); // the word before: an address's part with a digit ("2B", "4º")
    }

    /**
     * Whether an address's part ends before the dot or dash at {@code mark}: "s/n"; a floor or door, a word
     * with a digit and a letter or an ordinal sign ("2º", "3B"); a door's word ({@link
     * StreetAddressRecognizer#DOOR_WORDS}, "Dcha.") or letter after a floor ("3º B."); a house number of one
     * to four digits after a comma ("Paseo de Gracia, 45. 08007", "Aguilar, 90 - 46017") or on a street's
     * line ({@link #streetBefore}: "Calle Mayor 23. 28049", "Avda. Gaspar Aguilar 90 - 46017"), and a floor's
     * word there ("bajo."). Not a year, an amount, a common word: "in 2019. 10000 Users.", "Room 12 - 25000
     * Euros.", "Figure 3. 10000 Units.", "the vote was local. 25000 Visitors."
     */
    private static boolean partBeforeMark(CharSequence text, int mark) {
        int k = mark;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        if (k == 0) {
            return false;
        }
        if (sn(text, k)) {
            return true;
        }
        int w = wordStart(text, k);
        boolean digit = false;
        boolean letter = false;
        for (int i = w; i < k; i++) {
            char d = text.charAt(i);
            digit |= Character.isDigit(d);
            letter |= Character.isLetter(d); // º and ª are letters
        }
        if (digit && letter) {
            return true;
        }
        if (!digit) {
            String word = text.subSequence(w, k).toString();
            if (k - w == 1 && Character.isUpperCase(word.charAt(0))) {
                return wordHasDigit(text, w); // the door's letter after a floor: "3º B."
            }
            String lower = word.toLowerCase(Locale.ROOT);
            return k - w <= 9 && (StreetAddressRecognizer.DOOR_WORDS.contains(lower)
                    || FLOOR_WORDS.contains(lower) && streetBefore(text, w)); // "Los Pinos 5, bajo. 28013"; not "was local."
        }
        if (k - w > 4) {
            return false;
        }
        int b = w; // a house number: what stands before it
        while (b > 0 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\t')) {
            b--;
        }
        return b > 0 && text.charAt(b - 1) == ',' || streetBefore(text, w);
    }

    /**
     * The words of a floor, or that follow a house number, that are common words too ("bajo", "local",
     * "planta"): an address's part before a postal code only where a street begins the line ({@link #streetBefore}).
     */
    private static final Set<String> FLOOR_WORDS = Set.of("bajo", "bj", "bis", "ático", "atico", "piso", "planta", "local",
            "esc", "entlo", "pral", "entresuelo", "principal");
    /** What begins an address's line besides a street type: its label, a post office box. */
    private static final Set<String> ADDRESS_WORDS = Set.of("domicilio", "dirección", "direccion", "apartado", "apdo.", "apdo",
            "urb.", "urbanización", "urbanizacion", "address");

    /**
     * Whether a street type written before the name ({@link StreetAddressRecognizer#LEADING_TYPE_WORDS}, "Calle",
     * "Avda."), an address's label or a post office box stands on the line before {@code w}, within 80
     * characters: a house number or floor before a dot or dash is an address's only there ("Calle Mayor 23.
     * 28049 Madrid", "Domicilio: Mayor 5 - 28013 Madrid"; not "Figure 3. 10000 Units.", "Room 12 - 25000 Euros.").
     */
    private static boolean streetBefore(CharSequence text, int w) {
        int from = w;
        while (from > 0 && w - from < 80 && text.charAt(from - 1) != '\n' && text.charAt(from - 1) != '\r') {
            from--;
        }
        int k = w;
        while (k > from) {
            while (k > from && Character.isWhitespace(text.charAt(k - 1))) {
                k--;
            }
            int s = k;
            while (s > from && !Character.isWhitespace(text.charAt(s - 1))) {
                s--;
            }
            if (s < k) {
                String word = text.subSequence(s, k).toString();
                String bare = word.endsWith(",") || word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
                if (StreetAddressRecognizer.LEADING_TYPE_WORDS.contains(bare) || ADDRESS_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            k = s;
        }
        return false;
    }

    /** Whether "s/n" (or "S/N") ends at {@code k}. */
    private static boolean sn(CharSequence text, int k) {
        return k >= 3 && (text.charAt(k - 1) | 0x20) == 'n' && text.charAt(k - 2) == '/' && (text.charAt(k - 3) | 0x20) == 's';
    }

    /** @return where the word (anything but blanks) that ends at {@code k} begins */
    private static int wordStart(CharSequence text, int k) {
        int w = k;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        return w;
    }

    /** Whether the word before the one beginning at {@code w} has a digit ("3º" before "B"). */
    private static boolean wordHasDigit(CharSequence text, int w) {
        int e = w;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
            e--;
        }
        return hasDigit(text, wordStart(text, e), e);
    }

    /** Whether {@code text[from, to)} has a digit. */
    private static boolean hasDigit(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
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
        char[] buffer = new char[64];
        return m -> {
            if (addressBefore(text, m.start()) && !streetNamed(m.group(town)) && ofAnAddress(text, m.start(), m.start(town), m.group(town))
                    && (!separatorAfter(text, m.end(town)) || Cities.town(m.group(town), 0, m.group(town).length(), buffer))) {
                action.accept(m);
            }
        };
    }

    /**
     * Whether a middle dot, a bullet, a bar or a slash follows a town's words at {@code end}: a letterhead's or a table's
     * separator, after which a count's word is read as a town as often ("12500 Shipped • 300 Pending", "10000 Windows/Mac
     * users", a review's); the gazetteer must know such a town.
     */
    private static boolean separatorAfter(CharSequence text, int end) {
        int k = end;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k < text.length() && "\u00b7\u2022|/".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * Whether a code of the forms that are other things as often stands in an address: four digits alone (a year, an
     * amount: "2019 US Election", "2500 MB Storage"), the Netherlands' four digits and two letters, Portugal's four and
     * three, Poland's two and three ("10-200 Units", "4500-120 Bracket"), by {@link #fourDigitCodeOfAnAddress}; a year's
     * four digits only after a street's line ("2015 London" in a CV is no address). Five digits, and three and two, as
     * before.
     */
    private static boolean ofAnAddress(CharSequence text, int code, int townStart, String town) {
        String form = text.subSequence(code, townStart).toString().strip();
        if (form.endsWith("-")) {
            form = form.substring(0, form.length() - 1).strip(); // "46017 - Valencia"
        }
        boolean four = form.length() == 4;
        boolean other = form.matches("\\d{4} ?[A-Z]{2}|\\d{4}-\\d{3}|\\d{2}-\\d{3}");
        if (!four && !other) {
            return true;
        }
        boolean year = four && (form.startsWith("19") || form.startsWith("20"));
        return year ? streetLineBefore(text, code) : fourDigitCodeOfAnAddress(text, code, town);
    }

    /**
     * Four digits alone are as often a year ("Vol. 12, 2019 Annual Report."): taken before a town only when the town (or
     * its first word: "2200 København N", "8000 Aarhus C") is one of the gazetteer's, or when the line before the code
     * (the line before that when the code begins one) names a street with its number ("Nørrebrogade 184, 1. sal, 2200
     * København N", "Storgata 5\n0155 Oslo"; not "Vol. 12, 2019 Annual Report.", "Chapter 3\n2019 Review").
     */
    private static boolean fourDigitCodeOfAnAddress(CharSequence text, int code, String town) {
        char[] buffer = new char[64];
        int first = 0;
        while (first < town.length() && town.charAt(first) != ' ' && town.charAt(first) != '\t') {
            first++;
        }
        return Cities.town(town, 0, town.length(), buffer) || Cities.town(town, 0, first, buffer) || streetLineBefore(text, code);
    }

    /** Whether the line before the code, or the line before that when the code begins its line, names a street. */
    private static boolean streetLineBefore(CharSequence text, int code) {
        int end = code;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
            if (end > 0 && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        int start = end;
        while (start > 0 && end - start < 80 && text.charAt(start - 1) != '\n') {
            start--;
        }
        return StreetAddressRecognizer.namesAStreet(text, start, end);
    }

    /**
     * A postal code before a town ("28049 Madrid", "E-28015 Madrid", "46017 - Valencia"): five digits, not
     * inside a number or an amount, a dash before them only after a letter; the digits in group {@code group}
     * (none when null), then the blanks (and a dash) before the town. Not a dash alone ("08005-Barcelona"):
     * "12345-Final" is a document's name.
     */
    static String codeBeforeTown(String group) {
        // a match begins at the digits, so only numbers are tried; a dash before them only after a letter
        // (a country's, "E-28015"), two lookbehinds of one character each that the scanner reads (an
        // alternation of lookbehinds it does not, and tried every digit); not after "#" (an invoice's number)
        // five digits, or three and two (Sweden's, Czechia's, Slovakia's and Greece's: "903 38  Umeå", "101 00 Praha 10")
        // (those not after a number and a space: "Tel 040 123 45 Hamburg")
        // or the Netherlands' four digits and two letters ("3572 BH Utrecht"), Portugal's four and three ("4050-184 Porto"),
        // Poland's two and three ("31-042 Kraków"), or four digits alone, which afterAnAddress weighs (a year as often)
        String forms = "\\d{5}|(?<!\\d[ ])\\d{3} \\d{2}|\\d{4}[ ]?[A-Z]{2}(?![\\p{L}\\d])|\\d{4}-\\d{3}|\\d{2}-\\d{3}|\\d{4}";
        String digits = group == null ? "(?:" + forms + ")" : "(?<" + group + ">" + forms + ")";
        // (a country's one or two letters, not a course's or a product's code: "BIO-12045 Bioprocess Engineering", a
        // twenty-eighth held-out set's learning agreement)
        // (two letters only when a country's: "CS-12045 Computer Science", "AB-12045 Steel Bolt" are codes, a review's)
        return "(?<![\\w.,$/#])(?<![^A-Za-z]-)(?<![A-Za-z]{3}-)(?<!(?<![A-Za-z])(?!(?:CH|CZ|SK|LT|LV|EE|PL|HU|RO|BG|HR|SI|FI|FL|NL|DK|NO"
                + "|GR|CY|MT|IE|IS|AT|BE|DE|ES|FR|IT|LU|PT|SE|GB|MC|SM|AD|RS|BA|ME|MK|AL|UA|MD|TR)-)[A-Za-z]{2}-)" + digits + "[ \\t]+(?:-[ \\t]+)?";
    }

    /**
     * The labels of a place of a form or record, in Spanish, English, French, German, Italian and
     * Portuguese: a town, a province, a country, a place of birth ("Localidad/ Provincia:", "País:",
     * "Place of birth:", "Lieu de naissance :", "Wohnort:", "Luogo di nascita:", "Naturalidade:").
     */
    private static final String LABELS = "(?iu:localidad(?:[ \\t]*/[ \\t]*provincia)?|provincia|municipio|ciudad|poblaci[oó]n"
            + "|lugar[ \\t]+de[ \\t]+(?:nacimiento|residencia)|(?:país|pais)(?:[ \\t]+de[ \\t]+(?:nacimiento|residencia|origen))?"
            + "|city|town|place[ \\t]+of[ \\t]+birth|birthplace|country[ \\t]+of[ \\t]+(?:birth|residence)"
            // India's forms' home town ("Native place:")
            + "|native[ \\t]+place"
            + "|ville|lieu[ \\t]+de[ \\t]+naissance|pays|wohnort|geburtsort|citt[àa]|comune|luogo[ \\t]+di[ \\t]+nascita"
            + "|cidade|naturalidade|födelseort|fodelseort|fødested|fodested|miejsce[ \\t]+urodzenia|geboorteplaats"
            // Romanian's, Finnish's, Estonian's, Czech's, Slovak's, Hungarian's and Croatian's place of birth ("Locul nașterii:
            // Bistrița", a twenty-seventh held-out set's drone operator)
            + "|locul[ \\t]+na[sș]terii|syntymäpaikka|sünnikoht|místo[ \\t]+narození|miesto[ \\t]+narodenia|születési[ \\t]+hely"
            + "|mjesto[ \\t]+rođenja"
            // Portugal's and Brazil's locality and place of origin ("Localidade: Braga", "Natural de: Campinas/SP")
            + "|localidade|natural[ \\t]+de|concelho|freguesia"
            // Serbian's, Bulgarian's, Ukrainian's and Russian's place of birth, of death, of residence ("Место рођења: Сремски
            // Карловци", "Пребивалиште: Нови Сад", "Матично подручје: Нови Сад")
            + "|место[ \\t]+рођења|место[ \\t]+смрти|пребивалиште|матично[ \\t]+подручје|място[ \\t]+на[ \\t]+раждане"
            + "|місце[ \\t]+народження|место[ \\t]+рождения|место[ \\t]+жительства"
            // Greek's place of birth and of residence ("Τόπος γέννησης: Ηράκλειο", a twenty-eighth held-out set's volunteer
            // firefighter)
            + "|τόπος[ \\t]+γέννησης|τοπος[ \\t]+γεννησης|τόπος[ \\t]+κατοικίας)";
    /**
     * A form's label of the date and the place of birth together, in the languages of Europe. Case-insensitive for ASCII
     * only: with Unicode case folding ("(?iu:") the scanner cannot tell where it may begin, and tried it at every character
     * (the place recognizer 95 -> 233 ms per 4 MB).
     */
    private static final String DATE_AND_PLACE = "(?i:(?:date|data|datum|fecha|dato)[ \\t]+(?:and|&|i|a|y|e|et|und|en|og|och|ja)"
            + "[ \\t]+(?:place|miejsce|místo|miesto|lugar|lieu|luogo|local|ort|plaats|sted|paikka|mjesto|kraj)[ \\t]+(?:of[ \\t]+birth"
            + "|urodzenia|narození|narodenia|de[ \\t]+nacimiento|de[ \\t]+naissance|di[ \\t]+nascita|de[ \\t]+nascimento"
            + "|van[ \\t]+geboorte|rođenja|rojstva|for[ \\t]+fødsel)|geburtsdatum[ \\t]+und[ \\t]+-?ort|geburtsdatum[ \\t]*/[ \\t]*-?ort)";
    /** A form's date: "14.03.2024", "1. 2. 1980", "1990-05-03", "3 May 1990". */
    private static final String FORM_DATE = "(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}\\.[ \\t]\\d{1,2}\\.[ \\t]\\d{4}|\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{1,2}\\.?[ \\t]+\\p{L}{3,10}\\.?[ \\t]+\\d{4}"
            // Spanish and Portuguese, Hungarian ("20 de março de 2025", "2025. 07. 18.", "2025. július 18.")
            + "|\\d{1,2}[ \\t]+de[ \\t]+\\p{L}{3,10}[ \\t]+de[ \\t]+\\d{4}|(?:19|20)\\d{2}\\.[ \\t]?\\d{1,2}\\.[ \\t]?\\d{1,2}\\."
            + "|(?:19|20)\\d{2}\\.[ \\t](?!évi\\b)\\p{L}{3,10}[ \\t]\\d{1,2}\\.)";
    private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "the", "a", "an", "my", "our", "his", "her", "their", "this", "that", "love",
            "charge", "time", "trouble", "touch",
            // where a social history says someone lives, or how one was born, that is no place's name (the review's: "Lives
            // in Assisted Living", "Born in Breech position", "Lives in Fear", "lives in Section 8 housing")
            "assisted", "independent", "supported", "supportive", "sheltered", "senior", "skilled", "group", "nursing", "foster",
            "residential", "subsidized", "public", "shelter", "shelters", "apartment", "apartments", "house", "housing", "home",
            "homes", "town", "city", "va", "section", "captivity", "harmony", "peace", "denial", "fear", "poverty", "isolation",
            "breech", "recovery", "remission", "hospice", "rehab", "care", "respite", "transitional", "halfway", "sober",
            "mobile", "trailer", "car", "cars", "motel", "hotel", "hotels", "jail", "prison", "custody", "one", "two",
            // feasts after "nata a", "né à" (a review's: "È nata a Natale")
            "natale", "pasqua", "noël", "noel", "pâques", "paques", "navidad", "pascua", "weihnachten", "ostern", "kerstmis",
            "pasen", "jul", "påsk", "natal", "páscoa");

    /** The first words of a county's name of two ("San Diego", "St. Louis", "Fort Bend", "Prince George's", "Palm Beach"). */
    private static final String COUNTY_FIRST_WORDS = "(?:San|Santa|Los|Las|El|St\\.|Saint|Fort|Prince|De|Du|La|Le|Palm|Salt|Lake"
            + "|Grand|Red|Van|New|Contra|Del|Anne|Charles|King|Queen|Rock|Little|Big|Twin|Green|Cape|Glacier|Deaf)";

    /**
     * Words before "County" that name a show, a club, an office or a form's field, not a county (a review's: "Big County Fair",
     * "Derby County signed", "Notts County", "Residence County: Harris", "Select County", "Unknown County").
     */
    private static final Set<String> NOT_COUNTY_NAMES = Set.of("derby", "notts", "stockport", "big", "annual", "regional", "best",
            "total", "greater", "federal", "premier", "select", "choose", "birth", "residence", "contact", "during", "visit",
            "unknown", "former", "dry", "whiskey", "saints", "state", "city", "town", "home", "county", "new", "old",
            // and no name's words ("the County", "each County", "OF COUNTY")
            "the", "a", "an", "each", "every", "any", "this", "that", "our", "your", "their", "his", "her", "its", "my", "same",
            "other", "which", "whose", "neighboring", "neighbouring", "adjoining", "adjacent", "rural", "urban", "local", "said",
            "such", "another", "one", "per", "in", "of", "for", "and", "or", "to", "by", "at", "on", "from", "with", "no", "all",
            "both", "whole", "entire");

    /**
     * Whether a US county's match names one: after a county's usual first word ("San", "St."), a name the name lists or the
     * gazetteer know and no common word ("Cumberland", "Harris", "Orange"), or any name after "of" or a bracket ("CIRCUIT
     * COURT OF COOK COUNTY", "(DuPage County)"); not {@link #NOT_COUNTY_NAMES}.
     */
    private static boolean countyNamed(CharSequence text, int start, int end) {
        String value = text.subSequence(start, end).toString();
        String name = value.substring(0, value.length() - "County".length()).trim();
        int blank = name.indexOf(' ');
        String word = (blank < 0 ? name : name.substring(blank + 1)).toLowerCase(Locale.ROOT);
        if (NOT_COUNTY_NAMES.contains(word)) {
            return false;
        }
        if (blank > 0) {
            return true; // a county's usual first word before it
        }
        int k = start;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        String before = k >= 2 && (k == 2 || !Character.isLetter(text.charAt(k - 3)))
                ? text.subSequence(k - 2, k).toString().toLowerCase(Locale.ROOT) : "";
        if (k > 0 && text.charAt(k - 1) == '(' || before.equals("of") || before.equals("in")) {
            return true; // "OF COOK COUNTY", "(DuPage County)", "lives in Orange County"
        }
        for (String part : word.split("-")) { // "Miami-Dade"
            int kinds = NameLists.get().kinds(part);
            if ((kinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) == 0
                    && ((kinds & (NameLists.FIRST | NameLists.SURNAME)) != 0 || Cities.town(part, 0, part.length(), new char[64]))) {
                return true;
            }
        }
        return false;
    }

    /** Ireland's 32 counties, as an address names them after "Co." or "County" ("Ballincollig, Co. Cork"). */
    private static final String IRISH_COUNTIES = "(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh"
            + "|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo"
            + "|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)(?![\\p{L}-])";

    public PlaceRecognizer() {
        super("LOCATION", Category.LOCATION, List.of(
                NamedPattern.of("place after a placing phrase", "(?<![\\p{L}])" + INTRODUCERS + "[ \\t]+(?<value>" + WORD
                        + "(?:[ \\t](?:" + PARTICLE + "[ \\t])?" + WORD + "){0,3})", 0.6),
                NamedPattern.of("town after its council's word", "(?<![\\p{L}])" + COUNCIL + "(?<value>" + WORD
                        + "(?:[ \\t]" + PARTICLE + "[ \\t]" + WORD + ")?)(?![\\p{L}])", 0.6),
                // a deed's residence with its postal code before the town ("Zoon van: VAN DEN BROECK Marc, wonende te 9300
                // Aalst, Dendermondsesteenweg 48"): the code and the town
                NamedPattern.of("postal code and town after a residence phrase", "(?<![\\p{L}])" + RESIDENCE
                        + "[ \\t]+(?<value>\\d{4,5}[ \\t]+" + NAME + ")", 0.65),
                // where one was born after the date of birth, as deeds and summonses write it ("né le 08/08/1964 à
                // Villefranche-sur-Saône", "nata il 3 maggio 1990 a Bologna", "geboren am 12.03.1980 in Graz", "geb. 12.05.1993
                // in Kiel", "geb. am 03.05.1977 in Augsburg")
                NamedPattern.of("birthplace after the birth date", "(?<![\\p{L}])(?:[Nn]ée?[ \\t]+le|[Nn]at[oa][ \\t]+il"
                        + "|[Nn]acid[oa][ \\t]+el|[Nn]ascid[oa][ \\t]+em|[Gg]eboren[ \\t]+am|[Gg]eb\\.(?:[ \\t]+am)?)[ \\t]+"
                        + "(?:\\d{1,2}(?:er|º|°|\\.)?[ \\t]+(?:de[ \\t]+)?\\p{L}{3,10}\\.?[ \\t]+(?:de[ \\t]+)?\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})"
                        + "[ \\t]+(?:à|a|en|in|em)[ \\t]+(?<value>" + NAME + ")", 0.6),
                // an Irish address's county after "Co." or "County" ("Ballincollig, Co. Cork"; the town before it, read by an
                // expression beginning at every capital, took 30 ms per 4 MB: left)
                NamedPattern.of("Irish county", "\\b(?:Co\\.|County)[ \\t]+(?<value>" + IRISH_COUNTIES + ")", 0.7),
                // Dublin with its postal district ("St James's Hospital, Dublin 8", "Dublin 6W", a twenty-fourth held-out set's
                // mortgage fact-find): 1 to 18, 20, 22, 24; not a longer number, a time, a date ("Dublin 2024", "Dublin 8:30")
                // (not a score, a count, a ranking's next: "Dublin 3 Mayo 1", "Dublin 15 minutes away", "2. Dublin 3. Galway",
                // the review's)
                // (nor a score's before or after a county's score: "Dublin 2, Kerry 1", "Kerry 1, Dublin 2", the third review's;
                // but "Dublin 6, Tel 01 496 2231")
                NamedPattern.of("Dublin postal district", "(?<![\\p{L}])(?<!" + IRISH_COUNTIES + "[ \\t]\\d{1,2},?[ \\t])Dublin[ \\t](?:6W|1[0-8]|2[024]|[1-9])(?![\\w:./-]?\\d|\\w)"
                        + "(?![ \\t]+(?:minutes?|mins?|hours?|hrs?|km|miles?|days?|times|points|goals)\\b|[ \\t]+\\p{Lu}\\p{L}*[ \\t]+\\d|,[ \\t]+" + IRISH_COUNTIES + "[ \\t]+\\d|\\.[ \\t]+\\p{Lu})", 0.8),
                // a US county with its word ("Cumberland County", "COOK COUNTY", "St. Louis County", "Prince George's County",
                // "Miami-Dade County"; an eighteenth held-out set's home inspection, bankruptcy creditors and discharge record, a
                // seventeenth's jury summons): HIPAA's units smaller than a state. One name's word, or two after a name's
                // usual first word; not "the County", "each county", "Home County", "OF COOK COUNTY"'s "OF"
                // (the words before it bounded, and those that name no county read in analyze: the scanner then looks for
                // "County" first, where a lookahead at the start had it try every capital, 41 ms per MB)
                NamedPattern.of("US county", "(?<![\\p{L}'’.-])(?<value>(?:" + COUNTY_FIRST_WORDS
                        + "[ \\t])?\\p{Lu}[\\p{L}'’-]{0,25}\\p{L}[ \\t](?:County|COUNTY))(?![\\p{L}])", 0.7),
                // a town after the abbreviation of its kind, as Bulgarian, Ukrainian, Russian, Serbian and Romanian addresses
                // write it ("гр. София", "м. Львів", "г. Москва", "с. Бистрица", "ж.к. Младост", "or. Ungheni", "mun. Chișinău",
                // "jud. Cluj"); not after a number ("2025 г. Днес": a year's "г."). Two expressions: the Latin one's strings,
                // dot included, are what the scanner looks for first ("or" and "co" alone begin words everywhere)
                NamedPattern.of("town after its kind's abbreviation", "(?<![\\p{L}.])(?<!\\d[ \\t])(?:гр|м|г|с|смт|ж\\.к|кв)"
                        + "\\.[ \\t]?(?<value>" + ABBREVIATED_TOWN + ")", 0.6),
                NamedPattern.of("town after its kind's abbreviation, Romanian", "(?<![\\p{L}.])(?:or\\.|mun\\.|jud\\.|com\\.)"
                        + "[ \\t]?(?<value>" + ABBREVIATED_TOWN + ")", 0.6),
                // a town or district after its kind's word in Spanish and Portuguese addresses ("comuna de Villa Alemana", "bairro
                // Campo Belo", "freguesia de Cedofeita", "Colonia Roma"); a fourteenth held-out set's
                NamedPattern.of("town after its kind's word, Spanish and Portuguese", "(?<![\\p{L}])(?:comuna|bairro|freguesia"
                        + "|concelho|colonia|Colonia|Comuna|Bairro)[ \\t]+(?:(?:de|do|da)[ \\t]+)?(?<value>(?:(?:S|Sta|Sto)\\.[ \\t])?" + NAME + ")", 0.6),
                // a ward, a district, a town or a province after its kind's word, as Vietnamese, Indonesian and Filipino addresses
                // write them ("phường Dịch Vọng Hậu, quận Cầu Giấy, thành phố Hà Nội", "Kelurahan Dago, Kecamatan Coblong, Kota
                // Bandung", "Kec. Cilawu, Kab. Garut", "Barangay Bagong Silangan", "KECAMATAN COBLONG"; a twentieth held-out set's); not a
                // street's, a house number's or a neighbourhood unit's word after the name ("KELURAHAN DAGO Jl.", "Kab. Garut No.
                // HP", "Dago RT 004")
                NamedPattern.of("place after its kind's word, Vietnamese, Indonesian and Filipino", "(?<![\\p{L}])"
                        // not after an office's, a fund's or a programme's word, which the kind's word then names ("Dana Desa
                        // Tahap II", "Sekretaris Desa Ahmad Fauzi", "Kepala Desa", a review's; "Alamat Kelurahan Dago", "Warga
                        // Desa Sukamaju" are places)
                        + "(?<!(?:Dana|Sekretaris|Kepala|Pemilihan|Perangkat|Aparat|Kantor|Balai|Badan|Musyawarah|Anggaran|Program"
                        + "|Lurah|Camat|Bupati|Walikota|Pemerintahan)[ \\t])(?:(?:phường|quận|huyện|tỉnh"
                        + "|thị xã|thị trấn|thành phố|thôn|Kelurahan|Kecamatan|Kec\\.|Kabupaten|Kab\\.|Kota|Desa|Provinsi|Barangay|Brgy\\.)[ \\t]"
                        // (the commune's "xã" with its blank written out: two letters alone hid the kinds' strings from the
                        // scanner, which then tried the expression at every word, 4 ms a MB)
                        + "|xã "
                        // in capitals before a name in capitals ("KECAMATAN COBLONG", not "KOTA Coaching Institute")
                        + "|(?:KELURAHAN|KECAMATAN|KABUPATEN|KOTA|DESA|PROVINSI|BARANGAY|LUNGSOD)(?=[ \\t]+\\p{Lu}\\p{Lu})[ \\t])"
                        // not a hall's, a clearance's, an office's or a programme's words after it ("Barangay Hall", "Barangay
                        // Captain", "Desa Wisata", "Coblong Dalam Angka")
                        + "[ \\t]*(?!" + PLACE_KIND_NOT + ")(?<value>" + WORD + "(?:[ \\t](?!(?:No|Nr|Jl|Jln|Telp|Tel|RT|RW|HP|Dalam"
                        + "|Angka|Kelurahan|Kecamatan|Kec|Kabupaten|Kab|Kota|Desa|Provinsi)(?![\\p{L}]))" + WORD + "){0,3})", 0.6),
                // a Czech, Slovak, Polish or Croatian dateline's town, in its locative after "V", "W", "U", before the date's
                // word or the date ("V Rajhradě dne 14. 4. 2025", "V Trnave dňa 28. 2. 2025", "W Krakowie, dnia 1 lutego", "U
                // Opatiji, 24. lipnja 2025."; a fourteenth and a fifteenth held-out set's signatures): the declined name is no
                // gazetteer's, the dateline says what it is (the preposition in capitals: "w Polsce dnia 3 maja świętujemy" is a
                // sentence's). With the date's word after it; with a comma
                // and the date alone only after one in capitals at a line's start ("U Mirka 5. 3. hráli" is at Mirek's)
                NamedPattern.of("town in a dateline", "(?<![\\p{L}])(?:V|W|U|Ve|We)[ \\t]+(?<value>\\p{Lu}[\\p{L}\\p{M}-]+"
                        + "(?:[ \\t]\\p{Lu}[\\p{L}\\p{M}-]+){0,2}),?[ \\t]+(?:dne|dňa|dnia|dana)[ \\t]+\\d{1,2}(?:\\.|[ \\t]+\\p{L}{3,})", 0.6),
                NamedPattern.of("town in a dateline at a line's start", "(?:^|(?<=\\n))[ \\t]*(?:V|Ve|W|We|U)[ \\t]+(?<value>\\p{Lu}[\\p{L}\\p{M}-]+"
                        + "(?:[ \\t]\\p{Lu}[\\p{L}\\p{M}-]+){0,2}),[ \\t]+\\d{1,2}(?:\\.[ \\t]*(?:\\d{1,2}\\.|\\p{L}{3,})"
                        + "|[ \\t]+\\p{L}{3,}[ \\t]+(?:19|20)\\d\\d)", 0.6),
                // a district after its word ("район Лозенец", "р-н Шевченківський")
                NamedPattern.of("district after its word", "(?<![\\p{L}])(?:район|р-н|община|Район)[ \\t]+(?<value>\\p{Lu}\\p{Ll}[\\p{L}'-]+)", 0.6),
                // a Korean city or county, romanised with its suffix ("Changwon-si", "Yangpyeong-gun": a twenty-seventh held-out
                // set's invitation letter)
                // (after a comma, a line's start or a preposition: not "Actor Jang Dong-gun", "Machine-gun fire", the review's)
                NamedPattern.of("Korean city or county", "(?<=(?:^|[\\n,(]|(?<![\\p{L}])(?:in|at|to|from))[ \\t]{0,2})(?!(?:Machine|Shot|Nail|Stun|Glue"
                        + "|Spray|Air|Hand|Ray|Top|Pop)-)\\p{Lu}[a-z]{2,15}-(?:si|gun)(?![\\p{L}-])", 0.6),
                NamedPattern.of("place after its label", "(?<![\\p{L}])" + LABELS + "[ \\t]*:[ \\t]*(?<value>" + NAME
                        + "(?:,[ \\t]*" + NAME + ")?)", 0.75),
                // and without its colon ("mobile +91 90080 55417, native place Siliguri.", a twenty-sixth held-out set's tenant
                // verification form), the clause's end after the town (not a form's heading, "Native place District ____",
                // nor a sentence, "your native place Different from", the review's)
                NamedPattern.of("home town after native place", "(?<![\\p{L}])(?i:native[ \\t]+place)[ \\t]+(?<value>" + NAME + ")"
                        + "(?=[ \\t]*(?:[.,;)]|\\r?\\n|$))", 0.75),
                // a form's date and place of birth under one label, the date first ("Data i miejsce urodzenia: 14.03.2024,
                // Kraków", "Date and place of birth: 3 May 1990 in Leeds", "Geburtsdatum und -ort: 12.03.1980, Graz", "Datum a místo narození: 1. 2. 1980, Brno")
                NamedPattern.of("place after the date under a date and place label", "(?<![\\p{L}])" + DATE_AND_PLACE
                        + "[ \\t]*:[ \\t]*+" + FORM_DATE
                        + "[ \\t]*[,;/]?[ \\t]*(?:(?:in|à|a|en|em|w|v|ve|i)[ \\t]+)?(?<value>" + NAME + ")", 0.75),
                // a form's place after the date of birth's field on its line ("Fecha de nacimiento: 19/07/2003     Lugar: León,
                // Guanajuato", "Date of birth: 03/05/1990  Place: Leeds")
                NamedPattern.of("place after the date of birth's field", "(?<![\\p{L}])(?i:fecha[ \\t]+de[ \\t]+nacimiento"
                        + "|date[ \\t]+of[ \\t]+birth|data[ \\t]+di[ \\t]+nascita|date[ \\t]+de[ \\t]+naissance|data[ \\t]+de[ \\t]+nascimento"
                        + "|geburtsdatum)[ \\t]*:[ \\t]*+" + FORM_DATE + "[ \\t]{1,40}(?i:lugar|place|luogo|lieu|local|ort)[ \\t]*:[ \\t]*"
                        // not what a form writes for no place ("Place: N/A", "Lugar: Desconocido")
                        + "(?![A-Za-z]/|(?i:unknown|desconocid[oa]|inconnu|sconosciuto|unbekannt)(?![\\p{L}]))"
                        + "(?<value>" + NAME + "(?:,[ \\t]*" + NAME + ")?)", 0.75),
                // a French deed's town in capitals after "à", before its postal code in brackets ("demeurant à SAINT-MALO (35400)",
                // "né à LYON 3ÈME ARRONDISSEMENT (69003)"; not "TOTAL (12345)")
                NamedPattern.of("town before its postal code in brackets", "(?<=" + FRENCH_A + "[ \\t])(?<value>\\p{Lu}[\\p{Lu}\\p{M}'-]+"
                        + "(?:[ \\t][\\p{Lu}\\d][\\p{Lu}\\p{M}\\d'-]*){0,3})[ \\t]?\\(\\d{5}\\)", 0.6),
                // with its province in parentheses: "28935 Móstoles (Madrid)", "13600 Alcázar de San Juan (Ciudad Real)"
                NamedPattern.of("town after its postal code", codeBeforeTown(null) + "(?<value>" + TOWN
                        + "(?:[ \\t]*\\(\\p{Lu}[\\p{L}\\p{M}'-]+(?:[ \\t]\\p{Lu}[\\p{L}\\p{M}'-]+){0,2}\\))?)", 0.6)),
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
        List<RecognizerResult> found = analyze(text, (k, action) -> scanner(k).forEachMatch(text,
                patterns().get(k).name().equals("town after its postal code") ? afterAnAddress(text, "value", action) : action));
        found.removeIf(r -> r.explanation().startsWith("pattern 'US county'") && !countyNamed(text, r.start(), r.end()));
        String plain = text.toString();
        List<RecognizerResult> towns = townsBeforeStates(plain);
        townsBeforeAustralianStates(text, plain, towns);
        capitalTownsBeforeStateCodes(text, plain, towns);
        townsAroundSlashes(plain, towns);
        towns.addAll(Cities.afterPrepositions(plain, STATES));
        towns.addAll(Cities.inOtherLanguages(plain));
        townsEndingAddresses(plain, towns);
        townsInBrackets(plain, towns);
        townsBeforeCodes(text, plain, towns);
        townsBeforeBrazilianStates(text, plain, towns);
        townsBeforeIrishCounties(text, plain, towns);
        townsBeforePolice(plain, towns);
        if (towns.isEmpty()) {
            return found;
        }
        List<RecognizerResult> all = new java.util.ArrayList<>(found);
        all.addAll(towns);
        return withoutContained(all);
    }

    /**
     * A town of the gazetteer before its police's "PD" or "Police" ("Arrested by Reidsville PD", "Det. Paul Menard,
     * Lafayette PD", a twenty-second held-out set's bail bond application): the words in Title case before it, the
     * longest run of them the gazetteer lists. Read at each " PD" and " Police" in code.
     */
    private static void townsBeforePolice(String text, List<RecognizerResult> out) {
        // (not a force's kind that the gazetteer lists as a town too: "Metro PD", "Capitol Police", "Transit Police")
        char[] buffer = new char[64];
        for (String word : List.of(" PD", " Police")) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                int after = at + word.length();
                if (after < text.length() && Character.isLetter(text.charAt(after))) {
                    continue;
                }
                // the words before, then fewer from the left, until the gazetteer lists them
                for (int start = titleWordsBefore(text, at, POLICE_KINDS); start >= 0; ) {
                    if (Cities.town(text, start, at, buffer)) {
                        out.add(new RecognizerResult("LOCATION", start, at, 0.7, "town before its police"));
                        break;
                    }
                    int space = text.indexOf(' ', start);
                    start = space >= 0 && space < at ? space + 1 : -1;
                }
            }
        }
    }

    /** The words of a police force's kind before "PD" or "Police", in small letters. */
    private static final Set<String> POLICE_KINDS = Set.of("metro", "metropolitan", "capitol", "transit", "state", "secret",
            "military", "border", "campus", "university", "airport", "port", "railway", "transport", "federal", "national",
            "royal", "county", "tribal", "park", "harbor", "harbour", "mounted", "provincial", "city", "town", "village");

    /** How far before a town's comma a digit of its address may stand, on the town's line. */
    private static final int ADDRESS_DIGIT_WITHIN = 40;

    /**
     * A town of the gazetteer that ends an address: after a comma, with a digit of the address (a house's, a street's,
     * a sector's number) in the forty characters before the comma on its line, and after the town the line's end, a mark
     * or a postal code ("House 9, Street 31, G-9/1, Islamabad", "Flat 304, Karve Nagar, Pune - 411052", "12, Triq
     * il-Kbira, Mosta MST 1018"). One or two words in Title case or capitals; the longer when both are listed.
     */
    private static void townsEndingAddresses(String text, List<RecognizerResult> out) {
        int n = text.length();
        char[] buffer = new char[64];
        for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
            int s = comma + 1;
            while (s < n && text.charAt(s) == ' ') {
                s++;
            }
            if (s >= n || !Character.isUpperCase(text.charAt(s)) || !digitBefore(text, comma)) {
                continue;
            }
            int best = -1;
            int e = s;
            for (int words = 0; words < 2; words++) {
                while (e < n && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-' || text.charAt(e) == '\'')) {
                    e++;
                }
                if (e - s >= 3 && endsAnAddress(text, e) && Cities.town(text, s, e, buffer)) {
                    best = e;
                }
                if (e + 1 >= n || text.charAt(e) != ' ' || !Character.isUpperCase(text.charAt(e + 1))) {
                    break;
                }
                e++;
            }
            if (best > 0 && !streetNamed(text.substring(s, best)) && !otherwiseAWord(text, s)) {
                out.add(new RecognizerResult("LOCATION", s, best, 0.6, "town of the gazetteer ending an address"));
            }
        }
    }

    /**
     * @return whether the word at {@code start} is a first name or a common word too ("Item 12, Victoria", "Colour 12,
     *     Orange", "Windows 10 Pro, Enterprise", "Chapter 12, Temple"): a town of that name ends no address here
     */
    private static boolean otherwiseAWord(String text, int start) {
        int e = start;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        int kinds = NameLists.get().kinds(text.substring(start, e).toLowerCase(Locale.ROOT));
        return (kinds & (NameLists.FIRST | NameLists.NOT_NAME | NameLists.WORD_NAME)) != 0;
    }

    /** Canada's provinces and Australia's states that the gazetteer has as towns too: a state's level, kept. */
    private static final Set<String> PROVINCES = Set.of("Québec", "Quebec", "QUÉBEC", "QUEBEC", "Ontario", "ONTARIO", "Alberta",
            "ALBERTA", "Manitoba", "MANITOBA", "Victoria", "VICTORIA", "Tasmania", "TASMANIA", "Queensland", "QUEENSLAND");

    /**
     * A town of the gazetteer alone in brackets, one to three words in Title case or capitals, after a person's name
     * ({@link #givenNameBefore}): where the person is from ("Son Dale Pettigrew (Flagstaff) informed", "DESMOND TUTU
     * (PRETORIA)"; twelve of the towns five held-out sets left stood in brackets, a name before a few of them). Not a US
     * state, kept by Safe Harbor, nor a first name or a common word ("(Victoria)", "(Reading)"), as {@link
     * #townsEndingAddresses}; in capitals four letters at least ("(MOA)" is a medical office assistant); not a Canadian
     * province nor an Australian state that is a town's name too ("Montréal (Québec)"), whose level Safe Harbor keeps, as
     * a US state's (a department's or a province's of Europe it does not: "Villeurbanne (Rhône)").
     */
    private static void townsInBrackets(String text, List<RecognizerResult> out) {
        int n = text.length();
        char[] buffer = new char[64];
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int s = open + 1;
            int relation = relationBefore(text, s);
            s = relation > 0 ? relation : s;
            if (s >= n || !Character.isUpperCase(text.charAt(s))) {
                continue;
            }
            int e = s;
            int words = 0;
            while (words < 3) {
                while (e < n && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-' || text.charAt(e) == '\'')) {
                    e++;
                }
                words++;
                if (e + 1 < n && text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1))) {
                    e++;
                    continue;
                }
                break;
            }
            if (e < n && text.charAt(e) == ')' && e - s >= (Character.isUpperCase(text.charAt(s + 1)) ? 4 : 3)
                    && Cities.town(text, s, e, buffer) && (relation > 0 || givenNameBefore(text, open) || ipAddressBefore(text, open))) {
                String name = text.substring(s, e);
                // a town of two words or three may begin with a common word ("Port Harcourt")
                if (!STATES.contains(name) && !PROVINCES.contains(name) && !streetNamed(name)
                        && !(name.indexOf(' ') < 0 && otherwiseAWord(text, s))) {
                    out.add(new RecognizerResult("LOCATION", s, e, 0.6, "town of the gazetteer alone in brackets"));
                }
            }
        }
    }

    /**
     * A region's two capitals in brackets ("Verbier (VS)", "Sion (VS)": a Swiss canton's) or a Maltese postcode ("Sliema SLM
     * 1050") after a word and a blank: tried at a bracket or a capital before a capital, the words before read in code.
     */
    private static final PatternScanner CODE_AFTER_A_WORD = PatternScanner.of(Pattern.compile(
            "(?<=\\p{L},?[ \\t])(?:\\([A-Z]{2}\\)|[A-Z]{3}[ ]\\d{4}(?!\\d)|LV-\\d{4}(?!\\d)"
                    // an Irish Eircode ("Model Farm Road, Cork T12 K8AF", a twenty-first held-out set's)
                    // (a letter among its last four: "Gate D12 0930", "Galaxy A54 2023" are none, the review's)
                    + "|" + ZipCodeRecognizer.EIRCODE_KEY + "[ ]" + ZipCodeRecognizer.EIRCODE_UNIQUE_WITH_A_LETTER + "(?![\\w-])"
                    // a British postcode with its space ("Kings Court, Sheffield S10 2TN", a session's probe)
                    // (a single letter only of the areas that have one: "Print Layout A4 2UP" is none, the review's)
                    + "|(?![ACDFHIJKOPQRTUVXYZ]\\d)(?<uk>" + ZipCodeRecognizer.UK_POSTCODE.replace("[ \\t]?", "[ ]") + ")(?![\\w-]))"));

    /** An Italian preposition or birth's word before one or two capitalised words ending the region ("nato a Verona"). */
    private static final Pattern ITALIAN_BEFORE_TOWN = Pattern.compile("(?<![\\p{L}])(?i:a|in|di|da|nato|nata|residente)[ \\t]+"
            + "\\p{Lu}[\\p{L}'-]*(?:[ \\t]\\p{Lu}[\\p{L}'-]*)?$");

    /**
     * The words before an Eircode or a British postcode that are a street's, a building's or a label's, not a town's ("Main
     * Street D02 X285", "Station Road LS1 4DY", "Box BT1 1AA").
     */
    private static final Set<String> EIRCODE_NOT_TOWN = Set.of("Road", "Street", "Avenue", "Lane", "Drive", "Park", "Square", "Place",
            "Close", "Way", "Terrace", "Court", "Crescent", "Grove", "Hill", "Quay", "House", "Centre", "Room", "Unit", "Floor",
            "Eircode", "Code", "Postcode", "Ireland", "Post", "Ref", "Reference", "Number", "Box", "Zip", "Address", "Tel", "Fax",
            "Phone", "England", "Scotland", "Wales", "Gate", "Suite", "Flat", "Apartment", "Building", "Mews", "Gardens", "Row", "Walk",
            "Estate", "Parade");

    /** Italy's provinces' codes, which an address or a birthplace writes in brackets after its town ("Verona (VR)"). */
    private static final Set<String> ITALIAN_PROVINCES = Set.of(("AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE"
            + " CH CL CN CO CR CS CT CZ EN FC FE FG FI FM FR GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT NA NO NU"
            + " OR PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP SR SS SU SV TA TE TN TO TP TR TS TV"
            + " UD VA VB VC VE VI VR VT VV").split(" "));

    /**
     * A town of the gazetteer before a region's code in brackets or a Maltese, Latvian or Irish postcode, a comma between or not
     * ({@link #CODE_AFTER_A_WORD}; a nineteenth held-out set's ski accident report and parking permit, a twentieth's court
     * summons: "Rīga, LV-1045"): the last one, two or three capitalised words
     * before it, the most the gazetteer knows; not a first name or a common word alone ("French (FR)", "Bachelor (BE)",
     * "Boston (GE)" are no towns).
     */
    private static void townsBeforeCodes(CharSequence text, String plain, List<RecognizerResult> out) {
        char[] buffer = new char[64];
        CODE_AFTER_A_WORD.forEachMatch(text, m -> {
            int e = m.start() - 1;
            if (plain.charAt(e - 1) == ',') {
                e--; // "Rīga, LV-1045"
            }
            int[] starts = new int[3];
            int words = 0;
            for (int k = e; words < 3; ) {
                int s = k;
                while (s > 0 && (Character.isLetter(plain.charAt(s - 1)) || plain.charAt(s - 1) == '\'' || plain.charAt(s - 1) == '’')) {
                    s--;
                }
                if (s == k || !Character.isUpperCase(plain.charAt(s))) {
                    break;
                }
                starts[words++] = s;
                if (s < 2 || plain.charAt(s - 1) != ' ' && plain.charAt(s - 1) != '-' || !Character.isLetter(plain.charAt(s - 2))) {
                    break;
                }
                k = s - 1;
            }
            // an Italian province's code makes a town of the gazetteer one even when a given name ("Verona (VR)"), and is one
            // itself; an Eircode makes the capitalised word before it a town, no street's type ("Road, Cork T12 K8AF": the
            // gazetteer leaves out common words); a twenty-first held-out set's
            boolean province = plain.charAt(m.start()) == '(' && ITALIAN_PROVINCES.contains(plain.substring(m.start() + 1, m.start() + 3))
                    && ITALIAN_BEFORE_TOWN.matcher(plain).region(Math.max(0, e - 48), e).find(); // not "Boston (GE) plant"
            boolean eircode = m.end() - m.start() == 8 && Character.isDigit(plain.charAt(m.start() + 2)) && m.group("uk") == null;
            boolean postcode = m.group("uk") != null;
            for (int w = words - 1; w >= 0; w--) {
                int s = starts[w];
                if (Cities.town(plain, s, e, buffer) && (w > 0 || province || postcode || !otherwiseAWord(plain, s))
                        || eircode && w == 0 && !EIRCODE_NOT_TOWN.contains(plain.substring(s, e))) {
                    out.add(new RecognizerResult("LOCATION", s, e, 0.6, "town of the gazetteer before a region's code or a postcode"));
                    if (province) {
                        out.add(new RecognizerResult("LOCATION", m.start() + 1, m.start() + 3, 0.6, "an Italian province's code after its town"));
                    }
                    return;
                }
            }
            // before a British postcode, what the gazetteer does not know is a suburb's or a village's name ("Hall Green B28
            // 8AA", "Kings Court, Sheffield S10 2TN", a session's probes): the last two capitalised words or the last one, none
            // of them a street's, a building's or a label's word, one alone of three letters (a common word too: "Reading RG1
            // 1AA", "Bath BA1 1LZ")
            for (int w = postcode ? Math.min(words, 2) - 1 : -1; w >= 0; w--) {
                boolean street = false;
                for (int v = w; v >= 0 && !street; v--) {
                    String word = plain.substring(starts[v], v == 0 ? e : starts[v - 1] - 1);
                    street = EIRCODE_NOT_TOWN.contains(word) || NOT_A_TOWN_BEFORE_POSTCODE.contains(word.toLowerCase(Locale.ROOT));
                }
                if (!street && (w > 0 || e - starts[0] >= 3)) {
                    out.add(new RecognizerResult("LOCATION", starts[w], e, 0.6, "a town before a British postcode"));
                    return;
                }
            }
        });
    }

    /**
     * The words before a British postcode that are a label's, an office's or a firm's, in any case ("POSTCODE M1 1AA", "Head
     * Office M1 1AA", "Customer Services Team", "Acme Widgets Ltd", "Ship To B1 1AA", "Seat B2 1ST", the review's).
     */
    private static final Set<String> NOT_A_TOWN_BEFORE_POSTCODE = Set.of("postcode", "postcodes", "location", "site", "city",
            "town", "destination", "origin", "sector", "office", "department", "team", "services", "service", "ltd", "limited",
            "plc", "llp", "inc", "to", "from", "layout", "seat", "print", "area", "region", "zone", "depot", "warehouse", "store",
            "branch", "centre", "center", "hq", "address", "delivery", "billing", "shipping", "returns", "sorting", "customer",
            "head", "registered", "invoice", "gate", "unit");

    /** Brazil's states' codes, as an address writes them after its town ("Curitiba-PR", "São Paulo/SP"). */
    static final String BR_STATES = "(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)";
    /** A state's code after a hyphen or a slash glued to a word in small letters. */
    private static final PatternScanner BR_STATE = PatternScanner.of(Pattern.compile(
            "(?<=\\p{Ll})[-/]" + BR_STATES + "(?![\\p{L}\\d]|-\\p{L})"));
    /** The words of a Brazilian town's name that are not capitalised ("São José dos Campos"). */
    private static final Set<String> BR_PARTICLES = Set.of("de", "do", "da", "dos", "das", "d'");

    /**
     * A Brazilian town before its state's code ("Bigorrilho, Curitiba-PR, CEP 80730-000", "São Paulo/SP, 01402-000", a
     * sixteenth held-out set's chat): one to five words in Title case, particles between, right before the hyphen or the
     * slash; not a code in capitals ("OAB/SP": a bar's section), nor a word of the name lists' common words alone.
     */
    private static void townsBeforeBrazilianStates(CharSequence text, String plain, List<RecognizerResult> out) {
        BR_STATE.forEachMatch(text, m -> {
            int end = m.start();
            int start = -1;
            int at = end;
            for (int words = 0; words < 5; words++) {
                int s = at;
                while (s > 0 && (Character.isLetter(plain.charAt(s - 1)) || plain.charAt(s - 1) == '\'')) {
                    s--;
                }
                String word = plain.substring(s, at);
                boolean particle = BR_PARTICLES.contains(word);
                if (s == at || !particle && !(Character.isUpperCase(plain.charAt(s)) && hasLower(plain, s, at))) {
                    break;
                }
                if (!particle) {
                    start = s;
                }
                if (s < 2 || plain.charAt(s - 1) != ' ') {
                    break;
                }
                at = s - 1;
            }
            if (start >= 0 && Cities.town(plain, start, end, new char[64])
                    && (NameLists.get().kinds(plain.substring(start, end).toLowerCase(Locale.ROOT)) & NameLists.NOT_NAME) == 0) {
                out.add(new RecognizerResult("LOCATION", start, end, 0.7, "town before its Brazilian state"));
            }
        });
    }

    /** An Irish county after a comma and "Co." ("Celbridge, Co. Kildare", "Carlingford, Co. Louth"). */
    private static final PatternScanner IRISH_COUNTY = PatternScanner.of(Pattern.compile(
            ",[ \\t]Co\\.?[ \\t](?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare"
                    + "|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone"
                    + "|Waterford|Westmeath|Wexford|Wicklow)(?![\\p{L}])"));

    /**
     * An Irish town before its county ("Main Street, Celbridge, Co. Kildare W23 X2F8", "Carlingford, Co. Louth", a
     * sixteenth held-out set's school trip consent): one to three words in Title case right before the comma, whatever the
     * gazetteer knows (Ireland's villages are beneath its size); not a street's ("Main Street, Co. Kildare" is none), nor a
     * common word or a given name alone but as an address's part between commas ("the Board, Co. Louth"; "The Maltings,
     * Bray, Co. Wicklow" is a town).
     */
    private static void townsBeforeIrishCounties(CharSequence text, String plain, List<RecognizerResult> out) {
        IRISH_COUNTY.forEachMatch(text, m -> {
            int end = m.start();
            int start = titleWordsBefore(plain, end, Set.of());
            String town = start < 0 ? null : plain.substring(start, end);
            // (a given name or a word alone only as an address's part between commas, a house's or a flat's number before it
            // on its line: "Apt 14, The Maltings, Bray, Co. Wicklow", a twenty-fourth held-out set's; not "Tom Burke, Coach, Co.
            // Mayo", "Murphy, Sean, Co. Kerry", the review's)
            if (town != null && !streetNamed(town) && !(town.indexOf(' ') < 0 && otherwiseAWord(plain, start)
                    && !(start >= 2 && plain.charAt(start - 2) == ',' && plain.charAt(start - 1) == ' ' && digitBefore(plain, start - 2)))) {
                out.add(new RecognizerResult("LOCATION", start, end, 0.7, "town before its Irish county"));
            }
        });
    }

    /** A relative's word that may open a bracket before the relative's town ("(syster, Mölndal)", "(grandmother, Naas)"). */
    private static final Set<String> RELATIONS = Set.of("mother", "father", "sister", "brother", "son", "daughter", "wife",
            "husband", "grandmother", "grandfather", "grandson", "granddaughter", "aunt", "uncle", "cousin", "niece", "nephew",
            "partner", "mor", "far", "syster", "bror", "dotter", "fru", "make", "mormor", "farmor", "morfar", "farfar", "søster",
            "datter", "kone", "mann", "mutter", "vater", "schwester", "bruder", "tochter", "sohn", "mère", "père", "sœur", "frère",
            "fille", "fils", "madre", "padre", "hermana", "hermano", "hija", "hijo", "mãe", "pai", "irmã", "irmão", "filha",
            "filho", "matka", "ojciec", "siostra", "brat", "córka", "syn");

    /**
     * @return where the town begins after a relative's word and a comma that open the bracket before {@code at} ("(syster,
     *     Mölndal)", a sixteenth held-out set's), or -1
     */
    private static int relationBefore(String text, int at) {
        int e = at;
        while (e < text.length() && e - at < 14 && Character.isLetter(text.charAt(e))) {
            e++;
        }
        if (e == at || e + 2 >= text.length() || text.charAt(e) != ',' || text.charAt(e + 1) != ' '
                || !RELATIONS.contains(text.substring(at, e).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        return e + 2;
    }

    /** Whether an IPv4 address and a space end right before the bracket at {@code open} ("from 102.89.34.117 (Port Harcourt)"). */
    private static boolean ipAddressBefore(String text, int open) {
        int k = open - 1;
        if (k < 7 || text.charAt(k) != ' ') {
            return false;
        }
        int dots = 0;
        int digits = 0;
        for (k--; k >= 0 && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '.'); k--) {
            dots += text.charAt(k) == '.' ? 1 : 0;
            digits += text.charAt(k) == '.' ? 0 : 1;
        }
        if (dots != 3 || digits < 4 || k >= 0 && text.charAt(k) != ' ' && text.charAt(k) != '\t') {
            return false;
        }
        // a public address's: a private network's site label is a place of a firm's, not a person's ("Gateway 10.0.0.1 (Green
        // Bay)", a review's)
        String address = text.substring(k + 1, open - 1);
        return !(address.startsWith("10.") || address.startsWith("192.168.") || address.startsWith("127.")
                || address.matches("172\\.(?:1[6-9]|2\\d|3[01])\\..*"));
    }

    /**
     * @return whether one of the one to three capitalised words before the bracket at {@code open} is a given name of the
     *     lists: a person's town ("Son Dale Pettigrew (Flagstaff)"), not a product's or a wine's ("macOS 13 (Ventura)",
     *     "Hyundai (Tucson)", "Cabernet Sauvignon (Napa)": a review's); a player's club after a surname that is a given
     *     name too reads as a town still ("Kane (Tottenham)")
     */
    static boolean givenNameBefore(String text, int open) {
        int end = open;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        for (int word = 0; word < 3; word++) {
            int start = end;
            while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
                start--;
            }
            if (start == end || !Character.isUpperCase(text.charAt(start))) {
                return false;
            }
            int kinds = NameLists.get().kinds(text.substring(start, end).toLowerCase(Locale.ROOT));
            if ((kinds & NameLists.FIRST) != 0 && (kinds & NameLists.NOT_NAME) == 0) {
                return true;
            }
            if (start == 0 || text.charAt(start - 1) != ' ') {
                return false;
            }
            end = start - 1;
        }
        return false;
    }

    /**
     * @return whether a digit stands in the {@link #ADDRESS_DIGIT_WITHIN} characters before {@code comma}, on its line and
     *     after its last colon (an order's, a label's number is none: "Order 4471: Brown, Cheddar, Co. Cork", the third
     *     review's)
     */
    private static boolean digitBefore(String text, int comma) {
        for (int k = comma - 1; k >= 0 && k >= comma - ADDRESS_DIGIT_WITHIN; k--) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == ':') {
                return false;
            }
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A postal code of Canada, Ireland (Eircode) or the UK that begins with a capital and a digit, whole. */
    private static final Pattern LETTER_DIGIT_CODE = Pattern.compile(
            "(?:[A-Z]\\d[A-Z][ ]?\\d[A-Z]\\d|[A-Z]\\d{2}[ ]?[0-9A-Z]{4}|[A-Z]\\d[A-Z\\d]?[ ]?\\d[A-Z]{2})(?![\\w-])");

    /** @return whether a town's word ending at {@code end} ends the address: the line's or text's end, a mark, a code */
    private static boolean endsAnAddress(String text, int end) {
        int k = end;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k >= text.length()) {
            return true;
        }
        char c = text.charAt(k);
        // a postal code after a blank: digits, two capitals and no small letter (Malta's "MST 1018", the UK's "BA1 3AB"),
        // or a whole code that begins with a capital and a digit (Canada's "B2Y 1J4", Ireland's "H91 X2C4", the UK's "G12
        // 8QQ"; not a terminal's or a race's "Dubai T3", "Silverstone F1")
        return c == '\n' || c == '\r' || c == ',' || c == ';' || c == '.' || c == '(' || c == '-' || c == '\u2013' || c == '|'
                || c == '"' || k > end && (Character.isDigit(c) || Character.isUpperCase(c) && k + 1 < text.length()
                && (Character.isUpperCase(text.charAt(k + 1)) && k + 2 < text.length() && !Character.isLowerCase(text.charAt(k + 2))
                || LETTER_DIGIT_CODE.matcher(text).region(k, Math.min(text.length(), k + 9)).lookingAt()));
    }

    /**
     * The US states a town stands before, after a comma ("Parents in Hartford, CT", "winters in Naples, FL", "Tampa,
     * Florida"; {@link #stateAfter}): not MD nor PA, a doctor's and a physician assistant's credentials ("Kevin Park,
     * MD"), nor the codes a clinical note writes as abbreviations ("Abdomen soft, ND" non-distended; MI, MS, CA, DC, ID,
     * LA, OR, IN, CO, GA, ME, AL, HI, OK, MO, SC, VA, NC, SD: their towns are found with the state's name).
     */
    static final Set<String> STATES = Set.of("AK", "AZ", "AR", "CT", "DE", "FL", "IL", "IA", "KS", "KY", "MA", "MN", "MT",
            "NE", "NV", "NH", "NJ", "NM", "NY", "OH", "RI", "TN", "TX", "UT", "VT", "WA", "WV", "WI", "WY", "Alabama", "Alaska",
            "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho",
            "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
            "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
            "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
            "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
            "Wisconsin", "Wyoming");

    /** What follows a person's or a firm's name before a comma, in small letters. */
    private static final Set<String> NAME_SUFFIXES = Set.of("esq", "inc", "ltd", "llc", "llp", "corp", "jr", "sr", "phd");

    /**
     * The town before each US state after a comma ({@link #stateAfter}): one to three words in Title case, one space
     * apart, right before the comma; not when its first word is a known first name, unless the gazetteer knows the town and
     * a state's code and its ZIP code follow ("Austin, TX 78701"; "Lawrence, MA" is as often a man with his degree). And a town of the gazetteer before a country ("Lagos, Nigeria", "Kumasi, Ghana").
     */
    private static List<RecognizerResult> townsBeforeStates(String plain) {
        List<RecognizerResult> out = new java.util.ArrayList<>();
        CharSequence text = plain;
        char[] buffer = new char[64]; // the gazetteer's look-ups, made once
        for (int comma = plain.indexOf(','); comma >= 0; comma = plain.indexOf(',', comma + 1)) {
            stateCodeAfter(plain, comma, buffer, out);
            townAfterFacility(plain, comma, buffer, out);
            boolean state = stateAfter(plain, comma);
            int date = 0;
            if (!state && !Cities.countryAfter(plain, comma, buffer)) {
                if (dateBefore(plain, comma)) {
                    townAfterDate(plain, comma, buffer, out);
                    continue;
                }
                date = dateAfter(plain, comma);
                if (date == 0) {
                    continue;
                }
            }
            int end = comma;
            int start = titleWordsBefore(text, end, Set.of());
            if (start >= 0 && date > 0) {
                start = afterDatelineWord(plain, start, end); // "En Santiago, a 5 de abril de 2025"
            }
            if (start < 0 || date == 2 && !lineStart(plain, start) && !afterDatelineLead(plain, start)) {
                continue; // after a word for "on", a letter's place begins its line ("Protests in Paris, on 3 May" are news)
            }
            int firstEnd = start;
            while (firstEnd < end && Character.isLetter(text.charAt(firstEnd))) {
                firstEnd++;
            }
            String first = text.subSequence(start, firstEnd).toString().toLowerCase(Locale.ROOT);
            // (a given name that the gazetteer knows as a town before a state's code and its ZIP code: "Austin, TX 78701",
            // "Lawrence, MA 01840"; not without the ZIP code, a person's name as often, whose other mentions the town's type
            // would then take: "Hi Austin, ... The Austin, TX office", "Thanks,\nTyler\nTyler, TX", "Austin, CT scan", the
            // review's)
            if (state && ((NameLists.get().table.get(first) & NameLists.FIRST) != 0
                    && !(Cities.town(plain, start, end, buffer)
                    && STATE_CODE_TAIL.matcher(plain).region(FieldValueRecognizer.blanks(plain, comma + 1), Math.min(plain.length(), comma + 26)).lookingAt())
                    || NAME_SUFFIXES.contains(first))) {
                continue; // nor a name's or a firm's suffix ("Harlan J. Moody, Esq., Nevada Bar No.", "Acme, Inc., Texas")
            }
            if (!state && !Cities.town(plain, start, end, buffer)) {
                continue; // before a country, a town of the gazetteer only ("Smith, France" is none)
            }
            out.add(new RecognizerResult("LOCATION", start, end, 0.7, state ? "town before its state"
                    : date > 0 ? "town before a date" : "town before its country"));
        }
        return out;
    }

    /**
     * A facility's last word before a comma, a hospital's, a clinic's, a centre's, a school's, a university's, after a
     * capitalised word of its name; not "the Clinic", a service's or a product's centre ("Data Center", "Contact Center", the
     * review's).
     */
    private static final List<String> FACILITY_WORD_LIST = List.of("Hospital", "Infirmary", "Clinic", "Centre", "Center", "Hospice",
            "University", "College", "School", "Surgery", "Practice");
    private static final Set<String> FACILITY_WORDS = Set.copyOf(FACILITY_WORD_LIST);
    private static final Pattern FACILITY_END = Pattern.compile("(?<![\\p{L}])(?!(?:The|Our|Your|Data|Contact|Call|Help|Service"
            + "|Support|Fitness|Shopping|Garden|Visitor|Business|Distribution|Fulfil?lment|Control|Operations|Command|Media|Learning"
            + "|Resource)[ ])\\p{Lu}[\\p{L}'.-]*[ ](?:" + String.join("|", FACILITY_WORD_LIST) + ")$");

    /**
     * The town of the gazetteer after a facility's name and its comma, then a bracket's or a clause's end ("(Sunnybrook
     * Health Sciences Centre, Toronto)", "(Henry Ford Hospital, Detroit)", a twenty-fourth held-out set's screening log):
     * one to three words in Title case, the most the gazetteer knows; not a department or a ward after it ("Hospital,
     * Cardiology Department").
     */
    private static void townAfterFacility(String plain, int comma, char[] buffer, List<RecognizerResult> out) {
        // (the word before the comma first, read off the characters: the expression at every comma cost more)
        int word = comma;
        while (word > 0 && Character.isLetter(plain.charAt(word - 1))) {
            word--;
        }
        if (comma - word < 6 || comma - word > 10 || !FACILITY_WORDS.contains(plain.substring(word, comma))
                || !FACILITY_END.matcher(plain).region(Math.max(0, comma - 40), comma).find()) {
            return;
        }
        int s = FieldValueRecognizer.blanks(plain, comma + 1);
        if (s == comma + 1 || s >= plain.length() || !Character.isUpperCase(plain.charAt(s))) {
            return;
        }
        int longest = longestTownFrom(plain, s, buffer);
        // (a given name before a bracket's, a list's or a line's end only: "Thanks for covering the Clinic, Tyler." is a call;
        // a list's comma with a capital, a digit or a place's clause after it: "at Mercy Hospital, Austin, while you wait" is a
        // call too, the third review's; "Seton Medical Center, Austin, where she" a town)
        boolean given = longest > 0 && (NameLists.get().table.get(plain.substring(s, longest).toLowerCase(Locale.ROOT)) & NameLists.FIRST) != 0;
        int next = longest > 0 && longest < plain.length() && plain.charAt(longest) == ',' ? FieldValueRecognizer.blanks(plain, longest + 1) : -1;
        if (given && next >= 0 && next < plain.length() && !Character.isUpperCase(plain.charAt(next)) && !Character.isDigit(plain.charAt(next))
                && !PLACE_CLAUSE.contains(wordAt(plain, next))) {
            return;
        }
        if (longest > 0 && (longest == plain.length() || (given ? ")],;\n\r" : ")],;.\n\r").indexOf(plain.charAt(longest)) >= 0)) {
            out.add(new RecognizerResult("LOCATION", s, longest, 0.6, "town after a facility's name"));
        }
    }

    /** The words that go on a sentence after a town between commas ("admitted to St Vincent Hospital, Sydney, on 3 March"). */
    private static final Set<String> PLACE_CLAUSE = Set.of("on", "in", "and", "or", "where", "for", "from", "at", "since",
            "until", "during", "before", "after", "with", "to", "then", "which", "under", "by", "near", "between", "via");

    /** @return the word of small letters at {@code at} */
    private static String wordAt(String text, int at) {
        int e = at;
        while (e < text.length() && Character.isLowerCase(text.charAt(e))) {
            e++;
        }
        return text.substring(at, e);
    }

    /**
     * @return the end of the longest run of one to three words in Title case from {@code s}, a space apart, that the
     *     gazetteer lists as a town ("Kuala Lumpur", "Salt Lake City"), or -1
     */
    private static int longestTownFrom(String text, int s, char[] buffer) {
        int e = s;
        int longest = -1;
        for (int words = 0; words < 3; words++) {
            int w = e;
            while (w < text.length() && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '-' || text.charAt(w) == '\'')) {
                w++;
            }
            if (w == e || !Character.isUpperCase(text.charAt(e))) {
                break;
            }
            if (Cities.town(text, s, w, buffer)) {
                longest = w;
            }
            if (w + 1 >= text.length() || text.charAt(w) != ' ') {
                break;
            }
            e = w + 1;
        }
        return longest;
    }

    /** A US state's code and its ZIP code, or a Canadian province's and its postal code, read from the code on. */
    private static final Pattern STATE_CODE_TAIL = Pattern.compile("(?:" + ZipCodeRecognizer.US_STATE_CODES + ")(?:[ \\t]{1,3}|,|','|\",\")"
            + "\\d{5}(?:-\\d{4})?(?![\\w-])|(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ \\t]{1,3}" + ZipCodeRecognizer.CANADIAN_POSTAL_CODE
            + "(?![\\w-])");

    /**
     * A US state's or a Canadian province's code after the comma at {@code comma}, between its town and its postal code
     * ("Kentwood, MI 49508", "Toronto, ON M5S 2P2", a twenty-first held-out set's court order and e-mails): after a comma
     * and blanks, a word in Title case before the comma (not "user ID 48213", "sold in CA 90210"); in a table's or a dump's
     * cells ("Phoenix,AZ,85034", "'Roseville','MN','55113'"), a town of the gazetteer in the cell before ("Gadget
     * Pro,CA,45210" is a state's sales; a review's). Read in code at each comma: as an expression it was tried at every
     * capital before a capital, some 4% of the detector's time.
     */
    private static void stateCodeAfter(String plain, int comma, char[] buffer, List<RecognizerResult> out) {
        int n = plain.length();
        int s = comma + 1;
        while (s < n && s - comma <= 2 && (plain.charAt(s) == ' ' || plain.charAt(s) == '\t')) {
            s++;
        }
        boolean blank = s > comma + 1;
        boolean quoted = !blank && s < n && comma > 0 && (plain.charAt(s) == '\'' || plain.charAt(s) == '"')
                && plain.charAt(comma - 1) == plain.charAt(s);
        if (quoted) {
            s++;
        }
        if (s + 2 >= n || plain.charAt(s) < 'A' || plain.charAt(s) > 'Z' || plain.charAt(s + 1) < 'A' || plain.charAt(s + 1) > 'Z'
                || !STATE_CODE_TAIL.matcher(plain).region(s, Math.min(n, s + 24)).lookingAt()) {
            return;
        }
        int end = quoted ? comma - 1 : comma;
        int start = end;
        while (start > 0 && (Character.isLetter(plain.charAt(start - 1)) || plain.charAt(start - 1) == '.' || plain.charAt(start - 1) == '\''
                && start - 1 > 0 && Character.isLetter(plain.charAt(start - 2)))) {
            start--;
        }
        if (blank) {
            if (start == end || !Character.isUpperCase(plain.charAt(start)) || !Character.isLowerCase(plain.charAt(end - 1))) {
                return;
            }
        } else {
            int cell = end;
            while (cell > 0 && end - cell < 40 && plain.charAt(cell - 1) != ',' && plain.charAt(cell - 1) != '\''
                    && plain.charAt(cell - 1) != '"' && plain.charAt(cell - 1) != '\n' && plain.charAt(cell - 1) != '(') {
                cell--;
            }
            String town = plain.substring(cell, end).strip();
            if (!Cities.town(town, 0, town.length(), buffer)) {
                return;
            }
        }
        out.add(new RecognizerResult("LOCATION", s, s + 2, 0.6, "a state's code between its town and its postal code"));
    }

    /** The words for "on" a place's date of signing may have before it. */
    private static final List<String> DATE_WORDS = List.of("am", "den", "dňa", "dne", "le", "il", "el", "em", "on", "dnia", "d.", "a",
            "lì", "li");

    /**
     * A dateline's word for "in" before its town, capitalised at the line's start ("En Santiago, a 5 de abril"); not
     * English "In", a news lead's ("In Paris, on 3 May 2025, protests erupted", a review's).
     */
    private static final Set<String> DATELINE_WORDS = Set.of("en", "em");
    /** What a dateline may say before its town on its line ("Fait à Lyon, le 3 mars 2025", "Dado en Lima, el 4 de mayo"). */
    private static final List<String> DATELINE_LEADS = List.of("fait à", "fait a", "dado en", "hecho en", "firmado en", "feito em",
            "assinado em", "done at", "signed at", "dated at", "dated in", "signed in", "fatto a", "redatto a");

    /**
     * @return where the town begins when the first of the title words at {@code start} is a dateline's "En", "Em" or "In"
     *     at its line's start and a word follows it; else {@code start}
     */
    private static int afterDatelineWord(String plain, int start, int end) {
        int space = plain.indexOf(' ', start);
        if (space < 0 || space + 1 >= end || !lineStart(plain, start)
                || !DATELINE_WORDS.contains(plain.substring(start, space).toLowerCase(Locale.ROOT))) {
            return start;
        }
        return space + 1;
    }

    /** Whether the text before {@code start} on its line is a dateline's lead ({@link #DATELINE_LEADS}) or "En", "Em". */
    private static boolean afterDatelineLead(String plain, int start) {
        int from = start;
        while (from > 0 && plain.charAt(from - 1) != '\n' && plain.charAt(from - 1) != '\r' && start - from <= 20) {
            from--;
        }
        String lead = plain.substring(from, start).strip().toLowerCase(Locale.ROOT);
        return DATELINE_LEADS.contains(lead) || DATELINE_WORDS.contains(lead);
    }

    /** {@link #FORM_DATE}, or a month's name first ("March 3, 2024"), where it begins. */
    private static final Pattern DATE_AT = Pattern.compile(FORM_DATE + "|\\p{Lu}\\p{Ll}{2,9}\\.?[ \\t]+\\d{1,2},?[ \\t]+\\d{4}");
    /** {@link #FORM_DATE} where it ends. */
    private static final Pattern DATE_ENDS = Pattern.compile("(?:" + FORM_DATE + ")$");

    /**
     * Whether a date follows the comma, as a letter's or a form's place and date of signing write them ("Lugano, 7
     * giugno 2025", "Maribor, 24. 2. 2025", "London, 3 March 2024"): the town before it, if one of the gazetteer, is
     * where a person signed or wrote.
     *
     * @return 0: no date after the comma; 1: a date; 2: a date after a word for "on" ({@link #DATE_WORDS})
     */
    private static int dateAfter(String plain, int comma) {
        int d = comma + 1;
        while (d < plain.length() && d - comma <= 2 && (plain.charAt(d) == ' ' || plain.charAt(d) == '\t')) {
            d++;
        }
        if (d >= plain.length() || !Character.isLetterOrDigit(plain.charAt(d))) {
            return 0;
        }
        // a word for "on" before the date ("Mödling, am 02.01.2025", "Mölndal, den 6 mars 2025", "Trnava, dňa 28. 2. 2025")
        int word = 1;
        for (String on : DATE_WORDS) {
            if (plain.startsWith(on, d) && d + on.length() < plain.length() && plain.charAt(d + on.length()) == ' ') {
                d += on.length() + 1;
                word = 2;
                break;
            }
        }
        Matcher m = DATE_AT.matcher(plain).region(d, Math.min(plain.length(), d + 30));
        return m.lookingAt() ? word : 0;
    }

    /** Whether only blanks stand between a line's start and {@code at}. */
    private static boolean lineStart(String plain, int at) {
        int k = at - 1;
        while (k >= 0 && (plain.charAt(k) == ' ' || plain.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || plain.charAt(k) == '\n' || plain.charAt(k) == '\r';
    }

    /** Whether a date ends right before the comma ("23.07.1984, Liepāja": a person's date and place of birth in a table). */
    private static boolean dateBefore(String plain, int comma) {
        return comma > 0 && Character.isDigit(plain.charAt(comma - 1))
                && DATE_ENDS.matcher(plain).region(Math.max(0, comma - 20), comma).find();
    }

    /** The town of the gazetteer after a date and its comma, one to three words in Title case, then no letter. */
    private static void townAfterDate(String plain, int comma, char[] buffer, List<RecognizerResult> out) {
        int s = comma + 1;
        while (s < plain.length() && s - comma <= 2 && plain.charAt(s) == ' ') {
            s++;
        }
        if (s >= plain.length() || !Character.isUpperCase(plain.charAt(s))) {
            return;
        }
        int e = s;
        for (int words = 0; words < 3; words++) {
            int w = e;
            while (w < plain.length() && (Character.isLetter(plain.charAt(w)) || plain.charAt(w) == '-')) {
                w++;
            }
            if (w == e || !Character.isUpperCase(plain.charAt(e))) {
                break;
            }
            if (Cities.town(plain, s, w, buffer) && (w >= plain.length() || !Character.isLetterOrDigit(plain.charAt(w)))) {
                out.add(new RecognizerResult("LOCATION", s, w, 0.7, "town after a date"));
                return;
            }
            if (w + 1 >= plain.length() || plain.charAt(w) != ' ') {
                return;
            }
            e = w + 1;
        }
    }

    /**
     * @return the start of one to three words in Title case, one space apart, that end at {@code end}, none of them a
     *     greeting's, a title's or one of {@code stop} (in lower case); -1 when there is none
     */
    private static int titleWordsBefore(CharSequence text, int end, Set<String> stop) {
        int start = -1;
        int at = end;
        for (int words = 0; words < 3; words++) {
            int e = at;
            int s = e;
            while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '-'
                    || text.charAt(s - 1) == '.')) {
                s--;
            }
            String lower = s == e ? "" : text.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
            if (s == e || !Character.isUpperCase(text.charAt(s)) || e - s < 2 || !hasLower(text, s, e)
                    || NOT_TOWNS.contains(lower) || stop.contains(lower)) {
                break;
            }
            start = s;
            if (s < 2 || text.charAt(s - 1) != ' ' || !Character.isLetter(text.charAt(s - 2))) {
                break;
            }
            at = s - 1;
        }
        return start;
    }

    /**
     * The start of one or two words in capitals ending at {@code end}, of three letters or more, after a street's type ("3
     * WATTLEBIRD CL BUSSELTON  WA  6280", an address label's), or after a digit or at a line's start when the gazetteer
     * knows them ("UNIT 4/17 BANKSIA ST\nPALMYRA  WA  6157"), or -1: none of them a common word ({@link #NOT_TOWNS}), a
     * street's type, nor a box's.
     */
    private static int capitalWordsBefore(String text, int end) {
        int start = -1;
        int at = end;
        for (int words = 0; words < 2; words++) {
            int s = at;
            while (s > 0 && (Character.isUpperCase(text.charAt(s - 1)) || text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '-')) {
                s--;
            }
            String lower = text.substring(s, at).toLowerCase(Locale.ROOT);
            if (at - s < 3 || s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)) || NOT_TOWNS.contains(lower)
                    || STREET_TYPES.contains(lower) || lower.equals("box") || lower.equals("cl")) {
                break;
            }
            start = s;
            if (s < 2 || text.charAt(s - 1) != ' ' || !Character.isUpperCase(text.charAt(s - 2))) {
                break;
            }
            at = s - 1;
        }
        if (start < 0) {
            return -1;
        }
        // what stands before: a line's start, a digit, a comma, or a street's type ending a street's name
        int k = start - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 0 || text.charAt(k) == '\n' || text.charAt(k) == ',' || Character.isDigit(text.charAt(k))) {
            // a line's or a field's start, a number's end: a town the gazetteer knows ("TOTAL  WA  6000" is a form's, "QTY 12
            // TIMBER  NSW  2000" an invoice's, the review's)
            return Cities.town(text, start, end, new char[64]) ? start : -1;
        }
        int w = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        String before = text.substring(k + 1, w).toLowerCase(Locale.ROOT);
        return STREET_TYPES.contains(before) || before.equals("cl") ? start : -1;
    }

    /**
     * An Australian state's code and postcode after a space, two (an address label's) or a comma (a table's row; {@link
     * ZipCodeRecognizer#AU_STATE}).
     */
    private static final PatternScanner AU_STATE = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?<=[\\p{L}.](?: {1,2}|,))" + ZipCodeRecognizer.AU_STATE + ZipCodeRecognizer.AU_GAP + "\\d{4}(?![\\w-])"));

    /**
     * A state's code in capitals, Australia's or the US's, after a word in capitals and one space, then two blanks, the
     * line's end, a card's word or a ZIP code ("EFTPOS COLES 0742 RANDWICK NSW Card xx4471", "ELECTROHUB ONLINE #4471 MIAMI
     * FL        $1,249.99", "1800 INDUSTRIAL WAY SW   AUBURN WA 98001": a statement's merchant, a W-2's address); or a
     * statement's "Card" and its masked number after the town.
     */
    private static final PatternScanner CAPITAL_STATE_CODE = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?<=[A-Z] )(?:(?:NSW|VIC|QLD|TAS|AK|AZ|AR|CT|FL|GA|IL|IA|KS|KY|MN|MO|MT|NV|NH|NJ|NM|NY|ND|OH|RI|SD|TN|TX|UT|VT|WV|WI|WY)"
                    + "(?=[ \\t]{2,}\\S|[ \\t]*\\r?\\n|[ \\t]*$|[ \\t]+Card\\b)"
                    // (a code that is a firm's, a law's, a street's or a credential's word too only before its postcode: "BANCO
                    // SANTANDER SA", "THE HERSHEY CO", "SHERMAN ACT", "BROADWAY NE", "MARK HOUSTON PA", the review's)
                    + "|(?:" + ZipCodeRecognizer.US_STATE_CODES + ")(?=[ \\t]+\\d{5}(?:-\\d{4})?(?![\\w-]))"
                    + "|(?:SA|WA|NT|ACT)(?=[ \\t]+\\d{4}(?![\\w-])))"
                    // (or a statement's card word and its masked number, no code: "UBER *TRIP SYDNEY Card xx4471")
                    + "|(?<=[A-Z] )Card(?=[ \\t]+[xX*]{2,}\\d{4}(?!\\d))"));

    /**
     * The town of the gazetteer in capitals before {@link #CAPITAL_STATE_CODE}: the longest run of one to three words in
     * capitals before the code that it lists, none a common word ({@link #NOT_TOWNS}); not a merchant's word alone
     * ("WOOLWORTHS NSW" is none: the gazetteer does not list it).
     */
    private static void capitalTownsBeforeStateCodes(CharSequence text, String plain, List<RecognizerResult> out) {
        char[] buffer = new char[64];
        CAPITAL_STATE_CODE.forEachMatch(text, m -> {
            int end = m.start() - 1;
            int[] starts = new int[3];
            int n = 0;
            int at = end;
            while (n < 3) {
                int s = at;
                while (s > 0 && (Character.isUpperCase(plain.charAt(s - 1)) || plain.charAt(s - 1) == '\'' || plain.charAt(s - 1) == '-')) {
                    s--;
                }
                if (at - s < 3 || s > 0 && Character.isLetterOrDigit(plain.charAt(s - 1))
                        || NOT_TOWNS.contains(plain.substring(s, at).toLowerCase(Locale.ROOT))) {
                    break;
                }
                starts[n++] = s;
                if (s < 2 || plain.charAt(s - 1) != ' ' || !Character.isUpperCase(plain.charAt(s - 2))) {
                    break;
                }
                at = s - 1;
            }
            for (int k = n - 1; k >= 0; k--) {
                if (Cities.town(plain, starts[k], end, buffer)) {
                    out.add(new RecognizerResult("LOCATION", starts[k], end, 0.65, "town in capitals before its state's code"));
                    return;
                }
            }
        });
    }

    /**
     * Two towns of the gazetteer either side of a slash between blanks ("client visits Jakarta / Kuala Lumpur", "Infosys
     * Limited, Mysuru / Pune - Test Analyst", a twenty-fifth held-out set's expense claim and job application): one to three
     * words in Title case each side, the most the gazetteer lists, none a common word or a given name alone (a pair of
     * names or words is none: "Sales / Marketing", "Jordan / Austin").
     */
    private static void townsAroundSlashes(String text, List<RecognizerResult> out) {
        char[] buffer = new char[64];
        for (int at = text.indexOf(" / "); at >= 0; at = text.indexOf(" / ", at + 3)) {
            int before = -1;
            for (int s = titleWordsBefore(text, at, Set.of()); s >= 0 && s < at; ) {
                if (Cities.town(text, s, at, buffer) && !otherwiseAWord(text, s)) {
                    before = s;
                    break;
                }
                int next = text.indexOf(' ', s);
                s = next < 0 || next >= at ? -1 : next + 1;
            }
            int start = at + 3;
            int after = longestTownFrom(text, start, buffer);
            if (before >= 0 && after > 0 && !otherwiseAWord(text, start)) {
                out.add(new RecognizerResult("LOCATION", before, at, 0.6, "town beside another across a slash"));
                out.add(new RecognizerResult("LOCATION", start, after, 0.6, "town beside another across a slash"));
            }
        }
    }

    /** A street's type, which ends a street's name before its suburb ("12 Watton Street Werribee VIC 3030"). */
    private static final Set<String> STREET_TYPES = Set.of("street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "drive",
            "dr", "court", "ct", "crescent", "cres", "place", "pl", "lane", "ln", "way", "parade", "pde", "highway", "hwy",
            "boulevard", "blvd", "close", "terrace", "tce", "circuit", "cct", "grove", "esplanade", "square", "mews", "rise");

    /**
     * The suburb before an Australian state's code and its postcode ("of Tarneit VIC 3029", a court list's; "12 Watton
     * Street Werribee VIC 3030": "Werribee"): one to three words in Title case after the street's type, if any; or in an
     * address label's capitals ({@link #capitalWordsBefore}), two blanks or a table's comma between (a nineteenth held-out
     * set's mail merge: "BUSSELTON  WA  6280", "Karratha,WA,6714").
     */
    private static void townsBeforeAustralianStates(CharSequence text, String plain, List<RecognizerResult> out) {
        char[] buffer = new char[64];
        AU_STATE.forEachMatch(text, m -> {
            int end = m.start() - 1;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int start = titleWordsBefore(text, end, STREET_TYPES);
            if (start >= 0 && plain.charAt(m.start() - 1) == ',' && !Cities.town(plain, start, end, buffer)) {
                start = -1; // a table's cell before the state: a town of the gazetteer only ("Furniture,NSW,1843", the review's)
            }
            if (start < 0) {
                start = capitalWordsBefore(plain, end);
            }
            if (start >= 0) {
                out.add(new RecognizerResult("LOCATION", start, end, 0.7, "suburb before its state and postcode"));
                int code = m.start();
                while (code < plain.length() && Character.isUpperCase(plain.charAt(code))) {
                    code++;
                }
                // and the state's code ("Harris Park NSW 2150", a twenty-first held-out set's)
                out.add(new RecognizerResult("LOCATION", m.start(), code, 0.6, "a state's code between its suburb and its postcode"));
            }
        });
    }

    /**
     * Whether a US state stands after the comma at {@code comma}: one of {@link #STATES} (one word, or two), after a
     * space or none, with no letter, digit or dash after it, nor a word in capitals (capitals' text: "RESULTS, IN THE").
     * Read in code at each comma: as an expression tried at every comma, an alternation of seventy names cost more.
     */
    private static boolean stateAfter(String text, int comma) {
        int n = text.length();
        int s = comma + 1;
        if (s < n && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
            s++;
        }
        if (s >= n || text.charAt(s) < 'A' || text.charAt(s) > 'Z') {
            return false;
        }
        int e = s + 1;
        while (e < n && Character.isLetter(text.charAt(e)) && e - s < 16) {
            e++;
        }
        String first = text.substring(s, e);
        int end = e;
        if (!STATES.contains(first)) {
            // two words: "New York", "West Virginia"
            if (e + 1 >= n || text.charAt(e) != ' ' || text.charAt(e + 1) < 'A' || text.charAt(e + 1) > 'Z') {
                return false;
            }
            int e2 = e + 2;
            while (e2 < n && Character.isLetter(text.charAt(e2)) && e2 - e < 16) {
                e2++;
            }
            if (!STATES.contains(text.substring(s, e2))) {
                return false;
            }
            end = e2;
        }
        if (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            return false;
        }
        int k = end;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return !(k > end && k + 1 < n && Character.isUpperCase(text.charAt(k)) && Character.isUpperCase(text.charAt(k + 1)));
    }

    /** Words that end a town's words, walking back: titles ("Dr. Jane Smith, CA") and a letter's words ("Thanks, CA"). */
    private static final Set<String> NOT_TOWNS = Set.of("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.",
            "thanks", "thank", "hi", "hello", "dear", "yes", "no", "ok", "sincerely", "regards", "best", "cheers", "note", "re",
            "cc", "attn", "from", "to", "the", "in", "at", "of");

    private static boolean hasLower(CharSequence text, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
