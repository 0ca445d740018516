package io.markguard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every list endpoint at the seeded volume, read as the user it is for: the first page, and a page deep in the list
 * reached by following {@code nextCursor}; then the public transparency figures over 30, 365 and 1,098 days. Each
 * request is sent one after the other by two workers (for at most 20 s an endpoint), so the figures are the
 * endpoint's own, not a queue's.
 */
public final class Lists {

    /** One list endpoint: who reads it, and its path with the query that selects the list. */
    public record Endpoint(String name, String service, String user, String path) {
    }

    static final int REQUESTS = 60;
    static final int DEEP_PAGES = 20;
    /** A request slower than this (the first, or three later ones) ends the endpoint's measurement: the figure is plain. */
    static final long GIVE_UP_NANOS = 10_000_000_000L;

    private final Settings settings;
    private final Http http;
    private final Tokens tokens;

    public Lists(Settings settings, Http http, Tokens tokens) {
        this.settings = settings;
        this.http = http;
        this.tokens = tokens;
    }

    private String base(String service) {
        return switch (service) {
            case "complaint-service" -> settings.complaints();
            case "merchant-service" -> settings.merchants();
            case "portal-service" -> settings.portal();
            default -> throw new IllegalArgumentException(service);
        };
    }

    /** The list endpoints the services document, on the seeded heavy brand, merchant-a and the review queues. */
    public static List<Endpoint> endpoints(long heavyBrand, long heavyComplaint) {
        return List.of(
                new Endpoint("complaints of the heavy brand", "complaint-service", "brand-owner", "/api/complaints?brandId=" + heavyBrand),
                new Endpoint("items of a complaint", "complaint-service", "brand-owner", "/api/complaints/" + heavyComplaint + "/items"),
                new Endpoint("items about my listings (merchant-a)", "complaint-service", "merchant-a", "/api/items?mine=true"),
                new Endpoint("items about my listings (merchant-a), earlier path", "complaint-service", "merchant-a",
                        "/api/complaint-items?mine=true"),
                new Endpoint("review queue", "complaint-service", "reviewer", "/api/review/queue"),
                new Endpoint("my sanctions (merchant-a, 2,000+)", "merchant-service", "merchant-a", "/api/merchants/me/sanctions"),
                new Endpoint("my standing (merchant-a)", "merchant-service", "merchant-a", "/api/merchants/me/standing"),
                new Endpoint("my listings (merchant-a)", "merchant-service", "merchant-a", "/api/merchants/me/listings"),
                new Endpoint("appeals queue", "merchant-service", "reviewer", "/api/appeals"),
                new Endpoint("listing search", "merchant-service", "reviewer", "/api/listings/search?q=" + URLEncoder.encode("Seed wrist watch", StandardCharsets.UTF_8)),
                new Endpoint("listing search, earlier path", "merchant-service", "reviewer", "/api/listings?q=" + URLEncoder.encode("Seed wrist watch", StandardCharsets.UTF_8)));
    }

