package io.markguard.complaint;

import static io.restassured.RestAssured.given;

import io.markguard.testsupport.TestKeycloak;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** What users and the other services do in these tests, through the real APIs with real tokens. */
final class Markguard {

    static final String OWNER = "brand-owner";
    static final String AGENT = "brand-agent";
    static final String AGENT_SUBJECT = "6f1c2a10-0000-4000-8000-000000000002";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String EXPLANATION = "Test purchase showed a counterfeit: wrong stitching, no hologram, fake serial.";

    private static final AtomicInteger NEXT_REGISTRATION = new AtomicInteger(7_100_001 + (int) (System.nanoTime() % 1000) * 100);

    // Tells this run's merchants from those of earlier runs against the same test Keycloak.
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final Map<String, String> MERCHANTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int STOCK_SIZE = 150;
    private static final Map<Long, Deque<String>> STOCK = new HashMap<>();

    record Brand(long id, long rightId) {
    }

    private Markguard() {
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(TestKeycloak.userToken(user(user)));
    }

    /**
     * The user who signs in under a name the tests use: {@code merchant-a} and {@code merchant-b} are merchants of the
     * running test class's own ({@link OwnMerchants}), created in the test Keycloak on first use; every other name is
     * the demo user of that name.
     */
    static String user(String name) {
        if (!name.startsWith("merchant-")) {
            return name;
        }
        String testClass = System.getProperty(OwnMerchants.RUNNING_CLASS, "Unnamed");
        return MERCHANTS.computeIfAbsent(testClass + "/" + name, k -> TestKeycloak.newUserOnlyIn(
                name + "-" + testClass.toLowerCase(java.util.Locale.ROOT) + "-" + RUN, "Merchant", name.toUpperCase(java.util.Locale.ROOT),
                "merchant"));
    }

    static RequestSpecification merchants(String user) {
        return as(user).baseUri(PeerServices.MERCHANTS);
    }

    static RequestSpecification portal(String user) {
        return as(user).baseUri(PeerServices.portal());
    }

    static RequestSpecification asService(String client) {
        return given().auth().oauth2(TestKeycloak.serviceToken(client));
    }

    /** A brand registered by its owner, with one right verified by a reviewer on the documents. */
    static Brand verifiedBrand(String name) {
        String domain = name.toLowerCase().replaceAll("[^a-z0-9]", "") + ".test";
        long brandId = portal(OWNER).contentType(ContentType.JSON)
                .body(Map.of("name", name, "legalEntity", name + " Inc.", "country", "US", "websiteDomain", domain))
                .post("/api/brands").then().statusCode(201).extract().jsonPath().getLong("id");
        long rightId = right(brandId, name);
        verify(brandId, rightId);
        return new Brand(brandId, rightId);
    }

    static long right(long brandId, String name) {
        Map<String, Object> right = new HashMap<>();
        right.put("type", "TRADEMARK");
        right.put("office", "USPTO");
        right.put("registrationNumber", String.valueOf(NEXT_REGISTRATION.getAndIncrement()));
        right.put("mark", name.toUpperCase());
        right.put("niceClasses", List.of(25));
        right.put("ownerName", name + " Inc.");
        return portal(OWNER).contentType(ContentType.JSON).body(right).post("/api/brands/" + brandId + "/rights").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    static void verify(long brandId, long rightId) {
        long caseId = portal(OWNER).contentType(ContentType.JSON).body(Map.of("rightId", rightId, "method", "DOCUMENTS"))
                .post("/api/brands/" + brandId + "/cases").then().statusCode(201).extract().jsonPath().getLong("id");
        portal(OWNER).queryParam("kind", "CERTIFICATE").queryParam("filename", "certificate.pdf").queryParam("caseId", caseId)
                .contentType("application/pdf").body(PDF).post("/api/brands/" + brandId + "/documents").then().statusCode(201);
        portal(OWNER).contentType(ContentType.JSON).body(Map.of("note", "Certificate attached."))
                .post("/api/brands/" + brandId + "/cases/" + caseId + "/submission").then().statusCode(200);
        portal("reviewer").contentType(ContentType.JSON).post("/api/review/cases/" + caseId + "/claim").then().statusCode(200);
        portal("reviewer").contentType(ContentType.JSON).body(Map.of("outcome", "APPROVE", "reason", "Certificate matches the register."))
                .post("/api/review/cases/" + caseId + "/decision").then().statusCode(200);
    }

    /** The owner lets brand-agent act on the given rights for a month. */
    static void authoriseAgent(long brandId, List<Long> rightIds) {
        long letter = portal(OWNER).queryParam("kind", "AUTHORISATION_LETTER").queryParam("filename", "letter.pdf")
                .contentType("application/pdf").body(PDF).post("/api/brands/" + brandId + "/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        portal(OWNER).contentType(ContentType.JSON).body(Map.of("agentSubject", AGENT_SUBJECT, "rightIds", rightIds,
                "validUntil", Instant.now().plus(Duration.ofDays(30)).toString(), "letterDocumentId", letter))
                .post("/api/brands/" + brandId + "/agents").then().statusCode(201);
    }

    /** The merchant's id in merchant-service; the first call enrols the user. */
    static long merchantId(String user) {
        var me = merchants(user).get("/api/merchants/me").then().statusCode(200).extract().jsonPath();
        if (me.getInt("traderIdentity.completeness.percent") < 100) {
            // New listings go on sale only with a complete trader identity (DSA Art. 30); else they are held.
            Map<String, Object> identity = new java.util.HashMap<>();
            identity.put("legalName", me.getString("displayName"));
            identity.put("address", "Rua Augusta 1, 1100-048 Lisboa, Portugal");
            identity.put("phone", "+351 21 000 1234");
            identity.put("email", user + "@markguard.test");
            identity.put("identityDocumentRef", "ID-" + user);
            identity.put("tradeRegisterNumber", "TR-" + user);
            identity.put("selfCertified", true);
            merchants(user).contentType(ContentType.JSON).body(identity).put("/api/merchants/me/trader-identity")
                    .then().statusCode(200);
        }
        return me.getLong("id");
    }

