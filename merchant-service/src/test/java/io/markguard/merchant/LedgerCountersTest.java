package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.listing;
import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.merchant.service.LedgerCheck;
import io.markguard.merchant.service.LedgerCounters;
import io.markguard.merchant.service.PenaltyLedger;
import io.markguard.merchant.service.StandingExpiry;
import io.markguard.testsupport.TestKeycloak;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counters a takedown reads are the figures a recomputation from the violations gives, and drift is repaired. */
@QuarkusTest
class LedgerCountersTest {

    private static final Duration WINDOW = Duration.ofDays(365);

    @Inject
    Fixtures fixtures;

    @Inject
    PenaltyLedger ledger;

    @Inject
    LedgerCounters counters;

    @Inject
    LedgerCheck check;

    @Inject
    StandingExpiry expiry;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void emptyLedger() {
        fixtures.reset();
    }

    private static int standingPoints(long merchant) {
        return given().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/merchants/" + merchant + "/standing")
                .then().statusCode(200).extract().jsonPath().getInt("activePoints");
    }

    private static String takeDown(long merchant, String brand, String severity, Instant decidedAt) {
        Map<String, Object> command = takedown(listing(merchant, "Offer of " + brand), brand, decidedAt);
        command.put("severity", severity);
        send(command).then().statusCode(201);
        return (String) command.get("complaintItemId");
    }

    private static void retract(String complaintItemId) {
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).contentType("application/json")
                .body(Map.of("complaintItemId", complaintItemId, "reason", "Taken back by the brand"))
                .post("/api/internal/retractions").then().statusCode(200);
    }

    /** The ledger's figures against the same figures summed over the merchant's violations from scratch. */
    private void assertCountersMatchTheViolations(long merchant, int expectedPoints) {
        Instant now = fixtures.clock().instant();
        int points = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT coalesce(sum(points), 0) FROM violation WHERE merchant_id = ?1 AND status = 'ACTIVE'"
                        + " AND expires_at > ?2").setParameter(1, merchant).setParameter(2, now)
                .getSingleResult()).intValue());
        int brands = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(DISTINCT brand_id) FROM violation WHERE merchant_id = ?1 AND status <> 'REVERSED'"
                        + " AND decided_at > ?2").setParameter(1, merchant).setParameter(2, now.minus(WINDOW))
                .getSingleResult()).intValue());
        assertEquals(expectedPoints, points);
        assertEquals(points, QuarkusTransaction.requiringNew()
                .call(() -> ledger.activePoints(Merchant.findById(merchant), now)));
        assertEquals(points, standingPoints(merchant));
        assertEquals(brands, QuarkusTransaction.requiringNew()
                .call(() -> counters.recentBrands(merchant, now.minus(WINDOW), 100)));
        assertEquals(0, check.check(merchant), "the drift check finds nothing to repair");
    }

    @Test
    void countersEqualARecomputationAfterTakedownsReversalsAndExpiries() {
        long merchant = fixtures.merchant("counted-shop");
        Instant start = fixtures.clock().instant();
        String first = takeDown(merchant, "brand-a", "HIGH", start);
        takeDown(merchant, "brand-a", "LOW", start);
        assertCountersMatchTheViolations(merchant, 11);

        // The brand's latest decision is reversed: the brand still counts through its earlier one.
        fixtures.clock().advance(Duration.ofDays(30));
        String later = takeDown(merchant, "brand-b", "MEDIUM", fixtures.clock().instant());
        assertCountersMatchTheViolations(merchant, 16);
        retract(later);
        assertCountersMatchTheViolations(merchant, 11);
        retract(later);
        assertCountersMatchTheViolations(merchant, 11);

        // A day's takedowns, one reversed on the day it is taken.
        fixtures.clock().advance(Duration.ofDays(100));
        takeDown(merchant, "brand-c", "LOW", fixtures.clock().instant());
        String reversed = takeDown(merchant, "brand-d", "HIGH", fixtures.clock().instant());
        retract(reversed);
        assertCountersMatchTheViolations(merchant, 12);

        // A minute before the first two expire, on their last day, they still count; a minute after, not any more,
        // whether or not the expiry job has run.
        Instant firstExpires = start.plus(WINDOW);
        fixtures.clock().advance(Duration.between(fixtures.clock().instant(), firstExpires.minusSeconds(60)));
        assertCountersMatchTheViolations(merchant, 12);
        fixtures.clock().advance(Duration.ofSeconds(120));
        assertCountersMatchTheViolations(merchant, 1);
        expiry.expireDue();
        assertCountersMatchTheViolations(merchant, 1);

        // An expired violation reversed later takes nothing more off.
        retract(first);
        assertCountersMatchTheViolations(merchant, 1);
        fixtures.clock().advance(Duration.ofDays(300));
        expiry.expireDue();
        assertCountersMatchTheViolations(merchant, 0);
    }

    @Test
    void aCorruptedCounterIsFoundByTheScheduledCheckAndRepaired() {
        long merchant = fixtures.merchant("drifting-shop");
        takeDown(merchant, "brand-a", "HIGH", fixtures.clock().instant());
        takeDown(merchant, "brand-b", "LOW", fixtures.clock().instant());
        assertEquals(11, standingPoints(merchant));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE merchant_points_day SET points = points + 7 WHERE merchant_id = ?1")
                    .setParameter(1, merchant).executeUpdate();
            em.createNativeQuery("DELETE FROM merchant_brand WHERE merchant_id = ?1 AND brand_id = 'brand-b'")
                    .setParameter(1, merchant).executeUpdate();
            // The check goes on from the merchant before this one.
            em.createNativeQuery("UPDATE ledger_check SET after_merchant = ?1 WHERE name = 'counters'")
                    .setParameter(1, merchant - 1).executeUpdate();
        });
        assertEquals(18, standingPoints(merchant));
        double repairedBefore = registry.counter("markguard.ledger.repairs").count();

        LedgerCheck.Checked checked = check.checkNext();
        assertTrue(checked.merchants() >= 1);
        assertEquals(2, checked.repairs());
        assertEquals(repairedBefore + 2, registry.counter("markguard.ledger.repairs").count());
        assertCountersMatchTheViolations(merchant, 11);
        assertEquals(11, standingPoints(merchant));
    }
}
