package io.blackbar.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

import io.blackbar.engine.api.Document;
import io.blackbar.engine.api.Engine;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.Report;
import io.blackbar.engine.api.Request;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.Replacement;
import io.blackbar.launcher.Embedded;

/**
 * Redacting a 100-page text PDF (a finding on every page) through the engine, next to PDFBox's own
 * load + text extraction + full save of the same file in the same run (the floor), and the engine's
 * scan of it (load + extraction + detection) to show where the time goes. Medians of 11 runs after 5
 * warm-ups (the steps take a few tenths of a second, so 5 runs left the median to a collection or
 * two of the garbage collector).
 */
public final class PdfBench {

    private static final int PAGES = 100;
    private static final int RUNS = 11;
    private static final int WARMUP = 5;

    private PdfBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("bench-pdf");
        Path pdf = dir.resolve("hundred.pdf");
        write(pdf);
        System.out.printf("input: %d pages, %d KB%n", PAGES, Files.size(pdf) / 1024);
        try (Embedded blackbar = Embedded.start(Map.of("blackbar.time.budget.ms", "600000"))) {
            Engine engine = blackbar.engine();
            double floor = median(() -> floor(pdf));
            double scan = median(() -> engine.scan(Document.of(pdf), Request.of("pii", Method.SCAN)));
            Report[] last = new Report[1];
            double redact = median(() -> last[0] = engine.process(Document.of(pdf), Request.of("pii", Method.REDACT),
                    OutputStream.nullOutputStream()));
            FormatHandler handler = blackbar.formatHandler("application/pdf");
            double given = median(() -> givenPlan(handler, pdf));
            System.out.printf("findings: %d, removed: %s%n", last[0].findings().size(), last[0].removed());
            System.out.println("| step | median seconds | vs floor |");
            System.out.println("|---|---:|---:|");
            System.out.printf("| PDFBox load + extract + full save (floor) | %.3f | 1.00 |%n", floor);
            System.out.printf("| Blackbar scan (load + extract + detect) | %.3f | %.2f |%n", scan, scan / floor);
            System.out.printf("| Blackbar redact (scan + rewrite + save + verify) | %.3f | %.2f |%n", redact, redact / floor);
            System.out.printf("| PDF handler with a given plan (load + extract + rewrite + save + re-read) | %.3f | %.2f |%n",
                    given, given / floor);
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(dir);
        }
    }

    private static void floor(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            new PDFTextStripper().getText(doc);
            doc.save(new ByteArrayOutputStream());
        }
    }

    /**
     * The redaction machinery alone: the shipped PDF handler, taken from the framework through the
     * SPI, loads and extracts, the plan is every e-mail address
     * and SSN of the text (what detection finds here), it rewrites and saves, and the output is read
     * back as the engine's verification does.
     */
    private static void givenPlan(FormatHandler handler, Path pdf) throws Exception {
        DocumentLimits limits = new DocumentLimits(1L << 30, 10_000, 100_000_000, 1L << 30, System.nanoTime() + 600_000_000_000L);
        Path out = Files.createTempFile(pdf.getParent(), "out", ".pdf");
        try {
            try (ParsedDocument p = handler.open(pdf, "application/pdf", limits); OutputStream os = Files.newOutputStream(out)) {
                List<Replacement> plan = new ArrayList<>();
                Matcher m = FINDING.matcher(p.text());
                while (m.find()) {
                    plan.add(new Replacement(m.start(), m.end(), "X", "[REDACTED]"));
                }
                p.write(plan, Method.REDACT, os);
            }
            try (ParsedDocument back = handler.open(out, "application/pdf", limits)) {
                if (back.text().contains("@example.org")) {
                    throw new IllegalStateException("a value survived");
                }
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static final Pattern FINDING = Pattern.compile("clerk\\d{3}@example\\.org|219-09-\\d{4}");

    private interface Step {
        Object run() throws Exception;
    }

    private static double median(Step step) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            step.run();
        }
        double[] seconds = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            step.run();
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[RUNS / 2];
    }

    private interface Step0 {
        void run() throws Exception;
    }

    private static double median(Step0 step) throws Exception {
        return median(() -> {
            step.run();
            return null;
        });
    }

    /** Forty lines of ordinary prose per page and one line with an e-mail address and an SSN. */
    private static void write(Path out) throws Exception {
        String[] prose = {
            "The committee reviewed the quarterly figures and agreed to extend the programme for another year.",
            "Revenue in the northern region grew steadily while costs in logistics fell by a small margin.",
            "Further work is planned on the reporting pipeline so that results reach the board earlier.",
            "Several suppliers asked for longer payment terms, which the finance team will consider in March.",
        };
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < PAGES; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.setLeading(18);
                    cs.newLineAtOffset(40, 800);
                    for (int line = 0; line < 40; line++) {
                        if (line == 20) {
                            cs.showText(String.format("Contact: mail clerk%03d@example.org or quote SSN 219-09-%04d on page %d.",
                                    p, 1000 + p, p + 1));
                        } else {
                            cs.showText(prose[(line + p) % prose.length]);
                        }
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out.toFile());
        }
    }
}
