package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;

/** SECURITY-CASES 3.6 for office packages: XXE (UP-09), zip bombs (UP-11, UP-12), 1,001 entries (UP-13), encrypted (UP-16). */
class OfficeSecurityTest {

    @TempDir
    Path dir;

    private EngineException refused(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(EngineException.class,
                () -> new OoxmlFormatHandler().open(file, OoxmlFormatHandler.DOCX, OfficeRun.limits()).close()));
    }

    /** UP-10: a billion-laughs DTD in the document part is refused at once, nothing expanded. */
    @Test
    void up10EntityExpansionIsRefusedAtOnce() throws Exception {
        Path f = dir.resolve("laughs.docx");
        HandDocx.write(f, false);
        Map<String, String> parts = new LinkedHashMap<>();
        for (var e : new RawPackage(Files.readAllBytes(f)).parts.entrySet()) {
            parts.put(e.getKey(), new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
        }
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        parts.put("word/document.xml", parts.get("word/document.xml").replace("<w:document", dtd + "<w:document")
                .replace("Quarterly report", "&l9;"));
        RawPackage.zip(f, parts);
        long t0 = System.nanoTime();
        EngineException e = refused(f);
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000, "refused before anything was expanded");
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void up09ExternalEntityIsRefused() throws Exception {
        Path f = dir.resolve("xxe.docx");
        HandDocx.write(f, false);
        Map<String, String> parts = new LinkedHashMap<>();
        for (var e : new RawPackage(Files.readAllBytes(f)).parts.entrySet()) {
            parts.put(e.getKey(), new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
        }
        parts.put("word/document.xml", parts.get("word/document.xml").replace("<w:document",
                "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document").replace("Quarterly report", "&x;"));
        RawPackage.zip(f, parts);
        EngineException e = refused(f);
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    /**
     * A body nested 20,000 elements deep (half a MB) is refused as malformed, with the contract's error, not a
     * stack overflow in a walk of it or in the writer (an Error no handler answered: a 500).
     */
    @Test
    void aBodyNestedTooDeepIsRefusedNotOverflowed() throws Exception {
        Path f = dir.resolve("deep.docx");
        HandDocx.write(f, false);
        Map<String, String> parts = new LinkedHashMap<>();
        for (var e : new RawPackage(Files.readAllBytes(f)).parts.entrySet()) {
            parts.put(e.getKey(), new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
        }
        // each start tag its own random attribute: the ZIP's ratio limit does not stop it first
        java.util.Random random = new java.util.Random(7);
        StringBuilder deep = new StringBuilder("<w:body>");
        for (int k = 0; k < 20_000; k++) {
            deep.append("<w:sdt w:tag=\"").append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36)).append("\">");
        }
        deep.append("</w:sdt>".repeat(20_000));
        parts.put("word/document.xml", parts.get("word/document.xml").replace("<w:body>", deep));
        RawPackage.zip(f, parts);
        EngineException e = refused(f);
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
        assertEquals("The document nests its elements too deep.", e.getMessage());
    }

    /** A single entry of zeros: highly compressible, declared sizes honest. */
    private Path bomb(String name, long size) throws Exception {
        Path f = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (long n = 0; n < size; n += zeros.length) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        return f;
    }

    @Test
    void up11And12DecompressionBombsAreRejectedByOurLimits() throws Exception {
        for (Path f : new Path[] {bomb("ratio.docx", 200L << 20), bomb("big.docx", 101L << 20), bomb("ratio50.docx", 50L << 20)}) {
            EngineException e = refused(f);
            assertEquals("The document exceeds decompression limits.", e.getMessage());
        }
    }

    /**
     * A white bitmap of a few MB (a blank scan, a screenshot painted over: the engine reads its own output back through
     * this guard) compresses past 1 % and was refused as a bomb; under 16 MB an entry is held to the total's limit only.
     */
    @Test
    void aWhiteBitmapOfAFewMegabytesIsNoBomb() throws Exception {
        Path f = dir.resolve("white.docx");
        HandDocx.write(f, false);
        Map<String, byte[]> media = new LinkedHashMap<>();
        Map<String, String> parts = new LinkedHashMap<>();
        for (var e : new RawPackage(Files.readAllBytes(f)).parts.entrySet()) {
            parts.put(e.getKey(), new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] white = new byte[6 << 20];
        java.util.Arrays.fill(white, (byte) 0xFF);
        media.put("word/media/image9.bmp", white);
        RawPackage.zip(f, parts, media);
        new OoxmlFormatHandler().open(f, OoxmlFormatHandler.DOCX, OfficeRun.limits()).close();
    }

    /** Entries stored (not compressed: no ratio to catch), of the sizes given. */
    private Path stored(String name, String[] entries, long[] sizes) throws Exception {
        Path f = dir.resolve(name);
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes());
            for (int i = 0; i < entries.length; i++) {
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                for (long n = 0; n < sizes[i]; n += zeros.length) {
                    crc.update(zeros, 0, (int) Math.min(zeros.length, sizes[i] - n));
                }
                ZipEntry e = new ZipEntry(entries[i]);
                e.setMethod(ZipEntry.STORED);
                e.setSize(sizes[i]);
                e.setCompressedSize(sizes[i]);
                e.setCrc(crc.getValue());
                z.putNextEntry(e);
                for (long n = 0; n < sizes[i]; n += zeros.length) {
                    z.write(zeros, 0, (int) Math.min(zeros.length, sizes[i] - n));
                }
                z.closeEntry();
            }
        }
        return f;
    }

    private static final io.blackbar.engine.api.spi.DocumentLimits SIXTY_FOUR_MB = new io.blackbar.engine.api.spi.DocumentLimits(
            1L << 30, 1000, 10_000_000, 64L << 20, System.nanoTime() + 600_000_000_000L);

    private static String rejectedBy(Path f) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(EngineException.class, () -> ZipGuard.read(f, SIXTY_FOUR_MB))).getMessage();
    }

    /**
     * UP-12 and UP-13, each check on its own (the zero-filled bombs above are all caught by the ratio first): one
     * entry over 100 MiB stored uncompressed, entries within that limit whose total passes the memory budget, two
     * names that differ only in case, and a directory that understates an entry's size (caught while inflating).
     */
    @Test
    void up12And13EachLimitHoldsOnItsOwn() throws Exception {
        assertEquals("The document exceeds decompression limits.",
                rejectedBy(stored("one-big.docx", new String[] {"word/document.xml"}, new long[] {(100L << 20) + 1})), "entry size");
        assertEquals("The document exceeds decompression limits.", rejectedBy(stored("total.docx",
                new String[] {"word/a.xml", "word/b.xml", "word/c.xml"}, new long[] {30L << 20, 30L << 20, 30L << 20})), "total");
        ZipGuard.read(stored("fits.docx", new String[] {"word/a.xml", "word/b.xml"}, new long[] {30L << 20, 30L << 20}),
                SIXTY_FOUR_MB); // the same entries, two of them: within the budget
        assertEquals("The document has duplicate entries.", rejectedBy(stored("twice.docx",
                new String[] {"word/document.xml", "WORD/document.xml"}, new long[] {10, 10})), "duplicate names");

        Path lying = bomb("lying.docx", 80L << 20); // 80 MiB of zeros, deflated
        byte[] b = Files.readAllBytes(lying);
        byte[] name = "word/document.xml".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        boolean patched = false;
        for (int i = 0; i + 46 + name.length <= b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2
                    && java.util.Arrays.equals(b, i + 46, i + 46 + name.length, name, 0, name.length)) {
                java.nio.ByteBuffer.wrap(b, i + 24, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(1000); // "1,000 bytes"
                patched = true;
            }
        }
        assertTrue(patched, "the central directory entry was found");
        Files.write(lying, b);
        assertEquals("The document exceeds decompression limits.", rejectedBy(lying), "a directory that lies");
    }

    @Test
    void up13TooManyEntriesAreRejected() throws Exception {
        Path f = dir.resolve("many.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            for (int i = 0; i < 1001; i++) {
                z.putNextEntry(new ZipEntry(i == 0 ? "[Content_Types].xml" : "p" + i + ".xml"));
                z.write("<a/>".getBytes());
            }
        }
        assertEquals("The document exceeds decompression limits.", refused(f).getMessage());
    }

    @Test
    void up16EncryptedPackageSaysEncrypted() throws Exception {
        Path plain = dir.resolve("plain.docx");
        HandDocx.write(plain, false);
        Path f = dir.resolve("agile.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        EngineException e = refused(f);
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void malformedZipIs422() throws Exception {
        Path f = dir.resolve("junk.docx");
        Files.write(f, "PK\u0003\u0004 this is not a zip".getBytes());
        assertEquals(EngineException.Reason.UNPROCESSABLE, refused(f).reason());
    }

    /**
     * Part names are compared without case (ECMA-376 part 2, 9.1.1.1): properties under "DocProps/" and an embedded
     * object under "word/Embeddings/" are the same parts as under their usual names, and went through untouched.
     */
    @Test
    void partsNamedInAnotherCaseAreRemovedAllTheSame() throws Exception {
        String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("[Content_Types].xml", RawPackage.contentTypes("/word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
        p.put("_rels/.rels", RawPackage.relationships(RawPackage.relationship("rId1", "officeDocument", "word/document.xml"),
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                        + "core-properties\" Target=\"docProps/core.xml\"/>"));
        p.put("word/document.xml", "<?xml version=\"1.0\"?><w:document " + HandDocx.W + "><w:body><w:p><w:r><w:t>Quarterly"
                + " report</w:t></w:r></w:p></w:body></w:document>");
        p.put("word/_rels/document.xml.rels", RawPackage.relationships(
                "<Relationship Id=\"rId7\" Type=\"" + rels + "oleObject\" Target=\"embeddings/oleObject1.bin\"/>"));
        p.put("DocProps/core.xml", "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/"
                + "package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Mae Jemison"
                + "</dc:creator></cp:coreProperties>");
        Path in = dir.resolve("cased.docx");
        RawPackage.zip(in, p, Map.of("word/Embeddings/oleObject1.bin", "Secret Zebulon".getBytes(StandardCharsets.UTF_8)));
        OfficeRun.Output out = OfficeRun.run(new OoxmlFormatHandler(), in, OoxmlFormatHandler.DOCX, Method.REDACT, List.of(), "");
        assertFalse(out.text().contains("Mae Jemison"), "properties are not read as the document's text, whatever their case");
        RawPackage raw = new RawPackage(out.bytes());
        raw.assertNone(List.of("Mae Jemison", "Secret Zebulon"));
        assertEquals(java.util.Set.of("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"),
                raw.parts.keySet());
        String all = raw.wellFormedText();
        assertFalse(new String(raw.parts.get("_rels/.rels"), StandardCharsets.UTF_8).contains("docProps"), "no relationship to it");
        assertFalse(new String(raw.parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8).contains("oleObject1"));
        assertTrue(all.contains("Quarterly"));
    }
}
