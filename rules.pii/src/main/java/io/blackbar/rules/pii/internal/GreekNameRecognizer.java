package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * Names written in Greek letters, which the name lists, all in Latin letters, hold only as transliterated: two or three
 * capitalised Greek words ("Νικόλαος Κωνσταντίνου", "ΠΑΠΑΔΟΠΟΥΛΟΥ ΕΛΕΝΗ", surname first as Greek forms write it), one
 * ending as Greek surnames do ("-όπουλος", "-ίδης", "-άκης", "-ου" ...), and a given name the lists know once
 * transliterated (with and without accents, in capitals or not), or a title before the run ("κ.", "κα", "Δρ."). And a
 * parent's given name after a name, in the genitive as forms give it ("ΠΑΠΑΔΟΠΟΥΛΟΥ ΕΛΕΝΗ του Γεωργίου και της
 * Μαρίας"). Not a run with an institution's, a place's or a date's word ("Τράπεζα Πειραιώς", "Αγίου Νικολάου", "Δήμου
 * Αθηναίων"). How a run is read: {@link ScriptNameRecognizer}.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PERSON", frameworks = {"pii", "gdpr", "hipaa"})
public class GreekNameRecognizer extends ScriptNameRecognizer {

    /** How surnames end (normal: lower case, no accents, a final sigma as σ), masculine and feminine. */
    private static final List<String> SURNAME_ENDINGS = List.of("πουλοσ", "ιδησ", "αδησ", "ακησ", "ατοσ", "ελλησ", "ιτησ",
            "ακοσ", "ογλου", "ου", "ακη", "ιδη", "οσ", "ησ", "ασ", "η", "α");

    /** Words of institutions, places, documents and dates that a capitalised run may hold (normal). */
    private static final Set<String> NOT_NAME_WORDS = Set.of("αγιοσ", "αγια", "αγιου", "αγιασ", "αγιων", "οδοσ", "οδου",
            "λεωφοροσ", "λεωφορου", "πλατεια", "πλατειασ", "δημοσ", "δημου", "νομοσ", "νομου", "περιφερεια", "περιφερειασ",
            "υπουργειο", "υπουργειου", "τραπεζα", "τραπεζασ", "εταιρεια", "εταιρειασ", "πανεπιστημιο", "πανεπιστημιου",
            "νοσοκομειο", "νοσοκομειου", "γενικο", "γενικου", "κεντρο", "κεντρου", "ελληνικη", "ελληνικησ", "ελλαδα",
            "ελλαδοσ", "δημοκρατια", "δημοκρατιασ", "αθηνα", "αθηνων", "θεσσαλονικη", "θεσσαλονικησ", "πειραιασ", "πειραια",
            "πειραιωσ", "ανωνυμη", "εθνικη", "εθνικησ", "δικαστηριο", "δικαστηριου", "πρωτοδικειο", "πρωτοδικειου",
            "ειρηνοδικειο", "ειρηνοδικειου", "εφετειο", "εφετειου", "αστυνομια", "αστυνομιασ", "σχολη", "σχολησ", "σχολειο",
            "λυκειο", "γυμνασιο", "σωματειο", "συλλογοσ", "ταμειο", "ταμειου", "υπηρεσια", "υπηρεσιασ", "διευθυνση",
            "διευθυνσησ", "τμημα", "τμηματοσ", "νεα", "νεασ", "νεο", "νεου", "ανω", "κατω", "μεγαλη", "μεγαλο", "ιερα",
            "ιερου", "μονη", "μονησ", "εκκλησια", "εκκλησιασ", "αρθρο", "κανονισμοσ", "συμβαση", "βεβαιωση", "αιτηση",
            "δηλωση", "υπευθυνη", "ιανουαριου", "φεβρουαριου", "μαρτιου", "απριλιου", "μαιου", "ιουνιου", "ιουλιου",
            "αυγουστου", "σεπτεμβριου", "οκτωβριου", "νοεμβριου", "δεκεμβριου", "δευτερα", "τριτη", "τεταρτη", "πεμπτη",
            "σαββατο", "χριστουγεννα", "πασχα", "καλα", "καλη", "χρονια", "πολλα", "ευχαριστω", "αγαπητε", "αγαπητη", "κυριε",
            "κυρια", "κυριοσ", "κυριου", "ψηφιακη", "ηλεκτρονικη", "κοινωνικη", "ασφαλιση", "ασφαλισησ", "ομιλοσ", "ομιλου",
            "κτιριο", "μουσειο", "πολη", "πολησ", "χωρα", "χωριο", "νησι", "για", "και", "στον", "στην", "στο", "απο", "προσ",
            "μετα", "κατα", "οταν", "οπωσ", "ολοι", "ολεσ", "εμεισ", "εσεισ", "αυτοσ", "αυτη", "αυτο",
            // a review's headings and institutions: a clinic, a foundation, a report, results, a decision, a committee,
            // an examination
            "κλινικη", "κλινικησ", "ιδρυμα", "ιδρυματοσ", "εκθεση", "εκθεσησ", "αποτελεσματα", "αποφαση", "αποφασησ",
            "επιτροπη", "επιτροπησ", "εξεταση", "εξετασησ", "ιατρικη", "ιατρικησ", "εργαστηριακη", "εργαστηριακησ");

