package io.blackbar.format.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.Replacement;

/**
 * The text records of an EMF (a chart or a table pasted as a picture), built here record by record as MS-EMF lays them
 * out, and the values overwritten in place; the output is searched byte by byte for each value in UTF-16 and in ASCII.
 */
class EmfTextTest {

    /** An EMF, record by record: the header first, the end-of-file record last. */
    static final class Emf {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Emf() {
            ByteBuffer h = le(88);
            h.putInt(1).putInt(88).putInt(0).putInt(0).putInt(100).putInt(100); // type, size, bounds
            h.putInt(0).putInt(0).putInt(2000).putInt(2000); // frame
            h.put(new byte[] {' ', 'E', 'M', 'F'}).putInt(0x10000).putInt(0).putInt(0); // signature, version, bytes, records
            out.writeBytes(h.array());
        }

        /** EMR_EXTTEXTOUTW (or A) at (x, y), with a rectangle and a Dx array of {@code advance} a character. */
        Emf text(String s, int x, int y, int advance, boolean wide, int options) {
            byte[] chars = s.getBytes(wide ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
            int offString = 76;
            int padded = (chars.length + 3) & ~3;
            int offDx = offString + padded;
            int size = offDx + 4 * s.length();
            ByteBuffer r = le(size);
            r.putInt(wide ? 84 : 83).putInt(size).putInt(0).putInt(0).putInt(0).putInt(0); // bounds
            r.putInt(1).putFloat(1).putFloat(1); // graphics mode, scales
            r.putInt(x).putInt(y).putInt(s.length()).putInt(offString).putInt(options);
            r.putInt(0).putInt(0).putInt(0).putInt(0).putInt(offDx); // rectangle, offDx
            r.put(chars).position(offDx);
            for (int k = 0; k < s.length(); k++) {
                r.putInt(advance);
            }
            out.writeBytes(r.array());
            return this;
        }

        /** Each character its own record, as some producers draw a word. */
        Emf textByCharacter(String s, int x, int y, int advance) {
            for (int k = 0; k < s.length(); k++) {
                text(s.substring(k, k + 1), x + k * advance, y, advance, true, 0);
            }
            return this;
        }

        /** An EMR_COMMENT holding EMF+ DrawString and DrawDriverString records (characters looked up in the font). */
        Emf plus(String drawString, String driverString, int driverFlags) {
            byte[] a = drawString.getBytes(StandardCharsets.UTF_16LE);
            int sizeA = 40 + ((a.length + 3) & ~3);
            byte[] d = driverString.getBytes(StandardCharsets.UTF_16LE);
            int sizeD = 28 + ((d.length + 3) & ~3) + 8 * driverString.length();
            ByteBuffer p = le(sizeA + sizeD);
            p.putShort((short) 0x401C).putShort((short) 0).putInt(sizeA).putInt(sizeA - 12);
            p.putInt(0).putInt(0).putInt(drawString.length()).putFloat(0).putFloat(0).putFloat(100).putFloat(20).put(a);
            p.position(sizeA);
            p.putShort((short) 0x4036).putShort((short) 0).putInt(sizeD).putInt(sizeD - 12);
            p.putInt(0).putInt(driverFlags).putInt(0).putInt(driverString.length()).put(d);
            byte[] records = p.array();
            ByteBuffer c = le(16 + records.length);
            c.putInt(70).putInt(16 + records.length).putInt(4 + records.length).putInt(0x2B464D45).put(records);
            out.writeBytes(c.array());
            return this;
        }

        /** An EMR_STRETCHDIBITS of a BMP's DIB, its colours in the DIB. */
        Emf dib(byte[] bmp) {
            int pixels = ByteBuffer.wrap(bmp).order(ByteOrder.LITTLE_ENDIAN).getInt(10);
            int cbBmi = pixels - 14;
            int cbBits = bmp.length - pixels;
            int size = (80 + cbBmi + cbBits + 3) & ~3;
            ByteBuffer r = le(size);
            r.putInt(81).putInt(size).position(48);
            r.putInt(80).putInt(cbBmi).putInt(80 + cbBmi).putInt(cbBits).putInt(0).putInt(0xCC0020);
            r.position(80);
            r.put(bmp, 14, cbBmi).put(bmp, pixels, cbBits);
            out.writeBytes(r.array());
            return this;
        }

        /** An EMR_COMMENT of the data (not EMF+'s). */
        Emf comment(byte[] data) {
            int size = (12 + data.length + 3) & ~3;
            ByteBuffer r = le(size);
            r.putInt(70).putInt(size).putInt(data.length).put(data);
            out.writeBytes(r.array());
            return this;
        }

        /** An EMR_STRETCHDIBITS of no real bitmap: a record that draws pixels. */
        Emf bitmap() {
            return record(81, 80);
        }

        /** A record of the type and size, the given numbers after its header, then zeros. */
        Emf record(int type, int size, int... fields) {
            ByteBuffer r = le(size).putInt(type).putInt(size);
            for (int f : fields) {
                r.putInt(f);
            }
            out.writeBytes(r.array());
            return this;
        }

        /** EMR_EOF: a player plays on after it. */
        Emf eof() {
            return record(14, 20);
        }

        /** EMR_SMALLTEXTOUT of UTF-16 characters at (x, y), with a rectangle: no Dx. */
        Emf smallText(String s, int x, int y) {
            byte[] chars = s.getBytes(StandardCharsets.UTF_16LE);
            int size = 52 + ((chars.length + 3) & ~3);
            ByteBuffer r = le(size);
            r.putInt(108).putInt(size).putInt(x).putInt(y).putInt(s.length()).putInt(0).putInt(1).putFloat(1).putFloat(1);
            r.putInt(0).putInt(0).putInt(0).putInt(0).put(chars);
            out.writeBytes(r.array());
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(out.toByteArray());
            all.writeBytes(le(20).putInt(14).putInt(20).array());
            return all.toByteArray();
        }

        private static ByteBuffer le(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    /** A WMF, record by record (MS-WMF): a placeable header if asked, the header, the records, the end-of-file record. */
    static final class Wmf {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Wmf(boolean placeable) {
            if (placeable) {
                out.writeBytes(le(22).putInt(0x9AC6CDD7).putShort((short) 0).putLong(0).putShort((short) 1440).array());
            }
            // META_HEADER: on disk, 9 words, version 3
            out.writeBytes(le(18).putShort((short) 2).putShort((short) 9).putShort((short) 0x0300).array());
        }

        /** META_TEXTOUT at (x, y): no advances. */
        Wmf textOut(String s, int x, int y) {
            byte[] c = s.getBytes(StandardCharsets.ISO_8859_1);
            int padded = (c.length + 1) & ~1;
            ByteBuffer r = le(8 + padded + 4);
            r.putInt(r.capacity() / 2).putShort((short) 0x0521).putShort((short) c.length).put(c).position(8 + padded);
            r.putShort((short) y).putShort((short) x);
            out.writeBytes(r.array());
            return this;
        }

        /** META_EXTTEXTOUT at (x, y), with a rectangle when the options say so, and {@code advance} a character. */
        Wmf extTextOut(String s, int x, int y, int advance, int options) {
            byte[] c = s.getBytes(java.nio.charset.Charset.forName("windows-1252"));
            int at = 14 + ((options & 6) != 0 ? 8 : 0);
            int padded = (c.length + 1) & ~1;
            ByteBuffer r = le(at + padded + 2 * c.length);
            r.putInt(r.capacity() / 2).putShort((short) 0x0A32).putShort((short) y).putShort((short) x)
                    .putShort((short) c.length).putShort((short) options).position(at);
            r.put(c).position(at + padded);
            for (int k = 0; k < c.length; k++) {
                r.putShort((short) advance);
            }
            out.writeBytes(r.array());
            return this;
        }

        /** A record of the function and size in bytes (even), zeros after its header. */
        Wmf record(int function, int size) {
            out.writeBytes(le(size).putInt(size / 2).putShort((short) function).array());
            return this;
        }

        /** META_ESCAPE of MFCOMMENT with the data (an embedded EMF, a note). */
        Wmf comment(byte[] data) {
            int size = 10 + ((data.length + 1) & ~1);
            out.writeBytes(le(size).putInt(size / 2).putShort((short) 0x0626).putShort((short) 0x000F)
                    .putShort((short) data.length).put(data).array());
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(out.toByteArray());
            all.writeBytes(le(6).putInt(3).putShort((short) 0).array());
            return all.toByteArray();
        }

        private static ByteBuffer le(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    /**
     * A WMF (clip art, a converted Word 97 file's picture of an embedded table) is read as an EMF is: a run without
     * advances and one with them on a baseline, a second baseline; values overwritten in place. Before, every WMF was
     * counted as not read and kept.
     */
    @Test
    void aWmfsTextIsReadAndOverwrittenInPlace() {
        byte[] wmf = new Wmf(true).textOut("Claimant", 10, 20).extTextOut("Jane Roe", 100, 20, 10, 4)
                .extTextOut("219-09-", 10, 40, 10, 0).extTextOut("9999", 80, 40, 10, 0).bytes();
        EmfText read = EmfText.read(wmf);
        assertNotNull(read);
        assertEquals("Claimant Jane Roe\n219-09-9999\n", read.text());
        assertFalse(read.holdsPixels());
        List<Replacement> plan = List.of(new Replacement(9, 17, "PERSON", "[REDACTED]"),
                new Replacement(18, 29, "US_SSN", "[REDACTED]"));
        byte[] out = read.write(plan, Method.REDACT);
        assertEquals(wmf.length, out.length, "records keep their sizes");
        for (String v : List.of("Jane", "Roe", "219-09", "9999")) {
            assertTrue(holds(wmf, v));
            assertFalse(holds(out, v), "the output holds " + v);
        }
        assertEquals("Claimant XXXXXXXX\nXXXXXXXXXXX\n", EmfText.read(out).text());
        // 8-bit text is Windows' ANSI, not Latin-1: O’Brien's apostrophe and Š are 0x92 and 0x8A, C1 controls in Latin-1
        byte[] ansi = new Wmf(true).extTextOut("Witness O\u2019Brien \u0160ubi\u0107", 0, 0, 10, 0).bytes();
        EmfText irish = EmfText.read(ansi);
        assertEquals("Witness O\u2019Brien \u0160ubi?\n", irish.text(), "ć is not in windows-1252: written as ? by the builder");
        byte[] anonymized = irish.write(List.of(new Replacement(8, 15, "PERSON", "\u0160imon\u2019")), Method.ANONYMIZE);
        assertEquals("Witness \u0160imon\u2019  \u0160ubi?\n", EmfText.read(anonymized).text(), "fitted: a space after");
        assertEquals("Claimant Jane Roe\n219-09-9999\n", EmfText.read(new Wmf(false).textOut("Claimant", 10, 20)
                .extTextOut("Jane Roe", 100, 20, 10, 4).extTextOut("219-09-", 10, 40, 10, 0).extTextOut("9999", 80, 40, 10, 0)
                .bytes()).text(), "without a placeable header");
    }

    /**
     * A DIB the image handler does not read (a header of 64 bytes; one longer than the record gives it) is other pixels:
     * counted, not given the image handler (which failed the document).
     */
    @Test
    void onlyDibsTheImageHandlerReadsAreRead() throws Exception {
        java.io.ByteArrayOutputStream bmp = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(30, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "bmp", bmp);
        byte[] plain = bmp.toByteArray();
        EmfText read = EmfText.read(new Emf().dib(plain).bytes());
        assertTrue(read.pixelsAreDibs() && read.dibCount() == 1);
        byte[] odd = plain.clone();
        odd[14] = 64; // a header size no reader knows
        read = EmfText.read(new Emf().dib(odd).bytes());
        assertTrue(read.holdsPixels() && !read.pixelsAreDibs() && read.dibCount() == 0, "counted as other pixels");
        byte[] alpha = plain.clone();
        alpha[14] = 108;
        alpha[28] = 32; // a V4 header, 32 bits
        read = EmfText.read(new Emf().dib(alpha).bytes());
        assertTrue(!read.pixelsAreDibs() && read.dibCount() == 0, "a header that says more than the record holds: counted");
    }

    /** Glyph indices, a broken record, bytes after the end: not read. A bitmap: read, and said. */
    @Test
    void aWmfThatCannotBeReadOrDrawsABitmapIsSaid() {
        assertNull(EmfText.read(new Wmf(true).extTextOut("219-09-9999", 0, 0, 10, 0x10).bytes()), "glyph indices");
        byte[] broken = new Wmf(true).textOut("219-09-9999", 0, 0).bytes();
        broken[40] = (byte) 0x7F; // the record's size now runs past the end
        assertNull(EmfText.read(broken));
        byte[] tail = new Wmf(true).textOut("Ann", 0, 0).bytes();
        byte[] after = java.util.Arrays.copyOf(tail, tail.length + 8);
        assertNotNull(EmfText.read(after), "padding after the end");
        after[tail.length + 2] = 'J';
        assertNull(EmfText.read(after), "other bytes after the end are not read, so neither is the picture");
        assertTrue(EmfText.read(new Wmf(true).record(0x0F43, 40).textOut("Ann", 0, 0).bytes()).holdsPixels(), "STRETCHDIB");
        assertTrue(EmfText.read(new Wmf(true).record(0x0940, 40).bytes()).holdsPixels(), "DIBBITBLT with a bitmap");
        assertFalse(EmfText.read(new Wmf(true).record(0x0940, 2 * (0x09 + 3)).bytes()).holdsPixels(), "DIBBITBLT without one");
    }

    private static boolean holds(byte[] b, String value) {
        String latin = new String(b, StandardCharsets.ISO_8859_1);
        String le = new String(b, StandardCharsets.ISO_8859_1).replace("\0", "");
        return latin.contains(value) || le.contains(value)
                || new String(b, StandardCharsets.UTF_16LE).contains(value)
                || new String(java.util.Arrays.copyOfRange(b, 1, b.length), StandardCharsets.UTF_16LE).contains(value);
    }

    @Test
    void aChartsTextIsReadAcrossRecordsAndItsValuesAreOverwrittenInPlace() {
        byte[] emf = new Emf()
                .textByCharacter("Member", 100, 200, 10)
                .text("SSN", 170, 200, 10, true, 0)
                .text("219-09-9999", 210, 200, 10, true, 0)
                .text("Contact jane.doe@example.org", 100, 260, 9, false, 0)
                .plus("Owner Ada Lovelace", "ada@example.org", 1)
                .bytes();
        EmfText read = EmfText.read(emf);
        assertNotNull(read);
        assertEquals("Member SSN 219-09-9999\nContact jane.doe@example.org\nOwner Ada Lovelace ada@example.org\n", read.text(),
                "a word drawn a character at a time is one word; runs further along the baseline are apart by a space; EMF+"
                        + " runs after EMF's");
        assertFalse(read.holdsPixels());
        String text = read.text();
        List<Replacement> plan = new java.util.ArrayList<>();
        for (String v : List.of("219-09-9999", "jane.doe@example.org", "Ada Lovelace", "ada@example.org")) {
            assertTrue(holds(emf, v), "the input holds " + v);
            int at = text.indexOf(v);
            plan.add(new Replacement(at, at + v.length(), "X", "[REDACTED]"));
        }
        byte[] out = read.write(plan, Method.REDACT);
        assertEquals(emf.length, out.length, "records keep their sizes");
        for (String v : List.of("219-09-9999", "9999", "jane.doe", "example.org", "Lovelace", "ada@")) {
            assertFalse(holds(out, v), "the output holds " + v);
        }
        EmfText again = EmfText.read(out);
        assertNotNull(again, "the output still parses");
        assertEquals("Member SSN XXXXXXXXXXX\nContact XXXXXXXXXXXXXXXXXXXX\nOwner XXXXXXXXXXXX XXXXXXXXXXXXXXX\n", again.text());
        int at = text.indexOf("Ada Lovelace");
        assertTrue(EmfText.read(read.write(List.of(new Replacement(at, at + 12, "PERSON", "Bo Ek")), Method.ANONYMIZE))
                .text().contains("Owner Bo Ek" + " ".repeat(7) + " ada@"), "a surrogate fitted to the value's length");
    }

    /**
     * Runs as a player draws them, whatever their order in the file: an SSN a character at a time without advances
     * (EMR_SMALLTEXTOUT), its end drawn before its start, a value after EMR_EOF (a player plays on).
     */
    @Test
    void runsAreReadWhereTheyStandAndAfterTheEnd() {
        Emf emf = new Emf();
        String ssn = "219-09-9999";
        for (int k = 0; k < ssn.length(); k++) {
            emf.smallText(ssn.substring(k, k + 1), 100 + 10 * k, 50);
        }
        emf.smallText("2", 400, 50).smallText("0", 410, 50); // a year further along the line: a word of its own
        // an address a character at a time, at a proportional font's advances: wide letters are no word's end
        int[] advance = {5, 10, 10, 10, 18, 10, 10, 10, 16, 10, 4, 10, 5, 9, 10, 16};
        String mail = "john@example.com";
        for (int k = 0, x = 0; k < mail.length(); x += advance[k], k++) {
            emf.smallText(mail.substring(k, k + 1), x, 500);
        }
        emf.text("6789", 70, 100, 10, true, 0).text("123-45-", 0, 100, 10, true, 0).eof().text("Jane Roe", 0, 300, 10, true, 0);
        emf.text("987-65-", -300, 400, 10, true, 0).text("4320", -230, 400, 10, true, 0); // left of the origin
        EmfText read = EmfText.read(emf.bytes());
        assertNotNull(read);
        assertEquals("219-09-9999 20\n123-45-6789\nJane Roe\n987-65-4320\njohn@example.com\n", read.text());
        byte[] out = read.write(List.of(new Replacement(15, 26, "US_SSN", "[REDACTED]")), Method.REDACT);
        assertFalse(holds(out, "6789") || holds(out, "123-45"), "both runs of the value overwritten");
        assertTrue(holds(out, "Jane Roe"));
    }

    /** Text drawn by glyph indices (the font's, not characters) cannot be read: the picture is counted as not read. */
    @Test
    void glyphIndicesAndBrokenRecordsAreNotRead() {
        assertNull(EmfText.read(new Emf().text("219-09-9999", 0, 0, 10, true, 0x10).bytes()));
        assertNull(EmfText.read(new Emf().plus("a", "219-09-9999", 0).bytes()), "glyph indices in EMF+");
        byte[] broken = new Emf().text("219-09-9999", 0, 0, 10, true, 0).bytes();
        broken[92] = (byte) 0xFF; // the text record's size now runs past the end
        assertNull(EmfText.read(broken));
        assertNull(EmfText.read("not an EMF at all, but long enough to have a header's length in it; more".getBytes(
                StandardCharsets.US_ASCII)));
    }

    /** An EMF that draws a bitmap, or paints with one (a pattern brush), has its text read, and says its pixels were not. */
    @Test
    void anEmfWithABitmapSaysSo() {
        EmfText read = EmfText.read(new Emf().bitmap().text("Jane Doe", 0, 0, 10, true, 0).bytes());
        assertNotNull(read);
        assertTrue(read.holdsPixels());
        assertEquals("Jane Doe\n", read.text());
        assertTrue(EmfText.read(new Emf().record(94, 32).bytes()).holdsPixels(), "EMR_CREATEDIBPATTERNBRUSHPT");
        assertFalse(EmfText.read(new Emf().record(95, 52, 1, 0, 0, 0, 0).bytes()).holdsPixels(), "a chart's pen: no bitmap");
        assertTrue(EmfText.read(new Emf().record(95, 52, 1, 52, 40, 0, 0).bytes()).holdsPixels(), "a pen with a bitmap");
        assertFalse(EmfText.read(new Emf().record(27, 16).bytes()).holdsPixels(), "a move: no pixels");
        assertEquals("", EmfText.read(new Emf().record(27, 16).bytes()).text(), "shapes alone: no text");
    }
}
