package io.blackbar.format.office.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import io.blackbar.engine.api.EngineException;

/**
 * One pass of StAX over a SpreadsheetML worksheet or shared strings part, in bounded memory: it finds
 * the same text as {@link OoxmlText} does on a DOM (strings {@code si} and inline strings {@code is} as
 * lines of their {@code t} runs, cached string results {@code v} of {@code t="str"} cells, header and
 * footer strings, formulas {@code f}, the attributes of {@link OoxmlText#SHEET_ATTRIBUTES}, numbers of an identifier's
 * format as they show), numbering each text
 * element in document order (an element's attributes before its text), and, when given
 * a writer, copies the part event by event with the text of each element as an {@link Editor} decides.
 * The rules of {@link OoxmlCleaner} for worksheets are applied on the way: OLE objects and external
 * references are dropped, author attributes replaced, and for sanitize the comments' drawing anchor
 * ({@code legacyDrawing}) goes. A DOCTYPE is refused, as by {@link SafeXml}.
 */
final class SheetStream {

    /** What a text element is. */
    enum Kind {
        /** a run of a string: joins the line of its {@code si} or {@code is} */
        RUN,
        /** a text element that is a line of its own */
        LEAF,
        /** a formula: only its string literals are text */
        FORMULA,
        /** a header or a footer: only the text between its codes is text ({@link HeaderCodes}) */
        HEADER,
        /**
         * a number cell's value in an identifier's format ({@link IdentifierFormats}), given as the text it shows, a line
         * of its own; new text makes the cell a string cell (an inline string, or a formula's string result)
         */
        NUMBER
    }

    /** Receives each text element and says what to write in its place. */
    interface Editor {
        /** A string or inline string starts (a line). */
        default void startLine() {
        }

        /** It ends. */
        default void endLine() {
        }

        /**
         * @param ordinal the element's number in document order, from 0
         * @param kind what it is
         * @param text its text
         * @return the text to write, or null to keep it
         */
        String text(int ordinal, Kind kind, String text) throws EngineException;
    }

    private static final Set<String> LEAVES = Set.of("oddHeader", "evenHeader", "firstHeader", "oddFooter", "evenFooter",
            "firstFooter");
    private static final Set<String> DROPPED = Set.of("oleObject", "OLEObject", "externalReference", "externalReferences");
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final XMLInputFactory IN = inputFactory();
    private static final XMLOutputFactory OUT = XMLOutputFactory.newFactory();

    private final boolean sanitize;
    private final UnaryOperator<String> references;
    private final IdentifierFormats formats;
    /** The number cell being written, held until its end; null outside one. */
    private Cell cell;
    private int ordinal;
    /** Whether a run of the current shared or inline string was given new text. */
    private boolean lineChanged;
    /** Whether the current shared or inline string has shown a phonetic reading. */
    private boolean phoneticSeen;
    private int authors;

    /** @param sanitize also drop the comments' anchors */
    SheetStream(boolean sanitize) {
        this(sanitize, UnaryOperator.identity(), IdentifierFormats.NONE);
    }

    /**
     * @param sanitize also drop the comments' anchors
     * @param references rewrites a reference to a place in the workbook (a link's location naming a renamed sheet)
     * @param formats the workbook's identifier number formats, whose number cells are read as they show
     */
    SheetStream(boolean sanitize, UnaryOperator<String> references, IdentifierFormats formats) {
        this.sanitize = sanitize;
        this.references = references;
        this.formats = formats;
    }

    /** A write to the output, held while a number cell is: its start tag waits for its value. */
    private interface Write {
        void to(XMLStreamWriter w) throws XMLStreamException;
    }

    /**
     * A number cell of an identifier format while it is copied: its start tag, the writes of its children, and its value
     * (written at its place once the cell's end shows whether it changed, and so which type the cell is).
     */
    private static final class Cell {
        final StartTag tag;
        final int depth;
        final List<Write> body = new ArrayList<>();
        boolean formula;
        int valueAt = -1;
        StartTag valueTag;
        String value;
        /** the new text, or null when it stays */
        String now;

        Cell(StartTag tag, int depth) {
            this.tag = tag;
            this.depth = depth;
        }
    }

