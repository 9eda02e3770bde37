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
}
