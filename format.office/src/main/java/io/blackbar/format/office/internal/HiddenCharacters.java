package io.blackbar.format.office.internal;

/**
 * Invisible characters that can hide text or reorder what a reader sees. Sanitizing a text file removes them: every
 * format character (Unicode's Cf: zero-width characters, bidirectional overrides and isolates, invisible operators,
 * a byte-order mark inside the text, the soft hyphen, the Mongolian vowel separator, interlinear annotation marks,
 * and the tag characters U+E0000-E007F, which spell ASCII invisibly: "ASCII smuggling"), but the prepended
 * concatenation marks, which show (the Arabic number sign); the Hangul fillers and the combining grapheme joiner,
 * which show nothing; and a variation selector that follows another (one after a character chooses its glyph, an
 * emoji's or a kanji's; a run of them carries bytes). The tag characters of an emoji flag (a black flag, up to seven
 * tags of letters and digits, the cancel tag: Scotland's) stay.
 */
final class HiddenCharacters {

    record Result(String text, int removed) {
    }

    private HiddenCharacters() {
    }

    /** @return whether a code point is removed wherever it stands */
    static boolean isHidden(int c) {
        if (c == 0x0600 || c >= 0x0601 && c <= 0x0605 || c == 0x06DD || c == 0x070F || c == 0x0890 || c == 0x0891
                || c == 0x08E2 || c == 0x110BD || c == 0x110CD) {
            return false; // prepended concatenation marks: visible signs
        }
        return Character.getType(c) == Character.FORMAT || c >= 0xE0000 && c <= 0xE007F
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x034F || c == 0x17B4 || c == 0x17B5;
    }

    static boolean isHidden(char c) {
        return isHidden((int) c);
    }

    private static boolean isVariationSelector(int c) {
        return c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF || c >= 0x180B && c <= 0x180D || c == 0x180F;
    }

    static Result strip(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int removed = 0;
        int previous = -1;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            int len = Character.charCount(c);
            int flag = c == 0x1F3F4 ? flagTags(text, i + len) : 0;
            if (flag > 0) {
                b.append(text, i, i + len + flag);
                i += len + flag;
                previous = 0xE007F;
                continue;
            }
            if (isHidden(c) || isVariationSelector(c) && (previous < 0 || isVariationSelector(previous))) {
                removed++;
            } else {
                b.appendCodePoint(c);
            }
            previous = c;
            i += len;
        }
        return new Result(b.toString(), removed);
    }

    /** @return the length in chars of an emoji flag's tag sequence starting at {@code at}, or 0 when there is none */
    private static int flagTags(String text, int at) {
        int i = at;
        int tags = 0;
        while (i < text.length() && tags <= 7) {
            int c = text.codePointAt(i);
            if (c == 0xE007F) {
                return tags > 0 ? i + 2 - at : 0;
            }
            if (!(c >= 0xE0061 && c <= 0xE007A || c >= 0xE0030 && c <= 0xE0039)) {
                return 0;
            }
            tags++;
            i += 2;
        }
        return 0;
    }
}
