package io.blackbar.format.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.ClassIDPredefined;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;

/**
 * Opens an XLS file (an OLE2 container holding a BIFF8 {@code Workbook} stream) within limits, and
 * writes a new container holding only the rewritten workbook stream: the property streams
 * ({@code SummaryInformation}, {@code DocumentSummaryInformation}), VBA storages and embedded objects
 * of the input are never copied.
 */
final class XlsPackage {

    /** HSSF's records take several times the stream's size on the heap. */
    private static final int HEAP_FACTOR = 8;

    /** The workbook and what the container held besides it, by kind. */
    record Opened(HSSFWorkbook workbook, Map<String, Integer> dropped) {
    }

    private XlsPackage() {
    }

    /**
     * @param file the XLS file
     * @param limits size and memory limits
     * @return the workbook
     * @throws EngineException {@code UNPROCESSABLE} when encrypted, too large, old, or malformed
     */
    static Opened open(Path file, DocumentLimits limits) throws EngineException {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes() || size * HEAP_FACTOR > limits.maxMemoryBytes()) {
                throw unprocessable("The spreadsheet is larger than allowed.");
            }
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                    throw ZipGuard.encrypted();
                }
                Map<String, Integer> dropped = dropped(fs);
                XlsRecords.check(fs.getRoot(), limits); // what POI's constructor would allocate beyond the file's size
                HSSFWorkbook wb = workbook(fs);
                // before any drawing is decoded: POI inflates its metafiles with no bound
                XlsMetafiles.check(wb, limits);
                if (wb.getInternalWorkbook().findFirstRecordBySid(FilePassRecord.sid) != null) {
                    // readable with Excel's default password: written back unencrypted
                    dropped.merge("encryption", 1, Integer::sum);
                }
                return new Opened(wb, dropped);
            }
        } catch (EncryptedDocumentException e) {
            throw ZipGuard.encrypted();
        } catch (OldExcelFormatException e) {
            throw unprocessable("The spreadsheet is in an Excel format older than Excel 97 (BIFF5 or earlier), which is not supported.");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw unprocessable("The spreadsheet could not be read: it is damaged or not an Excel 97-2003 workbook.");
        }
    }

    /**
     * @return the workbook POI builds of the container; when the stream holds rich-text labels (RSTRING, which POI keeps
     *     raw and no text read: "Ada Lovelace" went through a redaction unseen), of a copy of the stream where each is
     *     a plain label, which POI makes a shared string
     */
    private static HSSFWorkbook workbook(POIFSFileSystem fs) throws IOException {
        byte[] plain = XlsRecords.plainLabels(fs.getRoot());
        if (plain == null) {
            return new HSSFWorkbook(fs.getRoot(), false);
        }
        try (POIFSFileSystem copy = new POIFSFileSystem()) {
            copy.createDocument(new ByteArrayInputStream(plain), "Workbook");
            return new HSSFWorkbook(copy.getRoot(), false);
        }
    }

    /** Counts what will not be copied: properties, macros, embedded objects. */
    private static Map<String, Integer> dropped(POIFSFileSystem fs) {
        Map<String, Integer> dropped = new HashMap<>();
        for (Entry e : fs.getRoot()) {
            String name = e.getName().toLowerCase(Locale.ROOT);
            String kind = name.endsWith("summaryinformation") ? "metadata"
                    : name.startsWith("_vba_project") || name.equals("macros") || name.equals("vba") ? "macros"
                    : name.equals("objectpool") || name.startsWith("mbd") || name.contains("ole") ? "embeddedObjects"
                    : null;
            if (kind != null) {
                dropped.merge(kind, 1, Integer::sum);
            }
        }
        return dropped;
    }

    /**
     * Writes the workbook stream alone in a new OLE2 container, its printers' names blanked.
     *
     * @param wb the workbook
     * @param out the output
     */
    static void write(HSSFWorkbook wb, OutputStream out) throws EngineException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            byte[] stream = XlsCleaner.blankPrinters(wb.getBytes()); // counted by the cleaner: POI's records cannot be changed
            fs.createDocument(new ByteArrayInputStream(stream), "Workbook");
            fs.getRoot().setStorageClsid(ClassIDPredefined.EXCEL_V8.getClassID());
            fs.writeFilesystem(out);
        } catch (IOException | RuntimeException e) {
            throw unprocessable("The spreadsheet could not be written.");
        }
    }

    static EngineException unprocessable(String message) {
        return new EngineException(EngineException.Reason.UNPROCESSABLE, message);
    }
}
