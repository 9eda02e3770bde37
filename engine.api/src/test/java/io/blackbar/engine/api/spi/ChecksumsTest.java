package io.blackbar.engine.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The sums rule bundles build national numbers' check digits from, on the issuers' published examples: the
 * Australian TFN 123 456 782 (a multiple of 11 under weights 1 4 3 7 5 8 6 9 10) and the German pension number
 * 65 170839 J 00 3 (its letter as 10, digit sums of the products under 2 1 2 5 7 1 2 1 2 1 2 1, modulo 10: 3).
 */
class ChecksumsTest {

    @Test
    void weightedSum() {
        assertEquals(253, Checksums.weightedSum("123456782", 1, 4, 3, 7, 5, 8, 6, 9, 10));
        assertEquals(0, Checksums.weightedSum("123", new int[0]));
        assertEquals(6, Checksums.weightedSum("1234", 1, 1, 1), "only as many digits as weights");
    }

    @Test
    void digitSumOfProducts() {
        assertEquals(43, Checksums.digitSumOfProducts("651708391000", 2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1));
        assertEquals(1 + 8, Checksums.digitSumOfProducts("9", 2), "18 counts 1 + 8");
    }

    @Test
    void luhnStillSeparatorsAndNonDigits() {
        assertTrue(Checksums.luhn("4111 1111 1111 1111"));
        assertFalse(Checksums.luhn("4111-1111-1111-111x"));
    }
}
