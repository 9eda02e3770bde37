package io.blackbar.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The server's requests to addresses users give it: {@code /sanitize-url} fetches and webhooks (SSRF cases of
 * SECURITY-CASES.md 3.5). Only {@code http} and {@code https} (webhooks: {@code https}) on ports 80 and 443, no
 * user info, at most 20 addresses and every one public (not loopback, private, link-local, CGNAT, multicast,
 * reserved, documentation, nor an IPv6 form embedding one: mapped, compatible, NAT64, 6to4, Teredo), unless the
 * host or all its addresses are in {@code BLACKBAR_OUTBOUND_ALLOW} (comma-separated host names, addresses and CIDR
 * blocks; then any port; tests allow {@code 127.0.0.1}). Every refusal has the same message, decided before
 * connecting. Redirects are followed by hand, at most three, each target checked again.
 *
 * <p>DNS rebinding (SSRF-10): the client (Jetty's) connects only to the addresses this class's own resolver gave it,
 * and that resolver applies the same rules to the very answer it hands over. A name that answers with a public
 * address when the URL is checked and with a private one when the connection is made is refused at the second
 * answer: there is no other look-up between the check and the connection. No cookies are kept between requests,
 * no proxy is used, and no content coding is asked for or decoded (a compressed answer cannot expand past the size
 * limit).
 */
final class Outbound implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Duration FETCH_DEADLINE = Duration.ofSeconds(60);
    private final Duration fetchDeadline;
    private final Duration answerTimeout;
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
    private final Lookup lookup;
    private final Set<Integer> ports;

    /** A name's addresses: the system resolver, or a test's (a name that answers differently each time). */
    interface Lookup {
        InetAddress[] all(String host) throws UnknownHostException;
    }

    Outbound(String allow) {
        this(allow, FETCH_DEADLINE, TIMEOUT, InetAddress::getAllByName, Set.of(80, 443));
    }

    /**
     * @param fetchDeadline the time a fetch has in all (tests shorten it)
     * @param answerTimeout the time a webhook's receiver has to connect and answer with a status (10 s)
     * @param lookup how names are resolved, for the check and for connecting alike
     * @param ports the ports a URL may name (80 and 443; a test adds its server's)
     */
    Outbound(String allow, Duration fetchDeadline, Duration answerTimeout, Lookup lookup, Set<Integer> ports) {
        this.fetchDeadline = fetchDeadline;
        this.answerTimeout = answerTimeout;
        this.lookup = lookup;
        this.ports = ports;
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
        client = new HttpClient();
        QueuedThreadPool pool = new QueuedThreadPool(24, 2);
        pool.setName("blackbar-outbound");
        pool.setDaemon(true);
        client.setExecutor(pool);
        client.setScheduler(new ScheduledExecutorScheduler("blackbar-outbound-timer", true));
        client.setSocketAddressResolver(new CheckedResolver());
        client.setFollowRedirects(false);
        client.setConnectTimeout(Math.min(TIMEOUT.toMillis(), answerTimeout.toMillis()));
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "Blackbar"));
        client.getContentDecoderFactories().clear();
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("the outbound HTTP client did not start", e);
        }
    }

    /** Hands the client only addresses that pass {@link #resolve}, from the one look-up it makes. */
    private final class CheckedResolver implements SocketAddressResolver {
        @Override
        public void resolve(String host, int port, Promise<List<InetSocketAddress>> promise) {
            try {
                client.getExecutor().execute(() -> resolveNow(host, port, promise)); // a slow name server holds no
                // selector or caller thread
            } catch (RuntimeException e) {
                promise.failed(new Refused(NOT_ALLOWED));
            }
        }

        private void resolveNow(String host, int port, Promise<List<InetSocketAddress>> promise) {
            try {
                List<InetSocketAddress> out = new ArrayList<>();
                for (InetAddress a : Outbound.this.resolve(host, port).all()) {
                    out.add(new InetSocketAddress(a, port));
                }
                promise.succeeded(out);
            } catch (Refused e) {
                promise.failed(e);
            } catch (RuntimeException e) {
                promise.failed(new Refused(NOT_ALLOWED));
            }
        }
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            // stopping: nothing else holds its threads
        }
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

    /** An IPv4 address as four decimal numbers of 0 to 255 without leading zeros (SSRF-02: nothing else all-numeric). */
    private static final String DOTTED_QUAD = "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";

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
        String bare = bare(host);
        if (bare.matches("[0-9.]+") && !bare.matches(DOTTED_QUAD)) {
            throw new Refused(NOT_ALLOWED); // octal, a single number, short forms: read differently by other parsers
        }
        if (hosts.contains(bare)) {
            return u; // a host named in the list: any scheme of the two, any port, whatever it resolves to
        }
        int port = u.getPort() != -1 ? u.getPort() : scheme.equals("https") ? 443 : 80;
        if (!resolve(host, port).listed() && httpsOnly && !scheme.equals("https")) {
            throw new Refused(NOT_ALLOWED);
        }
        return u;
    }

    /** A name's addresses as checked; {@code listed}: the name or every address is in the allow list. */
    private record Resolved(InetAddress[] all, boolean listed) {
    }

    private static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    /**
     * Resolves a name once and checks that answer: the allow list lifts every rule for the hosts, addresses and blocks
     * it names; otherwise the port must be 80 or 443 and there may be at most 20 addresses, every one public.
     */
    private Resolved resolve(String host, int port) throws Refused {
        String h = bare(host);
        InetAddress[] all;
        try {
            all = lookup.all(h);
        } catch (UnknownHostException | SecurityException e) {
            throw new Refused(NOT_ALLOWED);
        }
        if (all == null || all.length == 0) {
            throw new Refused(NOT_ALLOWED);
        }
        if (hosts.contains(h)) {
            return new Resolved(all, true);
        }
        boolean listed = true;
        for (InetAddress a : all) {
            listed &= inBlocks(a);
        }
        if (listed) {
            return new Resolved(all, true);
        }
        if (all.length > MAX_ADDRESSES || !ports.contains(port)) {
            throw new Refused(NOT_ALLOWED);
        }
        for (InetAddress a : all) {
            if (!isPublic(a)) {
                throw new Refused(NOT_ALLOWED);
            }
        }
        return new Resolved(all, false);
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
     * Fetches a URL into a file, at most {@code maxBytes} within the fetch deadline (60 s) in all (the client's total
     * timeout covers the answer's body too: a trickling answer is cut off), each redirect's target checked again.
     *
     * @return the file name the URL's path ends in, or {@code document}
     */
    String fetch(String url, Path target, long maxBytes) throws Refused, IOException, InterruptedException {
        long deadline = System.nanoTime() + fetchDeadline.toNanos();
        URI u = check(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            InputStreamResponseListener answer = new InputStreamResponseListener();
            Request req = client.newRequest(u).method(HttpMethod.GET).timeout(left, TimeUnit.MILLISECONDS);
            req.send(answer);
            Response r = headers(req, answer, left,
                    "The URL did not answer within " + fetchDeadline.toSeconds() + " seconds.", "The URL could not be fetched.");
            try (InputStream in = answer.getInputStream()) {
                int s = r.getStatus();
                String location = r.getHeaders().get(HttpHeader.LOCATION);
                if (s >= 300 && s < 400 && location != null) {
                    try {
                        u = check(u.resolve(location).toString());
                    } catch (IllegalArgumentException e) {
                        throw new Refused(NOT_ALLOWED); // a Location that is no URI
                    }
                    continue;
                }
                if (s != 200) {
                    throw new Refused("The URL answered HTTP " + s + ".");
                }
                if (r.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH) > maxBytes) {
                    throw new Refused("The file at the URL is larger than " + maxBytes + " bytes.");
                }
                long n = 0;
                byte[] buf = new byte[65536];
                try (OutputStream out = Files.newOutputStream(target)) {
                    for (int k = in.read(buf); k >= 0; k = in.read(buf)) {
                        n += k;
                        if (n > maxBytes) {
                            throw new Refused("The file at the URL is larger than " + maxBytes + " bytes.");
                        }
                        out.write(buf, 0, k);
                    }
                } catch (IOException e) {
                    if (io.blackbar.engine.api.EngineException.isDiskFull(e)) {
                        throw e; // the server's disk, not the URL's answer: the job says so (DISK-02)
                    }
                    throw new Refused(System.nanoTime() >= deadline || cause(e, TimeoutException.class) != null
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
                req.abort(new IOException("done")); // nothing more is read: a body left unread closes the connection
            }
        }
        throw new Refused("The URL redirected more than " + MAX_REDIRECTS + " times.");
    }

    /**
     * Waits for an answer's status and headers.
     *
     * @throws Refused when the target was refused (the one message), did not answer in time, or failed
     */
    private static Response headers(Request req, InputStreamResponseListener answer, long millis, String late, String failed)
            throws Refused, InterruptedException {
        try {
            return answer.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            req.abort(e);
            throw new Refused(late);
        } catch (ExecutionException e) {
            if (cause(e, Refused.class) instanceof Refused refused) {
                throw new Refused(refused.getMessage());
            }
            throw new Refused(cause(e, TimeoutException.class) != null ? late : failed);
        } catch (InterruptedException e) {
            req.abort(e);
            throw e;
        }
    }

    private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Posts a body with headers and hands the answer's status, or -1 when the target was refused or did not answer
     * within the answer timeout (10 s), to {@code onStatus}, on a client thread. Nothing waits for the receiver: a slow
     * one holds a connection of its own, no thread (WH-03). The answer's body is never read: the exchange is aborted
     * once the status is in, so a receiver that sends headers and then nothing holds nothing.
     */
    void post(String url, Map<String, String> headers, byte[] body, java.util.function.IntConsumer onStatus) {
        URI u;
        try {
            u = check(url, true);
        } catch (Refused e) {
            onStatus.accept(-1);
            return;
        }
        int[] status = {-1};
        try {
            client.newRequest(u).method(HttpMethod.POST).timeout(answerTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .headers(h -> headers.forEach(h::put))
                    .body(new BytesRequestContent(headers.getOrDefault("Content-Type", "application/octet-stream"), body))
                    .onResponseHeaders(r -> {
                        status[0] = r.getStatus();
                        r.abort(new IOException("the status is all that is read"));
                    })
                    .send(result -> onStatus.accept(status[0]));
        } catch (RuntimeException e) {
            onStatus.accept(-1);
        }
    }

    /** {@link #post(String, Map, byte[], java.util.function.IntConsumer)}, waiting for the status. */
    int post(String url, Map<String, String> headers, byte[] body) throws InterruptedException {
        java.util.concurrent.CompletableFuture<Integer> status = new java.util.concurrent.CompletableFuture<>();
        post(url, headers, body, status::complete);
        try {
            return status.get();
        } catch (ExecutionException e) {
            return -1;
        }
    }
}
