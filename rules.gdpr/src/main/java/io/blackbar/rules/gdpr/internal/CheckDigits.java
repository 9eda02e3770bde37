package io.blackbar.rules.gdpr.internal;

import io.blackbar.engine.api.spi.Checksums;

/** How national numbers count a letter among the digits their check digit is made of. */
final class CheckDigits {

    private CheckDigits() {
    }

    /**
     * @param letter a letter A to Z, either case
     * @return its place in the alphabet in two digits ("01" for A), as German numbers write a letter among digits
     */
    static String place(char letter) {
        int place = Character.toUpperCase(letter) - 'A' + 1;
        return (place < 10 ? "0" : "") + place;
    }

    /**
     * @param c a digit, or a letter A to Z in capitals
     * @return the digit's value, or the letter's 10 (A) to 35 (Z), as Polish and Portuguese identity cards count them
     */
    static int alphanumeric(char c) {
        return c >= 'A' && c <= 'Z' ? c - 'A' + 10 : c - '0';
    }

    private static final int[] BALTIC_FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1};
    private static final int[] BALTIC_SECOND = {3, 4, 5, 6, 7, 8, 9, 1, 2, 3};

    /**
     * @param code eleven digits, an Estonian or a Lithuanian personal code
     * @return whether its first digit gives a century (1-2 the 1800s, 3-4 the 1900s, 5-6 the 2000s) and its birth date is
     *     one, and its last digit is the check of the first ten: the weighted sum modulo 11 with weights 1 to 9 and 1; a
     *     remainder of 10 counted again with weights 3 to 9 and 1 to 3, and a second 10 written 0. A Lithuanian code
     *     beginning with 9 (given to a person whose birth date is not known) has its check only.
     */
    static boolean baltic(String code) {
        int check = Checksums.weightedSum(code, BALTIC_FIRST) % 11;
        if (check == 10) {
            check = Checksums.weightedSum(code, BALTIC_SECOND) % 11 % 10;
        }
        if (check != code.charAt(10) - '0') {
            return false;
        }
        int g = code.charAt(0) - '0';
        return g == 9 || g >= 1 && g <= 6 && date(1800 + (g - 1) / 2 * 100 + Integer.parseInt(code.substring(1, 3)),
                Integer.parseInt(code.substring(3, 5)), Integer.parseInt(code.substring(5, 7)));
    }

    /** @return whether the day is one of the month's in that year (29 February in a leap year only) */
    static boolean date(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }
}
