package io.blackbar.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

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
    private final Map<String, String> fields;

    private Upload(Path dir, Path file, String fileName, long size, Map<String, String> fields) {
        this.dir = dir;
        this.file = file;
        this.fileName = fileName;
        this.size = size;
        this.fields = fields;
    }

    String field(String name) {
        return fields.get(name);
    }

    static Upload read(HttpServletRequest req, Path parent, long maxBytes) {
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ApiFailure(400, "Send the document as multipart/form-data in a part named 'file'.");
        }
        if (req.getContentLengthLong() > maxBytes + 1024 * 1024) {
            throw new ApiFailure(413, "The file is larger than " + maxBytes + " bytes.");
        }
        Path dir;
        try {
            Files.createDirectories(parent);
            dir = Files.createTempDirectory(parent, "up-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new ApiFailure(503, "No space for the upload. Retry later.", Map.of("Retry-After", "30"));
        }
        try {
            return parse(req, dir, maxBytes);
        } catch (RuntimeException e) {
            deleteTree(dir);
            throw e;
        }
    }

    private static Upload parse(HttpServletRequest req, Path dir, long maxBytes) {
        Map<String, String> fields = new HashMap<>();
        Path file = null;
        String name = null;
        long size = 0;
        java.util.Collection<Part> parts;
        try {
            parts = req.getParts();
        } catch (IllegalStateException e) {
            throw new ApiFailure(413, "The upload is larger than " + maxBytes + " bytes.");
        } catch (ServletException | IOException e) {
            throw tooLarge(e) ? new ApiFailure(413, "The upload is larger than " + maxBytes + " bytes.")
                    : new ApiFailure(400, "The multipart body could not be read.");
        }
        try {
            for (Part p : parts) {
                if ("file".equals(p.getName()) && p.getSubmittedFileName() != null && file == null) {
                    file = dir.resolve("input");
                    name = safeName(p.getSubmittedFileName());
                    size = copy(p, file, maxBytes);
                } else if (p.getSubmittedFileName() == null && p.getSize() <= MAX_FIELD) {
                    try (InputStream in = p.getInputStream()) {
                        fields.put(p.getName(), new String(in.readNBytes(MAX_FIELD), StandardCharsets.UTF_8).trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new ApiFailure(400, "The multipart body could not be read.");
        } finally {
            for (Part p : parts) {
                try {
                    p.delete();
                } catch (IOException e) {
                    // the container sweeps its own files
                }
            }
        }
        if (file == null) {
            throw new ApiFailure(400, "No file: send the document in a multipart part named 'file'.");
        }
        if (size == 0) {
            throw new ApiFailure(400, "The file is empty.");
        }
        return new Upload(dir, file, name, size, fields);
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
        try (InputStream in = p.getInputStream(); OutputStream out = Files.newOutputStream(target)) {
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
