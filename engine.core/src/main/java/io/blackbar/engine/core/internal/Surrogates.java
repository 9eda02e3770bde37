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
        String folded = FoldedText.fold(value);
        if (type.equals("PERSON") || type.endsWith("_NAME")) {
            return name(type, value, folded, key);
        }
        Stream s = new Stream(key, type + '\u0000' + canonical(folded));
        if (type.contains("EMAIL")) {
            return "user" + s.digits(6) + "@example.com";
        }
        if (type.contains("PHONE") || type.contains("FAX")) {
            return phone(value, s);
        }
        if (type.equals("US_SSN")) {
            String digits = "9" + s.digits(8); // the 9xx area is never issued
            return digitCount(value) == 9 ? pour(value, digits)
                    : digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
        }
        if (type.contains("CREDIT_CARD") || type.equals("PAN")) {
            return card(value, s);
        }
        return shape(value, s);
    }

    /** @return a value's letters and digits in small letters: what is the same however it is written */
    private static String canonical(String folded) {
        StringBuilder b = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * A name's surrogate: a first name for its first word and a surname for its last (each drawn from that word alone),
     * or a surname for a single word; surname first when it is written so ("Doe, Jane"); in capitals or small letters
     * when it is.
     */
    private static String name(String type, String value, String folded, String key) {
        int comma = folded.indexOf(',');
        String given = comma < 0 ? folded : folded.substring(comma + 1);
        String family = comma < 0 ? folded : folded.substring(0, comma);
        String[] givenWords = given.trim().split("\\s+");
        String[] familyWords = family.trim().split("\\s+");
        String last = LAST.get(new Stream(key, type + "\u0000last\u0000" + canonical(familyWords[familyWords.length - 1])).next(LAST.size()));
        String name;
        if (comma >= 0 && !given.isBlank()) {
            name = last + ", " + FIRST.get(new Stream(key, type + "\u0000first\u0000" + canonical(givenWords[0])).next(FIRST.size()));
        } else if (comma < 0 && givenWords.length > 1) {
            name = FIRST.get(new Stream(key, type + "\u0000first\u0000" + canonical(givenWords[0])).next(FIRST.size())) + " " + last;
        } else {
            name = last;
        }
        boolean upper = !value.equals(value.toLowerCase(Locale.ROOT)) && value.equals(value.toUpperCase(Locale.ROOT));
        boolean lower = !value.equals(value.toUpperCase(Locale.ROOT)) && value.equals(value.toLowerCase(Locale.ROOT));
        return upper ? name.toUpperCase(Locale.ROOT) : lower ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static int digitCount(String value) {
        return (int) value.chars().filter(Character::isDigit).count();
    }

    /** {@code digits} in place of the value's digits, in order, while there are; its other characters kept. */
    private static String pour(String value, CharSequence digits) {
        StringBuilder out = new StringBuilder(value.length());
        int k = 0;
        for (char c : value.toCharArray()) {
            out.append(Character.isDigit(c) && k < digits.length() ? digits.charAt(k++) : c);
        }
        return out.toString();
    }

    /** 555-01xx: the range reserved for fiction in the North American plan, keeping the format. */
    private static String phone(String value, Stream s) {
        String reserved = "55501" + s.digits(2);
        int digits = digitCount(value);
        StringBuilder tail = new StringBuilder();
        for (int i = 0; i < Math.max(0, digits - 7); i++) {
            tail.append(i == 0 ? '2' : (char) ('0' + s.next(10)));
        }
        String all = tail + reserved;
        return pour(value, all.substring(Math.max(0, all.length() - digits)));
    }

    /** A Luhn-valid number in the 4000 0000 test range with the value's length and separators. */
    private static String card(String value, Stream s) {
        int n = digitCount(value);
        StringBuilder d = new StringBuilder("400000");
        while (d.length() < n - 1) {
            d.append((char) ('0' + s.next(10)));
        }
        d.append(luhnDigit(d));
        return pour(value, d);
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

    /** Letters for letters (same case), digits for digits, everything else kept. */
    private static String shape(String value, Stream s) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (Character.isDigit(c)) {
                out.append((char) ('0' + s.next(10)));
            } else if (Character.isUpperCase(c)) {
                out.append((char) ('A' + s.next(26)));
            } else if (Character.isLowerCase(c)) {
                out.append((char) ('a' + s.next(26)));
            } else {
                out.append(c);
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
