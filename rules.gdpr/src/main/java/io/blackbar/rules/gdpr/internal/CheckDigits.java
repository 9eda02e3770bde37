package io.blackbar.rules.gdpr.internal;

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
}
