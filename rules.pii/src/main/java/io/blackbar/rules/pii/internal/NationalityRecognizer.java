package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * A person's nationality, where a text says it of a person: after a form's label ("Nationality: German",
 * "Citizenship: Brazilian") or stated of someone ("I am Cambodian", "we are proud Saudis", "she's
 * Irish"). National (and often ethnic) origin is personal data, and under GDPR Art. 9 ethnic origin is a
 * special category. The same words of a thing ("Spanish food", "a German bank", "the French government")
 * are not a person's and are not found.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "NATIONALITY", frameworks = {"pii", "gdpr"})
public class NationalityRecognizer extends PatternRecognizer {

    /** The demonyms of the countries, as adjectives and as nouns, in lower case. */
    static final List<String> DEMONYMS = List.of(("afghan albanian algerian american andorran angolan argentine argentinian"
            + " armenian australian austrian azerbaijani bahamian bahraini bangladeshi barbadian belarusian belgian"
            + " belizean belizian beninese bhutanese bolivian bosnian botswanan brazilian british bruneian bulgarian"
            + " burkinabe burmese burundian cambodian cameroonian canadian cape-verdean chadian chilean chinese colombian"
            + " comorian congolese croatian cuban cypriot czech dane danish djiboutian dominican dutch ecuadorian"
            + " ecuadorean egyptian emirati english englishman englishwoman eritrean estonian ethiopian fijian filipino"
            + " filipina finn finnish french frenchman frenchwoman gabonese gambian georgian german ghanaian greek"
            + " greenlander greenlandic grenadian guatemalan guinean guyanese haitian honduran hungarian icelander"
            + " icelandic indian indonesian iranian iraqi irish irishman irishwoman israeli italian ivorian jamaican"
            + " japanese jordanian kazakh kazakhstani kenyan korean kosovar kuwaiti kyrgyz laotian latvian lebanese"
            + " liberian libyan liechtensteiner lithuanian luxembourger luxembourgish macedonian malagasy malawian"
            + " malaysian maldivian malian maltese mauritanian mauritian mexican moldovan monegasque mongolian"
            + " montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani"
            + " pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari romanian russian"
            + " rwandan salvadoran salvadorian samoan saudi scot scots scottish scotsman scotswoman senegalese serb"
            + " serbian singaporean slovak slovakian slovene slovenian somali spaniard spanish sudanese surinamese"
            + " swede swedish swiss syrian taiwanese tajik tanzanian thai togolese tongan trinidadian tunisian turk"
            + " turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh welshman welshwoman"
            + " yemeni zambian zimbabwean").split(" "));

    /** Demonyms of two words ("New Zealander", "South African"). */
    static final List<String> MULTI_WORD = List.of("new zealander", "south african", "south korean", "north korean",
            "sri lankan", "costa rican", "puerto rican", "sierra leonean", "saudi arabian", "hong konger", "cape verdean");

    /** Words that may stand between "I am" and the demonym ("I am originally Irish", "we are proud Saudis"). */
    static final Set<String> MODIFIERS = Set.of("a", "an", "also", "proud", "both", "half", "originally", "fully", "ethnically");
    /** Copulas of one word ("I'm"), in lower case, with a straight apostrophe. */
    static final Set<String> CONTRACTED = Set.of("i'm", "we're", "he's", "she's", "they're", "you're");
    /** The subjects each verb of a copula takes ("I am", "we are", "she is"). */
    static final Map<String, Set<String>> SUBJECTS = Map.of("am", Set.of("i"), "are", Set.of("we", "they", "you"),
            "is", Set.of("he", "she"));
    /** A thing after the demonym makes it a thing's ("I am Spanish speaker", "they are Dutch films"). */
    static final List<String> THINGS = List.of("food", "cuisine", "restaurant", "place", "film", "movie", "music", "company",
            "bank", "speaker", "teacher", "class", "course", "version", "translation", "edition", "style", "wine", "beer");

    /** Each demonym and its plurals, in lower case, to the demonym; the two-word ones under their last word. */
    private static final Map<String, String> FORMS = new HashMap<>();
    /** The last word of a two-word demonym to the first words it takes ("korean" -> "south", "north"). */
    private static final Map<String, Set<String>> FIRST_WORDS = new HashMap<>();
    /**
     * A bit for the hash of each word of {@link #FORMS}: a word whose bit is clear is none (most words). 64 K
     * bits for some 700 words: one word in a hundred gets through wrongly (with 4 K bits, one in six did,
     * and the look-ups cost more than the pass).
     */
    private static final long[] FORM_HASHES = new long[1 << 10];

    static {
        for (String d : DEMONYMS) {
            for (String form : List.of(d, d + "s", d + "es")) {
                FORMS.putIfAbsent(form, d);
            }
        }
        for (String d : MULTI_WORD) {
            String[] words = d.split(" ");
            FIRST_WORDS.computeIfAbsent(words[1], k -> new HashSet<>()).add(words[0]);
            for (String form : List.of(words[1], words[1] + "s", words[1] + "es")) {
                FORMS.putIfAbsent(form, words[1]);
            }
        }
        for (String form : FORMS.keySet()) {
            int bit = hashBit(form.hashCode());
            FORM_HASHES[bit >>> 6] |= 1L << bit;
        }
    }

    public NationalityRecognizer() {
        super("NATIONALITY", Category.PERSONAL, List.of(), Set.of("nationality", "citizenship", "citizen", "passport", "origin"));
    }

    /**
     * In code, not expressions: "I am", "we are", "she's" stand everywhere, and an expression starting with
     * them (or with the labels' first letters) was tried at each. Every word that is a demonym (most words
     * are told they are not by a bit of their hash) is a nationality when a label stands right before it
     * ({@link #labelBefore}) or a person is said to be it ({@link #statedOfAPerson}); a two-word demonym
     * ("New Zealander", "Saudi Arabian") is taken whole where it stands. {@code NationalityRecognizerTest}
     * checks that this finds what the expressions first written for it find.
     */
    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> out = new ArrayList<>();
        String s = text.toString(); // the engine's text gives its string: no deadline check a character
        // the words are read from an array: a String's character costs a check each, and a text beyond
        // Latin-1 a decoding of two bytes
        char[] chars = s.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            if (!PersonRecognizer.isLetter(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0;
            boolean possible = true; // no letter beyond ASCII that no demonym's letter is in lower case
            while (i < n && PersonRecognizer.isLetter(chars[i])) {
                char c = chars[i];
                if (c < 128) {
                    hash = 31 * hash + (c | 0x20); // a letter: in lower case
                } else if (c == KELVIN) {
                    hash = 31 * hash + 'k';
                } else {
                    possible = false;
                }
                i++;
            }
            int bit = hashBit(hash);
            if (!possible || (FORM_HASHES[bit >>> 6] & 1L << bit) == 0) {
                continue;
            }
            String word = s.substring(start, i).toLowerCase(Locale.ROOT);
            String demonym = FORMS.get(word);
            if (demonym == null) {
                continue;
            }
            boolean stated = !(i < n && chars[i] == '-') && !thingFollows(s, i);
            int from = twoWordStart(s, start, demonym);
            if (from >= 0) {
                add(out, s, from, i, stated, true);
            } else if (DEMONYMS.contains(demonym)) {
                // the two-word demonym it begins, where it stands whole, is the one found ("Saudi Arabian")
                Boolean whole = twoWordAfter(s, i, word);
                add(out, s, start, i, stated && whole != Boolean.TRUE, whole == null);
            }
        }
        return out;
    }

    /** Adds the demonym at {@code start..end} when a label stands before it, or it is stated of a person. */
    private static void add(List<RecognizerResult> out, String s, int start, int end, boolean stated, boolean labelled) {
        if (labelled && labelBefore(s, start)) {
            out.add(new RecognizerResult("NATIONALITY", start, end, 0.75, "pattern 'nationality label'"));
        } else if (stated && statedOfAPerson(s, start)) {
            out.add(new RecognizerResult("NATIONALITY", start, end, 0.6, "pattern 'stated of a person'"));
        } else if (stated && personFollows(s, end)) {
            out.add(new RecognizerResult("NATIONALITY", start, end, 0.6, "pattern 'of a person'"));
        }
    }

    /** The words of a person, or of a person's descent, that make the demonym before them a person's ("a Filipino man"). */
    static final Set<String> PERSONS = Set.of("man", "men", "woman", "women", "boy", "boys", "girl", "girls", "guy", "guys",
            "lady", "ladies", "gentleman", "gentlemen", "child", "children", "kid", "kids", "baby", "family", "neighbor",
            "neighbors", "neighbour", "neighbours", "friend", "friends", "colleague", "colleagues", "coworker", "coworkers",
            "student", "students", "patient", "patients", "national", "nationals", "citizen", "citizens", "immigrant",
            "immigrants", "refugee", "refugees", "wife", "husband", "mother", "father", "son", "daughter", "grandmother",
            "grandfather", "couple", "native", "natives", "descent", "origin", "heritage", "ancestry", "parents", "roommate");

    /** @return whether blanks and a word of {@link #PERSONS} follow {@code end} ("Filipino man", "of Mexican descent") */
    static boolean personFollows(String s, int end) {
        int k = afterBlanks(s, end);
        int e = k < 0 ? -1 : lettersEnd(s, k);
        return e > k && PERSONS.contains(s.substring(k, e).toLowerCase(Locale.ROOT));
    }

    /** @return where the blanks after {@code end} end, or -1 when no blank follows it */
    private static int afterBlanks(String s, int end) {
        int k = end;
        while (k < s.length() && blank(s.charAt(k))) {
            k++;
        }
        return k > end ? k : -1;
    }

    /** @return where the letters from {@code k} end */
    private static int lettersEnd(String s, int k) {
        int e = k;
        while (e < s.length() && PersonRecognizer.isLetter(s.charAt(e))) {
            e++;
        }
        return e;
    }

    /**
     * @param text a text
     * @param start where a word begins
     * @param end where it ends
     * @return whether the word is a demonym or its plural, its hash's bit asked first (no String made of most words)
     */
    static boolean demonym(CharSequence text, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 128 || !Character.isLetter(c)) {
                return false; // a demonym's letters are ASCII
            }
            hash = 31 * hash + (c | 0x20);
        }
        int bit = hashBit(hash);
        return (FORM_HASHES[bit >>> 6] >>> bit & 1L) != 0
                && FORMS.containsKey(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
    }

    /**
     * @return whether a label stands right before {@code at}: "nationality", "citizenship", "ethnicity" or
     *     "national origin", then blanks, one of ":", "=", "-", and blanks, each if any
     */
    static boolean labelBefore(String s, int at) {
        int k = blanksBefore(s, at);
        if (k > 0 && ":=-".indexOf(s.charAt(k - 1)) >= 0) {
            k = blanksBefore(s, k - 1);
        }
        int w = k;
        while (w > 0 && PersonRecognizer.isLetter(s.charAt(w - 1))) {
            w--;
        }
        String word = s.substring(w, k).toLowerCase(Locale.ROOT);
        if (word.equals("nationality") || word.equals("citizenship") || word.equals("ethnicity")) {
            return boundary(s, w);
        }
        return word.equals("origin") && w >= 9 && s.charAt(w - 1) == ' '
                && s.substring(w - 9, w - 1).equalsIgnoreCase("national") && boundary(s, w - 9);
    }

    /** @return the bit of a hash in {@link #FORM_HASHES}: its high bits mixed, 16 of them */
    private static int hashBit(int hash) {
        return (hash * 0x9E3779B9) >>> 16;
    }

    /**
     * The one letter beyond ASCII that {@code String.toLowerCase} makes an ASCII letter of (a demonym's
     * letters are ASCII): the Kelvin sign, "k". A word with any other letter beyond ASCII is no demonym,
     * and is not looked up: asking {@code Character.toLowerCase} of each such letter was 40% of this
     * recognizer's time on the bench text.
     */
    private static final char KELVIN = '\u212A';

    /** @return whether blanks and a word of {@link #THINGS} (or one it begins) follow {@code end} */
    static boolean thingFollows(String s, int end) {
        int k = afterBlanks(s, end);
        if (k < 0) {
            return false;
        }
        String next = s.substring(k, lettersEnd(s, k)).toLowerCase(Locale.ROOT);
        return THINGS.stream().anyMatch(next::startsWith);
    }

    /** @return where the two-word demonym ending with the word at {@code start} begins ("South Korean"), or -1 */
    private static int twoWordStart(String s, int start, String last) {
        Set<String> firsts = FIRST_WORDS.get(last);
        int b = blanksBefore(s, start);
        if (firsts == null || b == start) {
            return -1;
        }
        int w = b;
        while (w > 0 && PersonRecognizer.isLetter(s.charAt(w - 1))) {
            w--;
        }
        return w < b && firsts.contains(s.substring(w, b).toLowerCase(Locale.ROOT)) ? w : -1;
    }

    /**
     * @return when the word ending at {@code end} is the first of a two-word demonym ("Saudi Arabian"), which
     *     then stands whole for a label: whether it stands whole for a statement too (no hyphen, no thing
     *     after it); else null
     */
    private static Boolean twoWordAfter(String s, int end, String first) {
        int k = afterBlanks(s, end);
        int e = k < 0 ? -1 : lettersEnd(s, k);
        if (e <= k) {
            return null;
        }
        String last = FORMS.get(s.substring(k, e).toLowerCase(Locale.ROOT));
        if (last == null || !FIRST_WORDS.getOrDefault(last, Set.of()).contains(first)) {
            return null;
        }
        return !(e < s.length() && s.charAt(e) == '-') && !thingFollows(s, e);
    }

    /**
     * @return whether a copula of a person stands before {@code at}, after blanks, with modifiers between
     *     ("I am", "we are proud", "she's half", "I’m originally")
     */
    static boolean statedOfAPerson(String s, int at) {
        int end = at;
        while (true) {
            int k = blanksBefore(s, end);
            int w = wordBefore(s, k);
            if (k == end || w == k) {
                return false; // blanks and a word must stand before
            }
            String word = s.substring(w, k).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (CONTRACTED.contains(word)) {
                return boundary(s, w);
            }
            Set<String> subjects = SUBJECTS.get(word);
            if (subjects != null) {
                int b = blanksBefore(s, w);
                int v = wordBefore(s, b);
                return b < w && v < b && subjects.contains(s.substring(v, b).toLowerCase(Locale.ROOT)) && boundary(s, v);
            }
            if (!MODIFIERS.contains(word)) {
                return false;
            }
            end = w;
        }
    }

    /** @return where the blanks (spaces, tabs) ending at {@code end} begin */
    private static int blanksBefore(String s, int end) {
        int k = end;
        while (k > 0 && blank(s.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    /** @return where the word of letters and apostrophes ending at {@code end} begins ({@code end} if none) */
    private static int wordBefore(String s, int end) {
        int k = end;
        while (k > 0 && (PersonRecognizer.isLetter(s.charAt(k - 1)) || s.charAt(k - 1) == '\'' || s.charAt(k - 1) == '\u2019')) {
            k--;
        }
        return k;
    }

    /** {@code \\b} before a word: the text's start, or no letter, digit or underscore before it. */
    private static boolean boundary(String s, int start) {
        return start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)) && s.charAt(start - 1) != '_';
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }
}
