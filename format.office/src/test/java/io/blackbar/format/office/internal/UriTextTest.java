package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a stored URI reads for detection, and where each read character came from. */
class UriTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "mailto:a@b.org|mailto:a@b.org",
        "https://x.org/?n=Ingrid%20Bergstr%C3%B6m|https://x.org/?n=Ingrid Bergstr\u00f6m",
        "https://x.org/?n=Ingrid+Bergstrom|https://x.org/?n=Ingrid Bergstrom",
        "mailto:a@b.org?body=Call+1%20555|mailto:a@b.org?body=Call+1 555",
        "https://x.org/?q=a%26b%3dc%2Fd%2b|https://x.org/?q=a%26b%3dc%2Fd%2b",
        "https://x.org/?m=john.smith%40example.com|https://x.org/?m=john.smith@example.com",
        "https://x.org/?n=O%27Brien|https://x.org/?n=O'Brien",
        "https://x.org/?x=%F0%9F%98%80|https://x.org/?x=\ud83d\ude00",
        "https://x.org/?bad=%C3%28|https://x.org/?bad=%C3(",
        "https://x.org/?end=%|https://x.org/?end=%",
        "https://x.org/?end=%4|https://x.org/?end=%4",
        "https://x.org/?ctl=%0A|https://x.org/?ctl=%0A",
        "https://x.org/?arabic=%\u0661\u0662|https://x.org/?arabic=%\u0661\u0662",
    })
    void readsDecodedAndMapsBack(String stored, String read) {
        UriText.Decoded d = UriText.decode(stored);
        assertEquals(read, d.text());
        assertEquals(d.text().length() + 1, d.rawAt().length);
        assertEquals(stored.length(), d.rawAt()[d.text().length()]);
        for (int i = 1; i < d.rawAt().length; i++) {
            assertEquals(true, d.rawAt()[i] >= d.rawAt()[i - 1], "offsets ascend at " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Pat Example <x&y>|Pat%20Example%20%3Cx%26y%3E",
        "[REDACTED]|%5BREDACTED%5D",
        "J\u00f6rg|J%C3%B6rg",
        "\ud83d\ude00|%F0%9F%98%80",
    })
    void escapesAReplacement(String replacement, String written) {
        assertEquals(written, UriText.escape(replacement));
    }

    /** Each character of a run of encoded ones maps to its own bytes: an edit of a word inside the run replaces just it. */
    @org.junit.jupiter.api.Test
    void eachCharacterOfAnEncodedRunMapsToItsOwnBytes() {
        String stored = "https://x.org/?q=%E8%81%94%E5%BC%A0%E4%BC%9F%E5%85%88Zo%C3%AB%C2%A0%F0%9F%98%80";
        UriText.Decoded d = UriText.decode(stored);
        assertEquals("https://x.org/?q=\u8054\u5f20\u4f1f\u5148Zo\u00eb\u00a0\ud83d\ude00", d.text());
        int q = "https://x.org/?q=".length();
        int[] expected = {q, q + 9, q + 18, q + 27, q + 36, q + 37, q + 38, q + 44, q + 50, q + 50, stored.length()};
        assertEquals(java.util.Arrays.toString(expected),
                java.util.Arrays.toString(java.util.Arrays.copyOfRange(d.rawAt(), q, d.rawAt().length)));
        int from = d.text().indexOf('\u5f20');
        assertEquals("%E5%BC%A0%E4%BC%9F", stored.substring(d.rawAt()[from], d.rawAt()[from + 2]), "the name's own bytes");
    }
}
