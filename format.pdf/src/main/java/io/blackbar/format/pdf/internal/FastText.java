package io.blackbar.format.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.util.Matrix;

/**
 * PDFBox's {@code PDFStreamEngine.showText} for horizontal fonts, without objects per glyph: the
 * text rendering matrix (text state parameters x text matrix x CTM, the same product) is handed
 * over as six floats, and each font's advances are looked up once per code. The text matrix is
 * moved exactly as PDFBox moves it, so the operators after a string see the same state. Vertical
 * and Type 3 fonts, and a missing font, are left to PDFBox ({@link #show} answers false).
 */
final class FastText {

    /** Receives each glyph of a string. */
    interface Sink {
        /**
         * @param a .. f the text rendering matrix (a b c d e f, as {@link Matrix} holds it)
         * @param font the font
         * @param code the character code
         * @param advance the horizontal displacement in text space units
         */
        void glyph(float a, float b, float c, float d, float e, float f, PDFont font, int code, float advance)
                throws IOException;
    }

    /** Largest code whose advance is kept in the array; larger ones are asked of the font each time. */
    private static final int MAX_CACHED = 0xFFFF;

    private PDFont widthFont;
    private float[] widths = new float[256];

    /**
     * Shows a string.
     *
     * @return false when nothing was done and PDFBox's own {@code showText} must run
     */
    boolean show(PDFStreamEngine engine, byte[] string, Sink sink) throws IOException {
        PDGraphicsState state = engine.getGraphicsState();
        PDTextState ts = state.getTextState();
        PDFont font = ts.getFont();
        if (font == null || font.isVertical() || font instanceof PDType3Font) {
            return false;
        }
        float fontSize = ts.getFontSize();
        float horizontalScaling = ts.getHorizontalScaling() / 100f;
        float charSpacing = ts.getCharacterSpacing();
        float rise = ts.getRise();
        float pa = fontSize * horizontalScaling;
        Matrix tm = state.getTextMatrix();
        Matrix ctm = state.getCurrentTransformationMatrix();
        float ca = ctm.getScaleX();
        float cb = ctm.getShearY();
        float cc = ctm.getShearX();
        float cd = ctm.getScaleY();
        float ce = ctm.getTranslateX();
        float cf = ctm.getTranslateY();
        ByteArrayInputStream in = new ByteArrayInputStream(string);
        while (in.available() > 0) {
            int before = in.available();
            int code = font.readCode(in);
            int codeLength = before - in.available();
            float wordSpacing = codeLength == 1 && code == 32 ? ts.getWordSpacing() : 0;
            // parameters x text matrix
            float ta = tm.getScaleX();
            float tb = tm.getShearY();
            float tc = tm.getShearX();
            float td = tm.getScaleY();
            float a1 = pa * ta;
            float b1 = pa * tb;
            float c1 = fontSize * tc;
            float d1 = fontSize * td;
            float e1 = rise * tc + tm.getTranslateX();
            float f1 = rise * td + tm.getTranslateY();
            // x CTM
            float advance = advance(font, code);
            sink.glyph(a1 * ca + b1 * cc, a1 * cb + b1 * cd, c1 * ca + d1 * cc, c1 * cb + d1 * cd,
                    e1 * ca + f1 * cc + ce, e1 * cb + f1 * cd + cf, font, code, advance);
            tm.translate((advance * fontSize + charSpacing + wordSpacing) * horizontalScaling, 0);
        }
        return true;
    }

    private float advance(PDFont font, int code) throws IOException {
        if (font != widthFont) {
            widthFont = font;
            Arrays.fill(widths, Float.NaN);
        }
        if (code < 0 || code > MAX_CACHED) {
            return font.getDisplacement(code).getX();
        }
        if (code >= widths.length) {
            int from = widths.length;
            widths = Arrays.copyOf(widths, Math.min(MAX_CACHED + 1, Math.max(code + 1, from * 2)));
            Arrays.fill(widths, from, widths.length, Float.NaN);
        }
        float w = widths[code];
        if (Float.isNaN(w)) {
            w = font.getDisplacement(code).getX();
            widths[code] = w;
        }
        return w;
    }
}
