package io.blackbar.format.office.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import io.blackbar.engine.api.spi.ParsedDocument;
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
    private record Picture(String part, String mediaType, int page, int start, int end) {
    }

    private final OoxmlPackage pkg;
    private final FormatHandler reader;
    private final boolean enabled;
    private final DocumentLimits limits;
    private final List<Picture> pictures = new ArrayList<>();
    /** The EMF pictures read, by part: their text is their records', overwritten in place. */
    private final Map<String, EmfText> emfs = new HashMap<>();
    /** The SVG pictures read, by part: their text is their XML's, overwritten in place. */
    private final Map<String, SvgText> svgs = new HashMap<>();
    private String text;
    private int notRead;

    /**
     * @param pkg the package
     * @param reader the image format handler, or null when none is running
     * @param enabled whether pictures are read at all ({@code blackbar.ocr.pictures})
     * @param limits the request's limits
     */
    Pictures(OoxmlPackage pkg, FormatHandler reader, boolean enabled, DocumentLimits limits) {
        this.pkg = pkg;
        this.reader = reader;
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
        for (String part : pkg.names()) {
            byte[] bytes = isCandidate(part) ? pkg.bytes(part) : null;
            String type = bytes == null ? null : mediaType(bytes);
            EmfText emf = type == null && bytes != null ? EmfText.read(bytes) : null;
            if (emf != null) {
                // its text records, read whether or not OCR reads pictures (no OCR here); a bitmap it draws is not read,
                // nor are shapes without text records (text turned into curves, WordArt): counted as before
                notRead += emf.holdsPixels() || emf.text().isEmpty() ? 1 : 0;
                if (!emf.text().isEmpty()) {
                    add(part, EMF, emf.text(), out);
                    emfs.put(part, emf);
                }
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
            String read = read(type, bytes);
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
        for (Picture p : pictures) {
            if (offset < p.end()) {
                return p.page();
            }
        }
        return pictures.isEmpty() ? 1 : pictures.get(pictures.size() - 1).page();
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
        for (Picture p : pictures) {
            List<Replacement> mine = OoxmlDocument.within(plan, p.start(), p.end());
            if (mine.isEmpty()) {
                continue;
            }
            if (p.mediaType().equals(EMF)) {
                pkg.setBytes(p.part(), emfs.get(p.part()).write(mine, method));
                report.merge("imagesRedacted", 1, Integer::sum);
                continue;
            }
            if (p.mediaType().equals(SVG)) {
                pkg.setBytes(p.part(), svgs.get(p.part()).write(mine, method));
                report.merge("imagesRedacted", 1, Integer::sum);
                continue;
            }
            try (ParsedDocument doc = open(p.mediaType(), pkg.bytes(p.part()))) {
                String again = textOf(doc) + '\n';
                if (!again.equals(text.substring(p.start(), p.end()))) {
                    throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                            "A picture of the document was read differently the second time; it was not redacted.");
                }
                ByteArrayOutputStream painted = new ByteArrayOutputStream();
                Map<String, Integer> its = doc.write(mine, method, painted);
                pkg.setBytes(p.part(), painted.toByteArray());
                report.merge("imagesRedacted", 1, Integer::sum);
                its.entrySet().stream().filter(e -> e.getKey().equals("lowConfidenceWords"))
                        .forEach(e -> report.merge(e.getKey(), e.getValue(), Integer::sum));
            }
            limits.checkDeadline();
        }
        return report;
    }

    /** @return the picture's words; a picture that cannot be read fails the request, saying why */
    private String read(String type, byte[] bytes) throws EngineException {
        if (reader == null) {
            throw new EngineException(EngineException.Reason.UNAVAILABLE, "The document's pictures must be read by OCR,"
                    + " and no image handler is running. " + OFF_HINT);
        }
        try (ParsedDocument doc = open(type, bytes)) {
            return textOf(doc);
        } catch (EngineException e) {
            if (limits.expired()) {
                throw e;
            }
            throw new EngineException(e.reason(), "A picture of the document could not be read: " + e.getMessage()
                    + (e.reason() == EngineException.Reason.UNAVAILABLE ? " " + OFF_HINT : ""), e);
        }
    }

    private static final String OFF_HINT = "An operator may set BLACKBAR_OCR_PICTURES=false to process documents without"
            + " reading their pictures.";

    /**
     * Opens a picture through the image handler. The handler reads a file: the picture is written to an owner-only
     * temporary file that is deleted as soon as it is decoded (the handler holds the pixels, not the file), in the
     * engine's temporary folder (swept when an engine starts after a process died mid-request), else the system's.
     */
    private ParsedDocument open(String type, byte[] bytes) throws EngineException {
        Path tmp = null;
        try {
            var owner = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            tmp = limits.tempDir() != null ? Files.createTempFile(limits.tempDir(), "bb-picture", ".tmp", owner)
                    : Files.createTempFile("bb-picture", ".tmp", owner);
            Files.write(tmp, bytes);
            return reader.open(tmp, type, limits);
        } catch (IOException e) {
            // a full or read-only temporary folder: the engine answers a full disk with 503
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "A picture of the document could not be read.", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    tmp.toFile().deleteOnExit();
                }
            }
        }
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
                && !OoxmlCleaner.removedOnWrite(part);
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
            return onePage(bytes) ? "image/tiff" : null;
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

    /**
     * @return the picture's OCR text; the image handler's unchecked failure (its {@code text()} cannot throw a
     *     checked exception) is thrown as the EngineException it carries
     */
    private static String textOf(ParsedDocument doc) throws EngineException {
        try {
            return doc.text();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof EngineException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
