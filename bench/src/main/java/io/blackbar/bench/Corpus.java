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
                String text = n.get("text").asText();
                // the corpora's offsets count code points (Python's): as Java's chars where a character is outside the BMP
                boolean beyondBmp = text.codePointCount(0, text.length()) != text.length();
                List<Span> spans = new ArrayList<>();
                for (JsonNode s : n.get("spans")) {
                    int start = s.get("start").asInt();
                    int end = s.get("end").asInt();
                    if (beyondBmp) {
                        start = text.offsetByCodePoints(0, start);
                        end = text.offsetByCodePoints(start, s.get("end").asInt() - s.get("start").asInt());
                    }
                    spans.add(new Span(start, end, s.get("type").asText()));
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
            List<NameToken> tokens = nameTokens(sentence);
            for (int t = 0; t < tokens.size(); t++) {
                NameToken token = tokens.get(t);
                text.append(text.length() == 0 ? "" : " ");
                if ("person".equals(token.type()) && (t == 0 || tokens.get(t - 1).name() != token.name())) {
                    spans.add(new Span(text.length(), -1, "PERSON")); // its end when its last word is read
                }
                text.append(token.text());
                if ("person".equals(token.type()) && (t + 1 == tokens.size() || tokens.get(t + 1).name() != token.name())) {
                    Span open = spans.remove(spans.size() - 1);
                    spans.add(new Span(open.start(), text.length(), "PERSON"));
                }
            }
            docs.add(new Doc(file.getFileName() + ":" + line, text.toString(), spans)); // offsets in UTF-16, as findings
        }
        return docs;
    }

    /**
     * A word of a name-finder sentence.
     *
     * @param text the word
     * @param type the type of the name it stands in ("person", "location", ...), null outside one
     * @param name which name of the sentence it stands in (0, 1, ...), -1 outside one
     * @param whole whether it is that name on its own ("London", not the "Jose" of "San Jose")
     */
    record NameToken(String text, String type, int name, boolean whole) {
    }

    /** @return the words of a sentence in Apache OpenNLP's name-finder format, the marks read off them */
    static List<NameToken> nameTokens(String sentence) {
        String[] tokens = sentence.trim().split(" +");
        List<NameToken> out = new ArrayList<>();
        String type = null;
        int names = 0;
        for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            if (token.startsWith("<START:") && token.endsWith(">")) {
                type = token.substring(7, token.length() - 1);
            } else if (token.equals("<END>") && type != null) {
                type = null;
                names++;
            } else {
                boolean whole = type != null && tokens[t - 1].startsWith("<START:") && t + 1 < tokens.length
                        && tokens[t + 1].equals("<END>");
                out.add(new NameToken(token, type, type == null ? -1 : names, whole));
            }
        }
        return out;
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
