package io.blackbar.format.office.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ddf.EscherBSERecord;
import org.apache.poi.ddf.EscherBitmapBlip;
import org.apache.poi.ddf.EscherBlipRecord;
import org.apache.poi.ddf.EscherMetafileBlip;
import org.apache.poi.ddf.EscherRecord;
import org.apache.poi.hssf.record.AbstractEscherHolderRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordBase;
import org.apache.poi.hssf.record.UnknownRecord;
import org.apache.poi.hssf.usermodel.HSSFPatriarch;
import org.apache.poi.hssf.usermodel.HSSFPicture;
import org.apache.poi.hssf.usermodel.HSSFShape;
import org.apache.poi.hssf.usermodel.HSSFShapeContainer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.ImageMetadata;
import io.blackbar.engine.api.spi.Replacement;

/**
 * The pictures of an Excel 97-2003 workbook (a scanned card pasted into a sheet): the BLIPs of its drawing group, PNG,
 * JPEG and DIB (a bitmap, read as a BMP) read by OCR and painted through the image handler ({@link PictureOcr}), EMF and
 * WMF read from their text records ({@link EmfText}); the painted or overwritten picture replaces the BLIP's data, and
 * every BLIP loses its metadata ({@link ImageMetadata}) on every write. Their text follows the cells', a picture a line;
 * its page is the first sheet that shows it. A PICT, or any picture when reading is turned off, is counted as not read.
 */
final class XlsPictures {

    /** A picture with text: its BLIP, how it is read, its sheet and its range in {@link #text()}. */
    private record Picture(EscherBSERecord bse, String mediaType, EmfText emf, int page, int start, int end) implements PictureOcr.Placed {
    }

    /** Read from its records, not by OCR. */
    private static final String METAFILE = "metafile";
    /** A BMP file header's length, before the DIB a BLIP holds. */
    private static final int BMP_HEADER = 14;

    private final HSSFWorkbook wb;
    private final PictureOcr ocr;
    private final boolean enabled;
    private final DocumentLimits limits;
    private final List<Picture> pictures = new ArrayList<>();
    private String text;
    private int notRead;

    XlsPictures(HSSFWorkbook wb, FormatHandler reader, boolean enabled, DocumentLimits limits) {
        this.wb = wb;
        this.ocr = new PictureOcr(reader, limits);
        this.enabled = enabled;
        this.limits = limits;
    }

    /** @return the BSE records of the drawing group, in the order of their picture indices (1, 2 …) */
    private List<EscherBSERecord> stored() {
        List<EscherBSERecord> out = new ArrayList<>();
        for (Record r : wb.getInternalWorkbook().getRecords()) {
            if (r instanceof AbstractEscherHolderRecord holder) {
                holder.decode();
                collect(holder.getEscherRecords(), out);
            }
        }
        return out;
    }

    private static void collect(List<EscherRecord> records, List<EscherBSERecord> out) {
        for (EscherRecord r : records) {
            if (r instanceof EscherBSERecord bse) {
                out.add(bse);
            }
            collect(r.getChildRecords(), out);
        }
    }

