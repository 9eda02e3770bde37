package io.blackbar.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The server's requests to addresses users give it: {@code /sanitize-url} fetches and webhooks (SSRF cases of
 * SECURITY-CASES.md 3.5). Only {@code http} and {@code https} (webhooks: {@code https}) on ports 80 and 443, no
 * user info, at most 20 addresses and every one public (not loopback, private, link-local, CGNAT, multicast,
 * reserved, documentation, nor an IPv6 form embedding one: mapped, compatible, NAT64, 6to4, Teredo), unless the
 * host or all its addresses are in {@code BLACKBAR_OUTBOUND_ALLOW} (comma-separated host names, addresses and CIDR
 * blocks; then any port; tests allow {@code 127.0.0.1}). Every refusal has the same message, decided before
 * connecting. Redirects are followed by hand, at most three, each target checked again. The check resolves the
 * name and the client resolves it again to connect: a name that changes its answer between the two (DNS
 * rebinding) is the known gap, narrowed by checking right before each request.
 */
final class Outbound {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Duration FETCH_DEADLINE = Duration.ofSeconds(60);
    private final Duration fetchDeadline;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "blackbar-fetch-watchdog");
        t.setDaemon(true);
        return t;
    });
    private static final int MAX_REDIRECTS = 3;

    /** A refused address: the message names the reason, never a response body. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private record Block(byte[] network, int bits) {
        boolean contains(InetAddress a) {
            byte[] x = a.getAddress();
            if (x.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (x[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (x[full] & mask) == (network[full] & mask);
        }
    }

    private final List<String> hosts = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final HttpClient client;

    Outbound(String allow) {
        this(allow, FETCH_DEADLINE);
    }

    /** @param fetchDeadline the time a fetch has in all (tests shorten it) */
    Outbound(String allow, Duration fetchDeadline) {
        this.fetchDeadline = fetchDeadline;
        if (allow != null) {
            for (String entry : allow.split(",")) {
                String e = entry.strip().toLowerCase(Locale.ROOT);
                if (e.isEmpty()) {
                    continue;
                }
                Block b = block(e);
                if (b != null) {
                    blocks.add(b);
                } else {
                    hosts.add(e);
                }
            }
        }
        client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** An address or CIDR block written as digits and dots or colons, else null (then it is a host name). */
    private static Block block(String e) {
        String addr = e;
        int bits = -1;
        int slash = e.indexOf('/');
        if (slash > 0) {
            addr = e.substring(0, slash);
            try {
                bits = Integer.parseInt(e.substring(slash + 1));
            } catch (NumberFormatException x) {
                return null;
            }
        }
        if (!addr.matches("[0-9.]+|[0-9a-f:.]*:[0-9a-f:.]*")) {
            return null;
        }
        try {
            byte[] n = InetAddress.getByName(addr).getAddress(); // a literal: no lookup
            int max = n.length * 8;
            return new Block(n, bits < 0 || bits > max ? max : bits);
        } catch (UnknownHostException x) {
            return null;
        }
    }

    /** The one answer for every refused URL, decided before connecting: the reason is no oracle of the network. */
    static final String NOT_ALLOWED = "The URL is not allowed: only http(s) URLs of public addresses on ports 80 and 443.";
    private static final int MAX_ADDRESSES = 20;

    /** @return the URL parsed and checked (any scheme of http and https) */
    URI check(String url) throws Refused {
        return check(url, false);
    }

    /**
     * @param httpsOnly refuse {@code http} (webhooks: their bodies are signed, not secret) unless the host is allowed
     * @return the URL parsed and checked, or {@link #NOT_ALLOWED}
     */
    URI check(String url, boolean httpsOnly) throws Refused {
        if (url == null || url.isBlank() || url.length() > 2048) {
            throw new Refused("The URL is missing or longer than 2,048 characters.");
        }
        URI u;
        try {
            u = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new Refused(NOT_ALLOWED);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        String host = u.getHost();
        if (!scheme.equals("http") && !scheme.equals("https") || u.getRawUserInfo() != null || host == null || host.isEmpty()) {
            throw new Refused(NOT_ALLOWED);
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (hosts.contains(h)) {
            return u;
        }
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(h);
        } catch (UnknownHostException e) {
            throw new Refused(NOT_ALLOWED);
        }
        boolean listed = all.length > 0;
        for (InetAddress a : all) {
            listed &= inBlocks(a);
        }
        if (listed) {
            return u; // an allowed address: any scheme of the two, any port
        }
        int port = u.getPort();
        if (all.length > MAX_ADDRESSES || port != -1 && port != 80 && port != 443 || httpsOnly && !scheme.equals("https")) {
            throw new Refused(NOT_ALLOWED);
        }
        for (InetAddress a : all) {
            if (!isPublic(a)) {
                throw new Refused(NOT_ALLOWED);
            }
        }
        return u;
    }

    private boolean inBlocks(InetAddress a) {
        for (Block b : blocks) {
            if (b.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** Not loopback, private, link-local, shared (CGNAT), multicast, reserved or documentation space. */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int x = b[0] & 0xff;
            int y = b[1] & 0xff;
            return !(x == 0 || x == 10 || x == 127 || x >= 224 || (x == 100 && y >= 64 && y < 128)
                    || (x == 169 && y == 254) || (x == 172 && y >= 16 && y < 32) || (x == 192 && y == 168)
                    || (x == 192 && y == 0 && (b[2] & 0xff) == 0) || (x == 198 && (y == 18 || y == 19)));
        }
        if (a instanceof Inet6Address) {
            int x = b[0] & 0xff;
            int y = b[1] & 0xff;
            if ((x & 0xfe) == 0xfc || x == 0xff || x == 0xfe && (y & 0xc0) != 0) {
                return false; // unique local fc00::/7, multicast, link- and site-local
            }
            boolean zeros = true;
            for (int i = 0; i < 10; i++) {
                zeros &= b[i] == 0;
            }
            if (zeros) {
                return false; // ::/80: IPv4-compatible and -mapped forms, ::1, ::
            }
            if (x == 0x00 && y == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return embedded(b, 12); // NAT64 64:ff9b::/96
            }
            if (x == 0x20 && y == 0x02) {
                return embedded(b, 2); // 6to4 2002::/16
            }
            if (x == 0x20 && y == 0x01 && b[2] == 0 && b[3] == 0) {
                return false; // Teredo 2001::/32
            }
            return x != 0x20 || y != 0x01 || (b[2] & 0xff) != 0x0d || (b[3] & 0xff) != 0xb8; // 2001:db8::/32
        }
        return false;
    }

    private static boolean embedded(byte[] b, int at) {
        try {
            return isPublic(InetAddress.getByAddress(new byte[] {b[at], b[at + 1], b[at + 2], b[at + 3]}));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Fetches a URL into a file, at most {@code maxBytes} within the fetch deadline (60 s) in all (a trickling answer
     * is cut off: its stream is closed by a watchdog), each redirect's target checked again.
     *
     * @return the file name the URL's path ends in, or {@code document}
     */
    String fetch(String url, Path target, long maxBytes) throws Refused, IOException, InterruptedException {
        long deadline = System.nanoTime() + fetchDeadline.toNanos();
        URI u = check(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            HttpRequest req = HttpRequest.newBuilder(u).timeout(Duration.ofMillis(left)).GET()
                    .header("User-Agent", "Blackbar").build();
            HttpResponse<InputStream> r;
            try {
                r = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
            } catch (java.net.http.HttpTimeoutException e) {
                throw new Refused("The URL did not answer within " + fetchDeadline.toSeconds() + " seconds.");
            } catch (IOException e) {
                throw new Refused("The URL could not be fetched.");
            }
            InputStream in = r.body();
            java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
                late.set(true);
                closeQuietly(in);
            }, Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            try (in) {
                int s = r.statusCode();
                if (s >= 300 && s < 400 && r.headers().firstValue("Location").isPresent()) {
                    try {
                        u = check(u.resolve(r.headers().firstValue("Location").get()).toString());
                    } catch (IllegalArgumentException e) {
                        throw new Refused(NOT_ALLOWED); // a Location that is no URI
                    }
                    continue;
                }
                if (s != 200) {
                    throw new Refused("The URL answered HTTP " + s + ".");
                }
                if (r.headers().firstValueAsLong("Content-Length").orElse(-1) > maxBytes) {
                    throw new Refused("The file at the URL is larger than " + maxBytes + " bytes.");
                }
                long n = 0;
                byte[] buf = new byte[65536];
                try (OutputStream out = Files.newOutputStream(target)) {
                    for (int k = in.read(buf); k > 0; k = in.read(buf)) {
                        n += k;
                        if (n > maxBytes) {
                            throw new Refused("The file at the URL is larger than " + maxBytes + " bytes.");
                        }
                        out.write(buf, 0, k);
                    }
                } catch (IOException e) {
                    throw new Refused(late.get() || System.nanoTime() >= deadline
                            ? "The URL did not deliver the file within " + fetchDeadline.toSeconds() + " seconds."
                            : "The URL's answer broke off.");
                }
                if (n == 0) {
                    throw new Refused("The URL returned an empty file.");
                }
                String path = u.getPath() == null ? "" : u.getPath();
                String name = Upload.safeName(path.isEmpty() ? "document" : path);
                return name.isEmpty() ? "document" : name;
            } finally {
                watchdog.cancel(false);
            }
        }
        throw new Refused("The URL redirected more than " + MAX_REDIRECTS + " times.");
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing is all the watchdog does
        }
    }

    /**
     * Posts a body with headers, waiting at most {@link #TIMEOUT} for the answer's status; the answer's body is
     * never read (its stream is closed at once), so a receiver that sends headers and then nothing holds nothing.
     *
     * @return the status, or -1 when the target was refused or did not answer
     */
    int post(String url, Map<String, String> headers, byte[] body) throws InterruptedException {
        try {
            URI u = check(url, true);
            HttpRequest.Builder b = HttpRequest.newBuilder(u).timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(b::header);
            HttpResponse<InputStream> r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            r.body().close();
            return r.statusCode();
        } catch (Refused | IOException | IllegalArgumentException e) {
            return -1;
        }
    }
}
