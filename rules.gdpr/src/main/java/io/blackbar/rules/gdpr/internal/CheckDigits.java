package io.blackbar.rules.gdpr.internal;

/** How German numbers write a letter among the digits their check digit is made of. */
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
}
