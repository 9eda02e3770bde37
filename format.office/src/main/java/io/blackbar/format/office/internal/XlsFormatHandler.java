package io.blackbar.format.office.internal;

import java.nio.file.Path;

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

/** Excel 97-2003 workbooks ({@code .xls}) through POI's HSSF, their pictures through the image handler. See {@link XlsDocument}. */
@Component
@FormatProperties(media_types = XlsFormatHandler.XLS, extensions = "xls")
public class XlsFormatHandler implements FormatHandler {

    static final String XLS = "application/vnd.ms-excel";

    /** The image handler (format.image), which reads the pictures by OCR and paints over their values. */
    @Reference(target = "(" + FormatHandler.PROP_MEDIA_TYPES + "=image/png)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile FormatHandler pictures;

    private volatile boolean readPictures = true;

    /** For DS. */
    public XlsFormatHandler() {
    }

    /** For tests: a handler whose pictures are read by the given image handler, or not read at all. */
    XlsFormatHandler(FormatHandler pictures, boolean readPictures) {
        this.pictures = pictures;
        this.readPictures = readPictures;
    }

    @Activate
    void activate(BundleContext ctx) {
        readPictures = OoxmlFormatHandler.readPictures(ctx.getProperty(OoxmlFormatHandler.READ_PICTURES));
    }

    /** An OLE2 container (D0 CF 11 E0). */
    @Override
    public boolean accepts(String mediaType, byte[] head) {
        return ZipGuard.isOle2(head);
    }

    @Override
    public ParsedDocument open(Path file, String mediaType, DocumentLimits limits) throws EngineException {
        return XlsDocument.open(file, limits, pictures, readPictures);
    }
}
