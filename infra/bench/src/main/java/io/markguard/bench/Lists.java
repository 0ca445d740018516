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

    /**
     * One list endpoint: who reads it, and its path with the query that selects the list; {@code page} for a portal
     * page read signed in as that user (its next page is the link marked {@code rel="next"}).
     */
    public record Endpoint(String name, String service, String user, String path, boolean page) {

        Endpoint(String name, String service, String user, String path) {
            this(name, service, user, path, false);
        }
    }

    /** Requests measured per page, by two clients; enough that the p99 is not simply the slowest of a few. */
    static final int REQUESTS = 200;
    /**
     * Requests sent before the measured ones and not counted: the first requests to an endpoint after a start run
     * its code in the interpreter while the JIT compiles it, which the start-time figures cover.
     */
    static final int WARM_UP = 20;
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

    /**
     * What the lists are read on: the seeded heavy brand, one of its complaints and the item with the seeded thread,
     * merchant-a, the bulk phase's notice (10,000 items) and the job of its upload sent again (every row not filed).
     */
    public record Targets(long heavyBrand, long heavyComplaint, long threadItem, long merchantA, Long bulkComplaint,
            Long reportJob) {
    }

    /** Every list endpoint the services document (their READMEs' endpoint tables), with their filters. */
    public static List<Endpoint> endpoints(Targets t) {
        String brand = "/api/complaints?brandId=" + t.heavyBrand();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String search = "/api/listings/search?q=";
        List<Endpoint> e = new java.util.ArrayList<>(List.of(
                new Endpoint("complaints of the heavy brand", "complaint-service", "brand-owner", brand),
                new Endpoint("complaints of the heavy brand, status=ACCEPTED", "complaint-service", "brand-owner",
                        brand + "&status=ACCEPTED"),
                new Endpoint("complaints of the heavy brand, infringementType=COUNTERFEIT", "complaint-service", "brand-owner",
                        brand + "&infringementType=COUNTERFEIT"),
                new Endpoint("complaints of the heavy brand, last 30 days filed", "complaint-service", "brand-owner",
                        brand + "&from=" + today.minusDays(29) + "&to=" + today),
                new Endpoint("items of a complaint (10 items)", "complaint-service", "brand-owner",
                        "/api/complaints/" + t.heavyComplaint() + "/items"),
                new Endpoint("items about my listings (merchant-a)", "complaint-service", "merchant-a",
                        "/api/complaint-items?mine=true"),
                new Endpoint("items about my listings (merchant-a), status=ACCEPTED", "complaint-service", "merchant-a",
                        "/api/complaint-items?mine=true&status=ACCEPTED"),
                new Endpoint("messages of an item (" + Seed.MESSAGES + ")", "complaint-service", "brand-owner",
                        "/api/complaint-items/" + t.threadItem() + "/messages"),
                new Endpoint("review queue", "complaint-service", "reviewer", "/api/review/queue")));
        if (t.bulkComplaint() != null) {
            e.add(new Endpoint("items of the bulk notice (10,000 items)", "complaint-service", "brand-owner",
                    "/api/complaints/" + t.bulkComplaint() + "/items"));
            e.add(new Endpoint("items of the bulk notice, status=ACCEPTED", "complaint-service", "brand-owner",
                    "/api/complaints/" + t.bulkComplaint() + "/items?status=ACCEPTED"));
        }
        if (t.reportJob() != null) {
            e.add(new Endpoint("bulk job report (rows not filed)", "complaint-service", "brand-owner",
                    "/api/complaint-jobs/" + t.reportJob() + "/report"));
        }
        e.addAll(List.of(
                new Endpoint("my sanctions (merchant-a, 2,000+)", "merchant-service", "merchant-a", "/api/merchants/me/sanctions"),
                new Endpoint("my sanctions (merchant-a), status=ACTIVE", "merchant-service", "merchant-a",
                        "/api/merchants/me/sanctions?status=ACTIVE"),
                new Endpoint("merchant-a's sanctions, as a reviewer", "merchant-service", "reviewer",
                        "/api/merchants/" + t.merchantA() + "/sanctions"),
                new Endpoint("my violations (merchant-a)", "merchant-service", "merchant-a", "/api/merchants/me/violations"),
                new Endpoint("my standing (merchant-a)", "merchant-service", "merchant-a", "/api/merchants/me/standing"),
                new Endpoint("my appeals (merchant-a)", "merchant-service", "merchant-a", "/api/merchants/me/appeals"),
                new Endpoint("my listings (merchant-a)", "merchant-service", "merchant-a", "/api/merchants/me/listings"),
                new Endpoint("my listings (merchant-a), status=REMOVED", "merchant-service", "merchant-a",
                        "/api/merchants/me/listings?status=REMOVED"),
                new Endpoint("appeals queue (reviewer)", "merchant-service", "reviewer", "/api/appeals"),
                new Endpoint("appeals to answer (brand)", "merchant-service", "brand-owner", "/api/appeals"),
                new Endpoint("listing search, common words", "merchant-service", "reviewer",
                        search + URLEncoder.encode("Seed wrist watch", StandardCharsets.UTF_8)),
                new Endpoint("listing search, one listing", "merchant-service", "reviewer",
                        search + URLEncoder.encode("watch #123458", StandardCharsets.UTF_8)),
                new Endpoint("listing search, words of one listing", "merchant-service", "reviewer",
                        search + URLEncoder.encode("wrist watch 123458", StandardCharsets.UTF_8)),
                new Endpoint("statements-of-reasons export", "merchant-service", "reviewer", "/api/statements-of-reasons/export"),
                new Endpoint("brands (admin, all)", "portal-service", "admin", "/api/brands"),
                new Endpoint("brands (brand owner)", "portal-service", "brand-owner", "/api/brands"),
                new Endpoint("members of the heavy brand", "portal-service", "brand-owner", "/api/brands/" + t.heavyBrand() + "/members"),
                new Endpoint("rights of the heavy brand", "portal-service", "brand-owner", "/api/brands/" + t.heavyBrand() + "/rights"),
                new Endpoint("agents of the heavy brand", "portal-service", "brand-owner", "/api/brands/" + t.heavyBrand() + "/agents"),
                new Endpoint("verification cases of the heavy brand", "portal-service", "brand-owner",
                        "/api/brands/" + t.heavyBrand() + "/cases"),
                new Endpoint("verification queue", "portal-service", "reviewer", "/api/review/cases"),
                new Endpoint("portal page: complaints of the heavy brand", "portal-service", "brand-owner",
                        "/complaints/brands/" + t.heavyBrand(), true),
                new Endpoint("portal page: standing (merchant-a)", "portal-service", "merchant-a", "/merchant", true)));
        return e;
    }

    public Map<String, Object> measure(List<Endpoint> endpoints) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("service", e.service());
            figures.put("path", e.path());
            figures.put("user", e.user());
            if (e.page()) {
                try {
                    out.put(e.name(), measurePage(e, figures));
                } catch (Exception ex) {
                    figures.put("error", String.valueOf(ex.getMessage()));
                    Bench.log(String.format("    %-52s failed: %s", e.name(), ex));
                    out.put(e.name(), figures);
                }
                continue;
            }
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
            Deep deep = deepCursor(url, e.user(), first);
            if (deep != null) {
                String deepUrl = url + (url.contains("?") ? "&" : "?") + "cursor="
                        + URLEncoder.encode(deep.cursor(), StandardCharsets.UTF_8);
                figures.put("deepPage", latencies(deepUrl, e.user()));
                figures.put("deepPageNumber", deep.page());
            }
            Bench.log(String.format("    %-52s first page p99 %s ms%s", e.name(), p99(figures.get("firstPage")),
                    deep == null ? " (one page)" : ", page " + deep.page() + " p99 " + p99(figures.get("deepPage")) + " ms"));
            out.put(e.name(), figures);
        }
        return out;
    }

    private final Map<String, PortalSession> sessions = new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.regex.Pattern NEXT = java.util.regex.Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\"");

    /** A portal page signed in as the endpoint's user: the first page, and page DEEP_PAGES + 1 by its next links. */
    private Map<String, Object> measurePage(Endpoint e, Map<String, Object> figures) throws Exception {
        PortalSession session = sessions.get(e.user());
        if (session == null) {
            session = PortalSession.signIn(settings.portal(), e.user(), e.path());
            sessions.put(e.user(), session);
        }
        PortalSession signedIn = session;
        PortalSession.Viewed first = signedIn.read(e.path());
        figures.put("status", first.status());
        figures.put("shape", "page");
        if (first.status() != 200) {
            Bench.log(String.format("    %-52s %d (not served)", e.name(), first.status()));
            return figures;
        }
        figures.put("firstPage", run(() -> view(signedIn, e.path())));
        String deep = e.path();
        PortalSession.Viewed viewed = first;
        int page = 1;
        for (; page <= DEEP_PAGES; page++) {
            java.util.regex.Matcher next = NEXT.matcher(viewed.body());
            if (!next.find()) {
                break;
            }
            deep = next.group(1).replace("&amp;", "&");
            viewed = signedIn.read(deep);
            if (viewed.status() != 200) {
                break;
            }
        }
        if (page > 1) {
            String deepPath = deep;
            figures.put("deepPage", run(() -> view(signedIn, deepPath)));
            figures.put("deepPageNumber", page);
        }
        Bench.log(String.format("    %-52s first page p99 %s ms%s", e.name(), p99(figures.get("firstPage")),
                page == 1 ? " (no next page)" : ", page " + page + " p99 " + p99(figures.get("deepPage")) + " ms"));
        return figures;
    }

    private static int view(PortalSession session, String path) {
        try {
            return session.view(path);
        } catch (Exception ex) {
            return 599;
        }
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
            Map<String, Object> merchantJson = latencies(settings.merchants() + "/api/transparency?" + range, null);
            figures.put("merchantJson", merchantJson);
            Bench.log(String.format("    transparency, %4d days: page p99 %s ms, JSON p99 %s ms (complaint-service), %s ms"
                    + " (merchant-service)", days, p99(page), p99(json), p99(merchantJson)));
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

    /** A cursor deep in a list, and the number of the page it reads. */
    record Deep(String cursor, int page) {
    }

    /** The cursor of page DEEP_PAGES + 1, following nextCursor (or the last page's, when the list ends before). */
    private Deep deepCursor(String url, String user, Http.Reply first) {
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
                return page == 0 ? null : new Deep(cursor, page + 1);
            }
            cursor = next.asText();
            reply = http.get(url + (url.contains("?") ? "&" : "?") + "cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8),
                    tokens.of(user));
            if (reply.status() != 200) {
                return null;
            }
        }
        return new Deep(cursor, DEEP_PAGES + 1);
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
        for (int i = 1; i < WARM_UP && warmUp < GIVE_UP_NANOS / 10; i++) {
            request.status();
        }
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(REQUESTS);
        java.util.concurrent.atomic.AtomicInteger slow = new java.util.concurrent.atomic.AtomicInteger();
        double ran = Load.run(java.time.Duration.ofSeconds(30), List.of(new Load.Lane("list", 2, () -> {
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
