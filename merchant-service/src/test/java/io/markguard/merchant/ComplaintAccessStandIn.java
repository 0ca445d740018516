package io.markguard.merchant;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * complaint-service's answer on a brand user's scope, as merchant-service's own tests need it without a
 * complaint-service: brand-owner (who files every takedown here) is a member in scope of every complained item and
 * brand; a test may make another user a member of a brand with some actions ({@link #member}), telling the stand-in
 * which brand an item is of ({@link #itemOfBrand}); anyone else is not a member. It takes the appeal events meant
 * for the brands' webhooks and keeps them ({@link #EVENTS}). The real judgement is exercised end
 * to end in complaint-service's BrandScopeMatrixTest, which runs merchant-service beside it.
 */
public class ComplaintAccessStandIn implements QuarkusTestResourceLifecycleManager {

    static final String BRAND_OWNER_SUBJECT = "6f1c2a10-0000-4000-8000-000000000001";

    private HttpServer server;

    /** brand → subject → actions of members other than brand-owner. */
    private static final Map<String, Map<String, Set<String>>> MEMBERS = new ConcurrentHashMap<>();
    /** complaint item → brand, for items whose brand has other members. */
    private static final Map<String, String> ITEMS = new ConcurrentHashMap<>();

    /** Makes {@code subject} a member of the brand (on every right) with these actions. */
    /** The bodies of the appeal events merchant-service sent for the brands' webhooks, in the order received. */
    static final java.util.List<String> EVENTS = new java.util.concurrent.CopyOnWriteArrayList<>();

    public static void member(String brandId, String subject, Set<String> actions) {
        MEMBERS.computeIfAbsent(brandId, b -> new ConcurrentHashMap<>()).put(subject, Set.copyOf(actions));
    }

    public static void itemOfBrand(String complaintItemId, String brandId) {
        ITEMS.put(complaintItemId, brandId);
    }

    public static void forgetMembers() {
        MEMBERS.clear();
        ITEMS.clear();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/internal/brand-access", exchange -> {
            Map<String, String> query = new HashMap<>();
            String raw = exchange.getRequestURI().getRawQuery();
            for (String pair : raw == null ? new String[0] : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            String subject = query.get("subject");
            String brand = query.containsKey("brandId") ? query.get("brandId") : ITEMS.get(query.get("complaintItemId"));
            Set<String> actions = brand == null ? null : MEMBERS.getOrDefault(brand, Map.of()).get(subject);
            boolean owner = BRAND_OWNER_SUBJECT.equals(subject);
            int status = owner || (actions != null && actions.contains(query.get("action"))) ? 200
                    : actions != null ? 403 : 404;
            boolean allowed = status == 200;
            String body = "{\"complaintItemId\":" + (query.get("complaintItemId") == null ? "null" : "\"" + query.get("complaintItemId") + "\"")
                    + ",\"subject\":\"" + subject
                    + "\",\"action\":\"" + query.get("action") + "\",\"allowed\":" + allowed + ",\"status\":"
                    + status + ",\"field\":" + (status == 403 ? "\"action\"" : "null") + ",\"detail\":"
                    + (allowed ? "null" : status == 403 ? "\"Your membership does not include " + query.get("action") + ".\""
                            : "\"No such appeal.\"")
                    + ",\"allRights\":" + allowed + ",\"rightIds\":[]}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.createContext("/api/internal/brand-events", exchange -> {
            EVENTS.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.complaint-access.url", url, "quarkus.rest-client.complaint-events.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
