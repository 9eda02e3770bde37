package io.blackbar.engine.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The index's derived sets, against the obvious loop over the text. */
class CharIndexTest {

    /** Texts of a few hundred words, with the marked character from rare to common, at every distance. */
    @Test
    void nearMarksEveryPositionWithTheCharacterWithinTheDistance() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(round % 20 == 0 ? 5000 : 300);
            int every = 1 + random.nextInt(200);
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                b.append(random.nextInt(every) == 0 ? '@' : (char) ('a' + random.nextInt(3)));
            }
            String text = b.toString();
            CharIndex index = CharIndex.of(text);
            int[] buckets = CharIndex.buckets('@');
            for (int within : new int[] {0, 1, 2, 5, 63, 64, 65, 127, 128, 200, 577, 10_000}) {
                long[] near = index.near(buckets, within);
                for (int p = 0; p < n; p++) {
                    int next = text.indexOf('@', p);
                    boolean expected = next >= 0 && next - p <= within;
                    assertEquals(expected, (near[p >>> 6] >>> p & 1L) != 0,
                            "round " + round + ", within " + within + ", position " + p);
                }
            }
        }
    }

    /**
     * The positions near a string of a set, with and without case, with and without Unicode folding,
     * against the expression engine's own matching of the quoted strings at every position (which the
     * index's answer must include: it is what the scanner's expressions will match).
     */
    @Test
    void nearAnyMarksEveryPositionNearAnOccurrence() {
        Random random = new Random(5);
        String alphabet = "abAB -.\u212a\u0130kKiI\u00e9";
        java.util.List<String> strings = java.util.List.of("ab-", "b.a", "kab", "bbb", "i a");
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(round % 30 == 0 ? 4000 : 200);
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            CharIndex index = CharIndex.of(text);
            for (boolean ignoreCase : new boolean[] {false, true}) {
                for (boolean unicodeCase : new boolean[] {false, true}) {
                    for (int within : new int[] {0, 3, 70}) {
                        long[] near = index.nearAny(strings, ignoreCase, within);
                        int flags = (ignoreCase ? java.util.regex.Pattern.CASE_INSENSITIVE : 0)
                                | (unicodeCase ? java.util.regex.Pattern.UNICODE_CASE : 0);
                        java.util.regex.Matcher any = java.util.regex.Pattern.compile(String.join("|",
                                strings.stream().map(java.util.regex.Pattern::quote).toList()), flags).matcher(text);
                        boolean anyFound = false;
                        for (int p = 0; p < n; p++) {
                            boolean expected = false;
                            for (int q = p; q <= Math.min(n - 1, p + within) && !expected; q++) {
                                expected = any.region(q, n).lookingAt();
                            }
                            anyFound |= expected;
                            if (expected) {
                                assertTrue(near.length > 0 && (near[p >>> 6] >>> p & 1L) != 0,
                                        "round " + round + " ignoreCase " + ignoreCase + " within " + within + " at " + p);
                            }
                        }
                        if (!anyFound && !ignoreCase) {
                            assertEquals(0, near.length, "none there: an empty answer");
                        }
                    }
                }
            }
        }
    }
}
