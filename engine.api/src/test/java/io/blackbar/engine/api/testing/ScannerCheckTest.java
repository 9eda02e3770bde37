package io.blackbar.engine.api.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The lookbehind check of {@link ScannerCheck}: what it flags, and why it is needed. */
class ScannerCheckTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            (?<=call[ ]+)0 ; 1
            (?<!a*)b ; 1
            (?<=x{2,})y ; 1
            (?<=(?:a|b[ \\t]*c))d ; 1
            (?<=a(?=b+))c ; 1
            (?<=a[ ]{1,3})b+ ; 0
            (?<=a{1,3}+)b ; 0
            (?<=a?+b)c ; 0
            (?<=[+*{]\\+\\*)x ; 0
            (?<name>a+)(?<=b)c* ; 0
            (?<=\\p{L}\\Q+*\\E)x ; 0
            (?<=[^]+*])x ; 0
            """)
    void unboundedQuantifiersInLookbehindsAreFound(String regex, int count) {
        Pattern.compile(regex); // each is a valid expression
        assertEquals(count, ScannerCheck.unboundedInLookbehind(regex).size(), regex);
    }

    /** Why the check exists: on OpenJDK 17 this lookbehind misses a text it fits, and its bounded form does not. */
    @Test
    void javaMissesTheUnboundedForm() {
        String text = "call him on 0412345678";
        assertTrue(Pattern.compile("(?<=call(?:[ ]{1,3}him)?(?:[ ]{1,3}on)?[ ])0\\d+").matcher(text).find());
        assertFalse(Pattern.compile("(?<=call(?:[ ]+him)?(?:[ ]+on)?[ ])0\\d+").matcher(text).find());
    }

    /** A class of this package with an expression the check must find in a static field. */
    static final class Holder {
        static final Pattern UNBOUNDED = Pattern.compile("(?<=a[ ]+b)c");
        static final Pattern BOUNDED = Pattern.compile("(?<=a[ ]{1,3}b)c");
    }

    @Test
    void staticPatternFieldsOfThePackageAreRead() {
        assertEquals(java.util.List.of("Holder 'UNBOUNDED' 8: (?<=a[ ]+b)c"), ScannerCheck.unboundedLookbehindsBeside(ScannerCheckTest.class));
    }
}
