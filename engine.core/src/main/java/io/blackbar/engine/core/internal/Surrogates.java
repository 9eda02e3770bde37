package io.blackbar.engine.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Deterministic surrogates: HMAC-SHA256 of the value under the request's key drives the choice, so
 * the same value gets the same surrogate and nothing of the value can be read back. Values come from
 * ranges that are reserved or never issued.
 */
final class Surrogates {

    private static final List<String> FIRST = List.of("Alex", "Robin", "Sam", "Jordan", "Casey", "Morgan",
            "Taylor", "Jamie", "Avery", "Riley", "Quinn", "Drew", "Parker", "Reese", "Rowan", "Sage");
    private static final List<String> LAST = List.of("Doe", "Roe", "Poe", "Moe", "Loe", "Hale", "Vale",
            "Dale", "Gale", "Lane", "Shaw", "Ward", "Reed", "Page", "Fox", "Lee");

    private Surrogates() {
    }

    static String of(String entityType, String value, String key) {
        Stream s = new Stream(key, entityType + '\u0000' + value);
        String type = entityType.toUpperCase(Locale.ROOT);
        if (type.contains("EMAIL")) {
            return "user" + s.digits(6) + "@example.com";
        }
        if (type.equals("PERSON") || type.endsWith("_NAME")) {
            String[] parts = value.trim().split("\\s+");
            return parts.length > 1 ? FIRST.get(s.next(FIRST.size())) + " " + LAST.get(s.next(LAST.size()))
                    : LAST.get(s.next(LAST.size()));
        }
        if (type.contains("PHONE") || type.contains("FAX")) {
            return phone(value, s);
        }
        if (type.equals("US_SSN")) {
            return "9" + s.digits(2) + "-" + s.digits(2) + "-" + s.digits(4);
        }
        if (type.contains("CREDIT_CARD") || type.equals("PAN")) {
            return card(value, s);
        }
        return shape(value, s);
    }

    /** 555-01xx: the range reserved for fiction in the North American plan, keeping the format. */
    private static String phone(String value, Stream s) {
        String reserved = "55501" + s.digits(2);
        int digits = (int) value.chars().filter(Character::isDigit).count();
        StringBuilder tail = new StringBuilder();
        for (int i = 0; i < Math.max(0, digits - 7); i++) {
            tail.append(i == 0 ? '2' : (char) ('0' + s.next(10)));
        }
        String all = tail + reserved;
        StringBuilder out = new StringBuilder();
        int k = Math.max(0, all.length() - digits);
        for (char c : value.toCharArray()) {
            out.append(Character.isDigit(c) && k < all.length() ? all.charAt(k++) : c);
        }
        return out.toString();
    }

    /** A Luhn-valid number in the 4000 0000 test range with the value's length and separators. */
    private static String card(String value, Stream s) {
        int n = (int) value.chars().filter(Character::isDigit).count();
        StringBuilder d = new StringBuilder("400000");
        while (d.length() < n - 1) {
            d.append((char) ('0' + s.next(10)));
        }
        d.append(luhnDigit(d));
        StringBuilder out = new StringBuilder();
        int k = 0;
        for (char c : value.toCharArray()) {
            out.append(Character.isDigit(c) && k < d.length() ? d.charAt(k++) : c);
        }
        return out.toString();
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
