package io.blackbar.format.image.internal;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.jna.Pointer;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.OcrService.OcrWord;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI1;

/**
 * One initialised Tesseract instance ({@code TessBaseAPI} through tess4j's C API bindings). It is
 * not thread-safe: {@link TesseractOcr} lends it to one caller at a time.
 */
final class TessEngine implements AutoCloseable {

    private static final int RIL_WORD = ITessAPI.TessPageIteratorLevel.RIL_WORD;

    private final TessBaseAPI handle;

    private TessEngine(TessBaseAPI handle) {
        this.handle = handle;
    }

    /**
     * @param tessdata the folder with the language data
     * @param language e.g. {@code eng}
     * @return an initialised engine
     * @throws EngineException {@code UNAVAILABLE} when Tesseract cannot start with that data
     */
    static TessEngine create(Path tessdata, String language) throws EngineException {
        TessBaseAPI h = TessAPI1.TessBaseAPICreate();
        if (TessAPI1.TessBaseAPIInit3(h, tessdata.toString(), language) != 0) {
            TessAPI1.TessBaseAPIDelete(h);
            throw new EngineException(EngineException.Reason.UNAVAILABLE, "OCR is not available: Tesseract could not load the '"
                    + language + "' language data (install the Debian packages " + TesseractNative.PACKAGES + ").");
        }
        // Tesseract's own diagnostics ("Estimating resolution as ...") would go to the server's stderr
        TessAPI1.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
        return new TessEngine(h);
    }

    /**
     * @param image the image
     * @param limits the time budget; Tesseract itself stops at the deadline
     * @return the words with boxes and confidences, in reading order
     * @throws EngineException {@code UNPROCESSABLE} when the budget is spent or recognition fails
     */
    List<OcrWord> recognize(BufferedImage image, DocumentLimits limits) throws EngineException {
        limits.checkDeadline();
        int w = image.getWidth();
        int h = image.getHeight();
        TessAPI1.TessBaseAPISetImage(handle, grayPixels(image), w, h, 1, w);
        // unknown resolution: Tesseract then estimates it from the text height, as its command line
        // does for an image without one (a fixed 300 misreads text at other sizes)
        TessAPI1.TessBaseAPISetSourceResolution(handle, 0);
        ETEXT_DESC monitor = TessAPI1.TessMonitorCreate();
        try {
            long remainingMs = TimeUnit.NANOSECONDS.toMillis(limits.deadlineNanos() - System.nanoTime());
            TessAPI1.TessMonitorSetDeadlineMSecs(monitor, (int) Math.max(1, Math.min(Integer.MAX_VALUE, remainingMs)));
            // the Java copy of the struct is stale after the call above: never write it back
            monitor.setAutoWrite(false);
            int rc = TessAPI1.TessBaseAPIRecognize(handle, monitor);
            limits.checkDeadline();
            if (rc != 0) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE, "OCR failed on the image.");
            }
            return words(limits);
        } finally {
            TessAPI1.TessMonitorDelete(monitor);
            TessAPI1.TessBaseAPIClear(handle);
        }
    }

    private List<OcrWord> words(DocumentLimits limits) throws EngineException {
        List<OcrWord> out = new ArrayList<>();
        TessResultIterator ri = TessAPI1.TessBaseAPIGetIterator(handle);
        if (ri == null) {
            return out;
        }
        try {
            TessPageIterator pi = TessAPI1.TessResultIteratorGetPageIterator(ri);
            IntBuffer left = IntBuffer.allocate(1);
            IntBuffer top = IntBuffer.allocate(1);
            IntBuffer right = IntBuffer.allocate(1);
            IntBuffer bottom = IntBuffer.allocate(1);
            do {
                Pointer p = TessAPI1.TessResultIteratorGetUTF8Text(ri, RIL_WORD);
                if (p == null) {
                    continue;
                }
                String text = p.getString(0, StandardCharsets.UTF_8.name());
                TessAPI1.TessDeleteText(p);
                float confidence = TessAPI1.TessResultIteratorConfidence(ri, RIL_WORD);
                TessAPI1.TessPageIteratorBoundingBox(pi, RIL_WORD, left, top, right, bottom);
                if (!text.isBlank()) {
                    out.add(new OcrWord(text.strip(), left.get(0), top.get(0), right.get(0) - left.get(0),
                            bottom.get(0) - top.get(0), confidence));
                }
                if (out.size() % 256 == 0) {
                    limits.checkDeadline();
                }
            } while (TessAPI1.TessResultIteratorNext(ri, RIL_WORD) == ITessAPI.TRUE);
        } finally {
            TessAPI1.TessResultIteratorDelete(ri);
        }
        return out;
    }

    /**
     * 8-bit grey (sRGB luma, as Leptonica computes it; Java2D's grey colour space is linear and
     * would wash out anti-aliased strokes), transparent parts on white, in a direct buffer.
     */
    private static ByteBuffer grayPixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        ByteBuffer buf = ByteBuffer.allocateDirect(w * h);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int argb : row) {
                int a = argb >>> 24;
                int luma = (299 * ((argb >> 16) & 0xFF) + 587 * ((argb >> 8) & 0xFF) + 114 * (argb & 0xFF)) / 1000;
                buf.put((byte) ((luma * a + 255 * (255 - a)) / 255));
            }
        }
        return buf.flip();
    }

    @Override
    public void close() {
        TessAPI1.TessBaseAPIEnd(handle);
        TessAPI1.TessBaseAPIDelete(handle);
    }
}
