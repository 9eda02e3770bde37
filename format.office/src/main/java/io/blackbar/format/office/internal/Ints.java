package io.blackbar.format.office.internal;

import java.util.Arrays;

/** A growable array of ints: compact anchors for millions of text slots. */
final class Ints {

    private int[] values;
    private int size;

    Ints() {
        this(64);
    }

    /** @param capacity the initial capacity */
    Ints(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int get(int i) {
        return values[i];
    }

    void set(int i, int v) {
        values[i] = v;
    }

    int size() {
        return size;
    }

    /** Drops the last value. */
    void removeLast() {
        size--;
    }

    /** @return the values as an array of their own */
    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
