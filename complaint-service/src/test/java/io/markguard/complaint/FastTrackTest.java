package io.markguard.complaint;

import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.await;
import static io.markguard.complaint.Markguard.decide;
import static io.markguard.complaint.Markguard.fastTrackBrand;
import static io.markguard.complaint.Markguard.file;
import static io.markguard.complaint.Markguard.listingStatus;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.merchants;
import static io.markguard.complaint.Markguard.notice;
import static io.markguard.complaint.Markguard.verifiedBrand;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Trusted brands: removal at once through the outbox, spot checks, revocation, duplicates, reversals and outages. */
@QuarkusTest
@QuarkusTestResource(value = PeerServices.class, restrictToAnnotatedClass = true)
class FastTrackTest {

    @jakarta.inject.Inject
    io.markguard.complaint.service.ComplaintMetrics telemetry;

    @Test
    void aTrustedBrandsNoticeRemovesEveryListingAtOnceAndLeavingTheBarRevokesTheFastTrack() {
        long merchantA = merchantId("merchant-a");
        Markguard.Brand brand = fastTrackBrand("Northwind Fast", merchantA, 3);
        as(OWNER).get("/api/brands/" + brand.id() + "/trust-score").then().statusCode(200)
                .body("score.overall.decided", equalTo(3))
                .body("score.overall.acceptedShare", equalTo(1.0f))
                .body("score.byInfringementType.COUNTERFEIT.accepted", equalTo(3))
                .body("score.meetsBar", equalTo(true))
                .body("fastTrack.active", equalTo(true))
                .body("policy.minAcceptedShare", equalTo(0.9f))
                .body("policy.maxReversedShare", equalTo(0.05f))
                .body("policy.window", equalTo("PT2160H"))
                .body("asOf", notNullValue());

        List<Long> targets = listings(merchantA, 4);
        JsonPath filed = file(OWNER, notice(brand, targets)).then().statusCode(201)
                .body("channel", equalTo("FAST_TRACK"))
                .body("items.status", everyItem(equalTo("ACCEPTED")))
                // A quarter of fast-track items, in the test policy, go to reviewers as a spot check: the fourth.
                .body("items.spotCheck", contains(false, false, false, true))
                .extract().jsonPath();
        for (Long listing : targets) {
            await("listing " + listing + " removed", Duration.ofSeconds(30), () -> "REMOVED".equals(listingStatus(listing)));
        }
        long spotChecked = filed.getLong("items[3].id");
        assertTrue(Markguard.queueIds().contains(spotChecked));

        // Each takedown is a violation with a statement of reasons that says the decision was automated.
        List<String> itemIds = filed.getList("items.id", Integer.class).stream().map(String::valueOf).toList();
        JsonPath sanctions = merchants("merchant-a").queryParam("limit", 200).get("/api/merchants/me/sanctions").then()
                .statusCode(200).body("items.complaintItemId", hasItems(itemIds.toArray())).extract().jsonPath();
        long sanctionId = sanctions.getLong("items.find { it.complaintItemId == '" + itemIds.get(0) + "' && it.measure == 'LISTING_REMOVED' }.id");
        merchants("merchant-a").get("/api/sanctions/" + sanctionId + "/statement-of-reasons").then().statusCode(200)
                .body("automatedDecision", equalTo(true))
                .body("ground.ipRight.office", equalTo("USPTO"))
                .body("channel", notNullValue());

        // The brand retracts one takedown: the listing comes back, and 1 of 7 takedowns retracted is above the 5 % bar.
        long retracted = filed.getLong("items[0].id");
        as(OWNER).contentType(ContentType.JSON).body(Map.of("reason", "Licensed stock after all."))
                .post("/api/complaint-items/" + retracted + "/retraction").then().statusCode(200)
                .body("status", equalTo("RETRACTED")).body("retractedAt", notNullValue());
        await("listing restored", Duration.ofSeconds(30), () -> "RESTORED".equals(listingStatus(targets.get(0))));
        JsonPath trust = as(OWNER).get("/api/brands/" + brand.id() + "/trust-score").then().statusCode(200)
                .body("fastTrack.active", equalTo(false))
                .body("fastTrack.revokedAt", notNullValue())
                .body("score.overall.retracted", equalTo(1))
                .body("score.meetsBar", equalTo(false))
                .extract().jsonPath();
        Duration lockout = Duration.between(Instant.parse(trust.getString("fastTrack.revokedAt")),
                Instant.parse(trust.getString("fastTrack.lockedUntil")));
        assertEquals(Duration.ofDays(90), lockout);
        file(OWNER, notice(brand, listings(merchantA, 1))).then().statusCode(201).body("channel", equalTo("STANDARD"))
                .body("items.status", contains("PENDING"));
    }

