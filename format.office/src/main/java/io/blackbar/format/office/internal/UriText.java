package io.blackbar.format.office.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A URI as detection reads it, and back. {@code name=Ingrid%20Bergstr%C3%B6m} hides a name from
 * every detector: it is read percent-decoded, except the characters that mean something in a URI
 * ({@code %26} stays {@code %26}, not a second {@code &}), and once edited it is written back with
 * only what a URI cannot hold encoded again. The result is the same URI (RFC 3986 6.2.2.2) with the
 * replacements in it.
 */
final class UriText {

    /** Characters left encoded when decoding: a URI's delimiters, the percent sign, controls. */
    private static final String DELIMITERS = "%/?#&=+;:@,[]!$'()*";
    /** What a URI holds as is: unreserved, reserved and the percent sign of an encoding. */
    private static final String LEGAL = "-._~:/?#[]@!$&'()*+,;=%";

    private UriText() {
    }

    /** @return the URI with its percent-encoded text decoded, delimiters and malformed sequences left as they are */
    static String decode(String uri) {
        if (uri.indexOf('%') < 0) {
            return uri;
        }
        StringBuilder out = new StringBuilder(uri.length());
        int i = 0;
        while (i < uri.length()) {
            int b = byteAt(uri, i);
            if (b < 0) {
                out.append(uri.charAt(i++));
            } else if (b < 0x80) {
                char c = (char) b;
                out.append(c < 0x20 || c == 0x7f || DELIMITERS.indexOf(c) >= 0 ? uri.substring(i, i + 3) : String.valueOf(c));
                i += 3;
            } else {
                int end = i;
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                for (int x; (x = byteAt(uri, end)) >= 0x80;) {
                    bytes.write(x);
                    end += 3;
                }
                out.append(utf8(bytes.toByteArray(), uri.substring(i, end)));
                i = end;
            }
        }
        return out.toString();
    }

    /** @return the text with what a URI cannot hold (spaces, non-ASCII, quotes, controls) percent-encoded */
    static String encode(String text) {
        return percentEncode(text, LEGAL);
    }

    /** @return a replacement written into a URI: everything but letters, digits and {@code -._~@+} encoded */
    static String escape(String replacement) {
        return percentEncode(replacement, "-._~@+");
    }

    private static String percentEncode(String text, String kept) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || kept.indexOf(c) >= 0)) {
                b.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
            for (byte x : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                b.append('%').append(String.format(Locale.ROOT, "%02X", x & 0xff));
            }
            i = end - 1;
        }
        return b.toString();
    }

    /** @return the byte a {@code %XX} at the index encodes, or -1 when there is none */
    private static int byteAt(String s, int i) {
        if (i + 3 > s.length() || s.charAt(i) != '%') {
            return -1;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    private static String utf8(byte[] bytes, String raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return raw;
        }
    }
}
