package io.blackbar.format.pdf.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.IIOException;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.jbig2.JBIG2ImageReaderSpi;

import com.github.jaiimageio.jpeg2000.impl.J2KImageReaderSpi;

/**
 * The decoders of the two image kinds scanners write most after JPEG: JBIG2 (black and white pages) and JPEG 2000.
 * PDFBox looks them up in ImageIO's registry, which finds plugins on the class path only; in a framework it sees no
 * bundle, so without this a JBIG2 scan rendered blank, OCR read nothing on it, and the page came back with its values.
 * The readers are registered while the handler is active and taken out when it stops.
 * <p>
 * Each is wrapped in a reader that asks the image's size from its header before decoding it, and refuses a size over
 * its ceiling: both decoders allocate what the header says, whatever the PDF's own dictionary says, and a few bytes
 * of JBIG2 declare a page of 100,000 pixels square (a 1.2 GB bitmap; a shared test file holds four).
 */
final class Codecs {

    /** JBIG2 decodes to one bit a pixel: 2^28 pixels (a 32 MiB bitmap) is an A0 drawing at 400 dpi. */
    static final long MAX_JBIG2_PIXELS = 1L << 28;
    /** JPEG 2000: 2^27 pixels (an A3 page at 600 dpi is 69.6 million), and 2^28 samples across its components. */
    static final long MAX_JPX_PIXELS = 1L << 27;
    static final long MAX_JPX_SAMPLES = 1L << 28;

    private static final List<ImageReaderSpi> READERS = List.of(new Jbig2(), new Jpx());

    private Codecs() {
    }

