package io.blackbar.engine.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name's case forms in the languages that decline names (Polish, Czech, Slovak, the South Slavic languages, Lithuanian,
 * Hungarian): "Tomasz Wiśniewski" is "Tomasza Wiśniewskiego" in the genitive, "Paweł Kaczmarczyk" "Pawłem
 * Kaczmarczykiem" in the instrumental, "Procházková" "Procházkovou", "Katarzyna" "Katarzyny". A form is a found name's
 * word, less its last vowel or the fleeting "e" before its last consonant, and one of the languages' endings; read only
 * in a text written with those languages' letters, so that an English or a German text's "Hall" is no "Halle", nor its
 * "Stein" "Steine".
 */
final class Inflections {

    /** A word must have this many characters or more for its forms to be looked for; a stem four (the prefix key's). */
    static final int MIN_WORD = 5;
    private static final int MIN_STEM = 4;
    /** How many of the letters below a text needs: one accented place name in English text is not enough. */
    private static final int MIN_LETTERS = 3;

    /**
     * Letters that only the declining languages write (Polish ą ę ł ń ś ź ż ć, Czech and Slovak ř ě ů ď ť ň ľ ĺ ŕ, South
     * Slavic đ, Lithuanian ė į ų ū, Hungarian ő ű, and the č š ž they share), capitals too.
     */
    private static final String LETTERS = "ąęłńśźżćřěůďťňľĺŕđėįųūőűčšžĄĘŁŃŚŹŻĆŘĚŮĎŤŇĽĹŔĐĖĮŲŪŐŰČŠŽ";

    /**
     * The endings a declined name takes after its stem, in lower case: Polish (a, u, owi, em, iem, ie, y, i, ą, ę, ego,
     * iego, emu, iemu, ym, im, ej, iej, ów, owa, ową, owej, owie), Czech and Slovak (ovi, e, é, ou, ové, ová, ovou,
     * ého, ému, ým, í, ě, ovej, ovú), South Slavic (om, ju, oj), Lithuanian (o, ui, ai, ei), Hungarian (nak, nek,
     * val, vel, hoz, hez, höz, tól, től, nál, nél, ról, ről, ért).
     */
    private static final Set<String> ENDINGS = Set.of("a", "u", "owi", "em", "iem", "ie", "y", "i", "ą", "ę", "ego", "iego",
            "emu", "iemu", "ym", "im", "ej", "iej", "ów", "owa", "ową", "owej", "owie", "ovi", "e", "é", "ou", "ové", "ová",
            "ovou", "ého", "ému", "ým", "í", "ě", "ovej", "ovú", "om", "ju", "oj", "o", "ui", "ai", "ei", "nak", "nek", "val",
            "vel", "hoz", "hez", "höz", "tól", "től", "nál", "nél", "ról", "ről", "ért");
    private static final int MAX_ENDING = 4;
    private static final String VOWELS = "aeiouyáéíóúýąęěůőűöüė";

    private Inflections() {
    }

    /** @return whether a text is written with the declining languages' letters ({@link #LETTERS}) */
    static boolean declining(char[] text) {
        int seen = 0;
        for (char c : text) {
            if (c >= 0x0100 && c < 0x0180 && LETTERS.indexOf(c) >= 0 && ++seen >= MIN_LETTERS) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the stems of a capitalised word of a name, to which {@link #ENDINGS} are added: the word less its last
     *     vowel ("Katarzyna": "Katarzyn"), the word itself after a consonant ("Tomasz"), and less a fleeting "e" before
     *     its last consonant ("Paweł": "Pawł", "Marek": "Mark"); none for a word in capitals or shorter than {@link
     *     #MIN_WORD}. The word is letters only: the caller splits a name at anything else ("O'Neill", "Smith-Jones")
     */
    static List<String> stems(String word) {
        int n = word.length();
        List<String> out = new ArrayList<>(2);
        if (n < MIN_WORD || !Character.isUpperCase(word.charAt(0)) || !Character.isLowerCase(word.charAt(n - 1))) {
            return out;
        }
        char last = word.charAt(n - 1);
        if (vowel(last)) {
            if (n - 1 >= MIN_STEM) {
                out.add(word.substring(0, n - 1));
            }
        } else {
            out.add(word);
            if (word.charAt(n - 2) == 'e' && !vowel(word.charAt(n - 3)) && n - 1 >= MIN_STEM) {
                out.add(word.substring(0, n - 2) + last);
            }
        }
        return out;
    }

    /**
     * @return the end of the word whose stem ends at {@code from} when the rest of it is one of {@link #ENDINGS}, or -1
     */
    static int formEnd(char[] text, int from) {
        int end = from;
        while (end < text.length && end - from <= MAX_ENDING && Character.isLetter(text[end])) {
            end++;
        }
        if (end == from || end - from > MAX_ENDING || end < text.length && Character.isLetterOrDigit(text[end])) {
            return -1;
        }
        String ending = new String(text, from, end - from);
        return ENDINGS.contains(ending) ? end : -1;
    }

    private static boolean vowel(char c) {
        return VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
    }
}