    /**
     * Reads every picture on first call.
     *
     * @return the pictures' text, each picture's words followed by a line break
     */
    String text() throws EngineException {
        if (text != null) {
            return text;
        }
        Map<Integer, Integer> pages = pages();
        StringBuilder out = new StringBuilder();
        List<EscherBSERecord> all = stored();
        for (int k = 0; k < all.size(); k++) {
            EscherBSERecord bse = all.get(k);
            EscherBlipRecord blip = bse.getBlipRecord();
            if (blip == null) {
                continue; // a picture whose BLIP lies elsewhere (a delay stream): none in a workbook
            }
            int page = pages.getOrDefault(k + 1, 1);
            if (blip instanceof EscherMetafileBlip && blip.getRecordId() != EscherMetafileBlip.RECORD_ID_PICT) {
                EmfText emf = EmfText.read(data(blip));
                notRead += emf == null || emf.holdsPixels() || emf.text().isEmpty() ? 1 : 0;
                if (emf != null && !emf.text().isEmpty()) {
                    add(bse, METAFILE, emf, page, emf.text(), out);
                }
                continue;
            }
            // a bitmap BLIP's kind from its bytes, as an Office package's picture's: a TIFF of pages, an animation, a
            // damaged or unknown one counted, not failing the workbook
            String type = blip instanceof EscherBitmapBlip ? Pictures.mediaType(bytes(blip)) : null;
            if (type == null || !enabled) {
                notRead++;
                continue;
            }
            String read = ocr.read(type, bytes(blip));
            if (!read.isBlank()) {
                add(bse, type, null, page, read + '\n', out);
            }
            limits.checkDeadline();
        }
        // a sheet's background picture (BkHim: a bitmap tiled behind the cells, shown on screen; POI keeps it in the
        // page settings' block): not read, counted
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            XlsRecords.forEach(wb.getSheetAt(s), r -> notRead += isBackground(r) ? 1 : 0);
        }
        text = out.toString();
        return text;
    }

    private static boolean isBackground(RecordBase r) {
        return r instanceof UnknownRecord u && u.getSid() == UnknownRecord.BITMAP_00E9;
    }

    private void add(EscherBSERecord bse, String type, EmfText emf, int page, String words, StringBuilder out) {
        int start = out.length();
        out.append(words);
        pictures.add(new Picture(bse, type, emf, page, start, out.length()));
    }

    /** Bytes before a bitmap BLIP's picture that POI leaves in it when the BLIP has a second UID (odd instance). */
    private static final int SECOND_UID = 16;

    /** @return the picture a BLIP holds, without the second UID POI does not read off a bitmap BLIP */
    private static byte[] data(EscherBlipRecord blip) {
        byte[] data = blip.getPicturedata();
        boolean secondUid = blip instanceof EscherBitmapBlip && (blip.getInstance() & 1) != 0;
        return secondUid && data.length >= SECOND_UID ? java.util.Arrays.copyOfRange(data, SECOND_UID, data.length) : data;
    }

    /** @return the picture as a file: a DIB with a BMP's file header before it, other kinds as they are stored */
    private static byte[] bytes(EscherBlipRecord blip) {
        byte[] data = data(blip);
        if (blip.getRecordId() != EscherBitmapBlip.RECORD_ID_DIB || data.length < 12) {
            return data;
        }
        ByteBuffer dib = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int header = dib.getInt(0);
        boolean os2 = header == 12; // BITMAPCOREHEADER: 16-bit sizes, three bytes a colour
        int bits = os2 ? dib.getShort(10) & 0xFFFF : header >= 16 && data.length >= 16 ? dib.getShort(14) & 0xFFFF : 24;
        int compression = !os2 && header >= 20 && data.length >= 20 ? dib.getInt(16) : 0;
        int used = !os2 && header >= 36 && data.length >= 36 ? dib.getInt(32) : 0;
        int colours = bits == 0 ? 0 : bits <= 8 ? (used > 0 ? used : 1 << bits) : used; // 0 bits: JPEG or PNG inside
        int masks = header == 40 && (compression == 3 || compression == 6) ? (compression == 3 ? 12 : 16) : 0;
        long offset = (long) BMP_HEADER + header + masks + (os2 ? 3L : 4L) * colours;
        ByteBuffer bmp = ByteBuffer.allocate(BMP_HEADER + data.length).order(ByteOrder.LITTLE_ENDIAN);
        bmp.put((byte) 'B').put((byte) 'M').putInt(BMP_HEADER + data.length).putInt(0)
                .putInt((int) Math.min(offset, BMP_HEADER + data.length)).put(data);
        return bmp.array();
    }

    /** @return the picture's data for its BLIP: a BMP written back loses its file header, other kinds are as written */
    private static byte[] stored(EscherBlipRecord blip, byte[] file) {
        return blip.getRecordId() == EscherBitmapBlip.RECORD_ID_DIB && file.length > BMP_HEADER && file[0] == 'B'
                && file[1] == 'M' ? java.util.Arrays.copyOfRange(file, BMP_HEADER, file.length) : file;
    }

    /** @return the sheet (1-based) that first shows each picture index */
    private Map<Integer, Integer> pages() {
        Map<Integer, Integer> pages = new HashMap<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            HSSFPatriarch drawing = wb.getSheetAt(s).getDrawingPatriarch();
            if (drawing != null) {
                shown(drawing.getChildren(), s + 1, pages);
            }
        }
        return pages;
    }

    private static void shown(List<HSSFShape> shapes, int page, Map<Integer, Integer> pages) {
        for (HSSFShape shape : shapes) {
            if (shape instanceof HSSFPicture picture) {
                pages.putIfAbsent(picture.getPictureIndex(), page);
            } else if (shape instanceof HSSFShapeContainer group) {
                shown(group.getChildren(), page, pages);
            }
        }
    }

    /** @return whether {@link #text()} has been read */
    boolean isRead() {
        return text != null;
    }

    /** @return the pictures that could not be read */
    int notRead() {
        return notRead;
    }

    /**
     * @param offset an offset into {@link #text()}
     * @return the sheet that shows the picture there
     */
    int pageOf(int offset) {
        return PictureOcr.pageOf(pictures, offset);
    }

    /**
     * Paints (or overwrites) the planned spans in the pictures that hold them, then takes every picture's metadata.
     *
     * @param plan spans with offsets into {@link #text()}
     * @param method redact or anonymize
     * @return {@code imagesRedacted}, the words covered for their low confidence, {@code imageMetadata}
     */
    Map<String, Integer> apply(List<Replacement> plan, Method method) throws EngineException {
        Map<String, Integer> report = new TreeMap<>();
        for (Picture p : pictures) {
            List<Replacement> mine = OoxmlDocument.within(plan, p.start(), p.end());
            if (mine.isEmpty()) {
                continue;
            }
            EscherBlipRecord blip = p.bse().getBlipRecord();
            if (p.emf() != null) {
                replace(p.bse(), p.emf().write(mine, method));
            } else {
                PictureOcr.Painted painted = ocr.paint(p.mediaType(), bytes(blip), text.substring(p.start(), p.end()), mine,
                        method);
                replace(p.bse(), stored(blip, painted.bytes()));
                painted.countIn(report);
            }
            report.merge("imagesRedacted", 1, Integer::sum);
        }
        stripMetadata(report);
        return report;
    }

    /** Every picture without its metadata (a photo's EXIF, a PNG's text): on every write, sanitize included. */
    void stripMetadata(Map<String, Integer> report) {
        for (EscherBSERecord bse : stored()) {
            EscherBlipRecord blip = bse.getBlipRecord();
            if (blip == null) {
                continue;
            }
            byte[] data = data(blip);
            // as an Office Open XML package's pictures: a PNG's private chunks, a JPEG's segments between its scans, a
            // WebP's EXIF too
            byte[] stripped = ImageMetadata.strip(data);
            if (stripped != data) {
                replace(bse, stripped);
                report.merge("imageMetadata", 1, Integer::sum);
            }
        }
    }

    /**
     * The BLIP's data replaced (a metafile's compressed as it was), its size in the BSE that holds it, and its UIDs made
     * anew: they are a hash of the picture, and the hash of the unredacted one would let its values be guessed and
     * checked (10,000 SSNs in 185 ms). A bitmap BLIP with a second UID is written with one.
     */
    private static void replace(EscherBSERecord bse, byte[] data) {
        EscherBlipRecord blip = bse.getBlipRecord();
        byte[] uid = new byte[16];
        RANDOM.nextBytes(uid);
        if (blip instanceof EscherBitmapBlip bitmap) {
            bitmap.setInstance((short) (bitmap.getInstance() & ~1));
            bitmap.setUID(uid);
            bitmap.setMarker((byte) 0xFF);
        } else if (blip instanceof EscherMetafileBlip metafile) {
            metafile.setUID(uid);
            if (metafile.getPrimaryUID() != null) {
                byte[] primary = new byte[16];
                RANDOM.nextBytes(primary);
                metafile.setPrimaryUID(primary);
            }
        }
        blip.setPictureData(data);
        bse.setUid(uid);
        bse.setSize(blip.getRecordSize());
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
}
