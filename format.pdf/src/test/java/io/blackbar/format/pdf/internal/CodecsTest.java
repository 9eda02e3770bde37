package io.blackbar.format.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The decoders PDFBox finds for JBIG2 and JPEG 2000 once the handler registered them: bounded readers first, which
 * refuse an image whose header declares more pixels than their ceiling before decoding it. On this class path the
 * codecs' own readers are registered too (ImageIO finds them there); in the framework only the bounded ones are.
 */
class CodecsTest {

    @BeforeEach
    void register() {
        Codecs.register();
    }

    @AfterEach
    void deregister() {
        Codecs.deregister();
    }

    /** A JBIG2 stream (PDF's embedded organisation) declaring a page and an MMR region of the given size. */
    static byte[] jbig2(int width, int height) throws Exception {
        return jbig2(width, height, width, height, -1);
    }

    /**
     * @param stripe when not negative, an end-of-stripe segment at this line (the page's height then unknown)
     */
    static byte[] jbig2(int pageWidth, int pageHeight, int width, int height, int stripe) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(bytes);
        d.writeInt(0);
        d.writeByte(48);
        d.writeByte(0);
        d.writeByte(1);
        d.writeInt(19);
        d.writeInt(pageWidth);
        d.writeInt(stripe >= 0 ? -1 : pageHeight);
        d.writeLong(0);
        d.writeByte(0);
        d.writeShort(stripe >= 0 ? 0x8000 | 128 : 0);
        byte[] rows = new byte[64];
        Arrays.fill(rows, (byte) 0xff);
        d.writeInt(1);
        d.writeByte(38);
        d.writeByte(0);
        d.writeByte(1);
        d.writeInt(18 + rows.length);
        d.writeInt(width);
        d.writeInt(height);
        d.writeLong(0);
        d.writeByte(0);
        d.writeByte(1);
        d.write(rows);
        if (stripe >= 0) {
            d.writeInt(2);
            d.writeByte(50);
            d.writeByte(0);
            d.writeByte(1);
            d.writeInt(4);
            d.writeInt(stripe);
        }
        return bytes.toByteArray();
    }

    private static ImageReader reader(String format, byte[] data) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data));
        reader.setInput(in);
        return reader;
    }

    @Test
    void aJbig2PageOf10BillionPixelsIsRefusedFromItsHeader() throws Exception {
        ImageReader reader = reader("JBIG2", jbig2(100_000, 100_000));
        assertInstanceOf(Codecs.BoundedReader.class, reader);
        IIOException e = assertThrows(IIOException.class, () -> reader.read(0));
        assertTrue(e.getMessage().contains("10000000000 pixels"), e.getMessage());
    }

    /** The decoder allocates a region's declared size before it fits it to the page. */
    @Test
    void aJbig2RegionLargerThanItsSmallPageIsRefusedFromItsHeader() throws Exception {
        ImageReader reader = reader("JBIG2", jbig2(100, 100, 100_000, 100_000, -1));
        IIOException e = assertThrows(Codecs.TooLarge.class, () -> reader.read(0));
        assertTrue(e.getMessage().contains("region of 10000000000 pixels"), e.getMessage());
    }

    /** A striped page of unknown height grows to its last stripe's line; its getHeight decodes the page to learn it. */
    @Test
    void aJbig2StripedPageGrowingPastTheCeilingIsRefusedFromItsHeader() throws Exception {
        ImageReader reader = reader("JBIG2", jbig2(100_000, 0, 100_000, 100, 99_999));
        IIOException e = assertThrows(Codecs.TooLarge.class, () -> reader.getHeight(0));
        assertTrue(e.getMessage().contains("striped page of 10000000000 pixels"), e.getMessage());
    }

    /** One segment's header: number, type, the referred-to bytes as given, page 1, data. */
    private static void segment(DataOutputStream d, int number, int type, byte[] referred, byte[] data) throws Exception {
        d.writeInt(number);
        d.writeByte(type);
        d.write(referred);
        d.writeByte(1);
        d.writeInt(data.length);
        d.write(data);
    }

    private static byte[] ints(int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    /** A page of 100 x 100 (19 bytes of page information). */
    private static byte[] page(int width, int height) {
        return ByteBuffer.allocate(19).putInt(width).putInt(height).array();
    }

    /** The decoder reads a referred-to count over 4 in the long form (29 bits), and allocates arrays of it. */
    @Test
    void aJbig2ReferredToCountInTheLongFormIsBounded() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(bytes);
        segment(d, 0, 48, new byte[] {0}, page(100, 100));
        segment(d, 1, 62, new byte[] {(byte) 0xa0, (byte) 0xff, (byte) 0xff, (byte) 0xff}, new byte[0]);
        ImageReader reader = reader("JBIG2", bytes.toByteArray());
        IIOException e = assertThrows(Codecs.TooLarge.class, () -> reader.getWidth(0));
        assertTrue(e.getMessage().contains("refers to 16777215 others"), e.getMessage());
    }

    /** The end of a stripe before the page's information: the page still grows to that line. */
    @Test
    void aJbig2StripeBeforeItsPageIsCheckedAgainstThePage() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(bytes);
        segment(d, 0, 50, new byte[] {0}, ints(99_999));
        byte[] info = page(100_000, -1);
        info[17] = (byte) 0x80;
        info[18] = (byte) 128;
        segment(d, 1, 48, new byte[] {0}, info);
        ImageReader reader = reader("JBIG2", bytes.toByteArray());
        IIOException e = assertThrows(Codecs.TooLarge.class, () -> reader.getWidth(0));
        assertTrue(e.getMessage().contains("striped page of 10000000000 pixels"), e.getMessage());
    }

    /** A small halftone region whose grid is 10,000 cells square: the decoder holds the grid as ints. */
    @Test
    void aJbig2HalftoneGridIsBounded() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(bytes);
        segment(d, 0, 48, new byte[] {0}, page(100, 100));
        ByteBuffer halftone = ByteBuffer.allocate(17 + 1 + 16 + 4).putInt(100).putInt(100);
        halftone.position(18);
        halftone.putInt(10_000).putInt(10_000);
        segment(d, 1, 22, new byte[] {0}, halftone.array());
        ImageReader reader = reader("JBIG2", bytes.toByteArray());
        IIOException e = assertThrows(Codecs.TooLarge.class, () -> reader.getWidth(0));
        assertTrue(e.getMessage().contains("grid of 100000000 cells"), e.getMessage());
    }

    @Test
    void aJbig2PageWithinTheCeilingIsDecoded() throws Exception {
        BufferedImage image = reader("JBIG2", jbig2(640, 480)).read(0);
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
    }

    /**
     * A small JPEG 2000 file whose headers (the JP2 box's and the codestream's SIZ) are rewritten to declare the given
     * size and tiles.
     */
    private static byte[] jp2(int width, int height, int tileWidth, int tileHeight) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpeg2000", out));
        byte[] jp2 = out.toByteArray();
        ByteBuffer b = ByteBuffer.wrap(jp2);
        int ihdr = indexOf(jp2, new byte[] {'i', 'h', 'd', 'r'});
        b.putInt(ihdr + 4, height).putInt(ihdr + 8, width);
        int siz = indexOf(jp2, new byte[] {(byte) 0xff, 0x4f, (byte) 0xff, 0x51}) + 4;
        b.putInt(siz + 4, width).putInt(siz + 8, height).putInt(siz + 20, tileWidth).putInt(siz + 24, tileHeight);
        return jp2;
    }

    /** JJ2000 reads its main header into a structure per tile: the size is read from the header before it does. */
    @Test
    void aJpeg2000ImageOf10BillionPixelsIsRefusedFromItsHeader() throws Exception {
        ImageReader reader = reader("JPEG2000", jp2(100_000, 100_000, 64, 64));
        assertInstanceOf(Codecs.BoundedReader.class, reader);
        IIOException e = assertThrows(IIOException.class, () -> reader.getWidth(0));
        assertTrue(e.getMessage().contains("10000000000 pixels"), e.getMessage());
        assertThrows(IIOException.class, () -> reader.read(0));
    }

    /** Sides of 3.2 billion pixels in one tile: their product overflows a long's sign. */
    @Test
    void aJpeg2000ImageWhoseSizeOverflowsIsRefusedFromItsHeader() throws Exception {
        int side = (int) 0xC000_0000L;
        ImageReader reader = reader("JPEG2000", jp2(side, side, side, side));
        assertThrows(Codecs.TooLarge.class, () -> reader.getWidth(0));
    }

    /** A small decoy header in a box before the codestream's: the codestream is found by the boxes' lengths. */
    @Test
    void aJpeg2000DecoyHeaderBeforeTheCodestreamIsNotTakenForIt() throws Exception {
        byte[] real = jp2(100_000, 100_000, 64, 64);
        int jp2c = indexOf(real, new byte[] {'j', 'p', '2', 'c'}) - 4;
        int siz = indexOf(real, new byte[] {(byte) 0xff, 0x4f, (byte) 0xff, 0x51});
        byte[] decoy = Arrays.copyOfRange(real, siz, siz + 46);
        ByteBuffer.wrap(decoy).putInt(8, 1).putInt(12, 1).putInt(24, 1).putInt(28, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(real, 0, jp2c);
        out.write(ByteBuffer.allocate(8).putInt(8 + decoy.length).put(new byte[] {'x', 'm', 'l', ' '}).array());
        out.write(decoy);
        out.write(real, jp2c, real.length - jp2c);
        ImageReader reader = reader("JPEG2000", out.toByteArray());
        IIOException e = assertThrows(Codecs.TooLarge.class, () -> reader.getWidth(0));
        assertTrue(e.getMessage().contains("10000000000 pixels"), e.getMessage());
    }

    /** A codestream inside a uinf box, before a small one: JJ2000 decodes the first it finds, inside such boxes too. */
    @Test
    void aJpeg2000CodestreamInsideABoxOfBoxesIsChecked() throws Exception {
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpeg2000", small));
        byte[] file = small.toByteArray();
        byte[] big = jp2(100_000, 100_000, 64, 64);
        int bigBox = indexOf(big, new byte[] {'j', 'p', '2', 'c'}) - 4;
        byte[] codestream = Arrays.copyOfRange(big, bigBox, big.length);
        ByteBuffer.wrap(codestream).putInt(0, codestream.length);
        int smallBox = indexOf(file, new byte[] {'j', 'p', '2', 'c'}) - 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, smallBox);
        out.write(ByteBuffer.allocate(8).putInt(8 + codestream.length).put(new byte[] {'u', 'i', 'n', 'f'}).array());
        out.write(codestream);
        out.write(file, smallBox, file.length - smallBox);
        ImageReader reader = reader("JPEG2000", out.toByteArray());
        assertThrows(Codecs.TooLarge.class, () -> reader.getWidth(0));
    }

    /** 16 million tiles of one pixel: more than Part 1 can number (65,535). */
    @Test
    void aJpeg2000ImageOfMoreTilesThanTheStandardNumbersIsRefusedFromItsHeader() throws Exception {
        ImageReader reader = reader("JPEG2000", jp2(4_000, 4_000, 1, 1));
        IIOException e = assertThrows(IIOException.class, () -> reader.read(0));
        assertTrue(e.getMessage().contains("16000000 tiles"), e.getMessage());
    }

    @Test
    void aJpeg2000ImageWithinTheCeilingIsDecoded() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpeg2000", out));
        ImageReader reader = reader("JPEG2000", out.toByteArray());
        assertInstanceOf(Codecs.BoundedReader.class, reader);
        assertEquals(48, reader.read(0).getHeight());
    }

    private static int indexOf(byte[] data, byte[] what) {
        for (int i = 0; i + what.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
