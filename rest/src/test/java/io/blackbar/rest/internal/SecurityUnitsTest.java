package io.blackbar.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.Report;

/** Token formats, the rate limiter, re-authentication, credit costs and names (SECURITY-CASES 3.1, 3.2, 3.6, 3.7). */
class SecurityUnitsTest {

    @Test
    void accountNumbersAreCrockfordAndCanonicalised() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String n = Secrets.newAccountNumber();
            assertTrue(n.matches("BB(-[0-9A-HJKMNP-TV-Z]{4}){6}"), n);
            assertTrue(seen.add(n));
            assertEquals(n, Secrets.canonicalAccountNumber(n.toLowerCase().replace("-", " ")));
        }
        assertEquals("BB-0000-1111-0000-1111-0000-1111", Secrets.canonicalAccountNumber("bb-oooo-iiii-OOOO-LLLL-0000-1111"));
        assertNull(Secrets.canonicalAccountNumber("BB-0000"));
        assertNull(Secrets.canonicalAccountNumber("CT-0000-0000-0000-0000-0000-0000"));
        assertNull(Secrets.canonicalAccountNumber("BB-UUUU-0000-0000-0000-0000-0000"), "U is not Crockford");
    }

    /** KEY-05: a key with a valid prefix but a wrong checksum is refused before any lookup. */
    @Test
    void apiKeysCarryAChecksum() {
        String k = Secrets.newApiKey("live");
        assertEquals(54, k.length());
        assertTrue(Secrets.wellFormedApiKey(k));
        char last = k.charAt(53);
        assertFalse(Secrets.wellFormedApiKey(k.substring(0, 53) + (last == 'A' ? 'B' : 'A')));
        assertFalse(Secrets.wellFormedApiKey(k.replace("bb_live_", "bb_prod_")));
        assertFalse(Secrets.wellFormedApiKey(null));
        assertTrue(Secrets.wellFormedApiKey(Secrets.newApiKey("test")));
    }

    @Test
    void peppersMakeDifferentHashes() {
        Secrets a = new Secrets(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 1;
        assertFalse(a.hash("x").equals(new Secrets(other).hash("x")));
        assertEquals(64, a.hash("x").length());
    }

    @Test
    void fixedWindowLimiter() {
        AtomicLong clock = new AtomicLong(1_000_000_000_000L);
        RateLimiter l = new RateLimiter(clock::get);
        RateLimiter.Limit limit = new RateLimiter.Limit(3, 60);
        for (int i = 2; i >= 0; i--) {
            RateLimiter.Decision d = l.take("g", "k", limit);
            assertTrue(d.allowed());
            assertEquals(i, d.remaining());
        }
        RateLimiter.Decision no = l.take("g", "k", limit);
        assertFalse(no.allowed());
        assertTrue(no.retryAfterSeconds() >= 1 && no.retryAfterSeconds() <= 60);
        assertTrue(l.take("g", "other", limit).allowed(), "per key");
        assertTrue(l.take("h", "k", limit).allowed(), "per group");
        clock.addAndGet(60_000);
        assertTrue(l.take("g", "k", limit).allowed(), "a new window");
        assertEquals(new RateLimiter.Limit(10, 900), RateLimiter.Limit.parse("10/900", null));
        assertEquals(limit, RateLimiter.Limit.parse("ten", limit));
        assertEquals(limit, RateLimiter.Limit.parse("0/60", limit));
    }

    /** AUTH-10: deleting the account needs a recent login. */
    @Test
    void sensitiveOperationsNeedARecentLogin() {
        Guard.requireRecent(new Accounts.Session("acc_x", OffsetDateTime.now().minusMinutes(2)));
        ApiFailure f = assertThrows(ApiFailure.class,
                () -> Guard.requireRecent(new Accounts.Session("acc_x", OffsetDateTime.now().minusMinutes(11))));
        assertEquals(403, f.error.status());
    }

    @ParameterizedTest
    @CsvSource({"text/plain,1,1,1", "text/plain,1,3000,1", "text/plain,1,3001,2", "application/pdf,5,100,5",
            "image/png,1,0,1", "text/csv,1,9000,3"})
    void creditCosts(String mediaType, int pages, int chars, int credits) {
        Report r = new Report("pii", Method.SCAN, mediaType, null, pages, chars, List.of(), Map.of(), false);
        assertEquals(credits, ProcessResource.credits(r));
    }

    /** UP-07: names from clients never carry paths, control characters or quotes into headers. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ../../etc/passwd.txt     | passwd.txt
            C:\\\\temp\\\\a.txt         | a.txt
            ..                       | document
            '  '                     | document
            """)
    void safeNames(String submitted, String expected) {
        assertEquals(expected, Upload.safeName(submitted));
    }

    @Test
    void dispositionIsNeutral() {
        String d = ProcessResource.disposition(Upload.safeName("r\u00e9sum\u00e9\r\nX-Evil: 1.txt"));
        assertFalse(d.contains("\r") || d.contains("\n"), d);
        assertTrue(d.startsWith("attachment; filename=\""), d);
        assertEquals("note_redacted.txt", ProcessResource.outputName("note.txt", "_redacted"));
        assertEquals("README_redacted", ProcessResource.outputName("README", "_redacted"));
        assertEquals("photo_redacted.png", ProcessResource.outputName("photo.webp", "_redacted", "image/png"));
        assertEquals("scan_anonymized.jpg", ProcessResource.outputName("scan.jpg", "_anonymized", null));
        // UP-07: named for what it is, not for what it was called; a JPEG keeps its own spelling, a text its name's
        assertEquals("book_redacted.xlsx", ProcessResource.outputName("book.pdf", "_redacted",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals("Scan_redacted.JPEG", ProcessResource.outputName("Scan.JPEG", "_redacted", "image/jpeg"));
        assertEquals("notes_redacted.md", ProcessResource.outputName("notes.md", "_redacted", "text/plain"));
        assertEquals("report_redacted.pdf", ProcessResource.outputName("report", "_redacted", "application/pdf"));
        assertEquals("memo_redacted.docx", ProcessResource.outputName("memo.docm", "_redacted",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    /** CONC-02: the hash that tells a request sent again from another request under the same Idempotency-Key. */
    @Test
    void aRequestHashSeesEveryFieldAndEveryFilesNameAndBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path a = java.nio.file.Files.writeString(dir.resolve("a"), "A note.");
        java.nio.file.Path b = java.nio.file.Files.writeString(dir.resolve("b"), "A nope.");
        List<Jobs.Input> one = List.of(new Jobs.Input(a, "n.txt", 7));
        String h = JobResource.requestHash("k", one, "cloakrr", "redact", null);
        assertEquals(h, JobResource.requestHash("k", List.of(new Jobs.Input(a, "n.txt", 7)), "cloakrr", "redact", null));
        Set<String> others = new HashSet<>(List.of(h,
                JobResource.requestHash("k", List.of(new Jobs.Input(b, "n.txt", 7)), "cloakrr", "redact", null),
                JobResource.requestHash("k", List.of(new Jobs.Input(a, "m.txt", 7)), "cloakrr", "redact", null),
                JobResource.requestHash("k", one, "cloakrr", "anonymize", null),
                JobResource.requestHash("k", one, "cloakrr", "redact", "https://hooks.example/x"),
                JobResource.requestHash("k", one, "cloakrr", "redact", ""),
                JobResource.requestHash("k", one, "cloakrr", "redac", "t"),
                JobResource.requestHash("k", List.of(), "cloakrr", "redact", null)));
        assertEquals(8, others.size(), "each change makes another hash");
        assertNull(JobResource.requestHash(null, one, "cloakrr"), "no key, no hash");
    }

    /** DISK-01 and -03: a full disk is told from a broken upload, and health reads the data folder's free space. */
    @Test
    void aFullDiskIsToldApart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        assertTrue(io.blackbar.engine.api.EngineException.isDiskFull(new jakarta.servlet.ServletException(new java.io.IOException("No space left on device"))));
        assertTrue(io.blackbar.engine.api.EngineException.isDiskFull(new java.io.IOException("Disk quota exceeded")));
        assertFalse(io.blackbar.engine.api.EngineException.isDiskFull(new java.io.IOException("Early EOF")));
        assertFalse(io.blackbar.engine.api.EngineException.isDiskFull(new IllegalStateException("No space left on device")), "only an I/O failure says so");
        if (java.nio.file.Files.isWritable(java.nio.file.Path.of("/dev/full"))) { // the kernel's own ENOSPC
            java.io.IOException real = assertThrows(java.io.IOException.class, () -> {
                try (java.io.OutputStream o = java.nio.file.Files.newOutputStream(java.nio.file.Path.of("/dev/full"))) {
                    o.write(new byte[1]);
                }
            });
            assertTrue(io.blackbar.engine.api.EngineException.isDiskFull(real), real.getMessage());
        }
        assertEquals("ok", SystemResource.disk(dir));
        assertEquals("low", SystemResource.disk(dir, Long.MAX_VALUE));
        assertEquals("unavailable", SystemResource.disk(dir.resolve("gone")));
    }
}
