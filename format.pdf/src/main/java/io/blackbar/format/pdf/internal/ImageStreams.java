package io.blackbar.format.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;

import io.blackbar.engine.api.spi.ImageMetadata;

/**
 * What an image stream carries beside its pixels, which a photo placed in a document keeps (where it was taken, its
 * owner): its XMP ({@code /Metadata}); in a JPEG ({@code DCTDecode}) its EXIF, XMP, IPTC and comments, before the first
 * scan and between the scans of a progressive one ({@link ImageMetadata}); in a JPEG 2000 image ({@code JPXDecode})
 * its XML, UUID (XMP, GeoJP2), UUID-info, intellectual-property and label boxes, and its codestream's comments (made
 * zeros). A JPEG or JPEG 2000 image behind other filters ({@code [/FlateDecode /DCTDecode]}) is decoded up to its
 * codec and written with that filter alone. The image's bytes are edited, never decoded.
 */
final class ImageStreams {

    /** Top-level JP2/JPX boxes that are metadata: XML, UUID (XMP), UUID info, intellectual property, labels. */
    private static final Set<String> JP2_METADATA = Set.of("xml ", "uuid", "uinf", "jp2i", "asoc", "lbl ", "nlst");

    private ImageStreams() {
    }

    static void strip(COSStream image, Map<String, Integer> removed, long maxBytes) throws IOException {
        if (image.containsKey(COSName.METADATA)) {
            image.removeItem(COSName.METADATA);
            Cleaner.count(removed, "imageMetadata", 1);
        }
        List<COSName> filters = filters(image.getFilters());
        if (filters.isEmpty()) {
            return;
        }
        COSName codec = filters.get(filters.size() - 1);
        if (!COSName.DCT_DECODE.equals(codec) && !COSName.JPX_DECODE.equals(codec)) {
            return;
        }
        byte[] bytes;
        if (filters.size() == 1) {
            try (InputStream in = image.createRawInputStream()) {
                bytes = in.readAllBytes();
            }
        } else {
            bytes = decodeUpTo(image, filters, maxBytes);
        }
        byte[] stripped = COSName.DCT_DECODE.equals(codec) ? ImageMetadata.strip(bytes) : jpx(bytes);
        if (stripped == bytes) {
            return;
        }
        if (filters.size() > 1) {
            COSBase parms = image.getDictionaryObject(COSName.DECODE_PARMS);
            COSBase codecParms = parms instanceof COSArray a && a.size() == filters.size() ? a.getObject(a.size() - 1) : null;
            image.setItem(COSName.FILTER, codec);
            image.setItem(COSName.DECODE_PARMS, codecParms instanceof org.apache.pdfbox.cos.COSDictionary ? codecParms : null);
        }
        try (OutputStream out = image.createRawOutputStream()) {
            out.write(stripped);
        }
        Cleaner.count(removed, "imageMetadata", 1);
    }

    /** @return the filters' names, or none when they are not names */
    private static List<COSName> filters(COSBase f) {
        List<COSName> names = new ArrayList<>();
        if (f instanceof COSName n) {
            names.add(n);
        } else if (f instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (!(a.getObject(i) instanceof COSName n)) {
                    return List.of();
                }
                names.add(n);
            }
        }
        return names;
    }

    /** @return the stream decoded by every filter before the last, at most {@code maxBytes} */
    private static byte[] decodeUpTo(COSStream image, List<COSName> filters, long maxBytes) throws IOException {
        byte[] bytes;
        try (InputStream in = image.createRawInputStream()) {
            bytes = in.readAllBytes();
        }
        for (int i = 0; i < filters.size() - 1; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream() {
                @Override
                public void write(byte[] b, int off, int len) {
                    if (count + (long) len > maxBytes) {
                        throw new IllegalStateException("larger than the memory budget");
                    }
                    super.write(b, off, len);
                }

                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }
            };
            try {
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(new ByteArrayInputStream(bytes), out, image, i);
            } catch (IllegalStateException e) {
                throw new IOException(e.getMessage(), e);
            }
            bytes = out.toByteArray();
        }
        return bytes;
    }

    /**
     * A JPEG 2000 image's metadata boxes dropped (a file with a fragment table, whose offsets would move, keeps them)
     * and its codestream's comments made zeros.
     *
     * @return the image without them, or the same array when it has none or does not parse
     */
    static byte[] jpx(byte[] b) {
        if (b.length > 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0x4F) {
            byte[] copy = b.clone();
            return codestreamComments(copy, 0, copy.length) ? copy : b;
        }
        if (b.length < 12 || !"jP  ".equals(type(b, 0))) {
            return b;
        }
        List<int[]> boxes = new ArrayList<>(); // start, end, header length
        int i = 0;
        while (i < b.length) {
            if (i + 8 > b.length) {
                return b;
            }
            long length = u32(b, i);
            int header = 8;
            if (length == 1) {
                if (i + 16 > b.length) {
                    return b;
                }
                length = u32(b, i + 8) << 32 | u32(b, i + 12);
                header = 16;
            } else if (length == 0) {
                length = b.length - i;
            }
            if (length < header || length > b.length - i) {
                return b;
            }
            if ("ftbl".equals(type(b, i))) {
                return b;
            }
            boxes.add(new int[] {i, i + (int) length, header});
            i += (int) length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        boolean removed = false;
        for (int[] box : boxes) {
            String type = type(b, box[0]);
            if (JP2_METADATA.contains(type)) {
                removed = true;
                continue;
            }
            if ("jp2c".equals(type)) {
                byte[] codestream = java.util.Arrays.copyOfRange(b, box[0], box[1]);
                removed |= codestreamComments(codestream, box[2], codestream.length);
                out.writeBytes(codestream);
            } else {
                out.write(b, box[0], box[1] - box[0]);
            }
        }
        return removed ? out.toByteArray() : b;
    }

    /**
     * Zeros over the text of every comment ({@code COM}) of a codestream's main header and tile-part headers.
     *
     * @return whether a comment had any
     */
    private static boolean codestreamComments(byte[] b, int from, int to) {
        if (from + 2 > to || (b[from] & 0xFF) != 0xFF || (b[from + 1] & 0xFF) != 0x4F) {
            return false;
        }
        boolean wiped = false;
        int i = from + 2;
        int tilePartEnd = -1;
        while (i + 4 <= to && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            if (marker == 0x93 || marker == 0xD9) { // start of data: the tile-part's data follows, to its end
                if (tilePartEnd <= i) {
                    break;
                }
                i = tilePartEnd;
                continue;
            }
            int length = u16(b, i + 2);
            if (length < 2 || i + 2 + length > to) {
                break;
            }
            if (marker == 0x90 && length >= 10) { // start of tile-part: its length counts from here
                long psot = u32(b, i + 6);
                tilePartEnd = psot == 0 ? -1 : (int) Math.min(to, i + psot);
            } else if (marker == 0x64 && length > 4) {
                for (int k = i + 6; k < i + 2 + length; k++) {
                    wiped |= b[k] != 0;
                    b[k] = 0;
                }
            }
            i += 2 + length;
        }
        return wiped;
    }

    private static String type(byte[] b, int box) {
        return new String(b, box + 4, 4, StandardCharsets.ISO_8859_1);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    private static long u32(byte[] b, int at) {
        return (long) u16(b, at) << 16 | u16(b, at + 2);
    }
}
