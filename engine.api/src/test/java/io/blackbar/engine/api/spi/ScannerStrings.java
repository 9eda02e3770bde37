package io.blackbar.engine.api.spi;

import java.util.regex.Pattern;

/** Test support: what {@link PatternScanner} makes of an expression, for the rules bundles' tests. */
public final class ScannerStrings {

    private ScannerStrings() {
    }

    /**
     * @param pattern an expression
     * @return whether its scanner looks for strings every match has before trying it
     */
    public static boolean looksForStrings(Pattern pattern) {
        return PatternScanner.of(pattern).looksForStrings();
    }

    /**
     * @param pattern an expression
     * @param text a text
     * @return at how many of the text's positions the scanner tries the expression (-1: at every one, with {@code find()})
     */
    public static int positionsTried(Pattern pattern, CharSequence text) {
        return PatternScanner.of(pattern).positionsTried(text);
    }
}
