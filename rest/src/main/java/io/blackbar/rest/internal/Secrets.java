package io.blackbar.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.zip.CRC32;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's pepper and the token formats built on it. The pepper (32 random bytes) lives in
 * {@code <data>/secrets/pepper}, mode 0400, outside the database: a database dump alone cannot test
 * guesses of account numbers, keys or session ids, which are stored only as HMAC-SHA256 under it.
 * Rotating it invalidates every account number and key (they must be re-issued).
 */
final class Secrets {

    static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final byte[] pepper;

    Secrets(byte[] pepper) {
        this.pepper = pepper.clone();
    }

    static Secrets load(Path data) throws IOException {
        Path dir = data.resolve("secrets");
        Path file = dir.resolve("pepper");
        if (!Files.exists(file)) {
            Files.createDirectories(dir);
            trySetPermissions(dir, "rwx------");
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            try {
                Path tmp = Files.createTempFile(dir, "pepper", ".tmp");
                trySetPermissions(tmp, "rw-------");
                Files.write(tmp, fresh);
                Files.move(tmp, file);
                trySetPermissions(file, "r--------");
            } catch (FileAlreadyExistsException e) {
                // another process made it first: use theirs
            }
        }
        byte[] pepper = Files.readAllBytes(file);
        if (pepper.length < 32) {
            throw new IOException("the pepper file is too short");
        }
        return new Secrets(pepper);
    }

    /** Makes a folder owner-only (rwx------) where the file system has POSIX permissions. */
    static void ownerOnly(Path dir) {
        trySetPermissions(dir, "rwx------");
    }

    /** Creates an empty file (replacing one) readable and writable by the owner only, where permissions exist. */
    static Path ownerOnlyFile(Path f) throws IOException {
        Files.deleteIfExists(f);
        try {
            return Files.createFile(f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return Files.createFile(f);
        }
    }

    private static void trySetPermissions(Path p, String perms) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    /** @return HMAC-SHA256 of the text under the pepper, hex */
    String hash(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Constant-time comparison of two hashes. */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** @return {@code BB-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX}: 24 Crockford base32 characters, 120 random bits */
    static String newAccountNumber() {
        StringBuilder b = new StringBuilder("BB");
        for (int i = 0; i < 24; i++) {
            if (i % 4 == 0) {
                b.append('-');
            }
            b.append(CROCKFORD[RANDOM.nextInt(32)]);
        }
        return b.toString();
    }

    /**
     * Normalises an account number as typed: upper case, Crockford's aliases (O for 0, I and L for 1),
     * dashes and spaces ignored.
     *
     * @return the canonical form, or null when it cannot be an account number
     */
    static String canonicalAccountNumber(String typed) {
        if (typed == null || typed.length() > 64) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char n = c == 'O' ? '0' : (c == 'I' || c == 'L') ? '1' : c;
            if (new String(CROCKFORD).indexOf(n) < 0) {
                return null;
            }
            b.append(n);
        }
        if (b.length() != 26 || !b.substring(0, 2).equals("BB")) {
            return null;
        }
        StringBuilder out = new StringBuilder("BB");
        for (int i = 2; i < 26; i++) {
            if ((i - 2) % 4 == 0) {
                out.append('-');
            }
            out.append(b.charAt(i));
        }
        return out.toString();
    }

    /**
     * An API key: {@code bb_<mode>_} + 40 base62 characters (238 random bits) + 6 base62 characters of
     * CRC32, so a mistyped or made-up key is refused without a database query.
     */
    static String newApiKey(String mode) {
        StringBuilder body = new StringBuilder(40);
        for (int i = 0; i < 40; i++) {
            body.append(BASE62[RANDOM.nextInt(62)]);
        }
        String prefix = "bb_" + mode + "_";
        return prefix + body + checksum(prefix + body);
    }

    static boolean wellFormedApiKey(String key) {
        if (key == null || !(key.startsWith("bb_live_") || key.startsWith("bb_test_")) || key.length() != 54) {
            return false;
        }
        String head = key.substring(0, 48);
        return Secrets.same(checksum(head), key.substring(48));
    }

    /** The last six characters of an API key whose first 48 are {@code s}. */
    static String checksum(String s) {
        CRC32 crc = new CRC32();
        crc.update(s.getBytes(StandardCharsets.US_ASCII));
        long v = crc.getValue();
        char[] out = new char[6];
        for (int i = 5; i >= 0; i--) {
            out[i] = BASE62[(int) (v % 62)];
            v /= 62;
        }
        return new String(out);
    }

    /** @return {@code n} random bytes as URL-safe base64 without padding */
    static String token(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** @return a public id: {@code prefix} + 20 hex characters */
    static String id(String prefix) {
        byte[] b = new byte[10];
        RANDOM.nextBytes(b);
        return prefix + HexFormat.of().formatHex(b);
    }
}
