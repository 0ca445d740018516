package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.listing;
import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PenaltyLadderTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void emptyLedger() {
        fixtures.reset();
    }

    private static JsonPath standing(long merchantId) {
        return given().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/merchants/" + merchantId + "/standing")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void fiveTakedownsClimbTheWholeLadderUnderTheTestPolicy() {
        long merchant = fixtures.merchant("ladder-shop");
        // Listed before the first takedown: a suspended merchant cannot list any more.
        List<Long> listings = Fixtures.listings(merchant, 5);
        List<String> expected = List.of("WARNING", "RESTRICTED", "SUSPENDED_7D", "SUSPENDED_14D");
        for (int i = 0; i < expected.size(); i++) {
            long listing = listings.get(i);
            JsonPath result = send(takedown(listing, "brand-acme", fixtures.clock().instant())).then()
                    .statusCode(201)
                    .body("listing.status", equalTo("REMOVED"))
                    .body("points", equalTo(10))
                    .body("policyVersion", equalTo("test-ladder-1"))
                    .body("sanctions.measure", contains("LISTING_REMOVED", expected.get(i)))
                    .extract().jsonPath();
            assertEquals("test-ladder-1", result.getString("sanctions[1].policyVersion"));
            assertEquals(expected.get(i), result.getString("standing.level"));
            assertEquals(10 * (i + 1), result.getInt("standing.activePoints"));
        }
        // The top of the ladder is a proposal: the termination binds once a second reviewer confirms it.
        JsonPath fifth = send(takedown(listings.get(4), "brand-acme", fixtures.clock().instant())).then()
                .statusCode(201)
                .body("sanctions.measure", contains("LISTING_REMOVED"))
                .body("standing.level", equalTo("SUSPENDED_14D"))
                .body("standing.offSale", equalTo("TERMINATION_PENDING"))
                .body("standing.mayList", equalTo(false))
                .extract().jsonPath();
        long termination = fifth.getLong("standing.pendingTermination.id");
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).contentType("application/json")
                .body(Map.of("outcome", "CONFIRMED", "reason", "Five counterfeit removals in a row."))
                .post("/api/terminations/" + termination + "/decision").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        JsonPath standing = standing(merchant);
        assertEquals("TERMINATED", standing.getString("level"));
        assertEquals(false, standing.getBoolean("mayList"));
        assertNull(standing.get("listingBlockedUntil"));
        assertNull(standing.get("nextStep"));
        // The termination has no expiry; every other sanction shows when it lapses.
        assertEquals(10, standing.getInt("sanctionsInForceCount"));
        assertEquals(5, standing.getInt("activeViolationCount"));
        List<Map<String, Object>> sanctions = given().auth().oauth2(TestKeycloak.userToken("reviewer"))
                .queryParam("status", "ACTIVE").get("/api/merchants/" + merchant + "/sanctions").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertEquals(10, sanctions.size());
        sanctions.forEach(s -> assertEquals(!"TERMINATED".equals(s.get("measure")), s.get("expiresAt") != null));

        // A terminated merchant's feed rows are refused, naming the merchant.
        given().auth().oauth2(TestKeycloak.userToken("admin")).contentType("application/json")
                .body(Map.of("listings", List.of(Map.of("merchantId", String.valueOf(merchant), "title", "New offer",
                        "price", "10.00", "currency", "EUR", "url", "https://shop.markguard.test/after-termination"))))
                .post("/api/listings/import").then().statusCode(200)
                .body("refused", equalTo(1))
                .body("errors[0].field", equalTo("merchantId"))
                .body("errors[0].message", containsString("terminated"));
    }

    @Test
    void aRestrictedMerchantsNewListingsAreHeldAndASuspendedOnesAreRefused() {
        long merchant = fixtures.merchant("restricted-shop");
        List<Long> listings = Fixtures.listings(merchant, 3);
        for (int i = 0; i < 2; i++) {
            send(takedown(listings.get(i), "brand-acme", fixtures.clock().instant())).then().statusCode(201);
        }
        JsonPath standing = standing(merchant);
        assertEquals("RESTRICTED", standing.getString("level"));
        assertEquals(true, standing.getBoolean("mayList"));
        assertEquals(true, standing.getBoolean("newListingsHeld"));
        assertEquals("SUSPENDED_7D", standing.getString("nextStep.level"));
        assertEquals(10, standing.getInt("nextStep.pointsToGo"));

        String url = "https://shop.markguard.test/held-" + merchant;
        given().auth().oauth2(TestKeycloak.userToken("admin")).contentType("application/json")
                .body(Map.of("listings", List.of(Map.of("merchantId", String.valueOf(merchant), "title", "Held offer",
                        "price", "10.00", "currency", "EUR", "url", url))))
                .post("/api/listings/import").then().statusCode(200)
                .body("created", equalTo(1)).body("held", equalTo(1));
        long held = given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).queryParam("url", url)
                .get("/api/internal/listings").then().statusCode(200).body("status", equalTo("HELD"))
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).post("/api/listings/" + held + "/release").then()
                .statusCode(403);
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).post("/api/listings/" + held + "/release").then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).post("/api/listings/" + held + "/release").then()
                .statusCode(409).contentType("application/problem+json");

        send(takedown(listings.get(2), "brand-acme", fixtures.clock().instant())).then().statusCode(201);
        standing = standing(merchant);
        assertEquals("SUSPENDED_7D", standing.getString("level"));
        assertEquals(false, standing.getBoolean("mayList"));
        assertEquals(fixtures.clock().instant().plus(java.time.Duration.ofDays(7)).toString(),
                standing.getString("listingBlockedUntil"));
    }

    /** A notice's takedowns as complaint-service sends them in one message: shared fields once, then the items. */
    private static Map<String, Object> batch(List<Map<String, Object>> commands) {
        Map<String, Object> batch = new java.util.LinkedHashMap<>(commands.get(0));
        batch.remove("complaintItemId");
        batch.remove("listingId");
        batch.remove("decidedAt");
        batch.put("items", commands.stream().map(c -> Map.of("complaintItemId", c.get("complaintItemId"),
                "listingId", c.get("listingId"), "decidedAt", c.get("decidedAt"))).toList());
        return batch;
    }

    /**
     * A bulk upload's takedowns arrive as one batch: each climbs the ladder as it would alone, a listing
     * merchant-service does not have is refused on its own, and the batch sent again changes nothing.
     */
    @Test
    void aBatchOfTakedownsAppliesEachOnceAndRefusesAnUnknownListingAlone() {
        long ladder = fixtures.merchant("batch-ladder-shop");
        long other = fixtures.merchant("batch-other-shop");
        List<Long> listings = Fixtures.listings(ladder, 5);
        long otherListing = listing(other, "ACME belt");
        List<Map<String, Object>> commands = new ArrayList<>();
        commands.add(takedown(otherListing, "brand-acme", fixtures.clock().instant()));
        listings.forEach(l -> commands.add(takedown(l, "brand-acme", fixtures.clock().instant())));
        commands.add(2, takedown(987_654_321_987L, "brand-acme", fixtures.clock().instant()));
        JsonPath first = given().auth().oauth2(TestKeycloak.serviceToken("complaint-service"))
                .contentType("application/json").body(batch(commands))
                .post("/api/internal/takedowns/batch").then().statusCode(200)
                .body("results", hasSize(7))
                .body("results.complaintItemId", equalTo(commands.stream().map(c -> c.get("complaintItemId")).toList()))
                .body("results[2].violationId", nullValue())
                .body("results[2].refused", containsString("987654321987"))
                .body("results.replayed", equalTo(List.of(false, false, false, false, false, false, false)))
                .extract().jsonPath();
        assertEquals((int) other, first.getInt("results[0].merchantId"));
        assertEquals((int) ladder, first.getInt("results[6].merchantId"));
        JsonPath standing = standing(ladder);
        assertEquals("SUSPENDED_14D", standing.getString("level"));
        assertEquals("TERMINATION_PENDING", standing.getString("offSale"));
        assertEquals(50, standing.getInt("activePoints"));
        assertEquals(10, standing(other).getInt("activePoints"));

        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service"))
                .contentType("application/json").body(batch(commands))
                .post("/api/internal/takedowns/batch").then().statusCode(200)
                .body("results.violationId", equalTo(first.getList("results.violationId")))
                .body("results.replayed", equalTo(List.of(true, true, false, true, true, true, true)));
        assertEquals(5L, QuarkusTransaction.requiringNew().call(() -> Violation.count("merchant.id", ladder)));
        assertEquals(50, standing(ladder).getInt("activePoints"));

        // A batch is checked as a whole before anything is applied: a bad field refuses it, naming the field.
        Map<String, Object> bad = batch(List.of(takedown(otherListing, "brand-acme", fixtures.clock().instant())));
        bad.remove("submitterEmail");
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service"))
                .contentType("application/json").body(bad)
                .post("/api/internal/takedowns/batch").then().statusCode(400)
                .body(containsString("submitterEmail"));
        Map<String, Object> empty = batch(List.of(takedown(otherListing, "brand-acme", fixtures.clock().instant())));
        empty.put("items", List.of());
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service"))
                .contentType("application/json").body(empty)
                .post("/api/internal/takedowns/batch").then().statusCode(400)
                .body(containsString("items"));
    }

    @Test
    void aRepeatedTakedownCommandAppliesOnce() {
        long merchant = fixtures.merchant("repeat-shop");
        long listing = listing(merchant, "ACME bag");
        Map<String, Object> command = takedown(listing, "brand-acme", fixtures.clock().instant());
        long violation = send(command).then().statusCode(201).body("replayed", equalTo(false))
                .extract().jsonPath().getLong("violationId");
        // complaint-service's outbox asks for the short answer: the same takedown, without the standing.
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).contentType("application/json")
                .header("Prefer", "return=minimal").body(command).post("/api/internal/takedowns").then().statusCode(200)
                .header("Preference-Applied", "return=minimal")
                .body("replayed", equalTo(true))
                .body("violationId", equalTo((int) violation))
                .body("standing", nullValue());
        send(command).then().statusCode(200)
                .body("replayed", equalTo(true))
                .body("violationId", equalTo((int) violation))
                .body("standing.activePoints", equalTo(10))
                .body("sanctions", hasSize(2));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Violation.count("merchant.id", merchant)));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> Sanction.count("merchant.id", merchant)));
        assertEquals(10, standing(merchant).getInt("activePoints"));
    }

    @Test
    void concurrentCopiesOfOneTakedownApplyOnce() throws Exception {
        long merchant = fixtures.merchant("racing-shop");
        Map<String, Object> command = takedown(listing(merchant, "ACME racer"), "brand-acme", fixtures.clock().instant());
        String token = TestKeycloak.serviceToken("complaint-service");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                statuses.add(pool.submit(() -> given().auth().oauth2(token).contentType("application/json")
                        .body(command).post("/api/internal/takedowns").statusCode()));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, codes.stream().filter(c -> c == 201).count(), codes.toString());
            assertEquals(3, codes.stream().filter(c -> c == 200).count(), codes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Violation.count("merchant.id", merchant)));
        assertEquals(10, standing(merchant).getInt("activePoints"));
    }

    @Test
    void violationsFromSeveralBrandsMakeARepeatInfringer() {
        long merchant = fixtures.merchant("many-brands-shop");
        for (String brand : List.of("brand-1", "brand-2")) {
            Map<String, Object> command = takedown(listing(merchant, "Copy of " + brand), brand, fixtures.clock().instant());
            command.put("severity", "LOW");
            send(command).then().statusCode(201).body("sanctions.measure", contains("LISTING_REMOVED"));
        }
        Map<String, Object> third = takedown(listing(merchant, "Copy of brand-3"), "brand-3", fixtures.clock().instant());
        third.put("severity", "LOW");
        send(third).then().statusCode(201)
                .body("points", equalTo(1))
                .body("sanctions.measure", contains("LISTING_REMOVED", "SUSPENDED_14D"))
                .body("sanctions[1].policyClause", containsString("repeat-infringer"))
                .body("standing.activePoints", equalTo(3))
                .body("standing.level", equalTo("SUSPENDED_14D"));
    }

    @Test
    void aRetractionRestoresTheListingAndReversesPointsAndSanctionsOnce() {
        long merchant = fixtures.merchant("retracted-shop");
        long listing = listing(merchant, "Genuine ACME bag");
        Map<String, Object> command = takedown(listing, "brand-acme", fixtures.clock().instant());
        send(command).then().statusCode(201).body("standing.level", equalTo("WARNING"));
        Map<String, Object> retraction = Map.of("complaintItemId", command.get("complaintItemId"),
                "reason", "The brand found the goods genuine.");
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).contentType("application/json")
                .body(retraction).post("/api/internal/retractions").then().statusCode(200)
                .body("replayed", equalTo(false))
                .body("listing.status", equalTo("RESTORED"))
                .body("violationStatus", equalTo("REVERSED"))
                .body("reversedSanctionIds", hasSize(2))
                .body("standing.activePoints", equalTo(0))
                .body("standing.level", equalTo("GOOD_STANDING"));
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).contentType("application/json")
                .body(retraction).post("/api/internal/retractions").then().statusCode(200)
                .body("replayed", equalTo(true))
                .body("standing.activePoints", equalTo(0));
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/merchants/" + merchant + "/standing")
                .then().body("sanctionsInForceCount", equalTo(0));
    }

    @Test
    void aTakedownWithBadFieldsNamesThemAndChangesNothing() {
        long merchant = fixtures.merchant("bad-command-shop");
        long listing = listing(merchant, "ACME cap");
        Map<String, Object> command = takedown(listing, "brand-acme", fixtures.clock().instant());
        command.put("submitterEmail", "not-an-address");
        command.remove("channel");
        command.put("ipRight", Map.of("office", "EUIPO", "mark", "ACME"));
        send(command).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("submitterEmail"))
                .body("violations.field", hasItem("channel"))
                .body("violations.field", hasItem("ipRight.registrationNumber"));
        Map<String, Object> unknownType = takedown(listing, "brand-acme", fixtures.clock().instant());
        unknownType.put("infringementType", "RUDENESS");
        send(unknownType).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("infringementType"))
                .body("violations[0].message", containsString("COUNTERFEIT"));
        Map<String, Object> unknownListing = takedown(listing + 100_000, "brand-acme", fixtures.clock().instant());
        send(unknownListing).then().statusCode(404).body("violations[0].field", equalTo("listingId"));
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).get("/api/internal/listings/" + listing)
                .then().body("status", equalTo("ACTIVE"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Violation.count()));
    }

    @Test
    void onlyServicesMayOrderTakedowns() {
        long merchant = fixtures.merchant("guarded-shop");
        Map<String, Object> command = takedown(listing(merchant, "ACME belt"), "brand-acme", fixtures.clock().instant());
        given().auth().oauth2(TestKeycloak.userToken("admin")).contentType("application/json").body(command)
                .post("/api/internal/takedowns").then().statusCode(403);
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).contentType("application/json").body(command)
                .post("/api/internal/takedowns").then().statusCode(403);
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/merchants/" + merchant + "/standing")
                .then().statusCode(200).body("activePoints", equalTo(0)).body("listingBlockedUntil", nullValue());
    }
}
