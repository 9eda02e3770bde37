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

    /**
     * An incremental update of a file: the objects given (by number, replacing or adding), a cross-reference section
     * for them, and a trailer pointing to the file's last one ({@code /Prev}), as a viewer appends when a file is
     * edited and saved; earlier revisions stay in the bytes.
     *
     * @param trailer extra trailer entries ("/Info 7 0 R")
     */
    static byte[] update(byte[] base, java.util.SortedMap<Integer, String> changed, String trailer) {
        String text = new String(base, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("startxref");
        int prev = Integer.parseInt(text.substring(at + "startxref".length()).strip().split("\\s+")[0]);
        java.util.regex.Matcher size = java.util.regex.Pattern.compile("/Size (\\d+)").matcher(text);
        int count = 0;
        while (size.find()) {
            count = Integer.parseInt(size.group(1));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(base);
        StringBuilder xref = new StringBuilder("xref\n");
        for (java.util.Map.Entry<Integer, String> e : changed.entrySet()) {
            xref.append(e.getKey()).append(" 1\n").append(String.format("%010d 00000 n \n", out.size()));
            write(out, e.getKey() + " 0 obj\n" + e.getValue() + "\nendobj\n");
        }
        int start = out.size();
        write(out, xref + "trailer\n<< /Size " + Math.max(count, changed.lastKey() + 1) + " /Root 1 0 R " + trailer + " /Prev " + prev
                + " >>\nstartxref\n" + start + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
