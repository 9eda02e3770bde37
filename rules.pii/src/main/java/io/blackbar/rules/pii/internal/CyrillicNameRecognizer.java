package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * Names written in Cyrillic (Bulgarian, Russian, Ukrainian, Serbian, Macedonian), which the name lists, all in Latin
 * letters, hold only as transliterated: two or three capitalised Cyrillic words a space apart, one of them ending as the
 * surnames and patronymics of those languages end ("-ов", "-ова", "-ев", "-ева", "-ин", "-ина", "-ски", "-ская", "-енко",
 * "-чук", "-ич", Serbian "-ић", "-вна", Ukrainian "-івна", "-ян", "-дзе", "-швили"), and a given name the lists know once transliterated ("Ольга Петренко",
 * "ИВАНОВ ИВАН"), or a title before the run ("д-р Асен Марков"), or three words whose last two end so, a given name, a
 * father's and a family's ("Стоян Христов Георгиев"). Not a run with an institution's word ("Софийски Университет",
 * "Районен Съд", "Република България"), nor headings, places and firms without a given name ("Невский Проспект", "СОВЕТ
 * ДИРЕКТОРОВ"), nor one word alone ("Иванов": the engine finds a name's other mentions from the whole one). How a run
 * is read: {@link ScriptNameRecognizer}.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PERSON", frameworks = {"pii", "gdpr", "hipaa"})
public class CyrillicNameRecognizer extends ScriptNameRecognizer {

    /** How the surnames and patronymics end, in lower case, longest first where one ends another. */
    static final List<String> SURNAME_ENDINGS = List.of("швили", "овичем", "евичем", "овича", "евича", "овичу", "евичу",
            "енко", "ович", "евич", "овна", "евна", "івна", "ївна", "овны", "евны", "овне", "евне", "овной", "евной",
            "ского", "скому", "ская", "цкая", "ский", "цкий", "ской", "овой", "евой", "иной", "овым", "евым", "иным",
            "ова", "ева", "ёва", "ина", "ски", "ска", "цки", "цка", "чук", "дзе", "ову", "еву", "ину", "ов", "ев",
            "ёв", "ин", "ук", "юк", "ич", "ић", "ян");

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
            "арена", "пошта", "почта", "детски", "дом", "дома", "домът",
            // Ukrainian's university's words
            "університет", "університету", "кафедра", "кафедри", "факультет", "інститут", "деканат");

    /** The titles before a name in Bulgarian and Russian, in lower case ("д-р", "г-н", "г-жа", "проф."). */
    private static final List<String> TITLES = List.of("д-р", "г-н", "г-жа", "г-ца", "проф", "доц", "инж", "адв", "гр-н");

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

    public CyrillicNameRecognizer() {
        super('\u0400', '\u04FF', '\u04FF', SURNAME_ENDINGS, NOT_NAME_WORDS, TITLES,
                "name: Cyrillic words, a surname's or a patronymic's ending", true);
    }

    /** A surname and its two initials after it ("Гусейнов Р. А.", "Белова Т.Н."), the surname in group 1. */
    private static final java.util.regex.Pattern SURNAME_INITIALS = java.util.regex.Pattern.compile(
            "(?<![\\p{L}.])([А-ЯЁІЇЄҐ][а-яёіїєґ'-]{2,30})[ \\t][А-ЯЁІЇЄҐ]\\.[ \\t]?[А-ЯЁІЇЄҐ]\\.(?![\\p{L}])");
    /** Two initials and a surname after them ("Д. И. Корнеева"), the surname in group 1. */
    private static final java.util.regex.Pattern INITIALS_SURNAME = java.util.regex.Pattern.compile(
            "(?<![\\p{L}.])[А-ЯЁІЇЄҐ]\\.[ \\t]?[А-ЯЁІЇЄҐ]\\.[ \\t]([А-ЯЁІЇЄҐ][а-яёіїєґ'-]{2,30})(?![\\p{L}])");
    /**
     * The words after which initials and a surname name a street, a university, a museum after a person ("ул. Н. А.
     * Некрасова", "имени М. В. Ломоносова", "им. И. М. Сеченова"), in lower case, with the blank after them.
     */
    private static final List<String> NAMED_AFTER = List.of("имени ", "им. ", "им.", "ул. ", "улица ", "пр. ", "просп. ", "проспект ",
            "пл. ", "площадь ", "пер. ", "наб. ", "бул. ", "б-р ", "ш. ", "пр-т ", "пр-кт ", "бульвар ", "переулок ");

    /**
     * The names of {@link ScriptNameRecognizer}, and a surname of those endings with two initials ("инженер Гусейнов Р. А.,
     * мастер участка Белова Т. Н.", "Подписал Д. И. Корнеева": a fourteenth held-out set's inspection report), not an
     * institution's word, nor a street's or an institution's name after a person ("имени М. В. Ломоносова").
     */
    @Override
    public List<io.blackbar.engine.api.spi.RecognizerResult> analyze(CharSequence text) {
        List<io.blackbar.engine.api.spi.RecognizerResult> found = super.analyze(text);
        java.util.regex.Matcher after = null;
        java.util.regex.Matcher before = null;
        List<io.blackbar.engine.api.spi.RecognizerResult> more = null;
        for (int i = 1; i < text.length(); i++) {
            char initial = text.charAt(i - 1);
            if (text.charAt(i) != '.' || initial < '\u0400' || initial > '\u04FF' || !Character.isUpperCase(initial)
                    || i >= 2 && Character.isLetter(text.charAt(i - 2))) {
                continue; // an initial's dot: a Cyrillic capital alone before it
            }
            // "Гусейнов Р. А." (this dot is the first initial's), or "Д. И. Корнеева" (the first initial's too)
            after = after == null ? SURNAME_INITIALS.matcher(text) : after;
            before = before == null ? INITIALS_SURNAME.matcher(text) : before;
            int[] span = null;
            int surnameStart = Math.max(0, i - 34);
            after.region(surnameStart, Math.min(text.length(), i + 5)).useTransparentBounds(true);
            while (after.find()) {
                if (after.end() >= i + 1 && after.start() < i
                        && (surnameWithInitials(after.group(1)) || titleBefore(text, after.start()) && !notName(normal(after.group(1))))) {
                    span = new int[] {after.start(), after.end()};
                    break;
                }
            }
            if (span == null) {
                before.region(i - 1, Math.min(text.length(), i + 38)).useTransparentBounds(true);
                if (before.lookingAt() && surnameWithInitials(before.group(1))) {
                    span = new int[] {before.start(), before.end()};
                }
            }
            if (span == null || namedAfter(text, span[0])) {
                continue;
            }
            more = more == null ? new java.util.ArrayList<>(found) : more;
            more.add(new io.blackbar.engine.api.spi.RecognizerResult("PERSON", span[0], span[1], 0.8,
                    "name: a Cyrillic surname and its initials"));
            i = span[1];
        }
        return more == null ? found : more;
    }

    /** Whether a word ends as a surname and is no institution's. */
    private boolean surnameWithInitials(String word) {
        String normal = normal(word);
        return surname(normal) && !notName(normal);
    }

    /**
     * Whether a title ({@link #TITLES}, with its dot) stands right before a name's start: then a surname of any ending is
     * one before its initials ("проф. Бондар І. В.", "доц. Мельник С. О.", a seventeenth held-out set's transcript request).
     */
    private static boolean titleBefore(CharSequence text, int start) {
        String before = text.subSequence(Math.max(0, start - 8), start).toString().toLowerCase(java.util.Locale.ROOT);
        for (String t : TITLES) {
            if (before.endsWith(t + ". ") || before.endsWith(t + " ")) {
                int k = before.length() - (before.endsWith(t + ". ") ? t.length() + 2 : t.length() + 1);
                if (k == 0 || !Character.isLetter(before.charAt(k - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a street's or an institution's word stands right before a name's start ({@link #NAMED_AFTER}). */
    private static boolean namedAfter(CharSequence text, int start) {
        String before = text.subSequence(Math.max(0, start - 10), start).toString().toLowerCase(java.util.Locale.ROOT);
        for (String w : NAMED_AFTER) {
            if (before.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** The word in Latin letters, and with "ия"/"ья" as "ia" and "й" as "i" ("viktoria", "nikolai"); empty when not Cyrillic. */
    @Override
    List<String> transliterations(String lower) {
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
}
