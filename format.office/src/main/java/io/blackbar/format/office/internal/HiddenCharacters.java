package io.blackbar.format.office.internal;

/**
 * Invisible characters that can hide text or reorder what a reader sees. Sanitizing a text file removes them: every
 * format character (Unicode's Cf: zero-width characters, bidirectional overrides and isolates, invisible operators,
 * a byte-order mark inside the text, the soft hyphen, the Mongolian vowel separator, interlinear annotation marks,
 * and the tag characters U+E0000-E007F, which spell ASCII invisibly: "ASCII smuggling"), but the prepended
 * concatenation marks, which show (the Arabic number sign); the Hangul fillers and the combining grapheme joiner,
 * which show nothing; and a variation selector that follows another (one after a character chooses its glyph, an
 * emoji's or a kanji's; a run of them carries bytes). The tag characters of the subdivision flags Unicode recommends
 * (a black flag, the tags of "gbeng", "gbsct" or "gbwls", the cancel tag: England's, Scotland's, Wales') stay; any
 * other tags after a black flag go (a fake flag carries ASCII as well as any tag run).
 */
final class HiddenCharacters {

    /** The tag sequences of the RGI subdivision flags, the cancel tag included: "gbeng", "gbsct", "gbwls". */
    private static final java.util.List<String> RGI_SUBDIVISIONS = java.util.List.of(tags("gbeng"), tags("gbsct"), tags("gbwls"));

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

    /**
     * @return the length in chars of an emoji flag's tag sequence starting at {@code at} (after a black flag), or 0
     *     when there is none: only the subdivision flags Unicode recommends (RGI: England, Scotland, Wales) count. Any
     *     other run of tags after a black flag is no flag a reader sees, and a run of them carried a hidden payload seven
     *     letters at a time (the thirty-seventh review's finding 12): its tags go as any other.
     */
    private static int flagTags(String text, int at) {
        for (String region : RGI_SUBDIVISIONS) {
            if (text.startsWith(region, at)) {
                return region.length();
            }
        }
        return 0;
    }

    /** @return the tag characters spelling an ASCII string, then the cancel tag */
    private static String tags(String ascii) {
        StringBuilder b = new StringBuilder();
        ascii.chars().forEach(c -> b.appendCodePoint(0xE0000 + c));
        return b.appendCodePoint(0xE007F).toString();
    }
}
