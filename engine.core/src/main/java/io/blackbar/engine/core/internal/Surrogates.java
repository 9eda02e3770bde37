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

/** Both lists, each name a given name and a surname alike ("Morgan Hale", "Hale Morgan"). */
    private static final List<String> NAMES = java.util.stream.Stream.concat(FIRST.stream(), LAST.stream()).toList();

        private Surrogates() {
    }

    static String of(String entityType, String value, String key) {
        return of(entityType, value, key, word -> false);
    }

    /**
     * @param real whether a word (in small letters) is a real name's word of the document, which no name's surrogate
     *     word may be ("Jane" alone drew "Lee" in a document about Jane Lee: a review's); only where a draw meets one
     *     does the document change a surrogate, so a job's documents agree but for such a meeting
     */
    static String of(String entityType, String value, String key, java.util.function.Predicate<String> real) {
        String type = family(entityType);
        List<Unit> units = units(value);
        String decoded = decoded(units);
        Kind kind = kind(type);
        if (kind == Kind.NAME) {
            return name(decoded, key, real);
        }
        Stream s = new Stream(key, type + '\u0000' + canonical(decoded, type));
        if (kind == Kind.EMAIL) {
            return "user" + s.digits(6) + "@example.com";
        }
        if (kind == Kind.PHONE) {
            return phone(units, s);
        }
        if (kind == Kind.SSN || SSN_SHAPE.matcher(decoded).matches()) {
            // also what has an SSN's shape under another type (a record number written so): never a real SSN's
            String digits = "9" + s.digits(8); // the 9xx area is never issued
            return digitCount(units) == 9 ? pour(units, digits)
                    : digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
        }
        String other = switch (kind) {
            case CARD -> card(units, s);
            case DATE -> SurrogateDates.of(decoded, s::next);
            case EXPIRY -> expiry(decoded, s);
            case IBAN -> iban(units, s);
            case IP -> ip(decoded, s);
            default -> null;
        };
        return other != null ? other : shape(units, s);
    }

    /** How a type's surrogates are made: by a generator of their own, or ({@code SHAPE}) keeping the value's shape alone. */
    private enum Kind { NAME, EMAIL, PHONE, SSN, CARD, DATE, EXPIRY, IBAN, IP, SHAPE }

    /** @param type a {@link #family} */
    private static Kind kind(String type) {
        if (type.equals("PERSON")) {
            return Kind.NAME;
        }
        if (type.contains("EMAIL")) {
            return Kind.EMAIL;
        }
        if (type.contains("PHONE") || type.contains("FAX")) {
            return Kind.PHONE;
        }
        if (type.equals("US_SSN")) {
            return Kind.SSN;
        }
        if (type.contains("CREDIT_CARD") || type.equals("PAN")) {
            return Kind.CARD;
        }
        return type.equals("DATE") ? Kind.DATE : type.equals("CARD_EXPIRY") ? Kind.EXPIRY : type.startsWith("IBAN") ? Kind.IBAN
                : type.equals("IP_ADDRESS") ? Kind.IP : Kind.SHAPE;
    }

    /** Whether a type's surrogates have a generator of their own here (the rest keep the value's shape alone). */
    static boolean hasGenerator(String entityType) {
        return kind(family(entityType)) != Kind.SHAPE;
    }

    /**
     * The type a value's surrogate is drawn as: every name's type as a person's ("Jane Doe" as a cardholder is the same
     * person), every date's as a date's.
     */
    static String family(String entityType) {
        String type = entityType.toUpperCase(Locale.ROOT);
        return Detector.isName(type) ? "PERSON" : type.equals("DATE_OF_BIRTH") || type.equals("DATE_TIME") ? "DATE" : type;
    }

    private static final java.util.regex.Pattern SSN_SHAPE = java.util.regex.Pattern.compile("\\d{3}-\\d{2}-\\d{4}");

    /** A card's expiry: another month of its year, written as digits ("12/27") or as a month's name ("Dec 2027"). */
    private static String expiry(String decoded, Stream s) {
        String digits = SurrogateDates.expiry(decoded, s::next);
        return digits != null ? digits : SurrogateDates.of(decoded, s::next);
    }

    /** The word an IBAN may be written after ("IBAN DE89 ..."), which is no part of it. */
    private static final java.util.regex.Pattern IBAN_WORD = java.util.regex.Pattern.compile("(?i)^\\s*iban\\b[\\s:]*");

    /** An IBAN of the same country and shape whose check digits hold (mod 97), its letters and digits drawn anew. */
    private static String iban(List<Unit> units, Stream s) {
        java.util.regex.Matcher word = IBAN_WORD.matcher(decoded(units));
        if (word.find() && word.end() > 0 && word.end() < units.size()) {
            // the word kept as written, the number after it drawn (its own units: references are one unit each)
            StringBuilder kept = new StringBuilder();
            int skip = word.end();
            units.subList(0, skip).forEach(u -> kept.append(u.written()));
            String rest = iban(units.subList(skip, units.size()), s);
            return rest == null ? null : kept + rest;
        }
        StringBuilder compact = new StringBuilder();
        units.forEach(u -> {
            if (Character.isLetterOrDigit(u.c())) {
                compact.append(Character.toUpperCase(u.c()));
            }
        });
        if (compact.length() < 5 || !Character.isLetter(compact.charAt(0)) || !Character.isLetter(compact.charAt(1))) {
            return null;
        }
        StringBuilder bban = new StringBuilder();
        for (int i = 4; i < compact.length(); i++) {
            char c = compact.charAt(i);
            bban.append(Character.isDigit(c) ? (char) ('0' + s.next(10)) : (char) ('A' + s.next(26)));
        }
        String country = compact.substring(0, 2);
        int check = 98 - mod97(bban + country + "00");
        String all = country + (check < 10 ? "0" : "") + check + bban;
        StringBuilder out = new StringBuilder(units.size());
        int k = 0;
        for (Unit u : units) {
            if (Character.isLetterOrDigit(u.c()) && k < all.length()) {
                char c = all.charAt(k++);
                out.append(Character.isLowerCase(u.c()) ? Character.toLowerCase(c) : c);
            } else {
                out.append(u.written());
            }
        }
        return out.toString();
    }

    /** The remainder by 97 of the number whose digits are these, each letter standing for two (A = 10 ... Z = 35). */
    private static int mod97(CharSequence text) {
        int r = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            r = v >= 10 ? (r * 100 + v) % 97 : (r * 10 + v) % 97;
        }
        return r;
    }

    /** An address of the ranges reserved for documentation (RFC 5737, RFC 3849), of the value's version. */
    private static final java.util.regex.Pattern IPV4_PORT = java.util.regex.Pattern.compile("\\s*\\d{1,3}(?:\\.\\d{1,3}){3}(:\\d{1,5})?\\s*");

    private static String ip(String decoded, Stream s) {
        java.util.regex.Matcher v4 = IPV4_PORT.matcher(decoded);
        if (v4.matches() && v4.group(1) != null) {
            return ip(decoded.substring(0, v4.start(1)), s) + v4.group(1); // an address and its port: the port kept
        }
        if (decoded.contains(":")) {
            return String.format(Locale.ROOT, "2001:db8:%x:%x::%x", s.next(256) << 8 | s.next(256), s.next(256) << 8 | s.next(256),
                    1 + s.next(255));
        }
        String[] nets = {"192.0.2.", "198.51.100.", "203.0.113."};
        return nets[s.next(3)] + (1 + s.next(254));
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
        if (type.contains("PHONE") || type.contains("FAX")) {
            // a number with or without its country's code, in dots or dashes, is one number: its last ten digits
            String digits = small.replaceAll("\\D", "");
            return digits.substring(Math.max(0, digits.length() - 10));
        }
        return type.contains("EMAIL") ? small : small.replaceAll("[\\s\\-()]", "");
    }

    /** Titles and suffixes written with a name, which are no part of whom it names. */
    private static final java.util.Set<String> NOT_NAME_WORDS = java.util.Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir",
            "jr", "sr", "ii", "iii", "iv", "md", "phd");

    /**
     * A name's surrogate: each word its own surrogate, drawn from that word alone (never the word itself) out of one list
     * of names that read as given names and surnames alike, so that a word is the same wherever it stands and in every
     * document of a job: "Jane" alone is the given name of "Jane Doe", "Doe" alone its surname ("Doe, Jane", "DOE^JANE"
     * surname first as written); in capitals or small letters when it is. (Drawing a given name for a first word and a
     * surname for a last one made "Jane" alone another name than in "Jane Doe"; avoiding the document's other real names
     * made one name's surrogate depend on the document, and a job's documents disagree.) No word is given one of the
     * name's own words ("Casey Ellis" is never "Morgan Casey"); where a word's draw is another word of its name, the word
     * alone and in its name differ (one draw in 96 for each such pair).
     */
    private static String name(String decoded, String key, java.util.function.Predicate<String> real) {
        int split = decoded.indexOf(',') >= 0 ? decoded.indexOf(',') : decoded.indexOf('^');
        List<String> given = words(split < 0 ? decoded : decoded.substring(split + 1));
        List<String> family = words(split < 0 ? decoded : decoded.substring(0, split));
        if (family.isEmpty()) {
            family = List.of(decoded.strip());
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        java.util.stream.Stream.concat(given.stream(), family.stream()).forEach(w -> words.add(small(w)));
        java.util.function.Predicate<String> own = c -> words.contains(c) || real.test(c);
        String last = draw(key, family.get(family.size() - 1), own);
        String name;
        if (split >= 0 && !given.isEmpty()) {
            name = last + (decoded.charAt(split) == '^' ? "^" : ", ") + draw(key, given.get(0), own);
        } else if (split < 0 && given.size() > 1) {
            name = draw(key, given.get(0), own) + " " + last;
        } else {
            name = last;
        }
        boolean upper = !decoded.equals(decoded.toLowerCase(Locale.ROOT)) && decoded.equals(decoded.toUpperCase(Locale.ROOT));
        boolean lower = !decoded.equals(decoded.toUpperCase(Locale.ROOT)) && decoded.equals(decoded.toLowerCase(Locale.ROOT));
        return upper ? name.toUpperCase(Locale.ROOT) : lower ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** The memo's key of a real name's word. */
    static final String REAL = "real\u0000";

    /** Notes a real name's words in a document's memo ({@link #REAL}): no surrogate name's word may be one. */
    static void noteRealName(String value, java.util.Map<String, String> memo) {
        for (String w : words(decoded(units(value)))) {
            memo.putIfAbsent(REAL + small(w), "");
        }
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

    /**
     * @param own whether a word (small letters) is one of the name's own words or a real name's word of the document
     * @return a name of the list drawn from the word, and never one of the name's own words: a surrogate that kept one
     *     ("Casey Ellis" as "Morgan Casey") would give it away
     */
    private static String draw(String key, String word, java.util.function.Predicate<String> own) {
        int k = new Stream(key, "PERSON\u0000word\u0000" + small(word)).next(NAMES.size());
        for (int i = 0; i < NAMES.size(); i++) {
            String candidate = NAMES.get((k + i) % NAMES.size());
            if (!own.test(small(candidate))) {
                return candidate;
            }
        }
        return NAMES.get(k);
    }

    private static String small(String word) {
        return word.toLowerCase(Locale.ROOT).replace("\u2019", "'");
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

    /**
     * 555-01xx: the range reserved for fiction in the North American plan, keeping the format; a country's code written
     * after "+" is kept ("+1 212 555 7890" and "(212) 555-7890" are one number and one surrogate).
     */
    private static String phone(List<Unit> units, Stream s) {
        int first = 0;
        while (first < units.size() && Character.isWhitespace(units.get(first).c())) {
            first++;
        }
        if (first < units.size() && units.get(first).c() == '+') {
            int end = first + 1;
            while (end < units.size() && Character.isDigit(units.get(end).c())) {
                end++;
            }
            if (end > first + 1 && end < units.size()) {
                StringBuilder code = new StringBuilder();
                units.subList(0, end).forEach(u -> code.append(u.written()));
                return code + phone(units.subList(end, units.size()), s);
            }
        }
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
