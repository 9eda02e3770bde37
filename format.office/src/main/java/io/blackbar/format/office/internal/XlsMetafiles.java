package io.blackbar.format.office.internal;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.poi.hssf.record.ContinueRecord;
import org.apache.poi.hssf.record.DrawingGroupRecord;
import org.apache.poi.hssf.record.DrawingRecord;
import org.apache.poi.hssf.record.ObjRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordBase;
import org.apache.poi.hssf.record.TextObjectRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.util.LittleEndian;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;

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
     * @param limits the memory budget (a quarter of it for all metafile pictures) and the deadline
     * @throws EngineException {@code UNPROCESSABLE} when they inflate to more, or when a drawing record's length
     *     would make POI read the same bytes again and again
     */
    static void check(HSSFWorkbook wb, DocumentLimits limits) throws EngineException {
        long left = limits.maxMemoryBytes() / 4;
        ByteArrayOutputStream group = new ByteArrayOutputStream();
        for (Record r : wb.getInternalWorkbook().getRecords()) {
            if (r instanceof DrawingGroupRecord g) {
                group.writeBytes(g.getRawData());
            }
        }
        left = check(group.toByteArray(), left, limits);
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            ByteArrayOutputStream drawing = new ByteArrayOutputStream();
            boolean drawingLayer = false; // whether a continuation here continues the drawing (POI's rule)
            for (RecordBase r : wb.getSheetAt(s).getSheet().getRecords()) {
                if (r instanceof DrawingRecord d) {
                    drawing.writeBytes(d.getRecordData());
                    drawingLayer = true;
                } else if (r instanceof ContinueRecord c) {
                    if (drawingLayer) {
                        drawing.writeBytes(c.getData());
                    }
                } else {
                    // a background picture's continuations (its pixels) follow a record of the page settings
                    drawingLayer = r instanceof ObjRecord || r instanceof TextObjectRecord;
                }
            }
            left = check(drawing.toByteArray(), left, limits);
        }
    }

    /**
     * @return the budget left after the metafiles whose headers stand anywhere in {@code data}; their compressed
     *     data is read once each: streams that run over each other (1,400 headers sharing one 4 MB tail of empty
     *     blocks took five minutes) refuse the workbook
     */
    static long check(byte[] data, long left, DocumentLimits limits) throws EngineException {
        lengths(data, 0, data.length, 0);
        Inflater inflater = new Inflater();
        byte[] scratch = new byte[64 * 1024];
        long consumed = 0;
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
                limits.checkDeadline();
                int length = (int) Math.min(saved, data.length - from);
                inflater.reset();
                inflater.setInput(data, from, length);
                left -= inflated(inflater, scratch, left);
                consumed += inflater.getBytesRead();
                if (left < 0) {
                    throw XlsPackage.unprocessable("The spreadsheet's pictures take more memory than allowed once decompressed.");
                }
                if (consumed > data.length + SLACK) {
                    throw XlsPackage.unprocessable("The spreadsheet's drawing data is malformed (pictures overlap).");
                }
            }
        } finally {
            inflater.end();
        }
        return left;
    }

    /** What the false headers among other data may read beyond the data's own length before they fail. */
    private static final int SLACK = 1 << 20;
    /** How deep containers are followed (POI follows 1,000). */
    private static final int DEPTH = 1_000;
    /** A BSE's fields before the BLIP it may hold. */
    private static final int BSE_FIELDS = 36;
    private static final int BSE = 0xF007;

    /**
     * Follows the drawing's records as POI reads them (in sequence, into containers and a BSE's BLIP) and refuses a
     * length POI would step back or stand still by: negative, or past 2 GB once its header is added (a BLIP of length
     * -8 was read again and again until a 512 MB heap ran out, from a 70 KB workbook).
     */
    private static void lengths(byte[] data, int from, int to, int depth) throws EngineException {
        int pos = from;
        while (pos + 8 <= to) {
            long length = LittleEndian.getUInt(data, pos + 4);
            if (length > Integer.MAX_VALUE - 8) {
                throw XlsPackage.unprocessable("The spreadsheet's drawing data is malformed (a record's length is negative).");
            }
            long end = pos + 8 + length;
            int inner = (int) Math.min(end, to);
            int options = LittleEndian.getUShort(data, pos);
            if (depth < DEPTH && (options & 0xF) == 0xF) {
                lengths(data, pos + 8, inner, depth + 1);
            } else if (depth < DEPTH && LittleEndian.getUShort(data, pos + 2) == BSE && length > BSE_FIELDS) {
                lengths(data, pos + 8 + BSE_FIELDS, inner, depth + 1);
            }
            if (end >= to) {
                return;
            }
            pos = (int) end;
        }
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
