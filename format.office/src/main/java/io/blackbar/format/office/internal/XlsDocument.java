package io.blackbar.format.office.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.Replacement;

/**
 * An Excel 97-2003 workbook read with POI's HSSF. Writing edits the strings where they are stored
 * (the shared string table in place, so no stale copy survives), removes comment authors and user
 * names, and writes the workbook stream alone: properties, macros and embedded objects are gone.
 */
final class XlsDocument implements ParsedDocument {

    private final HSSFWorkbook wb;
    private final Map<String, Integer> dropped;
    private final XlsText read;
    private final DocumentLimits limits;
    private boolean used;

    private XlsDocument(XlsPackage.Opened opened, XlsText read, DocumentLimits limits) {
        this.wb = opened.workbook();
        this.dropped = opened.dropped();
        this.read = read;
        this.limits = limits;
    }

    /**
     * @param file the XLS file
     * @param limits the limits
     * @return the parsed workbook
     */
    static XlsDocument open(Path file, DocumentLimits limits) throws EngineException {
        XlsPackage.Opened opened = XlsPackage.open(file, limits);
        try {
            if (opened.workbook().getNumberOfSheets() > limits.maxPages()) {
                throw XlsPackage.unprocessable("The document has more pages, sheets or slides than allowed.");
            }
            return new XlsDocument(opened, XlsText.read(opened.workbook(), limits), limits);
        } catch (EngineException e) {
            closeQuietly(opened.workbook());
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(opened.workbook());
            throw XlsPackage.unprocessable("The spreadsheet could not be read: it is damaged or not an Excel 97-2003 workbook.");
        }
    }

    @Override
    public String text() {
        return read.lines().text();
    }

    @Override
    public int pageCount() {
        return Math.max(1, wb.getNumberOfSheets());
    }

    @Override
    public int pageOf(int offset) {
        return read.lines().pageOf(offset);
    }

    @Override
    public Map<String, Integer> write(List<Replacement> plan, Method method, OutputStream out) throws EngineException {
        once();
        try {
            read.lines().apply(plan);
            read.finish();
            limits.checkDeadline();
            Map<String, Integer> removed = new XlsCleaner(wb).clean(false, dropped);
            // the pictures of an XLS are not read (see README): said, as for an Office package's EMF pictures
            int pictures = wb.getAllPictures().size();
            if (pictures > 0) {
                removed.merge("imagesNotRead", pictures, Integer::sum);
            }
            XlsPackage.write(wb, out);
            return removed;
        } catch (RuntimeException e) {
            throw XlsPackage.unprocessable("The spreadsheet could not be written.");
        }
    }

    @Override
    public Map<String, Integer> sanitize(OutputStream out) throws EngineException {
        once();
        try {
            Map<String, Integer> removed = new XlsCleaner(wb).clean(true, dropped);
            XlsPackage.write(wb, out);
            return removed;
        } catch (RuntimeException e) {
            throw XlsPackage.unprocessable("The spreadsheet could not be written.");
        }
    }

    /** The workbook is edited in place: one write per parse. */
    private void once() throws EngineException {
        if (used) {
            throw XlsPackage.unprocessable("The document was already written.");
        }
        used = true;
    }

    @Override
    public String outputMediaType(Method method) {
        return XlsFormatHandler.XLS;
    }

    @Override
    public void close() {
        closeQuietly(wb);
    }

    private static void closeQuietly(HSSFWorkbook wb) {
        try {
            wb.close();
        } catch (IOException e) {
            // nothing to release but memory
        }
    }
}
