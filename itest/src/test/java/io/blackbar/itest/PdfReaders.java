package io.blackbar.itest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The programs that read Blackbar's PDF output in the in-framework tests: poppler's pdftotext and
 * qpdf, which share no code with PDFBox.
 */
final class PdfReaders {

    private PdfReaders() {
    }

    static boolean present() {
        return Files.isExecutable(Path.of("/usr/bin/pdftotext")) && Files.isExecutable(Path.of("/usr/bin/qpdf"));
    }

    /** @return the text poppler shows, or null when it gave up within its time */
    static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Run r = exec("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
        return r.exit() == -1 ? null : r.output();
    }

    /**
     * Every object with its streams decompressed, as Latin-1 so any byte sequence can be searched;
     * embedded font programs are left out: their own headers name their makers ("%%Creator: David M.
     * Jones" in a TeX font), which is not document text.
     */
    static String qdf(Path pdf) throws IOException, InterruptedException {
        Path out = Files.createTempFile("qdf", ".pdf");
        try {
            exec("qpdf", "--qdf", "--object-streams=disable", "--decode-level=all", pdf.toString(), out.toString());
            String all = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
            StringBuilder kept = new StringBuilder(all.length());
            for (String object : all.split("\nendobj")) {
                String head = object.length() > 600 ? object.substring(0, 600) : object;
                if (!FONT_PROGRAM.matcher(head).find()) {
                    kept.append(object).append("\nendobj");
                }
            }
            return kept.toString();
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static final java.util.regex.Pattern FONT_PROGRAM = java.util.regex.Pattern.compile(
            "/Length[123] |/Subtype /(Type1C|CIDFontType0C|OpenType)");

    static int qpdfCheck(Path pdf) throws IOException, InterruptedException {
        return exec("qpdf", "--check", pdf.toString()).exit();
    }

    /**
     * @return true when the value is in the objects as a word (not inside a longer one: "Callee" in
     *     "Callees" is another word), as bytes, UTF-16BE, or a hex string of either
     */
    static boolean holds(String objects, String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (asWord(objects, new String(utf8, StandardCharsets.ISO_8859_1))) {
            return true;
        }
        byte[] utf16 = value.getBytes(StandardCharsets.UTF_16BE);
        String hex8 = HexFormat.of().formatHex(utf8);
        String hex16 = HexFormat.of().formatHex(utf16);
        return objects.contains(new String(utf16, StandardCharsets.ISO_8859_1))
                || objects.contains(hex16) || objects.contains(hex16.toUpperCase(java.util.Locale.ROOT))
                || objects.contains(hex8) || objects.contains(hex8.toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean asWord(String haystack, String value) {
        for (int i = haystack.indexOf(value); i >= 0; i = haystack.indexOf(value, i + 1)) {
            int end = i + value.length();
            boolean left = i == 0 || !Character.isLetterOrDigit(haystack.charAt(i - 1));
            boolean right = end >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (left && right) {
                return true;
            }
        }
        return false;
    }

    record Run(int exit, String output) {
    }

    /** Runs a reader for at most 20 s; a reader that gives up (an image bomb) has exit -1. */
    private static Run exec(String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("reader", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new Run(-1, "");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
