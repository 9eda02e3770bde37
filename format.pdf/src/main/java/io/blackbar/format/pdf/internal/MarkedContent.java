package io.blackbar.format.pdf.internal;

import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * The replacement texts of marked content: {@code /ActualText}, {@code /Alt} and {@code /E} are
 * what a viewer copies and searches (and pdftotext prints) instead of the glyphs they stand for. A
 * redacted page keeps none, as the redacted document keeps no structure tree: they would repeat, or
 * replace, what was removed.
 */
final class MarkedContent {

    private static final List<COSName> REPLACEMENT_TEXTS = List.of(COSName.ACTUAL_TEXT, COSName.ALT, COSName.E);

    private MarkedContent() {
    }

    static boolean hasReplacementText(COSDictionary properties) {
        return properties != null && REPLACEMENT_TEXTS.stream().anyMatch(properties::containsKey);
    }

    /** @return whether any replacement text was removed */
    static boolean removeReplacementTexts(COSDictionary properties) {
        boolean any = hasReplacementText(properties);
        if (any) {
            REPLACEMENT_TEXTS.forEach(properties::removeItem);
        }
        return any;
    }
}
