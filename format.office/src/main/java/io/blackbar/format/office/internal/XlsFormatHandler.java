package io.blackbar.format.office.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.FormatProperties;
import io.blackbar.engine.api.spi.ParsedDocument;

/** Excel 97-2003 workbooks ({@code .xls}) through POI's HSSF. See {@link XlsDocument}. */
@Component
@FormatProperties(media_types = XlsFormatHandler.XLS, extensions = "xls")
public class XlsFormatHandler implements FormatHandler {

    static final String XLS = "application/vnd.ms-excel";

    /** An OLE2 container (D0 CF 11 E0). */
    @Override
    public boolean accepts(String mediaType, byte[] head) {
        return ZipGuard.isOle2(head);
    }

    @Override
    public ParsedDocument open(Path file, String mediaType, DocumentLimits limits) throws EngineException {
        return XlsDocument.open(file, limits);
    }
}
