package io.blackbar.rules.pii.internal;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expression tried at positions a recognizer finds in plain code, in ascending order, as {@code find()} would
 * try them: a position inside the previous match is passed over ({@code find()} resumes after it), a match is
 * given to the action at once, and the caller's text is read every so often (it may enforce a deadline). The
 * positions must not be the second half of a surrogate pair, where {@code find()} may not try
 * ({@link io.blackbar.engine.api.spi.PatternScanner} tells those apart): the callers give ASCII characters and
 * capitals.
 */
final class Attempts {

    private final CharSequence text;
    private final Pattern pattern;
    private final Consumer<Matcher> action;
    /** Made at the first attempt: most texts give none. */
    private Matcher m;
    private int lastEnd;
    private int tried;

    Attempts(CharSequence text, Pattern pattern, Consumer<Matcher> action) {
        this.text = text;
        this.pattern = pattern;
        this.action = action;
    }

    /** @return where the last match ended: positions before it are not tried */
    int lastEnd() {
        return lastEnd;
    }

    /**
     * Tries the expression at {@code at} (after every position tried before), unless inside the last match.
     *
     * @return whether it matched there
     */
    boolean at(int at) {
        if (at < lastEnd) {
            return false;
        }
        if ((++tried & 0xFF) == 0) {
            text.charAt(at);
        }
        if (m == null) {
            m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        m.region(at, text.length());
        if (!m.lookingAt()) {
            return false;
        }
        action.accept(m);
        lastEnd = m.end();
        return true;
    }
}
