package io.markguard.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.markguard.testsupport.TestKeycloak;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Setting the scene through the services' own APIs, each call with the acting user's real token. */
final class Marketplace {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

    /** A brand of brand-owner's with one USPTO right, verified by documents and a reviewer's approval. */
    record VerifiedBrand(long id, long rightId, String name) {
    }

    private Marketplace() {
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(TestKeycloak.userToken(user));
    }

    /** A new ACTIVE listing of the merchant, brought in through the marketplace feed. */
    /**
     * A merchant of its own for a test whose takedowns would otherwise add up on a demo merchant's standing until the
     * ladder suspends it under another test: a new Keycloak user with the merchant role, signed in by its answer.
     */
    static String newMerchant(String firstName, String lastName) {
        return TestKeycloak.newUser("merchant-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10),
                firstName, lastName, "merchant");
    }

    static long listingOf(String merchant, String title) {
        String url = listingUrls(merchant, title, 1).get(0);
        return given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).baseUri(RunningSuite.MERCHANTS)
                .queryParam("url", url).get("/api/internal/listings").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    /** {@code count} new listings of the merchant, on sale, in one import; their URLs. */
    static List<String> listingUrls(String merchant, String title, int count) {
        var me = as(merchant).baseUri(RunningSuite.MERCHANTS).get("/api/merchants/me").then().statusCode(200)
                .extract().jsonPath();
        long merchantId = me.getLong("id");
        if (me.getInt("traderIdentity.completeness.percent") < 100) {
            // New listings go on sale only with a complete trader identity (DSA Art. 30); else they are held.
            Map<String, Object> identity = new HashMap<>();
            identity.put("legalName", me.getString("displayName"));
            identity.put("address", "Rua Augusta 1, 1100-048 Lisboa, Portugal");
            identity.put("phone", "+351 21 000 1234");
            identity.put("email", Mails.address(merchant));
            identity.put("identityDocumentRef", "ID-" + merchant);
            identity.put("tradeRegisterNumber", "TR-" + merchant);
            identity.put("selfCertified", true);
            as(merchant).baseUri(RunningSuite.MERCHANTS).contentType(ContentType.JSON).body(identity)
                    .put("/api/merchants/me/trader-identity").then().statusCode(200);
        }
        List<String> urls = new java.util.ArrayList<>();
        List<Map<String, String>> listings = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String url = "https://shop.markguard.test/a/" + UUID.randomUUID();
            urls.add(url);
            listings.add(Map.of("merchantId", String.valueOf(merchantId), "title", title, "brandClaimed", "Northwind",
                    "price", "29.90", "currency", "EUR", "url", url));
        }
        as("admin").baseUri(RunningSuite.MERCHANTS).contentType(ContentType.JSON).body(Map.of("listings", listings))
                .post("/api/listings/import").then().statusCode(200);
        return urls;
    }

    /** What merchant-service says of the listing now: ACTIVE, REMOVED, RESTORED... */
    static String listingStatus(long listingId) {
        return given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).baseUri(RunningSuite.MERCHANTS)
                .get("/api/internal/listings/" + listingId).then().statusCode(200).extract().jsonPath().getString("status");
    }

    /** The listing as merchant-service answers a lookup: status, offSaleBecause, seller... */
    static JsonPath listing(long listingId) {
        return given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).baseUri(RunningSuite.MERCHANTS)
                .get("/api/internal/listings/" + listingId).then().statusCode(200).extract().jsonPath();
    }

    /** The ids of the listings a brand's search for the word finds: those shoppers can see. */
    static List<Long> found(String word) {
        List<Number> ids = as("brand-owner").baseUri(RunningSuite.MERCHANTS).queryParam("q", word).queryParam("limit", 50)
                .get("/api/listings/search").then().statusCode(200).extract().jsonPath().getList("items.id");
        return ids.stream().map(Number::longValue).toList();
    }

    /** The merchant's standing as it reads it itself. */
    static JsonPath standingOf(String merchant) {
        return as(merchant).baseUri(RunningSuite.MERCHANTS).get("/api/merchants/me/standing").then().statusCode(200)
                .extract().jsonPath();
    }

    static VerifiedBrand verifiedBrand(String prefix) {
        String name = prefix + " " + UUID.randomUUID().toString().substring(0, 6);
        long brandId = as("brand-owner").baseUri(RunningSuite.PORTAL).contentType(ContentType.JSON)
                .body(Map.of("name", name, "legalEntity", name + " Inc.", "country", "US",
                        "websiteDomain", name.toLowerCase().replaceAll("[^a-z0-9]", "") + ".test"))
                .post("/api/brands").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> right = new HashMap<>();
        right.put("type", "TRADEMARK");
        right.put("office", "USPTO");
        right.put("registrationNumber", String.valueOf(ThreadLocalRandom.current().nextInt(7_000_000, 8_000_000)));
        right.put("mark", prefix.toUpperCase());
        right.put("niceClasses", List.of(18));
        right.put("ownerName", name + " Inc.");
        long rightId = as("brand-owner").baseUri(RunningSuite.PORTAL).contentType(ContentType.JSON).body(right)
                .post("/api/brands/" + brandId + "/rights").then().statusCode(201).extract().jsonPath().getLong("id");
        long caseId = as("brand-owner").baseUri(RunningSuite.PORTAL).contentType(ContentType.JSON)
                .body(Map.of("rightId", rightId, "method", "DOCUMENTS"))
                .post("/api/brands/" + brandId + "/cases").then().statusCode(201).extract().jsonPath().getLong("id");
        as("brand-owner").baseUri(RunningSuite.PORTAL).queryParam("kind", "CERTIFICATE").queryParam("filename", "certificate.pdf")
                .queryParam("caseId", caseId).contentType("application/pdf").body(PDF)
                .post("/api/brands/" + brandId + "/documents").then().statusCode(201);
        as("brand-owner").baseUri(RunningSuite.PORTAL).contentType(ContentType.JSON).body(Map.of("note", "Certificate attached."))
                .post("/api/brands/" + brandId + "/cases/" + caseId + "/submission").then().statusCode(200);
        as("reviewer").baseUri(RunningSuite.PORTAL).contentType(ContentType.JSON)
                .post("/api/review/cases/" + caseId + "/claim").then().statusCode(200);
        as("reviewer").baseUri(RunningSuite.PORTAL).contentType(ContentType.JSON)
                .body(Map.of("outcome", "APPROVE", "reason", "Certificate matches the register."))
                .post("/api/review/cases/" + caseId + "/decision").then().statusCode(200);
        return new VerifiedBrand(brandId, rightId, name);
    }

    /**
     * A verified brand on the fast track for one infringement type: the suite's bar of decided items
     * ({@link RunningSuite#FAST_TRACK_MIN_DECIDED}), each a listing of a merchant of its own, filed and accepted by a
     * reviewer with the reason code (the fast track is judged per type, so its notices must be of that type too).
     */
    static VerifiedBrand fastTrackBrand(String prefix, String infringementType, String reasonCode) {
        VerifiedBrand brand = verifiedBrand(prefix);
        String merchant = newMerchant("Earlier", prefix);
        List<Long> earlier = new java.util.ArrayList<>();
        for (int i = 0; i < RunningSuite.FAST_TRACK_MIN_DECIDED; i++) {
            earlier.add(listingOf(merchant, prefix + " earlier listing " + i));
        }
        for (int itemId : file(brand, infringementType, earlier)) {
            accept(itemId, reasonCode);
        }
        return brand;
    }

    /** A notice filed through complaint-service's API; the ids of its items. */
    static List<Integer> file(VerifiedBrand brand, String infringementType, List<Long> listings) {
        Map<String, Object> notice = new HashMap<>();
        notice.put("brandId", brand.id());
        notice.put("rightId", brand.rightId());
        notice.put("infringementType", infringementType);
        notice.put("listings", listings.stream().map(String::valueOf).toList());
        notice.put("explanation", "Test purchase showed a counterfeit: wrong stitching, no hologram, fake serial.");
        notice.put("evidence", Map.of("urls", List.of("https://evidence.markguard.test/photos/1"),
                "testPurchaseOrders", List.of("TP-2026-0001")));
        notice.put("goodFaith", true);
        notice.put("accurate", true);
        List<Integer> items = as("brand-owner").baseUri(RunningSuite.COMPLAINTS).contentType(ContentType.JSON).body(notice)
                .post("/api/complaints").then().statusCode(201).extract().jsonPath().getList("items.id");
        assertEquals(listings.size(), items.size());
        return items;
    }

    /** A reviewer's acceptance of an item in complaint-service, which orders the takedown. */
    static void accept(long itemId, String reasonCode) {
        as("reviewer").baseUri(RunningSuite.COMPLAINTS).post("/api/review/items/" + itemId + "/claim").then().statusCode(200);
        as("reviewer").baseUri(RunningSuite.COMPLAINTS).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ACCEPT", "reasonCode", reasonCode, "reason", "The test purchase is a fake."))
                .post("/api/review/items/" + itemId + "/decision").then().statusCode(200);
    }

    /** The merchant's LISTING_REMOVED sanction on the listing, once merchant-service has applied the takedown. */
    static long awaitSanctionOn(String merchant, long listingId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            // The latest first: a sanction just issued is on the first page.
            List<Map<String, Object>> sanctions = as(merchant).baseUri(RunningSuite.MERCHANTS).queryParam("limit", 200)
                    .get("/api/merchants/me/sanctions").then().statusCode(200).extract().jsonPath().getList("items");
            for (Map<String, Object> sanction : sanctions) {
                Object listing = sanction.get("listing");
                if ("LISTING_REMOVED".equals(sanction.get("measure")) && listing instanceof Map<?, ?> l
                        && ((Number) l.get("id")).longValue() == listingId) {
                    return ((Number) sanction.get("id")).longValue();
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("No sanction on listing " + listingId + " within 30 s of the accepted complaint");
    }

    /** Waits until complaint-service has merchant-service's confirmation of the item's takedown. */
    static void awaitTakedownApplied(long itemId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (as("brand-owner").baseUri(RunningSuite.COMPLAINTS).get("/api/complaint-items/" + itemId).then().statusCode(200)
                .extract().jsonPath().getString("takedownAppliedAt") == null) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Item " + itemId + "'s takedown was not applied within 30 s");
            }
            Thread.sleep(300);
        }
    }
}
