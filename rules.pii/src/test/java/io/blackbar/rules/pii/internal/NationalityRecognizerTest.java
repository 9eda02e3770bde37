package io.blackbar.rules.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Nationalities are read in code (expressions starting with "I am" or a label's first letters were tried
 * at every "I", "we", "he", "n", "c"...); the code must find what these expressions, the rules as first
 * written, find: on texts made of their parts, but for a demonym glued to the word before it
 * ("nationalitygerman"), which the expression found and the code, reading words, does not.
 */
class NationalityRecognizerTest {

    /** Every demonym, longest first, a space as any run of blanks, with its plurals. */
    private static final String DEMONYM = java.util.stream.Stream.concat(NationalityRecognizer.MULTI_WORD.stream(),
                    NationalityRecognizer.DEMONYMS.stream())
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
            .map(d -> d.replace(" ", "[ \\t]+"))
            .collect(java.util.stream.Collectors.joining("|", "(?:", ")(?:e?s)?"));

    private static final Pattern LABEL = Pattern.compile("\\b(?:nationality|citizenship|ethnicity|national origin)"
            + "[ \\t]*[:=-]?[ \\t]*(?<value>" + DEMONYM + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern STATED = Pattern.compile("\\b(?:i[ \\t]+am|i'm|i’m|we[ \\t]+are|we're|we’re|he[ \\t]+is"
            + "|she[ \\t]+is|he's|she's|he’s|she’s|they[ \\t]+are|they're|they’re|you[ \\t]+are|you're|you’re)"
            + "(?:[ \\t]+(?:a|an|also|proud|both|half|originally|fully|ethnically))*[ \\t]+"
            + "(?<value>" + DEMONYM + ")(?![\\p{L}-])(?![ \\t]+(?:food|cuisine|restaurant|place|film|movie"
            + "|music|company|bank|speaker|teacher|class|course|version|translation|edition|style|wine|beer))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A demonym before a word of a person ("a Filipino man", "Welshwoman citizen"), added after the first two. */
    private static final Pattern OF_A_PERSON = Pattern.compile("(?<![\\p{L}])(?<value>" + DEMONYM + ")(?![\\p{L}-])[ \\t]+(?:"
            + String.join("|", NationalityRecognizer.PERSONS) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String[] SUBJECTS = {"I am", "i  am", "I'm", "I’m", "we are", "We're", "he is", "She is", "he's",
        "she’s", "they are", "They're", "you are", "you’re", "it is", "I was", "xI am", "_we are", "9 I am",
        "Nationality:", "nationality", "CITIZENSHIP =", "Ethnicity -", "National origin:", "national  origin", "xnationality:",
        "Nationality: a", "Citizenship\t:\t", "Nationality::"};
    private static final String[] BETWEEN = {" ", "  ", "\t", " a ", " an ", " proud ", " also proud ", " half ", " Originally ",
        " very ", " ", " the ", "-", ""};
    private static final String[] NATIONS = {"Irish", "irish", "Saudis", "saudis", "Surinameses", "New Zealander",
        "new  zealanders", "South Korean", "Korean", "North Korean", "Zealander", "Cape Verdean", "Swiss", "Danes", "Dane",
        "Polish", "polishing", "German", "Germanic", "Arabian", "Saudi Arabian", "Sri Lankan", "Lankan", "Martian", "Scots",
        "Welshwoman"};
    private static final String[] AFTER = {"", ".", " food", " foods", " citizen", " speaker", "-born", " and proud", "s",
        ", ok", " classic", " Teacher"};

    @Test
    void theCodeFindsWhatTheExpressionFinds() {
        Random random = new Random(7);
        NationalityRecognizer recognizer = new NationalityRecognizer();
        int found = 0;
        for (int t = 0; t < 4000; t++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : "Well, ");
            for (int part = 0; part < 1 + random.nextInt(3); part++) {
                String subject = pick(random, SUBJECTS);
                String between = pick(random, BETWEEN);
                if (between.isEmpty() && Character.isLetter(subject.charAt(subject.length() - 1))) {
                    between = " "; // "nationalitygerman": the expression found "german" inside, the code takes words only
                }
                text.append(subject).append(between).append(pick(random, NATIONS))
                        .append(pick(random, AFTER)).append(random.nextBoolean() ? " and " : "; ");
            }
            String s = text.toString();
            java.util.TreeMap<Integer, String> expected = new java.util.TreeMap<>();
            for (Pattern p : List.of(LABEL, STATED, OF_A_PERSON)) {
                Matcher m = p.matcher(s);
                while (m.find()) {
                    expected.putIfAbsent(m.start("value"), m.start("value") + "-" + m.end("value") + (p == LABEL ? " label" : " stated"));
                }
            }
            java.util.TreeMap<Integer, String> actual = new java.util.TreeMap<>();
            recognizer.analyze(s).forEach(r -> actual.put(r.start(), r.start() + "-" + r.end()
                    + (r.explanation().contains("label") ? " label" : " stated")));
            assertEquals(expected.values().toString(), actual.values().toString(), s);
            found += expected.size();
        }
        assertTrue(found > 1000, "the texts state enough nationalities to compare: " + found);
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
