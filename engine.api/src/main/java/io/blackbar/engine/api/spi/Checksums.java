package io.blackbar.engine.api.spi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Check-digit algorithms shared by recognizers, so rule bundles do not each carry a copy. Every
 * method ignores spaces and dashes and returns false for any other non-digit.
 */
@ProviderType
public final class Checksums {

    private Checksums() {
    }

    /**
     * The weighted sum most national numbers' check digits are made of (the Dutch BSN's, the Polish NIP's, the
     * Australian TFN's...).
     *
     * @param digits the number's digits, no separators (at least as many as weights)
     * @param weights one per digit, from the first
     * @return the sum of each digit times its weight
     * @since 1.4
     */
    public static int weightedSum(CharSequence digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum;
    }

    /**
     * The sum German numbers' check digits are made of: each digit times its weight, the products' digits added (14
     * counts 1 + 4).
     *
     * @param digits the number's digits, no separators (at least as many as weights)
     * @param weights one per digit, from the first
     * @return the sum of the digit sums of the products
     * @since 1.4
     */
    public static int digitSumOfProducts(CharSequence digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            int product = weights[i] * (digits.charAt(i) - '0');
            sum += product / 10 + product % 10;
        }
        return sum;
    }

    /**
     * The Luhn (mod 10) check of payment cards, NPI and IMEI.
     *
     * @param value digits, optionally separated by spaces or dashes
     * @return true when the check digit is right
     */
    public static boolean luhn(CharSequence value) {
        int sum = 0;
        int count = 0;
        boolean dbl = false;
        for (int i = value.length() - 1; i >= 0; i--) {
            char c = value.charAt(i);
            if (c == ' ' || c == '-') {
                continue;
            }
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
            count++;
        }
        return count > 1 && sum % 10 == 0;
    }

    /**
     * The ISO 7064 mod 97-10 check of IBANs: the first four characters move to the end, letters
     * become 10..35, and the number modulo 97 must be 1.
     *
     * @param iban the IBAN, optionally with spaces
     * @return true when the check passes
     */
    public static boolean mod97(CharSequence iban) {
        StringBuilder s = new StringBuilder(iban.length());
        for (int i = 0; i < iban.length(); i++) {
            char c = iban.charAt(i);
            if (c != ' ') {
                s.append(Character.toUpperCase(c));
            }
        }
        if (s.length() < 5) {
            return false;
        }
        String r = s.substring(4) + s.substring(0, 4);
        int mod = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c >= '0' && c <= '9') {
                mod = (mod * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                mod = (mod * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return mod == 1;
    }

    /**
     * @param value any text
     * @return its digits only
     */
    public static String digits(CharSequence value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The whole groups of a number grouped by spaces or dashes that pass a check, for a number that ran
     * into what stands next to it: an expression for a card number takes "4111 1111 1111 1111 08" from
     * "4111 1111 1111 1111 08/27", or a leading "14 " before it, and the whole then fails its check.
     * Meant for a match of a few dozen characters: every run of whole groups is tried.
     *
     * @param text the text
     * @param start where the grouped number begins
     * @param end where it ends
     * @param minDigits the fewest digits a part may have
     * @param check the test of a part (its text, separators included)
     * @return the part that passes, as {start, end}: of the parts made of whole groups, one with the most
     *     digits, the earliest of those ("14 4111 1111 1111" passes Luhn too, but "4111 1111 1111 1111"
     *     has more); null when none passes
     * @since 1.3
     */
    public static int[] validGroups(CharSequence text, int start, int end, int minDigits,
            java.util.function.Predicate<String> check) {
        int[] best = null;
        int most = minDigits - 1;
        for (int s = start; s < end; s++) {
            if (s > start && !separator(text.charAt(s - 1)) || separator(text.charAt(s))) {
                continue; // a part begins a group
            }
            for (int e = end; e > s; e--) {
                if (e < end && !separator(text.charAt(e)) || separator(text.charAt(e - 1))) {
                    continue; // and ends one
                }
                int digits = digits(text.subSequence(s, e)).length();
                if (digits <= most) {
                    break; // shorter ones have fewer still, and one at least as long was found
                }
                if (check.test(text.subSequence(s, e).toString())) {
                    best = new int[] {s, e};
                    most = digits;
                    break;
                }
            }
        }
        return best;
    }

    private static boolean separator(char c) {
        return c == ' ' || c == '-';
    }
}
