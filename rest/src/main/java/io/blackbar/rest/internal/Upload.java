package io.blackbar.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import io.blackbar.engine.api.EngineException;

/**
 * One request's upload: the {@code file} part copied into a private owner-only folder (with the size
 * limit enforced while copying), and the small text fields. Closing it deletes the folder, whatever
 * happened. The container's own part files are deleted as soon as they are copied.
 */
final class Upload implements AutoCloseable {

    private static final int MAX_FIELD = 4096;

    final Path dir;
    final Path file;
    final String fileName;
    final long size;
    /** Every file part, in order (for a job: the parts named {@code files} or {@code file}). */
    final List<Jobs.Input> files;
    private final Map<String, String> fields;

    private Upload(Path dir, List<Jobs.Input> files, Map<String, String> fields) {
        this.dir = dir;
        this.files = files;
        this.file = files.get(0).file();
        this.fileName = files.get(0).name();
        this.size = files.get(0).size();
        this.fields = fields;
    }

    String field(String name) {
        return fields.get(name);
    }

    static Upload read(HttpServletRequest req, Path parent, long maxBytes) {
        return read(req, parent, maxBytes, 1, maxBytes);
    }

    /**
     * @param maxFiles how many file parts are read ({@code file}, and {@code files} when more than one)
     * @param maxTotal the largest request, form overhead aside
     */
    static Upload read(HttpServletRequest req, Path parent, long maxBytes, int maxFiles, long maxTotal) {
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ApiFailure(400, "Send the document as multipart/form-data in a part named 'file'.");
        }
        if (req.getContentLengthLong() > maxTotal + 1024 * 1024) {
            throw new ApiFailure(413, maxFiles == 1 ? "The file is larger than " + maxBytes + " bytes."
                    : "The upload is larger than " + maxTotal + " bytes.");
        }
        Path dir;
        try {
            Files.createDirectories(parent);
            dir = Files.createTempDirectory(parent, "up-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw noSpace();
        }
        try {
            return parse(req, dir, maxBytes, maxFiles);
        } catch (RuntimeException e) {
            deleteTree(dir);
            throw e;
        }
    }

    private static Upload parse(HttpServletRequest req, Path dir, long maxBytes, int maxFiles) {
        Map<String, String> fields = new HashMap<>();
        List<Jobs.Input> files = new ArrayList<>();
        java.util.Collection<Part> parts;
        try {
            parts = req.getParts();
        } catch (IllegalStateException e) {
            throw new ApiFailure(413, "The upload is larger than " + maxBytes + " bytes.");
        } catch (ServletException | IOException e) {
            if (headersTooLong(e)) {
                // the container's parser reads a part's headers up to 512 bytes: a file name of some 400 characters
                // (fewer beyond ASCII) passes it; it said "too large", of an upload of a few bytes
                throw new ApiFailure(400, "A part's headers are longer than " + PART_HEADERS + " bytes: send the file"
                        + " under a shorter name.");
            }
            throw tooLarge(e) ? new ApiFailure(413, "The upload is larger than " + maxBytes + " bytes.")
                    : EngineException.isDiskFull(e) ? noSpace() : new ApiFailure(400, "The multipart body could not be read.");
        }
        try {
            for (Part p : parts) {
                boolean named = "file".equals(p.getName()) || maxFiles > 1 && "files".equals(p.getName());
                if (named && p.getSubmittedFileName() != null) {
                    if (files.size() == maxFiles) {
                        if (maxFiles == 1) {
                            continue; // the first file part is the document, as it always was
                        }
                        throw new ApiFailure(400, "A job holds at most " + maxFiles + " files.");
                    }
                    Path file = dir.resolve(files.isEmpty() ? "input" : "input-" + files.size());
                    long size = copy(p, file, maxBytes);
                    if (size == 0) {
                        throw new ApiFailure(400, "The file is empty.");
                    }
                    files.add(new Jobs.Input(file, safeName(p.getSubmittedFileName()), size));
                } else if (p.getSubmittedFileName() == null && p.getSize() <= MAX_FIELD) {
                    try (InputStream in = p.getInputStream()) {
                        fields.put(p.getName(), new String(in.readNBytes(MAX_FIELD), StandardCharsets.UTF_8).trim());
                    }
                }
            }
        } catch (IOException e) {
            throw EngineException.isDiskFull(e) ? noSpace() : new ApiFailure(400, "The multipart body could not be read.");
        } finally {
            for (Part p : parts) {
                try {
                    p.delete();
                } catch (IOException e) {
                    // the container sweeps its own files
                }
            }
        }
        if (files.isEmpty()) {
            throw new ApiFailure(400, maxFiles == 1 ? "No file: send the document in a multipart part named 'file'."
                    : "No file: send the documents in multipart parts named 'files'.");
        }
        return new Upload(dir, files, fields);
    }

    /** The server's disk is full: its fault, answered 503 with Retry-After, not 400 (DISK-01). */
    private static ApiFailure noSpace() {
        return new ApiFailure(503, "No space for the upload. Retry later.", Map.of("Retry-After", "30"));
    }

    /** The most bytes of a part's headers the container's multipart parser reads (commons-fileupload 1.6's default). */
    static final int PART_HEADERS = 512;

    /** @return whether the multipart parser refused a part's headers for their length (a long file name) */
    private static boolean headersTooLong(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (t.getClass().getSimpleName().contains("SizeLimit") && m != null && m.startsWith("Header section has more than")) {
                return true;
            }
        }
        return false;
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String n = t.getClass().getSimpleName();
            if (n.contains("SizeLimit") || n.contains("SizeException") || t instanceof IllegalStateException) {
                return true;
            }
        }
        return false;
    }

    private static long copy(Part p, Path target, long maxBytes) throws IOException {
        if (p.getSize() > maxBytes) {
            throw new ApiFailure(413, "The file is larger than " + maxBytes + " bytes.");
        }
        long n = 0;
        byte[] buf = new byte[65536];
        try (InputStream in = p.getInputStream(); OutputStream out = Files.newOutputStream(Secrets.ownerOnlyFile(target))) {
            for (int r = in.read(buf); r > 0; r = in.read(buf)) {
                n += r;
                if (n > maxBytes) {
                    throw new ApiFailure(413, "The file is larger than " + maxBytes + " bytes.");
                }
                out.write(buf, 0, r);
            }
        }
        return n;
    }

    /** The last path segment, without control characters or quotes, at most 200 characters. */
    static String safeName(String submitted) {
        String s = submitted.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        s = s.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (s.length() > 200) {
            s = s.substring(s.length() - 200);
        }
        return s.isEmpty() || s.equals(".") || s.equals("..") ? "document" : s;
    }

    @Override
    public void close() {
        deleteTree(dir);
    }

    static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    f.toFile().deleteOnExit();
                }
            });
        } catch (IOException e) {
            // already gone
        }
    }
}
