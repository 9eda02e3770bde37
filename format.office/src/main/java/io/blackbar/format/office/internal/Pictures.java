package io.blackbar.format.office.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.w3c.dom.Element;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.Replacement;

/**
 * The pictures of a package (its PNG, JPEG, GIF, BMP and TIFF parts, found by their first bytes: a scanned ID card pasted into a
 * letter, a screenshot on a slide), read by OCR through the image format handler and, where a finding falls in them,
 * painted over in their pixels by the same handler. Their text follows the rest of the document's, a picture a line.
 * <p>
 * A picture is decoded once to be read and once more to be painted, never held between the two: a deck of photos
 * must not hold every photo's pixels at once. OCR gives the same words for the same pixels, and a picture whose
 * second reading differs is refused rather than painted at the wrong place.
 * <p>
 * A picture that cannot be read fails the request, with the image handler's reason (no OCR engine: 503; damaged or
 * over the pixel limit: 422): a value in it would otherwise leave unseen. An operator who accepts that turns the
 * reading off ({@code blackbar.ocr.pictures=false}); the pictures are then counted as {@code imagesNotRead}, as are
 * pictures of formats the image handler does not read (HEIC, JPEG XR …), GIFs of more than one frame (an
 * animation: the image handler reads the first) and TIFFs of more than one page, and EMF and WMF pictures whose text cannot be read or that draw bitmaps. An
 * EMF's text records are read and overwritten in place ({@link EmfText}), and so is an SVG's text ({@link SvgText}): no
 * OCR.
 */
final class Pictures {

    /** Picture formats the image handler does not read, by their names' endings: counted, not read. */
    private static final Set<String> OTHER_PICTURES = Set.of("emf", "wmf", "emz", "wmz", "gif", "tif", "tiff", "bmp",
            "svg", "wdp", "jxr", "ico", "pict", "webp");
    /** The media type of an EMF or WMF picture read from its records ({@link EmfText}). */
    private static final String EMF = "image/emf";
    /** What a bitmap an EMF draws is read as, by its index after this (the EMF's k-th DIB: {@code EMF_DIB + k}). */
    private static final String EMF_DIB = "image/emf;dib=";
    private static final String BMP_TYPE = "image/bmp";
    /** The media type of an SVG picture read from its XML ({@link SvgText}). */
    private static final String SVG = "image/svg+xml";
    /** How far up the relationships a picture's slide or sheet is looked for (picture, drawing, sheet). */
    private static final int PAGE_HOPS = 4;

    /** The formats the image handler reads, by their first bytes. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};
    private static final byte[] BMP = {'B', 'M'};
    private static final byte[] TIFF_LE = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BE = {'M', 'M', 0, 42};

    /** A picture with text: its part, its page, and its range in {@link #text()}. */
    private record Picture(String part, String mediaType, int page, int start, int end) implements PictureOcr.Placed {
    }

    private final OoxmlPackage pkg;
    private final PictureOcr ocr;
    private final boolean enabled;
    private final DocumentLimits limits;
    private final List<Picture> pictures = new ArrayList<>();
    /** The EMF pictures read, by part: their text is their records', overwritten in place. */
    private final Map<String, EmfText> emfs = new HashMap<>();
    /** The EMF pictures stored compressed (EMZ, WMZ): written back so. */
    private final Set<String> compressed = new java.util.HashSet<>();
    /** The SVG pictures read, by part: their text is their XML's, overwritten in place. */
    private final Map<String, SvgText> svgs = new HashMap<>();
    private String text;
    /** The parts every write removes by what they are (a thumbnail, an embedded object's picture): never read. */
    private Set<String> removedOnWrite = Set.of();
    private int notRead;
    /** Bytes the compressed pictures inflated to, all together: at most a quarter of the memory budget. */
    private long inflatedBytes;

    /**
     * @param pkg the package
     * @param reader the image format handler, or null when none is running
     * @param enabled whether pictures are read at all ({@code blackbar.ocr.pictures})
     * @param limits the request's limits
     */
    Pictures(OoxmlPackage pkg, FormatHandler reader, boolean enabled, DocumentLimits limits) {
        this.pkg = pkg;
        this.ocr = new PictureOcr(reader, limits);
        this.enabled = enabled;
        this.limits = limits;
    }

    /** @return whether {@link #text()} has been read */
    boolean isRead() {
        return text != null;
    }