    /** Registers the readers, ahead of any other reader of their formats (one on the class path, in tests). */
    static void register() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        for (ImageReaderSpi reader : READERS) {
            registry.registerServiceProvider(reader, ImageReaderSpi.class);
            Iterator<ImageReaderSpi> all = registry.getServiceProviders(ImageReaderSpi.class, true);
            while (all.hasNext()) {
                ImageReaderSpi other = all.next();
                if (other != reader && List.of(other.getFormatNames()).contains(reader.getFormatNames()[0])) {
                    registry.setOrdering(ImageReaderSpi.class, reader, other);
                }
            }
        }
    }

    static void deregister() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        for (ImageReaderSpi reader : READERS) {
            registry.deregisterServiceProvider(reader, ImageReaderSpi.class);
        }
    }

    /** Thrown for an image whose header declares more than is decoded; its message says what, without content. */
    static final class TooLarge extends IIOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** @return a * b, or {@link Long#MAX_VALUE} when either is over 2^31 (no overflow: sides come from the file) */
    private static long product(long a, long b) {
        return a > Integer.MAX_VALUE || b > Integer.MAX_VALUE ? Long.MAX_VALUE : a * b;
    }

    /**
     * JBIG2 (one class a provider: ImageIO's registry keeps one provider of a class). jbig2-imageio allocates what
     * the segments declare as it meets them: a region larger than its page, a page of unknown height whose stripes
     * say how tall it grows (its {@code getHeight} decodes the page to learn it), a symbol dictionary's count, a
     * halftone's grid, a segment's count of segments it refers to. The segment headers (the globals' first, as PDFBox
     * puts them before the page's) are read here before the decoder reads any.
     */
    static final class Jbig2 extends Bounded {
        /** Symbols a dictionary may declare (an encoder makes some thousands a page). */
        static final long MAX_SYMBOLS = 1 << 20;
        static final long MAX_REFERRED = 1 << 16;
        /** The decoder holds a halftone's grid as ints: 2^23 cells are 32 MiB. */
        static final long MAX_GRID_CELLS = 1 << 23;
        /** All regions together, each decoded pixel by pixel whatever its data's length: 2^30 pixels. */
        static final long MAX_AREA = 1L << 30;
        private static final int MAX_SEGMENTS = 1 << 20;
        private static final java.util.Set<Integer> REGIONS = java.util.Set.of(4, 6, 7, 20, 22, 23, 36, 38, 39, 40, 42, 43);

        Jbig2() {
            super(new JBIG2ImageReaderSpi(), MAX_JBIG2_PIXELS);
        }

        /** A JBIG2 file's header: PDF embeds JBIG2's embedded organisation, and the decoder would switch on it. */
        private static final long FILE_HEADER = 0x974a42320d0a1a0aL;

        /**
         * Reads the segment headers as the decoder reads them (a referred-to count over 4 in the long form; the size of
         * referred-to numbers from this segment's number as a signed int), and checks what each declares.
         */
        @Override
        void checkHeader(ImageInputStream in) throws IOException {
            if (fileHeader(in)) {
                throw new IIOException("A JBIG2 image in a PDF holds a JBIG2 file header.");
            }
            in.mark();
            try {
                long widest = 0;
                long lastLine = -1;
                long area = 0;
                for (int segment = 0; segment < MAX_SEGMENTS; segment++) {
                    int number;
                    try {
                        number = in.readInt();
                    } catch (java.io.EOFException end) {
                        break;
                    }
                    int flags = in.readUnsignedByte();
                    int type = flags & 0x3f;
                    int first = in.readUnsignedByte();
                    long referred = first >>> 5;
                    if (referred > 4) {
                        referred = ((long) (first & 0x1f) << 24) | ((long) in.readUnsignedByte() << 16) | in.readUnsignedShort();
                        if (referred > MAX_REFERRED) {
                            throw new TooLarge("A JBIG2 segment refers to " + referred + " others.");
                        }
                        in.skipBytes((referred + 8) / 8);
                    }
                    in.skipBytes(referred * (number <= 256 ? 1 : number <= 65_536 ? 2 : 4) + ((flags & 0x40) != 0 ? 4 : 1));
                    long length = in.readUnsignedInt();
                    long start = in.getStreamPosition();
                    if (type == 48) {
                        long width = in.readUnsignedInt();
                        long height = in.readUnsignedInt();
                        widest = Math.max(widest, width);
                        check(product(width, height == 0xffffffffL ? 1 : height), "page");
                    } else if (type == 50) {
                        lastLine = Math.max(lastLine, in.readUnsignedInt());
                    } else if (REGIONS.contains(type)) {
                        long pixels = product(in.readUnsignedInt(), in.readUnsignedInt());
                        check(pixels, "region");
                        area = Math.min(Long.MAX_VALUE / 2, area + pixels);
                        if (type == 20 || type == 22 || type == 23) {
                            // region information (17 bytes, 8 read), the halftone flags, then HGW and HGH
                            in.skipBytes(10);
                            long cells = product(in.readUnsignedInt(), in.readUnsignedInt());
                            if (cells > MAX_GRID_CELLS) {
                                throw new TooLarge("A JBIG2 halftone declares a grid of " + cells + " cells; at most "
                                        + MAX_GRID_CELLS + " are decoded.");
                            }
                        }
                    } else if (type == 16) {
                        in.skipBytes(1);
                        long cell = product(in.readUnsignedByte(), in.readUnsignedByte());
                        check(product(cell, in.readUnsignedInt() + 1), "pattern dictionary");
                    } else if (type == 0) {
                        int dictionary = in.readUnsignedShort();
                        boolean huffman = (dictionary & 1) != 0;
                        boolean refinement = (dictionary & 2) != 0;
                        int template = dictionary >>> 10 & 3;
                        boolean refinementTemplate0 = (dictionary & 0x1000) == 0;
                        in.skipBytes((huffman ? 0 : template == 0 ? 8 : 2) + (refinement && refinementTemplate0 ? 4 : 0));
                        long exported = in.readUnsignedInt();
                        long added = in.readUnsignedInt();
                        if (exported > MAX_SYMBOLS || added > MAX_SYMBOLS) {
                            throw new TooLarge("A JBIG2 symbol dictionary declares " + Math.max(exported, added)
                                    + " symbols; at most " + MAX_SYMBOLS + " are decoded.");
                        }
                    }
                    if (length == 0xffffffffL || type == 51) {
                        break; // the end of the file, or an immediate generic region of unknown length: the decoder stops
                    }
                    in.seek(start + length);
                    if (segment == MAX_SEGMENTS - 1) {
                        throw new TooLarge("A JBIG2 stream holds more than " + MAX_SEGMENTS + " segments.");
                    }
                }
                // a striped page grows to its last stripe, whatever order the segments come in
                check(product(widest, lastLine + 1), "striped page");
                if (area > MAX_AREA) {
                    throw new TooLarge("The image's regions declare " + area + " pixels in all; at most " + MAX_AREA
                            + " are decoded.");
                }
            } finally {
                in.reset();
            }
        }

        /** @return whether the stream begins with a JBIG2 file's header; the stream is left where it was */
        private static boolean fileHeader(ImageInputStream in) throws IOException {
            in.mark();
            try {
                return in.readLong() == FILE_HEADER;
            } catch (java.io.EOFException shorter) {
                return false;
            } finally {
                in.reset();
            }
        }

        private static void check(long pixels, String what) throws TooLarge {
            if (pixels > MAX_JBIG2_PIXELS) {
                throw new TooLarge("The image's header gives a " + what + " of " + pixels + " pixels; at most "
                        + MAX_JBIG2_PIXELS + " are decoded.");
            }
        }
    }

    /**
     * JPEG 2000. Its decoder builds a structure per tile while it reads the main header, before any pixel, so the
     * header's size is read here first: 10 billion pixels in tiles of 64 took seconds and gigabytes in
     * {@code getWidth} alone. The codestream is found as JJ2000 finds it: at the start, or in the JP2 file's
     * {@code jp2c} box, reached by the boxes' lengths (a header in another box is no codestream).
     */
    static final class Jpx extends Bounded {
        /** Part 1 numbers tiles with 16 bits. */
        private static final long MAX_TILES = 65_535;
        private static final int MAX_COMPONENTS = 16;
        private static final int MAX_BOXES = 1_000;
        private static final int SOC_SIZ = 0xff4fff51;
        private static final int JP2C = 0x6a703263;
        /** jp2h, res and uinf: boxes of boxes. */
        private static final java.util.Set<Integer> SUPERBOXES = java.util.Set.of(0x6a703268, 0x72657320, 0x75696e66);

        Jpx() {
            super(new J2KImageReaderSpi(), MAX_JPX_PIXELS);
        }

        @Override
        void checkHeader(ImageInputStream in) throws IOException {
            in.mark();
            try {
                int first = in.readInt();
                for (int box = 0; first != SOC_SIZ; box++) {
                    long length = first & 0xffffffffL;
                    int type = in.readInt();
                    long header = 8;
                    if (length == 1) {
                        length = in.readLong();
                        header = 16;
                    }
                    if (type == JP2C) {
                        first = in.readInt();
                        if (first != SOC_SIZ) {
                            throw new IIOException("The JPEG 2000 codestream does not begin with its header.");
                        }
                        break;
                    }
                    if (length < header && length != 0 || box >= MAX_BOXES) {
                        throw new IIOException("No JPEG 2000 codestream found in the image.");
                    }
                    if (SUPERBOXES.contains(type)) {
                        // JJ2000 looks for the codestream inside these too: their first child box follows
                        first = in.readInt();
                        continue;
                    }
                    if (length == 0) {
                        throw new IIOException("No JPEG 2000 codestream found in the image.");
                    }
                    in.seek(in.getStreamPosition() + length - header);
                    first = in.readInt();
                }
                in.skipBytes(4);
                long x = in.readUnsignedInt();
                long y = in.readUnsignedInt();
                long x0 = in.readUnsignedInt();
                long y0 = in.readUnsignedInt();
                long tileWidth = in.readUnsignedInt();
                long tileHeight = in.readUnsignedInt();
                long tileX0 = in.readUnsignedInt();
                long tileY0 = in.readUnsignedInt();
                int components = in.readUnsignedShort();
                if (x <= x0 || y <= y0 || tileWidth == 0 || tileHeight == 0 || tileX0 > x0 || tileY0 > y0) {
                    throw new IIOException("The JPEG 2000 header's sizes are inconsistent.");
                }
                long pixels = product(x - x0, y - y0);
                long tiles = product((x - tileX0 + tileWidth - 1) / tileWidth, (y - tileY0 + tileHeight - 1) / tileHeight);
                if (pixels > MAX_JPX_PIXELS || tiles > MAX_TILES || components > MAX_COMPONENTS
                        || product(pixels, components) > MAX_JPX_SAMPLES) {
                    throw new TooLarge("The image's header gives a size of " + pixels + " pixels in " + tiles
                            + " tiles and " + components + " components; at most " + MAX_JPX_PIXELS + " pixels, "
                            + MAX_TILES + " tiles and " + MAX_COMPONENTS + " components are decoded.");
                }
            } catch (java.io.EOFException e) {
                throw new IIOException("The JPEG 2000 image ends inside its header.");
            } finally {
                in.reset();
            }
        }
    }

    /** A codec's provider whose readers refuse an image larger than a ceiling, before decoding it. */
    abstract static class Bounded extends ImageReaderSpi {
        private final ImageReaderSpi codec;
        private final long maxPixels;

        Bounded(ImageReaderSpi codec, long maxPixels) {
            super(codec.getVendorName(), codec.getVersion(), codec.getFormatNames(), codec.getFileSuffixes(),
                    codec.getMIMETypes(), BoundedReader.class.getName(), codec.getInputTypes(), null, false, null,
                    null, null, null, false, null, null, null, null);
            this.codec = codec;
            this.maxPixels = maxPixels;
        }

        @Override
        public boolean canDecodeInput(Object source) throws IOException {
            return codec.canDecodeInput(source);
        }

        @Override
        public ImageReader createReaderInstance(Object extension) throws IOException {
            return new BoundedReader(this, codec.createReaderInstance(extension));
        }

        @Override
        public String getDescription(Locale locale) {
            return codec.getDescription(locale) + ", bounded by Blackbar";
        }

        /**
         * Reads what it needs of the image's header before the codec reads any, and leaves the stream where it was.
         *
         * @throws IOException when the header declares more than is decoded
         */
        void checkHeader(ImageInputStream in) throws IOException {
            // the codec's own header reading is cheap
        }
    }

    /** Hands every call to the codec's reader; {@link #read} first checks the size the image's header gives. */
    static final class BoundedReader extends ImageReader {
        private final Bounded bounds;
        private final ImageReader codec;
        private boolean checked;

        BoundedReader(Bounded provider, ImageReader codec) {
            super(provider);
            this.bounds = provider;
            this.codec = codec;
        }

        @Override
        public void setInput(Object input, boolean seekForwardOnly, boolean ignoreMetadata) {
            super.setInput(input, seekForwardOnly, ignoreMetadata);
            codec.setInput(input, seekForwardOnly, ignoreMetadata);
            checked = false;
        }

        /** A decoder's call whose unchecked failures (JJ2000 throws java.lang.Error) become an IIOException. */
        private interface Call<T> {
            T run() throws IOException;
        }

        private static <T> T guarded(Call<T> call) throws IOException {
            try {
                return call.run();
            } catch (OutOfMemoryError e) {
                throw new IIOException("The image could not be decoded within the memory available.");
            } catch (LinkageError e) {
                throw new IIOException("The image's codec could not be loaded on this server.");
            } catch (RuntimeException | Error e) {
                throw new IIOException("The image could not be decoded: its data is damaged.");
            }
        }

        /** The provider's look at the header, once an input, before the codec's. */
        private ImageReader codec() throws IOException {
            if (!checked) {
                if (!(getInput() instanceof ImageInputStream in)) {
                    throw new IIOException("No input.");
                }
                bounds.checkHeader(in);
                checked = true;
            }
            return codec;
        }

        @Override
        public int getNumImages(boolean allowSearch) throws IOException {
            return guarded(() -> codec().getNumImages(allowSearch));
        }

        @Override
        public int getWidth(int imageIndex) throws IOException {
            return guarded(() -> codec().getWidth(imageIndex));
        }

        @Override
        public int getHeight(int imageIndex) throws IOException {
            return guarded(() -> codec().getHeight(imageIndex));
        }

        @Override
        public Iterator<ImageTypeSpecifier> getImageTypes(int imageIndex) throws IOException {
            return guarded(() -> codec().getImageTypes(imageIndex));
        }

        @Override
        public ImageReadParam getDefaultReadParam() {
            return codec.getDefaultReadParam();
        }

        @Override
        public IIOMetadata getStreamMetadata() throws IOException {
            return guarded(() -> codec().getStreamMetadata());
        }

        @Override
        public IIOMetadata getImageMetadata(int imageIndex) throws IOException {
            return guarded(() -> codec().getImageMetadata(imageIndex));
        }

        /** @throws IIOException when the header's size is over the ceiling, unknown, or the decoder runs out of memory */
        @Override
        public BufferedImage read(int imageIndex, ImageReadParam param) throws IOException {
            int width = getWidth(imageIndex);
            int height = getHeight(imageIndex);
            long pixels = (long) width * height;
            if (width <= 0 || height <= 0 || pixels > bounds.maxPixels) {
                throw new TooLarge("The image's header gives a size of " + width + " x " + height + " pixels; at most "
                        + bounds.maxPixels + " are decoded.");
            }
            return guarded(() -> codec.read(imageIndex, param));
        }

        @Override
        public void dispose() {
            codec.dispose();
        }
    }

}
