package io.blackbar.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.Document;
import io.blackbar.engine.api.Engine;
import io.blackbar.engine.api.Finding;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.Request;
import io.blackbar.launcher.Embedded;

/**
 * Detection quality over the corpora of {@code ../shared/eval/text}: runs the real engine (shipped
 * bundles, embedded Felix) on every document and writes per-type precision, recall and F1 to
 * {@code docs/QUALITY.md}.
 *
 * <p>Scoring: a gold span's type is mapped to the Blackbar types that count as finding it (the map
 * below, printed in the report). Type-aware: a prediction is a true positive when it overlaps a gold
 * span whose mapped types include the prediction's type; a gold span is recalled when such a
 * prediction overlaps it. "Redaction recall" also counts a gold span covered by a prediction of any
 * type, since a value redacted under another name is still gone. "Wholly redacted" counts a gold
 * span every character of which (spaces aside) lies in predictions of any type: what a redaction
 * leaves of a value found only in part ("Mark Smith" found as "Smith") shows here. Gold types with no Blackbar
 * counterpart (organisation names, job titles) are not scored, and predictions overlapping them are
 * not counted either way.
 */
public final class Evaluate {

    /** Gold type to the Blackbar entity types that find it. */
    static final Map<String, Set<String>> MAP = new LinkedHashMap<>();
    /**
     * Gold types that name "an identifier" without saying which: any finding of the identifier category counts for
     * them, so a Steuer-ID reported as {@code DE_STEUER_ID} or a PESEL as {@code PL_PESEL} is typed right.
     */
    static final Set<String> ANY_IDENTIFIER = Set.of("ID/IDNUM", "ID_SUJETO_ASISTENCIA", "ID_ASEGURAMIENTO",
            "ID_CONTACTO_ASISTENCIAL", "ID_TITULACION_PERSONAL_SANITARIO", "ID_EMPLEO_PERSONAL_SANITARIO");

    /** Gold types not scored, with the reason. */
    static final Map<String, String> UNSCORED = new LinkedHashMap<>();

    static {
        Set<String> person = Set.of("PERSON", "CARDHOLDER_NAME");
        Set<String> date = Set.of("DATE", "DATE_OF_BIRTH", "CARD_EXPIRY");
        Set<String> place = Set.of("LOCATION", "STREET_ADDRESS", "ZIP_CODE", "CITY", "COUNTRY", "US_STATE");
        MAP.put("PERSON", person);
        MAP.put("NAME/PATIENT", person);
        MAP.put("NAME/DOCTOR", person);
        MAP.put("NAME/USERNAME", Set.of("USERNAME", "PERSON"));
        MAP.put("EMAIL_ADDRESS", Set.of("EMAIL_ADDRESS"));
        MAP.put("PHONE_NUMBER", Set.of("PHONE_NUMBER"));
        MAP.put("CONTACT/PHONE", Set.of("PHONE_NUMBER"));
        MAP.put("US_SSN", Set.of("US_SSN"));
        MAP.put("CREDIT_CARD", Set.of("CREDIT_CARD"));
        MAP.put("IBAN_CODE", Set.of("IBAN_CODE"));
        MAP.put("IP_ADDRESS", Set.of("IP_ADDRESS"));
        MAP.put("STREET_ADDRESS", place);
        MAP.put("ZIP_CODE", place);
        MAP.put("GPE", place);
        MAP.put("LOCATION", place);
        MAP.put("LOCATION/HOSPITAL", Set.of("LOCATION", "HOSPITAL"));
        MAP.put("DATE_TIME", date);
        MAP.put("DATE/DATE", date);
        MAP.put("AGE", Set.of("AGE"));
        MAP.put("US_DRIVER_LICENSE", Set.of("DRIVER_LICENSE"));
        MAP.put("US_PASSPORT", Set.of("PASSPORT"));
        MAP.put("US_BANK_NUMBER", Set.of("BANK_ACCOUNT"));
        MAP.put("DOMAIN_NAME", Set.of("URL", "DOMAIN_NAME"));
        MAP.put("URL", Set.of("URL", "DOMAIN_NAME"));
        MAP.put("ID/MEDICALRECORD", Set.of("MEDICAL_RECORD_NUMBER"));
        MAP.put("ID/IDNUM", Set.of("ID_NUMBER", "MEDICAL_RECORD_NUMBER", "ACCOUNT_NUMBER"));
        MAP.put("NRP", Set.of("SPECIAL_CATEGORY", "NATIONALITY"));
        MAP.put("CRYPTO", Set.of("CRYPTO_WALLET"));
        // MEDDOCAN (Spanish clinical cases): its types, mapped as the English ones above
        MAP.put("NOMBRE_SUJETO_ASISTENCIA", person);
        MAP.put("NOMBRE_PERSONAL_SANITARIO", person);
        MAP.put("FAMILIARES_SUJETO_ASISTENCIA", person);
        MAP.put("FECHAS", date);
        MAP.put("EDAD_SUJETO_ASISTENCIA", Set.of("AGE"));
        MAP.put("CALLE", place);
        MAP.put("TERRITORIO", place);
        MAP.put("PAIS", place);
        MAP.put("CENTRO_SALUD", Set.of("LOCATION", "HOSPITAL"));
        MAP.put("HOSPITAL", Set.of("LOCATION", "HOSPITAL"));
        MAP.put("CORREO_ELECTRONICO", Set.of("EMAIL_ADDRESS"));
        MAP.put("NUMERO_TELEFONO", Set.of("PHONE_NUMBER"));
        MAP.put("NUMERO_FAX", Set.of("PHONE_NUMBER"));
        // any identifier type counts for any of these five: a record, insurance, encounter or licence number
        // redacted under another identifier's name is still gone (their rows are type-aware only that far)
        Set<String> id = Set.of("ID_NUMBER", "MEDICAL_RECORD_NUMBER", "ACCOUNT_NUMBER", "HEALTH_PLAN_NUMBER", "LICENSE_NUMBER", "ES_DNI", "BANK_ACCOUNT");
        MAP.put("ID_SUJETO_ASISTENCIA", id);
        MAP.put("ID_ASEGURAMIENTO", id);
        MAP.put("ID_CONTACTO_ASISTENCIAL", id);
        MAP.put("ID_TITULACION_PERSONAL_SANITARIO", id);
        MAP.put("ID_EMPLEO_PERSONAL_SANITARIO", id);
        UNSCORED.put("INSTITUCION", "an institution's name is not personal data on its own");
        UNSCORED.put("PROFESION", "job titles are not identifiers");
        UNSCORED.put("SEXO_SUJETO_ASISTENCIA", "sex is not an identifier under HIPAA Safe Harbor nor special-category data");
        UNSCORED.put("OTROS_SUJETO_ASISTENCIA", "other facts about the patient, not an identifier type");
        UNSCORED.put("ORGANIZATION", "a company name is not personal data on its own");
        UNSCORED.put("TITLE", "job titles are not identifiers");
    }

