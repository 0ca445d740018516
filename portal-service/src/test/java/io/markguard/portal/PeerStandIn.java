package io.markguard.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * complaint-service and merchant-service as the portal sees them: a local HTTP server answering each path with
 * the JSON it is given, or a server error. It records what the portal sent (the Authorization header of each
 * request) and how many requests were in flight at once. A path marked to wait for company holds its answer until
 * another request is in flight (or a second has passed), so reads issued side by side are seen overlapping
 * whatever the machine's load, and reads issued one after the other never are.
 */
final class PeerStandIn {

    record Answer(int status, String type, String body, boolean waitsForCompany) {
    }

    record Seen(String path, String query, String authorization, String method, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final Object company = new Object();

    PeerStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "peer-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Forgets every answer and everything seen. */
    void reset() {
        answers.clear();
        seen.clear();
        mostInFlight.set(0);
    }

    void json(String path, String body) {
        answers.put(path, new Answer(200, "application/json", body, false));
    }

    /** Answers the path with this body as the given media type (a document, say). */
    void body(String path, String type, String body) {
        answers.put(path, new Answer(200, type, body, false));
    }

    /** The answer is held until another request is in flight, at most a second. */
    void jsonInCompany(String path, String body) {
        answers.put(path, new Answer(200, "application/json", body, true));
    }

    void failing(String path) {
        answers.put(path, new Answer(500, "text/plain", "internal error", false));
    }

    void refusing(String path, String field) {
        answers.put(path, new Answer(400, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"" + field
                        + " is not valid\",\"violations\":[{\"field\":\"" + field + "\",\"message\":\"not valid\"}]}",
                false));
    }

    /** A problem-details refusal with the status, naming the field. */
    void problem(String path, int status, String field) {
        answers.put(path, new Answer(status, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Refused\",\"status\":" + status + ",\"detail\":\"" + field
                        + " refused\",\"violations\":[{\"field\":\"" + field + "\",\"message\":\"refused\"}]}",
                false));
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    int mostInFlight() {
        return mostInFlight.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        synchronized (company) {
            company.notifyAll();
        }
        try {
            String path = exchange.getRequestURI().getPath();
            seen.add(new Seen(path, exchange.getRequestURI().getQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestMethod(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Answer answer = answers.getOrDefault(path, new Answer(404, "text/plain", "not found", false));
            if (answer.waitsForCompany()) {
                waitForCompany();
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.type());
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
        }
    }

    private void waitForCompany() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        synchronized (company) {
            while (mostInFlight.get() < 2 && System.nanoTime() < until) {
                try {
                    company.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
