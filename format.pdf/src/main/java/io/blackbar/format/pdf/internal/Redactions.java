package io.blackbar.format.pdf.internal;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

import io.blackbar.engine.api.spi.Replacement;

/** Turns a plan's spans in the pages' text into boxes per page, and draws them. */
final class Redactions {

    /** The boxes of one span on one page, and what an anonymized box shows. */
    record Cover(String replacement, List<Box> boxes) {
    }

    private final Map<Integer, List<Cover>> boxesByPage;
    private final Set<COSDictionary> annotationsHit;

    private Redactions(Map<Integer, List<Cover>> boxesByPage, Set<COSDictionary> annotationsHit) {
        this.boxesByPage = boxesByPage;
        this.annotationsHit = annotationsHit;
    }

    Map<Integer, List<Cover>> boxesByPage() {
        return boxesByPage;
    }

    /** Adds covers that did not come from the pages' glyphs (OCR words of a picture). */
    void add(int page, List<Cover> covers) {
        boxesByPage.computeIfAbsent(page, k -> new ArrayList<>()).addAll(covers);
    }

    /** @return the annotations whose appearance drew a glyph of a span */
    Set<COSDictionary> annotationsHit() {
        return annotationsHit;
    }

    /**
     * @param plan the spans
     * @param pages the pages' text with its anchors
     * @param pageTextEnd where the pages' text ends
     * @return the boxes
     */
    static Redactions plan(List<Replacement> plan, PageText pages, int pageTextEnd) {
        Map<Integer, List<Cover>> byPage = new TreeMap<>();
        Set<COSDictionary> annotations = Collections.newSetFromMap(new IdentityHashMap<>());
        int[] anchors = pages.anchors();
        for (Replacement r : plan) {
            int end = Math.min(r.end(), pageTextEnd);
            List<Glyph> glyphs = new ArrayList<>();
            int last = -1;
            for (int i = r.start(); i < end; i++) {
                int g = anchors[i];
                if (g >= 0 && g != last) {
                    last = g;
                    // an annotation's glyph takes its annotation's appearance away, not the page's
                    // content under it
                    COSDictionary annotation = pages.annotationOf(g);
                    if (annotation != null) {
                        annotations.add(annotation);
                    } else {
                        glyphs.add(pages.glyph(g));
                    }
                }
            }
            Map<Integer, List<Box>> boxes = new TreeMap<>();
            for (Box b : Box.cover(glyphs)) {
                boxes.computeIfAbsent(b.page, k -> new ArrayList<>()).add(b);
            }
            boxes.forEach((page, list) -> byPage.computeIfAbsent(page, k -> new ArrayList<>())
                    .add(new Cover(r.text(), list)));
        }
        return new Redactions(byPage, annotations);
    }

    /**
     * Draws opaque boxes over a page (after its glyphs are gone), with the replacement text for
     * anonymization.
     */
    static void draw(PDDocument doc, PDPage page, List<Cover> covers, boolean withText) throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            cs.setNonStrokingColor(Color.BLACK);
            for (Cover c : covers) {
                for (Box b : c.boxes()) {
                    float[] p = b.corners();
                    cs.moveTo(p[0], p[1]);
                    cs.lineTo(p[2], p[3]);
                    cs.lineTo(p[4], p[5]);
                    cs.lineTo(p[6], p[7]);
                    cs.closePath();
                    cs.fill();
                }
            }
            if (withText) {
                // only anonymize writes text: a redacted page gets no font
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                cs.setNonStrokingColor(Color.WHITE);
                for (Cover c : covers) {
                    if (!c.boxes().isEmpty()) {
                        label(cs, font, c.boxes().get(0), c.replacement());
                    }
                }
            }
        }
    }

    /** Writes the surrogate inside a box, scaled to fit, in the box's own orientation. */
    private static void label(PDPageContentStream cs, PDType1Font font, Box b, String replacement) throws IOException {
        String text = encodable(font, replacement);
        if (text.isEmpty()) {
            return;
        }
        double height = b.y1 - b.y0;
        double width = b.x1 - b.x0;
        float textWidth = font.getStringWidth(text) / 1000f;
        double size = Math.min(height * 0.7, textWidth == 0 ? height : width * 0.95 / textWidth);
        if (!(size > 0)) {
            return;
        }
        AffineTransform at = new AffineTransform(b.frame);
        at.translate(b.x0 + width * 0.025, b.y0 + height * 0.25);
        cs.beginText();
        cs.setFont(font, (float) size);
        cs.setTextMatrix(new Matrix(at));
        cs.showText(text);
        cs.endText();
    }

    private static String encodable(PDType1Font font, String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            String c = String.valueOf(s.charAt(i));
            try {
                font.encode(c);
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        }
        return b.toString();
    }
}
