package io.blackbar.format.office.internal;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.Replacement;

/**
 * A DOCX, XLSX or PPTX (or their macro-enabled forms) as raw parts. Writing edits the parts' XML in
 * place and always removes metadata, authors, tracked changes, macros, embedded objects and external
 * links, so the output is the macro-free type.
 */
final class OoxmlDocument implements ParsedDocument {

    /** Worksheets and shared strings from this size on are streamed rather than parsed into a DOM. */
    static final int STREAM_ABOVE = 4 << 20;
    private static final Pattern STREAMABLE = Pattern.compile("xl/worksheets/[^/]+\\.xml|xl/sharedStrings\\.xml");

    private final OoxmlPackage pkg;
    private final OoxmlText.Result read;
    private final StreamedText streamed;
    private final Pictures pictures;
    /** The text of the parts and the streamed parts; the pictures' follows on first need. */
    private final String partsText;
    private String text;
    private final String outputType;
    private final DocumentLimits limits;
    private boolean used;
    private boolean sanitized;

    private OoxmlDocument(OoxmlPackage pkg, OoxmlText.Result read, StreamedText streamed, Pictures pictures,
            String outputType, DocumentLimits limits) {
        this.pkg = pkg;
        this.read = read;
        this.streamed = streamed;
        this.pictures = pictures;
        this.partsText = read.slots().text() + streamed.takeText();
        this.outputType = outputType;
        this.limits = limits;
    }

    /**
     * @param file the package
     * @param mediaType its media type
     * @param limits the limits
     * @return the parsed package, its pictures not read (counted as not read)
     */
    static OoxmlDocument open(Path file, String mediaType, DocumentLimits limits) throws EngineException {
        return open(file, mediaType, limits, null, false, STREAM_ABOVE);
    }

