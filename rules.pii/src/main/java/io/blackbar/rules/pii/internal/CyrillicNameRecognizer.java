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
 * letters, hold only as transliterated: two or three capitalised Cyrillic words a space apart, one of them ending as the
 * surnames and patronymics of those languages end ("-ов", "-ова", "-ев", "-ева", "-ин", "-ина", "-ски", "-ская", "-енко",
 * "-чук", "-ич", "-вна", "-ян", "-дзе", "-швили"), and a given name the lists know once transliterated ("Ольга Петренко",
 * "ИВАНОВ ИВАН"), or a title before the run ("д-р Асен Марков"), or three words whose last two end so, a given name, a
 * father's and a family's ("Стоян Христов Георгиев"). Not a run with an institution's word ("Софийски Университет",
 * "Районен Съд", "Република България"), nor headings, places and firms without a given name ("Невский Проспект", "СОВЕТ
 * ДИРЕКТОРОВ"), nor one word alone ("Иванов": the engine finds a name's other mentions from the whole one). Read in
 * code: a text without Cyrillic capitals costs one look at each character.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PERSON", frameworks = {"pii", "gdpr", "hipaa"})
public class CyrillicNameRecognizer implements Recognizer {

    /** How the surnames and patronymics end, in lower case, longest first where one ends another. */
    static final List<String> SURNAME_ENDINGS = List.of("швили", "енко", "ович", "евич", "овна", "евна", "ская", "цкая",
            "ский", "цкий", "ова", "ева", "ёва", "ина", "ски", "ска", "цки", "цка", "чук", "дзе", "ов", "ев", "ёв", "ин", "ук",
            "юк", "ич", "ян");

    /** Words of institutions, places and documents that a capitalised run of two may hold, in lower case. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("университет", "университета", "университетът", "банка", "банк",
            "болница", "больница", "община", "област", "области", "район", "районен", "районна", "съд", "суд", "прокуратура",
            "министерство", "агенция", "дирекция", "република", "републики", "россия", "российская", "федерация", "федерации",
            "украина", "україна", "україни", "българия", "сърбия", "србија", "край", "улица", "булевард", "площад", "град",
            "село", "центр", "център", "институт", "академия", "компания", "фонд", "служба", "отдел", "управление", "решение",
            "договор", "закон", "кодекс", "приложение", "раздел", "глава", "член", "общество", "дружество", "бизнес", "парк",
            "хотел", "гостиница", "клиника", "поликлиника", "училище", "школа", "гимназия", "детска", "градина", "народно",
            "народен", "национален", "национальный", "държавен", "государственный", "софийски", "московский", "киевский",
            "пловдивски", "нова", "нови", "ново", "година", "честита", "честит", "область", "проспект", "собор",
            "арена", "пошта", "почта", "детски", "дом", "дома", "домът");

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
            if (words >= 2 && name(text, starts, ends, lowers(text, starts, ends, words))) {
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
     * institution's, one of them of four letters or more that ends as a surname or a patronymic does ({@link #ending}),
     * and a sign of a person ({@link #person}).
     */
    private static boolean name(CharSequence text, int[] starts, int[] ends, String[] lowers) {
        boolean anyEnding = false;
        boolean caps = allCaps(text, starts[0], ends[0]);
        for (int w = 0; w < lowers.length; w++) {
            if (NOT_NAME_WORDS.contains(lowers[w]) || allCaps(text, starts[w], ends[w]) != caps) {
                return false;
            }
            anyEnding |= ending(lowers[w]);
        }
        return anyEnding && person(text, starts[0], lowers);
    }

    /** The run's words in lower case. */
    private static String[] lowers(CharSequence text, int[] starts, int[] ends, int words) {
        String[] lowers = new String[words];
        for (int w = 0; w < words; w++) {
            lowers[w] = text.subSequence(starts[w], ends[w]).toString().toLowerCase(Locale.ROOT);
        }
        return lowers;
    }

    /**
     * Whether the run is a person's beyond its ending: a given name the lists know, transliterated; a title before it;
     * or three words, the last two with a surname's ending (a given name, a father's, a family's).
     */
    private static boolean person(CharSequence text, int start, String[] lowers) {
        NameLists lists = NameLists.get();
        for (String lower : lowers) {
            for (String latin : transliterations(lower)) {
                if ((lists.kinds(latin) & NameLists.FIRST) != 0) {
                    return true;
                }
            }
        }
        return lowers.length == 3 && ending(lowers[1]) && ending(lowers[2]) || titleBefore(text, start);
    }

    /** The titles before a name in Bulgarian and Russian, in lower case ("д-р", "г-н", "г-жа", "проф."). */
    private static final List<String> TITLES = List.of("д-р", "г-н", "г-жа", "г-ца", "проф", "доц", "инж", "адв", "гр-н");

    private static boolean titleBefore(CharSequence text, int start) {
        int k = start;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '.')) {
            k--;
        }
        String before = text.subSequence(Math.max(0, k - 5), k).toString().toLowerCase(Locale.ROOT);
        for (String t : TITLES) {
            if (before.endsWith(t) && (before.length() == t.length() || !Character.isLetter(before.charAt(before.length() - t.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word in lower case, of four letters or more, ends as a surname or a patronymic does. */
    private static boolean ending(String lower) {
        if (lower.length() < 4) {
            return false;
        }
        for (String e : SURNAME_ENDINGS) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** Latin letters for the Cyrillic ones, as the lists' names are spelt ("ivan", "olga", "viktoriya"). */
    private static final String[] LATIN = new String[0x500];

    static {
        String[][] pairs = {{"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"}, {"ж", "zh"},
            {"з", "z"}, {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"}, {"п", "p"},
            {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "h"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"},
            {"щ", "sht"}, {"ъ", "a"}, {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"}, {"я", "ya"}, {"і", "i"}, {"ї", "yi"},
            {"є", "ye"}, {"ґ", "g"}, {"ђ", "dj"}, {"ј", "j"}, {"љ", "lj"}, {"њ", "nj"}, {"ћ", "c"}, {"џ", "dz"}};
        for (String[] p : pairs) {
            LATIN[p[0].charAt(0)] = p[1];
        }
    }

    /** The word in Latin letters, and with "ия"/"ья" as "ia" and "й" as "i" ("viktoria", "nikolai"); empty when not Cyrillic. */
    static List<String> transliterations(String lower) {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            String l = c < LATIN.length ? LATIN[c] : null;
            if (l == null) {
                if (c != '-') {
                    return List.of();
                }
                l = "-";
            }
            a.append(l);
            boolean ia = c == 'я' && k > 0 && (lower.charAt(k - 1) == 'и' || lower.charAt(k - 1) == 'ь');
            b.append(ia ? "a" : c == 'й' ? "i" : l);
        }
        return a.toString().equals(b.toString()) ? List.of(a.toString()) : List.of(a.toString(), b.toString());
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
