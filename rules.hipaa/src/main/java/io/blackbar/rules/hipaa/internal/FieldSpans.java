package io.blackbar.rules.hipaa.internal;

import java.util.List;

import io.blackbar.engine.api.spi.RecognizerResult;

/** The findings of the recognizers that read a message's or a header's fields by their place (HL7, X12, DICOM). */
final class FieldSpans {

    /** A field read by its place is what its place says: sure, but under a label's 1.0. */
    static final double SCORE = 0.9;

    private FieldSpans() {
    }

    /** @return {@code from} past the spaces at a field's start */
    static int start(CharSequence text, int from, int to) {
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        return from;
    }

    /** @return {@code to} before the spaces at a field's end */
    static int end(CharSequence text, int from, int to) {
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        return to;
    }

    /** A field's value from {@code from} to {@code to}, without the spaces around it, as a finding; none when empty. */
    static void add(CharSequence text, int from, int to, String type, String why, List<RecognizerResult> results) {
        int s = start(text, from, to);
        int e = end(text, s, to);
        if (e > s) {
            results.add(new RecognizerResult(type, s, e, SCORE, why));
        }
    }
}
