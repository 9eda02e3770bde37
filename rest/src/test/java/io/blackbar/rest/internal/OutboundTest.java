package io.blackbar.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

/**
 * The outbound address rules (SECURITY-CASES.md 3.5, SSRF-01 to -13): every row is refused with the one message,
 * decided before connecting. Addresses are literals, so no row depends on a resolver; names that do not resolve are
 * refused too (fail closed). Names that resolve differently each time (DNS rebinding, SSRF-10) use a test look-up.
 */
class OutboundTest {

    @TempDir
    Path dir;

    private final Outbound none = new Outbound("");

    @AfterEach
    void close() {
        none.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // SSRF-01 loopback and any-local
        "http://127.0.0.1/", "http://127.1/", "http://0.0.0.0/", "http://[::1]/", "http://[::]/",
        // SSRF-02 a number for the address (Java reads the decimal form; the others do not resolve)
        "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/", "http://017700000001/", "http://127.000.000.001/",
        "http://0x7f.0.0.1/", "http://010.0.0.1/",
        // SSRF-03 metadata endpoints
        "http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "http://metadata.google.internal.invalid/",
        // SSRF-04 private and special IPv4 blocks
        "http://10.0.0.1/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.1.1/", "http://100.64.0.1/",
        "http://198.18.0.1/", "http://192.0.0.1/", "http://240.0.0.1/", "http://224.0.0.1/", "http://255.255.255.255/",
        // SSRF-05 IPv4-mapped and -compatible IPv6
        "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/", "http://[::127.0.0.1]/",
        // SSRF-06 embedded IPv4, unique-local and link-local IPv6
        "http://[fe80::1%25eth0]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:a9fe:a9fe::]/", "http://[fc00::1]/", "http://[fe80::1]/",
        "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "http://[2001:db8::1]/", "http://[ff02::1]/",
        // SSRF-07 schemes
        "file:///etc/passwd", "jar:file:/x.jar!/", "ftp://93.184.215.14/", "gopher://93.184.215.14/", "dict://93.184.215.14/",
        "data:text/plain,hi",
        // SSRF-08 user info and authority confusion
        "http://evil.example@127.0.0.1/", "http://93.184.215.14@127.0.0.1/", "http://127.0.0.1#@93.184.215.14/",
        "http://evil.example\\@127.0.0.1/",
        // SSRF-13 ports other than 80 and 443
        "http://93.184.215.14:6379/", "https://93.184.215.14:22/", "http://93.184.215.14:8080/",
        // not URLs
        "", "not a url", "http://"})
    void refused(String url) {
        Outbound.Refused e = assertThrows(Outbound.Refused.class, () -> none.check(url));
        if (!url.isEmpty()) {
            assertEquals(Outbound.NOT_ALLOWED, e.getMessage(), "the same message for every reason");
        }
    }

    @Test
    void publicAddressesOnTheUsualPortsPass() throws Exception {
        assertEquals("93.184.215.14", none.check("http://93.184.215.14/doc.pdf").getHost());
        assertEquals("93.184.215.14", none.check("https://93.184.215.14:443/doc.pdf").getHost());
        assertEquals("[2606:2800:21f:cb07:6820:80da:af6b:8b2c]", none.check("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/").getHost());
        assertEquals("8.8.8.8", none.check("http://[::ffff:8.8.8.8]/").getHost().replace("[::ffff:", "").replace("]", ""));
    }

    @Test
    void webhooksMustUseHttpsUnlessAllowed() throws Exception {
        assertThrows(Outbound.Refused.class, () -> none.check("http://93.184.215.14/hook", true));
        assertEquals("https", none.check("https://93.184.215.14/hook", true).getScheme());
        try (Outbound local = new Outbound("127.0.0.1")) {
            assertEquals("http", local.check("http://127.0.0.1:9999/hook", true).getScheme());
        }
    }

    @Test
    void theAllowListOpensAddressesBlocksAndNames() throws Exception {
        try (Outbound allow = new Outbound(" 127.0.0.1, 10.20.0.0/16 ,intranet.example ")) {
            allow.check("http://127.0.0.1:8080/x");
            allow.check("http://10.20.3.4/x");
            allow.check("https://intranet.example:8443/x");
            assertThrows(Outbound.Refused.class, () -> allow.check("http://10.21.0.1/x"));
            assertThrows(Outbound.Refused.class, () -> allow.check("http://127.0.0.2/x"));
            assertThrows(Outbound.Refused.class, () -> allow.check("http://[::1]/x"));
        }
    }

    @Test
    void aFetchIsLimitedInSizeAndRefusesARedirectToAPrivateAddress() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] big = new byte[5000];
        http.createContext("/big.txt", x -> {
            x.sendResponseHeaders(200, big.length);
            x.getResponseBody().write(big);
            x.close();
        });
        http.createContext("/chunked/big.txt", x -> {
            x.sendResponseHeaders(200, 0);
            x.getResponseBody().write(big);
            x.close();
        });
        http.createContext("/small/note.txt", x -> {
            byte[] b = "hello".getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        http.createContext("/slow/note.txt", x -> {
            x.sendResponseHeaders(200, 0);
            try {
                for (int i = 0; i < 50; i++) { // a byte every 100 ms: five seconds in all
                    x.getResponseBody().write('a');
                    x.getResponseBody().flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | java.io.IOException e) {
                // the client went away
            }
            x.close();
        });
        http.createContext("/bad-location", x -> {
            x.getResponseHeaders().add("Location", "http://exa mple.com/ x");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        http.createContext("/away", x -> {
            x.getResponseHeaders().add("Location", "http://192.168.0.1/x");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        http.start();
        try {
            Outbound out = new Outbound("127.0.0.1", Duration.ofSeconds(1), Outbound.TIMEOUT, InetAddress::getAllByName, Set.of(80, 443));
            String base = "http://127.0.0.1:" + http.getAddress().getPort();
            Path f = dir.resolve("f");
            assertEquals("note.txt", out.fetch(base + "/small/note.txt", f, 4096));
            assertEquals("hello", Files.readString(f));
            if (Files.isWritable(Path.of("/dev/full"))) { // DISK-02: our full disk is not the URL's broken answer
                java.io.IOException full = assertThrows(java.io.IOException.class,
                        () -> out.fetch(base + "/small/note.txt", Path.of("/dev/full"), 4096));
                assertTrue(io.blackbar.engine.api.EngineException.isDiskFull(full), full.getMessage());
            }
            assertEquals("The file at the URL is larger than 4096 bytes.",
                    assertThrows(Outbound.Refused.class, () -> out.fetch(base + "/big.txt", f, 4096)).getMessage());
            assertEquals("The file at the URL is larger than 4096 bytes.",
                    assertThrows(Outbound.Refused.class, () -> out.fetch(base + "/chunked/big.txt", f, 4096)).getMessage());
            assertEquals(Outbound.NOT_ALLOWED, assertThrows(Outbound.Refused.class, () -> out.fetch(base + "/away", f, 4096)).getMessage());
            assertEquals(Outbound.NOT_ALLOWED, assertThrows(Outbound.Refused.class, () -> out.fetch(base + "/bad-location", f, 4096)).getMessage());
            long t0 = System.nanoTime();
            assertEquals("The URL did not deliver the file within 1 seconds.",
                    assertThrows(Outbound.Refused.class, () -> out.fetch(base + "/slow/note.txt", f, 4096)).getMessage());
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 4000, "cut off at the deadline, not at the answer's end");
            out.close();
        } finally {
            http.stop(0);
        }
    }

    /**
     * The client connects through the look-up the check uses, not the system's: a name only the test's look-up knows
     * reaches the test's server when its address is allowed.
     */
    @Test
    void theClientConnectsToTheAddressesOfTheCheckingLookup() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/note.txt", x -> {
            byte[] b = "hello".getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        http.start();
        AtomicInteger lookups = new AtomicInteger();
        Outbound.Lookup local = host -> {
            lookups.incrementAndGet();
            return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        };
        int port = http.getAddress().getPort();
        try (Outbound out = new Outbound("127.0.0.1", Duration.ofSeconds(5), Outbound.TIMEOUT, local, Set.of(80, 443))) {
            Path f = dir.resolve("f");
            assertEquals("note.txt", out.fetch("http://only-the-test-knows.invalid:" + port + "/note.txt", f, 4096));
            assertEquals("hello", Files.readString(f));
            assertEquals(2, lookups.get(), "one look-up for the check, one for the connection, both the checking one");
        } finally {
            http.stop(0);
        }
    }

    /**
     * SSRF-10, DNS rebinding: a name that answers with a public address when the URL is checked and with 127.0.0.1
     * when the client connects is refused at the second answer; nothing reaches the local port, for a fetch or a
     * webhook.
     */
    @Test
    void aNameThatTurnsLocalAfterTheCheckIsRefusedBeforeConnecting() throws Exception {
        try (ServerSocket local = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            AtomicInteger accepted = acceptAll(local);
            int port = local.getLocalPort();
            AtomicInteger lookups = new AtomicInteger();
            Outbound.Lookup rebinding = host -> new InetAddress[] {
                InetAddress.getByName(lookups.getAndIncrement() % 2 == 0 ? "93.184.215.14" : "127.0.0.1")};
            try (Outbound out = new Outbound("", Duration.ofSeconds(5), Outbound.TIMEOUT, rebinding, Set.of(80, 443, port))) {
                Path f = dir.resolve("f");
                assertEquals(Outbound.NOT_ALLOWED, assertThrows(Outbound.Refused.class,
                        () -> out.fetch("http://rebind.test:" + port + "/latest/meta-data/", f, 4096)).getMessage());
                assertEquals(2, lookups.get(), "the check's answer was public, the connection's local");
                assertEquals(-1, out.post("https://rebind.test:" + port + "/hook", Map.of("Content-Type", "application/json"),
                        "{}".getBytes(StandardCharsets.UTF_8)));
                assertEquals(4, lookups.get());
            }
            Thread.sleep(200);
            assertEquals(0, accepted.get(), "no connection reached the address the name turned to");
        }
    }

    /**
     * SSRF-11 and -12: a name is refused when any of its addresses is not public, when it has more than 20, or when it
     * has none; decided at the check, with nothing reaching a port.
     */
    @Test
    void everyAddressOfANameCountsAndTwentyAtMost() throws Exception {
        try (ServerSocket local = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            AtomicInteger accepted = acceptAll(local);
            int port = local.getLocalPort();
            // the loopback address first: a check that read only one address would let the client connect to it
            InetAddress[] mixed = {InetAddress.getByName("127.0.0.1"), InetAddress.getByName("93.184.215.14")};
            InetAddress[] many = new InetAddress[21];
            for (int i = 0; i < many.length; i++) {
                many[i] = InetAddress.getByName("93.184.215." + (i + 1));
            }
            many[20] = InetAddress.getByName("127.0.0.1");
            Map<String, InetAddress[]> dns = Map.of("mixed.test", mixed, "many.test", many,
                    "twenty.test", java.util.Arrays.copyOf(many, 20), "none.test", new InetAddress[0]);
            try (Outbound out = new Outbound("", Duration.ofSeconds(5), Outbound.TIMEOUT, h -> dns.get(h).clone(),
                    Set.of(80, 443, port))) {
                for (String host : new String[] {"mixed.test", "many.test", "none.test"}) {
                    assertEquals(Outbound.NOT_ALLOWED, assertThrows(Outbound.Refused.class,
                            () -> out.check("https://" + host + ":" + port + "/x")).getMessage(), host);
                    assertEquals(-1, out.post("https://" + host + ":" + port + "/hook", Map.of(), new byte[] {'{', '}'}), host);
                }
                assertEquals("twenty.test", out.check("https://twenty.test/x").getHost(), "twenty public addresses pass");
            }
            Thread.sleep(200);
            assertEquals(0, accepted.get(), "no connection reached the loopback address among the name's");
        }
    }

    /** Counts the connections a socket is offered, closing each at once. */
    private static AtomicInteger acceptAll(ServerSocket local) {
        AtomicInteger accepted = new AtomicInteger();
        Thread acceptor = new Thread(() -> {
            while (!local.isClosed()) {
                try (Socket s = local.accept()) {
                    accepted.incrementAndGet();
                } catch (java.io.IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return accepted;
    }
}
