package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * Names written in a script the name lists, all in Latin letters, hold only as transliterated (Cyrillic, Greek): two or
 * three capitalised words of the script a space apart, all in capitals or all in title case, none an institution's, one
 * ending as the script's surnames end, and a sign of a person: a given name the lists know once transliterated, a title
 * before the run, or (where a script's surnames end apart from its nouns) three words whose last two end as surnames do
 * (a given name, a father's, a family's). Not one word
 * alone (the engine finds a name's other mentions from the whole one). A text without capitals of the script costs one
 * look at each character.
 */
abstract class ScriptNameRecognizer implements Recognizer {

    /** Characters of a word looked at, at most. */
    private static final int LONGEST_WORD = 30;

    private final char first;
    private final char lastCapital;
    private final char lastLetter;
    private final List<String> endings;
    private final Set<String> notNames;
    private final List<String> titles;
    private final String explanation;
    private final boolean threeEndings;

    /**
     * @param first the script's first letter
     * @param lastCapital its last capital letter
     * @param lastLetter its last letter
     * @param endings how surnames (and patronymics) end, normal, longest first where one ends another
     * @param notNames institutions', places' and documents' words (normal), which no name of a person holds
     * @param titles the titles before a name, in lower case, without their full stop
     * @param explanation why a run was taken for a name, for the finding's explanation
     * @param threeEndings whether three words whose last two end as surnames do are a person's without a given name
     *     (a father's name and a family's: Cyrillic's patronymics; not Greek's, where any adjective or noun ends so)
     */
    ScriptNameRecognizer(char first, char lastCapital, char lastLetter, List<String> endings, Set<String> notNames,
            List<String> titles, String explanation, boolean threeEndings) {
        this.first = first;
        this.lastCapital = lastCapital;
        this.lastLetter = lastLetter;
        this.endings = endings;
        this.notNames = notNames;
        this.titles = titles;
        this.explanation = explanation;
        this.threeEndings = threeEndings;
    }

    /** Whether the character is a capital letter of the script. */
    final boolean capital(char c) {
        return c >= first && c <= lastCapital && Character.isUpperCase(c);
    }

    /** Whether the character is a letter of the script. */
    final boolean letter(char c) {
        return c >= first && c <= lastLetter && Character.isLetter(c);
    }

    /** A word as its endings, institutions' words and transliterations are written: lower case, and so on. */
    String normal(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** Whether a normal word is an institution's, a place's or a document's, which no name of a person holds. */
    final boolean notName(String normal) {
        return notNames.contains(normal);
    }

    /** The word's spellings in Latin letters, as the lists spell names; empty when it has letters of no table. */
    abstract List<String> transliterations(String normal);

    /**
     * Names found right after a name the run is (a parent's, as Greek documents give them), added to {@code out}.
     *
     * @param end where the name ends
     */
    void after(CharSequence text, int end, List<RecognizerResult> out) {
    }

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
            if (c < first || !capital(c) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i++;
                continue;
            }
            // a run of up to three capitalised words, one space apart
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
                if (end + 1 < n && text.charAt(end) == ' ' && capital(text.charAt(end + 1))) {
                    k = end + 1;
                } else {
                    break;
                }
            }
            int next = words == 0 ? i + 1 : ends[words - 1];
            if (words >= 2 && name(text, starts, ends, normals(text, starts, ends, words))) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(new RecognizerResult("PERSON", starts[0], ends[words - 1], 0.75, explanation));
                after(text, ends[words - 1], out);
            }
            i = Math.max(next, i + 1);
        }
        return out == null ? List.of() : out;
    }

    /**
     * @return where the capitalised word at {@code start} ends (letters of the script, and one hyphen between two parts),
     *     or -1 when none is there or it runs on into other letters or digits
     */
    int wordEnd(CharSequence text, int start) {
        int n = text.length();
        if (start >= n || !capital(text.charAt(start))) {
            return -1;
        }
        int k = start + 1;
        boolean hyphen = false;
        while (k < n && k - start <= LONGEST_WORD) {
            char c = text.charAt(k);
            if (letter(c)) {
                k++;
            } else if (c == '-' && !hyphen && k + 1 < n && capital(text.charAt(k + 1))) {
                hyphen = true;
                k++;
            } else {
                break;
            }
        }
        if (k - start < 2 || k - start > LONGEST_WORD || k < n && Character.isLetterOrDigit(text.charAt(k))) {
            return -1;
        }
        return k;
    }

    /**
     * Whether the run reads as a name: all its words capitalised alike (title case, or all in capitals), none an
     * institution's, one of them ending as a surname does, and a sign of a person ({@link #person}).
     */
    private boolean name(CharSequence text, int[] starts, int[] ends, String[] normals) {
        boolean anyEnding = false;
        boolean caps = allCaps(text, starts[0], ends[0]);
        // or the family name in capitals before the others in title case, as registers write it ("КОВАЛЕНКО Олена")
        // (three words, a patronymic last: "МАГАЗИН Виктория" is a shop's sign)
        boolean familyFirst = caps && normals.length == 3 && !allCaps(text, starts[1], ends[1]) && patronymic(normals[2]);
        for (int w = 0; w < normals.length; w++) {
            if (notName(normals[w]) || allCaps(text, starts[w], ends[w]) != (caps && !(familyFirst && w > 0))) {
                return false;
            }
            anyEnding |= surname(normals[w]);
        }
        return anyEnding && person(text, starts[0], normals);
    }

    /** Whether a normal word of four letters or more ends as a surname does. */
    final boolean surname(String normal) {
        if (normal.length() < 4) {
            return false;
        }
        for (String e : endings) {
            if (normal.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** The run's words, normal. */
    private String[] normals(CharSequence text, int[] starts, int[] ends, int words) {
        String[] normals = new String[words];
        for (int w = 0; w < words; w++) {
            normals[w] = normal(text.subSequence(starts[w], ends[w]).toString());
        }
        return normals;
    }

    /**
     * Whether the run is a person's beyond its ending: a given name the lists know, transliterated; a title before it;
     * or three words, the last two with a surname's ending (a given name, a father's, a family's), or the first with a
     * surname's and the last with a patronymic's (a family's, a given name, a father's: "КОВАЛЕНКО Олена Вікторівна").
     */
    private boolean person(CharSequence text, int start, String[] normals) {
        for (String normal : normals) {
            if (givenName(normal)) {
                return true;
            }
        }
        return threeEndings && normals.length == 3 && (surname(normals[1]) || surname(normals[0]) && patronymic(normals[2]))
                && surname(normals[2]) || titleBefore(text, start);
    }

    /** Whether a normal word ends as an East Slavic patronymic does ("Вікторівна", "Андрійович", "Ивановна"). */
    private static boolean patronymic(String normal) {
        return normal.length() > 5 && (normal.endsWith("вич") || normal.endsWith("вна") || normal.endsWith("ична"));
    }

    /** Whether the lists know a normal word, transliterated, as a given name. */
    boolean givenName(String normal) {
        NameLists lists = NameLists.get();
        for (String latin : transliterations(normal)) {
            if ((lists.kinds(latin) & NameLists.FIRST) != 0) {
                return true;
            }
        }
        return false;
    }

    private boolean titleBefore(CharSequence text, int start) {
        int k = start;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '.')) {
            k--;
        }
        String before = text.subSequence(Math.max(0, k - 6), k).toString().toLowerCase(Locale.ROOT);
        for (String t : titles) {
            if (before.endsWith(t) && (before.length() == t.length() || !Character.isLetter(before.charAt(before.length() - t.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    static boolean allCaps(CharSequence text, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return end - start > 1;
    }
}
