package io.blackbar.format.office.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.hssf.record.CRNRecord;
import org.apache.poi.hssf.record.FileSharingRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.hssf.record.SupBookRecord;
import org.apache.poi.hssf.record.WriteAccessRecord;
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

/**
 * What every XLS write removes inside the workbook stream: comment authors and the user names of the
 * last saver and of a write reservation. Sanitize also removes comments and shows hidden sheets. The
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
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            HSSFSheet sheet = wb.getSheetAt(s);
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
