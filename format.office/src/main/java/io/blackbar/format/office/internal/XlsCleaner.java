package io.blackbar.format.office.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.hssf.record.FileSharingRecord;
import org.apache.poi.hssf.record.Record;
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
