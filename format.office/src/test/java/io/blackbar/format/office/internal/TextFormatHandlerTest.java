package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.Replacement;

/** Plain text round trips byte for byte apart from the replaced spans, in every encoding it reads. */
class TextFormatHandlerTest {

    @TempDir
    Path dir;

    private static final DocumentLimits LIMITS = new DocumentLimits(1 << 20, 10, 1 << 20, 1 << 24,
            System.nanoTime() + 60_000_000_000L);

    private byte[] redact(byte[] input, String value) throws Exception {
        Path f = dir.resolve("in.txt");
        Files.write(f, input);
        try (ParsedDocument d = new TextFormatHandler().open(f, "text/plain", LIMITS)) {
            int at = d.text().indexOf(value);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.write(List.of(new Replacement(at, at + value.length(), "X", "[REDACTED]")), Method.REDACT, out);
            return out.toByteArray();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252"})
    void keepsEncodingBomAndLineEndings(String charset) throws Exception {
        Charset cs = Charset.forName(charset);
        byte[] bom = switch (charset) {
            case "UTF-8" -> TextCodec.UTF8_BOM;
            case "UTF-16LE" -> TextCodec.UTF16LE_BOM;
            case "UTF-16BE" -> TextCodec.UTF16BE_BOM;
            default -> new byte[0];
        };
        String before = "Caf\u00e9 r\u00e9sum\u00e9\r\nSSN 078-05-1120\n\tend";
        String after = "Caf\u00e9 r\u00e9sum\u00e9\r\nSSN [REDACTED]\n\tend";
        byte[] out = redact(concat(bom, before.getBytes(cs)), "078-05-1120");
        assertArrayEquals(concat(bom, after.getBytes(cs)), out);
    }

    @Test
    void utf8WithoutBomStaysWithoutBom() throws Exception {
        byte[] out = redact("a 123 b \u2603".getBytes(StandardCharsets.UTF_8), "123");
        assertArrayEquals("a [REDACTED] b \u2603".getBytes(StandardCharsets.UTF_8), out);
    }

    @Test
    void refusesBinaryContent() {
        assertFalse(TextFormatHandler.looksLikeText(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}));
        assertFalse(TextFormatHandler.looksLikeText(new byte[] {'%', 'P', 'D', 'F', 0}));
        assertTrue(TextFormatHandler.looksLikeText(concat(TextCodec.UTF16LE_BOM, "hi".getBytes(StandardCharsets.UTF_16LE))));
        assertTrue(TextFormatHandler.looksLikeText("plain".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void sanitizeRemovesInvisibleCharacters() throws Exception {
        Path f = dir.resolve("in.txt");
        Files.writeString(f, "pay\u200Bload \u202Egnp.exe\u202C ok\uFEFF", StandardCharsets.UTF_8);
        try (ParsedDocument d = new TextFormatHandler().open(f, "text/plain", LIMITS)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, Integer> removed = d.sanitize(out);
            assertEquals("payload gnp.exe ok", out.toString(StandardCharsets.UTF_8));
            assertEquals(Map.of("hiddenCharacters", 4), removed);
        }
    }

    /**
     * The thirty-seventh review (finding 25): a sentence spelled in Unicode tag characters (U+E0000 plus its ASCII: no
     * viewer shows it, "ASCII smuggling") went through, and so did the soft hyphen, the Mongolian vowel separator, the
     * Hangul fillers and the combining grapheme joiner; a run of variation selectors carries bytes the same way. An emoji
     * flag's tags (Scotland's), one variation selector after a character, and a visible Arabic number sign stay.
     */
    @Test
    void sanitizeRemovesTagCharactersAndOtherInvisibles() throws Exception {
        StringBuilder smuggled = new StringBuilder();
        "MKTAGSMUGGLED ssn 078-05-1120".codePoints().forEach(c -> smuggled.appendCodePoint(0xE0000 + c));
        String scotland = "\uD83C\uDFF4" + tags("gbsct") + new String(Character.toChars(0xE007F));
        String in = "Quarterly report." + smuggled + " End. a\u00ADb \u180E \u115F\u3164 \u034F x\uFE0F\uFE0E\uFE0F " + scotland + " \u0600";
        Path f = dir.resolve("tags.txt");
        Files.writeString(f, in, StandardCharsets.UTF_8);
        try (ParsedDocument d = new TextFormatHandler().open(f, "text/plain", LIMITS)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, Integer> removed = d.sanitize(out);
            byte[] bytes = out.toByteArray();
            assertEquals("Quarterly report. End. ab    x\uFE0F " + scotland + " \u0600", new String(bytes, StandardCharsets.UTF_8));
            assertEquals(smuggled.codePointCount(0, smuggled.length()) + 7, removed.get("hiddenCharacters"));
        }
    }

    /**
     * The thirty-seventh review's second pass (finding 12): any black flag with up to seven tag letters and a cancel tag
     * passed as an emoji flag, so a payload cut into fake flags went through ("ignore", "allprio" …). Only the
     * subdivision flags Unicode recommends keep their tags (England, Scotland, Wales); a fake flag keeps its visible
     * black flag and loses every tag, its cancel tag too.
     */
    @Test
    void fakeFlagsLoseTheirTagsAndTheRecommendedFlagsKeepThem() throws Exception {
        String blackFlag = "\uD83C\uDFF4";
        String cancel = new String(Character.toChars(0xE007F));
        String england = blackFlag + tags("gbeng") + cancel;
        String scotland = blackFlag + tags("gbsct") + cancel;
        String wales = blackFlag + tags("gbwls") + cancel;
        String in = "Notes " + blackFlag + tags("ignore") + cancel + blackFlag + tags("allprio") + cancel
                + " " + scotland + " " + blackFlag + tags("gbsc") + cancel + " " + england + wales + " " + blackFlag + tags("usca") + cancel
                + " " + blackFlag + tags("gbsctx") + cancel + " end";
        Path f = dir.resolve("flags.txt");
        Files.writeString(f, in, StandardCharsets.UTF_8);
        try (ParsedDocument d = new TextFormatHandler().open(f, "text/plain", LIMITS)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, Integer> removed = d.sanitize(out);
            String written = new String(out.toByteArray(), StandardCharsets.UTF_8);
            assertEquals("Notes " + blackFlag + blackFlag + " " + scotland + " " + blackFlag + " " + england + wales + " " + blackFlag
                    + " " + blackFlag + " end", written);
            StringBuilder spelled = new StringBuilder();
            written.replace(england, "").replace(scotland, "").replace(wales, "").codePoints()
                    .filter(c -> c >= 0xE0000 && c <= 0xE007F).forEach(c -> spelled.appendCodePoint(c - 0xE0000));
            assertEquals("", spelled.toString(), "tags outside the recommended flags");
            assertFalse(written.contains(tags("ignore")));
            assertEquals(7 + 8 + 5 + 5 + 7, removed.get("hiddenCharacters"));
        }
    }

    private static String tags(String ascii) {
        StringBuilder b = new StringBuilder();
        ascii.codePoints().forEach(c -> b.appendCodePoint(0xE0000 + c));
        return b.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
