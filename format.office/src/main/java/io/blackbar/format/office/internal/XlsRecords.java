package io.blackbar.format.office.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.RecordBase;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.aggregates.RecordAggregate;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.util.LittleEndian;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.Entry;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;

/**
 * Reads a workbook stream's records raw, before POI builds anything of it, for what POI would allocate beyond the
 * file's size: a row object and an array of cells as wide as the row says it is (an 85 KB file of 4,000 empty rows
 * each "32,767 columns wide" ran a 512 MB heap out inside POI's constructor), and a sheet for every sheet record
 * (60,000 sheets in 4.9 MB took 376 MB before their number was checked). Too many sheets, or rows and cells that
 * would take more than the memory budget, refuse the workbook.
 */
final class XlsRecords {

    private static final int BOF = 0x0809;
    private static final int BOUNDSHEET = 0x0085;
    private static final int FILEPASS = 0x002F;
    private static final int ROW = 0x0208;
    private static final int MULRK = 0x00BD;
    private static final int MULBLANK = 0x00BE;
    private static final int LABEL = 0x0204;
    private static final int RSTRING = 0x00D6;
    /** The records of one cell, each starting with its row and column. */
    private static final int[] CELLS = {0x0006, 0x00FD, 0x0203, 0x0204, 0x0205, 0x0201, 0x027E, 0x00D6};
    /** What POI keeps a row by beside its array of cells (the row object, its record, the map's entry). */
    private static final long ROW_BYTES = 160;
    /** What POI keeps a cell by (the cell object and its record). */
    private static final long CELL_BYTES = 96;
    /** A reference in a row's array of cells, and the slots POI adds past the last column. */
    private static final long SLOT_BYTES = 8;
    private static final int SLACK = 5;

    private XlsRecords() {
    }

    /**
     * @param root the OLE2 container's root
     * @param limits the page count and memory budget
     * @throws EngineException {@code UNPROCESSABLE} past either
     */
    static void check(DirectoryNode root, DocumentLimits limits) throws EngineException, IOException {
        DocumentEntry stream = workbookStream(root);
        if (stream == null) {
            return; // none: POI says what the file is
        }
        Tally tally = new Tally(limits);
        byte[] data = new byte[8224];
        try (InputStream in = root.createDocumentInputStream(stream)) {
            while (true) {
                int sid = u16(in);
                int length = u16(in);
                if (sid < 0 || length < 0) {
                    break;
                }
                int read = in.readNBytes(data, 0, Math.min(length, data.length));
                if (read < length && in.skip(length - read) < length - read) {
                    break; // the stream ends inside the record: POI says what it makes of that
                }
                tally.record();
                if (sid == FILEPASS) {
                    // what follows is enciphered (Excel's default password, which POI reads): counted again, deciphered
                    decrypted(root, stream, limits);
                    return;
                }
                if (sid == BOF) {
                    tally.sheet();
                } else if (sid == BOUNDSHEET) {
                    tally.boundSheet();
                } else if (read >= 6) {
                    int row = LittleEndian.getUShort(data, 0);
                    if (sid == ROW) {
                        tally.row(row, LittleEndian.getUShort(data, 4));
                    } else if (sid == MULRK || sid == MULBLANK) {
                        int count = Math.max(0, (read - 6) / (sid == MULRK ? 6 : 2));
                        tally.cells(row, LittleEndian.getUShort(data, 2), count);
                    } else if (isCell(sid)) {
                        tally.cells(row, LittleEndian.getUShort(data, 2), 1);
                    }
                }
            }
        }
        tally.finish();
    }

    /**
     * A rich-text label (RSTRING: a cell's text with its formatting runs) is a label followed by its runs; POI keeps it
     * raw, so no text read it. Each becomes a plain label of the same length, its runs left as trailing bytes, which
     * POI's label reader skips (it converts labels to shared strings, which are read and edited). Only the record's
     * header changes: headers are never enciphered, so a workbook with Excel's default password is patched alike.
     *
     * @param root the OLE2 container's root
     * @return the workbook stream patched, or null when it holds no rich-text label (or no workbook stream)
     */
    static byte[] plainLabels(DirectoryNode root) throws IOException {
        DocumentEntry stream = workbookStream(root);
        if (stream == null) {
            return null;
        }
        byte[] data;
        try (InputStream in = root.createDocumentInputStream(stream)) {
            data = in.readAllBytes(); // within the file's size, which the memory budget allows for
        }
        boolean patched = false;
        for (int at = 0; at + 4 <= data.length; at += 4 + LittleEndian.getUShort(data, at + 2)) {
            if (LittleEndian.getUShort(data, at) == RSTRING) {
                LittleEndian.putUShort(data, at, LABEL);
                patched = true;
            }
        }
        return patched ? data : null;
    }