    /**
     * @param pictureReader the image format handler that reads and paints the pictures, or null when none runs
     * @param readPictures whether the pictures are read (else counted as not read)
     * @param streamAbove the size from which worksheets and shared strings are streamed
     * @see #open(Path, String, DocumentLimits)
     */
    static OoxmlDocument open(Path file, String mediaType, DocumentLimits limits, FormatHandler pictureReader,
            boolean readPictures, int streamAbove) throws EngineException {
        OoxmlPackage pkg = new OoxmlPackage(ZipGuard.read(file, limits,
                e -> STREAMABLE.matcher(e.getName()).matches() && e.getSize() >= streamAbove), file);
        List<String> large = new ArrayList<>();
        int pages = 1;
        for (String n : pkg.names()) {
            if (pkg.isLazy(n)) {
                large.add(n);
                pages = Math.max(pages, OoxmlText.pageOf(n));
            }
        }
        IdentifierFormats formats = IdentifierFormats.read(pkg);
        StreamedText streamed = new StreamedText(pkg, large, limits, formats);
        OoxmlText.Result read = OoxmlText.read(pkg, limits, formats);
        if (Math.max(pages, read.pages()) > limits.maxPages()) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document has more pages, sheets or slides than allowed.");
        }
        if ((long) read.slots().text().length() + streamed.length() > limits.maxTextChars()) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document has more text than allowed.");
        }
        return new OoxmlDocument(pkg, new OoxmlText.Result(read.slots(), read.sheetNames(), Math.max(pages, read.pages()), read.afterWrite()),
                streamed, new Pictures(pkg, pictureReader, readPictures, limits), OoxmlFormatHandler.macroFree(mediaType), limits);
    }

    /** @return true when a part is streamed rather than parsed into a DOM */
    boolean streams(String part) {
        return pkg.isStreamed(part);
    }

    /**
     * The text of the parts, then the pictures' (read by OCR on first call). After {@link #sanitize} without an
     * earlier call, the pictures are not read: nothing needs their text.
     *
     * @throws IllegalStateException (unchecked) carrying the {@link EngineException} when a picture's OCR ran out
     *     of time: this method cannot throw a checked exception
     */
    @Override
    public String text() {
        if (text == null) {
            if (sanitized && !pictures.isRead()) {
                return partsText;
            }
            try {
                String all = partsText + pictures.text();
                if (all.length() > limits.maxTextChars()) {
                    throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document has more text than allowed.");
                }
                text = all;
            } catch (EngineException e) {
                throw new IllegalStateException("the pictures could not be read", e);
            }
        }
        return text;
    }

    @Override
    public int pageCount() {
        return read.pages();
    }

    @Override
    public int pageOf(int offset) {
        int dom = read.slots().text().length();
        return offset < dom ? read.slots().pageOf(offset)
                : offset < partsText.length() ? streamed.pageOf(offset - dom) : pictures.pageOf(offset - partsText.length());
    }

    /**
     * @return the plan's spans that fall in {@code [from, to)}, cut to it and shifted to start there; a span that
     *     began before {@code from} writes its replacement where it began, so its rest here writes nothing
     */
    static List<Replacement> within(List<Replacement> plan, int from, int to) {
        List<Replacement> out = new ArrayList<>();
        for (Replacement r : plan) {
            if (r.start() < to && r.end() > from) {
                out.add(new Replacement(Math.max(r.start(), from) - from, Math.min(r.end(), to) - from, r.entityType(),
                        r.start() < from ? "" : r.text()));
            }
        }
        return out;
    }

    /**
     * A Word document that imports another file's content where it stands ({@code w:altChunk}: HTML, MHT, RTF, text
     * or another document, which Word converts into the body on opening; HTML-to-DOCX converters write whole documents
     * so) shows text that is in no part read here: a redaction would leave it in place and pass its own check. Such a
     * document is refused for redaction and anonymization, never written with the content unread.
     */
    private void refuseImportedContent() throws EngineException {
        for (String name : pkg.names()) {
            if (!name.endsWith(".rels") || !OoxmlPackage.isXml(name)) {
                continue;
            }
            for (Element r : OoxmlPackage.children(pkg.xml(name).getDocumentElement(), "Relationship")) {
                if (r.getAttribute("Type").endsWith("/aFChunk")) {
                    throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document imports content in another"
                            + " format (a Word altChunk: HTML, RTF or text that Word converts on opening), which is not read;"
                            + " save it from Word as a plain .docx first.");
                }
            }
        }
    }

    @Override
    public Map<String, Integer> write(List<Replacement> plan, Method method, OutputStream out) throws EngineException {
        once();
        refuseImportedContent();
        List<String> before = new ArrayList<>();
        for (Attr a : read.sheetNames()) {
            before.add(a.getValue());
        }
        int dom = read.slots().text().length();
        int parts = partsText.length();
        read.slots().apply(within(plan, 0, dom));
        read.afterWrite().forEach(Runnable::run);
        streamed.apply(within(plan, dom, parts));
        pictures.text(); // read already when the plan was made from text(); else now: a picture is never left unread
        Map<String, Integer> painted = pictures.apply(within(plan, parts, Integer.MAX_VALUE), method);
        SheetNames.fix(pkg, read.sheetNames(), before);
        limits.checkDeadline();
        Map<String, Integer> removed = new OoxmlCleaner(pkg).clean(false);
        painted.forEach((k, v) -> removed.merge(k, v, Integer::sum));
        if (pictures.notRead() > 0) {
            removed.put("imagesNotRead", pictures.notRead());
        }
        return written(removed, out, false);
    }

    @Override
    public Map<String, Integer> sanitize(OutputStream out) throws EngineException {
        once();
        sanitized = true;
        Map<String, Integer> removed = new OoxmlCleaner(pkg).clean(true);
        return written(removed, out, true);
    }

    /** Writes the package and adds what the streamed parts removed on the way. */
    private Map<String, Integer> written(Map<String, Integer> removed, OutputStream out, boolean sanitize) throws EngineException {
        pkg.write(out, sanitize);
        if (streamed.authors() > 0) {
            removed.merge("authors", streamed.authors(), Integer::sum);
        }
        return removed;
    }

    /** The DOM is edited in place: one write per parse. */
    private void once() throws EngineException {
        if (used) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document was already written.");
        }
        used = true;
    }

    @Override
    public String outputMediaType(Method method) {
        return outputType;
    }

    @Override
    public void close() {
        // nothing held but memory
    }
}
