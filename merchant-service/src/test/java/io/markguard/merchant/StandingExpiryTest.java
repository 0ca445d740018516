package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.listing;
import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.markguard.merchant.service.StandingExpiry;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StandingExpiryTest {

    @Inject
    Fixtures fixtures;

    @Inject
    StandingExpiry expiry;

    @BeforeEach
    void emptyLedger() {
        fixtures.reset();
    }

    @Test
    void pointsAndSanctionsLapseOnScheduleAndTheJobChangesEachRowOnce() {
        long merchant = fixtures.merchant("expiring-shop");
        for (int i = 0; i < 3; i++) {
            send(takedown(listing(merchant, "Fake watch " + i), "brand-acme", fixtures.clock().instant()))
                    .then().statusCode(201);
        }
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/merchants/" + merchant + "/standing").then()
                .body("level", equalTo("SUSPENDED_7D"))
                .body("mayList", equalTo(false))
                .body("activePoints", equalTo(30));

        // Eight days on, the 7-day suspension is over; the restriction and the points still count.
        fixtures.clock().advance(Duration.ofDays(8));
        // Before the job has run, the lists already tell the ended suspension from what is in force.
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("status", "EXPIRED")
                .get("/api/merchants/" + merchant + "/sanctions").then().statusCode(200)
                .body("items.measure", contains("SUSPENDED_7D"))
                .body("items[0].status", equalTo("EXPIRED"));
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("status", "ACTIVE")
                .get("/api/merchants/" + merchant + "/sanctions").then().statusCode(200)
                .body("items.measure", not(hasItem("SUSPENDED_7D")))
                .body("items.size()", equalTo(5));
        assertEquals(new StandingExpiry.Expired(0, 1), expiry.expireDue());
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("status", "EXPIRED")
                .get("/api/merchants/" + merchant + "/sanctions").then().statusCode(200)
                .body("items.measure", contains("SUSPENDED_7D"));
        assertEquals(new StandingExpiry.Expired(0, 0), expiry.expireDue());
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/merchants/" + merchant + "/standing").then()
                .body("level", equalTo("RESTRICTED"))
                .body("mayList", equalTo(true))
                .body("newListingsHeld", equalTo(true))
                .body("activePoints", equalTo(30));

        // A year and a day after the takedowns every point and sanction has lapsed.
        fixtures.clock().advance(Duration.ofDays(358));
        StandingExpiry.Expired lapsed = expiry.expireDue();
        assertEquals(3, lapsed.violations());
        assertEquals(5, lapsed.sanctions());
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/merchants/" + merchant + "/standing").then()
                .body("level", equalTo("GOOD_STANDING"))
                .body("activePoints", equalTo(0))
                .body("mayList", equalTo(true))
                .body("sanctionsInForceCount", equalTo(0))
                .body("activeViolationCount", equalTo(0));
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/merchants/" + merchant + "/violations")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("status", "EXPIRED")
                .get("/api/merchants/" + merchant + "/sanctions").then().statusCode(200).body("items", hasSize(6));
        assertEquals(3L, QuarkusTransaction.requiringNew()
                .call(() -> Violation.count("merchant.id = ?1 and status = ?2", merchant, LedgerStatus.EXPIRED)));
        assertEquals(6L, QuarkusTransaction.requiringNew()
                .call(() -> Sanction.count("merchant.id = ?1 and status = ?2", merchant, LedgerStatus.EXPIRED)));
    }

    @Test
    void replicasSweepingAtOnceExpireEachRowOnce() throws Exception {
        long merchant = fixtures.merchant("two-replica-shop");
        for (long listing : Fixtures.listings(merchant, 4)) {
            send(takedown(listing, "brand-acme", fixtures.clock().instant())).then().statusCode(201);
        }
        fixtures.clock().advance(Duration.ofDays(366));
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        try {
            List<Future<StandingExpiry.Expired>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(replicas.submit(expiry::expireDue));
            }
            int violations = 0;
            int sanctions = 0;
            for (Future<StandingExpiry.Expired> run : runs) {
                violations += run.get(30, TimeUnit.SECONDS).violations();
                sanctions += run.get(30, TimeUnit.SECONDS).sanctions();
            }
            assertEquals(4, violations);
            // Four removals and the four steps they reached: warning, restriction, 7 and 14 days.
            assertEquals(8, sanctions);
        } finally {
            replicas.shutdownNow();
        }
    }

    @Test
    void standingIsRightBeforeTheJobHasRun() {
        long merchant = fixtures.merchant("not-yet-swept-shop");
        send(takedown(listing(merchant, "Fake scarf"), "brand-acme", fixtures.clock().instant())).then().statusCode(201);
        fixtures.clock().advance(Duration.ofDays(366));
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/merchants/" + merchant + "/standing").then()
                .body("activePoints", equalTo(0))
                .body("level", equalTo("GOOD_STANDING"));
    }
}
