package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.PatternScanner;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * Person names from dictionaries, capitalisation and context, in one pass over the words:
 * runs of capitalised words (and initials) are scored by how many are known first names and surnames,
 * and raised by a title before them ({@code Mrs.}) or a phrase that introduces a name
 * ({@code my name is}, {@code Name:}, {@code Dear}). Common English words that happen to be names
 * ("Will", "May", "White") count only with such support. Lists of first names ("Anna, James and
 * Emily") support each other.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PERSON", frameworks = {"pii", "hipaa", "gdpr", "pci-dss"})
public class PersonRecognizer implements Recognizer {

    static final String ENTITY = "PERSON";
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam",
            "dame", "lady", "lord", "rev", "fr", "sr", "sra", "herr", "frau", "mme", "mlle", "m");
    private static final String[] INTRODUCERS = {"my name is", "name is", "name:", "named", "called", "i'm", "i am",
            "this is", "dear", "patient:", "patient", "pt:", "signed", "sincerely,", "regards,", "attn:", "attn",
            "contact:", "cardholder:", "cardholder", "doctor", "by", "with", "to", "from", "thanks,", "cc:",
            "attending:", "pcp:", "dictated by:", "provider:", "physician:", "resident:", "referring:", "surgeon:",
            "says", "said", "starring", "name?", "call me"};
    private static final Set<String> STRONG_INTRODUCERS = Set.of("my name is", "name is", "name:", "named", "called",
            "dear", "patient:", "pt:", "signed", "sincerely,", "regards,", "attn:", "cardholder:", "contact:", "i'm", "i am",
            "attending:", "pcp:", "dictated by:", "provider:", "physician:", "resident:", "referring:", "surgeon:",
            "says", "said", "starring", "name?", "call me");
    /** A credential after a name ("Filbert Bright, M.D.") makes the run a name. */
    private static final java.util.regex.Pattern CREDENTIAL = java.util.regex.Pattern.compile(
            "^,?\\s{0,2}(?:M\\.?D\\.?|D\\.?O\\.?|R\\.?N\\.?|N\\.?P\\.?|Ph\\.?D\\.?|PA-C|DDS|DMD|MBBS|FACS|FACP)(?![\\p{L}])");

    /** Phrases after which even lower-case words are a name when the first is a known first name. */
    private static final Set<String> LOWER_CASE_INTRODUCERS = Set.of("my name is", "name is", "name:", "call me", "name?");
    private static final Set<String> CONTRACTIONS = Set.of("m", "s", "re", "ve", "ll", "d", "t");
    /** A name is not followed by these: "Inna Loop St.", "Dora Creek Apt." are places. */
    private static final Set<String> PLACE_FOLLOWERS = Set.of("st", "street", "rd", "road", "ave", "avenue", "blvd",
            "lane", "ln", "drive", "dr", "way", "apt", "suite", "creek", "loop", "bridge", "bypass", "mill", "terrace",
            "square", "squares", "park", "hill", "gardens", "villa", "crossing", "court", "place", "radial", "u");

    private final NameLists lists = NameLists.get();

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType(ENTITY, Category.PERSONAL));
    }

    @Override
    public Set<String> contextWords() {
        return Set.of("name", "mr", "mrs", "ms", "dr", "patient", "dear", "called", "signed", "contact", "cardholder",
                "guardian", "spouse", "employee", "customer", "physician", "attending");
    }

    /** A word: offsets, and whether it is capitalised or an initial. */
    record Word(int start, int end, String lower, boolean capitalised, boolean initial, boolean allCaps) {
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<Word> words = words(text);
        List<RecognizerResult> out = new ArrayList<>();
        List<int[]> singles = new ArrayList<>(); // index in out of single first-name results, and start
        int i = 0;
        while (i < words.size()) {
            Word w = words.get(i);
            if (!w.capitalised() && !w.initial()) {
                i += lowerCasePair(text, words, i, out);
                continue;
            }
            int j = i;
            while (j + 1 < words.size() && adjacent(text, words.get(j), words.get(j + 1))
                    && (words.get(j + 1).capitalised() || words.get(j + 1).initial()) && j - i < 4) {
                j++;
            }
            score(text, words, i, j, out, singles);
            i = j + 1;
        }
        supportLists(text, out, singles);
        lastCommaFirst(text, out);
        return out;
    }

    /** Scores the run of capitalised words i..j (inclusive), trimming common words at its edges. */
    private void score(CharSequence text, List<Word> words, int i, int j, List<RecognizerResult> out, List<int[]> singles) {
        String title = titleBefore(text, words.get(i).start());
        while (i <= j && (isCommon(words.get(i)) || TITLES.contains(words.get(i).lower()) && !words.get(i).initial())) {
            title = TITLES.contains(words.get(i).lower()) ? words.get(i).lower() : null;
            i++;
        }
        while (j >= i && (isCommon(words.get(j)) || words.get(j).initial())) {
            j--;
        }
        boolean titledRun = title != null && TITLES.contains(title);
        if (i > j || !titledRun && (placeFollows(text, words, j) || numberBefore(text, words.get(i).start()))) {
            return;
        }
        int first = 0;
        int sur = 0;
        int known = 0;
        int n = j - i + 1;
        for (int k = i; k <= j; k++) {
            Word w = words.get(k);
            if (w.initial()) {
                continue;
            }
            boolean f = lists.first.contains(w.lower());
            boolean s = lists.surnames.contains(w.lower());
            first += f ? 1 : 0;
            sur += s ? 1 : 0;
            known += f || s ? 1 : 0;
        }
        Word a = words.get(i);
        Word z = words.get(j);
        boolean firstIsFirst = lists.first.contains(a.lower());
        boolean lastIsSur = lists.surnames.contains(z.lower()) || lists.first.contains(z.lower());
        String intro = introducer(text, a.start());
        boolean titled = title != null && TITLES.contains(title.replace(".", ""));
        // the pattern begins with ^: only the window's start can match, which lookingAt() tries alone
        boolean credentialed = CREDENTIAL.matcher(text.subSequence(z.end(), Math.min(text.length(), z.end() + 12))).lookingAt();
        boolean capsRun = allCaps(words, i, j);
        boolean label = z.end() < text.length() && text.charAt(z.end()) == ':' && intro == null && !titled;
        double score;
        String why;
        if (label && n == 1 && !lists.first.contains(a.lower())) {
            return; // "Rhythm:", "Reason:" are labels
        }
        if (capsRun && !titled && !credentialed && !(intro != null && STRONG_INTRODUCERS.contains(intro))
                && !(n >= 2 && firstIsFirst && lastIsSur)) {
            return; // all-caps text ("EMERGENCY DEPT") needs a title, a credential, an introducer or both dictionaries
        }
        if (credentialed) {
            score = 0.85;
            why = "credential after the name";
        } else if (titled) {
            score = 0.85;
            why = "title '" + title + "'";
        } else if (intro != null && STRONG_INTRODUCERS.contains(intro)) {
            score = 0.85;
            why = "introduced by '" + intro + "'";
        } else if (n >= 2 && firstIsFirst && lastIsSur) {
            score = 0.85;
            why = "first name and surname";
        } else if (n >= 2 && (firstIsFirst || lastIsSur)) {
            score = known >= 1 && intro != null ? 0.75 : 0.6;
            why = firstIsFirst ? "known first name" : "known surname";
        } else if (n >= 2 && intro != null && allProperCase(words, i, j)) {
            score = 0.55;
            why = "capitalised words after '" + intro + "'";
        } else if (n == 1 && first > 0) {
            score = intro != null ? 0.6 : 0.5;
            why = "known first name";
        } else if (n == 1 && sur > 0) {
            score = intro != null && STRONG_INTRODUCERS.contains(intro) ? 0.5 : 0.1;
            why = "known surname";
        } else {
            return;
        }
        if (n == 1 && first > 0 && !titled) {
            singles.add(new int[] {out.size(), a.start(), a.end(), 0});
        } else if (n == 1 && sur > 0 && first == 0 && !titled && score < 0.5) {
            singles.add(new int[] {out.size(), a.start(), a.end(), 1});
        }
        out.add(new RecognizerResult(ENTITY, a.start(), z.end(), score, "name: " + why));
    }

    private static final PatternScanner LAST_COMMA_FIRST = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(\\p{Lu}[\\p{Lu}'-]{1,30}),\\s?(\\p{Lu}[\\p{Lu}'-]{1,30})(?![\\p{L}])"));

    /** "OROZCO,KYLE", as record headers write a patient: a known surname, a comma, a known first name. */
    private void lastCommaFirst(CharSequence text, List<RecognizerResult> out) {
        LAST_COMMA_FIRST.forEachMatch(text, m -> {
            String last = m.group(1).toLowerCase(Locale.ROOT);
            String first = m.group(2).toLowerCase(Locale.ROOT);
            if (lists.surnames.contains(last) && lists.first.contains(first) && !lists.notNames.contains(last)
                    && !lists.notNames.contains(first)) {
                out.add(new RecognizerResult(ENTITY, m.start(), m.end(), 0.8, "name: SURNAME,FIRSTNAME"));
            }
        });
    }

    private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(",\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+");

    /**
     * "anna, james and emily": single first names close together support each other; surnames alone
     * ("Marrero and Murphy", "founders: Eklund, Michael and Hodge") only when joined by a comma or
     * "and" to another name.
     */
    private static void supportLists(CharSequence text, List<RecognizerResult> out, List<int[]> singles) {
        for (int k = 0; k < singles.size(); k++) {
            int[] s = singles.get(k);
            boolean near = s[3] == 0
                    ? k > 0 && s[1] - singles.get(k - 1)[1] < 16 || k + 1 < singles.size() && singles.get(k + 1)[1] - s[1] < 16
                    : k > 0 && coordinated(text, singles.get(k - 1), s) || k + 1 < singles.size() && coordinated(text, s, singles.get(k + 1));
            RecognizerResult r = out.get(s[0]);
            if (near && r.score() < 0.65) {
                out.set(s[0], new RecognizerResult(r.entityType(), r.start(), r.end(), 0.65, r.explanation() + ", in a list of names"));
            }
        }
    }

    private static boolean coordinated(CharSequence text, int[] a, int[] b) {
        return b[1] - a[2] <= 7 && COORDINATION.matcher(text.subSequence(a[2], b[1])).matches();
    }

    /** Two lower-case words, a known first name then a known surname, neither common: a weak candidate. */
    private int lowerCasePair(CharSequence text, List<Word> words, int i, List<RecognizerResult> out) {
        // the list lookup first: the introducer is looked for only before a known first name
        String intro = lists.first.contains(words.get(i).lower()) ? introducer(text, words.get(i).start()) : null;
        if (intro != null && LOWER_CASE_INTRODUCERS.contains(intro)) {
            // "my name is lena andersson": lower-case words the name lists know, right after an introducer
            int j = i;
            while (j < words.size() && j - i < 3 && !words.get(j).capitalised() && !lists.notNames.contains(words.get(j).lower())
                    && (lists.first.contains(words.get(j).lower()) || lists.surnames.contains(words.get(j).lower()))
                    && (j == i || adjacent(text, words.get(j - 1), words.get(j)))) {
                j++;
            }
            if (j > i) {
                out.add(new RecognizerResult(ENTITY, words.get(i).start(), words.get(j - 1).end(), 0.75,
                        "name: lower-case name after '" + intro + "'"));
                return j - i;
            }
        }
        if (i + 1 < words.size()) {
            Word a = words.get(i);
            Word b = words.get(i + 1);
            if (!b.capitalised() && adjacent(text, a, b) && a.lower().length() > 2 && b.lower().length() > 2
                    && lists.first.contains(a.lower()) && lists.surnames.contains(b.lower())
                    && !lists.notNames.contains(a.lower()) && !lists.notNames.contains(b.lower())
                    && !lists.surnames.contains(a.lower())) {
                out.add(new RecognizerResult(ENTITY, a.start(), b.end(), 0.4, "name: lower-case first name and surname"));
                return 2;
            }
        }
        return 1;
    }

    /** The titles TITLE_BEFORE knows: one list for the expression and for the cheap test before it. */
    private static final List<String> TITLE_WORDS = List.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam",
            "dame", "lady", "lord", "rev", "fr", "sr", "sra", "herr", "frau", "mme", "mlle");
    private static final java.util.regex.Pattern TITLE_BEFORE = java.util.regex.Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(" + String.join("|", TITLE_WORDS) + ")\\.?\\s{1,2}$");

    /** @return the title ("mrs") standing right before {@code start}, or null */
    static String titleBefore(CharSequence text, int start) {
        int from = Math.max(0, start - 12);
        if (!TITLE_WORDS.contains(wordBefore(text, from, start))) {
            return null; // the expression cannot match: its title is the word read here
        }
        java.util.regex.Matcher m = TITLE_BEFORE.matcher(text.subSequence(from, start));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The letters before {@code end} once up to four trailing spaces or line ends and then one dot are
     * passed over, in lower case: the only word TITLE_BEFORE can take as the title (a cheap test first).
     */
    private static String wordBefore(CharSequence text, int from, int end) {
        int e = end;
        while (e > from && end - e < 4 && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '\u0085'
                || text.charAt(e - 1) == '\u2028' || text.charAt(e - 1) == '\u2029')) {
            e--;
        }
        if (e > from && text.charAt(e - 1) == '.') {
            e--;
        }
        int s = e;
        while (s > from && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
    }

    /** The word after the run is a street or place type ("Gordon Terrace", "Inna Loop St."). */
    private static boolean placeFollows(CharSequence text, List<Word> words, int j) {
        if (j + 1 < words.size() && adjacent(text, words.get(j), words.get(j + 1))) {
            return PLACE_FOLLOWERS.contains(words.get(j + 1).lower());
        }
        return false;
    }

    /** A house number right before the run ("1812 Rue De La Gare", "188 Peter Zuidhove"): an address. */
    private static boolean numberBefore(CharSequence text, int start) {
        int k = start - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && k < start - 1 + 1 && Character.isDigit(text.charAt(k)) && k >= start - 3;
    }

    private boolean isCommon(Word w) {
        return lists.notNames.contains(w.lower());
    }

    private static boolean allCaps(List<Word> words, int i, int j) {
        for (int k = i; k <= j; k++) {
            if (!words.get(k).allCaps() && !words.get(k).initial()) {
                return false;
            }
        }
        return true;
    }

    private static boolean allProperCase(List<Word> words, int i, int j) {
        for (int k = i; k <= j; k++) {
            if (!words.get(k).capitalised() && !words.get(k).initial()) {
                return false;
            }
        }
        return true;
    }

    /** @return the phrase ending right before {@code start} that introduces a name, or null */
    static String introducer(CharSequence text, int start) {
        int from = Math.max(0, start - 16);
        String before = text.subSequence(from, start).toString().toLowerCase(Locale.ROOT).stripTrailing();
        for (String p : INTRODUCERS) {
            if (before.endsWith(p) && (before.length() == p.length()
                    || !Character.isLetter(before.charAt(before.length() - p.length() - 1)))) {
                return p;
            }
        }
        return null;
    }

    /** Words are adjacent when only spaces (at most two) or a tab stand between them, no line break. */
    private static boolean adjacent(CharSequence text, Word a, Word b) {
        int from = a.end();
        if (a.initial() && from < text.length() && text.charAt(from) == '.') {
            from++; // "P. Costa"
        }
        int gap = b.start() - from;
        if (gap < 1 || gap > 2) {
            return false;
        }
        for (int k = from; k < b.start(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Letter runs, with inner apostrophes and hyphens ("O'Neil", "Fritz-Armstrong"); "J." is an initial. */
    static List<Word> words(CharSequence text) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetter(text.charAt(i))
                    || (text.charAt(i) == '\'' || text.charAt(i) == '-' || text.charAt(i) == '\u2019')
                            && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i > s)) {
                i++;
            }
            String token = text.subSequence(s, i).toString();
            int apostrophe = Math.max(token.indexOf('\''), token.indexOf('\u2019'));
            if (apostrophe > 0 && CONTRACTIONS.contains(token.substring(apostrophe + 1).toLowerCase(Locale.ROOT))) {
                i = s + apostrophe; // "I'm", "Jennifer's": the word is what stands before the apostrophe
                token = token.substring(0, apostrophe);
            }
            boolean upperFirst = Character.isUpperCase(token.charAt(0));
            boolean initial = token.length() == 1 && upperFirst;
            boolean restLower = true;
            for (int k = 1; k < token.length(); k++) {
                if (Character.isUpperCase(token.charAt(k)) && k != 2 && !(k > 0 && !Character.isLetter(token.charAt(k - 1)))) {
                    restLower = false; // allows McX, O'X, X-Y
                }
            }
            boolean negation = apostrophe > 0 && token.length() == apostrophe && text.length() > i + 1
                    && Character.toLowerCase(text.charAt(i + 1)) == 't'; // "Don't", "Won't" are not names
            int end = i;
            if (initial && i < n && text.charAt(i) == '.') {
                end = i; // the dot is not part of the name span
            }
            boolean allCaps = token.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT)) && upperFirst;
            out.add(new Word(s, end, token.toLowerCase(Locale.ROOT), (upperFirst && restLower || allCaps) && !initial && !negation,
                    initial, allCaps));
        }
        return out;
    }
}
