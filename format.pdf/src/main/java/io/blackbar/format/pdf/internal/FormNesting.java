package io.blackbar.format.pdf.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import io.blackbar.engine.api.spi.DocumentLimits;

/**
 * The forms a content-stream engine is drawing, so that the reader and the writer agree on what is
 * drawn. A form drawn inside itself (directly or through others) is a loop no reader can finish:
 * it is read once and not drawn again. Forms nested deeper than PDFBox follows are refused, since
 * PDFBox skips them without a word and their text would be neither read nor redacted. Every form
 * drawn checks the time budget, since forms drawing others twice at each level make an exponential
 * number of drawings from a few objects, with or without text.
 */
final class FormNesting {

    /** PDFBox's {@code DrawObject} skips a form nested deeper than this. */
    static final int MAX_DEPTH = 50;

    /** Runs a form's drawing. */
    interface Drawing {
        void run() throws IOException;
    }

    private final Set<COSStream> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private final DocumentLimits limits;

    FormNesting(DocumentLimits limits) {
        this.limits = limits;
    }

    /**
     * Draws a form unless it is being drawn already.
     *
     * @return false when the form is inside itself and was not drawn again
     * @throws PageText.DeadlineExpired when the time budget is spent
     */
    boolean draw(PDFormXObject form, Drawing drawing) throws IOException {
        if (limits.expired()) {
            throw new PageText.DeadlineExpired();
        }
        COSStream stream = form.getCOSObject();
        if (!open.add(stream)) {
            return false;
        }
        try {
            drawing.run();
        } finally {
            open.remove(stream);
        }
        return true;
    }

    /**
     * Called as a form is entered, with the engine's new nesting level.
     *
     * @throws PageText.Refused beyond {@link #MAX_DEPTH}, before PDFBox would skip the form
     */
    static void checkDepth(int level) {
        if (level > MAX_DEPTH) {
            throw new PageText.Refused("The PDF nests its forms more than " + MAX_DEPTH
                    + " deep; they cannot all be read, so it cannot be redacted safely.");
        }
    }
}
