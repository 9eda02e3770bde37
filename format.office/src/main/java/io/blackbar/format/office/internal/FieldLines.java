package io.blackbar.format.office.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.Replacement;

/**
 * The text of a document made of separate string fields (a cell, a shared string, a comment, a sheet
 * name), one field a line, each with the means to set it. Applying a plan computes each field's new
 * value and hands it to the field's setter; a replacement that runs past the end of its field is
 * written once into that field, and the following fields lose their share.
 */
final class FieldLines {

    private record Field(int start, String value, int page, Consumer<String> setter) {
    }

    private final List<Field> fields = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final long maxChars;

    /** @param maxChars most characters of text allowed */
    FieldLines(long maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * Adds a field as a line of its own; empty values are left out.
     *
     * @param value the field's text
     * @param page its 1-based page (sheet)
     * @param setter receives the new text when a plan changes it
     */
    void add(String value, int page, Consumer<String> setter) throws EngineException {
        if (value == null || value.isEmpty()) {
            return;
        }
        fields.add(new Field(text.length(), value, page, setter));
        text.append(value).append('\n');
        if (text.length() > maxChars) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document has more text than allowed.");
        }
    }

    String text() {
        return text.toString();
    }

    int pageOf(int offset) {
        int i = index(offset);
        return i < 0 ? 1 : fields.get(i).page();
    }

    /** @return the field holding an offset (or the last one before it), -1 before the first */
    private int index(int offset) {
        int lo = 0;
        int hi = fields.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (fields.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * Applies a plan (ordered, disjoint) and calls the setter of every changed field. The plan is
     * applied from its end, so the offsets of earlier replacements stay valid within a field.
     *
     * @return how many fields changed
     */
    int apply(List<Replacement> plan) throws EngineException {
        String[] now = new String[fields.size()];
        for (int k = plan.size() - 1; k >= 0; k--) {
            Replacement r = plan.get(k);
            if (r.start() < 0 || r.end() > text.length() || r.start() > r.end()) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The redaction plan does not fit the text.");
            }
            int first = Math.max(0, index(r.start()));
            for (int i = index(Math.max(r.start(), r.end() - 1)); i >= first && i >= 0; i--) {
                Field f = fields.get(i);
                int a = Math.max(r.start(), f.start()) - f.start();
                int b = Math.min(r.end(), f.start() + f.value().length()) - f.start();
                if (a > f.value().length() || b < a) {
                    continue;
                }
                String current = now[i] == null ? f.value() : now[i];
                now[i] = current.substring(0, a) + (i == first ? r.text() : "") + current.substring(b);
            }
        }
        int changed = 0;
        for (int i = 0; i < now.length; i++) {
            if (now[i] != null && !now[i].equals(fields.get(i).value())) {
                fields.get(i).setter().accept(now[i]);
                changed++;
            }
        }
        return changed;
    }
}