    /** New ACTIVE listings of the merchant, imported through the feed; their URLs, in order. */
    static List<String> listingUrls(long merchantId, int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String url = "https://shop.markguard.test/c/" + UUID.randomUUID();
            urls.add(url);
            rows.add(Map.of("merchantId", String.valueOf(merchantId), "title", "Handbag " + i, "brandClaimed", "Northwind",
                    "price", "19.90", "currency", "EUR", "url", url));
        }
        // In feed-sized batches, so no single import outlasts the client's read timeout on a busy machine.
        for (int from = 0; from < rows.size(); from += 2_000) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + 2_000));
            merchants("admin").contentType(ContentType.JSON).body(Map.of("listings", batch)).post("/api/listings/import")
                    .then().statusCode(200).body("created", org.hamcrest.Matchers.equalTo(batch.size()));
        }
        return urls;
    }

    /**
     * ACTIVE listings of the merchant, drawn from a stock imported on first use: takedowns soon put a test
     * merchant on the penalty ladder, and a restricted or suspended merchant's new feed rows are held or refused.
     */
    static synchronized List<Long> listings(long merchantId, int count) {
        Deque<String> stock = STOCK.computeIfAbsent(merchantId, k -> new ArrayDeque<>());
        if (!stock.isEmpty() && !exists(stock.peek())) {
            // The peer databases were recreated since: the stock is of another run.
            stock.clear();
        }
        if (stock.size() < count) {
            stock.addAll(listingUrls(merchantId, Math.max(STOCK_SIZE, count)));
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(listingIdOf(stock.pop()));
        }
        return ids;
    }

    private static boolean exists(String url) {
        return asService("complaint-service").baseUri(PeerServices.MERCHANTS).queryParam("url", url)
                .get("/api/internal/listings").statusCode() == 200;
    }

    static long listingIdOf(String url) {
        return asService("complaint-service").baseUri(PeerServices.MERCHANTS).queryParam("url", url)
                .get("/api/internal/listings").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    static String listingStatus(long listingId) {
        return asService("complaint-service").baseUri(PeerServices.MERCHANTS).get("/api/internal/listings/" + listingId)
                .then().statusCode(200).extract().jsonPath().getString("status");
    }

    /**
     * Whether a removed listing is back: RESTORED, or SUSPENDED with its merchant's account (merchant-service keeps a
     * suspended or terminated merchant's restored listing off sale until the account is on sale again).
     */
    static boolean listingRestored(long listingId) {
        JsonPath listing = asService("complaint-service").baseUri(PeerServices.MERCHANTS)
                .get("/api/internal/listings/" + listingId).then().statusCode(200).extract().jsonPath();
        String status = listing.getString("status");
        return "RESTORED".equals(status) || "SUSPENDED".equals(status) && listing.getString("offSaleBecause") != null;
    }

    static Map<String, Object> notice(Brand brand, List<?> listings) {
        Map<String, Object> body = new HashMap<>();
        body.put("brandId", brand.id());
        body.put("rightId", brand.rightId());
        body.put("infringementType", "COUNTERFEIT");
        body.put("listings", listings.stream().map(String::valueOf).toList());
        body.put("explanation", EXPLANATION);
        body.put("evidence", Map.of("urls", List.of("https://evidence.markguard.test/photos/1"), "testPurchaseOrders",
                List.of("TP-2026-0001")));
        body.put("goodFaith", true);
        body.put("accurate", true);
        return body;
    }

    static Response file(String user, Map<String, Object> notice) {
        return as(user).contentType(ContentType.JSON).body(notice).post("/api/complaints");
    }

    /** The reviewer claims the item (claim first, then decide) and decides it. */
    static Response decide(long itemId, String outcome, String code) {
        as("reviewer").post("/api/review/items/" + itemId + "/claim");
        return as("reviewer").contentType(ContentType.JSON)
                .body(Map.of("outcome", outcome, "reasonCode", code, "reason", "Reviewed against the evidence."))
                .post("/api/review/items/" + itemId + "/decision");
    }

    /** Brings a fresh brand to the fast track: enough standard items accepted by a reviewer. */
    static Brand fastTrackBrand(String name, long merchantId, int decided) {
        Brand brand = verifiedBrand(name);
        List<Long> ids = listings(merchantId, decided);
        List<Integer> items = file(OWNER, notice(brand, ids)).then().statusCode(201).extract().jsonPath().getList("items.id");
        for (Integer item : items) {
            decide(item, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(200);
        }
        return brand;
    }

    /** Every row of a paged list: the first page and each one its nextCursor names, {@code limit} at a time. */
    static List<Map<String, Object>> allPages(Supplier<RequestSpecification> request, String path, int limit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification page = request.get().queryParam("limit", limit);
            if (cursor != null) {
                page.queryParam("cursor", cursor);
            }
            JsonPath read = page.get(path).then().statusCode(200).extract().jsonPath();
            rows.addAll(read.getList("items"));
            cursor = read.getString("nextCursor");
        } while (cursor != null);
        return rows;
    }

    /** The ids in the review queue, read through to its end, soonest deadline first. */
    static List<Long> queueIds() {
        return allPages(() -> as("reviewer"), "/api/review/queue", 500).stream()
                .map(row -> ((Number) row.get("id")).longValue()).toList();
    }

    static void await(String what, Duration within, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + within.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
