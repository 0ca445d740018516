package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.merchant.service.AccountSweep;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Account measures bind the listings: a suspension takes them off sale for its period, a termination (once a second
 * reviewer confirms it) for good, an incomplete trader identity holds new ones; each step applied once by the sweep.
 */
@QuarkusTest
class AccountBindingTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AccountSweep sweep;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void emptyLedger() {
        fixtures.reset();
    }

    /** New listings of the merchant through the feed, titled so a search finds them by one word. */
    private static List<Long> offers(long merchantId, String word, int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Map.of("merchantId", String.valueOf(merchantId), "title", word + " offer " + i,
                    "brandClaimed", "Acme", "price", "19.90", "currency", "EUR",
                    "url", "https://shop.markguard.test/binding/" + UUID.randomUUID()));
        }
        given().auth().oauth2(TestKeycloak.userToken("admin")).contentType("application/json")
                .body(Map.of("listings", rows)).post("/api/listings/import").then().statusCode(200);
        return rows.stream().map(row -> listing(row.get("url").toString()).getLong("id")).toList();
    }

    private static JsonPath listing(String url) {
        return given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).queryParam("url", url)
                .get("/api/internal/listings").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath listing(long id) {
        return given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).get("/api/internal/listings/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String status(long id) {
        return listing(id).getString("status");
    }

    private static JsonPath standing(long merchantId) {
        return given().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/merchants/" + merchantId + "/standing")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Long> found(String word) {
        return given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", word).queryParam("limit", 50)
                .get("/api/listings/search").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    /** Takedowns of ten points each, one per listing, in order. */
    private void takeDown(List<Long> listings) {
        for (long listing : listings) {
            send(takedown(listing, "brand-acme", fixtures.clock().instant())).then().statusCode(201);
        }
    }

    /** The notifications written for the outbox under the key, as their payloads. */
    private List<JsonNode> told(String key) {
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> Merchant.getEntityManager()
                .createNativeQuery("select payload from outbox_message where destination = 'notification'"
                        + " and idempotency_key = :key", String.class)
                .setParameter("key", "notification-" + key).getResultList());
        return payloads.stream().map(p -> {
            try {
                return json.readTree(p);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private long toldOfKind(String kind) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Merchant.getEntityManager()
                .createNativeQuery("select count(*) from outbox_message where destination = 'notification'"
                        + " and payload like :kind")
                .setParameter("kind", "%\"kind\":\"" + kind + "\"%").getSingleResult()).longValue());
    }

    private long suspensionOf(long merchantId) {
        return QuarkusTransaction.requiringNew().call(() -> Sanction.<Sanction>find(
                "merchant.id = ?1 and measure = ?2", merchantId, SanctionMeasure.SUSPENDED_7D).firstResult().id);
    }

    @Test
    void aSuspensionTakesEveryListingOffSaleAndItsEndPutsBackExactlyThose() {
        long merchant = fixtures.merchant("suspended-shop");
        List<Long> ladder = offers(merchant, "Ladderwidget", 3);
        List<Long> onSale = offers(merchant, "Zebrawidget", 8);
        assertEquals(onSale, found("zebrawidget"));

        takeDown(ladder);
        JsonPath standing = standing(merchant);
        assertEquals("SUSPENDED_7D", standing.getString("level"));
        assertEquals("ACCOUNT_SUSPENDED", standing.getString("offSale"));
        assertEquals(false, standing.getBoolean("mayList"));

        // Three listings a batch in tests: the job takes them off sale over several batches, in one run.
        AccountSweep.Run run = sweep.run();
        assertEquals(8, run.offSale());
        for (long id : onSale) {
            JsonPath l = listing(id);
            assertEquals("SUSPENDED", l.getString("status"));
            assertEquals("ACCOUNT_SUSPENDED", l.getString("offSaleBecause"));
        }
        assertEquals(List.of(), found("zebrawidget"));
        ladder.forEach(id -> assertEquals("REMOVED", status(id)));
        long suspension = suspensionOf(merchant);
        List<JsonNode> suspended = told("account-suspended-" + suspension);
        assertEquals(1, suspended.size());
        assertEquals("SUSPENDED_7D", suspended.get(0).at("/params/measure").asText());
        assertEquals("account-suspended", suspended.get(0).get("kind").asText());

        // Taken down during the suspension, for its own reason (one point: no further step): it stays removed.
        Map<String, Object> own = takedown(onSale.get(2), "brand-acme", fixtures.clock().instant());
        own.put("severity", "LOW");
        send(own).then().statusCode(201).body("listing.status", equalTo("REMOVED"));
        assertEquals(0, sweep.run().offSale());

        fixtures.clock().advance(Duration.ofDays(7).plusSeconds(1));
        assertEquals(7, sweep.run().onSale());
        List<Long> back = new ArrayList<>(onSale);
        back.remove(2);
        back.forEach(id -> {
            assertEquals("ACTIVE", status(id));
            assertNull(listing(id).get("offSaleBecause"));
        });
        assertEquals("REMOVED", status(onSale.get(2)));
        assertEquals(back, found("zebrawidget"));
        assertEquals(true, standing(merchant).getBoolean("mayList"));
        assertEquals("ON_SALE", standing(merchant).getString("offSale"));
        assertEquals(1, told("account-reinstated-" + merchant + "-1").size());
        AccountSweep.Run again = sweep.run();
        assertEquals(0, again.offSale() + again.onSale());
        assertEquals(1L, toldOfKind("account-reinstated"));
    }

    @Test
    void aReversedSuspensionPutsTheListingsBackOnce() {
        long merchant = fixtures.merchant("appealed-shop");
        List<Long> ladder = offers(merchant, "Ladderbag", 3);
        List<Long> onSale = offers(merchant, "Quokkabag", 5);
        List<Map<String, Object>> commands = new ArrayList<>();
        for (long id : ladder) {
            Map<String, Object> command = takedown(id, "brand-acme", fixtures.clock().instant());
            commands.add(command);
            send(command).then().statusCode(201);
        }
        sweep.run();
        onSale.forEach(id -> assertEquals("SUSPENDED", status(id)));

        // The brand retracts the notice that drew the suspension, twice: the suspension is reversed once.
        Map<String, Object> retraction = Map.of("complaintItemId", commands.get(2).get("complaintItemId"),
                "reason", "The goods were genuine.");
        for (boolean replayed : List.of(false, true)) {
            given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).contentType("application/json")
                    .body(retraction).post("/api/internal/retractions").then().statusCode(200)
                    .body("replayed", equalTo(replayed))
                    .body("standing.level", equalTo("RESTRICTED"))
                    .body("standing.offSale", equalTo("ON_SALE"));
            AccountSweep.Run run = sweep.run();
            // The first run puts back the five listings and the restored one; the repeat finds nothing to do.
            assertEquals(replayed ? 0 : 6, run.onSale());
        }
        onSale.forEach(id -> assertEquals("ACTIVE", status(id)));
        assertEquals("RESTORED", status(ladder.get(2)));
        assertEquals("REMOVED", status(ladder.get(0)));
        assertEquals(onSale, found("quokkabag"));
        assertEquals(1L, toldOfKind("account-reinstated"));
        assertEquals(1L, toldOfKind("account-suspended"));
    }

    @Test
    void theSweepRunTwiceOrConcurrentlyAppliesEachStepOnce() throws Exception {
        List<Long> merchants = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            long merchant = fixtures.merchant("racing-sweep-shop-" + m);
            merchants.add(merchant);
            List<Long> ladder = offers(merchant, "Sweeprace" + m, 3);
            all.addAll(offers(merchant, "Sweepgoods" + m, 10));
            takeDown(ladder);
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        int moved = 0;
        try {
            List<Future<AccountSweep.Run>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(sweep::run));
            }
            for (Future<AccountSweep.Run> run : runs) {
                moved += run.get(60, TimeUnit.SECONDS).offSale();
            }
        } finally {
            pool.shutdownNow();
        }
        moved += sweep.run().offSale();
        // Each listing went off sale once, whichever replica's run took its batch.
        assertEquals(30, moved);
        all.forEach(id -> assertEquals("SUSPENDED", status(id)));
        assertEquals(0, sweep.run().offSale());
        assertEquals(3L, toldOfKind("account-suspended"));

        fixtures.clock().advance(Duration.ofDays(8));
        ExecutorService back = Executors.newFixedThreadPool(2);
        int returned = 0;
        try {
            Future<AccountSweep.Run> first = back.submit(sweep::run);
            Future<AccountSweep.Run> second = back.submit(sweep::run);
            returned += first.get(60, TimeUnit.SECONDS).onSale() + second.get(60, TimeUnit.SECONDS).onSale();
        } finally {
            back.shutdownNow();
        }
        returned += sweep.run().onSale();
        assertEquals(30, returned);
        all.forEach(id -> assertEquals("ACTIVE", status(id)));
        assertEquals(3L, toldOfKind("account-reinstated"));
        merchants.forEach(m -> assertEquals(1, told("account-reinstated-" + m + "-1").size()));
    }

    @Test
    void aTerminationWaitsForASecondReviewerAndTheProposerIsRefused() {
        // The ladder proposes: nobody proposed it, so any reviewer decides.
        long laddered = fixtures.merchant("laddered-shop");
        List<Long> ladder = offers(laddered, "Ladderhat", 5);
        List<Long> onSale = offers(laddered, "Wombathat", 4);
        takeDown(ladder);
        JsonPath standing = standing(laddered);
        assertEquals("SUSPENDED_14D", standing.getString("level"));
        assertEquals("TERMINATION_PENDING", standing.getString("offSale"));
        assertEquals(false, standing.getBoolean("mayList"));
        assertNull(standing.get("listingBlockedUntil"));
        long ladderReview = standing.getLong("pendingTermination.id");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Sanction.count("merchant.id = ?1 and measure = ?2",
                laddered, SanctionMeasure.TERMINATED)));
        sweep.run();
        onSale.forEach(id -> assertEquals("TERMINATION_PENDING", listing(id).getString("offSaleBecause")));
        assertEquals(List.of(), found("wombathat"));
        given().auth().oauth2(TestKeycloak.userToken("admin")).contentType("application/json")
                .body(Map.of("listings", List.of(Map.of("merchantId", String.valueOf(laddered), "title", "New hat",
                        "price", "10.00", "currency", "EUR", "url", "https://shop.markguard.test/pending-" + laddered))))
                .post("/api/listings/import").then().statusCode(200)
                .body("refused", equalTo(1))
                .body("errors[0].message", containsString("termination pending"));
        List<JsonNode> proposed = told("termination-proposed-" + ladderReview);
        assertEquals(1, proposed.size());
        assertEquals("reviewer", proposed.get(0).at("/to/role").asText());
        assertEquals("LADDER", proposed.get(0).at("/params/proposedBy").asText());

        // A reviewer proposes terminating another merchant: the same reviewer may not decide it (four eyes).
        fixtures.clock().advance(Duration.ofHours(1));
        long proposedShop = fixtures.merchant("proposed-shop");
        long offer = offers(proposedShop, "Numbatcap", 1).get(0);
        long violation = send(takedown(offer, "brand-acme", fixtures.clock().instant())).then().statusCode(201)
                .extract().jsonPath().getLong("violationId");
        Map<String, Object> proposal = Map.of("violationId", violation, "reason", "Sells counterfeits under new names.");
        long manual = given().auth().oauth2(TestKeycloak.userToken("reviewer")).contentType("application/json")
                .body(proposal).post("/api/merchants/" + proposedShop + "/termination-proposals").then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("proposedBy", equalTo(Fixtures.REVIEWER_SUBJECT))
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).contentType("application/json").body(proposal)
                .post("/api/merchants/" + proposedShop + "/termination-proposals").then().statusCode(409)
                .contentType("application/problem+json").body("violations[0].field", equalTo("merchantId"));
        for (String outcome : List.of("CONFIRMED", "DECLINED")) {
            given().auth().oauth2(TestKeycloak.userToken("reviewer")).contentType("application/json")
                    .body(Map.of("outcome", outcome, "reason", "Agreed."))
                    .post("/api/terminations/" + manual + "/decision").then().statusCode(403)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("reviewer"));
        }
        given().auth().oauth2(TestKeycloak.userToken("admin")).contentType("application/json")
                .body(Map.of("outcome", "CONFIRMED", "reason", "Agreed."))
                .post("/api/terminations/" + manual + "/decision").then().statusCode(403);
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).contentType("application/json")
                .body(Map.of("outcome", "MAYBE", "reason", "?"))
                .post("/api/terminations/" + ladderReview + "/decision").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("outcome"));
        assertEquals("PENDING", given().auth().oauth2(TestKeycloak.userToken("reviewer"))
                .get("/api/terminations/" + manual).then().statusCode(200).extract().jsonPath().getString("status"));

        // An administrator's proposal a reviewer confirms: the TERMINATED sanction binds then.
        fixtures.clock().advance(Duration.ofHours(1));
        long adminShop = fixtures.merchant("admin-proposed-shop");
        List<Long> adminOffers = offers(adminShop, "Dingocap", 3);
        long adminViolation = send(takedown(adminOffers.get(0), "brand-acme", fixtures.clock().instant())).then()
                .statusCode(201).extract().jsonPath().getLong("violationId");
        long adminReview = given().auth().oauth2(TestKeycloak.userToken("admin")).contentType("application/json")
                .body(Map.of("violationId", adminViolation, "reason", "Repeat counterfeiter."))
                .post("/api/merchants/" + adminShop + "/termination-proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        // The queue: soonest deadline first, a page at a time; an overdue proposal stays there, first.
        fixtures.clock().advance(Duration.ofDays(6));
        JsonPath first = given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("limit", 2)
                .get("/api/terminations").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", equalTo((int) ladderReview))
                .body("items[0].overdue", equalTo(true))
                .body("items[0].proposedBy", nullValue())
                .body("items[1].id", equalTo((int) manual))
                .extract().jsonPath();
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor")).get("/api/terminations").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) adminReview)))
                .body("nextCursor", nullValue());
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).get("/api/terminations").then().statusCode(403);

        given().auth().oauth2(TestKeycloak.userToken("reviewer")).contentType("application/json")
                .body(Map.of("outcome", "CONFIRMED", "reason", "A repeat counterfeiter."))
                .post("/api/terminations/" + adminReview + "/decision").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("sanctionId", org.hamcrest.Matchers.notNullValue());
        // The same decision again answers what it did; another is a conflict.
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).contentType("application/json")
                .body(Map.of("outcome", "CONFIRMED", "reason", "A repeat counterfeiter."))
                .post("/api/terminations/" + adminReview + "/decision").then().statusCode(200);
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).contentType("application/json")
                .body(Map.of("outcome", "DECLINED", "reason", "Changed my mind."))
                .post("/api/terminations/" + adminReview + "/decision").then().statusCode(409)
                .contentType("application/problem+json");
        JsonPath terminated = standing(adminShop);
        assertEquals("TERMINATED", terminated.getString("level"));
        assertEquals("ACCOUNT_TERMINATED", terminated.getString("offSale"));
        sweep.run();
        adminOffers.subList(1, 3).forEach(id -> assertEquals("ACCOUNT_TERMINATED", listing(id).getString("offSaleBecause")));
        assertEquals(1L, toldOfKind("account-terminated"));

        // The ladder's proposal declined: the suspension in force still holds the listings, for itself now.
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).contentType("application/json")
                .body(Map.of("outcome", "DECLINED", "reason", "The removals came from one mistaken batch."))
                .post("/api/terminations/" + ladderReview + "/decision").then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        JsonPath declined = standing(laddered);
        assertEquals("ACCOUNT_SUSPENDED", declined.getString("offSale"));
        assertNull(declined.get("pendingTermination"));
        sweep.run();
        onSale.forEach(id -> assertEquals("ACCOUNT_SUSPENDED", listing(id).getString("offSaleBecause")));
        assertEquals(1, told("termination-declined-" + ladderReview).size());
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/terminations").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) manual)));
    }

    @Test
    void anIncompleteTraderIdentityHoldsNewListingsAndCompletingItReleasesThem() {
        String token = TestKeycloak.userToken("merchant-a");
        long merchant = given().auth().oauth2(token).get("/api/merchants/me").then().statusCode(200)
                .extract().jsonPath().getLong("id");
        Map<String, Object> identity = new HashMap<>();
        identity.put("legalName", "Alpha Trading GmbH");
        identity.put("address", "Hauptstr. 1, 10115 Berlin");
        identity.put("phone", "+49 30 1234567");
        identity.put("email", "merchant-a@markguard.test");
        identity.put("identityDocumentRef", "");
        identity.put("tradeRegisterNumber", "HRB 1");
        identity.put("selfCertified", false);
        given().auth().oauth2(token).contentType("application/json").body(identity)
                .put("/api/merchants/me/trader-identity").then().statusCode(200);

        List<Long> held = offers(merchant, "Possumbelt", 5);
        for (long id : held) {
            JsonPath l = listing(id);
            assertEquals("HELD", l.getString("status"));
            assertEquals("IDENTITY_INCOMPLETE", l.getString("offSaleBecause"));
        }
        assertEquals(List.of(), found("possumbelt"));
        // The merchant sees why on its own listings.
        given().auth().oauth2(token).queryParam("status", "HELD").get("/api/merchants/me/listings").then()
                .statusCode(200).body("items", hasSize(5))
                .body("items[0].offSaleBecause", equalTo("IDENTITY_INCOMPLETE"));
        assertEquals(1L, toldOfKind("listings-held-identity"));
        List<JsonNode> notice = told("listings-held-identity-" + merchant + "-" + held.get(0));
        assertEquals("5", notice.get(0).at("/params/held").asText());
        assertEquals("identityDocumentRef,selfCertification", notice.get(0).at("/params/missing").asText());
        // Only completing the identity releases them; a reviewer may not.
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).post("/api/listings/" + held.get(0) + "/release")
                .then().statusCode(409).contentType("application/problem+json");

        // Restricted meanwhile (two takedowns): a new listing is held for both reasons.
        takeDown(held.subList(0, 2));
        assertEquals("RESTRICTED", standing(merchant).getString("level"));
        long both = offers(merchant, "Possumbelt", 1).get(0);
        assertEquals("RESTRICTED_AND_IDENTITY_INCOMPLETE", listing(both).getString("offSaleBecause"));

        identity.put("identityDocumentRef", "DE-ID-1234");
        identity.put("selfCertified", true);
        given().auth().oauth2(token).contentType("application/json").body(identity)
                .put("/api/merchants/me/trader-identity").then().statusCode(200)
                .body("completeness.percent", equalTo(100));
        AccountSweep.Run run = sweep.run();
        assertEquals(4, run.released());
        held.subList(2, 5).forEach(id -> assertEquals("ACTIVE", status(id)));
        held.subList(0, 2).forEach(id -> assertEquals("REMOVED", status(id)));
        JsonPath stillHeld = listing(both);
        assertEquals("HELD", stillHeld.getString("status"));
        assertEquals("RESTRICTED", stillHeld.getString("offSaleBecause"));
        assertEquals(held.subList(2, 5), found("possumbelt"));
        assertEquals(0, sweep.run().released());
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).post("/api/listings/" + both + "/release")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        assertTrue(found("possumbelt").contains(both));
        assertNotNull(standing(merchant).get("level"));
    }
}