    /**
     * Reads every picture on first call.
     *
     * @return the pictures' text, each picture's words followed by a line break
     */
    String text() throws EngineException {
        if (text != null) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        removedOnWrite = PartKinds.removed(pkg, false).keySet();
        for (String part : pkg.names()) {
            byte[] bytes = isCandidate(part) ? pkg.bytes(part) : null;
            String type = bytes == null ? null : mediaType(bytes);
            byte[] inflated = type == null && bytes != null ? Emz.metafile(bytes) : null; // an EMZ or a WMZ
            if (inflated != null && (inflatedBytes += inflated.length) > limits.maxMemoryBytes() / 4) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                        "The document's compressed pictures inflate past the memory budget.");
            }
            EmfText emf = type == null && bytes != null ? EmfText.read(inflated != null ? inflated : bytes) : null;
            if (emf != null) {
                // its text records, read whether or not OCR reads pictures (no OCR here); the bitmaps it draws as plain
                // DIBs (a pasted screenshot) read by OCR when it draws no other pixels, and counted too when there are
                // several (a bitmap in bands is read a band at a time: a value across two is read in neither); other
                // pixels are not read, nor are shapes without text records (text turned into curves, WordArt): counted
                boolean dibsRead = enabled && emf.pixelsAreDibs() && emf.dibCount() > 0;
                notRead += emf.holdsPixels() && !dibsRead || emf.text().isEmpty() && emf.dibCount() == 0
                        || emf.dibCount() > 1 ? 1 : 0;
                if (!emf.text().isEmpty() || dibsRead) {
                    emfs.put(part, emf); // kept for the writing: only when there is something to write
                    if (inflated != null) {
                        compressed.add(part);
                    }
                }
                if (!emf.text().isEmpty()) {
                    add(part, EMF, emf.text(), out);
                }
                for (int k = 0; dibsRead && k < emf.dibCount(); k++) {
                    String read = ocr.read(BMP_TYPE, emf.dib(emf.bytes(), k));
                    if (!read.isBlank()) {
                        add(part, EMF_DIB + k, read + '\n', out);
                    }
                    limits.checkDeadline();
                }
                limits.checkDeadline();
                continue;
            }
            SvgText svg = type == null && bytes != null && SvgText.isSvg(part, pkg.contentType(part), bytes) ? SvgText.read(bytes)
                    : null;
            if (svg != null) {
                // its text, read with no OCR; a raster image it holds is not read (an SVG that cannot be read is emptied by
                // the cleaner on every write: nothing of it is left to read)
                notRead += svg.holdsPixels() ? 1 : 0;
                if (!svg.text().isEmpty()) {
                    add(part, SVG, svg.text(), out);
                    svgs.put(part, svg);
                }
                continue;
            }
            if (type == null) {
                if (bytes != null && isOtherPicture(part)) {
                    notRead++;
                }
                continue;
            }
            if (!enabled) {
                notRead++;
                continue;
            }
            String read = ocr.read(type, bytes);
            if (!read.isBlank()) {
                add(part, type, read + '\n', out);
            }
            limits.checkDeadline();
        }
        text = out.toString();
        return text;
    }

    /** The page that shows each picture, found on the first picture with words ({@link #pages()}). */
    private Map<String, Integer> pages;

    /** Appends a picture's words (ending with a line break) to the pictures' text, and notes where they are. */
    private void add(String part, String type, String words, StringBuilder out) throws EngineException {
        if (pages == null) {
            pages = pages();
        }
        int start = out.length();
        out.append(words);
        pictures.add(new Picture(part, type, pages.getOrDefault(part, 1), start, out.length()));
    }

    /** @return the pictures that could not be read */
    int notRead() {
        return notRead;
    }

    /**
     * @param offset an offset into {@link #text()}
     * @return the page, slide or sheet that shows the picture there
     */
    int pageOf(int offset) {
        return PictureOcr.pageOf(pictures, offset);
    }

    /**
     * Paints the planned spans over the pictures that hold them.
     *
     * @param plan spans with offsets into {@link #text()}
     * @param method redact or anonymize
     * @return what the painting reports: {@code imagesRedacted}, and words covered for their low confidence
     */
    Map<String, Integer> apply(List<Replacement> plan, Method method) throws EngineException {
        Map<String, Integer> report = new TreeMap<>();
        // an EMF's text and its DIBs, each part written once: its text overwritten, then its DIBs painted, the last first
        // (a DIB's record grows or shrinks, moving those after it)
        Map<String, byte[]> metafiles = new java.util.LinkedHashMap<>();
        Map<String, TreeMap<Integer, Picture>> dibs = new HashMap<>();
        Map<Picture, List<Replacement>> plans = new HashMap<>();
        for (Picture p : pictures) {
            List<Replacement> mine = OoxmlDocument.within(plan, p.start(), p.end());
            if (mine.isEmpty()) {
                continue;
            }
            if (p.mediaType().equals(EMF)) {
                metafiles.put(p.part(), emfs.get(p.part()).write(mine, method));
                continue;
            }
            if (p.mediaType().startsWith(EMF_DIB)) {
                dibs.computeIfAbsent(p.part(), k -> new TreeMap<>()).put(Integer.parseInt(p.mediaType().substring(EMF_DIB.length())), p);
                plans.put(p, mine);
                continue;
            }
            if (p.mediaType().equals(SVG)) {
                pkg.setBytes(p.part(), svgs.get(p.part()).write(mine, method));
                report.merge("imagesRedacted", 1, Integer::sum);
                continue;
            }
            PictureOcr.Painted painted = ocr.paint(p.mediaType(), pkg.bytes(p.part()), text.substring(p.start(), p.end()), mine,
                    method);
            pkg.setBytes(p.part(), painted.bytes());
            report.merge("imagesRedacted", 1, Integer::sum);
            painted.countIn(report);
            limits.checkDeadline();
        }
        for (Map.Entry<String, TreeMap<Integer, Picture>> part : dibs.entrySet()) {
            EmfText emf = emfs.get(part.getKey());
            byte[] written = metafiles.getOrDefault(part.getKey(), emf.bytes());
            for (Map.Entry<Integer, Picture> dib : part.getValue().descendingMap().entrySet()) {
                Picture p = dib.getValue();
                PictureOcr.Painted painted = ocr.paint(BMP_TYPE, emf.dib(written, dib.getKey()), text.substring(p.start(), p.end()),
                        plans.get(p), method);
                written = emf.withDib(written, dib.getKey(), emf.sameDepth(written, dib.getKey(), painted.bytes()));
                painted.countIn(report);
            }
            metafiles.put(part.getKey(), written);
        }
        for (Map.Entry<String, byte[]> m : metafiles.entrySet()) {
            // its comments and escapes taken here: once compressed, a painted bitmap's white may inflate past what the
            // cleaner reads
            byte[] written = io.blackbar.engine.api.spi.ImageMetadata.strip(m.getValue());
            pkg.setBytes(m.getKey(), compressed.contains(m.getKey()) ? Emz.compress(written) : written);
            report.merge("imagesRedacted", 1, Integer::sum);
        }
        return report;
    }

    /**
     * The page showing each picture: the slide or sheet whose relationships lead to it, directly (a slide's picture) or
     * through a drawing (a sheet's); a picture of layouts, masters or a document's body is on page 1. The first page
     * wins for a picture shown on several.
     */
    private Map<String, Integer> pages() throws EngineException {
        Map<String, List<String>> sources = new HashMap<>();
        for (String rels : pkg.relsParts()) {
            String source = OoxmlPackage.sourceOf(rels);
            for (Element r : OoxmlPackage.all(pkg.xml(rels), "Relationship")) {
                String target = OoxmlPackage.target(rels, r);
                if (target != null) {
                    sources.computeIfAbsent(target, k -> new ArrayList<>()).add(source);
                }
            }
        }
        Map<String, Integer> pages = new HashMap<>();
        for (String part : pkg.names()) {
            List<String> level = List.of(part);
            for (int hop = 0; hop < PAGE_HOPS && !level.isEmpty() && !pages.containsKey(part); hop++) {
                List<String> up = new ArrayList<>();
                for (String p : level) {
                    for (String source : sources.getOrDefault(p, List.of())) {
                        if (OoxmlText.hasPage(source)) {
                            pages.merge(part, OoxmlText.pageOf(source), Math::min);
                        } else {
                            up.add(source);
                        }
                    }
                }
                level = up;
            }
        }
        return pages;
    }

    /** @return whether a part may be a picture: not XML, in memory, and not a part every write removes */
    private boolean isCandidate(String part) {
        return !OoxmlPackage.isXml(part) && !part.toLowerCase(Locale.ROOT).endsWith(".vml") && !pkg.isLazy(part)
                && !OoxmlCleaner.removedOnWrite(part) && !removedOnWrite.contains(part);
    }

    /** @return whether a part the image handler does not read is a picture all the same (counted as not read) */
    private boolean isOtherPicture(String part) throws EngineException {
        String type = pkg.contentType(part);
        return OTHER_PICTURES.contains(extension(part)) || part.toLowerCase(Locale.ROOT).contains("/media/")
                || type != null && type.toLowerCase(Locale.ROOT).startsWith("image/");
    }

    private static String extension(String part) {
        int dot = part.lastIndexOf('.');
        return dot < 0 ? "" : part.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * @return the picture's media type, or null for one the image handler does not read (EMF, WMF, TIFF …, a GIF of
     *     more than one frame)
     */
    static String mediaType(byte[] bytes) {
        if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) {
            return animated(bytes) ? null : "image/gif";
        }
        if (startsWith(bytes, TIFF_LE) || startsWith(bytes, TIFF_BE)) {
            return bytes.length >= 8 && onePage(bytes) && plain(bytes) ? "image/tiff" : null;
        }
        return startsWith(bytes, PNG) ? "image/png" : startsWith(bytes, JPEG) ? "image/jpeg" : bmp(bytes) ? "image/bmp" : null;
    }

    /**
     * @return whether a TIFF's first directory links to no second (a fax of several pages is counted as not read: the
     *     image handler reads the first); true when the directory runs past the end (the handler then says it is
     *     damaged)
     */
    private static boolean onePage(byte[] b) {
        boolean little = b[0] == 'I';
        long ifd = u32(b, 4, little);
        if (ifd < 8 || ifd + 2 > b.length) {
            return true;
        }
        long next = ifd + 2 + 12L * u16(b, (int) ifd, little);
        return next + 4 > b.length || u32(b, (int) next, little) == 0;
    }

    /** TIFF tags whose values are checked before a TIFF is given the image handler. */
    private static final int BITS_PER_SAMPLE = 258;
    private static final int COMPRESSION = 259;
    private static final int SAMPLES_PER_PIXEL = 277;

    /**
     * @return whether a TIFF's first directory asks of its reader only what a picture does: at most four samples of at
     *     most 16 bits a pixel (a few bytes of a 36-megapixel float image of 16 samples took the JDK's reader's heap), no
     *     JPEG compression (its strips' own headers may claim any size, set up in full outside the heap). Others are
     *     counted as not read, not given the image handler (which refuses them: the whole document would fail).
     */
    private static boolean plain(byte[] b) {
        boolean little = b[0] == 'I';
        long ifd = u32(b, 4, little);
        if (ifd < 8 || ifd + 2 > b.length) {
            return true; // the image handler says what is wrong with it
        }
        int entries = u16(b, (int) ifd, little);
        for (int k = 0; k < entries && ifd + 2 + 12L * (k + 1) <= b.length; k++) {
            int entry = (int) ifd + 2 + 12 * k;
            int tag = u16(b, entry, little);
            int type = u16(b, entry + 2, little);
            long count = u32(b, entry + 4, little);
            // the first value (a SHORT's in the entry's first two bytes, or where the entry points when they do not fit)
            long at = type == 3 && count > 2 ? u32(b, entry + 8, little) : entry + 8;
            long value = at + 4 > b.length ? -1 : type == 3 ? u16(b, (int) at, little) : u32(b, (int) at, little);
            if (tag == COMPRESSION && (value == 6 || value == 7)
                    || tag == SAMPLES_PER_PIXEL && value > 4
                    || tag == BITS_PER_SAMPLE && (value > 16 || count > 4)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static long u32(byte[] b, int at, boolean little) {
        return (long) u16(b, little ? at + 2 : at, little) << 16 | u16(b, little ? at : at + 2, little);
    }

    /** @return whether the bytes are a BMP's: "BM", and one of the six DIB header sizes after the file header */
    private static boolean bmp(byte[] bytes) {
        return startsWith(bytes, BMP) && bytes.length >= 18 && bytes[16] == 0 && bytes[17] == 0
                && Set.of(12, 40, 52, 56, 108, 124).contains(bytes[14] & 0xFF | (bytes[15] & 0xFF) << 8);
    }

    /**
     * @return whether a GIF has a second frame, as the JDK's reader finds them: it reads up to the second frame's
     *     descriptor, not through every frame (a GIF of a million one-pixel frames is not walked); false when it cannot
     *     tell (the image handler then says what is wrong with the picture)
     */
    private static boolean animated(byte[] gif) {
        javax.imageio.ImageReader reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
        // in memory: ImageIO.createImageInputStream caches a stream in a file of java.io.tmpdir
        try (var in = new javax.imageio.stream.MemoryCacheImageInputStream(new java.io.ByteArrayInputStream(gif))) {
            reader.setInput(in, false, true);
            return reader.getWidth(1) > 0;
        } catch (IOException | RuntimeException e) {
            return false; // IndexOutOfBoundsException: no second frame
        } finally {
            reader.dispose();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] head) {
        if (bytes.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if (bytes[i] != head[i]) {
                return false;
            }
        }
        return true;
    }
}
