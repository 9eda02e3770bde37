package io.blackbar.format.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Comments, which sanitize removes (redaction reads and redacts them instead): every markup annotation of ISO 32000-2
 * (a sticky note and its replies, free text, lines and shapes, text markup such as highlights, a caret, a stamp, ink,
 * an unapplied redaction mark), with its text, author, subject and rich text, and every pop-up (the window a comment's
 * text opens in). An attached file or sound is a markup annotation too, removed and counted with attachments. What a
 * viewer lists as comments goes, as Acrobat's "Remove hidden information" removes "comments and markup"; links, form
 * fields, media, watermarks and printer's marks are no comments and stay.
 */
final class Comments {

    /** The markup annotations' subtypes (ISO 32000-2, 12.5.6.2, table 170) but FileAttachment and Sound. */
    private static final Set<String> COMMENTS = Set.of("Text", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine",
            "Highlight", "Underline", "Squiggly", "StrikeOut", "Caret", "Stamp", "Ink", "Redact", "Projection");

    private Comments() {
    }

    static void remove(PDDocument doc, Map<String, Integer> removed) {
        for (PDPage page : doc.getPages()) {
            List<PDAnnotation> annotations = TextItems.annotations(page);
            List<PDAnnotation> kept = new ArrayList<>();
            for (PDAnnotation a : annotations) {
                String subtype = a.getSubtype();
                if (COMMENTS.contains(subtype)) {
                    Cleaner.count(removed, "comments", 1);
                } else if (!"Popup".equals(subtype)) {
                    kept.add(a);
                }
            }
            if (kept.size() != annotations.size()) {
                page.setAnnotations(kept);
            }
        }
    }
}
