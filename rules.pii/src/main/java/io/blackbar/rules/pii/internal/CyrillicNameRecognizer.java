package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * Names written in Cyrillic (Bulgarian, Russian, Ukrainian, Serbian, Macedonian), which the name lists, all in Latin
 * letters, do not hold: two or three capitalised Cyrillic words a space apart, one of them ending as the surnames and
 * patronymics of those languages end ("-ов", "-ова", "-ев", "-ева", "-ин", "-ина", "-ски", "-ская", "-енко", "-чук",
 * "-ич", "-вна", "-ян", "-дзе", "-швили"): "Виктория Стоянова Георгиева", "д-р Асен Марков", "Ольга Петренко", "ИВАНОВ
 * ИВАН". Not a run with an institution's word ("Софийски Университет", "Районен Съд", "Република България"), nor one
 * word alone ("Иванов": the engine finds a name's other mentions from the whole one). Read in code: a text without
 * Cyrillic capitals costs one look at each character.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PERSON", frameworks = {"pii", "gdpr", "hipaa"})
public class CyrillicNameRecognizer implements Recognizer {

    /** How the surnames and patronymics end, in lower case, longest first where one ends another. */
    static final List<String> SURNAME_ENDINGS = List.of("швили", "енко", "ович", "евич", "овна", "евна", "ская", "цкая",
            "ский", "цкий", "ова", "ева", "ёва", "ина", "ски", "ска", "цки", "цка", "чук", "дзе", "ов", "ев", "ёв", "ин", "ук",
            "юк", "ич", "ян", "ых", "их");

    /** Words of institutions, places and documents that a capitalised run of two may hold, in lower case. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("университет", "университета", "университетът", "банка", "банк",
            "болница", "больница", "община", "област", "области", "район", "районен", "районна", "съд", "суд", "прокуратура",
            "министерство", "агенция", "дирекция", "република", "републики", "россия", "российская", "федерация", "федерации",
            "украина", "україна", "україни", "българия", "сърбия", "србија", "край", "улица", "булевард", "площад", "град",
            "село", "центр", "център", "институт", "академия", "компания", "фонд", "служба", "отдел", "управление", "решение",
            "договор", "закон", "кодекс", "приложение", "раздел", "глава", "член", "общество", "дружество", "бизнес", "парк",
            "хотел", "гостиница", "клиника", "поликлиника", "училище", "школа", "гимназия", "детска", "градина", "народно",
            "народен", "национален", "национальный", "държавен", "государственный", "софийски", "московский", "киевский",
            "пловдивски");

    /** Characters of a run looked at, at most (three words of 30). */
    private static final int LONGEST_WORD = 30;

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("PERSON", Category.PERSONAL));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        int n = text.length();
        List<RecognizerResult> out = null;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < '\u0400' || c > '\u04FF' || !Character.isUpperCase(c) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i++;
                continue;
            }
            // a run of up to three capitalised Cyrillic words, one space apart
            int[] starts = new int[3];
            int[] ends = new int[3];
            int words = 0;
            int k = i;
            while (words < 3) {
                int end = wordEnd(text, k);
                if (end < 0) {
                    break;
                }
                starts[words] = k;
                ends[words] = end;
                words++;
                if (end + 1 < n && text.charAt(end) == ' ' && capitalCyrillic(text.charAt(end + 1))) {
                    k = end + 1;
                } else {
                    break;
                }
            }
            int next = words == 0 ? i + 1 : ends[words - 1];
            if (words >= 2 && name(text, starts, ends, words)) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(new RecognizerResult("PERSON", starts[0], ends[words - 1], 0.75,
                        "name: Cyrillic words, a surname's or a patronymic's ending"));
            }
            i = Math.max(next, i + 1);
        }
        return out == null ? List.of() : out;
    }

    private static boolean capitalCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF' && Character.isUpperCase(c);
    }

    private static boolean cyrillicLetter(char c) {
        return c >= '\u0400' && c <= '\u04FF' && Character.isLetter(c);
    }

    /**
     * @return where the capitalised Cyrillic word at {@code start} ends (letters, and one hyphen between two parts), or -1
     *     when none is there or it runs on into other letters or digits
     */
    private static int wordEnd(CharSequence text, int start) {
        int n = text.length();
        if (start >= n || !capitalCyrillic(text.charAt(start))) {
            return -1;
        }
        int k = start + 1;
        boolean hyphen = false;
        while (k < n && k - start <= LONGEST_WORD) {
            char c = text.charAt(k);
            if (cyrillicLetter(c)) {
                k++;
            } else if (c == '-' && !hyphen && k + 1 < n && capitalCyrillic(text.charAt(k + 1))) {
                hyphen = true;
                k++;
            } else {
                break;
            }
        }
        if (k - start < 2 || k - start > LONGEST_WORD || k < n && (Character.isLetterOrDigit(text.charAt(k)))) {
            return -1;
        }
        return k;
    }

    /**
     * Whether the run reads as a name: all its words capitalised alike (Title case, or all in capitals), none an
     * institution's, and one of them of three letters or more that ends as a surname or a patronymic does.
     */
    private static boolean name(CharSequence text, int[] starts, int[] ends, int words) {
        boolean anyEnding = false;
        boolean caps = allCaps(text, starts[0], ends[0]);
        for (int w = 0; w < words; w++) {
            String lower = text.subSequence(starts[w], ends[w]).toString().toLowerCase(Locale.ROOT);
            if (NOT_NAME_WORDS.contains(lower) || allCaps(text, starts[w], ends[w]) != caps) {
                return false;
            }
            if (lower.length() >= 4) {
                for (String e : SURNAME_ENDINGS) {
                    if (lower.endsWith(e)) {
                        anyEnding = true;
                        break;
                    }
                }
            }
        }
        return anyEnding;
    }

    private static boolean allCaps(CharSequence text, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return end - start > 1;
    }
}
