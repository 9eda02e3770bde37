package io.blackbar.format.office.internal;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.Replacement;

/**
 * Office benchmarks of issue 5, run as a main class (see docs/BENCHMARKS.md, "Office formats", for the
 * command): (a) a 200,000-row, 10-column XLSX written with SXSSF, redacted through
 * {@link OoxmlFormatHandler}, time and peak heap; (b) a 100-page DOCX, time; (c) a 50 MB CSV through
 * {@link CsvFormatHandler} next to a plain FastCSV read-and-write copy of the same file, MB/s. The plan
 * is every email and SSN in the text (a regular expression stands in for detection, which is not
 * measured). Prints sizes, counts, times and heap, never document text. Arguments: any of
 * {@code xlsx docx csv} (default all) and {@code rows=N}.
 */
public final class OfficeBenchmark {

    private static final Pattern FINDING = Pattern.compile("[a-z0-9.]{1,40}@example\\.com|\\b\\d{3}-\\d{2}-\\d{4}\\b");
    private static final String[] FIRST = {"Grace", "Alan", "Ada", "Linus", "Marie", "Rosalind", "Dorothy", "Katherine"};
    private static final String[] LAST = {"Hopper", "Turing", "Lovelace", "Pauling", "Curie", "Franklin", "Vaughan", "Johnson"};
    private static final String[] CITY = {"Boston", "Leeds", "Lyon", "Porto", "Graz", "Turku", "Cork", "Ghent"};

