package io.blackbar.format.office.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How a text file's bytes map to characters, kept so the output is written the way the input was:
 * the same byte-order mark and the same encoding. UTF-8 without a mark is taken when the bytes are
 * valid UTF-8, else windows-1252 (which reads any byte).
 */
record TextCodec(Charset charset, byte[] bom) {

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    static TextCodec detect(byte[] data) {
        return detect(data, true);
    }

    /** @return the codec of the byte-order mark, or else, when {@code check}, UTF-8 or windows-1252; else null */
    private static TextCodec detect(byte[] data, boolean check) {
        if (startsWith(data, UTF8_BOM)) {
            return new TextCodec(StandardCharsets.UTF_8, UTF8_BOM);
        }
        if (startsWith(data, UTF16LE_BOM)) {
            return new TextCodec(StandardCharsets.UTF_16LE, UTF16LE_BOM);
        }
        if (startsWith(data, UTF16BE_BOM)) {
            return new TextCodec(StandardCharsets.UTF_16BE, UTF16BE_BOM);
        }
        if (!check) {
            return null;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data));
            return new TextCodec(StandardCharsets.UTF_8, new byte[0]);
        } catch (CharacterCodingException e) {
            return new TextCodec(Charset.forName("windows-1252"), new byte[0]);
        }
    }

    String decode(byte[] data) {
        return new String(data, bom.length, data.length - bom.length, charset);
    }

    /** A file's codec and its text. */
    record Decoded(TextCodec codec, String text) {
    }

    /**
     * Detects the codec and decodes, reading the bytes once when they are valid UTF-8 without a mark
     * (the common case; {@link #detect} would decode them once to check and once more to read): the
     * lenient decoder turns every malformed sequence into U+FFFD, so a text without one is valid, and
     * only a text with one is checked strictly.
     */
    static Decoded decoded(byte[] data) {
        TextCodec codec = detect(data, false);
        if (codec != null) {
            return new Decoded(codec, codec.decode(data));
        }
        String text = new String(data, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new Decoded(new TextCodec(StandardCharsets.UTF_8, new byte[0]), text);
        }
        codec = detect(data);
        return new Decoded(codec, codec.charset() == StandardCharsets.UTF_8 ? text : codec.decode(data));
    }

    byte[] encode(String text) {
        byte[] body = text.getBytes(charset);
        byte[] out = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
