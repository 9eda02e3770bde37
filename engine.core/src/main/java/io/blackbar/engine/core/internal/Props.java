package io.blackbar.engine.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Reads String / String[] / Collection service properties. */
final class Props {

    private Props() {
    }

    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof String[] a) {
            out.addAll(List.of(a));
        } else if (value instanceof Collection<?> c) {
            c.forEach(o -> out.add(String.valueOf(o)));
        }
        return out;
    }

    static List<String> lowerStrings(Object value) {
        List<String> out = new ArrayList<>();
        strings(value).forEach(s -> out.add(s.toLowerCase(Locale.ROOT)));
        return out;
    }
}
