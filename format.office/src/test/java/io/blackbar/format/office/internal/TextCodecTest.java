package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TextCodecTest {

    /** What {@code decoded} gives must be what detecting and then decoding gives. */
    private static void assertSameAsTwoSteps(byte[] data) {
        TextCodec codec = TextCodec.detect(data);
        TextCodec.Decoded one = TextCodec.decoded(data);
        assertEquals(codec.charset(), one.codec().charset());
        assertEquals(codec.bom().length, one.codec().bom().length);
        assertEquals(codec.decode(data), one.text());
    }

    @Test
    void aReplacementCharacterInValidUtf8StaysUtf8() {
        byte[] data = "before \uFFFD after \u00e9".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, TextCodec.decoded(data).codec().charset());
        assertEquals("before \uFFFD after \u00e9", TextCodec.decoded(data).text());
        assertSameAsTwoSteps(data);
    }

    @Test
    void malformedUtf8IsWindows1252() {
        byte[] data = {'c', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'};
        assertEquals("windows-1252", TextCodec.decoded(data).codec().charset().name());
        assertEquals("caf\u00e9 ok", TextCodec.decoded(data).text());
        assertSameAsTwoSteps(data);
        // malformed and a replacement character as well
        byte[] both = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, ' ', (byte) 0xC3};
        assertEquals("windows-1252", TextCodec.decoded(both).codec().charset().name());
        assertSameAsTwoSteps(both);
    }

    @Test
    void byteOrderMarksAreKept() {
        for (byte[] bom : new byte[][] {TextCodec.UTF8_BOM, TextCodec.UTF16LE_BOM, TextCodec.UTF16BE_BOM}) {
            byte[] data = new byte[bom.length + 4];
            System.arraycopy(bom, 0, data, 0, bom.length);
            assertSameAsTwoSteps(data);
            assertEquals(bom.length, TextCodec.decoded(data).codec().bom().length);
        }
    }

    @Test
    void randomBytesDecodeAsInTwoSteps() {
        Random random = new Random(20261202);
        byte[] alphabet = {'a', ' ', '\n', (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x82, (byte) 0xAC, (byte) 0xEF,
            (byte) 0xBF, (byte) 0xBD, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80,
            (byte) 0xFF, (byte) 0xFE, 0};
        for (int i = 0; i < 20_000; i++) {
            byte[] data = new byte[random.nextInt(12)];
            for (int k = 0; k < data.length; k++) {
                data[k] = alphabet[random.nextInt(alphabet.length)];
            }
            assertSameAsTwoSteps(data);
        }
    }
}
