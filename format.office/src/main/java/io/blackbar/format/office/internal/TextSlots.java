package io.blackbar.format.office.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.Replacement;

/**
 * The extracted text of a package and where each character came from. A line is a paragraph (or a
 * cell, a comment, an attribute); a slot is a text element, an attribute, or a range inside one (a
 * string literal inside a formula). A replacement over several slots (a value split across runs) is
 * written once into the first slot, keeping its formatting, and the others lose their share.
 */
final class TextSlots {

    /** One editable piece of text. A slot without a node is a separator (tab, break), never edited. */
    static final class Slot {
        final Node node;
        final int from;
        final int to;
        final String value;
        final UnaryOperator<String> escape;
        /** Where each read character came from in the node's stored text, when it is read in another form (a URI read decoded). */
        int[] rawAt;
        int start;
        final List<int[]> cuts = new ArrayList<>();
        final List<String> texts = new ArrayList<>();

        Slot(Node node, int from, int to, String value, UnaryOperator<String> escape) {
            this.node = node;
            this.from = from;
            this.to = to;
            this.value = value;
            this.escape = escape;
        }
    }

    private final List<Slot> slots = new ArrayList<>();
    private final List<Integer> lineStarts = new ArrayList<>();
    private final List<Integer> linePages = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final long maxChars;
    private boolean lineOpen;

    TextSlots(long maxChars) {
        this.maxChars = maxChars;
    }

    /** Starts a line on a page; a line with no text leaves no trace. */
    void newLine(int page) {
        endLine();
        lineStarts.add(text.length());
        linePages.add(page);
        lineOpen = true;
    }

    /** Ends the current line. */
    void endLine() {
        if (lineOpen) {
            lineOpen = false;
            int last = lineStarts.size() - 1;
            if (lineStarts.get(last) == text.length()) {
                lineStarts.remove(last);
                linePages.remove(last);
            } else {
                text.append('\n');
            }
        }
    }

    /** Adds the whole text of an element or attribute. */
    void add(Node node, UnaryOperator<String> escape) throws EngineException {
        String v = node.getTextContent();
        add(node, 0, v.length(), v, escape);
    }

