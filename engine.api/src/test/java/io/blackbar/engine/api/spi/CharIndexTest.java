package io.blackbar.engine.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            int[] buckets = {2 * '@', 2 * '@' + 1};
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
}
