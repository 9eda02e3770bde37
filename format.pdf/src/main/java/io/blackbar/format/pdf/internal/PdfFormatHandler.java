package io.blackbar.format.pdf.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.FormatProperties;
import io.blackbar.engine.api.spi.OcrService;
import io.blackbar.engine.api.spi.ParsedDocument;

/**
 * PDF ({@code application/pdf}) through PDFBox. The file is loaded with main memory bounded by the
 * request's memory budget and no scratch files (nothing of the document reaches the disk), its
 * pages' text is extracted with the glyph behind every character, and pages without usable text, and the images
 * text pages show, go through the OCR service.
 */
@Component
@FormatProperties(media_types = "application/pdf", extensions = "pdf")
public class PdfFormatHandler implements FormatHandler {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile OcrService ocr;

    /**
     * Framework property: {@code false} leaves the images of text pages unread (counted as {@code imagesNotRead});
     * default true. Scanned pages are read whatever it says.
     */
    static final String READ_PICTURES = "blackbar.ocr.pictures";
    volatile boolean readPictures = true;

    @Activate
    void activate(BundleContext ctx) {
        String property = ctx.getProperty(READ_PICTURES);
        readPictures = !"false".equalsIgnoreCase(property == null ? "" : property.trim());
        Codecs.register();
    }

    @Deactivate
    void deactivate() {
        Codecs.deregister();
    }

    @Override
    public boolean accepts(String mediaType, byte[] head) {
        return isPdf(head);
    }

    /** The header may follow up to 1 KiB of leading junk, as readers allow. */
    static boolean isPdf(byte[] head) {
        int end = Math.min(head.length, 1024) - 5;
        for (int i = 0; i <= end; i++) {
            if (head[i] == '%' && head[i + 1] == 'P' && head[i + 2] == 'D' && head[i + 3] == 'F' && head[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    @Override
    public ParsedDocument open(Path file, String mediaType, DocumentLimits limits) throws EngineException {
        PDDocument doc = load(file, limits);
        try {
            return PdfDocument.parse(doc, limits, ocr, readPictures);
        } catch (EngineException | RuntimeException e) {
            closeQuietly(doc);
            throw e;
        }
    }

    /** Loads a PDF within the limits; every failure is a 4xx with a message free of content. */
    static PDDocument load(Path file, DocumentLimits limits) throws EngineException {
        try {
            if (Files.size(file) > limits.maxBytes()) {
                throw new EngineException(EngineException.Reason.TOO_LARGE, "The PDF is too large.");
            }
            MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(limits.maxMemoryBytes());
            PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                    memory.streamCache);
            try {
                int pages = doc.getNumberOfPages();
                if (pages > limits.maxPages()) {
                    throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                            "The PDF has " + pages + " pages; the limit is " + limits.maxPages() + ".");
                }
            } catch (EngineException | RuntimeException e) {
                closeQuietly(doc);
                throw e;
            }
            return doc;
        } catch (InvalidPasswordException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "The PDF is encrypted with a password; upload it without the password protection.", e);
        } catch (IOException | RuntimeException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "The PDF is damaged and could not be read.", e);
        } catch (StackOverflowError e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "The PDF's structure is nested too deeply to be read.");
        } catch (LinkageError e) {
            // PDFBox reaches for an optional library: Bouncy Castle for certificate encryption, JBIG2 or JPEG 2000 codecs
            throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                    "The PDF uses a feature this server cannot read (such as certificate encryption).");
        }
    }

    static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
