package io.blackbar.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A JSONL corpus of {@code ../shared/eval/text}: documents with gold spans. */
final class Corpus {

    record Span(int start, int end, String type) {
        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    record Doc(String id, String text, List<Span> spans) {
    }

    private Corpus() {
    }

    static List<Doc> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                List<Span> spans = new ArrayList<>();
                for (JsonNode s : n.get("spans")) {
                    spans.add(new Span(s.get("start").asInt(), s.get("end").asInt(), s.get("type").asText()));
                }
                String text = n.get("text").asText();
                if (text.codePointCount(0, text.length()) != text.length()) {
                    throw new IOException(n.get("id").asText() + ": characters outside the BMP; offsets would need converting");
                }
                docs.add(new Doc(n.get("id").asText(), text, spans));
            }
        }
        return docs;
    }

    /**
     * A corpus in Apache OpenNLP's name-finder format ({@code ../shared/ner}): a sentence a line, tokens
     * separated by spaces, names marked {@code <START:person> ... <END>}. Each sentence is a document
     * of its tokens joined by single spaces (as the file has them: "Smith 's"), its person names spans
     * of type {@code PERSON}; other names (places, organisations) are not spans.
     */
    static List<Doc> readNameFinder(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        int line = 0;
        for (String sentence : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (sentence.isBlank()) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            int start = -1;
            String type = null;
            for (String token : sentence.trim().split(" +")) {
                if (token.startsWith("<START:") && token.endsWith(">")) {
                    type = token.substring(7, token.length() - 1);
                    start = text.length() + (text.length() == 0 ? 0 : 1);
                } else if (token.equals("<END>") && type != null) {
                    if (type.equals("person")) {
                        spans.add(new Span(start, text.length(), "PERSON"));
                    }
                    type = null;
                } else {
                    text.append(text.length() == 0 ? "" : " ").append(token);
                }
            }
            docs.add(new Doc(file.getFileName() + ":" + line, text.toString(), spans)); // offsets in UTF-16, as findings
        }
        return docs;
    }

    /**
     * @param args a program's arguments, the first the folder of the NER corpora if given
     * @return that folder ({@code ../shared/ner} by default), or null, having said SKIPPED, when it is not there
     */
    static Path nerFolder(String[] args) {
        Path ner = Path.of(args.length > 0 ? args[0] : "../shared/ner");
        if (!Files.isDirectory(ner)) {
            System.err.println("SKIPPED: " + ner + " not found");
            return null;
        }
        return ner;
    }
}
