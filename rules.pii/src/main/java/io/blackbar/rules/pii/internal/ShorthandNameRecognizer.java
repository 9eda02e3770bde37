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
 * the lists; and the age;</li>
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
            if (words > 0 && known) {
                out.add(new RecognizerResult("PERSON", start, end, 0.8, "name before a patient's age and sex"));
                out.add(new RecognizerResult("AGE", m.start("age"), m.end("age"), 0.8, "age before a patient's sex"));
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
            if ((kinds & NameLists.FIRST) == 0 || name.length() < 3 || common && !knownSurname) {
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
