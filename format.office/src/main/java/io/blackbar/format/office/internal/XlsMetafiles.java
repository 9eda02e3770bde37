package io.blackbar.format.office.internal;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.poi.hssf.record.ContinueRecord;
import org.apache.poi.hssf.record.DrawingGroupRecord;
import org.apache.poi.hssf.record.DrawingRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordBase;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.util.LittleEndian;

import io.blackbar.engine.api.EngineException;

/**
 * Bounds what a workbook's metafile pictures inflate to before POI reads them. POI inflates every EMF, WMF
 * and PICT BLIP when it first decodes a drawing (the pictures' list, a sheet's drawing), with no bound and all
 * in memory: a 311 KB workbook holding one EMF of zeros ran a 512 MB heap out (an {@code OutOfMemoryError},
 * not an error of the document). This reads the drawing data POI would decode, without decoding it, and
 * inflates each compressed metafile the way POI would, counting the bytes and keeping none; past the budget
 * the workbook is refused.
 *
 * <p>Which bytes POI joins into one drawing (a drawing group's records and their continuations, a sheet's
 * drawing records with their continuations, skipping the object and text records between them) is POI's to
 * decide, and a BLIP's compressed data may run across records. So this does not walk the records' structure:
 * it joins all the drawing group's data, and all of each sheet's drawing and continuation records' data, in
 * order (what POI decodes is a run of those bytes), and looks for a metafile BLIP's header at every offset. A
 * false header in other data costs a failed inflation of a few bytes.
 */
final class XlsMetafiles {

    /** Escher record types of the metafile BLIPs POI inflates, and the options value of each with one UID. */
    private static final int EMF = 0xF01A;
    private static final int WMF = 0xF01B;
    private static final int PICT = 0xF01C;
    private static final int EMF_SIGNATURE = 0x3D40;
    private static final int WMF_SIGNATURE = 0x2160;
    private static final int PICT_SIGNATURE = 0x5420;
    /** A record header (8), a UID (16), the uncompressed size (4), bounds (16), size in points (8), the saved size (4), compression and filter (2). */
    private static final int HEADER = 8 + 16 + 4 + 16 + 8 + 4 + 2;

    private XlsMetafiles() {
    }

    /**
     * @param wb a workbook just opened, none of its drawings decoded yet
     * @param budget the bytes all its metafile pictures may inflate to
     * @throws EngineException {@code UNPROCESSABLE} when they inflate to more
     */
    static void check(HSSFWorkbook wb, long budget) throws EngineException {
        long left = budget;
        ByteArrayOutputStream group = new ByteArrayOutputStream();
        for (Record r : wb.getInternalWorkbook().getRecords()) {
            if (r instanceof DrawingGroupRecord g) {
                group.writeBytes(g.getRawData());
            }
        }
        left = check(group.toByteArray(), left);
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            ByteArrayOutputStream drawing = new ByteArrayOutputStream();
            for (RecordBase r : wb.getSheetAt(s).getSheet().getRecords()) {
                if (r instanceof DrawingRecord d) {
                    drawing.writeBytes(d.getRecordData());
                } else if (r instanceof ContinueRecord c) {
                    drawing.writeBytes(c.getData());
                }
            }
            left = check(drawing.toByteArray(), left);
        }
    }

    /** @return the budget left after the metafiles whose headers stand anywhere in {@code data} */
    static long check(byte[] data, long left) throws EngineException {
        Inflater inflater = new Inflater();
        byte[] scratch = new byte[64 * 1024];
        try {
            for (int at = 0; at + HEADER <= data.length; at++) {
                int type = LittleEndian.getUShort(data, at + 2);
                if (type < EMF || type > PICT) {
                    continue;
                }
                int options = LittleEndian.getUShort(data, at);
                int signature = type == EMF ? EMF_SIGNATURE : type == WMF ? WMF_SIGNATURE : PICT_SIGNATURE;
                int pos = at + 8 + 16 + ((options ^ signature) == 16 ? 16 : 0); // a second UID, as POI reads it
                if (pos + HEADER - 24 > data.length) {
                    continue;
                }
                long saved = LittleEndian.getUInt(data, pos + 4 + 16 + 8);
                int compression = data[pos + 4 + 16 + 8 + 4];
                int from = pos + HEADER - 24;
                if (compression != 0) {
                    continue; // stored as it is: POI copies it, no larger than the record
                }
                int length = (int) Math.min(saved, data.length - from);
                inflater.reset();
                inflater.setInput(data, from, length);
                left -= inflated(inflater, scratch, left);
                if (left < 0) {
                    throw XlsPackage.unprocessable("The spreadsheet's pictures take more memory than allowed once decompressed.");
                }
            }
        } finally {
            inflater.end();
        }
        return left;
    }

    /** @return what the inflater gives until its input ends, its stream ends or fails, or it passes {@code most} */
    private static long inflated(Inflater inflater, byte[] scratch, long most) {
        long total = 0;
        try {
            while (total <= most) {
                int n = inflater.inflate(scratch);
                total += n;
                if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            // POI's reading stops here too, with what it inflated so far
        }
        return total;
    }
}
