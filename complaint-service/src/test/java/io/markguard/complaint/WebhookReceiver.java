package io.markguard.complaint;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver as an integrator writes one, on this machine: it checks each delivery's signature against the
 * secret and the timestamp against a five-minute window, answers with the status it is told to, and applies each
 * event id once (a repeat is answered 200 and not applied again).
 */
final class WebhookReceiver implements AutoCloseable {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    record Received(String eventId, String type, String signature, String body, int answered, boolean validSignature) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> applied = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile boolean down;
    private volatile String secret;
    private volatile java.time.Clock clock = java.time.Clock.systemUTC();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst("Markguard-Signature");
            String eventId = exchange.getRequestHeaders().getFirst("Markguard-Event-Id");
            boolean valid = secret != null && verify(secret, signature, body, clock.instant());
            int status;
            if (down) {
                status = 503;
            } else if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 500;
            } else if (!valid) {
                status = 401;
            } else {
                applied.add(eventId);
                status = 200;
            }
            received.add(new Received(eventId, exchange.getRequestHeaders().getFirst("Markguard-Event-Type"), signature,
                    body, status, valid));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    /** The instant the window is judged against: the service's clock, which a test may have moved. */
    void clock(java.time.Clock clock) {
        this.clock = clock;
    }

    void failNext(int attempts) {
        failNext.set(attempts);
    }

    void down(boolean down) {
        this.down = down;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Event ids applied: each once, however often it was delivered. */
    Set<String> applied() {
        return Set.copyOf(applied);
    }

    Map<String, Long> deliveriesPerEvent() {
        return received.stream().filter(r -> r.answered() == 200).collect(java.util.stream.Collectors.groupingBy(
                Received::eventId, java.util.stream.Collectors.counting()));
    }

    /** The check docs/integrating.md describes: {@code t=<seconds>,v1=<hex>} over {@code "<t>.<body>"}, within the window. */
    static boolean verify(String secret, String header, String body, Instant now) {
        if (header == null) {
            return false;
        }
        Long t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                t = Long.parseLong(kv[1]);
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t == null || v1 == null || Math.abs(now.getEpochSecond() - t) > TOLERANCE.toSeconds()) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
