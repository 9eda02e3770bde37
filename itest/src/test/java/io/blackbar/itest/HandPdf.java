package io.blackbar.itest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One-page PDFs written by hand, so the inputs of the end-to-end tests owe nothing to the PDF
 * library under test: a page of Helvetica text lines, or a page that is one JPEG (a scan).
 */
final class HandPdf {

    private HandPdf() {
    }

    /** A page with the lines in Helvetica 12 pt (ASCII without parentheses or backslashes). */
    static byte[] text(String... lines) throws IOException {
        return write(List.of(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                stream("", content(lines))));
    }

    /** A text page whose document information names an author and a title (what sanitizing removes). */
    static byte[] textWithInfo(String author, String... lines) throws IOException {
        return write(List.of(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                stream("", content(lines)),
                "<< /Author (" + author + ") /Title (Notes of " + author + ") >>"), " /Info 6 0 R");
    }

    /**
     * A letter: the lines in Helvetica 12 pt at the top, and below them a JPEG (a photographed card) drawn in the given
     * rectangle of the page, with no text over it.
     */
    static byte[] letterWithPicture(byte[] jpeg, int width, int height, float[] at, String... lines) throws IOException {
        String draw = String.format(java.util.Locale.ROOT, " q %.2f 0 0 %.2f %.2f %.2f cm /Im0 Do Q", at[2], at[3], at[0], at[1]);
        byte[] text = content(lines);
        return write(List.of(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Im0 5 0 R >> >>"
                        + " /Contents 6 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                stream("/Type /XObject /Subtype /Image /Width " + width + " /Height " + height
                        + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode", jpeg),
                stream("", (new String(text, StandardCharsets.ISO_8859_1) + draw).getBytes(StandardCharsets.ISO_8859_1))));
    }

    /** A page that is the JPEG and nothing else. */
    static byte[] scan(byte[] jpeg, int width, int height) throws IOException {
        return scan(jpeg, width, height, "/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode");
    }

    /**
     * A page that is one image and nothing else.
     *
     * @param kind the image dictionary's colour space, bits and filter entries
     */
    static byte[] scan(byte[] image, int width, int height, String kind) throws IOException {
        return scan(image, width, height, kind, "");
    }

    /**
     * A page that is one image, then what {@code after} draws over it.
     *
     * @param after content-stream operators drawn after the image
     */
    static byte[] scan(byte[] image, int width, int height, String kind, String after) throws IOException {
        return write(List.of(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
                stream("/Type /XObject /Subtype /Image /Width " + width + " /Height " + height + " " + kind, image),
                stream("", ("q 595 0 0 842 0 0 cm /Im0 Do Q " + after).getBytes(StandardCharsets.ISO_8859_1))));
    }

    /**
     * A page that is one image, with a second pasted over part of it (a box stored as an image, a photo).
     *
     * @param kind the image dictionary's colour space, bits and filter entries, both images'
     * @param at the {@code cm} operands that place the second image
     */
    static byte[] scanUnder(byte[] image, int width, int height, byte[] cover, int coverWidth, int coverHeight, String kind,
            String at) throws IOException {
        return write(List.of(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R /Im1 5 0 R >> >>"
                        + " /Contents 6 0 R >>",
                stream("/Type /XObject /Subtype /Image /Width " + width + " /Height " + height + " " + kind, image),
                stream("/Type /XObject /Subtype /Image /Width " + coverWidth + " /Height " + coverHeight + " " + kind, cover),
                stream("", ("q 595 0 0 842 0 0 cm /Im0 Do Q q " + at + " cm /Im1 Do Q").getBytes(StandardCharsets.ISO_8859_1))));
    }

    private static byte[] content(String... lines) {
        StringBuilder content = new StringBuilder("BT /F1 12 Tf 72 760 Td 16 TL");
        for (String line : lines) {
            content.append(" (").append(line).append(") ' ");
        }
        return content.append("ET").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String stream(String dict, byte[] data) {
        return "<< " + dict + " /Length " + data.length + " >>\nstream\n"
                + new String(data, StandardCharsets.ISO_8859_1) + "\nendstream";
    }

    /** Catalog (1), pages (2), then the given objects from 3 on; a classic xref table. */
    private static byte[] write(List<String> objects) throws IOException {
        return write(objects, "");
    }

    private static byte[] write(List<String> objects, String trailer) throws IOException {
        List<String> all = new ArrayList<>(List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        all.addAll(objects);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            offsets.add(b.size());
            b.write(((i + 1) + " 0 obj\n" + all.get(i) + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        int xref = b.size();
        StringBuilder x = new StringBuilder("xref\n0 " + (all.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> x.append(String.format("%010d 00000 n \n", o)));
        x.append("trailer\n<< /Size ").append(all.size() + 1).append(" /Root 1 0 R").append(trailer).append(" >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        b.write(x.toString().getBytes(StandardCharsets.ISO_8859_1));
        return b.toByteArray();
    }
}
