package io.blackbar.format.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Reads a PDF with programs that share no code with the writer: poppler's {@code pdftotext} for the
 * text a viewer shows, and {@code qpdf --qdf} for every object with its streams decompressed, which
 * is searched for a value in the encodings a PDF may hold it in.
 */
final class IndependentReader {

    private IndependentReader() {
    }

    /** Skips the calling test, saying why, when poppler-utils or qpdf is missing. */
    static void assumeTools() {
        boolean present = onPath("pdftotext") && onPath("qpdf");
        if (!present) {
            System.out.println("[format.pdf] SKIPPED independent-reader checks: install poppler-utils and qpdf");
        }
        assumeTrue(present, "pdftotext and qpdf are needed");
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** @return the text poppler extracts */
    static String text(Path pdf) throws IOException, InterruptedException {
        return run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")).output;
    }

    /** @return every object of the file, streams decompressed, as Latin-1 */
    static String rawObjects(Path pdf) throws IOException, InterruptedException {
        Path qdf = Files.createTempFile("qdf", ".pdf");
        try {
            Result r = run(List.of("qpdf", "--qdf", "--object-streams=disable", "--decode-level=all",
                    pdf.toString(), qdf.toString()));
            assertNotEquals(2, r.exit, "qpdf could not read the output");
            return new String(Files.readAllBytes(qdf), StandardCharsets.ISO_8859_1);
        } finally {
            Files.deleteIfExists(qdf);
        }
    }

    /**
     * The file's bytes as they are, followed by every stream inflated with {@link java.util.zip.Inflater} from the
     * bytes after each {@code stream} keyword (whatever its dictionary says): what an image keeps behind a filter chain
     * that qpdf would decode away ({@code --decode-level=all} decodes a JPEG to its pixels).
     *
     * @return Latin-1
     */
    static String inflated(Path pdf) throws IOException {
        byte[] raw = Files.readAllBytes(pdf);
        StringBuilder all = new StringBuilder(new String(raw, StandardCharsets.ISO_8859_1));
        String text = all.toString();
        for (int at = text.indexOf("stream"); at >= 0; at = text.indexOf("stream", at + 6)) {
            int start = at + 6;
            start += start < raw.length && raw[start] == '\r' ? 1 : 0;
            start += start < raw.length && raw[start] == '\n' ? 1 : 0;
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            inflater.setInput(raw, start, raw.length - start);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                while (!inflater.finished() && out.size() < (64 << 20)) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    out.write(buffer, 0, n);
                }
            } catch (java.util.zip.DataFormatException e) {
                // not a zlib stream
            } finally {
                inflater.end();
            }
            all.append('\n').append(new String(out.toByteArray(), StandardCharsets.ISO_8859_1));
        }
        return all.toString();
    }

    /** @return the images of the file as poppler's pdfimages takes them out, decoded, in file order */
    static List<java.awt.image.BufferedImage> images(Path pdf) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("images");
        try {
            Result r = run(List.of("pdfimages", "-png", pdf.toString(), dir.resolve("i").toString()));
            assertNotEquals(99, r.exit, "pdfimages could not read the output");
            List<java.awt.image.BufferedImage> images = new java.util.ArrayList<>();
            try (var files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    images.add(javax.imageio.ImageIO.read(f.toFile()));
                }
            }
            return images;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** @return the first page as poppler's pdftoppm draws it, at 72 dpi (a pixel a point) */
    static java.awt.image.BufferedImage render(Path pdf) throws IOException, InterruptedException {
        Path png = Files.createTempFile("page", "");
        try {
            run(List.of("pdftoppm", "-r", "72", "-png", "-singlefile", pdf.toString(), png.toString()));
            return javax.imageio.ImageIO.read(Path.of(png + ".png").toFile());
        } finally {
            Files.deleteIfExists(png);
            Files.deleteIfExists(Path.of(png + ".png"));
        }
    }

    /** @return qpdf's exit code for --check (0 clean, 3 warnings, 2 errors) */
    static int check(Path pdf) throws IOException, InterruptedException {
        return run(List.of("qpdf", "--check", pdf.toString())).exit;
    }

    /**
     * The forms a value takes in a PDF's objects: its bytes, UTF-16BE, and hex strings of both.
     *
     * @return the needles, Latin-1 strings
     */
    static List<String> encodings(String value) {
        List<String> needles = new ArrayList<>();
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = value.getBytes(StandardCharsets.UTF_16BE);
        needles.add(new String(utf8, StandardCharsets.ISO_8859_1));
        needles.add(new String(utf16, StandardCharsets.ISO_8859_1));
        for (byte[] b : List.of(utf8, utf16)) {
            String hex = HexFormat.of().formatHex(b);
            needles.add(hex);
            needles.add(hex.toUpperCase(Locale.ROOT));
        }
        return needles;
    }

    /** @return the first encoding of the value found in the haystack, or null */
    static String findAny(String haystack, String value) {
        for (String needle : encodings(value)) {
            if (haystack.contains(needle)) {
                return needle;
            }
        }
        return null;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
