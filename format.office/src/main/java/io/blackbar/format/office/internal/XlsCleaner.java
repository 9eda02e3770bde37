package io.blackbar.format.office.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.hssf.model.WorkbookRecordList;
import org.apache.poi.hssf.record.CRNRecord;
import org.apache.poi.hssf.record.FileSharingRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordBase;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.hssf.record.SupBookRecord;
import org.apache.poi.hssf.record.UnknownRecord;
import org.apache.poi.hssf.record.WriteAccessRecord;
import org.apache.poi.hssf.record.aggregates.CustomViewSettingsRecordAggregate;
import org.apache.poi.ddf.EscherOptRecord;
import org.apache.poi.ddf.EscherPropertyTypes;
import org.apache.poi.hssf.usermodel.HSSFComment;
import org.apache.poi.hssf.usermodel.HSSFPatriarch;
import org.apache.poi.hssf.usermodel.HSSFPicture;
import org.apache.poi.hssf.usermodel.HSSFShape;
import org.apache.poi.hssf.usermodel.HSSFShapeContainer;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.util.LittleEndian;

/**
 * What every XLS write removes inside the workbook stream: comment authors and the user names of the
 * last saver and of a write reservation, personal views, scenarios, AutoFilter criteria, header and footer pictures
 * and printers' names ({@link #RAW}, {@link #printers}). Sanitize also removes comments and shows hidden sheets. The
 * other streams of the file (properties, VBA, embedded objects) are dropped by {@link XlsPackage}, which
 * writes the workbook stream alone; their counts come from there.
 */
final class XlsCleaner {

    private final HSSFWorkbook wb;

    XlsCleaner(HSSFWorkbook wb) {
        this.wb = wb;
    }

