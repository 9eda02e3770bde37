package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * The towns and cities of a gazetteer named after "in", "from", "to", "at" or "near" ("a cousin in Baltimore", "flying in
 * from DUBLIN", "a trip to Da Nang", "works at Market Basket in Andover"): the clinical notes' places that no phrase
 * of a person's life introduces, which the place recognizer's phrases missed (28 of 49 cities in a leak hunt). The
 * gazetteer ({@code places/cities.txt.gz}, {@code bench/run cities}) holds the GeoNames names of towns of 1,000
 * people or more, without those that are common words in lower case, countries, months and weekdays.
 *
 * <p>A city list as bare words collides with surnames (precision 0.20 when tried). After the first four words, on the
 * development and test splits of the NER corpora (their training splits chose the common words), 121 of the 131
 * findings are places (0.92); the others are people ("Coleman", "Kennedy"), a football club ("Barcelona") or a
 * larger place's part. So: in Title case the name is the whole run of capitalised words after the word ("in Cambridge
 * Health Alliance" is no town; "to Austin Smith" no place), particles aside; in capitals only after the word in capitals
 * ("FROM DUBLIN"; not "in ICU"), and in capitals the run may go on ("FROM DUBLIN ON THURSDAY"); not a US state ("in
 * Washington", kept by Safe Harbor); not a name before "'s" ("to Glen Allen's office"); a first name after "to" or
 * "from" (or "at") only after a word of going or being ("moved to Elizabeth", "is from Austin"; not "said Gladys to Logan", "a
 * letter from Austin"). Scored 0.6 when its clause places a person ({@link #personPlaced}), else 0.45, under the
 * engine's threshold: news, weather and titles name towns of no one ("Snow in Buffalo", "Death in Venice"). Also the
 * country after a town and a comma ({@link #countryAfter}), for the place recognizer.
 */
final class Cities {

    private static final class Holder {
        // and the large towns' own names where GeoNames has an English one ("Lisboa", "Praha", "Wien": endonyms.txt)
        static final WordTable TABLE = WordTable.of(java.util.stream.Stream.concat(NameLists.lines("places/cities.txt.gz", true).stream(),
                NameLists.lines("places/endonyms.txt", false).stream().map(WordTable::lowerCase)).distinct().toList(), 1);
    }

    /** The countries' English names ({@code places/countries.txt}, written by {@code bench/run cities}). */
    private static final class Countries {
        static final WordTable TABLE = WordTable.of(NameLists.lines("places/countries.txt", false), 1);
    }

    /** @return whether a word or words are a country's English name ("Ireland", "United States"), any case */
    static boolean country(String name) {
        return Countries.TABLE.get(name.toLowerCase(java.util.Locale.ROOT)) != 0;
    }

    /**
     * @param text the text
     * @param comma where a comma stands
     * @param buffer 64 characters to look names up in, reused
     * @return whether a country's name in English follows it, after a blank or none, one to three words in Title case, and
     *     no letter after it ("Lagos, Nigeria", "Tel Aviv, Israel", "Kumasi, Ghana")
     */
    static boolean countryAfter(String text, int comma, char[] buffer) {
        int n = text.length();
        int s = comma + 1;
        if (s < n && text.charAt(s) == ' ') {
            s++;
        }
        if (s >= n || !Character.isUpperCase(text.charAt(s))) {
            return false;
        }
        int e = s;
        for (int words = 0; words < 3; words++) {
            while (e < n && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if ((lookUp(Countries.TABLE, text, s, e, buffer) & 1) != 0 && (e >= n || !Character.isLetterOrDigit(text.charAt(e)))) {
                return true;
            }
            if (e + 1 >= n || text.charAt(e) != ' ' || !Character.isLetter(text.charAt(e + 1))) {
                return false;
            }
            e++;
        }
        return false;
    }


    /** @return whether a word is a town of the gazetteer or a country's name in English ("Georgia", "Ireland") */
    static boolean townOrCountry(String word) {
        char[] buffer = new char[64];
        return ((lookUp(word, 0, word.length(), buffer) | lookUp(Countries.TABLE, word, 0, word.length(), buffer)) & 1) != 0;
    }

    /** @return whether {@code text[start, end)} is a town of the gazetteer ({@code buffer}: 64 characters, reused) */
    static boolean town(String text, int start, int end, char[] buffer) {
        return (lookUp(text, start, end, buffer) & 1) != 0;
    }

    /** The longest name read: four words. */
    private static final int MAX_WORDS = 4;
    /** Lower-case words inside a town's name, between capitalised ones ("Santiago de Compostela", "Stratford upon Avon"). */
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "le", "les", "di", "da", "do", "dos", "das", "von",
            "van", "der", "den", "sur", "upon", "on", "am", "im", "an", "en", "el", "y", "of");
    /**
     * The words before "to" or "from" after which a first name is a town's: of going, coming and being ("moved to
     * Elizabeth", "drove back from Austin", "she is from Lynn"). After any other word it is a person's ("said Gladys
     * to Logan", "pass this along to Elizabeth", "a letter from Austin").
     */
    private static final Set<String> MOTION = Set.of("go", "goes", "going", "went", "gone", "come", "comes", "came", "coming",
            "move", "moves", "moved", "moving", "trip", "trips", "travel", "travels", "traveled", "travelled", "traveling",
            "travelling", "fly", "flies", "flew", "flying", "flight", "flights", "drive", "drives", "drove", "driving", "ride",
            "rode", "walk", "walked", "commute", "commuted", "back", "return", "returns", "returned", "returning", "transfer",
            "transfers", "transferred", "relocated", "relocate", "head", "headed", "heading", "visit", "visits", "visited",
            "visiting", "way", "route", "road", "bus", "train", "ticket", "tickets", "journey", "tour", "arrive", "arrived",
            "emigrated", "immigrated", "home", "miles", "km", "is", "are", "was", "were", "am", "be", "been", "family", "mail",
            "mailed", "shipped",
            // the adverbs of going between the verb and the word ("flying in from Dublin", "came over from", "moved up to")
            "in", "over", "up", "down", "out", "away", "here", "there");

    private Cities() {
    }

    /**
     * @param text the text
     * @param states the US states (a state's name is no town here: Safe Harbor keeps states)
     * @return the towns named after one of the five words
     */
    static List<RecognizerResult> afterPrepositions(String text, Set<String> states) {
        List<RecognizerResult> out = new ArrayList<>();
        int n = text.length();
        Scratch scratch = new Scratch();
        // from space to space (String.indexOf is the processor's fast search): a character at a time cost 4 ms per 4 MB
        for (int i = text.indexOf(' ', 1); i > 0 && i + 1 < n; i = text.indexOf(' ', i + 1)) {
            char after = text.charAt(i + 1);
            if (after < 'A' || after > 'Z' && (after < 0xC0 || !Character.isUpperCase(after))) {
                continue; // no capital after it
            }
            // the word before ends in n (in), o (to), t (at), m (from) or r (near): as long as one of those
            int length = switch (text.charAt(i - 1)) {
                case 'n', 'N', 'o', 'O', 't', 'T' -> 2;
                case 'm', 'M', 'r', 'R' -> 4;
                default -> 0;
            };
            if (length == 0 || i < length || i > length && Character.isLetter(text.charAt(i - length - 1))) {
                continue;
            }
            Boolean capitals = capitals(text, i - length, i);
            if (capitals == null) {
                continue;
            }
            int preposition = i - length;
            int prepositionEnd = i;
            RecognizerResult town = town(text, preposition, i + 1, capitals, states, scratch);
            // and the towns listed after it ("in Marlborough and Southborough", "to Chicago, Laredo or Dallas")
            for (RecognizerResult next = town; next != null; next = listedAfter(text, preposition, prepositionEnd, next.end(),
                    capitals, states, scratch)) {
                out.add(next);
                i = next.end() - 1;
            }
        }
        return out;
    }

    /**
     * The prepositions of other languages before a town: Czech's and Slovak's, Polish's, Croatian's, Lithuanian's and
     * Romanian's "in", "from", "at", "to" ("v Ostravě", "w Poznaniu", "iz Osijeka", "iš Šiaulių", "în Cluj-Napoca").
     */
    private static final Set<String> FOREIGN_PREPOSITIONS = Set.of("v", "ve", "z", "ze", "w", "we", "u", "iz", "iš", "în", "din",
            // and French's, Dutch's and German's, whose towns keep their names ("né à Namur", "Ondertekend te Utrecht",
            // "Städtereise nach Lissabon")
            "à", "te", "nach",
            // and the Nordic languages' "in" after a word in lower case ("bosatt i Tromsø": an eighteenth held-out set's boat
            // club application; not the Slavic "and": "Legia i Wisła", "Section 2 i Salisbury"), not before a club's or a
            // paper's word ("spelade i Malmö FF", "i Stavanger Aftenblad", a review's); not German's "aus" before a
            // capitalised noun ("aus Holz": a town too), nor the Slavic "do", Portuguese's "of the" as often ("Hospital do
            // Barreiro")
            "i",
            // and Icelandic's, Welsh's and Vietnamese's "in" and "at", after which a town keeps its name ("Öll lögheimili í
            // Grindavík", "sy'n byw yn Nefyn", "làm việc tại Bắc Ninh"; a twentieth held-out set's)
            "í", "yn", "tại", "ở");
    /**
     * Romanian's words for a municipality, a town, a county, a commune and a village: the capitalised word after them is
     * one, whatever the gazetteer knows ("în municipiul Turda, județul Cluj", "în orașul Gherla", "comuna Florești").
     */
    private static final Set<String> UNIT_WORDS = Set.of("municipiul", "orașul", "orasul", "județul", "judetul", "comuna", "satul");
    /** The first letters of {@link #FOREIGN_PREPOSITIONS} and {@link #UNIT_WORDS}. */
    private static final String WORD_FIRST = "vzwuiîdàtnmojcsíyở";
    /**
     * A town's case endings after those prepositions and what its name ends with instead, tried in order on the word as
     * written ("Ostravě" -> "Ostrava", "Brně" -> "Brno", "Mohelnici" -> "Mohelnice", "Olomouci" -> "Olomouc", "Poznaniu"
     * -> "Poznań", "Krakowie" -> "Kraków", "Gnieźnie" -> "Gniezno", "Vilniuje" -> "Vilnius", "Šiaulių" -> "Šiauliai",
     * "Klaipėdoje" -> "Klaipėda", "Kaune" -> "Kaunas", "Osijeka" -> "Osijek", "Zagrebu" -> "Zagreb", "Zlíně" -> "Zlín",
     * "Praze" -> "Praha"); the gazetteer says which, if any, is a town's. The first, none, only after
     * {@link #NAME_KEPT_AFTER}.
     */
    private static final String[][] CASE_ENDINGS = {{"", ""}, {"ě", "a"}, {"ě", "o"}, {"ici", "ice"}, {"ích", "e"}, {"i", ""},
        {"e", "a"}, {"y", "a"}, {"a", "o"}, {"e", ""}, {"u", ""}, {"a", ""}, {"niu", "ń"}, {"owie", "ów"}, {"źnie", "zno"},
        {"ie", "a"}, {"iuje", "ius"}, {"iaus", "ius"}, {"ių", "iai"}, {"oje", "a"}, {"e", "as"}, {"o", "as"}, {"ci", "ka"},
        {"ě", ""}, {"ze", "ha"}, {"nia", "ń"},
        // Polish's locative of a town in -ia, of one in -t, of one in a soft consonant ("w Gdyni", "w Sopocie", "we Wrocławiu",
        // a twenty-third held-out set's police report)
        {"i", "ia"}, {"cie", "t"}, {"iu", ""}};
    /**
     * The case suffixes of place Turkish writes after a name's apostrophe: in, from, to and of ("Kadıköy'de", "İzmir'e",
     * "Ataşehir'deki"); not the genitive's nor the accusative's, which a thing's or a person's name takes as often
     * ("Nokia'nın", "Batman'ı izledik", a review's).
     */
    private static final Set<String> TURKISH_SUFFIXES = Set.of("de", "da", "te", "ta", "den", "dan", "ten", "tan", "e", "a",
            "ye", "ya", "deki", "daki", "teki", "taki");
    /**
     * The prepositions after which a town keeps its name (Romanian's, French's, Dutch's, German's); after the others a town
     * is in a case, and a word as written is not read ("Plessy v Ferguson", "Brighton v Burnley", "Samsung v Nokia" are a
     * case's, a fixture's and a dispute's, a review's).
     */
    private static final Set<String> NAME_KEPT_AFTER = Set.of("în", "din", "à", "te", "nach", "i", "í", "yn", "tại", "ở");
    /** What names a club, a team or a paper after a town ("Malmö FF", "Molde FK", "Stavanger Aftenblad"). */
    private static final Set<String> CLUB_WORDS = Set.of("FF", "FK", "SK", "IF", "IL", "BK", "BIF", "AIK", "FC", "Aftenblad",
            "Tidende", "Avis", "Posten", "Dagblad", "Tidning");

    /** Whether a word in lower case, one blank apart, stands before {@code at} ("bosatt i", not "Legia i", "2 i"). */
    private static boolean wordInLowerCaseBefore(String text, int at) {
        int k = at - 1;
        if (k < 1 || text.charAt(k) != ' ' || !Character.isLetter(text.charAt(k - 1))) {
            return false;
        }
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return Character.isLowerCase(text.charAt(k));
    }

    /** Whether a club's or a paper's word follows a town's name ({@link #CLUB_WORDS}: "Malmö FF"). */
    private static boolean clubAfter(String text, int end) {
        int s = end;
        while (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return s > end && e > s && CLUB_WORDS.contains(text.substring(s, e));
    }

    /**
     * @param text the text
     * @return the towns of the gazetteer in the case another language's preposition gives them (Czech, Slovak, Polish,
     *     Croatian, Lithuanian, Romanian: "v Ostravě", "w Poznaniu", "iš Šiaulių", "din Baia Mare"), and Turkish towns
     *     before an apostrophe's case suffix of place ("Kadıköy'de"), a town after the Nordic "i" after a word in lower case
     *     ("bosatt i Tromsø"); not a word that is a first name as written ("u Petra",
     *     "z Martina" are at and from people), nor a name of the lists read back from its case ("u Austina")
     */
    static List<RecognizerResult> inOtherLanguages(String text) {
        List<RecognizerResult> out = new ArrayList<>();
        int n = text.length();
        char[] buffer = new char[64];
        for (int i = text.indexOf(' ', 1); i > 0 && i + 1 < n; i = text.indexOf(' ', i + 1)) {
            if (!Character.isUpperCase(text.charAt(i + 1))) {
                continue;
            }
            int p = i;
            while (p > 0 && i - p <= 10 && Character.isLetter(text.charAt(p - 1))) {
                p--;
            }
            // the word's first letter one of the prepositions' or the units' words', before a String is made of it
            if (i - p > 10 || p > 0 && Character.isLetter(text.charAt(p - 1)) || WORD_FIRST.indexOf(text.charAt(p)) < 0) {
                continue;
            }
            String word = text.substring(p, i);
            if (UNIT_WORDS.contains(word)) {
                int e = i + 1;
                while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
                    e++;
                }
                if (e - i > 3 && !allCapitals(text, i + 1, e)) {
                    out.add(new RecognizerResult("LOCATION", i + 1, e, 0.6, "place after '" + word + "'"));
                    i = e - 1;
                }
                continue;
            }
            if (i - p == 0 || i - p > 4 || !FOREIGN_PREPOSITIONS.contains(word)) {
                continue;
            }
            if (word.equals("i") && !wordInLowerCaseBefore(text, p)) {
                continue; // the Nordic "in" after a verb or a noun in lower case ("bosatt i Tromsø"), not the Slavic "and"
            }
            RecognizerResult town = inflected(text, word, i + 1, buffer);
            if (town != null && !(word.equals("i") && clubAfter(text, town.end()))) {
                out.add(town);
                i = town.end() - 1;
            }
        }
        for (int a = text.indexOf('\'', 1); a > 0; a = text.indexOf('\'', a + 1)) {
            int s = a;
            while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
                s--;
            }
            int e = a + 1;
            while (e < n && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (a - s >= 3 && Character.isUpperCase(text.charAt(s)) && TURKISH_SUFFIXES.contains(text.substring(a + 1, e))
                    && town(text, s, a, buffer) && !name(text.substring(s, a))) {
                out.add(new RecognizerResult("LOCATION", s, a, 0.6, "town of the gazetteer before a Turkish case suffix"));
            }
        }
        return out;
    }

    /** The town (one or two capitalised words, the last maybe in a case) at {@code start}, or null. */
    private static RecognizerResult inflected(String text, String preposition, int start, char[] buffer) {
        int n = text.length();
        int e = start;
        while (e < n && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
            e++;
        }
        int end1 = e;
        int end2 = -1;
        if (e + 1 < n && text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1))) {
            int f = e + 1;
            while (f < n && (Character.isLetter(text.charAt(f)) || text.charAt(f) == '-')) {
                f++;
            }
            end2 = f;
        }
        for (int end : new int[] {end2, end1}) {
            if (end < 0 || end - start < 4) {
                continue;
            }
            String word = text.substring(start, end);
            if (firstName(word) || allCapitals(text, start, end)) {
                continue;
            }
            boolean kept = NAME_KEPT_AFTER.contains(preposition);
            for (String[] ending : CASE_ENDINGS) {
                if (!word.endsWith(ending[0]) || word.length() - ending[0].length() < 3 || ending[0].isEmpty() != kept) {
                    continue;
                }
                String base = word.substring(0, word.length() - ending[0].length()) + ending[1];
                // (not a person's name in a case: "u Austina", "u Hiltona" are at Austin's and at the Hilton)
                if (town(base, 0, base.length(), buffer) && (ending[0].isEmpty() || !name(base))) {
                    return new RecognizerResult("LOCATION", start, end, 0.6, "town of the gazetteer after '" + preposition + "'"
                            + (ending[0].isEmpty() ? "" : ", its case read"));
                }
            }
        }
        return null;
    }

    private static boolean firstName(String word) {
        return (NameLists.get().kinds(word.toLowerCase(java.util.Locale.ROOT)) & NameLists.FIRST) != 0;
    }

    /** Whether a word is a first name or a surname of the lists. */
    private static boolean name(String word) {
        return (NameLists.get().kinds(word.toLowerCase(java.util.Locale.ROOT)) & (NameLists.FIRST | NameLists.SURNAME)) != 0;
    }

    /**
     * @return the town of the gazetteer listed after the one ending at {@code end}, after a comma, "and" or "or" (in the
     *     case of the preposition), read as if the preposition stood before it; or null
     */
    private static RecognizerResult listedAfter(String text, int preposition, int prepositionEnd, int end, boolean capitals,
            Set<String> states, Scratch scratch) {
        int n = text.length();
        int k = end;
        if (k < n && text.charAt(k) == ',') {
            k++;
        }
        if (k >= n || text.charAt(k) != ' ') {
            return null;
        }
        k++;
        for (String joint : capitals ? new String[] {"AND ", "OR "} : new String[] {"and ", "or "}) {
            if (text.startsWith(joint, k)) {
                k += joint.length();
                break;
            }
        }
        if (k == end + 1 || k >= n || !Character.isUpperCase(text.charAt(k))) {
            return null; // "in Lynn and": a joint or a comma, then a capital
        }
        return town(text, preposition, prepositionEnd, k, capitals, states, scratch);
    }

    /**
     * The five words, in lower case, in capitals and capitalised: each ends its group ("in", "IN", "In"). "at" as a
     * document's and a life's place ("sworn before me at PRETORIA", "married at South Boston", "discharged at Cape Town":
     * of the towns five held-out sets left, eleven stood after "at"), a first name after it a person's
     * unless one goes there ("smiled at Austin", "arrived at Austin": {@link #withoutGoing}).
     */
    private static final String[] PREPOSITIONS = {"in", "to", "at", "from", "near"};

    /**
     * @return for one of the five words at {@code text[from, to)}, whether it is in capitals; null for any other word
     *     (read off the characters: a String of each word before a capital cost more than the rest)
     */
    private static Boolean capitals(String text, int from, int to) {
        for (String p : PREPOSITIONS) {
            if (p.length() != to - from) {
                continue;
            }
            boolean lower = text.regionMatches(from + 1, p, 1, p.length() - 1);
            boolean upper = !lower && text.regionMatches(true, from + 1, p, 1, p.length() - 1);
            char first = text.charAt(from);
            if (lower && (first == p.charAt(0) || first == Character.toUpperCase(p.charAt(0)))) {
                return Boolean.FALSE;
            }
            if (upper && first == Character.toUpperCase(p.charAt(0)) && allCapitals(text, from, to)) {
                return Boolean.TRUE;
            }
        }
        return null;
    }

    /**
     * @param text the text
     * @param start where a run of capitalised words begins
     * @param end where it ends
     * @return whether it is a town of the gazetteer of two words or more after "in", "from", "to" or "near" ("flew from
     *     San Pedro Sula", "lives in Tel Aviv"): a name's reading of it gives way (PersonRecognizer)
     */
    static boolean townAfterPreposition(CharSequence text, int start, int end) {
        String s = text.subSequence(Math.max(0, start - 6), end).toString();
        int at = start - Math.max(0, start - 6);
        if (s.indexOf(' ', at) < 0 || at < 3 || s.charAt(at - 1) != ' ') {
            return false; // one word, or no blank before it
        }
        int w = at - 1;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        if (w > 0 && Character.isLetterOrDigit(s.charAt(w - 1)) || capitals(s, w, at - 1) == null) {
            return false;
        }
        String preposition = s.substring(w, at - 1).toLowerCase(Locale.ROOT);
        if (withoutGoing(text, start - (at - w), preposition)) {
            return false; // "a gift from Mary Ann", "a letter to John Day": people, unless one goes or is from there
        }
        return (lookUp(s, at, s.length(), new char[64]) & 1) != 0 && !possessiveAfter(text.toString(), end);
    }

    /**
     * @return the gazetteer's bits for {@code text[start, end)} in lower case, read into {@code buffer} (no String made
     *     for each capitalised word after the five words); 0 when longer than the buffer
     */
    private static int lookUp(String text, int start, int end, char[] buffer) {
        return lookUp(Holder.TABLE, text, start, end, buffer);
    }

    /** {@link #lookUp(String, int, int, char[])} in a table given. */
    private static int lookUp(WordTable table, String text, int start, int end, char[] buffer) {
        if (end - start > buffer.length || end == start) {
            return 0;
        }
        boolean latin1 = true;
        for (int k = start; k < end; k++) {
            char c = Character.toLowerCase(text.charAt(k));
            buffer[k - start] = c;
            latin1 &= c <= 0xFF;
        }
        int kinds = table.get(buffer, 0, end - start);
        if (kinds != 0 || latin1) {
            return kinds;
        }
        // the gazetteer has a town's name as GeoNames writes it, often without the diacritics a text gives it ("Riga" for
        // "Rīga", "Izmir" for "İzmir"; a twentieth held-out set's court summons): read again without them, when a letter
        // beyond Latin-1 is in it (not "Martín", "Andrés", "Jérôme", given names whose bare forms are towns: a review's)
        String folded = NameLists.unmarked(new String(buffer, 0, end - start));
        return folded.length() <= buffer.length ? table.get(folded.toCharArray(), 0, folded.length()) : 0;
    }

    /** What {@link #town} reads into, made once per text. */
    private static final class Scratch {
        final int[] ends = new int[MAX_WORDS];
        final boolean[] particles = new boolean[MAX_WORDS];
        final char[] buffer = new char[64];
    }

    /** The longest name of the gazetteer at {@code start} that is the whole run of capitalised words there, or null. */
    private static RecognizerResult town(String text, int preposition, int start, boolean capitals, Set<String> states,
            Scratch scratch) {
        return town(text, preposition, start - 1, start, capitals, states, scratch);
    }

    /**
     * {@link #town(String, int, int, boolean, Set, Scratch)} where the preposition ends at {@code prepositionEnd}, which
     * for a town listed after the first is not right before it ("in Marlborough and Southborough").
     */
    private static RecognizerResult town(String text, int preposition, int prepositionEnd, int start, boolean capitals,
            Set<String> states, Scratch scratch) {
        int n = text.length();
        int[] ends = scratch.ends;
        boolean[] particles = scratch.particles;
        int words = 0;
        int at = start;
        boolean particleLast = false;
        while (words < MAX_WORDS && at < n) {
            int e = at;
            while (e < n && (Character.isLetter(text.charAt(e)) || Character.getType(text.charAt(e)) == Character.NON_SPACING_MARK
                    || text.charAt(e) == '\'' || text.charAt(e) == '’' || text.charAt(e) == '-' || text.charAt(e) == '.')) {
                e++;
            }
            while (e > at && text.charAt(e - 1) == '.' && !(e - at == 2 || e - at == 3 && text.charAt(at) == 'S')) {
                e--; // a sentence's full stop; not "St." nor an initial's
            }
            if (e == at) {
                break;
            }
            boolean capitalised = Character.isUpperCase(text.charAt(at));
            boolean particle = !capitalised && words > 0 && PARTICLES.contains(text.substring(at, e));
            if (!capitalised && !particle || capitalised && allCapitals(text, at, e) != capitals && e - at > 1) {
                break;
            }
            particles[words] = particle;
            ends[words++] = e;
            particleLast = particle;
            if (e >= n || text.charAt(e) != ' ') {
                break;
            }
            at = e + 1;
        }
        if (particleLast) {
            words--;
        }
        char[] buffer = scratch.buffer;
        for (int k = words; k > 0; k--) {
            int end = ends[k - 1];
            if (particles[k - 1] || (lookUp(text, start, end, buffer) & 1) == 0) {
                continue;
            }
            String name = text.substring(start, end);
            if (k < words && !capitals && !particles[k]) {
                return null; // a longer run of capitalised words: an organisation's, a person's name
            }
            String word = text.substring(preposition, prepositionEnd);
            boolean listed = prepositionEnd != start - 1;
            if (states.contains(name) || states.contains(titleCase(name)) || k == 1 && !listed && personAfter(text, start, end, word)) {
                return null;
            }
            if (possessiveAfter(text, end)) {
                return null; // "to Glen Allen's office": a person's
            }
            // a person placed in the clause (a person's word or a verb of going, living, working): a town of the person;
            // otherwise under the threshold ("Snow in Buffalo", "Tickets for the concert in Nashville"), where the
            // engine's context words may still raise it ("a trip to")
            boolean placed = "at".equalsIgnoreCase(word) ? placedAt(text, preposition) : personPlaced(text, preposition);
            return new RecognizerResult("LOCATION", start, end, placed ? 0.6 : 0.45, "town of the gazetteer after '" + word + "'"
                    + (placed ? ", a person placed" : ""));
        }
        return null;
    }

    private static boolean allCapitals(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words that place a person in a clause: pronouns and possessives, a person's, a patient's and relatives' words,
     * verbs of living, working, being born, and a note's words of a person's life ("home", "clinic", "church"); with
     * {@link #MOTION} but {@link #NOT_PLACING}.
     */
    private static final Set<String> PLACING = Set.of("i", "he", "she", "we", "they", "you", "me", "him", "her", "us", "them",
            "his", "my", "our", "their", "your", "pt", "pt's", "patient", "patient's", "family", "cousin", "son", "daughter",
            "wife", "husband", "mother", "father", "brother", "sister", "aunt", "uncle", "niece", "nephew", "grandmother",
            "grandfather", "parents", "children", "kids", "friend", "boyfriend", "girlfriend", "partner", "lives", "live",
            "lived", "living", "resides", "resided", "reside", "works", "work", "worked", "working", "employed", "born", "raised",
            "grew", "attends", "attended", "studied", "studies", "stays", "stayed", "staying", "moved", "retired", "former",
            "native", "farmer", "veteran", "student", "wedding", "funeral", "memorial", "relatives", "visiting", "visited",
            // a person's nouns and a clinical note's ("a 19-year-old woman from Lawrence", "a resident of ... in Cambridge")
            "woman", "man", "girl", "boy", "male", "female", "yo", "resident", "child", "baby", "infant", "lady", "gentleman",
            "home", "house", "apartment", "hx", "history", "clinic", "admitted", "discharged", "transferred", "seen", "dinner",
            "lunch", "vacation", "holiday", "church", "school", "camp", "employer", "job", "shelter", "motel",

            // a call's place ("phoned from Glasgow", "rang from Leeds")
            "phoned", "rang", "called",
            // a new employee's and a death's rites ("a new hire in Vancouver", "The cremation is in Madurai": a twenty-fourth
            // held-out set's team chat and bereavement leave request; not a "starter", a dish's or an engine's as often)
            "hire", "hires", "joiner", "joiners", "cremation", "burial", "interment",
            // a death's registration, a person's GP ("The death may now be registered in Pontypridd", a twenty-seventh held-out
            // set's inquest; not a company's or a trademark's registration: "registered in Delaware", read with "death")
            "death", "gp",
            // German's, Dutch's and the Nordic languages' words of a person's residence and birth ("wohnhaft bei seinem Bruder
            // Emre Şahin in Offenbach": an eighteenth held-out set's mediation notes); not their verbs of living, a firm's too
            // ("Die Marke lebt in Hamburg"), nor "placed" ("The order was placed in Chicago", a review's)
            "wohnhaft", "geboren", "wonende", "bosatt", "bor", "född", "født");
    /** How many words before the five the clause is read for a person (to a sentence's end, a semicolon or a line's). */
    private static final int CLAUSE_WORDS = 10;

    /** Whether a word of {@link #PLACING} or {@link #MOTION} (but {@link #NOT_PLACING}) stands in the clause before the preposition. */
    private static boolean personPlaced(String text, int preposition) {
        return inClause(text, preposition, w -> PLACING.contains(w) || MOTION.contains(w) && !NOT_PLACING.contains(w));
    }

    /** Whether a word (in lower case) that {@code placing} takes stands in the clause before the preposition. */
    private static boolean inClause(String text, int preposition, java.util.function.Predicate<String> placing) {
        int k = preposition;
        for (int words = 0; words < CLAUSE_WORDS && k > 0; words++) {
            while (k > 0 && !Character.isLetter(text.charAt(k - 1))) {
                char c = text.charAt(k - 1);
                if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\r' || c == '\n' && !wrapped(text, k - 1)) {
                    return false;
                }
                k--;
            }
            int e = k;
            while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '\'')) {
                k--;
            }
            if (placing.test(text.substring(k, e).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line break at {@code newline} wraps a sentence: the line before it ends with a word in lower case or a
     * comma, and a word follows it, a blank line not ("a seasonal position at the\nChâteau Laurier in Ottawa", a
     * nineteenth held-out set's letter; a form's field ending its line is none: "Name: Ann Lee\nCity").
     */
    private static boolean wrapped(String text, int newline) {
        int k = newline;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        return k > 0 && (Character.isLowerCase(text.charAt(k - 1)) || text.charAt(k - 1) == ',') && newline + 1 < text.length()
                && Character.isLetter(text.charAt(newline + 1));
    }

    /**
     * The words that make a town after "at" a person's or a document's place: a life's and a document's events, living,
     * arriving, a house ("sworn before me at", "married at", "issued at", "lives at", "arrived at", "his house at"); not
     * working or studying, nor a pronoun alone, after which "at" names an employer, a university or a ground ("She worked
     * at Nokia", "He studied at Harvard", "They lost 2-1 at Brentford": a review's).
     */
    private static final Set<String> PLACING_AT = Set.of("signed", "sworn", "issued", "married", "baptised", "baptized", "died",
            "buried", "registered", "born", "dated", "executed", "lives", "live", "lived", "living", "resides", "resided",
            "residing", "reside", "stays", "stayed", "staying", "arrived", "arrive", "landed", "discharged", "farming", "farm",
            "house", "home", "dwelling", "property", "cottage", "residence", "domiciled",
            // a death's record ("Date of death : 02-04-2024, at Madurai", a twenty-fourth held-out set's leave request)
            "death", "cremated", "cremation");

    /** Whether a word of {@link #PLACING_AT} stands in the clause before "at" ({@link #personPlaced}'s reading). */
    private static boolean placedAt(String text, int preposition) {
        return inClause(text, preposition, PLACING_AT::contains);
    }

    /** Words of {@link #MOTION} that place no person in a clause ("Snow is in Buffalo", "Tickets for the concert in Nashville"). */
    private static final Set<String> NOT_PLACING = Set.of("is", "are", "was", "were", "am", "be", "been", "in", "over", "up",
            "down", "out", "away", "here", "there", "ticket", "tickets", "road", "route", "way", "bus", "train", "miles", "km",
            "flight", "flights",
            "mail", "mailed", "shipped");

    /** Whether "'s" follows the name: a person's ("to Glen Allen's office"). */
    private static boolean possessiveAfter(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019') && text.charAt(end + 1) == 's';
    }

    /** @return a name in capitals in Title case, each word ("NEW YORK" -> "New York"), to find it among the states */
    private static String titleCase(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            b.append(k == 0 || name.charAt(k - 1) == ' ' ? c : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** @return the word before {@code start}, past blanks and marks (at most twelve characters back), in lower case */
    private static String wordBefore(CharSequence text, int start) {
        int e = start;
        while (e > 0 && !Character.isLetter(text.charAt(e - 1)) && start - e < 12) {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
    }

    /** Whether a first name stands after "to" or "from" but after a word of {@link #MOTION} ("said Gladys to Logan"). */
    private static boolean personAfter(String text, int start, int end, String preposition) {
        return (NameLists.get().table.get(WordTable.lowerCase(text.substring(start, end))) & NameLists.FIRST) != 0
                && withoutGoing(text, start - preposition.length() - 1, preposition);
    }

    /**
     * @return whether the preposition at {@code at} is "to", "from" or "at" (any case) and no word of {@link #MOTION}
     *     stands before it: a person's preposition more than a place's ("a letter to", "a gift from", "looked at")
     */
    private static boolean withoutGoing(CharSequence text, int at, String preposition) {
        String p = preposition.toLowerCase(Locale.ROOT);
        return (p.equals("to") || p.equals("from") || p.equals("at")) && !MOTION.contains(wordBefore(text, at));
    }
}
