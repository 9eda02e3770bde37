package io.blackbar.format.office.internal;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    private final OoxmlPackage pkg;
    private final OoxmlText.Result read;
    private final String outputType;
    private final DocumentLimits limits;
    private boolean used;

    private OoxmlDocument(OoxmlPackage pkg, OoxmlText.Result read, String outputType, DocumentLimits limits) {
        this.pkg = pkg;
        this.read = read;
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
        OoxmlPackage pkg = new OoxmlPackage(ZipGuard.read(file, limits));
        OoxmlText.Result read = OoxmlText.read(pkg, limits);
        if (read.pages() > limits.maxPages()) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document has more pages, sheets or slides than allowed.");
        }
        return new OoxmlDocument(pkg, read, OoxmlFormatHandler.macroFree(mediaType), limits);
    }

    @Override
    public String text() {
        return read.slots().text();
    }

    @Override
    public int pageCount() {
        return read.pages();
    }

    @Override
    public int pageOf(int offset) {
        return read.slots().pageOf(offset);
    }

    @Override
    public Map<String, Integer> write(List<Replacement> plan, Method method, OutputStream out) throws EngineException {
        once();
        List<String> before = new ArrayList<>();
        for (Attr a : read.sheetNames()) {
            before.add(a.getValue());
        }
        read.slots().apply(plan);
        SheetNames.fix(pkg, read.sheetNames(), before);
        limits.checkDeadline();
        Map<String, Integer> removed = new OoxmlCleaner(pkg).clean(false);
        pkg.write(out);
        return removed;
    }

    @Override
    public Map<String, Integer> sanitize(OutputStream out) throws EngineException {
        once();
        Map<String, Integer> removed = new OoxmlCleaner(pkg).clean(true);
        pkg.write(out);
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
