package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.Replacement;

/**
 * The plumbing between a package's pictures and the image handler: which parts are read, where their text goes,
 * which page shows them, and that a planned span reaches the picture that holds it and its painted pixels replace the
 * part. The image handler here is a stand-in that "reads" a picture's words from its width; the real one (Tesseract
 * in a running framework, read back by the tesseract command line) is ServerIT's.
 */
class PicturesTest {

    private static final String A = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
    private static final String X = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    @TempDir
    Path dir;

    /** The deck's parts: XML ones as text, pictures as bytes. */
    private record Parts(Map<String, String> xml, Map<String, byte[]> media) {
    }

    /**
     * Two slides; the second shows a scanned card (300 px wide); an EMF (a format the image handler does not read) and a
     * logo without words are in the media too.
     */
    private static Parts deckParts() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", RawPackage.contentTypes("/ppt/presentation.xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"));
        p.put("_rels/.rels", RawPackage.relationships(RawPackage.relationship("rId1", "officeDocument", "ppt/presentation.xml")));
        p.put("ppt/presentation.xml", X + "<p:presentation " + A + "/>");
        p.put("ppt/slides/slide1.xml", slide("Quarterly briefing"));
        p.put("ppt/slides/slide2.xml", slide("Crew card"));
        p.put("ppt/slides/_rels/slide2.xml.rels", RawPackage.relationships(
                RawPackage.relationship("rId1", "image", "../media/image1.png"),
                RawPackage.relationship("rId2", "image", "../media/image2.emf"),
                RawPackage.relationship("rId3", "image", "../media/image3.png")));
        Map<String, byte[]> media = new LinkedHashMap<>();
        media.put("ppt/media/image1.png", png(300));
        media.put("ppt/media/image2.emf", "\u0001\u0000\u0000\u0000EMF-not-read".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        media.put("ppt/media/image3.png", png(40));
        return new Parts(p, media);
    }

    private Path deck() throws IOException {
        Parts parts = deckParts();
        return deck(parts.xml(), parts.media());
    }

    private Path deck(Map<String, String> xml, Map<String, byte[]> media) throws IOException {
        Path f = dir.resolve("deck.pptx");
        RawPackage.zip(f, xml, media);
        return f;
    }

    /** The deck with these media (its own and more), OCR of pictures turned off. */
    private OoxmlDocument withoutOcr(Map<String, byte[]> media, StandIn reader) throws IOException, EngineException {
        return OoxmlDocument.open(deck(deckParts().xml(), media), OoxmlFormatHandler.PPTX, OfficeRun.limits(), reader, false,
                OoxmlDocument.STREAM_ABOVE);
    }

    private static String slide(String text) {
        return X + "<p:sld " + A + "><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>" + text
                + "</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>";
    }

    private static byte[] png(int width) {
        return encode(new BufferedImage(width, 20, BufferedImage.TYPE_INT_RGB));
    }

