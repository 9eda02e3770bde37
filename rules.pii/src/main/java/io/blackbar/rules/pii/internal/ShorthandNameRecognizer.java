package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * nursing handover; the name runs read capitals):
 * <ul>
 * <li>a patient's line: the name before the age and sex run together, a record number's label or a question after them
 * ("bed 1 - dorothy mcallister 88f urn 0734419", "admit from ed jaswinder singh 67m ?acs", "Bed 3: Li Na CHEN 41F UR
 * 0820093"): the name, one to four words back to a common word or a ward's ("ed", "icu", "from"), one of them a name of
 * the lists (any after a bed's number: "bed 6 - aroha ngata 32f"); and the age;</li>
 * <li>a statement's payee in capitals ("OSKO PAYMENT TO J MAKOARE REF ...", "TRANSFER FROM HUANG MEI-LIN 062-000 ..."):
 * two to four words, an initial and a surname or a name of the lists among them, no firm's word;</li>
 * <li>a doctor's surname of the lists after "dr" in small letters ("dr nguyen (ortho)");</li>
 * <li>a relative's word in small letters, then a given name of the lists in small letters, maybe a surname ("dtr kerry
 * 0412 ...", "son kevin mob", "nok wife faith o'sullivan"): a given name that is a common word too only before a
 * surname ("son will call", "wife may come" are none).</li>
 * </ul>
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = {"PERSON", "AGE"}, frameworks = {"pii", "gdpr", "hipaa"})
public class ShorthandNameRecognizer implements Recognizer {

    /**
     * An age and a sex run together ("88f", "54M"), then a record number's label, a question, or the line's or a clause's
     * end ("5m walk", "10m later" are no such end).
     */
    private static final PatternScanner AGE_SEX = PatternScanner.of(Pattern.compile(
            "(?<![\\w./:-])(?<age>\\d{1,3})[mfMF](?=[ \\t]+(?i:urn?|mrn|nhi|ur[ \\t]*(?:no|#))\\b[ \\t:#.]*\\d|[ \\t]+\\?\\p{L}"
                    + "|[ \\t]*(?:\\r?\\n|$|[,;]))"));

    /** A relative's word in small letters before a given name ("dtr kerry", "nok wife faith"). */
    private static final String RELATIVES = "(?:dtr|daughter|son|wife|husband|partner|spouse|uncle|aunt|mum|mom|dad|mother|father"
            + "|brother|sister|niece|nephew|grandson|granddaughter|nok)";
    private static final PatternScanner RELATIVE = PatternScanner.of(Pattern.compile(
            "(?<![\\p{L}])" + RELATIVES + "[ \\t](?!" + RELATIVES + "[ \\t])(?<name>\\p{Ll}[\\p{Ll}'’-]{1,20})(?:[ \\t](?<surname>\\p{Ll}"
                    + "[\\p{Ll}'’-]{1,24}))?(?![\\p{L}])"));

    /** A bed's number before a patient's name, a dash or a colon after it ("bed 6 - ", "Bed 3: "). */
    private static final Pattern BED = Pattern.compile("(?i)(?<![\\p{L}])bed[ \\t]*\\d{1,3}[a-z]?[ \\t]*[-:–][ \\t]*$");

    /**
     * A statement's payment or transfer to or from a person, in capitals: two to four words, before a reference, two
     * blanks, a number or the line's end ("OSKO PAYMENT TO J MAKOARE REF RENT SHARE", "TRANSFER FROM HUANG MEI-LIN 062-000
     * 10448273", a twenty-fifth held-out set's statement).
     */
    private static final PatternScanner PAYEE = PatternScanner.of(Pattern.compile(
            "(?<![A-Z])(?:PAYMENT|TRANSFER|TFR|TRF|CREDIT|DEPOSIT|PAID)[ ](?:TO|FROM)[ ](?<name>[A-Z][A-Z'-]*(?:[ ][A-Z][A-Z'-]*){1,3}?)"
                    + "(?=[ ]+(?:REF|REFERENCE|FOR|MEMO|ACC|A/C)\\b|[ \\t]{2,}|[ ]+\\d|[ \\t]*\\r?\\n|[ \\t]*$)"));
    /** Words of a firm's or an account's name on a statement's line, in small letters ("SYDNEY WATER", "SAVINGS ACCOUNT"). */
    private static final Set<String> FIRMS = Set.of("pty", "ltd", "inc", "llc", "co", "corp", "bank", "energy", "water", "power",
            "gas", "insurance", "council", "savings", "account", "acct", "loan", "card", "visa", "mastercard", "amex", "paypal",
            "telstra", "optus", "agl", "origin", "tax", "ato", "irs", "hmrc", "revenue", "super", "fund", "trust", "group",
            "services", "limited", "plc", "gmbh", "holdings", "rent", "mortgage", "internal", "own", "self", "cash", "atm");

    /** "dr" in small letters and a word in small letters of three letters or more ("dr nguyen"). */
    private static final PatternScanner DOCTOR = PatternScanner.of(Pattern.compile(
            "(?<![\\p{L}.])dr\\.?[ \\t](?<name>\\p{Ll}[\\p{Ll}'’-]{2,24})(?![\\p{L}])"));

    /** A ward's, a unit's or a clause's word before a patient's name ("admit from ed jaswinder singh"). */
    private static final Set<String> NOT_IN_NAME = Set.of("ed", "er", "icu", "ccu", "hdu", "ward", "admit", "admitted", "from", "to",
            "pt", "bed", "rm", "room", "and", "with", "for", "transfer", "tx", "nil", "empty", "new", "the", "a", "mr", "mrs", "ms",
            "dr", "miss", "pt's");

    /** Words read back from a patient's age at most. */
    private static final int MOST_WORDS = 4;

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("PERSON", Category.PERSONAL), new EntityType("AGE", Category.PERSONAL));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> out = new ArrayList<>();
        NameLists lists = NameLists.get();
        AGE_SEX.forEachMatch(text, m -> {
            int age = Integer.parseInt(m.group("age"));
            if (age > 120) {
                return;
            }
            // the words before it, one blank apart, back to a word that is none of a name's
            int end = m.start() - 1;
            if (end <= 0 || text.charAt(end) != ' ') {
                return;
            }
            int start = end;
            int words = 0;
            boolean known = false;
            int k = end;
            while (words < MOST_WORDS) {
                int e = k;
                int s = e;
                while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '’'
                        || text.charAt(s - 1) == '-')) {
                    s--;
                }
                if (s == e || !Character.isLetter(text.charAt(s))) {
                    break;
                }
                String word = text.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
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
            // (a name the lists do not know after a bed's number and a dash or a colon: "bed 6 - aroha ngata 32f")
            if (words > 0 && (known || BED.matcher(text).region(Math.max(0, start - 12), start).find())) {
                out.add(new RecognizerResult("PERSON", start, end, 0.8, "name before a patient's age and sex"));
                out.add(new RecognizerResult("AGE", m.start("age"), m.end("age"), 0.8, "age before a patient's sex"));
            }
        });
        // a doctor's surname after "dr" in small letters ("dr nguyen (ortho)"): a surname of the lists, no common word
        DOCTOR.forEachMatch(text, m -> {
            String name = m.group("name");
            int kinds = lists.kindsEitherWay(unquoted(name));
            if ((kinds & NameLists.SURNAME) != 0 && (kinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) == 0) {
                out.add(new RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.7, "surname after a doctor's 'dr'"));
            }
        });
        PAYEE.forEachMatch(text, m -> {
            String[] parts = m.group("name").split(" ");
            boolean initial = parts[0].length() == 1 && parts.length == 2 && parts[1].length() >= 3;
            boolean known = false;
            for (String part : parts) {
                String lower = unquoted(part.toLowerCase(Locale.ROOT));
                int kinds = lists.kindsEitherWay(lower);
                if (FIRMS.contains(lower) || (kinds & NameLists.NOT_NAME) != 0) {
                    return;
                }
                known |= part.length() >= 3 && (kinds & (NameLists.FIRST | NameLists.SURNAME)) != 0 && (kinds & NameLists.WORD_NAME) == 0;
            }
            if (parts.length >= 2 && (initial || known)) {
                out.add(new RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.7, "payee on a statement's line"));
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
            // (a given name of the lists, or a surname of four letters or more, as many a given name is there: "partner rangi")
            if ((kinds & NameLists.FIRST) == 0 && ((kinds & NameLists.SURNAME) == 0 || name.length() < 4) || name.length() < 3
                    || common && !knownSurname) {
                return;
            }
            int end = knownSurname ? m.end("surname") : m.end("name");
            out.add(new RecognizerResult("PERSON", m.start("name"), end, 0.7, "given name after a relative's word"));
        });
        return out;
    }

    /** @return a word without its apostrophes, as the lists write a name ("o'sullivan" as "osullivan") */
    private static String unquoted(String word) {
        return word.indexOf('\'') < 0 && word.indexOf('’') < 0 ? word : word.replace("'", "").replace("’", "");
    }
}
