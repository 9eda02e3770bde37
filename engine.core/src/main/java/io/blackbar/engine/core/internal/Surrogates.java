package io.blackbar.engine.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Deterministic surrogates: HMAC-SHA256 under the request's key drives the choice, so the same value gets the same
 * surrogate and nothing of the value can be read back. Values come from ranges that are reserved or never issued.
 *
 * <p>The same value is the same however it is written: the key is its canonical form (typographic and wide characters
 * folded, case ignored; of a number or code, only its letters and digits), and the surrogate takes the spelling's shape
 * (its separators, and for a name its capitals). So "078-05-1120", "078 05 1120" and "078051120" stay one SSN, and "Jane
 * Doe", "JANE DOE", "jane doe" and "Doe, Jane" one person; a name's words are drawn one by one, so "Doe" alone is the
 * same surname as in "Jane Doe".
 */
final class Surrogates {

    /** Surrogate first and last names: 48 of each, so that two people seldom get the same one. */
    private static final List<String> FIRST = List.of("Alex", "Robin", "Sam", "Jordan", "Casey", "Morgan", "Taylor",
            "Jamie", "Avery", "Riley", "Quinn", "Drew", "Parker", "Reese", "Rowan", "Sage", "Blake", "Cameron",
            "Dakota", "Emerson", "Finley", "Harper", "Hayden", "Jesse", "Kai", "Kendall", "Lee", "Logan", "Marley",
            "Noel", "Oakley", "Peyton", "Remy", "Skyler", "Tatum", "Toby", "Val", "Wren", "Ash", "Bailey", "Charlie",
            "Devon", "Eden", "Frankie", "Gray", "Indy", "Jules", "Lane");
    private static final List<String> LAST = List.of("Doe", "Roe", "Poe", "Moe", "Loe", "Hale", "Vale", "Dale",
            "Gale", "Lane", "Shaw", "Ward", "Reed", "Page", "Fox", "Lee", "Ash", "Birch", "Cole", "Dunn", "Ellis",
            "Frost", "Grant", "Hart", "Ives", "Joyce", "Kerr", "Lowe", "Marsh", "Nash", "Oakes", "Price", "Quill",
            "Rowe", "Stone", "Tate", "Vance", "Wells", "Yates", "Booth", "Cross", "Drake", "Finch", "Glen", "Hollis",
            "Keane", "Lark", "Moss");

    private Surrogates() {
    }

    static String of(String entityType, String value, String key) {
        String type = entityType.toUpperCase(Locale.ROOT);
        List<Unit> units = units(value);
        if (Detector.isName(type)) {
            return name(type, decoded(units), key);
        }
        Stream s = new Stream(key, type + '\u0000' + canonical(decoded(units), type));
        if (type.contains("EMAIL")) {
            return "user" + s.digits(6) + "@example.com";
        }
        if (type.contains("PHONE") || type.contains("FAX")) {
            return phone(units, s);
        }
        if (type.equals("US_SSN")) {
            String digits = "9" + s.digits(8); // the 9xx area is never issued
            return digitCount(units) == 9 ? pour(units, digits)
                    : digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
        }
        if (type.contains("CREDIT_CARD") || type.equals("PAN")) {
            return card(units, s);
        }
        return shape(units, s);
    }

    /**
     * One character of a value as written: a plain character, or a character reference ({@code &#160;}) or a JSON
     * escape ({@code \u00a0}) standing for one. A surrogate keeps the value's spelling for what it keeps (separators)
     * and replaces what it replaces whole: the digits of {@code &#32;} are no digits of a card number.
     */
    private record Unit(String written, char c) {
    }

    private static List<Unit> units(String value) {
        List<Unit> units = new java.util.ArrayList<>(value.length());
        for (int i = 0; i < value.length();) {
            char c = value.charAt(i);
            int[] reference = c == '&' ? CharacterReferences.at(value, i) : null;
            int escape = c == '\\' && i + 1 < value.length() ? JsonStrings.escaped(value, i) : -1;
            int end = reference != null ? reference[1] : escape >= 0 ? i + JsonStrings.escapeLength(value, i) : i + 1;
            char meant = reference != null ? (char) reference[0] : escape >= 0 ? (char) escape : c;
            units.add(new Unit(value.substring(i, end), FoldedText.fold(meant)));
            i = end;
        }
        return units;
    }

