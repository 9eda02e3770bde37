package io.blackbar.rules.gdpr.internal;

/** The weighted sums national numbers' check digits are made of. */
final class CheckDigits {

    private CheckDigits() {
    }

    /**
     * @param digits the number's digits (at least as many as weights)
     * @param weights one per digit, from the first
     * @return the sum of each digit times its weight
     */
    static int weightedSum(CharSequence digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum;
    }

    /**
     * @param digits the number's digits (at least as many as weights)
     * @param weights one per digit, from the first
     * @return the sum of the digit sums of each digit times its weight (14 counts 1 + 4), as German numbers add them
     */
    static int digitSumOfProducts(CharSequence digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            int product = weights[i] * (digits.charAt(i) - '0');
            sum += product / 10 + product % 10;
        }
        return sum;
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
