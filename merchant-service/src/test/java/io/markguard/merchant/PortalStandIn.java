package io.markguard.merchant;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * portal-service's internal notification API, as merchant-service's own tests need it without a portal: it keeps
 * what it was handed (with the bearer token it came with) and accepts it. The portal's filing and mail are tested
 * in portal-service's NotificationHubTest, and end to end beside the packaged services.
 */
public class PortalStandIn implements QuarkusTestResourceLifecycleManager {

    /** A notification as it arrived: the JSON body and the Authorization header. */
    public record Received(String body, String authorization) {
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    private static volatile boolean away;

    private HttpServer server;

    public static List<Received> received() {
        return List.copyOf(RECEIVED);
    }

    /** The portal answers 503 to everything, as during a rollout gone wrong. */
    public static void outage() {
        away = true;
    }

    public static void recover() {
        away = false;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/internal/notifications", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (away) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            RECEIVED.add(new Received(body, exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] answer = "{\"recipients\":1,\"filed\":1,\"mailed\":1}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.portal-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
