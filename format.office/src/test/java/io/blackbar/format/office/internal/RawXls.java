package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An independent reader of an XLS output that knows nothing of HSSF: the OLE2 container's entry
 * names and the bytes of its {@code Workbook} stream (through POIFS only), searched as BIFF8 stores
 * strings, UTF-16LE or compressed to one byte a character (Latin-1).
 */
final class RawXls {

    final List<String> entries = new ArrayList<>();
    final byte[] file;
    final byte[] workbook;

    RawXls(byte[] file) throws IOException {
        this.file = file;
        byte[] wb = new byte[0];
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            for (Entry e : fs.getRoot()) {
                entries.add(e.getName());
            }
            try (InputStream in = fs.createDocumentInputStream("Workbook")) {
                wb = in.readAllBytes();
            }
        }
        this.workbook = wb;
    }

    /** Every value is absent from the file and from the workbook stream, in both encodings. */
    void assertNone(List<String> values) {
        for (String v : values) {
            assertFalse(holds(v), "removed value #" + values.indexOf(v) + " is still in the file");
        }
    }

    /** Every word is still in the workbook stream. */
    void assertSurvive(List<String> words) {
        for (String w : words) {
            assertTrue(holds(w), "the word '" + w + "' was lost");
        }
    }

    boolean holds(String value) {
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1)) {
            byte[] needle = value.getBytes(cs);
            if (indexOf(file, needle) >= 0 || indexOf(workbook, needle) >= 0) {
                return true;
            }
        }
        return false;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