    /**
     * @param sanitize also remove comments and show hidden sheets
     * @param dropped what the package will not write, by kind
     * @return what was removed, by kind
     */
    Map<String, Integer> clean(boolean sanitize, Map<String, Integer> dropped) {
        Map<String, Integer> removed = new TreeMap<>(dropped);
        for (Record r : wb.getInternalWorkbook().getRecords()) {
            if (r instanceof WriteAccessRecord w && !w.getUsername().isBlank()) {
                w.setUsername("");
                removed.merge("metadata", 1, Integer::sum);
            } else if (r instanceof FileSharingRecord f && f.getUsername() != null && !f.getUsername().isEmpty()) {
                f.setUsername("");
                removed.merge("metadata", 1, Integer::sum);
            }
        }
        externalLinks(removed);
        WorkbookRecordList globals = wb.getInternalWorkbook().getWorkbookRecordList();
        for (int i = globals.size() - 1; i >= 0; i--) {
            String kind = RAW.get(globals.get(i).getSid() & 0xFFFF);
            if (kind != null) {
                globals.remove(i); // the list's own removal: it keeps the places of the records it indexes
                removed.merge(kind, 1, Integer::sum);
            }
        }
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            HSSFSheet sheet = wb.getSheetAt(s);
            rawRecords(sheet, removed);
            printers(sheet, removed);
            HSSFPatriarch drawing = sheet.getDrawingPatriarch();
            for (HSSFComment c : comments(drawing)) {
                if (c.getAuthor() != null && !c.getAuthor().isEmpty()) {
                    c.setAuthor("");
                    removed.merge("authors", 1, Integer::sum);
                }
                if (sanitize) {
                    drawing.removeShape(c);
                    removed.merge("comments", 1, Integer::sum);
                }
            }
            // a picture's file name ("C:\Users\Ada Lovelace\passport.png"): no reader shows it, and no text reads it
            for (HSSFPicture picture : pictures(drawing == null ? List.of() : drawing.getChildren())) {
                String name;
                try {
                    name = picture.getFileName();
                } catch (ClassCastException e) {
                    name = null; // stored as a simple property, which POI's reader casts to a complex one: no text in it
                }
                if (name != null && !name.isEmpty()) {
                    picture.setFileName("");
                    removed.merge("metadata", 1, Integer::sum);
                }
            }
            if (drawing != null) {
                hiddenProperties(drawing.getChildren(), removed);
            }
            if (sanitize && wb.getSheetVisibility(s) != SheetVisibility.VISIBLE) {
                wb.setSheetVisibility(s, SheetVisibility.VISIBLE);
                removed.merge("hiddenSheets", 1, Integer::sum);
            }
        }
        return removed;
    }

    /**
     * What a workbook keeps of the workbooks its formulas link to: each one's path (its folders name a user:
     * "C:\Users\Ada Lovelace\…") becomes its bare file name, which {@link XlsText} reads; the cells of it last
     * seen (CRN records: "Patient Ada Lovelace", a copy no text reads) become empty, the count and ranges kept. Excel
     * asks to update the link when the workbook is opened. The Office Open XML side drops external links altogether.
     */
    private void externalLinks(Map<String, Integer> removed) {
        List<Record> records = wb.getInternalWorkbook().getRecords();
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            if (r instanceof SupBookRecord book && book.isExternalReferences() && book.getURL() != null) {
                String name = fileName(book.getURL());
                if (!name.equals(book.getURL())) {
                    records.set(i, externalBook(name, book));
                    removed.merge("externalLinks", 1, Integer::sum);
                }
            } else if (r instanceof CRNRecord crn) {
                records.set(i, emptied(crn));
                removed.merge("externalLinks", 1, Integer::sum);
            }
        }
    }

    /**
     * Records POI keeps raw that hold a name or a value no text reads, removed on every write, by the kind they are
     * counted as. They are not read because what they hold is not shown as text or its layout is not POI's to rebuild:
     * a personal view's name (USERBVIEW, named after its user: "Ada Lovelace - Personal View"; the sheets' views of it
     * go too), scenarios (SCENMAN, SCENARIO: who made one, a comment, the values it puts in cells), AutoFilter criteria
     * (AUTOFILTER, Excel 2007's AUTOFILTER12 and its continuations: the value a column is filtered on; the filter's
     * buttons and the rows it hid stay), and the pictures of headers and footers (HFPicture: the pictures, never read
     * by OCR, and their file names; the header keeps its picture code and shows none).
     */
    private static final Map<Integer, String> RAW = Map.of(
            0x01A9, "metadata", // USERBVIEW
            0x00AE, "scenarios", 0x00AF, "scenarios", // SCENMAN, SCENARIO
            0x009E, "filterCriteria", 0x087E, "filterCriteria", // AUTOFILTER, AUTOFILTER12
            0x0866, "headerFooterPictures"); // HFPicture
    /** Excel 2007's continuation of a record of the future (CONTINUEFRT12): removed only after a removed one. */
    private static final int CONTINUE_FRT12 = 0x087F;
    private static final int AUTOFILTER12 = 0x087E;
    private static final int SCENMAN = 0x00AE;
    private static final int PLS = 0x004D;
    /** A DEVMODE's first field, after PLS's two reserved bytes: the printer's name, 32 UTF-16 units. */
    private static final int PRINTER_NAME = 64;

    /**
     * The records of {@link #RAW} in a sheet, and its custom views (each a block of its own page settings: their
     * headers, footers and printers, which no text reads; the workbook's USERBVIEW they belong to goes too).
     */
    private static void rawRecords(HSSFSheet sheet, Map<String, Integer> removed) {
        List<RecordBase> records = sheet.getSheet().getRecords();
        boolean continuing = false; // the record before was removed, and a CONTINUEFRT12 may continue it
        for (int i = 0; i < records.size(); i++) {
            RecordBase r = records.get(i);
            int sid = r instanceof Record record ? record.getSid() & 0xFFFF : -1;
            String kind = r instanceof CustomViewSettingsRecordAggregate ? "metadata"
                    : sid == CONTINUE_FRT12 ? (continuing ? "filterCriteria" : null) // else it continues a record kept
                    : RAW.get(sid);
            continuing = kind != null && (sid == AUTOFILTER12 || sid == CONTINUE_FRT12);
            if (kind != null) {
                records.remove(i--);
                if (sid != CONTINUE_FRT12 && sid != SCENMAN) { // a part of what is counted: the scenarios it manages
                    removed.merge(kind, 1, Integer::sum);
                }
            }
        }
    }

    /**
     * Counts the printers named in a sheet's print settings (PLS: a DEVMODE whose first 64 bytes name the printer, "Ada
     * Lovelace's LaserJet"); POI holds the record where nothing can change it, so {@link #blankPrinters} blanks the
     * names in the written stream, as the Office Open XML side blanks them in printer settings parts.
     */
    private static void printers(HSSFSheet sheet, Map<String, Integer> removed) {
        XlsRecords.forEach(sheet, r -> {
            if (r instanceof UnknownRecord u && u.getSid() == PLS) {
                byte[] data = u.serialize();
                for (int k = 4 + 2; k < Math.min(data.length, 4 + 2 + PRINTER_NAME); k++) {
                    if (data[k] != 0) {
                        removed.merge("metadata", 1, Integer::sum);
                        return;
                    }
                }
            }
        });
    }

    /**
     * @param stream a written workbook stream
     * @return the same stream with every PLS record's printer name made zeros (the records keep their sizes)
     */
    static byte[] blankPrinters(byte[] stream) {
        for (int at = 0; at + 4 <= stream.length; at += 4 + LittleEndian.getUShort(stream, at + 2)) {
            int length = LittleEndian.getUShort(stream, at + 2);
            if (LittleEndian.getUShort(stream, at) == PLS && length > 2) {
                int from = at + 4 + 2;
                java.util.Arrays.fill(stream, from, Math.min(Math.min(stream.length, at + 4 + length), from + PRINTER_NAME), (byte) 0);
            }
        }
        return stream;
    }

    /** @return the last part of a path or address: "Register.xls" of "C:\Users\Ada Lovelace\Register.xls" */
    static String fileName(String path) {
        int at = -1;
        for (char c : new char[] {'\\', '/', ':'}) {
            at = Math.max(at, path.lastIndexOf(c));
        }
        return path.substring(at + 1);
    }

    /**
     * @return an external book record naming the file {@code name}, with the sheets of {@code book} (BIFF8's encoded
     *     path: a 1 then the name, a name in the workbook's folder)
     */
    static SupBookRecord externalBook(String name, SupBookRecord book) {
        StringBuilder plain = new StringBuilder();
        name.codePoints().filter(c -> c >= ' ').forEach(plain::appendCodePoint); // BIFF8 encodes folders as control characters
        return SupBookRecord.createExternalReferences("\u0001" + plain, book.getSheetNames());
    }

    /** @return the CRN record of the same cells, each empty (a nil value: its type 0 and eight zero bytes) */
    private static CRNRecord emptied(CRNRecord crn) {
        byte[] old = crn.serialize(); // header, last column, first column, row, values
        int cells = Math.max(0, (old[4] & 0xFF) - (old[5] & 0xFF) + 1);
        byte[] rec = new byte[4 + 4 + cells * 9];
        System.arraycopy(old, 0, rec, 0, 8);
        rec[2] = (byte) (rec.length - 4);
        rec[3] = (byte) ((rec.length - 4) >> 8);
        RecordInputStream in = new RecordInputStream(new ByteArrayInputStream(rec));
        in.nextRecord();
        return new CRNRecord(in);
    }

    /**
     * What a shape carries that no reader shows as text and no redaction reads, by the kind it is counted as: the file
     * names of its fill and print pictures ("C:\Users\Ada Lovelace\…"), its hyperlink (an address, perhaps
     * {@code mailto:} a person: the link goes), its scripts, and the copy of the whole shape in DrawingML that newer
     * Excel keeps for itself (its text and name again).
     */
    private static final Map<EscherPropertyTypes, String> HIDDEN = Map.of(
            EscherPropertyTypes.FILL__BLIPFILENAME, "metadata", EscherPropertyTypes.BLIP__PRINTBLIPFILENAME, "metadata",
            EscherPropertyTypes.GROUPSHAPE__METROBLOB, "metadata", EscherPropertyTypes.GROUPSHAPE__HYPERLINK, "externalLinks",
            EscherPropertyTypes.GROUPSHAPE__SCRIPT, "javascript", EscherPropertyTypes.GROUPSHAPE__SCRIPTEXT, "javascript");

    private static void hiddenProperties(List<HSSFShape> shapes, Map<String, Integer> removed) {
        for (HSSFShape shape : shapes) {
            EscherOptRecord opt = shape.getOptRecord();
            if (opt != null) {
                for (Map.Entry<EscherPropertyTypes, String> hidden : HIDDEN.entrySet()) {
                    if (opt.lookup(hidden.getKey()) != null) {
                        opt.removeEscherProperty(hidden.getKey());
                        removed.merge(hidden.getValue(), 1, Integer::sum);
                    }
                }
            }
            if (shape instanceof HSSFShapeContainer group) {
                hiddenProperties(group.getChildren(), removed);
            }
        }
    }

    /** @return the pictures among the shapes, in groups too */
    private static List<HSSFPicture> pictures(List<HSSFShape> shapes) {
        List<HSSFPicture> out = new ArrayList<>();
        for (HSSFShape shape : shapes) {
            if (shape instanceof HSSFPicture p) {
                out.add(p);
            } else if (shape instanceof HSSFShapeContainer group) {
                out.addAll(pictures(group.getChildren()));
            }
        }
        return out;
    }

    private static List<HSSFComment> comments(HSSFPatriarch drawing) {
        List<HSSFComment> list = new ArrayList<>();
        if (drawing != null) {
            drawing.getChildren().forEach(s -> {
                if (s instanceof HSSFComment c) {
                    list.add(c);
                }
            });
        }
        return list;
    }
}