    /** @return the value as read: references and escapes decoded, typographic and wide forms folded, accents composed */
    private static String decoded(List<Unit> units) {
        StringBuilder b = new StringBuilder(units.size());
        units.forEach(u -> b.append(u.c()));
        return java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFC);
    }

    /**
     * @return what is the same however the value is written: in small letters; of a number or code, without its spaces,
     *     dashes and brackets ("078-05-1120" is "078 05 1120"; an e-mail address and an IP address keep their dots)
     */
    private static String canonical(String decoded, String type) {
        String small = decoded.strip().toLowerCase(Locale.ROOT);
        return type.contains("EMAIL") ? small : small.replaceAll("[\\s\\-()]", "");
    }

    /** Titles and suffixes written with a name, which are no part of whom it names. */
    private static final java.util.Set<String> NOT_NAME_WORDS = java.util.Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir",
            "jr", "sr", "ii", "iii", "iv", "md", "phd");

    /**
     * A name's surrogate: a first name for its first word and a surname for its last (each drawn from that word alone,
     * and never that word itself), or a surname for a single word; surname first when it is written so ("Doe, Jane",
     * "DOE^JANE"); in capitals or small letters when it is.
     */
    private static String name(String type, String decoded, String key) {
        int split = decoded.indexOf(',') >= 0 ? decoded.indexOf(',') : decoded.indexOf('^');
        List<String> given = words(split < 0 ? decoded : decoded.substring(split + 1));
        List<String> family = words(split < 0 ? decoded : decoded.substring(0, split));
        if (family.isEmpty()) {
            family = List.of(decoded.strip());
        }
        String last = draw(LAST, key, type + "\u0000last\u0000", family.get(family.size() - 1));
        String name;
        if (split >= 0 && !given.isEmpty()) {
            name = last + (decoded.charAt(split) == '^' ? "^" : ", ") + draw(FIRST, key, type + "\u0000first\u0000", given.get(0));
        } else if (split < 0 && given.size() > 1) {
            name = draw(FIRST, key, type + "\u0000first\u0000", given.get(0)) + " " + last;
        } else {
            name = last;
        }
        boolean upper = !decoded.equals(decoded.toLowerCase(Locale.ROOT)) && decoded.equals(decoded.toUpperCase(Locale.ROOT));
        boolean lower = !decoded.equals(decoded.toUpperCase(Locale.ROOT)) && decoded.equals(decoded.toLowerCase(Locale.ROOT));
        return upper ? name.toUpperCase(Locale.ROOT) : lower ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** @return a name's words (letters, apostrophes and hyphens), without titles and suffixes */
    private static List<String> words(String part) {
        List<String> words = new java.util.ArrayList<>();
        for (String w : part.split("[^\\p{L}\\p{M}'\u2019-]+")) {
            if (!w.isEmpty() && !NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
                words.add(w);
            }
        }
        return words;
    }

    /** @return a name of the list drawn from the word, and never the word itself: a surrogate that was the name would be no surrogate */
    private static String draw(List<String> names, String key, String what, String word) {
        String small = word.toLowerCase(Locale.ROOT).replace("\u2019", "'");
        int k = new Stream(key, what + small).next(names.size());
        return names.get(k).toLowerCase(Locale.ROOT).equals(small) ? names.get((k + 1) % names.size()) : names.get(k);
    }

    private static int digitCount(List<Unit> units) {
        return (int) units.stream().filter(u -> Character.isDigit(u.c())).count();
    }

    /** {@code digits} in place of the value's digits, in order, while there are; its other characters kept as written. */
    private static String pour(List<Unit> units, CharSequence digits) {
        StringBuilder out = new StringBuilder(units.size());
        int k = 0;
        for (Unit u : units) {
            if (Character.isDigit(u.c()) && k < digits.length()) {
                out.append(digits.charAt(k++));
            } else {
                out.append(u.written());
            }
        }
        return out.toString();
    }

    /** 555-01xx: the range reserved for fiction in the North American plan, keeping the format. */
    private static String phone(List<Unit> units, Stream s) {
        String reserved = "55501" + s.digits(2);
        int digits = digitCount(units);
        StringBuilder tail = new StringBuilder();
        for (int i = 0; i < Math.max(0, digits - 7); i++) {
            tail.append(i == 0 ? '2' : (char) ('0' + s.next(10)));
        }
        String all = tail + reserved;
        return pour(units, all.substring(Math.max(0, all.length() - digits)));
    }

    /** A Luhn-valid number in the 4000 0000 test range with the value's length and separators. */
    private static String card(List<Unit> units, Stream s) {
        int n = digitCount(units);
        StringBuilder d = new StringBuilder("400000");
        while (d.length() < n - 1) {
            d.append((char) ('0' + s.next(10)));
        }
        d.append(luhnDigit(d));
        return pour(units, d);
    }

    static char luhnDigit(CharSequence payload) {
        int sum = 0;
        for (int i = payload.length() - 1, dbl = 1; i >= 0; i--, dbl ^= 1) {
            int v = payload.charAt(i) - '0';
            if (dbl == 1) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** Letters for letters (same case, as ASCII's), digits for digits, everything else kept as written. */
    private static String shape(List<Unit> units, Stream s) {
        StringBuilder out = new StringBuilder(units.size());
        for (Unit u : units) {
            char c = u.c();
            if (Character.isDigit(c)) {
                out.append((char) ('0' + s.next(10)));
            } else if (Character.isUpperCase(c)) {
                out.append((char) ('A' + s.next(26)));
            } else if (Character.isLowerCase(c)) {
                out.append((char) ('a' + s.next(26)));
            } else {
                out.append(u.written());
            }
        }
        return out.toString();
    }

    /** A stream of keyed pseudo-random numbers derived from the value. */
    private static final class Stream {
        private final Mac mac;
        private byte[] block;
        private int pos;

        Stream(String key, String value) {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                mac.update(value.getBytes(StandardCharsets.UTF_8));
                block = mac.doFinal();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
            }
        }

        int next(int bound) {
            if (pos >= block.length) {
                block = mac.doFinal(block);
                pos = 0;
            }
            return (block[pos++] & 0xff) % bound;
        }

        String digits(int n) {
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                b.append((char) ('0' + next(10)));
            }
            return b.toString();
        }
    }
}
