package io.blackbar.format.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a PDF object by object, with a correct cross-reference table, for files no PDF library
 * would write (a form drawn inside itself, forms nested without end). Object 1 is the catalog.
 */
final class RawPdf {

    /** A Type 1 Helvetica font object, for the text of the cases. */
    static final String HELVETICA = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private final List<String> objects = new ArrayList<>();

    /** Adds an object; @return its number */
    int add(String body) {
        objects.add(body);
        return objects.size();
    }

    /** Adds a stream object with the given dictionary entries; @return its number */
    int stream(String entries, String content) {
        return add("<< /Length " + content.getBytes(StandardCharsets.ISO_8859_1).length + " " + entries + " >>\nstream\n"
                + content + "\nendstream");
    }

    /** A form XObject's entries, with a font F1 and the named forms as its resources. */
    static String formEntries(int font, String xobjects) {
        return "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 " + font
                + " 0 R >> /XObject << " + xobjects + " >> >>";
    }

    /** A content stream that shows one line of text at a height. */
    static String line(String text, int y) {
        return "BT /F1 12 Tf 72 " + y + " Td (" + text + ") Tj ET";
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.7\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder s = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int o : offsets) {
            s.append(String.format("%010d 00000 n \n", o));
        }
        s.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        write(out, s.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
