package io.blackbar.format.office.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.FormatProperties;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.Replacement;

/**
 * Plain text ({@code text/plain}): read in its own encoding, written back byte for byte apart from
 * the replaced values (same byte-order mark, encoding and line endings).
 */
@Component
@FormatProperties(media_types = "text/plain", extensions = {"txt", "text"})
public class TextFormatHandler implements FormatHandler {

    @Override
    public boolean accepts(String mediaType, byte[] head) {
        return looksLikeText(head);
    }

    /** Text has no NUL bytes (unless UTF-16, which starts with a byte-order mark here). */
    static boolean looksLikeText(byte[] head) {
        TextCodec codec = TextCodec.detect(head);
        if (codec.bom().length == 2) {
            return true;
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public ParsedDocument open(Path file, String mediaType, DocumentLimits limits) throws EngineException {
        return read(file, limits, "text file");
    }

    /** Reads a text-like file within the limits, in its own encoding; shared with CSV. */
    static Parsed read(Path file, DocumentLimits limits, String what) throws EngineException {
        try {
            if (Files.size(file) > limits.maxBytes()) {
                throw new EngineException(EngineException.Reason.TOO_LARGE, "The " + what + " is too large.");
            }
            byte[] data = Files.readAllBytes(file);
            TextCodec.Decoded decoded = TextCodec.decoded(data);
            return new Parsed(decoded.codec(), decoded.text());
        } catch (IOException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The " + what + " could not be read.", e);
        }
    }

    /** A text file in memory: the text is the file. CSV extends it with cells. */
    static class Parsed implements ParsedDocument {
        private final TextCodec codec;
        private final String text;

        Parsed(TextCodec codec, String text) {
            this.codec = codec;
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }

        TextCodec codec() {
            return codec;
        }

        @Override
        public int pageCount() {
            return 1;
        }

        @Override
        public int pageOf(int offset) {
            return 1;
        }

        @Override
        public Map<String, Integer> write(List<Replacement> plan, Method method, OutputStream out) throws EngineException {
            writeBytes(out, codec.encode(replace(plan)));
            return Map.of();
        }

        /** The text with the planned spans replaced (ordered, not overlapping; an empty span inserts). */
        String replace(List<Replacement> plan) throws EngineException {
            StringBuilder b = new StringBuilder(text.length());
            int at = 0;
            for (Replacement r : plan) {
                if (r.start() < at || r.end() > text.length()) {
                    throw new EngineException(EngineException.Reason.UNPROCESSABLE, "Overlapping redaction plan.");
                }
                b.append(text, at, r.start()).append(r.text());
                at = r.end();
            }
            return b.append(text, at, text.length()).toString();
        }

        @Override
        public Map<String, Integer> sanitize(OutputStream out) throws EngineException {
            HiddenCharacters.Result r = HiddenCharacters.strip(text);
            writeBytes(out, codec.encode(r.text()));
            return r.removed() == 0 ? Map.of() : Map.of("hiddenCharacters", r.removed());
        }

        @Override
        public String outputMediaType(Method method) {
            return "text/plain";
        }

        @Override
        public void close() {
            // nothing held but memory
        }

        static void writeBytes(OutputStream out, byte[] bytes) throws EngineException {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The text could not be written.", e);
            }
        }
    }
}
