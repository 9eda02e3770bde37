package io.blackbar.format.office.internal;

import java.nio.file.Path;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.FormatProperties;
import io.blackbar.engine.api.spi.ParsedDocument;

/**
 * Word, Excel and PowerPoint Office Open XML packages, macro-enabled ones included (they come back
 * macro-free), their pictures read by OCR when the image handler runs. See {@link OoxmlDocument}.
 */
@Component
@FormatProperties(media_types = {
        OoxmlFormatHandler.DOCX, OoxmlFormatHandler.XLSX, OoxmlFormatHandler.PPTX,
        OoxmlFormatHandler.DOCM, OoxmlFormatHandler.XLSM, OoxmlFormatHandler.PPTM},
        extensions = {"docx", "xlsx", "pptx", "docm", "xlsm", "pptm"})
public class OoxmlFormatHandler implements FormatHandler {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String DOCM = "application/vnd.ms-word.document.macroEnabled.12";
    static final String XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12";
    static final String PPTM = "application/vnd.ms-powerpoint.presentation.macroEnabled.12";

    private static final Map<String, String> MACRO_FREE = Map.of(DOCM, DOCX, XLSM, XLSX, PPTM, PPTX);

    /** The image handler (format.image), which reads the pictures by OCR and paints over their values. */
    @Reference(target = "(" + FormatHandler.PROP_MEDIA_TYPES + "=image/png)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile FormatHandler pictures;

    /** Framework property: {@code false} leaves pictures unread (counted as {@code imagesNotRead}); default true. */
    static final String READ_PICTURES = "blackbar.ocr.pictures";
    private volatile boolean readPictures = true;

    /** For DS. */
    public OoxmlFormatHandler() {
    }

    /** For tests: a handler that leaves pictures unread (as {@code blackbar.ocr.pictures=false} does). */
    static OoxmlFormatHandler notReadingPictures() {
        OoxmlFormatHandler h = new OoxmlFormatHandler();
        h.readPictures = false;
        return h;
    }

    @Activate
    void activate(BundleContext ctx) {
        readPictures = readPictures(ctx.getProperty(READ_PICTURES));
    }

    /** @return false only for "false" (any case): reading pictures is what keeps their values out of the output */
    static boolean readPictures(String property) {
        return !"false".equalsIgnoreCase(property == null ? "" : property.trim());
    }

    /** A zip, or an OLE2 file (an encrypted package, refused with that reason on open). */
    @Override
    public boolean accepts(String mediaType, byte[] head) {
        return head.length >= 4 && (head[0] == 'P' && head[1] == 'K' || ZipGuard.isOle2(head));
    }

    @Override
    public ParsedDocument open(Path file, String mediaType, DocumentLimits limits) throws EngineException {
        return OoxmlDocument.open(file, mediaType, limits, pictures, readPictures, OoxmlDocument.STREAM_ABOVE);
    }

    /**
     * @return the macro-free type of a media type (itself if it has no macros), in any case: the engine reads media
     *     types in lower case, and a DOCM's output was labelled macro-enabled though its macros were gone
     */
    static String macroFree(String mediaType) {
        for (Map.Entry<String, String> e : MACRO_FREE.entrySet()) {
            if (e.getKey().equalsIgnoreCase(mediaType)) {
                return e.getValue();
            }
        }
        return mediaType;
    }
}
