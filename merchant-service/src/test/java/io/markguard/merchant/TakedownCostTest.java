package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.takedown;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.markguard.merchant.service.LedgerCheck;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A takedown for a merchant with a long record runs the same statements as one for a merchant without any: nothing
 * it reads grows with the merchant's violations and sanctions. The times are logged for comparison, not asserted.
 */
@QuarkusTest
class TakedownCostTest {

    private static final Logger LOG = Logger.getLogger(TakedownCostTest.class);
    private static final int HISTORY = 2000;
    // Ten points for the first, one for each after it: below the test policy's second step.
    private static final int TAKEDOWNS = 8;

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessions;

    @Inject
    LedgerCheck check;

    @BeforeEach
    void emptyLedger() {
        fixtures.reset();
    }

    /** 2,000 removals of 10 points within the last year, from 300 brands, each sanction in force; counters rebuilt. */
    private void giveHistory(long merchant) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    INSERT INTO listing (id, merchant_id, title, price, currency, url, status, listed_at, updated_at)
                    SELECT 9000000000 + g, :merchant, 'Old offer ' || g, 10, 'EUR',
                           'https://shop.markguard.test/history/' || :merchant || '/' || g, 'REMOVED', now(), now()
                    FROM generate_series(1, :n) g""")
                    .setParameter("merchant", merchant).setParameter("n", HISTORY).executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO violation (id, merchant_id, listing_id, complaint_item_id, brand_id, brand_name,
                        submitter_subject, submitter_email, ip_office, ip_registration_number, ip_mark,
                        infringement_type, channel, automated_detection, automated_decision, explanation, decided_at,
                        recorded_at, severity, points, expires_at, status, policy_version)
                    SELECT l.id, l.merchant_id, l.id, 'history-' || l.id, 'brand-' || (l.id % 300), 'Brand', 'sub',
                           'brand@markguard.test', 'EUIPO', '018123456', 'ACME', 'COUNTERFEIT', 'FAST_TRACK', false,
                           true, repeat('Counterfeit. ', 100), now() - (l.id % 360) * interval '1 day',
                           now() - (l.id % 360) * interval '1 day', 'HIGH', 10,
                           now() - (l.id % 360) * interval '1 day' + interval '365 days', 'ACTIVE', 'test-ladder-1'
                    FROM listing l WHERE l.merchant_id = :merchant AND l.id > 9000000000""")
                    .setParameter("merchant", merchant).executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO sanction (id, merchant_id, violation_id, measure, policy_version, policy_clause, facts,
                        automated_decision, decided_at, expires_at, appeal_deadline, status, puid)
                    SELECT v.id, v.merchant_id, v.id, 'LISTING_REMOVED', 'test-ladder-1', 'Removal on notice',
                           repeat('Facts of the removal. ', 200), true, v.decided_at, v.expires_at,
                           v.decided_at + interval '180 days', 'ACTIVE', 'history-' || v.id
                    FROM violation v WHERE v.merchant_id = :merchant""")
                    .setParameter("merchant", merchant).executeUpdate();
        });
        check.check(merchant);
    }

    private record Cost(long statements, long medianMillis) {
    }

    @Inject
    javax.sql.DataSource dataSource;

    /** Waits until every pending outbox message has had its first attempt (read past Hibernate, so not counted). */
    private void awaitFirstAttempts() {
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement q = c.prepareStatement(
                        "SELECT count(*) FROM outbox_message WHERE status = 'PENDING' AND attempts = 0")) {
            for (int i = 0; i < 200; i++) {
                try (java.sql.ResultSet r = q.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(25);
            }
            throw new AssertionError("outbox messages still waiting for their first attempt");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Takedowns of the listings as complaint-service's outbox sends them. The first, of high severity, is not
     * measured: it warms the plans and brings each merchant to a step of the ladder (a warning for the new one, a
     * termination for the one with a record, confirmed by a reviewer), so that every takedown measured asks for the
     * step in force and finds it there.
     */
    private Cost takedowns(long merchant, List<Long> listings) {
        send(listings.get(0), "HIGH");
        Object pending = given().auth().oauth2(TestKeycloak.userToken("reviewer"))
                .get("/api/merchants/" + merchant + "/standing").then().statusCode(200).extract().jsonPath()
                .get("pendingTermination.id");
        if (pending != null) {
            given().auth().oauth2(TestKeycloak.userToken("reviewer")).contentType("application/json")
                    .body(Map.of("outcome", "CONFIRMED", "reason", "A long record of counterfeits."))
                    .post("/api/terminations/" + pending + "/decision").then().statusCode(200);
        }
        Statistics statistics = sessions.getStatistics();
        List<Long> millis = new ArrayList<>();
        long statements = Long.MAX_VALUE;
        for (long listing : listings.subList(1, listings.size())) {
            long before = statistics.getPrepareStatementCount();
            long started = System.nanoTime();
            send(listing, "LOW");
            millis.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
            // The statement of reasons' notification leaves right after commit, on another thread: counted once
            // it has left, for both merchants alike.
            awaitFirstAttempts();
            // The fewest: a takedown that draws a new block of ids from a sequence (every 50th) runs one more.
            statements = Math.min(statements, statistics.getPrepareStatementCount() - before);
        }
        millis.sort(null);
        return new Cost(statements, millis.get(millis.size() / 2));
    }

    private void send(long listing, String severity) {
        Map<String, Object> command = takedown(listing, "brand-new", fixtures.clock().instant());
        command.put("severity", severity);
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).contentType("application/json")
                .header("Prefer", "return=minimal").body(command).post("/api/internal/takedowns")
                .then().statusCode(201);
    }

    @Test
    void aTakedownForAMerchantWithALongRecordCostsWhatOneForANewMerchantCosts() {
        long seasoned = fixtures.merchant("seasoned-shop");
        long fresh = fixtures.merchant("fresh-shop");
        // Listed before the record is given: a repeat infringer's new feed rows are refused.
        List<Long> seasonedListings = Fixtures.listings(seasoned, TAKEDOWNS + 1);
        List<Long> freshListings = Fixtures.listings(fresh, TAKEDOWNS + 1);
        giveHistory(seasoned);

        Cost forFresh = takedowns(fresh, freshListings);
        Cost forSeasoned = takedowns(seasoned, seasonedListings);
        LOG.infof("Takedown with %d sanctions on record: %d statements, median %d ms; without: %d statements,"
                + " median %d ms", HISTORY, forSeasoned.statements(), forSeasoned.medianMillis(),
                forFresh.statements(), forFresh.medianMillis());
        assertEquals(forFresh.statements(), forSeasoned.statements());
    }
}