    private OfficeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> what = new ArrayList<>();
        int rows = 200_000;
        for (String a : args) {
            if (a.startsWith("rows=")) {
                rows = Integer.parseInt(a.substring(5));
            } else {
                what.add(a);
            }
        }
        if (what.isEmpty()) {
            what = List.of("xlsx", "docx", "csv");
        }
        System.out.printf(Locale.ROOT, "java %s, max heap %d MiB, %d cpus%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        for (String w : what) {
            Path in = Files.createTempFile("bench", "." + w);
            try {
                switch (w) {
                    case "xlsx" -> xlsx(in, rows);
                    case "docx" -> docx(in);
                    case "csv" -> csv(in);
                    default -> throw new IllegalArgumentException("unknown benchmark " + w);
                }
            } catch (OutOfMemoryError e) {
                System.out.println("[" + w + "] OutOfMemoryError: " + e.getMessage());
            } finally {
                Files.deleteIfExists(in);
            }
        }
    }

    private static void xlsx(Path in, int rows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true); OutputStream out = Files.newOutputStream(in)) {
            Sheet s = wb.createSheet("People");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] head = {"Id", "First", "Last", "Email", "SSN", "City", "Amount", "Joined", "Score", "Status"};
            Row h = s.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(FIRST[r % FIRST.length]);
                row.createCell(2).setCellValue(LAST[r / 7 % LAST.length]);
                row.createCell(3).setCellValue(email(r));
                row.createCell(4).setCellValue(r % 10 == 0 ? ssn(r) : "");
                row.createCell(5).setCellValue(CITY[r % CITY.length]);
                row.createCell(6).setCellValue(r * 1.25);
                row.createCell(7).setCellValue(40_000 + r % 3000);
                row.getCell(7).setCellStyle(date);
                row.createCell(8).setCellValue(r % 100);
                row.createCell(9).setCellValue(r % 3 == 0 ? "active" : "closed");
            }
            wb.write(out);
        }
        System.out.printf(Locale.ROOT, "[xlsx] %,d rows x 10 columns (shared strings), %.1f MB%n", rows, Files.size(in) / 1e6);
        redact("xlsx", new OoxmlFormatHandler(), in, OoxmlFormatHandler.XLSX);
    }

    private static void docx(Path in) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(in)) {
            String filler = "The committee reviewed the quarterly figures and agreed the plan for the coming season, "
                    + "noting the budget, the staffing and the schedule of the works in some detail. ";
            for (int p = 0; p < 3000; p++) {
                XWPFRun run = doc.createParagraph().createRun();
                run.setText(filler + (p % 30 == 0 ? "Contact " + email(p) + " or SSN " + ssn(p) + "." : ""));
                if (p % 30 == 29) {
                    run.addBreak(BreakType.PAGE);
                }
            }
            doc.write(out);
        }
        System.out.printf(Locale.ROOT, "[docx] 3,000 paragraphs, 100 pages, %.2f MB%n", Files.size(in) / 1e6);
        redact("docx", new OoxmlFormatHandler(), in, OoxmlFormatHandler.DOCX);
    }

    private static void csv(Path in) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            w.write("id,first,last,email,ssn,city,amount,notes\r\n");
            for (int r = 1; Files.size(in) < 50_000_000L || r % 1000 != 0; r++) {
                w.write(r + "," + FIRST[r % FIRST.length] + "," + LAST[r / 7 % LAST.length] + "," + email(r) + ","
                        + (r % 10 == 0 ? ssn(r) : "") + "," + CITY[r % CITY.length] + "," + r * 1.25
                        + ",\"called back, no answer\"\r\n");
                if (r % 1000 == 0) {
                    w.flush();
                }
            }
        }
        double mb = Files.size(in) / 1e6;
        System.out.printf(Locale.ROOT, "[csv] %.1f MB%n", mb);
        for (int round = 1; round <= 2; round++) {
            Path copy = Files.createTempFile("bench", ".copy.csv");
            try {
                long t0 = System.nanoTime();
                try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(in);
                        CsvWriter w = CsvWriter.builder().build(copy)) {
                    for (CsvRecord rec : r) {
                        w.writeRecord(rec.getFields());
                    }
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "[csv] round %d FastCSV read+write copy: %.2f s, %.1f MB/s%n", round, s, mb / s);
            } finally {
                Files.deleteIfExists(copy);
            }
            double s = redact("csv", new CsvFormatHandler(), in, "text/csv");
            System.out.printf(Locale.ROOT, "[csv] round %d CsvFormatHandler open+write: %.1f MB/s%n", round, mb / s);
        }
    }

    /** Samples the heap in use, keeping the highest value. */
    private static final class HeapSampler extends Thread {
        volatile long peak;
        volatile long peakAfterGc;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                long live = 0;
                for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) {
                        live += p.getCollectionUsage().getUsed();
                    }
                }
                peakAfterGc = Math.max(peakAfterGc, live);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /**
     * Opens, plans every email and SSN, writes; prints times and peak heap.
     *
     * @return seconds spent by the handler (open and write; the stand-in detection is not counted)
     */
    private static double redact(String name, FormatHandler handler, Path in, String type) throws Exception {
        Path out = Files.createTempFile("bench", ".out");
        try {
            System.gc();
            resetPeaks();
            HeapSampler sampler = new HeapSampler();
            sampler.start();
            long t0 = System.nanoTime();
            DocumentLimits limits = new DocumentLimits(1L << 30, 10_000, 500_000_000L, 512L << 20, System.nanoTime() + 3_600_000_000_000L);
            try (ParsedDocument doc = handler.open(in, type, limits)) {
                long t1 = System.nanoTime();
                String text = doc.text();
                List<Replacement> plan = new ArrayList<>();
                for (Matcher m = FINDING.matcher(text); m.find();) {
                    plan.add(new Replacement(m.start(), m.end(), "X", "[REDACTED]"));
                }
                long t2 = System.nanoTime();
                try (OutputStream os = Files.newOutputStream(out)) {
                    doc.write(plan, Method.REDACT, os);
                }
                long t3 = System.nanoTime();
                sampler.interrupt();
                sampler.join();
                System.out.printf(Locale.ROOT, "[%s] %,d chars of text, %,d findings; open %.2f s, plan %.2f s, write %.2f s, "
                        + "handler (open+write) %.2f s; output %.1f MB; peak heap used %d MiB, after GC %d MiB "
                        + "(sampled every 5 ms; sum of pool peaks %d MiB)%n", name, text.length(), plan.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                        (t3 - t2) / 1e9, (t3 - t2 + t1 - t0) / 1e9, Files.size(out) / 1e6, sampler.peak >> 20, sampler.peakAfterGc >> 20, peakHeapMiB());
                return (t3 - t2 + t1 - t0) / 1e9;
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    /** @return the sum of the heap pools' peak usage since the reset (an upper bound of the peak heap) */
    private static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    private static String email(int n) {
        return FIRST[n % FIRST.length].toLowerCase(Locale.ROOT) + "." + n + "@example.com";
    }

    private static String ssn(int n) {
        return String.format(Locale.ROOT, "%03d-%02d-%04d", 100 + n % 800, 10 + n % 89, n % 10_000);
    }
}
