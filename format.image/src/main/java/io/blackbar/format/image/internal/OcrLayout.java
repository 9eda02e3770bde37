package io.blackbar.format.image.internal;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import io.blackbar.engine.api.spi.OcrService.OcrWord;
import io.blackbar.engine.api.spi.Replacement;

/**
 * OCR words as text with anchors: words of a line are joined by a space (none beside an {@code @}),
 * lines by a newline, and each word remembers where it stands in the text and in the image. Turns a plan of text spans into
 * the boxes that cover them: every word a span touches, whole, and the low-confidence words next to
 * or over them (a misread piece of a value must not survive; fail closed).
 */
final class OcrLayout {

    /** Below this confidence (0..100) a word may be a misread part of its neighbour. */
    static final float LOW_CONFIDENCE = 60f;

    private final List<OcrWord> words;
    private final int[] starts;
    private final int[] lines;
    private final String text;

    OcrLayout(List<OcrWord> words) {
        this.words = List.copyOf(words);
        this.starts = new int[words.size()];
        this.lines = new int[words.size()];
        StringBuilder b = new StringBuilder();
        int line = 0;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                boolean newLine = startsNewLine(words.get(i - 1), words.get(i));
                line += newLine ? 1 : 0;
                if (newLine) {
                    b.append('\n');
                } else if (!atSignBetween(words.get(i - 1), words.get(i))) {
                    b.append(' ');
                }
            }
            starts[i] = b.length();
            lines[i] = line;
            b.append(words.get(i).text());
        }
        this.text = b.toString();
    }

    /**
     * Whether two words of a line meet at an {@code @}: OCR splits an e-mail address there when the gap
     * before or after the sign is as wide as a space ("marker.bb015ae283aa943 @example.net" at 44 pt),
     * and text rarely puts a space there, so the words are joined without one: read apart, the address
     * was no address and stayed in the image.
     */
    private static boolean atSignBetween(OcrWord prev, OcrWord w) {
        return prev.text().endsWith("@") || w.text().startsWith("@");
    }

    /** A word starts a new line when it stands left of its predecessor or beside it only by half its height. */
    private static boolean startsNewLine(OcrWord prev, OcrWord w) {
        if (w.x() < prev.x() + prev.width() / 2) {
            return true;
        }
        int overlap = Math.min(prev.y() + prev.height(), w.y() + w.height()) - Math.max(prev.y(), w.y());
        return overlap < Math.min(prev.height(), w.height()) / 2;
    }

    String text() {
        return text;
    }

    int wordCount() {
        return words.size();
    }

    /**
     * The boxes that cover a plan.
     *
     * @param plan spans into {@link #text()}
     * @param padding pixels added around each box, as a fraction of the word height
     * @return one box group per replacement, in plan order, and how many low-confidence words were added
     */
    Cover cover(List<Replacement> plan, double padding) {
        BitSet covered = new BitSet(words.size());
        List<List<Integer>> perReplacement = new ArrayList<>();
        for (Replacement r : plan) {
            List<Integer> hit = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                int end = starts[i] + words.get(i).text().length();
                if (starts[i] < r.end() && end > r.start()) {
                    hit.add(i);
                    covered.set(i);
                }
            }
            perReplacement.add(hit);
        }
        int lowConfidence = addLowConfidenceNeighbours(covered, perReplacement);
        List<List<Rectangle>> boxes = new ArrayList<>();
        for (List<Integer> hit : perReplacement) {
            boxes.add(lineBoxes(hit, padding));
        }
        return new Cover(boxes, lowConfidence);
    }

    /**
     * Grows each replacement's words by the low-confidence words beside them on the line or over
     * them, and beside those in turn (a misread run stays one run).
     */
    private int addLowConfidenceNeighbours(BitSet covered, List<List<Integer>> perReplacement) {
        int added = 0;
        for (List<Integer> hit : perReplacement) {
            for (int k = 0; k < hit.size(); k++) {
                int i = hit.get(k);
                for (int step : new int[] {-1, 1}) {
                    int j = i + step;
                    if (j >= 0 && j < words.size() && !covered.get(j) && lines[j] == lines[i] && isLow(j)) {
                        covered.set(j);
                        hit.add(j);
                        added++;
                    }
                }
                for (int j = 0; j < words.size(); j++) {
                    if (!covered.get(j) && isLow(j) && box(j, 0).intersects(box(i, 0))) {
                        covered.set(j);
                        hit.add(j);
                        added++;
                    }
                }
            }
        }
        return added;
    }

    private boolean isLow(int i) {
        return words.get(i).confidence() < LOW_CONFIDENCE;
    }

    /** One box per line of the words (gaps between them covered too), padded. */
    private List<Rectangle> lineBoxes(List<Integer> hit, double padding) {
        List<Rectangle> out = new ArrayList<>();
        List<Integer> lineOfBox = new ArrayList<>();
        for (int i : hit) {
            Rectangle b = box(i, padding);
            int at = lineOfBox.indexOf(lines[i]);
            if (at < 0) {
                out.add(b);
                lineOfBox.add(lines[i]);
            } else {
                out.get(at).add(b);
            }
        }
        return out;
    }

    private Rectangle box(int i, double padding) {
        OcrWord w = words.get(i);
        int pad = padding == 0 ? 0 : (int) Math.max(2, Math.ceil(w.height() * padding));
        return new Rectangle(w.x() - pad, w.y() - pad, w.width() + 2 * pad, w.height() + 2 * pad);
    }

    /**
     * The boxes of a plan.
     *
     * @param boxes per replacement, its boxes (one per line it spans)
     * @param lowConfidenceWords words covered only because they were low-confidence neighbours
     */
    record Cover(List<List<Rectangle>> boxes, int lowConfidenceWords) {
    }
}