    private static byte[] encode(BufferedImage image) {
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads "Member SSN 219-09-9999" in a picture 300 px wide and nothing in others; paints by recording the plan. */
    static final class StandIn implements FormatHandler {
        final List<List<Replacement>> painted = new ArrayList<>();
        final List<String> opened = new ArrayList<>();
        /** The folders the pictures' files were in. */
        final List<Path> folders = new ArrayList<>();
        String secondReading;
        EngineException failure;

        @Override
        public ParsedDocument open(Path file, String mediaType, DocumentLimits limits) throws EngineException {
            BufferedImage image;
            try {
                image = ImageIO.read(file.toFile());
                if (image == null) {
                    throw new IOException("not an image");
                }
            } catch (IOException e) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE, "unreadable", e);
            }
            opened.add(mediaType);
            folders.add(file.getParent());
            String words = image.getWidth() == 300 ? "Member SSN 219-09-9999" : "";
            if (secondReading != null && opened.size() > 2) {
                words = secondReading;
            }
            String text = words;
            return new ParsedDocument() {
                @Override
                public String text() {
                    if (failure != null) {
                        throw new IllegalStateException(failure);
                    }
                    return text;
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
                    painted.add(plan);
                    BufferedImage black = new BufferedImage(image.getWidth(), image.getHeight() + 1, BufferedImage.TYPE_INT_RGB);
                    try {
                        out.write(encode(black, mediaType.equals("image/bmp") ? "bmp" : "png"));
                    } catch (IOException e) {
                        throw new EngineException(EngineException.Reason.UNPROCESSABLE, "unwritable", e);
                    }
                    return Map.of("lowConfidenceWords", 2, "exif", 1);
                }

                @Override
                public Map<String, Integer> sanitize(OutputStream out) {
                    throw new AssertionError("never sanitized through the pictures");
                }

                @Override
                public String outputMediaType(Method method) {
                    return mediaType;
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private static OoxmlDocument open(Path f, FormatHandler reader) throws EngineException {
        return OoxmlDocument.open(f, OoxmlFormatHandler.PPTX, OfficeRun.limits(), reader, true, OoxmlDocument.STREAM_ABOVE);
    }

    @Test
    void aPicturesWordsFollowTheTextOnTheSlideThatShowsIt() throws Exception {
        StandIn reader = new StandIn();
        try (OoxmlDocument doc = open(deck(), reader)) {
            String text = doc.text();
            assertTrue(text.endsWith("Member SSN 219-09-9999\n"), text);
            int ssn = text.indexOf("219-09-9999");
            assertTrue(text.indexOf("Crew card") < ssn, text);
            assertEquals(2, doc.pageOf(ssn));
            assertEquals(1, doc.pageOf(text.indexOf("Quarterly")));
            assertEquals(List.of("image/png", "image/png"), reader.opened, "the two PNGs are read, the EMF is not");
        }
    }

    @Test
    void aSpanInAPictureIsPaintedByTheImageHandlerAndReplacesThePart() throws Exception {
        StandIn reader = new StandIn();
        Path f = deck();
        byte[] before = new RawPackage(Files.readAllBytes(f)).parts.get("ppt/media/image1.png");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Integer> report;
        int ssn;
        try (OoxmlDocument doc = open(f, reader)) {
            String text = doc.text();
            ssn = text.indexOf("219-09-9999");
            int crew = text.indexOf("Crew");
            report = doc.write(List.of(new Replacement(crew, crew + 4, "PERSON", "[REDACTED]"),
                    new Replacement(ssn, ssn + 11, "US_SSN", "[REDACTED]")), Method.REDACT, out);
        }
        assertEquals(List.of(List.of(new Replacement(11, 22, "US_SSN", "[REDACTED]"))), reader.painted,
                "the picture's span, in the picture's own offsets");
        RawPackage raw = new RawPackage(out.toByteArray());
        BufferedImage written = ImageIO.read(new java.io.ByteArrayInputStream(raw.parts.get("ppt/media/image1.png")));
        assertEquals(21, written.getHeight(), "the part holds the painted picture");
        assertFalse(java.util.Arrays.equals(before, raw.parts.get("ppt/media/image1.png")));
        assertArrayEquals(png(40), raw.parts.get("ppt/media/image3.png"), "a picture without a span is left as it was");
        assertEquals(1, report.get("imagesRedacted"), report.toString());
        assertEquals(2, report.get("lowConfidenceWords"), report.toString());
        assertEquals(1, report.get("imagesNotRead"), "the EMF: " + report);
        assertFalse(report.containsKey("exif"), "the image handler's metadata census is not the package's: " + report);
        assertFalse(new String(raw.parts.get("ppt/slides/slide2.xml"), java.nio.charset.StandardCharsets.UTF_8).contains("Crew"));
    }

    /**
     * GIF, BMP and TIFF pictures are read as PNG and JPEG ones are (a GIF pasted from a web page, a BMP from a scanner's
     * software, a fax as TIFF); a GIF of more than one frame, an animation the image handler would read the first frame
     * of, is counted as not read, and so is a TIFF of more than one page. Before, every GIF, BMP and TIFF was counted and
     * kept as it was, its values with it (TIFF until the thirty-third session).
     */
    @Test
    void gifBmpAndTiffPicturesAreReadAndAnAnimationOrAFaxOfPagesIsCounted() throws Exception {
        Parts parts = deckParts();
        Map<String, byte[]> media = new LinkedHashMap<>(parts.media());
        media.put("ppt/media/image4.gif", encode(new BufferedImage(300, 20, BufferedImage.TYPE_INT_RGB), "gif"));
        media.put("ppt/media/image5.bmp", encode(new BufferedImage(300, 20, BufferedImage.TYPE_INT_RGB), "bmp"));
        media.put("ppt/media/image6.gif", animation(300, 2));
        media.put("ppt/media/image7.tiff", tiff(300, 1));
        media.put("ppt/media/image12.tif", tiff(300, 2));
        StandIn reader = new StandIn();
        try (OoxmlDocument doc = open(deck(parts.xml(), media), reader)) {
            String text = doc.text();
            assertEquals(4, text.split("219-09-9999", -1).length - 1, "the PNG, the GIF, the BMP and the TIFF: " + text);
            Map<String, Integer> report = doc.write(List.of(), Method.REDACT, new ByteArrayOutputStream());
            assertEquals(3, report.get("imagesNotRead"), "the EMF, the animation and the fax of two pages: " + report);
        }
        assertEquals(List.of("image/png", "image/png", "image/gif", "image/bmp", "image/tiff"), reader.opened);
        // a part too short for a TIFF's header, and a TIFF of 16 samples a pixel or JPEG strips: counted, not read (the
        // image handler refuses them, and the document with them)
        assertEquals(null, Pictures.mediaType(new byte[] {'I', 'I', 42, 0, 8}));
        byte[] tiff = tiff(300, 1);
        assertEquals("image/tiff", Pictures.mediaType(tiff));
        for (int[] tag : new int[][] {{259, 7}, {259, 6}, {277, 16}, {258, 32}}) {
            assertEquals(null, Pictures.mediaType(withTag(tiff, tag[0], tag[1])), java.util.Arrays.toString(tag));
        }
        assertEquals(null, Pictures.mediaType("BM not a bitmap".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    /**
     * An EMF picture (a chart pasted as a picture) is read from its text records, whether or not OCR reads pictures, and
     * its values are overwritten in the part; one that also draws a bitmap is counted as not read, its text read all the
     * same, and so is one of shapes alone (text turned into curves). Before, every EMF was counted and kept as it was.
     */
    @Test
    void anEmfsTextIsReadFromItsRecordsAndOverwritten() throws Exception {
        Parts parts = deckParts();
        Map<String, byte[]> media = new LinkedHashMap<>(parts.media());
        media.put("ppt/media/image8.emf", new EmfTextTest.Emf().text("Chart owner Jane Roe 219-09-9999", 0, 0, 10, true, 0)
                .bytes());
        media.put("ppt/media/image9.emf", new EmfTextTest.Emf().bitmap().text("Legend", 0, 0, 10, true, 0).bytes());
        media.put("ppt/media/image10.emf", new EmfTextTest.Emf().record(27, 16).bytes()); // shapes, no text records
        // a WMF, as a converted Word 97 file shows an embedded table: its text too, and an EMF copy in a comment
        media.put("ppt/media/image11.wmf", new EmfTextTest.Wmf(true).comment("Copy by Dora Author".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)).extTextOut("Witness 078-05-1120", 0, 0, 10, 0).bytes());
        StandIn reader = new StandIn();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Integer> report;
        try (OoxmlDocument doc = withoutOcr(media, reader)) {
            String text = doc.text();
            int at = text.indexOf("219-09-9999");
            assertTrue(at > 0 && text.contains("Legend"), text);
            int witness = text.indexOf("078-05-1120");
            assertTrue(text.contains("Witness 078-05-1120"), text);
            report = doc.write(List.of(new Replacement(at, at + 11, "US_SSN", "[REDACTED]"),
                    new Replacement(witness, witness + 11, "US_SSN", "[REDACTED]")), Method.REDACT, out);
        }
        assertTrue(reader.opened.isEmpty(), "no OCR");
        String wmf = new String(new RawPackage(out.toByteArray()).parts.get("ppt/media/image11.wmf"),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(wmf.contains("078-05") || wmf.contains("1120") || wmf.contains("Dora"), "the WMF's value and comment go");
        assertTrue(wmf.contains("Witness XXXXXXXXXXX"), wmf);
        byte[] written = new RawPackage(out.toByteArray()).parts.get("ppt/media/image8.emf");
        assertFalse(new String(written, java.nio.charset.StandardCharsets.UTF_16LE).contains("219-09")
                || new String(written, 1, written.length - 1, java.nio.charset.StandardCharsets.UTF_16LE).contains("219-09"),
                "the value is gone from the part");
        assertTrue(new String(written, java.nio.charset.StandardCharsets.UTF_16LE).contains("Jane Roe XXXXXXXXXXX"));
        assertEquals(2, report.get("imagesRedacted"), report.toString());
        assertEquals(5, report.get("imagesNotRead"), "reading turned off: two PNGs; the fake EMF, the bitmap's, the shapes': "
                + report);
    }

    /**
     * An EMF that draws a bitmap (a screenshot pasted as a picture: EMR_STRETCHDIBITS) has the bitmap read by OCR and
     * painted, the record grown to the painted bitmap's size and the header's byte count with it; read back here by
     * walking the records and decoding the DIB with the JDK's BMP reader. One that also draws other pixels, or when
     * reading is off, is counted. Before, every EMF with a bitmap was counted as not read and its bitmap kept.
     */
    @Test
    void anEmfsBitmapIsReadAndPainted() throws Exception {
        byte[] emf = new EmfTextTest.Emf().text("Screenshot of", 0, 0, 10, true, 0)
                .dib(encode(new BufferedImage(300, 20, BufferedImage.TYPE_INT_RGB), "bmp")).bytes();
        Map<String, byte[]> media = new LinkedHashMap<>(deckParts().media());
        media.put("ppt/media/image8.emf", emf);
        media.put("ppt/media/image9.emf", new EmfTextTest.Emf().dib(encode(new BufferedImage(300, 20,
                BufferedImage.TYPE_INT_RGB), "bmp")).bitmap().bytes()); // and another bitmap: not read
        byte[] band = encode(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "bmp");
        media.put("ppt/media/image10.emf", new EmfTextTest.Emf().dib(band).dib(band).bytes()); // in bands: read, and counted
        StandIn reader = new StandIn();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Integer> report;
        try (OoxmlDocument doc = open(deck(deckParts().xml(), media), reader)) {
            String text = doc.text();
            int ssn = text.lastIndexOf("219-09-9999");
            assertTrue(text.contains("Screenshot of\nMember SSN 219-09-9999\n"), text);
            report = doc.write(List.of(new Replacement(ssn, ssn + 11, "US_SSN", "[REDACTED]")), Method.REDACT, out);
        }
        assertEquals(List.of("image/png", "image/png", "image/bmp", "image/bmp", "image/bmp", "image/bmp"), reader.opened,
                "the deck's two PNGs, the EMF's bitmap, the two bands, and the bitmap read again to be painted");
        byte[] written = new RawPackage(out.toByteArray()).parts.get("ppt/media/image8.emf");
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(written).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertEquals(written.length, b.getInt(48), "the header's byte count");
        BufferedImage painted = null;
        for (int at = 0; at + 8 <= written.length; at += b.getInt(at + 4)) {
            if (b.getInt(at) == 81) {
                int offBmi = b.getInt(at + 48);
                int cbBmi = b.getInt(at + 52);
                int cbBits = b.getInt(at + 60);
                java.nio.ByteBuffer bmp = java.nio.ByteBuffer.allocate(14 + cbBmi + cbBits).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                bmp.put((byte) 'B').put((byte) 'M').putInt(bmp.capacity()).putInt(0).putInt(14 + cbBmi);
                bmp.put(written, at + offBmi, cbBmi).put(written, at + b.getInt(at + 56), cbBits);
                painted = ImageIO.read(new java.io.ByteArrayInputStream(bmp.array()));
            }
        }
        assertEquals(21, painted.getHeight(), "the stand-in's painted bitmap (a row taller) is the one drawn");
        assertEquals(1, report.get("imagesRedacted"), report.toString());
        assertEquals(3, report.get("imagesNotRead"), "the fake EMF, the EMF with another bitmap, the one in bands: " + report);
    }

    /**
     * A black-and-white scan drawn by an EMF (a DIB of one bit a pixel) is written back at one bit a pixel: at 24, as
     * the image handler paints, an A4 page at 300 dpi grows from 1 MB to 26 MB, past what the package's ratio limit reads
     * back. A DIB the image handler does not read (of a compression its depth has not) is counted, not read.
     */
    @Test
    void aBilevelBitmapStaysBilevelAndADibTheHandlerRefusesIsCounted() throws Exception {
        byte[] scan = encode(new BufferedImage(300, 20, BufferedImage.TYPE_BYTE_BINARY), "bmp");
        byte[] wrong = scan.clone();
        wrong[30] = 1; // RLE8 for one bit a pixel
        Map<String, byte[]> media = new LinkedHashMap<>(deckParts().media());
        media.put("ppt/media/image8.emf", new EmfTextTest.Emf().dib(scan).bytes());
        media.put("ppt/media/image9.emf", new EmfTextTest.Emf().dib(wrong).bytes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Integer> report;
        try (OoxmlDocument doc = open(deck(deckParts().xml(), media), new StandIn())) {
            String text = doc.text();
            int ssn = text.lastIndexOf("219-09-9999");
            report = doc.write(List.of(new Replacement(ssn, ssn + 11, "US_SSN", "[REDACTED]")), Method.REDACT, out);
        }
        byte[] written = new RawPackage(out.toByteArray()).parts.get("ppt/media/image8.emf");
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(written).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int at = b.getInt(4); // the header's size: the bitmap's record follows
        assertEquals(81, b.getInt(at));
        assertEquals(1, b.getShort(at + b.getInt(at + 48) + 14), "one bit a pixel");
        assertEquals(21, b.getInt(at + b.getInt(at + 48) + 8), "the stand-in's painted bitmap");
        assertEquals(2, report.get("imagesNotRead"), "the fake EMF, the DIB of a wrong compression: " + report);
    }

    /**
     * An EMZ (an EMF compressed with gzip, its header naming the original file) is read and overwritten as an EMF is,
     * and written back compressed, without the name; read back here with the JDK's inflater. A gzip that would inflate
     * past a hundred times its size is no picture read. Before, every EMZ was counted as not read and kept.
     */
    @Test
    void anEmzIsReadOverwrittenAndCompressedAgain() throws Exception {
        byte[] emf = new EmfTextTest.Emf().text("Chart owner Jane Roe 219-09-9999", 0, 0, 10, true, 0).bytes();
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        gz.writeBytes(new byte[] {0x1F, (byte) 0x8B, 8, 8, 0, 0, 0, 0, 0, 3}); // FNAME set
        gz.writeBytes("Jane_Roe_chart.emf\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(9, true);
        deflater.setInput(emf);
        deflater.finish();
        byte[] buffer = new byte[emf.length + 64];
        gz.write(buffer, 0, deflater.deflate(buffer));
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(emf);
        gz.writeBytes(java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt((int) crc.getValue())
                .putInt(emf.length).array());
        Map<String, byte[]> media = new LinkedHashMap<>(deckParts().media());
        media.put("ppt/media/image8.emz", gz.toByteArray());
        media.put("ppt/media/image9.emz", gz.toByteArray()); // the same, its value not planned: cleaned all the same
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Integer> report;
        try (OoxmlDocument doc = withoutOcr(media, new StandIn())) {
            String text = doc.text();
            int ssn = text.indexOf("219-09-9999");
            assertTrue(ssn > 0, text);
            report = doc.write(List.of(new Replacement(ssn, ssn + 11, "US_SSN", "[REDACTED]")), Method.REDACT, out);
        }
        byte[] written = new RawPackage(out.toByteArray()).parts.get("ppt/media/image8.emz");
        assertFalse(new String(written, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Jane_Roe"), "no file name");
        assertFalse(new String(new RawPackage(out.toByteArray()).parts.get("ppt/media/image9.emz"),
                java.nio.charset.StandardCharsets.ISO_8859_1).contains("Jane_Roe"), "no file name in the other either");
        byte[] inflated;
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(written))) {
            inflated = in.readAllBytes();
        }
        String wide = new String(inflated, java.nio.charset.StandardCharsets.UTF_16LE);
        assertFalse(wide.contains("219-09") || wide.contains("9999"), wide);
        assertTrue(wide.contains("Chart owner Jane Roe"), wide);
        assertEquals(1, report.get("imagesRedacted"), report.toString());
        assertEquals(3, report.get("imagesNotRead"), "the two PNGs (reading turned off) and the fake EMF, not the EMZ: " + report);

        ByteArrayOutputStream zeros = new ByteArrayOutputStream();
        try (var z = new java.util.zip.GZIPOutputStream(zeros)) {
            z.write(new EmfTextTest.Emf().bytes());
            z.write(new byte[50 << 20]);
        }
        byte[] bomb = zeros.toByteArray();
        assertTrue(assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> Emz.metafile(bomb)) == null,
                bomb.length + " bytes inflating to 50 MB");
    }

    /**
     * A helper's review of the EMZ reading: 10,000 empty gzip members overflowed the JDK's stream's stack (a 500), bytes
     * after the member (a second member naming a file, a value) were kept while the picture was counted as read, a
     * painted EMZ kept its comments (compressed past what the cleaner reads), and nothing capped what all the pictures
     * inflate to together.
     */
    @Test
    void emzsThatCannotBeReadAreCountedAndWhatTheyInflateToIsCapped() throws Exception {
        byte[] emf = new EmfTextTest.Emf().text("Jane Roe 219-09-9999", 0, 0, 10, true, 0).record(70, 32, 12, 0, 0x6172_6F44)
                .bytes(); // a comment record of "Dora"
        byte[] one = Emz.compress(emf);
        ByteArrayOutputStream members = new ByteArrayOutputStream();
        members.writeBytes(one);
        for (int k = 0; k < 10_000; k++) {
            members.writeBytes(Emz.compress(new byte[0]));
        }
        byte[] many = members.toByteArray();
        assertTrue(assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> Emz.metafile(many)) == null,
                "more than one member: not read");
        byte[] trailing = java.util.Arrays.copyOf(one, one.length + 15);
        System.arraycopy("SSN 219-09-9999".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, trailing, one.length, 15);
        assertTrue(Emz.metafile(trailing) == null, "bytes after the member: not read");
        assertArrayEquals(emf, Emz.metafile(java.util.Arrays.copyOf(one, one.length + 4)), "zeros after it are padding");
        // the ratio counted against the compressed data read, not the padding after it; none below 8 MB (a white bitmap)
        byte[] white = Emz.compress(new EmfTextTest.Emf().comment(new byte[4 << 20]).bytes());
        assertTrue(Emz.metafile(white) != null, "4 MB at a thousandfold: read");
        byte[] blown = Emz.compress(new EmfTextTest.Emf().comment(new byte[20 << 20]).bytes());
        assertTrue(Emz.metafile(java.util.Arrays.copyOf(blown, blown.length + (300 << 10))) == null,
                "20 MB at a thousandfold, padded to look a hundredfold: not read");
        // one not read (bytes after its member) still loses its header's file name on every write
        byte[] named = new byte[one.length + 12 + 3];
        System.arraycopy(one, 0, named, 0, 3);
        named[3] = 8; // FNAME
        System.arraycopy("Jane_Roe.emf\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, named, 10, 13);
        System.arraycopy(one, 10, named, 23, one.length - 10);
        named[named.length - 2] = 'J';
        assertTrue(Emz.metafile(named) == null);
        Map<String, byte[]> unread = new LinkedHashMap<>(deckParts().media());
        unread.put("ppt/media/image7.emz", named);
        ByteArrayOutputStream cleaned = new ByteArrayOutputStream();
        try (OoxmlDocument doc = withoutOcr(unread, new StandIn())) {
            doc.sanitize(cleaned);
        }
        assertFalse(new String(new RawPackage(cleaned.toByteArray()).parts.get("ppt/media/image7.emz"),
                java.nio.charset.StandardCharsets.ISO_8859_1).contains("Jane_Roe"), "the name went");

        // an EMZ with a bitmap (read by the stand-in) and a comment: painted black, it may compress past what the cleaner
        // inflates (a thousandfold past 8 MB), so the comment is taken as it is written too
        Map<String, byte[]> media = new LinkedHashMap<>(deckParts().media());
        BufferedImage speckled = new BufferedImage(300, 20, BufferedImage.TYPE_INT_RGB);
        java.util.Random grain = new java.util.Random(9);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 300; x++) {
                speckled.setRGB(x, y, grain.nextInt(1 << 24)); // compresses little: read as an EMZ
            }
        }
        media.put("ppt/media/image8.emz", Emz.compress(new EmfTextTest.Emf().record(70, 32, 12, 0, 0x6172_6F44)
                .dib(encode(speckled, "bmp")).bytes()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OoxmlDocument doc = open(deck(deckParts().xml(), media), new StandIn())) {
            String text = doc.text();
            int ssn = text.lastIndexOf("219-09-9999");
            doc.write(List.of(new Replacement(ssn, ssn + 11, "US_SSN", "[REDACTED]")), Method.REDACT, out);
        }
        byte[] part = new RawPackage(out.toByteArray()).parts.get("ppt/media/image8.emz");
        byte[] written;
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(part))) {
            written = in.readAllBytes();
        }
        assertFalse(new String(written, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Dora"), "the comment went");

        // what the pictures inflate to together is held to a quarter of the memory budget (here 4 MB: 1 MB)
        java.util.Random random = new java.util.Random(3);
        byte[] noise = new byte[600_000];
        random.nextBytes(noise);
        Map<String, byte[]> big = new LinkedHashMap<>(deckParts().media());
        for (int k = 0; k < 2; k++) {
            EmfTextTest.Emf e = new EmfTextTest.Emf().text("Legend", 0, 0, 10, true, 0);
            big.put("ppt/media/big" + k + ".emz", Emz.compress(e.comment(noise).bytes()));
        }
        Path deck = deck(deckParts().xml(), big);
        EngineException e = assertThrows(EngineException.class, () -> {
            try (OoxmlDocument doc = OoxmlDocument.open(deck, OoxmlFormatHandler.PPTX, new DocumentLimits(200L << 20, 1000,
                    50_000_000, 4L << 20, System.nanoTime() + 60_000_000_000L), new StandIn(), false, OoxmlDocument.STREAM_ABOVE)) {
                doc.text();
            } catch (IllegalStateException wrapped) {
                throw wrapped.getCause();
            }
        });
        assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
    }

    /**
     * An SVG picture (Office keeps a PNG beside it): its text elements are read with no OCR, whether or not OCR reads
     * pictures, and overwritten in the part; its metadata, editor data and script go on every write, and on sanitize.
     * Before, an SVG was counted as not read and kept as it was, values, script and all.
     */
    @Test
    void anSvgsTextIsReadFromItsXmlAndOverwritten() throws Exception {
        Parts parts = deckParts();
        Map<String, byte[]> media = new LinkedHashMap<>(parts.media());
        media.put("ppt/media/image8.svg", SvgTextTest.utf8(SvgTextTest.INKSCAPE));
        media.put("ppt/media/image9.svg", SvgTextTest.utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Jane</svg>"));
        StandIn reader = new StandIn();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Integer> report;
        try (OoxmlDocument doc = withoutOcr(media, reader)) {
            String text = doc.text();
            int at = text.indexOf("John Smith");
            int ssn = text.indexOf("219-09-9999");
            assertTrue(at > 0 && ssn > 0 && text.contains("Badge of Jane Roe"), text);
            report = doc.write(List.of(new Replacement(at, at + 10, "PERSON", "[REDACTED]"),
                    new Replacement(ssn, ssn + 11, "US_SSN", "[REDACTED]")), Method.REDACT, out);
        }
        assertTrue(reader.opened.isEmpty(), "no OCR");
        byte[] written = new RawPackage(out.toByteArray()).parts.get("ppt/media/image8.svg");
        for (String v : List.of("John", "Smith", "219-09", "9999", "Dora Author", "Carol Editor", "peter_parker", "alert",
                "tracker.example")) {
            SvgTextTest.assertAbsent(written, v);
        }
        assertTrue(new String(written, java.nio.charset.StandardCharsets.UTF_8).contains("Jane Roe"), "what was not planned stays");
        assertEquals(1, report.get("imagesRedacted"), report.toString());
        assertEquals(1, report.get("embeddedObjects"), report.toString());
        assertEquals(3, report.get("javascript"), report.toString());
        assertEquals(3, report.get("imagesNotRead"), "reading turned off: two PNGs; the fake EMF: " + report);
        assertEquals(1, report.get("imagesRemoved"), "the broken SVG, emptied: " + report);
        assertArrayEquals(SvgText.EMPTY, new RawPackage(out.toByteArray()).parts.get("ppt/media/image9.svg"));

        ByteArrayOutputStream clean = new ByteArrayOutputStream();
        try (OoxmlDocument doc = withoutOcr(media, reader)) {
            report = doc.sanitize(clean);
        }
        byte[] sanitized = new RawPackage(clean.toByteArray()).parts.get("ppt/media/image8.svg");
        for (String v : List.of("Dora Author", "Carol Editor", "peter_parker", "alert", "tracker.example", "steal", "Zebulon")) {
            SvgTextTest.assertAbsent(sanitized, v);
        }
        assertEquals(3, report.get("javascript"), report.toString());
    }

    /**
     * A GIF of a million one-pixel frames (15 MB) is known to be an animation from its first two: counting every frame
     * with the JDK's reader took 26 s here.
     */
    @Test
    void aGifOfAMillionFramesIsToldFromItsFirstTwo() {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        gif.writeBytes("GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        gif.writeBytes(new byte[] {1, 0, 1, 0, (byte) 0x80, 0, 0, 0, 0, 0, (byte) 255, (byte) 255, (byte) 255});
        for (int i = 0; i < 1_000_000; i++) {
            gif.writeBytes(new byte[] {0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4C, 0x01, 0});
        }
        gif.write(0x3B);
        byte[] bytes = gif.toByteArray();
        assertEquals(null, assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> Pictures.mediaType(bytes)),
                "an animation: counted, not read");
    }

    /** @return a GIF of the given frames, each as wide as asked */
    /** The TIFF with its first directory's SHORT entry of the tag set to the value (the tag must be there). */
    private static byte[] withTag(byte[] tiff, int tag, int value) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(tiff.clone())
                .order(tiff[0] == 'I' ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        int ifd = b.getInt(4);
        for (int k = 0; k < b.getShort(ifd); k++) {
            int entry = ifd + 2 + 12 * k;
            if (b.getShort(entry) == tag) {
                b.putShort(entry + 2, (short) 3).putInt(entry + 4, 1).putShort(entry + 8, (short) value);
                return b.array();
            }
        }
        throw new AssertionError("no tag " + tag);
    }

    /** A TIFF of pages {@code width} pixels wide, one after the other as a fax has them. */
    private static byte[] tiff(int width, int pages) throws IOException {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var ios = new javax.imageio.stream.MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            for (int k = 0; k < pages; k++) {
                writer.writeToSequence(new javax.imageio.IIOImage(new BufferedImage(width, 20, BufferedImage.TYPE_BYTE_GRAY),
                        null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] animation(int width, int frames) throws IOException {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames; i++) {
                writer.writeToSequence(new javax.imageio.IIOImage(new BufferedImage(width, 20, BufferedImage.TYPE_INT_RGB),
                        null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * A picture is handed to the image handler as a file in the engine's temporary folder when the request has one
     * (swept when an engine starts after a process died), owner-only, and deleted once decoded.
     */
    @Test
    void aPicturesFileIsInTheEnginesTemporaryFolderAndGoes() throws Exception {
        Path engineTemp = Files.createDirectory(dir.resolve("blackbar-engine"));
        DocumentLimits base = OfficeRun.limits();
        DocumentLimits limits = new DocumentLimits(base.maxBytes(), base.maxPages(), base.maxTextChars(),
                base.maxMemoryBytes(), base.deadlineNanos(), engineTemp);
        StandIn reader = new StandIn();
        try (OoxmlDocument doc = OoxmlDocument.open(deck(), OoxmlFormatHandler.PPTX, limits, reader, true,
                OoxmlDocument.STREAM_ABOVE)) {
            assertTrue(doc.text().contains("219-09-9999"));
        }
        assertEquals(List.of(engineTemp, engineTemp), reader.folders);
        try (var left = Files.list(engineTemp)) {
            assertEquals(0, left.count(), "each picture's file deleted once decoded");
        }
    }

    /** A picture that cannot be read fails the request, saying why: its values would otherwise leave unseen. */
    @Test
    void aPictureThatCannotBeReadFailsTheRequest() throws Exception {
        StandIn noOcr = new StandIn();
        noOcr.failure = new EngineException(EngineException.Reason.UNAVAILABLE, "no OCR engine");
        for (StandIn reader : java.util.Arrays.asList(null, noOcr)) {
            try (OoxmlDocument doc = open(deck(), reader)) {
                IllegalStateException e = assertThrows(IllegalStateException.class, doc::text);
                EngineException cause = (EngineException) e.getCause();
                assertEquals(EngineException.Reason.UNAVAILABLE, cause.reason());
                assertTrue(cause.getMessage().contains("BLACKBAR_OCR_PICTURES=false"), cause.getMessage());
            }
        }
        Map<String, byte[]> damaged = new LinkedHashMap<>(deckParts().media());
        damaged.put("ppt/media/image1.png", java.util.Arrays.copyOf(png(300), 60)); // a PNG's header, cut short
        try (OoxmlDocument doc = open(deck(deckParts().xml(), damaged), new StandIn())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, doc::text);
            EngineException cause = (EngineException) e.getCause();
            assertEquals(EngineException.Reason.UNPROCESSABLE, cause.reason());
            assertTrue(cause.getMessage().startsWith("A picture of the document could not be read"), cause.getMessage());
        }
    }

    /** An operator who turned the reading off gets the pictures counted, and the rest of the document redacted. */
    @Test
    void pictureReadingTurnedOffCountsEveryPictureAsNotRead() throws Exception {
        StandIn reader = new StandIn();
        try (OoxmlDocument doc = OoxmlDocument.open(deck(), OoxmlFormatHandler.PPTX, OfficeRun.limits(), reader, false,
                OoxmlDocument.STREAM_ABOVE)) {
            assertFalse(doc.text().contains("Member"), doc.text());
            Map<String, Integer> report = doc.write(List.of(), Method.REDACT, new ByteArrayOutputStream());
            assertEquals(3, report.get("imagesNotRead"), "two PNGs and the EMF: " + report);
        }
        assertTrue(reader.opened.isEmpty());
        assertTrue(OoxmlFormatHandler.readPictures(null) && OoxmlFormatHandler.readPictures("yes"));
        assertFalse(OoxmlFormatHandler.readPictures(" FALSE "));
    }

    /**
     * A picture of a format the image handler does not read is counted wherever it lies (a media folder, an image
     * content type, a picture's name); a part every write removes (an embedded object's preview, whatever the case of
     * its folder's name) is neither read nor counted: it goes.
     */
    @Test
    void everyPictureNotReadIsCountedAndRemovedPartsAreNotRead() throws Exception {
        Parts parts = deckParts();
        Map<String, byte[]> media = new LinkedHashMap<>(parts.media());
        media.put("ppt/media/image4.heic", "....ftypheic".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        media.put("ppt/Embeddings/preview.png", png(300));
        StandIn reader = new StandIn();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OoxmlDocument doc = open(deck(parts.xml(), media), reader)) {
            doc.text();
            Map<String, Integer> report = doc.write(List.of(), Method.REDACT, out);
            assertEquals(2, report.get("imagesNotRead"), "the EMF and the HEIC: " + report);
        }
        assertEquals(List.of("image/png", "image/png"), reader.opened, "the embedded object's preview is not read");
        assertFalse(new RawPackage(out.toByteArray()).parts.keySet().stream().anyMatch(n -> n.toLowerCase().contains("embeddings")));
    }

    /**
     * A sheet's picture hangs off its drawing, not the sheet: its page is the sheet's. A picture is found by its bytes
     * wherever a producer put it (not only in a media folder) and whatever its name says.
     */
    @Test
    void aSheetsPictureIsOnItsSheetAndPicturesAreFoundByTheirBytes() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", RawPackage.contentTypes("/xl/workbook.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
        p.put("_rels/.rels", RawPackage.relationships(RawPackage.relationship("rId1", "officeDocument", "xl/workbook.xml")));
        String ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
        p.put("xl/workbook.xml", X + "<workbook " + ns + "/>");
        p.put("xl/worksheets/sheet1.xml", X + "<worksheet " + ns + "/>");
        p.put("xl/worksheets/sheet2.xml", X + "<worksheet " + ns + "/>");
        p.put("xl/worksheets/_rels/sheet2.xml.rels", RawPackage.relationships(
                RawPackage.relationship("rId1", "drawing", "../drawings/drawing1.xml")));
        p.put("xl/drawings/drawing1.xml", X + "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\"/>");
        p.put("xl/drawings/_rels/drawing1.xml.rels", RawPackage.relationships(
                RawPackage.relationship("rId1", "image", "../pictures/Scan.JPG")));
        Path f = dir.resolve("book.xlsx");
        RawPackage.zip(f, p, Map.of("xl/pictures/Scan.JPG", png(300)));
        StandIn reader = new StandIn();
        try (OoxmlDocument doc = OoxmlDocument.open(f, OoxmlFormatHandler.XLSX, OfficeRun.limits(), reader, true,
                OoxmlDocument.STREAM_ABOVE)) {
            String text = doc.text();
            assertTrue(text.contains("219-09-9999"), text);
            assertEquals(2, doc.pageOf(text.indexOf("219-09-9999")));
        }
        assertEquals(List.of("image/png"), reader.opened, "read as what its bytes are, not what its name says");
    }

    @Test
    void anOcrOutOfTimeFailsTheDocument() throws Exception {
        StandIn reader = new StandIn();
        reader.failure = new EngineException(EngineException.Reason.UNPROCESSABLE, "The document took too long.");
        DocumentLimits spent = new DocumentLimits(200L << 20, 1000, 50_000_000, 512L << 20, System.nanoTime() + 1_000_000_000L);
        try (OoxmlDocument doc = OoxmlDocument.open(deck(), OoxmlFormatHandler.PPTX, spent, reader, true, OoxmlDocument.STREAM_ABOVE)) {
            Thread.sleep(1_100);
            IllegalStateException e = assertThrows(IllegalStateException.class, doc::text);
            assertEquals(EngineException.Reason.UNPROCESSABLE, ((EngineException) e.getCause()).reason());
        }
    }

    @Test
    void aPictureReadDifferentlyTheSecondTimeIsRefusedNotPaintedAtTheWrongPlace() throws Exception {
        StandIn reader = new StandIn();
        reader.secondReading = "SSN 219-09-9999 Member";
        try (OoxmlDocument doc = open(deck(), reader)) {
            int ssn = doc.text().indexOf("219-09-9999");
            EngineException e = assertThrows(EngineException.class, () -> doc.write(
                    List.of(new Replacement(ssn, ssn + 11, "US_SSN", "[REDACTED]")), Method.REDACT, new ByteArrayOutputStream()));
            assertEquals(EngineException.Reason.UNPROCESSABLE, e.reason());
            assertTrue(reader.painted.isEmpty());
        }
    }

    @Test
    void sanitizeReadsNoPicture() throws Exception {
        StandIn reader = new StandIn();
        try (OoxmlDocument doc = open(deck(), reader)) {
            doc.sanitize(new ByteArrayOutputStream());
            assertFalse(doc.text().contains("Member"));
            assertTrue(reader.opened.isEmpty(), reader.opened.toString());
        }
    }
}
