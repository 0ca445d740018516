package io.markguard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.markguard.client.complaints.webhooks.WebhookSignature;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A vendor's webhook receiver on this machine: each delivery's signature is checked with the generated client's
 * {@link WebhookSignature} against the secret it was given, and each event id is applied once; it counts, per item,
 * the distinct events applied, and every delivery per event id.
 */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    volatile String secret;
    final Map<String, AtomicInteger> appliedItems = new ConcurrentHashMap<>();
    final Set<String> eventIds = ConcurrentHashMap.newKeySet();
    final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    final AtomicInteger badSignatures = new AtomicInteger();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/markguard", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String eventId = exchange.getRequestHeaders().getFirst(WebhookSignature.EVENT_ID_HEADER);
            int status = 200;
            if (!WebhookSignature.verify(secret, exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body)) {
                badSignatures.incrementAndGet();
                status = 401;
            } else {
                deliveries.computeIfAbsent(eventId, k -> new AtomicInteger()).incrementAndGet();
                if (eventIds.add(eventId)) {
                    JsonNode event = json.readTree(body);
                    appliedItems.computeIfAbsent(event.path("data").path("itemId").asText(), k -> new AtomicInteger())
                            .incrementAndGet();
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/markguard";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
