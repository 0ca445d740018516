package io.markguard.verifylog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.markguard.decisionlog.CanonicalJson;
import io.markguard.decisionlog.DecisionLogContract;
import io.markguard.decisionlog.DecisionLogContract.LogKey;
import io.markguard.decisionlog.PublicLog;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The public contract of a decision log served over HTTP from a {@link PublicLog}, as a service serves it. */
final class ContractServer implements AutoCloseable {

    private final HttpServer server;
    private volatile PublicLog log;
    private volatile LogKey publishedKey;
    private volatile String report = "{}";

    private final String prefix;

    ContractServer(PublicLog log) throws IOException {
        this(log, "");
    }

    /** Serves the contract under a path prefix, as the public-api Ingress does ({@code /complaint-service/api/...}). */
    ContractServer(PublicLog log, String prefix) throws IOException {
        this.log = log;
        this.prefix = prefix;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        route(DecisionLogContract.KEY, query -> publishedKey != null ? publishedKey : this.log.key());
        route(DecisionLogContract.HEAD, query -> this.log.head());
        route(DecisionLogContract.INCLUSION, query -> this.log.inclusion(number(query, "index"), number(query, "treeSize")));
        route(DecisionLogContract.CONSISTENCY, query -> this.log.consistency(number(query, "first"), number(query, "second")));
        route(DecisionLogContract.LEAVES, query -> this.log.leaves(number(query, "from"), (int) number(query, "limit")));
        server.createContext(prefix + "/report.json", exchange -> send(exchange, 200, report));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    /** Serves another log from now on, as a log that rewrote its history would. */
    void serve(PublicLog other) {
        log = other;
    }

    /** Publishes a key other than the one the heads are signed with. */
    void publish(LogKey key) {
        publishedKey = key;
    }

    void report(String json) {
        report = json;
    }

    private interface Answer {
        Object answer(Map<String, String> query);
    }

    private void route(String path, Answer answer) {
        server.createContext(prefix + path, exchange -> {
            try {
                Object body = answer.answer(query(exchange.getRequestURI()));
                send(exchange, 200, CanonicalJson.mapper().writeValueAsString(body));
            } catch (IllegalArgumentException e) {
                send(exchange, 400, problem(400, "Bad Request", e.getMessage()));
            } catch (RuntimeException e) {
                send(exchange, 500, problem(500, "Internal Server Error", e.toString()));
            }
        });
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                query.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return query;
    }

    private static long number(Map<String, String> query, String name) {
        try {
            return Long.parseLong(query.get(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer");
        }
    }

    private static String problem(int status, String title, String detail) {
        try {
            return CanonicalJson.mapper().writeValueAsString(Map.of("status", status, "title", title, "detail",
                    String.valueOf(detail)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
