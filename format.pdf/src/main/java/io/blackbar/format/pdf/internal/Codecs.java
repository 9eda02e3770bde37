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
    /** JPEG 2000 decodes to up to four bytes a pixel: 2^26 pixels (256 MiB) is an A3 page at 600 dpi. */
    static final long MAX_JPX_PIXELS = 1L << 26;

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

    /** JBIG2 (one class a provider: ImageIO's registry keeps one provider of a class). */
    static final class Jbig2 extends Bounded {
        Jbig2() {
            super(new JBIG2ImageReaderSpi(), MAX_JBIG2_PIXELS);
        }
    }

    /**
     * JPEG 2000. Its decoder builds a structure per tile while it reads the main header, before any pixel, so the
     * header's size is read here first: 10 billion pixels in tiles of 64 took seconds and gigabytes in
     * {@code getWidth} alone.
     */
    static final class Jpx extends Bounded {
        /** How far into the file the codestream's header is looked for (JP2 boxes of metadata may come first). */
        private static final int HEADER_WITHIN = 1 << 20;
        /** Part 1 numbers tiles with 16 bits. */
        private static final long MAX_TILES = 65_535;
        private static final int MAX_COMPONENTS = 16;

        Jpx() {
            super(new J2KImageReaderSpi(), MAX_JPX_PIXELS);
        }

        @Override
        void checkHeader(ImageInputStream in) throws IOException {
            in.mark();
            try {
                byte[] head = new byte[HEADER_WITHIN];
                int n = 0;
                for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                    n += r;
                }
                int siz = -1;
                for (int i = 0; i + 4 <= n; i++) {
                    // the codestream begins SOC (FF4F) then SIZ (FF51)
                    if (head[i] == (byte) 0xff && head[i + 1] == 0x4f && head[i + 2] == (byte) 0xff && head[i + 3] == 0x51) {
                        siz = i + 4;
                        break;
                    }
                }
                if (siz < 0 || siz + 38 > n) {
                    throw new IIOException("No JPEG 2000 codestream header within the image's first MiB.");
                }
                java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(head, siz, 38);
                b.getShort();
                b.getShort();
                long x = b.getInt() & 0xffffffffL;
                long y = b.getInt() & 0xffffffffL;
                long x0 = b.getInt() & 0xffffffffL;
                long y0 = b.getInt() & 0xffffffffL;
                long tileWidth = b.getInt() & 0xffffffffL;
                long tileHeight = b.getInt() & 0xffffffffL;
                long tileX0 = b.getInt() & 0xffffffffL;
                long tileY0 = b.getInt() & 0xffffffffL;
                int components = b.getShort() & 0xffff;
                if (x <= x0 || y <= y0 || tileWidth == 0 || tileHeight == 0 || tileX0 > x0 || tileY0 > y0) {
                    throw new IIOException("The JPEG 2000 header's sizes are inconsistent.");
                }
                long pixels = (x - x0) * (y - y0);
                long tiles = ((x - tileX0 + tileWidth - 1) / tileWidth) * ((y - tileY0 + tileHeight - 1) / tileHeight);
                if (pixels > MAX_JPX_PIXELS || tiles > MAX_TILES || components > MAX_COMPONENTS) {
                    throw new IIOException("The image's header gives a size of " + pixels + " pixels in " + tiles
                            + " tiles and " + components + " components; at most " + MAX_JPX_PIXELS + " pixels, "
                            + MAX_TILES + " tiles and " + MAX_COMPONENTS + " components are decoded.");
                }
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
            return new BoundedReader(this, codec.createReaderInstance(extension), maxPixels);
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
        private final long maxPixels;
        private boolean checked;

        BoundedReader(Bounded provider, ImageReader codec, long maxPixels) {
            super(provider);
            this.bounds = provider;
            this.codec = codec;
            this.maxPixels = maxPixels;
        }

        @Override
        public void setInput(Object input, boolean seekForwardOnly, boolean ignoreMetadata) {
            super.setInput(input, seekForwardOnly, ignoreMetadata);
            codec.setInput(input, seekForwardOnly, ignoreMetadata);
            checked = false;
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
            return codec().getNumImages(allowSearch);
        }

        @Override
        public int getWidth(int imageIndex) throws IOException {
            return codec().getWidth(imageIndex);
        }

        @Override
        public int getHeight(int imageIndex) throws IOException {
            return codec().getHeight(imageIndex);
        }

        @Override
        public Iterator<ImageTypeSpecifier> getImageTypes(int imageIndex) throws IOException {
            return codec().getImageTypes(imageIndex);
        }

        @Override
        public ImageReadParam getDefaultReadParam() {
            return codec.getDefaultReadParam();
        }

        @Override
        public IIOMetadata getStreamMetadata() throws IOException {
            return codec().getStreamMetadata();
        }

        @Override
        public IIOMetadata getImageMetadata(int imageIndex) throws IOException {
            return codec().getImageMetadata(imageIndex);
        }

        /** @throws IIOException when the header's size is over the ceiling, unknown, or the decoder runs out of memory */
        @Override
        public BufferedImage read(int imageIndex, ImageReadParam param) throws IOException {
            long pixels = (long) codec().getWidth(imageIndex) * codec.getHeight(imageIndex);
            if (pixels <= 0 || pixels > maxPixels) {
                throw new IIOException("The image's header gives a size of " + pixels + " pixels; at most " + maxPixels
                        + " are decoded.");
            }
            try {
                return codec.read(imageIndex, param);
            } catch (OutOfMemoryError e) {
                throw new IIOException("The image could not be decoded within the memory available.");
            }
        }

        @Override
        public void dispose() {
            codec.dispose();
        }
    }

}
