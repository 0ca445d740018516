package io.markguard.complaint;

import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.await;
import static io.markguard.complaint.Markguard.decide;
import static io.markguard.complaint.Markguard.fastTrackBrand;
import static io.markguard.complaint.Markguard.file;
import static io.markguard.complaint.Markguard.listingRestored;
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

import io.markguard.complaint.service.SpotCheckDraw;
import io.markguard.testsupport.TestKeycloak;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Trusted brands: removal at once through the outbox, spot checks, revocation, duplicates, reversals and outages. */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class FastTrackTest {

    @jakarta.inject.Inject
    io.markguard.complaint.service.ComplaintMetrics telemetry;

    @jakarta.inject.Inject
    SpotCheckDraw draw;

    @Test
    void aSpotCheckIsHiddenFromTheBrandAndTheMerchantUntilAReviewerDecidesIt() {
        long merchantA = merchantId("merchant-a");
        Markguard.Brand brand = fastTrackBrand("Northwind Unseen", merchantA, 3);
        draw.restart();
        JsonPath filed = file(OWNER, notice(brand, listings(merchantA, 4))).then().statusCode(201)
                .body("channel", equalTo("FAST_TRACK"))
                .body("items.spotCheck", everyItem(equalTo(false)))
                .extract().jsonPath();
        long complaint = filed.getLong("id");
        long checked = filed.getLong("items[3].id");
        // Reviewers see the draw, in the complaint and in their queue.
        as("reviewer").get("/api/complaints/" + complaint).then().statusCode(200)
                .body("items.spotCheck", contains(false, false, false, true));
        assertTrue(Markguard.queueIds().contains(checked));
        as("reviewer").post("/api/review/items/" + checked + "/claim").then().statusCode(200)
                .body("spotCheck", equalTo(true)).body("claimedBy", notNullValue());

        // The brand, in every view of the item, and the listing's merchant see a fast-track item like the others,
        // not even that a reviewer has claimed it.
        as(OWNER).get("/api/complaints/" + complaint).then().statusCode(200)
                .body("items.spotCheck", everyItem(equalTo(false))).body("items.claimedBy", everyItem(nullValue()));
        as(OWNER).get("/api/complaints/" + complaint + "/items").then().statusCode(200)
                .body("items.spotCheck", everyItem(equalTo(false)));
        as(OWNER).get("/api/complaint-items/" + checked).then().statusCode(200)
                .body("spotCheck", equalTo(false)).body("spotCheckedAt", nullValue()).body("claimedBy", nullValue());
        as("merchant-a").get("/api/complaint-items/" + checked).then().statusCode(200)
                .body("spotCheck", equalTo(false)).body("claimedBy", nullValue());
        List<Map<String, Object>> mine = Markguard.allPages(() -> as("merchant-a").queryParam("mine", true),
                "/api/complaint-items", 200);
        Map<String, Object> seen = mine.stream().filter(i -> ((Number) i.get("id")).longValue() == checked).findFirst()
                .orElseThrow();
        assertEquals(false, seen.get("spotCheck"));

        // Decided, the spot check is shown for what it was.
        decide(checked, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(200);
        as(OWNER).get("/api/complaint-items/" + checked).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("spotCheck", equalTo(true)).body("spotCheckedAt", notNullValue())
                .body("reasonCode", equalTo("COUNTERFEIT_CONFIRMED"));
        as(OWNER).get("/api/complaints/" + complaint).then()
                .body("items.spotCheck", contains(false, false, false, true));
    }

    @Test
    void aBrandAccurateOnCounterfeitsButNotOnDesignClaimsHasTheFastTrackForCounterfeitsOnly() {
        long merchantA = merchantId("merchant-a");
        // Ten counterfeit items accepted by a reviewer: the fast track overall and for counterfeits.
        Markguard.Brand brand = fastTrackBrand("Northwind Types", merchantA, 10);
        // Three design claims, standard (nothing of the type decided yet): one of them rejected.
        Map<String, Object> design = notice(brand, listings(merchantA, 3));
        design.put("infringementType", "DESIGN");
        JsonPath designs = file(OWNER, design).then().statusCode(201).body("channel", equalTo("STANDARD"))
                .extract().jsonPath();
        decide(designs.getLong("items[0].id"), "ACCEPT", "RIGHT_INFRINGED").then().statusCode(200);
        decide(designs.getLong("items[1].id"), "ACCEPT", "RIGHT_INFRINGED").then().statusCode(200);
        decide(designs.getLong("items[2].id"), "REJECT", "RIGHT_NOT_INFRINGED").then().statusCode(200);

        // 12 of 13 accepted overall (92 %) meets the bar; 2 of 3 design claims (67 %) does not.
        as(OWNER).get("/api/brands/" + brand.id() + "/trust-score").then().statusCode(200)
                .body("score.overall.decided", equalTo(13))
                .body("score.meetsBar", equalTo(true))
                .body("score.byInfringementType.COUNTERFEIT.decided", equalTo(10))
                .body("score.byInfringementType.COUNTERFEIT.acceptedShare", equalTo(1.0f))
                .body("score.byInfringementType.DESIGN.decided", equalTo(3))
                .body("score.byInfringementType.DESIGN.accepted", equalTo(2))
                .body("score.byInfringementType.DESIGN.rejected", equalTo(1))
                .body("fastTrack.active", equalTo(true))
                .body("fastTrack.byInfringementType.infringementType",
                        contains("COUNTERFEIT", "TRADEMARK_MISUSE", "COPYRIGHT", "DESIGN", "PATENT"))
                .body("fastTrack.byInfringementType.find { it.infringementType == 'COUNTERFEIT' }.active", equalTo(true))
                .body("fastTrack.byInfringementType.find { it.infringementType == 'COUNTERFEIT' }.meetsBar", equalTo(true))
                .body("fastTrack.byInfringementType.find { it.infringementType == 'COUNTERFEIT' }.since", notNullValue())
                .body("fastTrack.byInfringementType.find { it.infringementType == 'DESIGN' }.active", equalTo(false))
                .body("fastTrack.byInfringementType.find { it.infringementType == 'DESIGN' }.meetsBar", equalTo(false))
                .body("fastTrack.byInfringementType.find { it.infringementType == 'PATENT' }.active", equalTo(false))
                .body("policy.formula", org.hamcrest.Matchers.containsString("for the notice's infringement type"));

        // The brand files both: the counterfeits are removed at once, the design claims wait for a reviewer.
        file(OWNER, notice(brand, listings(merchantA, 2))).then().statusCode(201)
                .body("channel", equalTo("FAST_TRACK")).body("items.status", everyItem(equalTo("ACCEPTED")));
        Map<String, Object> moreDesign = notice(brand, listings(merchantA, 2));
        moreDesign.put("infringementType", "DESIGN");
        file(OWNER, moreDesign).then().statusCode(201)
                .body("channel", equalTo("STANDARD")).body("items.status", everyItem(equalTo("PENDING")));
        Map<String, Object> patent = notice(brand, listings(merchantA, 1));
        patent.put("infringementType", "PATENT");
        file(OWNER, patent).then().statusCode(201).body("channel", equalTo("STANDARD"));
    }

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
        draw.restart();
        JsonPath filed = file(OWNER, notice(brand, targets)).then().statusCode(201)
                .body("channel", equalTo("FAST_TRACK"))
                .body("items.status", everyItem(equalTo("ACCEPTED")))
                // The brand is not told which item is a spot check.
                .body("items.spotCheck", everyItem(equalTo(false)))
                .extract().jsonPath();
        // A quarter of fast-track items, in the test policy, are drawn for reviewers as a spot check: from the test
        // seed, the fourth.
        as("reviewer").get("/api/complaints/" + filed.getLong("id")).then().statusCode(200)
                .body("items.spotCheck", contains(false, false, false, true));
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
        await("listing restored", Duration.ofSeconds(30), () -> listingRestored(targets.get(0)));
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

    /**
     * A notice's takedowns go to merchant-service as one message; an item retracted before that message was
     * delivered is retracted after it, in one attempt, never refused for a takedown merchant-service has not seen.
     */
    @Test
    void anItemRetractedWhileItsNoticesTakedownsAreOnTheWayIsRestoredAfterThem() {
        long merchantA = merchantId("merchant-a");
        Markguard.Brand brand = fastTrackBrand("Northwind Batch", merchantA, 3);
        List<Long> targets = listings(merchantA, 3);
        JsonPath filed = file(OWNER, notice(brand, targets)).then().statusCode(201)
                .body("channel", equalTo("FAST_TRACK")).extract().jsonPath();
        long item = filed.getLong("items[1].id");
        as(OWNER).contentType(ContentType.JSON).body(Map.of("reason", "Parallel import we had licensed."))
                .post("/api/complaint-items/" + item + "/retraction").then().statusCode(200)
                .body("status", equalTo("RETRACTED"));
        await("listing restored", Duration.ofSeconds(30), () -> listingRestored(targets.get(1)));
        await("other listings removed", Duration.ofSeconds(30), () -> "REMOVED".equals(listingStatus(targets.get(0)))
                && "REMOVED".equals(listingStatus(targets.get(2))));

        // merchant-service may have restored the listing before complaint-service's relay wrote the delivery down.
        java.util.function.Supplier<List<Object[]>> read = () -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                        SELECT m.destination, m.ordering_key, m.attempts, m.status FROM outbox_message m
                        WHERE m.idempotency_key IN (:keys) ORDER BY m.id""", Object[].class)
                        .setParameter("keys", List.of("takedowns-" + filed.getLong("items[0].id"), "retraction-" + item))
                        .getResultList());
        await("the retraction's delivery recorded", Duration.ofSeconds(30),
                () -> read.get().stream().anyMatch(m -> "merchant-retraction".equals(m[0]) && "DELIVERED".equals(m[3])));
        List<Object[]> messages = read.get();
        assertEquals(2, messages.size(), "the notice's takedowns and the retraction");
        assertEquals("merchant-takedowns", messages.get(0)[0]);
        assertEquals("merchant-retraction", messages.get(1)[0]);
        assertEquals(messages.get(0)[1], messages.get(1)[1], "one ordering key");
        assertEquals(1, ((Number) messages.get(1)[2]).intValue(), "the retraction needed one attempt");
        assertEquals("DELIVERED", messages.get(1)[3]);
        // merchant-service kept one removal for each item, the retracted one's reversed.
        Map<String, Long> removals = merchants("merchant-a").queryParam("limit", 200).get("/api/merchants/me/sanctions")
                .then().extract().jsonPath().getList("items.findAll { it.measure == 'LISTING_REMOVED' }.complaintItemId", String.class).stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        for (Object id : filed.getList("items.id")) {
            assertEquals(1L, removals.get(String.valueOf(id)), "removals for item " + id);
        }
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @Test
    void aTypeThatLeavesTheBarLosesTheFastTrackForItselfAloneAndIsLockedOut() {
        long merchantA = merchantId("merchant-a");
        Markguard.Brand brand = fastTrackBrand("Northwind Lockout", merchantA, 20);
        // Three design claims accepted by a reviewer give design claims the fast track too.
        Map<String, Object> design = notice(brand, listings(merchantA, 3));
        design.put("infringementType", "DESIGN");
        List<Integer> designs = file(OWNER, design).then().statusCode(201).body("channel", equalTo("STANDARD"))
                .extract().jsonPath().getList("items.id");
        for (Integer item : designs) {
            decide(item, "ACCEPT", "RIGHT_INFRINGED").then().statusCode(200);
        }
        as(OWNER).get("/api/brands/" + brand.id() + "/trust-score").then()
                .body("fastTrack.byInfringementType.find { it.infringementType == 'DESIGN' }.active", equalTo(true));

        // The brand retracts one design takedown: 1 of 3 design takedowns taken back is over the limit, 1 of 23
        // overall is not.
        as(OWNER).contentType(ContentType.JSON).body(Map.of("reason", "Our design registration lapsed."))
                .post("/api/complaint-items/" + designs.get(0) + "/retraction").then().statusCode(200);
        JsonPath trust = as(OWNER).get("/api/brands/" + brand.id() + "/trust-score").then().statusCode(200)
                .body("fastTrack.active", equalTo(true))
                .body("score.meetsBar", equalTo(true))
                .body("fastTrack.byInfringementType.find { it.infringementType == 'COUNTERFEIT' }.active", equalTo(true))
                .body("fastTrack.byInfringementType.find { it.infringementType == 'DESIGN' }.active", equalTo(false))
                .body("fastTrack.byInfringementType.find { it.infringementType == 'DESIGN' }.meetsBar", equalTo(false))
                .extract().jsonPath();
        String type = "fastTrack.byInfringementType.find { it.infringementType == 'DESIGN' }";
        assertEquals(Duration.ofDays(90), Duration.between(Instant.parse(trust.getString(type + ".revokedAt")),
                Instant.parse(trust.getString(type + ".lockedUntil"))));

        Map<String, Object> moreDesign = notice(brand, listings(merchantA, 1));
        moreDesign.put("infringementType", "DESIGN");
        file(OWNER, moreDesign).then().statusCode(201).body("channel", equalTo("STANDARD"));
        file(OWNER, notice(brand, listings(merchantA, 1))).then().statusCode(201).body("channel", equalTo("FAST_TRACK"));
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
        // A second reviewer accepts the item: the one who decided a takedown may not decide its appeal (four-eyes).
        as("reviewer-b").post("/api/review/items/" + item + "/claim").then().statusCode(200);
        as("reviewer-b").contentType(ContentType.JSON)
                .body(Map.of("outcome", "ACCEPT", "reasonCode", "COUNTERFEIT_CONFIRMED", "reason", "Reviewed against the evidence."))
                .post("/api/review/items/" + item + "/decision").then().statusCode(200);
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
