package io.markguard.complaint;

import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.await;
import static io.markguard.complaint.Markguard.decide;
import static io.markguard.complaint.Markguard.file;
import static io.markguard.complaint.Markguard.listingStatus;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.merchants;
import static io.markguard.complaint.Markguard.notice;
import static io.markguard.complaint.Markguard.verifiedBrand;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.complaint.service.Intake;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A verified brand without a record yet: every item waits for a reviewer, before a deadline both sides see. */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class StandardChannelTest {

    @Test
    void aReviewerDecidesEachItemBeforeTheDeadlineAndAnAcceptedItemIsTakenDownInMerchantService() {
        Markguard.Brand brand = verifiedBrand("Northwind Standard");
        long merchantA = merchantId("merchant-a");
        List<Long> listings = listings(merchantA, 2);

        JsonPath filed = file(OWNER, notice(brand, listings)).then()
                .statusCode(201)
                .body("channel", equalTo("STANDARD"))
                .body("brandName", equalTo("Northwind Standard"))
                .body("right.office", equalTo("USPTO"))
                .body("submitter.username", equalTo(OWNER))
                .body("evidence.kind", contains("URL", "TEST_PURCHASE"))
                .body("items.status", contains("PENDING", "PENDING"))
                .body("items.seller.merchantId", everyItem(equalTo((int) merchantA)))
                .body("items[0].deadline", notNullValue())
                .body("items[0].asOf", notNullValue())
                .extract().jsonPath();
        long itemA = filed.getLong("items[0].id");
        long itemB = filed.getLong("items[1].id");
        // The deadline is 24 hours after filing, per the configured default.
        Instant deadline = Instant.parse(filed.getString("items[0].deadline"));
        Instant filedAt = Instant.parse(filed.getString("filedAt"));
        assertEquals(Duration.ofHours(24), Duration.between(filedAt, deadline));
        // The snapshot kept as evidence is the one merchant-service hashed.
        String snapshot = Markguard.asService("complaint-service").baseUri(PeerServices.MERCHANTS)
                .get("/api/internal/listings/" + listings.get(0)).then().extract().jsonPath().getString("snapshot");
        assertEquals(Intake.sha256(snapshot), filed.getString("items[0].snapshotSha256"));

        // The merchant sees the items about its own listings with the same countdown; another merchant does not.
        as("merchant-a").queryParam("mine", true).get("/api/complaint-items").then().statusCode(200)
                .body("items.id", hasItem((int) itemA))
                .body("items.find { it.id == " + itemA + " }.deadline", equalTo(filed.getString("items[0].deadline")));
        merchantId("merchant-b");
        as("merchant-b").queryParam("mine", true).get("/api/complaint-items").then().statusCode(200)
                .body("items.id", not(hasItem((int) itemA)));
        as("merchant-b").get("/api/complaint-items/" + itemA).then().statusCode(404);

        assertTrue(Markguard.queueIds().contains(itemA));
        as("reviewer").post("/api/review/items/" + itemA + "/claim").then().statusCode(200).body("claimedBy", notNullValue());
        // A reason code must fit the outcome.
        decide(itemA, "ACCEPT", "INSUFFICIENT_EVIDENCE").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("reasonCode"));
        decide(itemA, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("reasonCode", equalTo("COUNTERFEIT_CONFIRMED"))
                .body("breached", equalTo(false));
        decide(itemB, "REJECT", "INSUFFICIENT_EVIDENCE").then().statusCode(200).body("status", equalTo("REJECTED"));
        // A second decision the other way is a conflict; the first stands.
        decide(itemB, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(409);

        await("listing removed in merchant-service", Duration.ofSeconds(30),
                () -> "REMOVED".equals(listingStatus(listings.get(0))));
        assertEquals("ACTIVE", listingStatus(listings.get(1)));
        // The violation and its statement of reasons exist for merchant-a.
        long sanctionId = merchants("merchant-a").queryParam("limit", 200).get("/api/merchants/me/sanctions").then()
                .statusCode(200)
                .body("items.complaintItemId", hasItem(String.valueOf(itemA)))
                .extract().jsonPath()
                .getLong("items.find { it.complaintItemId == '" + itemA + "' && it.measure == 'LISTING_REMOVED' }.id");
        merchants("merchant-a").get("/api/sanctions/" + sanctionId + "/statement-of-reasons").then().statusCode(200)
                .body("ground.infringementType", equalTo("COUNTERFEIT"))
                .body("automatedDecision", equalTo(false));
        // Four-eyes: the reviewer who accepted the item is named in the takedown, and may not decide its appeal.
        long appealId = merchants("merchant-a").multiPart("explanation", "These are genuine goods.")
                .post("/api/sanctions/" + sanctionId + "/appeals").then().statusCode(201).extract().jsonPath().getLong("id");
        merchants("reviewer").get("/api/appeals/" + appealId).then().statusCode(200)
                .body("fourEyes.originalDecision", equalTo("REVIEWER"))
                .body("fourEyes.mayDecide", equalTo(false))
                .body("rightId", equalTo((int) brand.rightId()));
        merchants("reviewer").contentType("application/json")
                .body(java.util.Map.of("outcome", "UPHELD", "reason", "I was wrong."))
                .post("/api/appeals/" + appealId + "/decision").then().statusCode(403)
                .body("violations[0].field", equalTo("reviewer"));
        await("takedown recorded on the item", Duration.ofSeconds(10), () -> as(OWNER).get("/api/complaint-items/" + itemA)
                .then().extract().jsonPath().get("violationId") != null);

        assertFalse(Markguard.queueIds().contains(itemA));
        as("reviewer").get("/api/review/breaches").then().statusCode(200).body("asOf", notNullValue())
                .body("decided", notNullValue());
    }

    @Test
    void aNoticeNeedsItsDeclarationsAKnownListingAndAUserWhoMayActForTheBrand() {
        Markguard.Brand brand = verifiedBrand("Northwind Checks");
        List<Long> listings = listings(merchantId("merchant-a"), 1);
        long before = complaintsOf(brand);

        Map<String, Object> noGoodFaith = new HashMap<>(notice(brand, listings));
        noGoodFaith.put("goodFaith", false);
        file(OWNER, noGoodFaith).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("goodFaith"));

        Map<String, Object> tooShort = new HashMap<>(notice(brand, listings));
        tooShort.put("explanation", "fake");
        tooShort.remove("accurate");
        file(OWNER, tooShort).then().statusCode(400).body("violations.field", contains("accurate", "explanation"));

        file(OWNER, notice(brand, List.of("https://shop.markguard.test/no-such-listing"))).then().statusCode(422)
                .body("violations.field", contains("listings[0]"));

        // brand-agent is no member of this brand: refused, and told why.
        file(Markguard.AGENT, notice(brand, listings)).then().statusCode(403)
                .body("violations.field", contains("brandId")).body("detail", containsString("NOT_A_MEMBER"));
        // Only brand users file at all.
        file("merchant-a", notice(brand, listings)).then().statusCode(403);

        assertEquals(before, complaintsOf(brand));
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameAnswerAndIsRefusedForAnotherNotice() {
        Markguard.Brand brand = verifiedBrand("Northwind Keys");
        List<Long> listings = listings(merchantId("merchant-a"), 2);
        Map<String, Object> first = notice(brand, listings.subList(0, 1));
        long id = as(OWNER).header("Idempotency-Key", "key-1").contentType(ContentType.JSON).body(first)
                .post("/api/complaints").then().statusCode(201).extract().jsonPath().getLong("id");
        as(OWNER).header("Idempotency-Key", "key-1").contentType(ContentType.JSON).body(first)
                .post("/api/complaints").then().statusCode(201).body("id", equalTo((int) id)).body("items", hasSize(1));
        as(OWNER).header("Idempotency-Key", "key-1").contentType(ContentType.JSON).body(notice(brand, listings.subList(1, 2)))
                .post("/api/complaints").then().statusCode(422).body("violations.field", contains("Idempotency-Key"));
        assertEquals(1, complaintsOf(brand));
    }

    @Test
    void noticesOfOneBrandFiledAtOnceNameAListingOnceAndTheRestAreDuplicates() throws Exception {
        Markguard.Brand brand = verifiedBrand("Northwind Rush");
        long listing = listings(merchantId("merchant-a"), 1).get(0);
        int notices = 6;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(notices);
        List<java.util.concurrent.Future<JsonPath>> answers = new java.util.ArrayList<>();
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(notices)) {
            for (int i = 0; i < notices; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return file(OWNER, notice(brand, List.of(listing))).then().statusCode(201).extract().jsonPath();
                }));
            }
            List<String> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get().getString("items[0].status"));
            }
            assertEquals(1, statuses.stream().filter("PENDING"::equals).count(), "filed once: " + statuses);
            assertEquals(notices - 1, statuses.stream().filter("DUPLICATE"::equals).count(), "the rest: " + statuses);
        }
        assertEquals(notices, complaintsOf(brand));
    }

    @Test
    void evidenceDocumentsAreJudgedOnTheirContentAndKeptWithTheirHash() {
        Markguard.Brand brand = verifiedBrand("Northwind Evidence");
        long id = file(OWNER, notice(brand, listings(merchantId("merchant-a"), 1))).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(OWNER).queryParam("filename", "receipt.pdf").contentType("application/pdf").body(Markguard.PDF)
                .post("/api/complaints/" + id + "/evidence").then().statusCode(201)
                .body("mediaType", equalTo("application/pdf")).body("sha256", equalTo(Intake.sha256(Markguard.PDF)));
        as(OWNER).queryParam("filename", "photo.png").contentType("image/png").body("not an image".getBytes())
                .post("/api/complaints/" + id + "/evidence").then().statusCode(415)
                .body("violations.field", contains("evidence"));
        as(OWNER).get("/api/complaints/" + id).then().statusCode(200).body("evidence.kind", contains("URL", "TEST_PURCHASE", "DOCUMENT"));
    }

    private static long complaintsOf(Markguard.Brand brand) {
        return as(OWNER).queryParam("brandId", brand.id()).get("/api/complaints").then().statusCode(200)
                .extract().jsonPath().getList("items.id").size();
    }

    static void assertRemoved(long listingId) {
        assertTrue("REMOVED".equals(listingStatus(listingId)));
    }
}