    static boolean accepts(String goldType, Set<String> accepted, Finding f) {
        return accepted.contains(f.entityType())
                || ANY_IDENTIFIER.contains(goldType) && f.category() == Category.IDENTIFIER;
    }

    /** Counts for one Blackbar-visible gold type. */
    static final class Count {
        int gold;
        int recalled;
        int covered;
        int whole;
        int predicted;
        int truePositive;
    }

    record Result(String corpus, String framework, Map<String, Count> byGold, Map<String, Count> byPredicted,
            Map<String, Integer> unscored, int docs, long millis) {
    }

    /**
     * When set (system property {@code blackbar.misses}), every miss, false positive and value found only
     * in part is listed there for development.
     */
    static StringBuilder MISSES = System.getProperty("blackbar.misses") == null ? null : new StringBuilder();

    private Evaluate() {
    }

    static Result run(Engine engine, Path corpus, String framework, Path tmp) throws Exception {
        return run(engine, corpus.getFileName().toString(), Corpus.read(corpus), framework, null, tmp);
    }

    /**
     * @param only the predicted types scored, or null for all (the name corpora mark names only: a
     *     phone number found there is no false positive); the others are left out before any count,
     *     "redaction recall" and "wholly redacted" included
     */
    static Result run(Engine engine, String name, List<Corpus.Doc> docs, String framework, Set<String> only, Path tmp)
            throws Exception {
        Map<String, Count> byGold = new TreeMap<>();
        Map<String, Count> byPredicted = new TreeMap<>();
        Map<String, Integer> unscored = new TreeMap<>();
        long t0 = System.nanoTime();
        Path file = tmp.resolve("doc.txt");
        for (Corpus.Doc d : docs) {
            Files.writeString(file, d.text(), StandardCharsets.UTF_8);
            List<Finding> found = engine.scan(new Document(file, "doc.txt", "text/plain"),
                    Request.of(framework, Method.SCAN)).findings();
            if (only != null) {
                found = found.stream().filter(f -> only.contains(f.entityType())).toList();
            }
            for (Corpus.Span g : d.spans()) {
                Set<String> accepted = MAP.get(g.type());
                if (accepted == null) {
                    unscored.merge(g.type(), 1, Integer::sum);
                    continue;
                }
                Count c = byGold.computeIfAbsent(g.type(), k -> new Count());
                c.gold++;
                boolean typed = false;
                boolean any = false;
                for (Finding f : found) {
                    if (g.overlaps(f.start(), f.end())) {
                        any = true;
                        typed |= accepts(g.type(), accepted, f);
                    }
                }
                c.recalled += typed ? 1 : 0;
                c.covered += any ? 1 : 0;
                boolean whole = wholly(d.text(), g, found);
                c.whole += whole ? 1 : 0;
                if (any && !whole && MISSES != null) {
                    MISSES.append("PART ").append(framework).append(" ").append(g.type()).append(" | ")
                            .append(d.text().substring(g.start(), g.end()).replace('\n', ' ')).append(" | found: ")
                            .append(String.join(", ", found.stream().filter(f -> g.overlaps(f.start(), f.end()))
                                    .map(f -> f.value().replace('\n', ' ')).toList()))
                            .append('\n');
                }
                if (!typed && MISSES != null) {
                    // LEFT: nothing covers the value (it stays in a redacted output); MISS: found as another type
                    MISSES.append(any ? "MISS " : "LEFT ").append(framework).append(" ").append(g.type()).append(" | ")
                            .append(d.text().substring(g.start(), g.end()).replace('\n', ' ')).append(" | ")
                            .append(d.text().substring(Math.max(0, g.start() - 40), Math.min(d.text().length(), g.end() + 40)).replace('\n', ' '))
                            .append('\n');
                }
            }
            for (Finding f : found) {
                boolean onUnscored = false;
                boolean tp = false;
                for (Corpus.Span g : d.spans()) {
                    if (g.overlaps(f.start(), f.end())) {
                        Set<String> accepted = MAP.get(g.type());
                        if (accepted == null) {
                            onUnscored = true;
                        } else if (accepts(g.type(), accepted, f)) {
                            tp = true;
                        }
                    }
                }
                if (onUnscored && !tp) {
                    continue;
                }
                Count c = byPredicted.computeIfAbsent(f.entityType(), k -> new Count());
                c.predicted++;
                if (!tp && MISSES != null) {
                    MISSES.append("FALSE ").append(framework).append(" ").append(f.entityType()).append(" | ").append(f.value().replace('\n', ' ')).append(" | ")
                            .append(d.text().substring(Math.max(0, f.start() - 40), Math.min(d.text().length(), f.end() + 40)).replace('\n', ' '))
                            .append('\n');
                }
                c.truePositive += tp ? 1 : 0;
            }
        }
        return new Result(name, framework, byGold, byPredicted, unscored, docs.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * @return whether every character of a gold span but spaces lies in some finding (of any type): the
     *     value is gone whole, not only a part of it ("Mark Smith" found as "Smith" leaves "Mark")
     */
    static boolean wholly(String text, Corpus.Span g, List<Finding> found) {
        for (int i = g.start(); i < g.end(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                continue;
            }
            boolean in = false;
            for (Finding f : found) {
                in |= f.start() <= i && i < f.end();
            }
            if (!in) {
                return false;
            }
        }
        return true;
    }

    static String f3(double v) {
        return Double.isNaN(v) ? "-" : String.format("%.3f", v);
    }

    static String markdown(Result r) {
        StringBuilder b = new StringBuilder();
        b.append("### ").append(r.corpus()).append(" (framework `").append(r.framework()).append("`, ")
                .append(r.docs()).append(" documents, ").append(r.millis()).append(" ms)\n\n");
        b.append("| gold type | n | recall | redaction recall | wholly redacted |\n|---|---:|---:|---:|---:|\n");
        int gold = 0;
        int recalled = 0;
        int covered = 0;
        int whole = 0;
        for (Map.Entry<String, Count> e : r.byGold().entrySet()) {
            Count c = e.getValue();
            gold += c.gold;
            recalled += c.recalled;
            covered += c.covered;
            whole += c.whole;
            b.append("| ").append(e.getKey()).append(" | ").append(c.gold).append(" | ")
                    .append(f3((double) c.recalled / c.gold)).append(" | ").append(f3((double) c.covered / c.gold)).append(" | ")
                    .append(f3((double) c.whole / c.gold)).append(" |\n");
        }
        b.append("\n| predicted type | n | precision |\n|---|---:|---:|\n");
        int predicted = 0;
        int tp = 0;
        for (Map.Entry<String, Count> e : r.byPredicted().entrySet()) {
            Count c = e.getValue();
            predicted += c.predicted;
            tp += c.truePositive;
            b.append("| ").append(e.getKey()).append(" | ").append(c.predicted).append(" | ")
                    .append(f3((double) c.truePositive / c.predicted)).append(" |\n");
        }
        double recall = gold == 0 ? Double.NaN : (double) recalled / gold;
        double precision = predicted == 0 ? Double.NaN : (double) tp / predicted;
        double f1 = 2 * precision * recall / (precision + recall);
        b.append("\n**Overall** (micro, type-aware): precision ").append(f3(precision)).append(", recall ").append(f3(recall))
                .append(", F1 ").append(f3(f1)).append("; redaction recall ").append(f3(gold == 0 ? Double.NaN : (double) covered / gold))
                .append(", wholly redacted ").append(f3(gold == 0 ? Double.NaN : (double) whole / gold))
                .append(".");
        if (!r.unscored().isEmpty()) {
            b.append(" Not scored: ");
            List<String> parts = new ArrayList<>();
            r.unscored().forEach((k, v) -> parts.add(k + " (" + v + ": " + UNSCORED.getOrDefault(k, "no Blackbar type") + ")"));
            b.append(String.join(", ", parts)).append('.');
        }
        return b.append("\n\n").toString();
    }

    /**
     * @param args {@code SHARED_EVAL_DIR OUTPUT_MD}
     */
    public static void main(String[] args) throws Exception {
        Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        Path out = Path.of(args.length > 1 ? args[1] : "docs/QUALITY.md");
        if (!Files.isDirectory(eval.resolve("text"))) {
            System.err.println("SKIPPED: " + eval.resolve("text") + " not found (the evaluation corpora live in ../shared/eval)");
            return;
        }
        Path tmp = Files.createTempDirectory("bench-eval");
        StringBuilder md = new StringBuilder();
        md.append("# Detection quality\n\nMeasured ").append(LocalDate.now()).append(" by `bench/run quality` (")
                .append("`io.blackbar.bench.Evaluate`): the shipped bundles in an embedded Felix, every document of ")
                .append("each corpus scanned as `text/plain`. How gold types map to Blackbar types, and what the ")
                .append("columns mean, is in the class's Javadoc and `docs/DETECTION.md`.\n\n");
        try (Embedded blackbar = Embedded.start(Map.of("blackbar.time.budget.ms", "600000"))) {
            Engine engine = blackbar.engine();
            String[][] runs = System.getProperty("blackbar.corpus") != null
                    ? new String[][] {{System.getProperty("blackbar.corpus"), System.getProperty("blackbar.framework", "all")}}
                    : new String[][] {{"synth_dataset_v2.jsonl", "all"}, {"synth_dataset_v2.jsonl", "pii"},
                            {"i2b2_5notes.jsonl", "hipaa"}, {"demo.jsonl", "all"},
                            // Spanish clinical cases: the Spanish rules were written looking at the training
                            // split only; the development split is scored here, as held out
                            {"meddocan_dev.jsonl", "all"}};
            for (String[] run : runs) {
                Path corpus = eval.resolve("text").resolve(run[0]);
                Result r = run(engine, corpus, run[1], tmp);
                String section = markdown(r);
                System.out.print(section);
                md.append(section);
            }
            Path ner = eval.resolveSibling("ner");
            if (System.getProperty("blackbar.corpus") == null && Files.isDirectory(ner)) {
                // -Dblackbar.ner.splits=uner_en_dev.txt,wnut17_dev.txt scores the development splits instead (for
                // choices made while developing, which the test splits must not see)
                String splits = System.getProperty("blackbar.ner.splits");
                if (splits == null) {
                    md.append("## Names in the NER test splits (held out)\n\nThe test splits of `../shared/ner` (UNER English-EWT, ")
                            .append("WNUT-17, GUM), never used to build the rules or train the name model: each sentence a ")
                            .append("document, its tokens joined by spaces; person names are the gold spans, and only `PERSON` ")
                            .append("findings are scored (framework `pii`). A found name counts when it overlaps a gold one, as ")
                            .append("above, not only on exact spans.\n\n");
                } else {
                    md.append("## Names in the NER splits ").append(splits).append(" (not held out: development use)\n\n");
                }
                for (String split : (splits != null ? splits : "uner_en_test.txt,wnut17_test.txt,gum_perm_test.txt").split(",")) {
                    Result r = run(engine, split, Corpus.readNameFinder(ner.resolve(split)), "pii", Set.of("PERSON"), tmp);
                    String section = markdown(r);
                    System.out.print(section);
                    md.append(section);
                }
            }
        } finally {
            Files.deleteIfExists(tmp.resolve("doc.txt")); // the scratch file of the last document, and its folder
            Files.deleteIfExists(tmp);
        }
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        if (MISSES != null) {
            // getBytes replaces half a surrogate pair (a context cut between its halves), which writeString refuses
            Files.write(Path.of(System.getProperty("blackbar.misses")), MISSES.toString().getBytes(StandardCharsets.UTF_8));
        }
        System.out.println("wrote " + out);
    }

}
