package io.blackbar.format.office.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A URI as detection reads it. {@code name=Ingrid%20Bergstr%C3%B6m} or {@code q=Ingrid+Bergstrom}
 * hides a name from every detector: it is read percent-decoded (and, in an HTTP query, with
 * {@code +} as a space), except the characters that delimit a URI's parts ({@code %26} stays
 * {@code %26}, not a second {@code &}). Each decoded character knows where it came from, so an edit
 * replaces exactly its own span of the stored URI and leaves the rest byte for byte as it was.
 */
final class UriText {

    /** Characters left encoded when decoding: what delimits a URI's parts, the percent sign, controls. */
    private static final String DELIMITERS = "%/?#&=+;:[]";

    /** A decoded URI: its text, and for each character (and the end) the offset in the stored URI it came from. */
    record Decoded(String text, int[] rawAt) {
    }

    private UriText() {
    }

    static Decoded decode(String uri) {
        StringBuilder out = new StringBuilder(uri.length());
        int[] rawAt = new int[uri.length() + 1];
        int query = uri.regionMatches(true, 0, "http", 0, 4) ? uri.indexOf('?') : -1;
        int i = 0;
        while (i < uri.length()) {
            int b = byteAt(uri, i);
            int start = i;
            String decoded;
            if (b < 0) {
                char c = uri.charAt(i++);
                decoded = c == '+' && query >= 0 && start > query ? " " : String.valueOf(c);
            } else if (b < 0x80) {
                char c = (char) b;
                decoded = c < 0x20 || c == 0x7f || DELIMITERS.indexOf(c) >= 0 ? uri.substring(i, i + 3) : String.valueOf(c);
                i += 3;
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                for (int x; (x = byteAt(uri, i)) >= 0x80;) {
                    bytes.write(x);
                    i += 3;
                }
                decoded = utf8(bytes.toByteArray(), uri.substring(start, i));
            }
            if (decoded.length() == i - start) {
                for (int k = 0; k < decoded.length(); k++) {
                    rawAt[out.length() + k] = start + k; // kept as stored: one to one
                }
            } else {
                // each decoded character starts where its own bytes do (three stored characters a byte);
                // both halves of a surrogate pair start where the pair's bytes do
                int at = start;
                for (int k = 0; k < decoded.length(); k++) {
                    char c = decoded.charAt(k);
                    rawAt[out.length() + k] = at;
                    if (Character.isHighSurrogate(c) && k + 1 < decoded.length()) {
                        rawAt[out.length() + ++k] = at;
                        at += 12;
                    } else {
                        at += 3 * (c < 0x80 ? 1 : c < 0x800 ? 2 : 3);
                    }
                }
            }
            out.append(decoded);
        }
        rawAt[out.length()] = uri.length();
        return new Decoded(out.toString(), Arrays.copyOf(rawAt, out.length() + 1));
    }

    /** @return a replacement written into a URI: everything but letters, digits and {@code -._~@+} encoded */
    static String escape(String replacement) {
        StringBuilder b = new StringBuilder(replacement.length());
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~@+".indexOf(c) >= 0)) {
                b.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < replacement.length() ? i + 2 : i + 1;
            for (byte x : replacement.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
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
        int hi = hex(s.charAt(i + 1));
        int lo = hex(s.charAt(i + 2));
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
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