    public Map<String, Object> measure(List<Endpoint> endpoints) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("service", e.service());
            figures.put("path", e.path());
            figures.put("user", e.user());
            String url = base(e.service()) + e.path();
            long t0 = System.nanoTime();
            Http.Reply first = http.get(url, tokens.of(e.user()));
            long firstTook = System.nanoTime() - t0;
            figures.put("status", first.status());
            figures.put("shape", shape(first));
            if (first.status() != 200) {
                Bench.log(String.format("    %-52s %d (not served)", e.name(), first.status()));
                out.put(e.name(), figures);
                continue;
            }
            if (firstTook > GIVE_UP_NANOS) {
                Latencies one = new Latencies();
                one.ok(firstTook);
                Map<String, Object> summary = one.summary(firstTook / 1e9);
                summary.put("note", "one request only: it took longer than 10 s");
                figures.put("firstPage", summary);
                Bench.log(String.format("    %-52s one request, %.0f ms", e.name(), firstTook / 1e6));
                out.put(e.name(), figures);
                continue;
            }
            figures.put("firstPage", latencies(url, e.user()));
            String deep = deepCursor(url, e.user(), first);
            if (deep != null) {
                String deepUrl = url + (url.contains("?") ? "&" : "?") + "cursor=" + URLEncoder.encode(deep, StandardCharsets.UTF_8);
                figures.put("deepPage", latencies(deepUrl, e.user()));
                figures.put("deepPageNumber", DEEP_PAGES + 1);
            }
            Bench.log(String.format("    %-52s first page p99 %s ms%s", e.name(), p99(figures.get("firstPage")),
                    deep == null ? " (no cursor)" : ", page " + (DEEP_PAGES + 1) + " p99 " + p99(figures.get("deepPage")) + " ms"));
            out.put(e.name(), figures);
        }
        return out;
    }

    /** The public figures over the last 30, 365 and 1,098 days: the portal's page, and complaint-service's JSON. */
    public Map<String, Object> transparency() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        for (int days : new int[] { 30, 365, 1098 }) {
            String range = "from=" + to.minusDays(days - 1) + "&to=" + to;
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("days", days);
            Map<String, Object> page = pageLatencies(settings.portal() + "/transparency?" + range);
            figures.put("page", page);
            Map<String, Object> json = latencies(settings.complaints() + "/api/transparency?" + range, null);
            figures.put("json", json);
            Bench.log(String.format("    transparency, %4d days: page p99 %s ms, JSON p99 %s ms", days, p99(page), p99(json)));
            out.put(days + " days", figures);
        }
        return out;
    }

    private static Object p99(Object figures) {
        return figures instanceof Map<?, ?> m ? m.get("p99Ms") : "–";
    }

    /** "page" for {items, nextCursor}, "array of N" for a bare list, "object" otherwise. */
    private static String shape(Http.Reply reply) {
        if (reply.status() == 599) {
            return "no answer within 60 s";
        }
        if (reply.status() != 200) {
            return "status " + reply.status();
        }
        try {
            JsonNode body = reply.json();
            if (body.isArray()) {
                return "array of " + body.size();
            }
            if (body.has("items") && body.has("nextCursor")) {
                return "page of " + body.get("items").size();
            }
            return "object";
        } catch (RuntimeException e) {
            return "not JSON";
        }
    }

    /** The cursor of page DEEP_PAGES + 1, following nextCursor; null when the list has no cursor or ends before. */
    private String deepCursor(String url, String user, Http.Reply first) {
        String cursor = null;
        Http.Reply reply = first;
        for (int page = 0; page < DEEP_PAGES; page++) {
            JsonNode body;
            try {
                body = reply.json();
            } catch (RuntimeException e) {
                return null;
            }
            JsonNode next = body.path("nextCursor");
            if (!next.isTextual()) {
                return page == 0 ? null : cursor;
            }
            cursor = next.asText();
            reply = http.get(url + (url.contains("?") ? "&" : "?") + "cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8),
                    tokens.of(user));
            if (reply.status() != 200) {
                return null;
            }
        }
        return cursor;
    }

    private Map<String, Object> latencies(String url, String user) throws InterruptedException {
        return run(() -> http.get(url, user == null ? null : tokens.of(user)).status());
    }

    private Map<String, Object> pageLatencies(String url) throws InterruptedException {
        return run(() -> http.page(url).status());
    }

    @FunctionalInterface
    interface Request {
        int status();
    }

    private Map<String, Object> run(Request request) throws InterruptedException {
        Latencies l = new Latencies();
        long w0 = System.nanoTime();
        int warm = request.status();
        long warmUp = System.nanoTime() - w0;
        if (warmUp > GIVE_UP_NANOS) {
            // One answer that slow is the figure already; more of them would only hold the run up.
            if (warm == 200) {
                l.ok(warmUp);
            } else {
                l.failed(String.valueOf(warm));
            }
            Map<String, Object> summary = l.summary(warmUp / 1e9);
            summary.put("note", "one request only: it took longer than 10 s");
            return summary;
        }
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(REQUESTS);
        java.util.concurrent.atomic.AtomicInteger slow = new java.util.concurrent.atomic.AtomicInteger();
        double ran = Load.run(java.time.Duration.ofSeconds(20), List.of(new Load.Lane("list", 2, () -> {
            if (left.getAndDecrement() <= 0 || slow.get() >= 3) {
                return false;
            }
            long t0 = System.nanoTime();
            int status = request.status();
            long took = System.nanoTime() - t0;
            if (took > GIVE_UP_NANOS) {
                slow.incrementAndGet();
            }
            if (status == 200) {
                l.ok(took);
            } else {
                l.failed(String.valueOf(status));
            }
            return true;
        })));
        Map<String, Object> summary = l.summary(ran);
        if (slow.get() >= 3) {
            summary.put("note", "stopped after three answers slower than 10 s");
        }
        return summary;
    }
}
