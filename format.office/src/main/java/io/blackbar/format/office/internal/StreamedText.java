package io.blackbar.format.office.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.Replacement;

/**
 * The text of the large SpreadsheetML parts (worksheets and shared strings above a size), read and
 * written by {@link SheetStream} without a DOM, streamed from the input file each time (never held in
 * memory whole). Anchors are compact: for each slot, the part, the
 * number of its text element in the part, and the range inside that element's text, in int arrays.
 * A plan becomes a list of cuts for the few elements it touches; writing streams each part again and
 * edits those elements on the way, then applies the formula rewrites of renamed sheets.
 */
final class StreamedText {

    /** The cuts planned for one text element, in the order of the text. */
    private static final class Edit {
        final Ints cuts = new Ints(2);
        final List<String> texts = new ArrayList<>(1);
    }

    private final OoxmlPackage pkg;
    private final IdentifierFormats formats;
    private final List<String> parts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Ints lineStarts = new Ints();
    private final Ints linePages = new Ints();
    private final Ints starts = new Ints();
    private final Ints slotPart = new Ints();
    private final Ints slotOrdinal = new Ints();
    private final Ints slotFrom = new Ints();
    private final Ints slotLength = new Ints();
    private final Ints slotFormula = new Ints();
    private final Map<Long, Edit> edits = new HashMap<>();
    private final long maxChars;
    private boolean lineOpen;
    private int authors;
    private int length = -1;

    /**
     * Reads the text of the given parts, each marked as streamed in the package.
     *
     * @param pkg the package
     * @param names the parts to stream, in reading order
     * @param limits text and time limits
     * @param formats the workbook's identifier number formats, whose number cells are read as they show
     */
    StreamedText(OoxmlPackage pkg, List<String> names, DocumentLimits limits, IdentifierFormats formats) throws EngineException {
        this.pkg = pkg;
        this.formats = formats;
        this.maxChars = limits.maxTextChars();
        for (String name : names) {
            limits.checkDeadline();
            int part = parts.size();
            parts.add(name);
            int page = OoxmlText.pageOf(name);
            try (InputStream in = pkg.open(name)) {
                new SheetStream(false, UnaryOperator.identity(), formats).run(in, null, reader(part, page));
            } catch (IOException e) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document could not be read.", e);
            }
            endLine();
            pkg.stream(name, (raw, out, sanitize) -> write(part, raw, out, sanitize));
        }
    }

    /** @return the text, once: the builder is emptied, the document keeps the string */
    String takeText() {
        String t = text.toString();
        length = t.length();
        text.setLength(0);
        text.trimToSize();
        return t;
    }

    int length() {
        return length >= 0 ? length : text.length();
    }

    /** @return the page of an offset into this text */
    int pageOf(int offset) {
        int lo = 0;
        int hi = lineStarts.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lineStarts.get(mid) <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lineStarts.size() == 0 ? 1 : linePages.get(found);
    }

    /** @return the author attributes replaced while writing */
    int authors() {
        return authors;
    }

    private SheetStream.Editor reader(int part, int page) {
        return new SheetStream.Editor() {
            @Override
            public void startLine() {
                newLine(page);
            }

            @Override
            public void endLine() {
                StreamedText.this.endLine();
            }

            @Override
            public String text(int ordinal, SheetStream.Kind kind, String value) throws EngineException {
                if (kind == SheetStream.Kind.RUN) {
                    slot(part, ordinal, value, 0, value.length(), PLAIN);
                } else if (kind == SheetStream.Kind.LEAF || kind == SheetStream.Kind.NUMBER) {
                    newLine(page);
                    slot(part, ordinal, value, 0, value.length(), PLAIN);
                    StreamedText.this.endLine();
                } else if (kind == SheetStream.Kind.HEADER) {
                    for (int[] range : HeaderCodes.sections(value)) {
                        if (range[2] == 1) {
                            newLine(page);
                        }
                        slot(part, ordinal, value, range[0], range[1], HEADER);
                    }
                    StreamedText.this.endLine();
                } else {
                    Matcher m = OoxmlText.LITERAL.matcher(value);
                    while (m.find()) {
                        if (m.end(1) > m.start(1)) {
                            newLine(page);
                            slot(part, ordinal, value, m.start(1), m.end(1), FORMULA);
                            StreamedText.this.endLine();
                        }
                    }
                }
                return null;
            }
        };
    }

    private void newLine(int page) {
        endLine();
        lineStarts.add(text.length());
        linePages.add(page);
        lineOpen = true;
    }

    private void endLine() {
        if (lineOpen) {
            lineOpen = false;
            if (lineStarts.get(lineStarts.size() - 1) == text.length()) {
                lineStarts.removeLast();
                linePages.removeLast();
            } else {
                text.append('\n');
            }
        }
    }

    /** How a replacement is written into a slot's element: as it is, into a formula's literal, into a header's text. */
    private static final int PLAIN = 0;
    private static final int FORMULA = 1;
    private static final int HEADER = 2;

    private void slot(int part, int ordinal, String value, int from, int to, int escape) throws EngineException {
        starts.add(text.length());
        slotPart.add(part);
        slotOrdinal.add(ordinal);
        slotFrom.add(from);
        slotLength.add(to - from);
        slotFormula.add(escape);
        text.append(value, from, to);
        if (text.length() > maxChars) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document has more text than allowed.");
        }
    }

    private static long key(int part, int ordinal) {
        return (long) part << 32 | ordinal & 0xffffffffL;
    }

    /** Turns a plan (offsets into this text) into cuts of the text elements it touches. */
    void apply(List<Replacement> plan) throws EngineException {
        TextSlots.spread(plan, length(), starts.toArray(), slotLength::get, i -> true, (i, a, b, replacement) -> {
            Edit e = edits.computeIfAbsent(key(slotPart.get(i), slotOrdinal.get(i)), k -> new Edit());
            e.cuts.add(slotFrom.get(i) + a);
            e.cuts.add(slotFrom.get(i) + b);
            int escape = slotFormula.get(i);
            e.texts.add(replacement == null ? "" : escape == FORMULA ? replacement.replace("\"", "\"\"")
                    : escape == HEADER ? HeaderCodes.escape(replacement) : replacement);
        });
    }

    /** Streams one part to the output with its edits, the formula rewrites and the cleaner's rules. */
    private void write(int part, InputStream in, OutputStream out, boolean sanitize) throws EngineException {
        List<UnaryOperator<String>> rewrites = pkg.formulaRewrites();
        UnaryOperator<String> renamed = f -> {
            String now = f;
            for (UnaryOperator<String> r : rewrites) {
                now = r.apply(now);
            }
            return now;
        };
        // a link to a place in the workbook names a renamed sheet as a formula does
        SheetStream stream = new SheetStream(sanitize, renamed, formats);
        // buffered: the StAX writer writes a few bytes at a time, and each write to a zip entry deflates
        stream.run(in, new BufferedOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, 1 << 16), (ordinal, kind, value) -> {
            Edit e = edits.get(key(part, ordinal));
            String now = e == null ? value : cut(value, e);
            if (kind == SheetStream.Kind.FORMULA) {
                now = renamed.apply(now);
            }
            return now.equals(value) ? null : now;
        });
        authors += stream.authors();
    }

    private static String cut(String value, Edit e) {
        StringBuilder b = new StringBuilder(value);
        for (int k = e.texts.size() - 1; k >= 0; k--) {
            b.replace(e.cuts.get(2 * k), e.cuts.get(2 * k + 1), e.texts.get(k));
        }
        return b.toString();
    }
}
