package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.PatternScanner;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * Names in a ward's or a care team's shorthand, where a note writes them in small letters (a twenty-fifth held-out set's
 * nursing handover; the name runs read capitals), and a statement's payee in capitals:
 * <ul>
 * <li>a patient's line ({@link #patients}): the name before the age and sex run together, in a bed's line ("bed 1 -
 * dorothy mcallister 88f", "Bed 3: Li Na CHEN 41F") or before a record number's label ("jaswinder singh 67m urn
 * 0812276"); the age is {@link ShorthandAgeRecognizer}'s;</li>
 * <li>a person-to-person transfer's payer or payee in capitals ("TRANSFER FROM HUANG MEI-LIN 062-000 ...", "OSKO PAYMENT
 * TO J MAKOARE REF ..."): two to four words up to a firm's or a common word, an initial and a surname or a name of the
 * lists among them;</li>
 * <li>a doctor's surname of the lists after "dr" in small letters ("dr nguyen (ortho)");</li>
 * <li>a relative's word in small letters beginning a note's clause, then a given name of the lists in small letters, maybe
 * a surname ("dtr kerry 0412 ...", "- son kevin mob", "nok wife faith o'sullivan"): a given name that is a common word too
 * only before a surname ("son will call", "wife may come" are none).</li>
 * </ul>
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PERSON", frameworks = {"pii", "gdpr", "hipaa"})
public class ShorthandNameRecognizer implements Recognizer {

    /** An age and a sex run together ("88f", "54M"), no letter or digit after. */
    private static final PatternScanner AGE_SEX = PatternScanner.of(Pattern.compile("(?<![\\w./:-])(?<age>\\d{1,3})[mfMF](?![\\w])"));
    /** A record number's label after a patient's age and sex ("88f urn 0734419", "32f NHI ZJK4416"). */
    private static final Pattern RECORD_AFTER = Pattern.compile("[ \\t]+(?i:urn?|mrn|nhi|ur[ \\t]*(?:no\\.?|#))[ \\t:#.]*(?:\\d|(?-i:[A-Z]{3}\\d))");
    /**
     * A ward's line of a patient up to the name: a bed's, a bay's or a cubicle's number, a dash or a colon, maybe a title
     * ("bed 6 - ", "Bed 3: ", "bay 2 - mr "; not a room's, a floor plan's as often: "Room 1 - Kitchen 3m", the review's).
     */
    private static final Pattern BED_LINE = Pattern.compile("[ \\t]*(?:[-*\u2022][ \\t]*)?(?i:bed|bay|cubicle|cub|cot)[ \\t]*"
            + "\\d{1,3}[a-z]?[ \\t]*[-:\u2013][ \\t]*(?:(?i:mr|mrs|ms|miss|mx)\\.?[ \\t]+)?");
    /** A patient's name in a ward's line: one to four words of letters, one blank apart. */
    private static final Pattern LINE_NAME = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*(?:[ ]\\p{L}[\\p{L}'\u2019-]*){0,3}");

    /** A relative's word in small letters before a given name ("dtr kerry", "nok wife faith"). */
    private static final String RELATIVES = "(?:dtr|daughter|son|wife|husband|partner|spouse|uncle|aunt|mum|mom|dad|mother|father"
            + "|brother|sister|niece|nephew|grandson|granddaughter|nok)";
    private static final PatternScanner RELATIVE = PatternScanner.of(Pattern.compile(
            "(?<![\\p{L}])" + RELATIVES + "[ \\t](?!" + RELATIVES + "[ \\t])(?<name>\\p{Ll}[\\p{Ll}'’-]{1,20})(?:[ \\t](?<surname>\\p{Ll}"
                    + "[\\p{Ll}'’-]{1,24}))?(?![\\p{L}])"));

    /**
     * A statement's payment or transfer to or from a person, in capitals: two to four words, before a reference, two
     * blanks, a number or the line's end ("OSKO PAYMENT TO J MAKOARE REF RENT SHARE", "TRANSFER FROM HUANG MEI-LIN 062-000
     * 10448273", a twenty-fifth held-out set's statement).
     */
    private static final PatternScanner PAYEE = PatternScanner.of(Pattern.compile(
            "(?<![A-Z])(?:(?:TRANSFER|TFR|TRF|CREDIT|DEPOSIT)[ ]FROM|(?:OSKO|PAYID|FASTER|ZELLE|VENMO|INTERAC)[ A-Z-]{0,20}?"
                    + "(?:PAYMENT|TRANSFER|TFR)[ ](?:TO|FROM))[ ](?<name>[A-Z][A-Z'-]*(?:[ ][A-Z][A-Z'-]*){1,3}?)"
                    + "(?=[ ]+(?:REF|REFERENCE|FOR|MEMO|ACC|A/C)\\b|[ \\t]{2,}|[ ]+\\d|[ \\t]*\\r?\\n|[ \\t]*$)"));
    /**
     * Words of a firm's, a product's or an account's name on a statement's line, compared in small letters ("SYDNEY WATER",
     * "SAVINGS ACCOUNT", "MAXI SAVER", "HAYS RECRUITMENT").
     */
    private static final Set<String> FIRMS = Set.of("pty", "ltd", "inc", "llc", "co", "corp", "bank", "energy", "water", "power",
            "gas", "insurance", "council", "savings", "account", "acct", "loan", "card", "visa", "mastercard", "amex", "paypal",
            "telstra", "optus", "agl", "origin", "tax", "ato", "irs", "hmrc", "revenue", "super", "fund", "trust", "group",
            "services", "limited", "plc", "gmbh", "holdings", "rent", "mortgage", "internal", "own", "self", "cash", "atm",
            "motors", "homes", "stores", "store", "health", "media", "restaurant", "isa", "depot", "uni", "university",
            "college", "school", "club", "pharmacy", "hospital", "clinic", "salary", "payroll", "wages", "refund", "interest",
            "saver", "buffer", "recruitment", "wireless", "mobile", "telecom", "broadband", "fitness", "gym", "investments",
            "capital", "finance", "financial", "lending", "union", "society", "building", "hire", "rentals", "property",
            "realty", "estate", "agents", "solicitors", "legal", "travel", "airlines", "airways", "electric");

    /** "dr" in small letters and a word in small letters of three letters or more ("dr nguyen"). */
    private static final PatternScanner DOCTOR = PatternScanner.of(Pattern.compile(
            "(?<![\\p{L}.])dr\\.?[ \\t](?<name>\\p{Ll}[\\p{Ll}'’-]{2,24})(?![\\p{L}])"));

    /** A ward's, a unit's or a clause's word before a patient's name ("admit from ed jaswinder singh"). */
    private static final Set<String> NOT_IN_NAME = Set.of("ed", "er", "icu", "ccu", "hdu", "ward", "admit", "admitted", "from", "to",
            "pt", "bed", "rm", "room", "and", "with", "for", "transfer", "tx", "nil", "empty", "new", "the", "a", "mr", "mrs", "ms",
            "dr", "miss", "pt's", "amb", "ambulance", "handover", "cubicle", "bay", "cub", "mum", "dad", "son", "dtr", "wife",
            "husband", "partner", "nok", "re", "of", "at", "by", "pts", "patient");

    /** Words read back from a patient's age at most. */
    private static final int MOST_WORDS = 4;

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("PERSON", Category.PERSONAL));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> out = new ArrayList<>();
        NameLists lists = NameLists.get();
        patients(text, (name, age) -> out.add(new RecognizerResult("PERSON", name[0], name[1], 0.8,
                "name before a patient's age and sex")));
        // a doctor's surname after "dr" in small letters ("dr nguyen (ortho)"): a surname of the lists, no common word
        DOCTOR.forEachMatch(text, m -> {
            String name = m.group("name");
            int kinds = lists.kindsEitherWay(unquoted(name));
            if ((kinds & NameLists.SURNAME) != 0 && (kinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) == 0) {
                out.add(new RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.7, "surname after a doctor's 'dr'"));
            }
        });
        PAYEE.forEachMatch(text, m -> {
            // the words up to a common word ("EMMA POCKET MONEY" is none: one word before "POCKET"), none a firm's
            String[] parts = m.group("name").split(" ");
            int words = 0;
            int end = m.start("name");
            boolean known = false;
            for (String part : parts) {
                String lower = unquoted(part.toLowerCase(Locale.ROOT));
                int kinds = lists.kindsEitherWay(lower);
                if (FIRMS.contains(lower)) {
                    return; // a firm's, a person's name in it too ("CHARLES DARWIN UNI", "LLOYD MOTORS")
                }
                if ((kinds & NameLists.NOT_NAME) != 0) {
                    break;
                }
                if (kinds == 0 && lower.length() > 4 && lower.endsWith("s")
                        && (lists.kinds(lower.substring(0, lower.length() - 1)) & NameLists.SURNAME) != 0) {
                    return; // a shop named for its owner ("DAN MURPHYS", the review's)
                }
                known |= part.length() >= 3 && (kinds & (NameLists.FIRST | NameLists.SURNAME)) != 0 && (kinds & NameLists.WORD_NAME) == 0;
                end += (words == 0 ? 0 : 1) + part.length();
                words++;
            }
            boolean initial = parts[0].length() == 1 && words == 2 && parts[1].length() >= 3;
            if (words >= 2 && (initial || known)) {
                out.add(new RecognizerResult("PERSON", m.start("name"), end, 0.7, "payee on a statement's line"));
            }
        });
        RELATIVE.forEachMatch(text, m -> {
            String name = m.group("name");
            int kinds = lists.kindsEitherWay(name);
            String surname = m.group("surname");
            int surnameKinds = surname == null ? 0 : lists.kindsEitherWay(unquoted(surname));
            boolean knownSurname = surname != null && surname.length() >= 3 && (surnameKinds & NameLists.SURNAME) != 0
                    && (surnameKinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) == 0;
            boolean common = (kinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) != 0;
            if ((kinds & NameLists.FIRST) == 0 || name.length() < 3 || common && !knownSurname || !clauseBefore(text, m.start())
                    || text.subSequence(m.start(), m.start() + 3).toString().equals("son") && !knownSurname
                    && !CONTACT_AFTER.matcher(text).region(m.end("name"), text.length()).lookingAt()) {
                return;
            }
            int end = knownSurname ? m.end("surname") : m.end("name");
            out.add(new RecognizerResult("PERSON", m.start("name"), end, 0.7, "given name after a relative's word"));
        });
        return out;
    }

    /**
     * The patients' lines of a ward's note: the name before an age and a sex run together, in a bed's line (any words
     * between the bed's number and the age: "bed 4 - bill o'sullivan 79m", "bed 6 - aroha ngata 32f (nbm)") or before a
     * record number's label (the words back to a common or a ward's word, one a name of the lists: "... jaswinder singh 54m
     * urn 0812276"); not a size, a distance, a time or an amount ("Austin 95F", "walker 10m", "Rice 105m").
     *
     * @param text the text
     * @param found told each name's and age's span
     */
    static void patients(CharSequence text, java.util.function.BiConsumer<int[], int[]> found) {
        NameLists lists = NameLists.get();
        AGE_SEX.forEachMatch(text, m -> {
            if (Integer.parseInt(m.group("age")) > 120) {
                return;
            }
            int end = m.start() - 1;
            if (end <= 0 || text.charAt(end) != ' ') {
                return;
            }
            int line = end;
            while (line > 0 && text.charAt(line - 1) != '\n' && text.charAt(line - 1) != '\r') {
                line--;
            }
            Matcher bed = BED_LINE.matcher(text).region(line, end);
            boolean record = RECORD_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
            if (bed.lookingAt()) {
                // any words before a record number's label ("bed 6 - aroha ngata 32f urn 0839021"); without one, no common
                // word among them and a name of the lists ("bed 3 - fall at home 88f", "bed 2 - pneumonia 77m", "Bay 4 -
                // Loading Dock 12m" are none, the review's)
                if (LINE_NAME.matcher(text).region(bed.end(), end).matches() && (record || namesOnly(text, bed.end(), end))) {
                    found.accept(new int[] {bed.end(), end}, new int[] {m.start("age"), m.end("age")});
                }
                return;
            }
            if (!record) {
                return;
            }
            int start = end;
            int words = 0;
            boolean known = false;
            int k = end;
            while (words < MOST_WORDS) {
                int s = k;
                while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '\u2019'
                        || text.charAt(s - 1) == '-')) {
                    s--;
                }
                if (s == k || !Character.isLetter(text.charAt(s))) {
                    break;
                }
                String word = text.subSequence(s, k).toString().toLowerCase(Locale.ROOT);
                int kinds = lists.kindsEitherWay(unquoted(word));
                if (NOT_IN_NAME.contains(word) || (kinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) != 0) {
                    break;
                }
                known |= (kinds & (NameLists.FIRST | NameLists.SURNAME)) != 0 && word.length() >= 3;
                start = s;
                words++;
                if (s == 0 || text.charAt(s - 1) != ' ') {
                    break;
                }
                k = s - 1;
            }
            if (words > 0 && known) {
                found.accept(new int[] {start, end}, new int[] {m.start("age"), m.end("age")});
            }
        });
    }

    /**
     * What follows a son's given name in a note: a telephone, its word, or a clause's end ("son kevin mob 0433 ...", "son
     * kevin (0433 ...)"); French's "son" is his or her, Spanish's they are ("son mari est", "son claros").
     */
    private static final Pattern CONTACT_AFTER = Pattern.compile("[ \\t]+(?:mob|ph|phone|tel|cell|\\(|\\d)|[ \\t]*(?:[,;]|\\r?\\n|$)");

    /** The words before a relative's that begin a note's clause with it ("nok wife faith", "and son kevin"). */
    private static final Set<String> BEFORE_RELATIVE = Set.of("his", "her", "my", "their", "our", "pt's", "patient's", "and",
            "with", "nok", "w", "via", "called", "rang", "phoned", "spoke");

    /**
     * @return whether a relative's word at {@code at} begins a note's clause: at a line's start, after a mark (",", ";",
     *     ":", "(", "-", "."), or after a possessive or "and" ("son kevin mob", "- partner rangi", "nok wife faith"; not
     *     French's or Spanish's "son": "avec son mari", "resultados son buenos", nor "the sister ship")
     */
    private static boolean clauseBefore(CharSequence text, int at) {
        int k = at;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        if (k == 0 || ",;:(-.\n\r\u2013".indexOf(text.charAt(k - 1)) >= 0) {
            return true;
        }
        int w = k;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '\'')) {
            w--;
        }
        return BEFORE_RELATIVE.contains(text.subSequence(w, k).toString().toLowerCase(Locale.ROOT));
    }

    /** @return whether the words from {@code from} to {@code to} are no common words, one of them a given name of the lists */
    private static boolean namesOnly(CharSequence text, int from, int to) {
        NameLists lists = NameLists.get();
        boolean known = false;
        for (String word : text.subSequence(from, to).toString().toLowerCase(Locale.ROOT).split(" ")) {
            int kinds = lists.kindsEitherWay(unquoted(word));
            if ((kinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) != 0 || NOT_IN_NAME.contains(word)) {
                return false;
            }
            known |= word.length() >= 3 && (kinds & NameLists.FIRST) != 0;
        }
        return known;
    }

    /** @return a word without its apostrophes, as the lists write a name ("o'sullivan" as "osullivan") */
    private static String unquoted(String word) {
        return word.indexOf('\'') < 0 && word.indexOf('’') < 0 ? word : word.replace("'", "").replace("’", "");
    }
}
