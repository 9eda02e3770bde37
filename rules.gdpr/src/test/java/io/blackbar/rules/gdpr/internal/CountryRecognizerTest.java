package io.blackbar.rules.gdpr.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Country names as whole capitalised words, longest name first; given names and parts of words are not. */
class CountryRecognizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            She moved from Estonia in 2019           | Estonia
            born in the United Kingdom               | United Kingdom
            lives in Papua New Guinea now            | Papua New Guinea
            Czech Republic; Norway                   | Czech Republic;Norway
            the Peruvian coast                       |
            Chad Smith called                        |
            franceville and FRANCE                   |
            New Zealander                            |
            28039 Madrid (España)                    | España
            Lieu de naissance : Allemagne, Pays-Bas  | Allemagne;Pays-Bas
            aus Österreich und der Schweiz           | Österreich;Schweiz
            Côte d'Ivoire et Côte                    | Côte d'Ivoire
            Estados Unidos y Estados                 | Estados Unidos
            la Guinea y Grecia López                 |
            Francia Márquez, Kenia y Libia           |
            """)
    void findsCountries(String text, String expected) {
        var results = new CountryRecognizer().analyze(text);
        String actual = String.join(";", results.stream().map(r -> text.substring(r.start(), r.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
    }

    @Test
    void everyNameIsListedOnce() {
        java.util.List<String> names = new java.util.ArrayList<>(CountryRecognizer.COUNTRIES);
        names.addAll(CountryRecognizer.MULTI_WORD);
        names.addAll(CountryRecognizer.IN_OTHER_LANGUAGES);
        assertEquals(names.size(), new java.util.HashSet<>(names).size());
    }

    /**
     * The hash test before the map lets every name's first word through, so every name is still found
     * (but those whose first word is shorter than three letters: the recognizer never looks those up).
     */
    @Test
    void hashTestAdmitsEveryFirstWord() {
        java.util.List<String> names = new java.util.ArrayList<>(CountryRecognizer.COUNTRIES);
        names.addAll(CountryRecognizer.MULTI_WORD);
        names.addAll(CountryRecognizer.IN_OTHER_LANGUAGES);
        for (String name : names) {
            String first = CountryRecognizer.firstWord(name);
            assertTrue(CountryRecognizer.mayBeFirstWord(first.hashCode()), first);
            if (first.length() < 3) {
                continue;
            }
            String text = "from " + name + ", then";
            var results = new CountryRecognizer().analyze(text);
            assertEquals(1, results.size(), text);
            assertEquals(name, text.substring(results.get(0).start(), results.get(0).end()));
        }
    }
}
