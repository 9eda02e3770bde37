package io.blackbar.format.image.internal;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.OcrService;

/**
 * The {@link OcrService}: the system Tesseract through tess4j. Always registered, so that a missing
 * Tesseract is a clear 503 naming the Debian packages, not a missing service. Tesseract instances
 * are pooled (loading the language data takes a while) and each serves one call at a time; at most
 * {@link ImageSettings#ocrThreads()} recognitions run at once, the others wait within their time budget.
 */
@Component
public class TesseractOcr implements OcrService {

    private final ConcurrentLinkedDeque<TessEngine> idle = new ConcurrentLinkedDeque<>();
    private volatile ImageSettings settings;
    private volatile Semaphore permits;
    private volatile boolean closed;

    /** For DS. */
    public TesseractOcr() {
    }

    /** For tests and embedders: a service with the given settings. */
    TesseractOcr(ImageSettings settings) {
        configure(settings);
    }

    @Activate
    void activate(BundleContext ctx) {
        configure(ImageSettings.from(ctx::getProperty));
    }

    private void configure(ImageSettings s) {
        settings = s;
        permits = new Semaphore(s.ocrThreads(), true);
        closed = false;
    }

    @Deactivate
    void deactivate() {
        closed = true;
        for (TessEngine e; (e = idle.poll()) != null;) {
            e.close();
        }
    }

    @Override
    public List<OcrWord> recognize(BufferedImage image, DocumentLimits limits) throws EngineException {
        Path tessdata = available();
        acquire(limits);
        TessEngine engine = null;
        try {
            engine = idle.poll();
            if (engine == null) {
                engine = TessEngine.create(tessdata, settings.language());
            }
            return engine.recognize(image, limits);
        } finally {
            if (engine != null) {
                idle.push(engine);
                if (closed) {
                    deactivate();
                }
            }
            permits.release();
        }
    }

    /**
     * @return the tessdata folder
     * @throws EngineException {@code UNAVAILABLE}, naming the packages, when Tesseract or its data is missing
     */
    Path available() throws EngineException {
        String failure = TesseractNative.load();
        if (failure != null) {
            throw unavailable("the Tesseract library could not be loaded (" + failure + ")");
        }
        Path tessdata = TesseractNative.tessdata(settings.tessdata(), settings.language().split("\\+")[0]);
        if (tessdata == null) {
            throw unavailable("no Tesseract language data '" + settings.language() + "' was found");
        }
        return tessdata;
    }

    static EngineException unavailable(String why) {
        return new EngineException(EngineException.Reason.UNAVAILABLE, "OCR is not available: " + why
                + ". Install the Debian packages " + TesseractNative.PACKAGES + ".");
    }

    private void acquire(DocumentLimits limits) throws EngineException {
        long waitNanos = limits.deadlineNanos() - System.nanoTime();
        try {
            if (waitNanos <= 0 || !permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                limits.checkDeadline();
                throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                        "The document could not be processed within the time budget.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(EngineException.Reason.UNAVAILABLE, "OCR was interrupted.", e);
        }
    }
}