    @Test
    void aListingAlreadyRemovedOrAlreadyPendingFromTheBrandIsADuplicateNotFiledTwice() {
        long merchantA = merchantId("merchant-a");
        Markguard.Brand brand = verifiedBrand("Northwind Twice");
        Markguard.Brand other = verifiedBrand("Northwind Other");
        List<Long> ids = listings(merchantA, 2);
        long pending = file(OWNER, notice(brand, List.of(ids.get(0)))).then().statusCode(201)
                .extract().jsonPath().getLong("items[0].id");
        long removed = file(OWNER, notice(other, List.of(ids.get(1)))).then().statusCode(201)
                .extract().jsonPath().getLong("items[0].id");
        decide(removed, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(200);
        await("listing removed", Duration.ofSeconds(30), () -> "REMOVED".equals(listingStatus(ids.get(1))));

        file(OWNER, notice(brand, List.of(ids.get(0), ids.get(1)))).then().statusCode(201)
                .body("items.status", contains("DUPLICATE", "DUPLICATE"))
                .body("items[0].duplicateOf", equalTo((int) pending))
                .body("items[1].listing.statusAtIntake", equalTo("REMOVED"))
                .body("counts.duplicates", equalTo(2));
        // Named twice in one notice: the second is the duplicate.
        Markguard.Brand third = verifiedBrand("Northwind Thrice");
        long fresh = listings(merchantA, 1).get(0);
        file(OWNER, notice(third, List.of(fresh, fresh))).then().statusCode(201)
                .body("items.status", contains("PENDING", "DUPLICATE"));
        // Nothing was filed twice in the queue.
        List<Integer> queued = Markguard.allPages(() -> as("reviewer"), "/api/review/queue", 500).stream()
                .filter(row -> ((Number) ((Map<?, ?>) row.get("listing")).get("id")).longValue() == ids.get(0))
                .map(row -> (Integer) row.get("id")).toList();
        assertEquals(List.of((int) pending), queued);
    }

    @Test
    void anUpheldAppealInMerchantServiceReversesTheItemAndCountsInTheTrustScoreOnce() {
        long merchantA = merchantId("merchant-a");
        Markguard.Brand brand = verifiedBrand("Northwind Appeal");
        long listing = listings(merchantA, 1).get(0);
        long item = file(OWNER, notice(brand, List.of(listing))).then().statusCode(201).extract().jsonPath().getLong("items[0].id");
        decide(item, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(200);
        await("listing removed", Duration.ofSeconds(30), () -> "REMOVED".equals(listingStatus(listing)));

        long sanction = merchants("merchant-a").queryParam("limit", 200).get("/api/merchants/me/sanctions").then()
                .extract().jsonPath().getLong("items.find { it.complaintItemId == '" + item + "' && it.measure == 'LISTING_REMOVED' }.id");
        long appeal = merchants("merchant-a").multiPart("explanation", "Bought from the brand's authorised distributor.")
                .post("/api/sanctions/" + sanction + "/appeals").then().statusCode(201).extract().jsonPath().getLong("id");
        merchants("reviewer").contentType(ContentType.JSON).body(Map.of("outcome", "UPHELD", "reason", "Invoice is genuine."))
                .post("/api/appeals/" + appeal + "/decision").then().statusCode(200);

        await("reversal reported to complaint-service", Duration.ofSeconds(90),
                () -> "REVERSED_ON_APPEAL".equals(as(OWNER).get("/api/complaint-items/" + item).then().extract().path("status")));
        as(OWNER).get("/api/brands/" + brand.id() + "/trust-score").then()
                .body("score.overall.reversedOnAppeal", equalTo(1))
                .body("score.overall.reversedShare", equalTo(1.0f));

        // merchant-service's body, replayed with its key: applied once, answered as a replay.
        Map<String, Object> body = new HashMap<>();
        body.put("type", "APPEAL_UPHELD");
        body.put("complaintItemId", String.valueOf(item));
        body.put("appealId", appeal);
        body.put("decidedAt", Instant.now().toString());
        body.put("reason", "Invoice is genuine.");
        Markguard.asService("merchant-service").header("Idempotency-Key", "appeal-" + appeal + "-upheld")
                .contentType(ContentType.JSON).body(body).post("/api/internal/reversals").then().statusCode(200)
                .body("replayed", equalTo(true));
        as(OWNER).get("/api/brands/" + brand.id() + "/trust-score").then().body("score.overall.reversedOnAppeal", equalTo(1));
        // Only services report reversals.
        as(OWNER).header("Idempotency-Key", "forged").contentType(ContentType.JSON).body(body)
                .post("/api/internal/reversals").then().statusCode(403);
        Markguard.asService("merchant-service").contentType(ContentType.JSON).body(body).post("/api/internal/reversals")
                .then().statusCode(400).body("violations.field", contains("Idempotency-Key"));
    }

    @Test
    void takedownsOrderedWhileMerchantServiceIsDownAreAppliedExactlyOnceWhenItIsBack() throws InterruptedException {
        long merchantA = merchantId("merchant-a");
        Markguard.Brand fast = fastTrackBrand("Northwind Outage", merchantA, 3);
        Markguard.Brand standard = verifiedBrand("Northwind Outage Standard");
        List<Long> fastListings = listings(merchantA, 10);
        long standardListing = listings(merchantA, 1).get(0);
        long standardItem = file(OWNER, notice(standard, List.of(standardListing))).then().statusCode(201)
                .extract().jsonPath().getLong("items[0].id");

        // The fast-track notice is filed; merchant-service dies while its takedowns are on the way.
        List<Integer> fastItems = file(OWNER, notice(fast, fastListings)).then().statusCode(201)
                .body("channel", equalTo("FAST_TRACK")).extract().jsonPath().getList("items.id");
        PeerServices.stopMerchant();
        try {
            // A reviewer's acceptance while merchant-service is down waits in the outbox.
            decide(standardItem, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(200);
            as(OWNER).get("/api/complaint-items/" + standardItem).then().body("takedownAppliedAt", nullValue());
            // Operators see the backlog in /q/metrics.
            awaitMetric("markguard_outbox_backlog ", v -> v >= 1);
        } finally {
            PeerServices.startMerchant();
        }
        await("standard takedown applied after the outage", Duration.ofSeconds(60),
                () -> as(OWNER).get("/api/complaint-items/" + standardItem).then().extract().path("takedownAppliedAt") != null);
        assertEquals("REMOVED", listingStatus(standardListing));
        for (Long listing : fastListings) {
            await("listing " + listing + " removed", Duration.ofSeconds(60), () -> "REMOVED".equals(listingStatus(listing)));
        }
        for (Integer item : fastItems) {
            await("item " + item + " applied", Duration.ofSeconds(60),
                    () -> as(OWNER).get("/api/complaint-items/" + item).then().extract().path("violationId") != null);
        }
        // Exactly one removal per item in merchant-service, however often a command was sent.
        Map<String, Long> removals = merchants("merchant-a").queryParam("limit", 200).get("/api/merchants/me/sanctions")
                .then().extract().jsonPath().getList("items.findAll { it.measure == 'LISTING_REMOVED' }.complaintItemId", String.class).stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        for (Integer item : fastItems) {
            assertEquals(1L, removals.get(String.valueOf(item)), "removals for item " + item);
        }
        assertEquals(1L, removals.get(String.valueOf(standardItem)));
        assertTrue(TestKeycloak.serviceToken("complaint-service") != null);
        awaitMetric("markguard_outbox_backlog ", v -> v == 0);
        assertTrue(metric("markguard_complaint_items_filed_total{channel=\"FAST_TRACK\"") >= fastItems.size());
        assertTrue(metric("markguard_takedown_latency_seconds_count{channel=\"FAST_TRACK\"") >= fastItems.size());
        assertTrue(metric("markguard_takedown_latency_seconds_count{channel=\"STANDARD\"") >= 1);
    }

    /**
     * Waits for a figure in /q/metrics; on a timeout, says what /q/metrics had of Markguard's own. The backlog gauges
     * are read from the database every 15 s in production; here each look reads them first.
     */
    private void awaitMetric(String prefix, java.util.function.DoublePredicate wanted) throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            telemetry.refresh();
            if (wanted.test(metric(prefix))) {
                return;
            }
            if (java.time.Instant.now().isAfter(deadline)) {
                String ours = io.restassured.RestAssured.given().get("/q/metrics").then().extract().asString().lines()
                        .filter(l -> l.startsWith("markguard_")).collect(Collectors.joining("\n"));
                throw new AssertionError("Not within 20 s: " + prefix + "in /q/metrics, which has:\n" + ours);
            }
            Thread.sleep(200);
        }
    }

    /** A value from /q/metrics: the first line that starts with the name (and labels, if given). */
    private static double metric(String prefix) {
        String body = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).orElse(-1.0);
    }
}
