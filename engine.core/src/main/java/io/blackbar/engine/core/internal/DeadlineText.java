package io.blackbar.engine.core.internal;

import io.blackbar.engine.api.spi.CharIndex;
import io.blackbar.engine.api.spi.IndexedText;
import io.blackbar.engine.api.spi.TextDeadlineException;

/**
 * The document text as recognizers see it: every 4096 reads it checks the clock and throws
 * {@link TextDeadlineException} once the deadline has passed, so that no regular expression, however
 * it backtracks, runs past the request's budget. It also carries the text's {@link CharIndex}, built
 * on first use and shared by every recognizer of the request.
 */
final class DeadlineText implements IndexedText {

    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final int offset;
    private final int length;
    private final long deadlineNanos;
    private int reads;
    private CharIndex index;

    DeadlineText(String text, long deadlineNanos) {
        this(text, 0, text.length(), deadlineNanos);
    }

    private DeadlineText(String text, int offset, int length, long deadlineNanos) {
        this.text = text;
        this.offset = offset;
        this.length = length;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public CharIndex index() {
        if (index == null) {
            index = CharIndex.of(offset == 0 && length == text.length() ? text : toString());
        }
        return index;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new TextDeadlineException();
            }
        }
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return text.charAt(offset + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length || start > end) {
            throw new IndexOutOfBoundsException();
        }
        return new DeadlineText(text, offset + start, end - start, deadlineNanos);
    }

    @Override
    public String toString() {
        return text.substring(offset, offset + length);
    }
}
