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
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.Replacement;

/**
 * An Excel 97-2003 workbook read with POI's HSSF, its pictures by OCR ({@link XlsPictures}). Writing edits the strings where they are stored
 * (the shared string table in place, so no stale copy survives), removes comment authors and user
 * names, and writes the workbook stream alone: properties, macros and embedded objects are gone.
 */
final class XlsDocument implements ParsedDocument {

    private final HSSFWorkbook wb;
    private final Map<String, Integer> dropped;
    private final XlsText read;
    private final XlsPictures pictures;
    private final DocumentLimits limits;
    private boolean used;
    /** Whether the workbook was sanitized: its pictures' text is then not read (nothing needs it; no OCR). */
    private boolean sanitized;
    /** The cells' text then the pictures', once read. */
    private String text;

    private XlsDocument(XlsPackage.Opened opened, XlsText read, XlsPictures pictures, DocumentLimits limits) {
        this.wb = opened.workbook();
        this.dropped = opened.dropped();
        this.read = read;
        this.pictures = pictures;
        this.limits = limits;
    }

    /**
     * @param file the XLS file
     * @param limits the limits
     * @param pictureReader the image handler that reads pictures by OCR, or null when none runs
     * @param readPictures whether pictures are read by OCR at all ({@code blackbar.ocr.pictures})
     * @return the parsed workbook
     */
    static XlsDocument open(Path file, DocumentLimits limits, FormatHandler pictureReader, boolean readPictures)
            throws EngineException {
        XlsPackage.Opened opened = XlsPackage.open(file, limits);
        try {
            if (opened.workbook().getNumberOfSheets() > limits.maxPages()) {
                throw XlsPackage.unprocessable("The document has more pages, sheets or slides than allowed.");
            }
            return new XlsDocument(opened, XlsText.read(opened.workbook(), limits),
                    new XlsPictures(opened.workbook(), pictureReader, readPictures, limits), limits);
        } catch (EngineException e) {
            closeQuietly(opened.workbook());
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(opened.workbook());
            throw XlsPackage.unprocessable("The spreadsheet could not be read: it is damaged or not an Excel 97-2003 workbook.");
        }
    }

    /**
     * The cells' text, then the pictures' (read by OCR on first call).
     *
     * @throws IllegalStateException (unchecked) carrying the {@link EngineException} when a picture could not be read:
     *     this method cannot throw a checked exception
     */
    @Override
    public String text() {
        if (text == null) {
            if (sanitized && !pictures.isRead()) {
                return read.lines().text();
            }
            try {
                String all = read.lines().text() + pictures.text();
                if (all.length() > limits.maxTextChars()) {
                    throw XlsPackage.unprocessable("The document has more text than allowed.");
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
        return Math.max(1, wb.getNumberOfSheets());
    }

    @Override
    public int pageOf(int offset) {
        int cells = read.lines().text().length();
        return offset < cells ? read.lines().pageOf(offset) : pictures.pageOf(offset - cells);
    }

    @Override
    public Map<String, Integer> write(List<Replacement> plan, Method method, OutputStream out) throws EngineException {
        once();
        try {
            int cells = read.lines().text().length();
            read.lines().apply(OoxmlDocument.within(plan, 0, cells));
            read.finish();
            pictures.text(); // read already when the plan was made from text(); else now: a picture is never left unread
            Map<String, Integer> painted = pictures.apply(OoxmlDocument.within(plan, cells, Integer.MAX_VALUE), method);
            limits.checkDeadline();
            Map<String, Integer> removed = new XlsCleaner(wb).clean(false, dropped);
            painted.forEach((k, v) -> removed.merge(k, v, Integer::sum));
            if (pictures.notRead() > 0) {
                removed.merge("imagesNotRead", pictures.notRead(), Integer::sum);
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
        sanitized = true;
        try {
            Map<String, Integer> removed = new XlsCleaner(wb).clean(true, dropped);
            pictures.stripMetadata(removed);
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
