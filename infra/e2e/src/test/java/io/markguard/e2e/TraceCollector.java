package io.markguard.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * An OpenTelemetry collector as far as the suite needs one: it accepts OTLP/HTTP trace exports (protobuf) and keeps
 * each request's bytes, so a test can ask whether a service exported spans of a given trace id.
 */
final class TraceCollector {

    private final HttpServer server;
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    TraceCollector(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/v1/traces", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                    body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
                }
                exports.add(body);
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    /** Whether the service (by its service.name) exported any span of the trace (its 16-byte id). */
    boolean hasSpan(String service, byte[] traceId) {
        byte[] name = service.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return exports.stream().anyMatch(body -> indexOf(body, name) >= 0 && indexOf(body, traceId) >= 0);
    }

    void stop() {
        server.stop(0);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