    /**
     * Greek given names the lists lack, formal and familiar (normal): the lists hold names in Latin letters from
     * English-speaking and other sources, where "Eirini", "Giorgos", "Stavroula" or "Charalampos" are rare.
     */
    private static final Set<String> GIVEN = Set.of("ειρηνη", "αικατερινη", "κατερινα", "γιωργοσ", "γεωργιοσ", "γιαννησ",
            "ιωαννησ", "ιωαννα", "δημητρησ", "δημητριοσ", "δημητρα", "κωστασ", "κωνσταντινοσ", "κωνσταντινα", "νικοσ",
            "νικολαοσ", "βασιλησ", "βασιλειοσ", "βασιλικη", "παναγιωτησ", "παναγιωτα", "σταυρουλα", "σταυροσ", "χαραλαμποσ",
            "μπαμπησ", "χρυσα", "χρυσουλα", "δεσποινα", "σωτηρησ", "σωτηριοσ", "σωτηρια", "ευαγγελοσ", "βαγγελησ",
            "ευαγγελια", "θανασησ", "αθανασιοσ", "αθανασια", "αγγελικη", "αγγελοσ", "κυριακη", "κυριακοσ", "παρασκευη",
            "θεοδωρα", "θεοδωροσ", "φωτεινη", "φωτησ", "ευθυμιοσ", "ευθυμια", "στυλιανοσ", "στελιοσ", "στυλιανη", "στελλα",
            "αποστολοσ", "αθηνα", "ανδρεασ", "αντωνησ", "αντωνιοσ", "αντωνια", "μιχαλησ", "μιχαηλ", "εμμανουηλ", "μανωλησ",
            "ηλιασ", "αλεξανδροσ", "αλεξανδρα", "ελευθεριοσ", "λευτερησ", "ελευθερια", "αργυρω", "ζωη", "σπυροσ", "σπυριδων",
            "σπυριδουλα", "χρηστοσ", "χριστινα", "χρυσοστομοσ", "μαρια", "ελενη", "σοφια", "αννα", "γεωργια", "ευτυχια",
            "πετροσ", "παυλοσ", "θωμασ", "ιωσηφ", "ιασονασ", "οδυσσεασ", "αχιλλεασ", "περικλησ", "αριστοτελησ", "σωκρατησ",
            "μαριοσ", "μαρκοσ", "λουκασ", "φιλιπποσ", "γρηγοριοσ", "γρηγορησ", "ευστρατιοσ", "στρατοσ", "προκοπησ",
            "τασοσ", "αναστασιοσ", "αναστασια", "πολυχρονησ", "ραφαηλ", "ξενοφων", "ξανθη", "ξανθιπποσ", "ευανθια",
            "ολγα", "ροδουλα", "ρενα", "νεκταρια", "νεκταριοσ", "μαγδαληνη", "μαργαριτα", "πηνελοπη", "ευγενια", "ευδοκια",
            "χαρικλεια", "χαρα", "ολυμπια", "καλλιοπη", "ασπασια", "αφροδιτη", "δαναη", "ιφιγενεια", "ηλεκτρα", "ιουλια",
            "μυρτω", "νικολετα", "βασω", "λενα", "νατασα", "φανη", "φωφω", "ντινα", "τζενη", "κικη", "κουλα");

    /** Titles before a name, in lower case ("κ." Mr, "κα" Mrs, "Δρ." Dr, "Καθ." Prof). */
    private static final List<String> TITLES = List.of("κ", "κα", "κος", "κας", "δρ", "δρα", "καθ", "κυρία", "κύριος",
            "κυρίας", "κυρίου", "κυρια", "κυριος");

    public GreekNameRecognizer() {
        super('\u0386', '\u03AB', '\u03CE', SURNAME_ENDINGS, NOT_NAME_WORDS, TITLES,
                "name: Greek words, a surname's ending and a given name", false);
    }

    /** Lower case, without accents or diaeresis, a final sigma as σ ("Παπαδόπουλος", "ΠΑΠΑΔΟΠΟΥΛΟΣ": "παπαδοπουλοσ"). */
    @Override
    String normal(String word) {
        return NameLists.unmarked(word.toLowerCase(Locale.ROOT)).replace('ς', 'σ');
    }

