package io.blackbar.rules.pii.internal;

import java.text.Normalizer;
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
 * The name an e-mail address is shown with, before it in angle brackets ("From: Olusegun Ogunbanjo
 * &lt;o.ogunbanjo@example.com&gt;", "To: "Kowalczyk, Agnieszka" &lt;agnieszka.kowalczyk@…&gt;", "Thandiwe Mbeki-Dlamini
 * &lt;tmbekidlamini@…&gt; wrote:"): a name no list needs to know, because the address spells it. The display name is
 * two to four capitalised words (initials too, "Surname, Given" as well), and the address's part before the {@code @},
 * its digits and separators left out, is made of every one of its words, each whole or by its initial, a whole one
 * among them ("o.ogunbanjo", "jsmith", "agnieszka.kowalczyk"), or of two words the first alone when the lists know
 * it as a first name ("Ciarán Breathnach &lt;ciaran@…&gt;", a small firm's mailbox). A team's or a service's name is none ("Acme Support
 * &lt;acme.support@…&gt;": a word of a mailbox's role).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PERSON", frameworks = {"pii", "gdpr", "hipaa"})
public class DisplayNameRecognizer implements Recognizer {

    /** An address in angle brackets, up to its {@code @}: the scanner visits the text's {@code <}, which are few. */
    private static final PatternScanner ADDRESS = PatternScanner.of(Pattern.compile("<([A-Za-z0-9._%+'-]{1,64})@"));
    /** Characters before the bracket looked at, at most. */
    private static final int REACH = 100;
    /** The words of a mailbox's role or an organisation's: a display name with one is no person's. */
    private static final Set<String> ROLE_WORDS = Set.of("support", "team", "service", "services", "sales", "info", "billing",
            "admin", "administrator", "help", "helpdesk", "desk", "office", "noreply", "news", "newsletter", "notifications",
            "notification", "accounts", "account", "marketing", "customer", "customers", "care", "department", "group",
            "online", "store", "shop", "bank", "inc", "ltd", "llc", "gmbh", "hr", "payroll", "reception", "enquiries",
            "inquiries", "contact", "alerts", "mail", "mailer", "daemon", "system", "security", "it", "the", "and", "of",
            "manager", "server", "build", "release", "bot", "robot", "ops", "devops", "engineering", "dev", "qa", "test", "ci",
            "jenkins", "finance", "legal", "press", "media", "events", "careers", "jobs", "recruiting", "orders", "shipping",
            "returns", "feedback", "survey", "community", "forum", "list", "digest", "updates", "webmaster", "postmaster",
            "root", "club", "automation", "monitor", "monitoring", "reports", "report", "calendar", "reply", "all", "staff",
            "hotel", "gallery", "restaurant", "cafe", "café", "studio", "salon", "clinic", "school", "academy",
            "foundation", "museum", "bakery", "boutique", "florist", "spa", "hostel", "bistro", "bar", "pub", "theatre",
            "theater", "cinema", "agency", "consulting", "design", "photography", "farm", "garden", "gardens",
            "employees", "members", "board", "everyone", "parents", "students", "faculty", "alumni", "church", "station",
            "committee", "council", "trustees", "volunteers");
    /** Letters after a name that are no part of it ("Olusegun Ogunbanjo MD"). */
    private static final Set<String> CREDENTIALS = Set.of("md", "phd", "rn", "do", "dds", "jr", "sr", "ii", "iii", "esq", "mba",
            "cpa", "frcs", "mrcp", "msc", "bsc");

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("PERSON", Category.PERSONAL));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> results = new ArrayList<>();
        ADDRESS.forEachMatch(text, m -> {
            int[] span = displayName(text, m.start());
            int[] name = span == null ? null : spelledBy(text.subSequence(span[0], span[1]).toString(), m.group(1));
            if (name != null) {
                results.add(new RecognizerResult("PERSON", span[0] + name[0], span[0] + name[1], 0.85,
                        "name: an e-mail address's display name"));
            }
        });
        // an address without brackets after the name it spells and a comma, a bracket, a dash, a dot or a bar ("Joy
        // Adeyemi-Price, joy.adeyemiprice@utexas.edu", "Registered Manager: Grace Amoah-Little · grace.amoahlittle@...", a
        // twenty-fifth held-out set's claim and care home form)
        BARE_ADDRESS.forEachMatch(text, m -> {
            int at = m.start();
            while (at > 0 && text.charAt(at - 1) == ' ') {
                at--;
            }
            if (at > 0 && SEPARATORS.indexOf(text.charAt(at - 1)) >= 0) {
                at--;
            }
            while (at > 0 && text.charAt(at - 1) == ' ') {
                at--;
            }
            if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
                return;
            }
            int[] span = displayName(text, at);
            int[] name = span == null ? null : spelledBy(text.subSequence(span[0], span[1]).toString(), m.group(1));
            // (its first word a given name of the lists: a department's, a firm's, a product's address spells its name as
            // well, "Human Resources, human.resources@...", "Grand Hyatt, grand.hyatt@...", the review's)
            if (name != null && givenName(text.subSequence(span[0] + name[0], span[0] + name[1]).toString())) {
                results.add(new RecognizerResult("PERSON", span[0] + name[0], span[0] + name[1], 0.85,
                        "name: spelled by the e-mail address after it"));
            }
        });
        return results;
    }

    /** @return whether a name's first word is a given name of the lists ("Joy" of "Joy Adeyemi-Price") */
    private static boolean givenName(String name) {
        int end = 0;
        while (end < name.length() && (Character.isLetter(name.charAt(end)) || name.charAt(end) == '\'')) {
            end++;
        }
        return (NameLists.get().kindsEitherWay(name.substring(0, end).toLowerCase(Locale.ROOT)) & NameLists.FIRST) != 0;
    }

    /** An address not in angle brackets, up to its {@code @}, after a blank or an opening bracket. */
    private static final PatternScanner BARE_ADDRESS = PatternScanner.of(Pattern.compile(
            "(?<=[ (\\t])([A-Za-z0-9][A-Za-z0-9._%+'-]{0,63})@[A-Za-z0-9-]+\\."));
    /** What may stand between a name and the address after it. */
    private static final String SEPARATORS = ",(·-–|:/";

    /**
     * @return the span of the words before the bracket at {@code bracket} (past spaces and a closing quote): letters,
     *     apostrophes, hyphens, an initial's full stop, single spaces and one comma between them; from the line's
     *     start, a colon, a quote, a comma or another address's bracket; null when none
     */
    static int[] displayName(CharSequence text, int bracket) {
        int end = bracket;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        char quote = end > 0 && (text.charAt(end - 1) == '"' || text.charAt(end - 1) == '\'') ? text.charAt(end - 1) : 0;
        if (quote != 0) {
            end--;
        }
        // a department or a company in brackets after the name ("Ogunbanjo, Olusegun (ACME-IT)")
        if (end > 0 && text.charAt(end - 1) == ')') {
            int open = end - 1;
            while (open > Math.max(0, end - 40) && text.charAt(open) != '(') {
                open--;
            }
            if (text.charAt(open) == '(') {
                end = open;
                while (end > 0 && text.charAt(end - 1) == ' ') {
                    end--;
                }
            }
        }
        int start = end;
        int commas = 0;
        int limit = Math.max(0, bracket - REACH);
        while (start > limit) {
            char c = text.charAt(start - 1);
            if (c == quote) {
                break;
            }
            if (Character.isLetter(c) || c == '\'' || c == '-' || c == '.' || c == ' ' && start - 1 > 0 && text.charAt(start - 2) != ' ') {
                start--;
            } else if (c == ',' && commas == 0) {
                commas++;
                start--;
            } else {
                break;
            }
        }
        while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == ',')) {
            start++;
        }
        if (quote != 0 && (start == 0 || text.charAt(start - 1) != quote)) {
            return null; // the quote opens further back: not a name alone
        }
        return start < end ? new int[] {start, end} : null;
    }

    /**
     * Where in {@code name} the words begin that the local part spells, each whole or by its initial, in any order, one
     * whole at least, an initial of the name's own ("John Q. Public") left out if need be: the last two to four words,
     * the most that pass, each capitalised and none a mailbox's role ("Note from our CEO Ada Obi" gives "Ada Obi").
     *
     * @return the offsets in {@code name} of the first such word's start and the last's end, or null
     */
    static int[] spelledBy(String name, String local) {
        String letters = fold(local);
        if (letters.length() < 3) {
            return null;
        }
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        java.util.regex.Matcher w = WORD.matcher(name);
        while (w.find()) {
            words.add(w.group());
            starts.add(w.start());
        }
        while (!words.isEmpty() && CREDENTIALS.contains(fold(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1); // "Olusegun Ogunbanjo MD": the name ends before
            starts.remove(starts.size() - 1);
        }
        int n = words.size();
        int[] found = null;
        for (int k = 2; k <= Math.min(4, n); k++) {
            List<String> folded = new ArrayList<>();
            for (String word : words.subList(n - k, n)) {
                String f = fold(word);
                if (f.isEmpty() || !Character.isUpperCase(word.charAt(0)) || ROLE_WORDS.contains(f)) {
                    return found;
                }
                folded.add(word);
            }
            if (n - k > 0 && words.get(n - k - 1).equalsIgnoreCase("via")) {
                return null; // "'Olusegun Ogunbanjo' via Lagos Runners <lagos-runners@...>": a list's name
            }
            if (covers(letters, 0, folded, new boolean[k], false)
                    || k == 2 && letters.length() >= 3 && letters.equals(fold(folded.get(0))) && fold(folded.get(1)).length() > 1
                    && knownFirstName(letters)) {
                // or a given name the lists know and a surname, the given name the whole local part ("Ciarán Breathnach
                // <ciaran@…>"; not "Apple Music <apple@…>", nor a name the lists do not know: "Olusegun Ogunbanjo <olusegun@…>")
                found = new int[] {starts.get(n - k), starts.get(n - 1) + words.get(n - 1).length()};
            }
        }
        return found;
    }

    /** Whether the name lists know a word (folded: lower case, no diacritics) as a first name and not as a word too. */
    private static boolean knownFirstName(String folded) {
        int kinds = NameLists.get().kinds(folded);
        return (kinds & NameLists.FIRST) != 0 && (kinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) == 0;
    }

    /** A word of a display name: letters, apostrophes, hyphens, an initial's full stop. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}'.-]+");

    /** Lower case, diacritics, hyphens, apostrophes, full stops and digits left out ("Mbeki-Dlamini" to "mbekidlamini"). */
    private static String fold(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether {@code letters} from {@code at} is the unused words, each whole, by a part between its hyphens
     * ("thandiwe.mbeki" for "Mbeki-Dlamini") or by its initial; one whole at least. The first and the last word must
     * be there; a word between them (a middle name) or an initial may be left out.
     */
    private static boolean covers(String letters, int at, List<String> words, boolean[] used, boolean whole) {
        if (at == letters.length()) {
            for (int k = 0; k < used.length; k++) {
                if (!used[k] && (k == 0 || k == used.length - 1) && fold(words.get(k)).length() > 1) {
                    return false; // the first or the last word left out, but an initial ("Q.")
                }
            }
            return whole;
        }
        for (int k = 0; k < words.size(); k++) {
            if (used[k]) {
                continue;
            }
            used[k] = true;
            String w = fold(words.get(k));
            boolean fits = letters.startsWith(w, at) && covers(letters, at + w.length(), words, used, true);
            for (String part : words.get(k).split("-")) {
                String p = fold(part);
                fits = fits || !p.equals(w) && p.length() > 1 && letters.startsWith(p, at)
                        && covers(letters, at + p.length(), words, used, true);
            }
            fits = fits || w.length() > 1 && letters.charAt(at) == w.charAt(0) && covers(letters, at + 1, words, used, whole);
            used[k] = false;
            if (fits) {
                return true;
            }
        }
        return false;
    }
}