    private static DocumentEntry workbookStream(DirectoryNode root) {
        DocumentEntry stream = null;
        for (Entry e : root) {
            if (e instanceof DocumentEntry d && e.getName().toLowerCase(Locale.ROOT).equals("workbook")) {
                stream = d;
            }
        }
        return stream;
    }

    /** The same count through POI's record reader, which deciphers a workbook encrypted with Excel's default password. */
    private static void decrypted(DirectoryNode root, DocumentEntry stream, DocumentLimits limits) throws EngineException, IOException {
        Tally tally = new Tally(limits);
        try (InputStream in = root.createDocumentInputStream(stream)) {
            RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
            for (org.apache.poi.hssf.record.Record r = records.nextRecord(); r != null; r = records.nextRecord()) {
                tally.record();
                if (r instanceof BOFRecord) {
                    tally.sheet();
                } else if (r instanceof BoundSheetRecord) {
                    tally.boundSheet();
                } else if (r instanceof RowRecord row) {
                    tally.row(row.getRowNumber(), row.getLastCol());
                } else if (r instanceof CellValueRecordInterface cell) {
                    tally.cells(cell.getRow(), cell.getColumn(), 1);
                }
            }
        }
        tally.finish();
    }

    /** What POI will allocate for the rows and cells, sheet by sheet, and the sheets. */
    private static final class Tally {
        private final DocumentLimits limits;
        /** The current sheet's rows (BIFF8 numbers them in 16 bits): the widest POI will make each, plus one. */
        private final int[] widths = new int[1 << 16];
        /** The rows of {@link #widths} set, so that a sheet's end visits those only (a file of empty sheets is cheap). */
        private final int[] touched = new int[1 << 16];
        private int touchedCount;
        private int sheets;
        private long records;
        private long cells;
        private long bytes;

        Tally(DocumentLimits limits) {
            this.limits = limits;
        }

        void record() throws EngineException {
            if ((++records & 0xFFF) == 0) {
                limits.checkDeadline();
            }
        }

        void boundSheet() throws EngineException {
            if (++sheets > limits.maxPages()) {
                throw XlsPackage.unprocessable("The document has more pages, sheets or slides than allowed.");
            }
        }

        void row(int row, int width) {
            widen(row & 0xFFFF, width);
        }

        void cells(int row, int firstColumn, int count) {
            cells += count;
            widen(row & 0xFFFF, firstColumn + count);
        }

        private void widen(int row, int width) {
            if (widths[row] == 0) {
                touched[touchedCount++] = row;
            }
            widths[row] = Math.max(widths[row], width + 1);
        }

        /** Ends a sheet: what its rows take in POI, counted; the table cleared for the next. */
        void sheet() {
            for (int k = 0; k < touchedCount; k++) {
                int row = touched[k];
                bytes += ROW_BYTES + (widths[row] - 1 + SLACK) * SLOT_BYTES;
                widths[row] = 0;
            }
            touchedCount = 0;
        }

        void finish() throws EngineException {
            sheet();
            if (bytes + cells * CELL_BYTES > limits.maxMemoryBytes()) {
                throw XlsPackage.unprocessable("The spreadsheet's rows and cells would take more memory than allowed.");
            }
        }
    }

    /**
     * Calls {@code action} for each record of a sheet as POI holds them, inside its aggregates too (the page settings'
     * block keeps a background picture, a chart substream its texts).
     */
    static void forEach(HSSFSheet sheet, java.util.function.Consumer<RecordBase> action) {
        for (RecordBase r : sheet.getSheet().getRecords()) {
            if (r instanceof RecordAggregate aggregate) {
                aggregate.visitContainedRecords(action::accept);
            } else {
                action.accept(r);
            }
        }
    }

    private static boolean isCell(int sid) {
        for (int c : CELLS) {
            if (c == sid) {
                return true;
            }
        }
        return false;
    }

    /** @return the next little-endian 16-bit value, or -1 at the end */
    private static int u16(InputStream in) throws IOException {
        int lo = in.read();
        int hi = in.read();
        return lo < 0 || hi < 0 ? -1 : lo | hi << 8;
    }
}