    /** Writes now, or holds the write while a number cell is open. */
    private void emit(XMLStreamWriter w, Write op) throws XMLStreamException {
        if (w == null) {
            return;
        }
        if (cell != null) {
            cell.body.add(op);
        } else {
            op.to(w);
        }
    }

    private static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** @return how many author attributes were replaced by the last pass */
    int authors() {
        return authors;
    }

    /**
     * @param in the part
     * @param out where to copy it, or null to read only
     * @param editor receives the text elements
     */
    void run(InputStream in, OutputStream out, Editor editor) throws EngineException {
        ordinal = 0;
        authors = 0;
        cell = null;
        XMLStreamReader r = null;
        XMLStreamWriter w = null;
        try {
            r = IN.createXMLStreamReader(in);
            w = out == null ? null : OUT.createXMLStreamWriter(out, "UTF-8");
            copy(r, w, editor);
            if (w != null) {
                w.flush();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document is malformed (a part is not well-formed XML).", e);
        } finally {
            close(r, w);
        }
    }

    private static void close(XMLStreamReader r, XMLStreamWriter w) {
        try {
            if (w != null) {
                w.close();
            }
            if (r != null) {
                r.close();
            }
        } catch (XMLStreamException e) {
            // closing releases nothing of the underlying streams
        }
    }

    private void copy(XMLStreamReader r, XMLStreamWriter w, Editor editor) throws XMLStreamException, EngineException {
        Deque<String> open = new ArrayDeque<>();
        String cellType = "";
        String cellStyle = null;
        boolean numberCell = false;
        if (w != null) {
            w.writeStartDocument("UTF-8", "1.0");
        }
        while (r.hasNext()) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.DTD -> throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                        "The document declares XML entities (a DOCTYPE), which are refused.");
                case XMLStreamConstants.START_ELEMENT -> {
                    String ln = r.getLocalName();
                    if (DROPPED.contains(ln) || sanitize && "legacyDrawing".equals(ln)) {
                        skip(r);
                        continue;
                    }
                    if ("rPh".equals(ln) && lineChanged) {
                        // a changed string's phonetic reading (the furigana of a redacted name) goes with it; its text
                        // elements keep their numbers, as when it was read
                        ordinal += skip(r);
                        continue;
                    }
                    if ("c".equals(ln)) {
                        String t = r.getAttributeValue(null, "t");
                        cellType = t == null ? "" : t;
                        cellStyle = r.getAttributeValue(null, "s");
                        numberCell = formats.applies(cellStyle, cellType);
                    }
                    if (cell != null && "f".equals(ln) && open.size() == cell.depth) {
                        cell.formula = true;
                    }
                    // inside a phonetic reading only its text elements are numbered (what a dropped one is counted by)
                    boolean phonetic = "rPh".equals(ln) || open.contains("rPh");
                    if (!phonetic && phoneticSeen && ("t".equals(ln) || "r".equals(ln))) {
                        // the schema puts readings after the text; read before it, a reading would split the string
                        throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                                "The document is malformed (a string's phonetic reading stands before its text).");
                    }
                    phoneticSeen |= "rPh".equals(ln);
                    Kind kind = phonetic ? ("t".equals(ln) ? Kind.LEAF : null)
                            : kind(ln, r.getNamespaceURI(), open.peek(), cellType, numberCell);
                    if ("si".equals(ln) || "is".equals(ln)) {
                        editor.startLine();
                        lineChanged = false;
                        phoneticSeen = false;
                    }
                    String[] attributeText = phonetic ? null : attributeText(r, editor);
                    StartTag tag = w == null ? null : capture(r, attributeText);
                    if (kind == Kind.NUMBER) {
                        String stored = r.getElementText();
                        String shown = formats.shown(cellStyle, cellType, stored);
                        // no text (not a number, or no section shows it): not read, so not numbered
                        String now = shown == null ? null : editor.text(ordinal++, kind, shown);
                        if (cell != null && cell.valueAt < 0) {
                            cell.valueAt = cell.body.size();
                            cell.valueTag = tag;
                            cell.value = stored;
                            cell.now = now;
                        } else {
                            emit(w, x -> {
                                write(tag, x, false);
                                x.writeCharacters(stored);
                                x.writeEndElement();
                            });
                        }
                        continue;
                    }
                    if (kind != null) {
                        String text = r.getElementText();
                        String now = editor.text(ordinal++, kind, text);
                        lineChanged |= now != null && !now.equals(text);
                        emit(w, x -> {
                            write(tag, x, now != null && "t".equals(ln));
                            x.writeCharacters(now == null ? text : now);
                            x.writeEndElement();
                        });
                        continue;
                    }
                    open.push(ln);
                    if ("c".equals(ln) && numberCell && w != null && cell == null) {
                        cell = new Cell(tag, open.size()); // written at its end, when its value's fate is known
                    } else {
                        emit(w, x -> write(tag, x, false));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    String ln = open.pop();
                    if ("si".equals(ln) || "is".equals(ln)) {
                        editor.endLine();
                    }
                    if (cell != null && open.size() == cell.depth - 1) {
                        writeCell(w);
                    } else {
                        emit(w, XMLStreamWriter::writeEndElement);
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                    String text = r.getText();
                    emit(w, x -> x.writeCharacters(text));
                }
                case XMLStreamConstants.CDATA -> {
                    String text = r.getText();
                    emit(w, x -> x.writeCData(text));
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    String target = r.getPITarget();
                    String data = r.getPIData();
                    emit(w, x -> x.writeProcessingInstruction(target, data));
                }
                case XMLStreamConstants.END_DOCUMENT -> {
                    if (w != null) {
                        w.writeEndDocument();
                    }
                }
                default -> {
                    // comments and the declaration are not copied (the writer writes its own declaration)
                }
            }
        }
    }

    /**
     * Writes the held number cell: as it was when its value stays; else a string cell of the new text, its style kept
     * (an inline string in place of the value, or a formula's string result).
     */
    private void writeCell(XMLStreamWriter w) throws XMLStreamException {
        Cell c = cell;
        cell = null;
        StartTag tag = c.tag;
        if (c.now != null) {
            List<String[]> attributes = new ArrayList<>();
            String type = c.formula ? "str" : "inlineStr";
            boolean typed = false;
            for (String[] a : tag.attributes()) {
                boolean isType = a[1].isEmpty() && "t".equals(a[2]);
                attributes.add(isType ? new String[] {a[0], a[1], a[2], type} : a);
                typed |= isType;
            }
            if (!typed) {
                attributes.add(new String[] {"", "", "t", type});
            }
            tag = new StartTag(tag.prefix(), tag.localName(), tag.ns(), tag.namespaces(), attributes);
        }
        write(tag, w, false);
        for (int i = 0; i <= c.body.size(); i++) {
            if (i == c.valueAt) {
                if (c.now == null || c.formula) {
                    write(c.valueTag, w, false);
                    w.writeCharacters(c.now == null ? c.value : c.now);
                    w.writeEndElement();
                } else {
                    w.writeStartElement(tag.prefix(), "is", tag.ns());
                    w.writeStartElement(tag.prefix(), "t", tag.ns());
                    w.writeAttribute(XMLConstants.XML_NS_PREFIX, XML_NS, "space", "preserve");
                    w.writeCharacters(c.now);
                    w.writeEndElement();
                    w.writeEndElement();
                }
            }
            if (i < c.body.size()) {
                c.body.get(i).to(w);
            }
        }
        w.writeEndElement();
    }

    /** @return the kind of a text element, or null for other elements */
    private static Kind kind(String ln, String ns, String parent, String cellType, boolean numberCell) {
        if ("t".equals(ln)) {
            return "si".equals(parent) || "is".equals(parent) || "r".equals(parent) ? Kind.RUN : Kind.LEAF;
        }
        if (LEAVES.contains(ln)) {
            return Kind.HEADER;
        }
        if ("v".equals(ln) && "c".equals(parent) && "str".equals(cellType)) {
            return Kind.LEAF;
        }
        if ("v".equals(ln) && "c".equals(parent) && numberCell) {
            return Kind.NUMBER;
        }
        // a formula element of another namespace may hold elements (x14:formula1 holds xm:f), read on its own
        return "f".equals(ln) || OoxmlText.FORMULAS.contains(ln) && OoxmlText.SHEET_NS.equals(ns) ? Kind.FORMULA : null;
    }

    /**
     * The attributes of the current start element that hold text ({@link OoxmlText#SHEET_ATTRIBUTES}: a filter's
     * criteria, a validation's prompt and error, a link's tooltip ...), each a line of its own given to the editor in the
     * order the DOM path reads them.
     *
     * @return per attribute index, the text to write (null: as read), or null when the element has none
     */
    private String[] attributeText(XMLStreamReader r, Editor editor) throws EngineException {
        List<String> names = OoxmlText.SHEET_ATTRIBUTES.get(r.getLocalName());
        if (names == null) {
            // and the attributes any vocabulary's element holds text in (a scenario's author, a custom view's name), as
            // the DOM path reads them for a sheet that is not streamed
            names = OoxmlText.TEXT_ATTRIBUTES.get(r.getLocalName());
        }
        if (names == null || !OoxmlText.isSheetNamespace(r.getNamespaceURI())) {
            return null;
        }
        String[] text = new String[r.getAttributeCount()];
        for (String name : names) {
            for (int i = 0; i < text.length; i++) {
                String value = r.getAttributeValue(i);
                if (name.equals(r.getAttributeLocalName(i)) && orEmpty(r.getAttributeNamespace(i)).isEmpty() && !value.isBlank()) {
                    text[i] = editor.text(ordinal++, Kind.LEAF, value);
                }
            }
        }
        return text;
    }

    /** Skips the subtree of the current start element; @return how many {@code t} elements it held */
    private static int skip(XMLStreamReader r) throws XMLStreamException {
        int texts = 0;
        for (int depth = 1; depth > 0;) {
            int ev = r.next();
            texts += ev == XMLStreamConstants.START_ELEMENT && "t".equals(r.getLocalName()) ? 1 : 0;
            depth += ev == XMLStreamConstants.START_ELEMENT ? 1 : ev == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
        return texts;
    }

    /** A start element as read: name, namespace declarations, attributes (author names replaced). */
    private record StartTag(String prefix, String localName, String ns, List<String[]> namespaces, List<String[]> attributes) {
    }

    /**
     * Captures the current start element, so it can be written after its text was read.
     *
     * @param attributeText per attribute index, its edited text (null: as read); null for none
     */
    private StartTag capture(XMLStreamReader r, String[] attributeText) {
        List<String[]> namespaces = new ArrayList<>();
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            namespaces.add(new String[] {r.getNamespacePrefix(i), r.getNamespaceURI(i)});
        }
        List<String[]> attributes = new ArrayList<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String an = r.getAttributeLocalName(i);
            String value = r.getAttributeValue(i);
            if (OoxmlCleaner.isAuthor(r.getLocalName(), an) && !value.isEmpty() && !"Author".equals(value)) {
                value = "Author";
                authors++;
            } else if (attributeText != null && attributeText[i] != null) {
                value = attributeText[i];
            } else if ("hyperlink".equals(r.getLocalName()) && "location".equals(an) && orEmpty(r.getAttributeNamespace(i)).isEmpty()) {
                value = references.apply(value);
            }
            attributes.add(new String[] {orEmpty(r.getAttributePrefix(i)), orEmpty(r.getAttributeNamespace(i)), an, value});
        }
        return new StartTag(orEmpty(r.getPrefix()), r.getLocalName(), orEmpty(r.getNamespaceURI()), namespaces, attributes);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Writes a start element; an edited text run keeps its spaces ({@code xml:space="preserve"}). */
    private static void write(StartTag tag, XMLStreamWriter w, boolean preserveSpace) throws XMLStreamException {
        w.writeStartElement(tag.prefix(), tag.localName(), tag.ns());
        for (String[] n : tag.namespaces()) {
            if (n[0] == null || n[0].isEmpty()) {
                w.writeDefaultNamespace(n[1]);
            } else {
                w.writeNamespace(n[0], n[1]);
            }
        }
        boolean spaceWritten = false;
        for (String[] a : tag.attributes()) {
            String value = a[3];
            if (XML_NS.equals(a[1]) && "space".equals(a[2])) {
                spaceWritten = true;
                value = preserveSpace ? "preserve" : value;
            }
            if (a[1].isEmpty()) {
                w.writeAttribute(a[2], value);
            } else {
                w.writeAttribute(a[0].isEmpty() ? XMLConstants.XML_NS_PREFIX : a[0], a[1], a[2], value);
            }
        }
        if (preserveSpace && !spaceWritten) {
            w.writeAttribute(XMLConstants.XML_NS_PREFIX, XML_NS, "space", "preserve");
        }
    }
}