    /** A given name of {@link #GIVEN}, or one the lists know transliterated. */
    @Override
    boolean givenName(String normal) {
        return GIVEN.contains(normal) || super.givenName(normal);
    }

    /**
     * A parent's given name after a name, in the genitive: "του Γεωργίου" (the father's), "και της Μαρίας" (the
     * mother's), each known to the lists once put back in the nominative.
     */
    @Override
    void after(CharSequence text, int end, List<RecognizerResult> out) {
        int k = end;
        for (int parent = 0; parent < 2; parent++) {
            k = skip(text, k, ",");
            if (parent == 1) {
                int and = skip(text, k, "και");
                if (and == k) {
                    return;
                }
                k = and;
            }
            int article = skip(text, k, "του");
            article = article == k ? skip(text, k, "της") : article;
            if (article == k || article >= text.length() || text.charAt(article - 1) != ' ') {
                return;
            }
            int wordEnd = wordEnd(text, article);
            if (wordEnd < 0) {
                return;
            }
            String normal = normal(text.subSequence(article, wordEnd).toString());
            if (notName(normal) || !givenNameInAnyCase(normal)) {
                return;
            }
            out.add(new RecognizerResult("PERSON", article, wordEnd, 0.7, "name: a parent's given name after a Greek name"));
            k = wordEnd;
        }
    }

    /**
     * Past spaces, then the word (or mark, in lower case or capitals) at {@code k}, and the spaces after it; {@code k}
     * when it is not there.
     */
    private static int skip(CharSequence text, int k, String word) {
        int n = text.length();
        int i = k;
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        if (i + word.length() > n || !text.subSequence(i, i + word.length()).toString().toLowerCase(Locale.ROOT).equals(word)
                || i + word.length() < n && Character.isLetter(text.charAt(i + word.length()))) {
            return k;
        }
        i += word.length();
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Whether the word, or the nominative its genitive comes from ("γεωργιου": "γεωργιοσ", "μαριασ": "μαρια"), is a given name. */
    private boolean givenNameInAnyCase(String normal) {
        if (givenName(normal)) {
            return true;
        }
        int n = normal.length();
        if (normal.endsWith("ου")) {
            return givenName(normal.substring(0, n - 2) + "οσ");
        }
        if (normal.endsWith("ασ") || normal.endsWith("ησ")) {
            return givenName(normal.substring(0, n - 1));
        }
        if (normal.endsWith("η") || normal.endsWith("α")) {
            return givenName(normal + "σ");
        }
        return false;
    }

    /** Latin letters for one Greek letter or pair, in two systems: as passports spell them, and as they sound. */
    private static final String[][] PAIRS = {{"ου", "ou", "ou"}, {"αυ", "av", "av"}, {"ευ", "ev", "ev"}, {"γγ", "ng", "ng"},
        {"γκ", "gk", "g"}, {"μπ", "mp", "b"}, {"ντ", "nt", "d"}, {"αι", "ai", "e"}, {"ει", "ei", "i"}, {"οι", "oi", "i"},
        {"α", "a", "a"}, {"β", "v", "v"}, {"γ", "g", "g"}, {"δ", "d", "d"}, {"ε", "e", "e"}, {"ζ", "z", "z"}, {"η", "i", "i"},
        {"θ", "th", "th"}, {"ι", "i", "i"}, {"κ", "k", "k"}, {"λ", "l", "l"}, {"μ", "m", "m"}, {"ν", "n", "n"},
        {"ξ", "x", "x"}, {"ο", "o", "o"}, {"π", "p", "p"}, {"ρ", "r", "r"}, {"σ", "s", "s"}, {"τ", "t", "t"},
        {"υ", "y", "i"}, {"φ", "f", "f"}, {"χ", "ch", "h"}, {"ψ", "ps", "ps"}, {"ω", "o", "o"}, {"-", "-", "-"}};

    /** The word in Latin letters as passports spell it ("eirini", "christos") and as it sounds ("irini", "hristos"). */
    @Override
    List<String> transliterations(String normal) {
        StringBuilder passport = new StringBuilder();
        StringBuilder sound = new StringBuilder();
        int k = 0;
        next:
        while (k < normal.length()) {
            for (String[] p : PAIRS) {
                if (normal.startsWith(p[0], k)) {
                    passport.append(p[1]);
                    sound.append(p[2]);
                    k += p[0].length();
                    continue next;
                }
            }
            return List.of();
        }
        String a = passport.toString();
        String b = sound.toString();
        return a.equals(b) ? List.of(a) : List.of(a, b);
    }
}
