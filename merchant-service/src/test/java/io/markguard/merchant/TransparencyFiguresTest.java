package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.demoMerchant;
import static io.markguard.merchant.Fixtures.listing;
import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merchants' side of the transparency figures, from a ledger built step by step with known answers. */
@QuarkusTest
class TransparencyFiguresTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void emptyLedger() {
        fixtures.reset();
    }

    @Test
    void appealsSanctionsAndRepeatInfringersAreCountedForAnyoneWithoutNames() {
        long a = demoMerchant("merchant-a");
        long b = demoMerchant("merchant-b");
        long first = removal(a, "brand-1");
        long second = removal(a, "brand-2");
        removal(a, "brand-3");
        removal(b, "brand-1");

        // Two appeals: one denied 10 hours after filing, one upheld 30 hours after: median 20 h, half upheld.
        long denied = appeal(first);
        fixtures.clock().advance(Duration.ofHours(10));
        decide(denied, "DENIED");
        long upheld = appeal(second);
        fixtures.clock().advance(Duration.ofHours(30));
        decide(upheld, "UPHELD");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonPath figures = given().queryParam("from", today.toString()).queryParam("to", today.plusDays(3).toString())
                .get("/api/transparency").then().statusCode(200).extract().jsonPath();
        assertEquals(2, figures.getInt("appeals.filed"));
        assertEquals(0, figures.getInt("appeals.open"));
        assertEquals(1, figures.getInt("appeals.upheld"));
        assertEquals(1, figures.getInt("appeals.denied"));
        assertEquals(0.5, figures.getDouble("appeals.upheldShare"), 1e-9);
        assertEquals(20.0, figures.getDouble("appeals.medianHoursToDecision"), 1e-9);
        assertEquals(4, figures.getInt("violations"));
        // Four removals, one per takedown.
        assertEquals(4, figures.getInt("sanctions.find { it.measure == 'LISTING_REMOVED' }.sanctions"));
        // merchant-a has three violations from three brands: a repeat infringer under the tests' three-brand rule;
        // merchant-b's one violation is neither.
        assertEquals(3, figures.getInt("repeatInfringers.distinctBrands"));
        assertEquals(1, figures.getInt("repeatInfringers.merchants"));
        assertEquals(1, figures.getInt("repeatInfringers.merchantsWithSeveralViolations"));

        given().queryParam("from", today.minusDays(10).toString()).queryParam("to", today.minusDays(1).toString())
                .get("/api/transparency").then().statusCode(200).body("appeals.filed", equalTo(0)).body("violations", equalTo(0));
        given().queryParam("to", "yesterday").get("/api/transparency").then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
    }

    private long removal(long merchant, String brandId) {
        long listing = listing(merchant, "Listing of " + brandId);
        JsonPath result = send(takedown(listing, brandId, fixtures.clock().instant())).then().statusCode(201).extract().jsonPath();
        return result.getLong("sanctions.find { it.measure == 'LISTING_REMOVED' }.id");
    }

    private static long appeal(long sanctionId) {
        return given().auth().oauth2(TestKeycloak.userToken("merchant-a"))
                .multiPart("explanation", "The goods are genuine; the distributor's invoice shows where they came from.")
                .post("/api/sanctions/" + sanctionId + "/appeals").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void decide(long appealId, String outcome) {
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).contentType("application/json")
                .body(Map.of("outcome", outcome, "reason", "Weighed the invoice against the test purchase."))
                .post("/api/appeals/" + appealId + "/decision").then().statusCode(200);
    }
}
