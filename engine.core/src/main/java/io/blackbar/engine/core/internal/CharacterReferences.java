package io.blackbar.engine.core.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The text as recognizers read it when it holds HTML's and XML's character references: {@code &#39;}, {@code &#x40;},
 * and the named ones of Latin-1 and a few more ({@code &eacute;}, {@code &nbsp;}, {@code &amp;}, {@code &rsquo;}), each
 * read as its character, which keeps the offset of the reference's {@code &}. A web form's export, a database dump of
 * one, or HTML pasted into a text writes "Seamus O&amp;#39;Neill", "Fran&amp;ccedil;ois", "jane&amp;#64;example.com":
 * read as written, the name was cut at the reference and its second part left, and the address was none. Only a
 * reference ended by its semicolon; a code point outside the Basic Multilingual Plane, a surrogate or NUL is left as
 * written, as is an unknown name.
 */
final class CharacterReferences {

    /** The names of U+00A0-U+00FF in order (HTML 4's Latin-1 entities). */
    private static final String LATIN1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg"
            + " plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc"
            + " Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc"
            + " Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig"
            + " ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash"
            + " ugrave uacute ucirc uuml yacute thorn yuml";
    private static final Map<String, Character> NAMED = new HashMap<>();
    /** The longest name known, and the longest numeric reference ("#x" and six digits, "#" and seven). */
    private static final int LONGEST = 8;

    static {
        String[] names = LATIN1.split(" ");
        for (int k = 0; k < names.length; k++) {
            NAMED.put(names[k], (char) (0xA0 + k));
        }
        Object[][] more = {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"OElig", '\u0152'},
            {"oelig", '\u0153'}, {"Scaron", '\u0160'}, {"scaron", '\u0161'}, {"Yuml", '\u0178'}, {"Zcaron", '\u017D'},
            {"zcaron", '\u017E'}, {"ndash", '\u2013'}, {"mdash", '\u2014'}, {"lsquo", '\u2018'}, {"rsquo", '\u2019'},
            {"sbquo", '\u201A'}, {"ldquo", '\u201C'}, {"rdquo", '\u201D'}, {"bdquo", '\u201E'}, {"hellip", '\u2026'},
            {"euro", '\u20AC'}, {"ensp", '\u2002'}, {"emsp", '\u2003'}, {"thinsp", '\u2009'}, {"zwnj", '\u200C'},
            {"zwj", '\u200D'}, {"commat", '@'}, {"period", '.'}, {"hyphen", '\u2010'}, {"minus", '\u2212'}};
        for (Object[] m : more) {
            NAMED.put((String) m[0], (Character) m[1]);
        }
    }

    private CharacterReferences() {
    }

    /** @return the view of {@code text} with its references read (no strings to cut findings at), or null when it has none */
    static JsonStrings.View decoded(String text) {
        int at = text.indexOf('&');
        if (at < 0) {
            return null;
        }
        int n = text.length();
        StringBuilder view = null;
        int[] offsets = null;
        int copied = 0; // the text before this is in the view
        for (; at >= 0; at = text.indexOf('&', at + 1)) {
            int semicolon = semicolon(text, at);
            int c = semicolon < 0 ? -1 : character(text, at + 1, semicolon);
            if (c < 0) {
                continue;
            }
            if (view == null) {
                view = new StringBuilder(n);
                offsets = new int[n + 1];
            }
            JsonStrings.copy(text, copied, at, view, offsets);
            offsets[view.length()] = at;
            view.append((char) c);
            copied = semicolon + 1;
            at = semicolon;
        }
        if (view == null) {
            return null;
        }
        JsonStrings.copy(text, copied, n, view, offsets);
        offsets[view.length()] = n;
        return new JsonStrings.View(view.toString(), java.util.Arrays.copyOf(offsets, view.length() + 1), new int[0], new int[0]);
    }

    /** @return the offset of the semicolon that may end a reference at {@code at}, within the longest one's reach; or -1 */
    private static int semicolon(String text, int at) {
        int end = Math.min(text.length(), at + LONGEST + 2);
        for (int i = at + 2; i < end; i++) {
            if (text.charAt(i) == ';') {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return the character of the reference at {@code at} (an {@code &}) and the offset after it, or null when none
     *     begins there
     */
    static int[] at(String text, int at) {
        int semicolon = text.charAt(at) == '&' ? semicolon(text, at) : -1;
        int c = semicolon < 0 ? -1 : character(text, at + 1, semicolon);
        return c < 0 ? null : new int[] {c, semicolon + 1};
    }

    /** @return the character the reference between {@code &} and {@code ;} ({@code [from, to)}) stands for, or -1 */
    private static int character(String text, int from, int to) {
        if (text.charAt(from) != '#') {
            Character c = NAMED.get(text.substring(from, to));
            return c == null ? -1 : c;
        }
        boolean hex = from + 1 < to && (text.charAt(from + 1) == 'x' || text.charAt(from + 1) == 'X');
        int digits = hex ? from + 2 : from + 1;
        if (digits >= to) {
            return -1;
        }
        int value = 0;
        for (int i = digits; i < to; i++) {
            int d = Character.digit(text.charAt(i), hex ? 16 : 10);
            if (d < 0 || text.charAt(i) > 'f') { // only ASCII's digits and letters
                return -1;
            }
            value = value * (hex ? 16 : 10) + d;
            if (value > 0xFFFF) {
                return -1;
            }
        }
        return value == 0 || Character.isSurrogate((char) value) ? -1 : value;
    }
}