    /** Adds a range of a node's text. */
    void add(Node node, int from, int to, String whole, UnaryOperator<String> escape) throws EngineException {
        Slot s = new Slot(node, from, to, whole, escape);
        s.start = text.length();
        text.append(whole, from, to);
        slots.add(s);
        if (text.length() > maxChars) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document has more text than allowed.");
        }
    }

    /**
     * Adds a node whose text is read in another form than it is stored (a percent-encoded URI read
     * decoded): an edit replaces its own span of the stored text, and the rest stays as stored.
     */
    void add(Node node, UriText.Decoded read, UnaryOperator<String> escape) throws EngineException {
        add(node, 0, read.text().length(), read.text(), escape);
        slots.get(slots.size() - 1).rawAt = read.rawAt();
    }

    /** Adds a separator that reads as text but is never edited. */
    void separator(String s) {
        if (lineOpen) {
            Slot slot = new Slot(null, 0, s.length(), s, null);
            slot.start = text.length();
            text.append(s);
            slots.add(slot);
        }
    }

    String text() {
        return text.toString();
    }

    int pageOf(int offset) {
        int i = 0;
        while (i + 1 < lineStarts.size() && lineStarts.get(i + 1) <= offset) {
            i++;
        }
        return lineStarts.isEmpty() ? 1 : linePages.get(i);
    }

    /**
     * Applies a plan to the DOM: each replacement goes into the first slot it touches, the rest of
     * its span is cut from the slots after.
     *
     * @return how many slots changed
     */
    int apply(List<Replacement> plan) throws EngineException {
        int[] starts = slots.stream().mapToInt(s -> s.start).toArray();
        spread(plan, text.length(), starts, i -> slots.get(i).to - slots.get(i).from, i -> slots.get(i).node != null,
                (i, a, b, replacement) -> {
                    Slot s = slots.get(i);
                    s.cuts.add(new int[] {a, b});
                    s.texts.add(replacement == null ? "" : s.escape.apply(replacement));
                });
        return write();
    }

    /** Receives one cut of a slot. */
    interface Cut {
        /**
         * @param slot the slot's index
         * @param from start of the cut in the slot's own text
         * @param to its end
         * @param replacement the replacement text for the first slot of a span, null for the others
         */
        void cut(int slot, int from, int to, String replacement) throws EngineException;
    }

    /**
     * Spreads a plan over slots: each replacement goes into the first slot it touches, the rest of its
     * span is cut from the slots after. Shared by the DOM slots and the streamed ones.
     *
     * @param plan the plan, ordered
     * @param textLength length of the text the plan points into
     * @param starts each slot's start in the text, ascending
     * @param length each slot's length
     * @param editable false for separators
     * @param cut receives the cuts
     */
    static void spread(List<Replacement> plan, int textLength, int[] starts, IntUnaryOperator length, IntPredicate editable,
            Cut cut) throws EngineException {
        for (Replacement r : plan) {
            if (r.start() < 0 || r.end() > textLength || r.start() > r.end()) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The redaction plan does not fit the text.");
            }
            int i = Arrays.binarySearch(starts, r.start());
            i = i >= 0 ? i : Math.max(0, -i - 2);
            boolean first = true;
            for (; i < starts.length && starts[i] < Math.max(r.end(), r.start() + 1); i++) {
                int len = length.applyAsInt(i);
                int a = Math.max(r.start(), starts[i]) - starts[i];
                int b = Math.min(r.end(), starts[i] + len) - starts[i];
                if (!editable.test(i) || a > len || b < a || (a == len && !first)) {
                    continue;
                }
                cut.cut(i, a, b, first ? r.text() : null);
                first = false;
            }
        }
    }

    /** Writes the edited slots back, several slots of one node together. */
    private int write() {
        Map<Node, List<Slot>> byNode = new IdentityHashMap<>();
        for (Slot s : slots) {
            if (!s.cuts.isEmpty()) {
                byNode.computeIfAbsent(s.node, n -> new ArrayList<>()).add(s);
            }
        }
        for (Map.Entry<Node, List<Slot>> e : byNode.entrySet()) {
            List<Slot> list = e.getValue();
            String whole = list.get(0).value;
            StringBuilder b = new StringBuilder(whole);
            for (int k = list.size() - 1; k >= 0; k--) {
                Slot s = list.get(k);
                b.replace(s.from, s.to, edited(s));
            }
            Slot first = list.get(0);
            setText(e.getKey(), first.rawAt == null ? b.toString() : editedRaw(first));
        }
        return byNode.size();
    }

    /** The stored text of a slot read in another form, with its cuts applied to their own spans. */
    private static String editedRaw(Slot s) {
        StringBuilder b = new StringBuilder(s.node.getTextContent()); // as stored: written once, after this
        for (int k = s.cuts.size() - 1; k >= 0; k--) {
            int[] c = s.cuts.get(k);
            b.replace(s.rawAt[c[0]], s.rawAt[c[1]], s.texts.get(k));
        }
        return b.toString();
    }

    /** A slot's own text with its cuts applied. */
    private static String edited(Slot s) {
        String own = s.value.substring(s.from, s.to);
        StringBuilder b = new StringBuilder(own);
        for (int k = s.cuts.size() - 1; k >= 0; k--) {
            int[] c = s.cuts.get(k);
            b.replace(c[0], c[1], s.texts.get(k));
        }
        return b.toString();
    }

    /** Sets text, keeping spaces at the edges of WordprocessingML and SpreadsheetML text. */
    static void setText(Node node, String value) {
        node.setTextContent(value);
        if (node instanceof Element el && "t".equals(el.getLocalName()) && el.getNamespaceURI() != null
                && !el.getNamespaceURI().contains("drawingml")) {
            el.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
        }
    }

    /** The replacement text as is. */
    static String plain(String s) {
        return s;
    }
}
