package io.blackbar.format.office.internal;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
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
    private final String text;
    private final String outputType;
    private final DocumentLimits limits;
    private boolean used;

    private OoxmlDocument(OoxmlPackage pkg, OoxmlText.Result read, StreamedText streamed, String outputType,
            DocumentLimits limits) {
        this.pkg = pkg;
        this.read = read;
        this.streamed = streamed;
        this.text = read.slots().text() + streamed.takeText();
        this.outputType = outputType;
        this.limits = limits;
    }

    /**
     * @param file the package
     * @param mediaType its media type
     * @param limits the limits
     * @return the parsed package
     */
    static OoxmlDocument open(Path file, String mediaType, DocumentLimits limits) throws EngineException {
        return open(file, mediaType, limits, STREAM_ABOVE);
    }

    /**
     * @param streamAbove the size from which worksheets and shared strings are streamed
     * @see #open(Path, String, DocumentLimits)
     */
    static OoxmlDocument open(Path file, String mediaType, DocumentLimits limits, int streamAbove) throws EngineException {
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
        StreamedText streamed = new StreamedText(pkg, large, limits);
        OoxmlText.Result read = OoxmlText.read(pkg, limits);
        if (Math.max(pages, read.pages()) > limits.maxPages()) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document has more pages, sheets or slides than allowed.");
        }
        if ((long) read.slots().text().length() + streamed.length() > limits.maxTextChars()) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document has more text than allowed.");
        }
        return new OoxmlDocument(pkg, new OoxmlText.Result(read.slots(), read.sheetNames(), Math.max(pages, read.pages())),
                streamed, OoxmlFormatHandler.macroFree(mediaType), limits);
    }

    /** @return true when a part is streamed rather than parsed into a DOM */
    boolean streams(String part) {
        return pkg.isStreamed(part);
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public int pageCount() {
        return read.pages();
    }

    @Override
    public int pageOf(int offset) {
        int dom = read.slots().text().length();
        return offset < dom ? read.slots().pageOf(offset) : streamed.pageOf(offset - dom);
    }

    @Override
    public Map<String, Integer> write(List<Replacement> plan, Method method, OutputStream out) throws EngineException {
        once();
        List<String> before = new ArrayList<>();
        for (Attr a : read.sheetNames()) {
            before.add(a.getValue());
        }
        int dom = read.slots().text().length();
        List<Replacement> inDom = new ArrayList<>();
        List<Replacement> inStream = new ArrayList<>();
        for (Replacement r : plan) {
            if (r.start() < dom) {
                inDom.add(new Replacement(r.start(), Math.min(r.end(), dom), r.entityType(), r.text()));
            }
            if (r.end() > dom) {
                inStream.add(new Replacement(Math.max(0, r.start() - dom), r.end() - dom, r.entityType(),
                        r.start() < dom ? "" : r.text()));
            }
        }
        read.slots().apply(inDom);
        streamed.apply(inStream);
        SheetNames.fix(pkg, read.sheetNames(), before);
        limits.checkDeadline();
        Map<String, Integer> removed = new OoxmlCleaner(pkg).clean(false);
        return written(removed, out, false);
    }

    @Override
    public Map<String, Integer> sanitize(OutputStream out) throws EngineException {
        once();
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
