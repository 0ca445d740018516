package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.demoMerchant;
import static io.markguard.merchant.Fixtures.listing;
import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.markguard.platform.figures.DurationHistogram;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The merchants' side of the transparency figures, from a ledger built step by step through the API with known
 * answers, served from the rollups and held against an exact computation over the ledger's rows.
 */
@QuarkusTest
class TransparencyFiguresTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

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
                .get("/api/transparency").then().statusCode(200).header("Cache-Control", "public, max-age=60")
                .extract().jsonPath();
        Object[] exact = exact();
        assertEquals(2, figures.getInt("appeals.filed"));
        assertEquals(0, figures.getInt("appeals.open"));
        assertEquals(1, figures.getInt("appeals.upheld"));
        assertEquals(1, figures.getInt("appeals.denied"));
        assertEquals(0.5, figures.getDouble("appeals.upheldShare"), 1e-9);
        // The exact median is 20 h; the one read from the histogram is within its stated precision (2.5 %) plus the
        // rounding to two decimals of an hour.
        assertEquals(20 * 3600.0, ((Number) exact[0]).doubleValue(), 1e-6);
        assertEquals(20.0, figures.getDouble("appeals.medianHoursToDecision"),
                (Math.sqrt(DurationHistogram.RATIO) - 1) * 20.0 + 0.005);
        assertEquals(4, figures.getInt("violations"));
        assertEquals(4L, ((Number) exact[1]).longValue());
        // Four removals, one per takedown; the upheld appeal reversed one of them, which still counts.
        assertEquals(4, figures.getInt("sanctions.find { it.measure == 'LISTING_REMOVED' }.sanctions"));
        assertEquals(4L, ((Number) exact[2]).longValue());
        // merchant-a's third violation brings its brands to three: one determination under the tests' three-brand
        // rule, whose step (SUSPENDED_14D) follows. Its second and third violations came while it had others: two
        // repeat violations; merchant-b's one violation is neither.
        assertEquals(3, figures.getInt("repeatInfringers.distinctBrands"));
        assertEquals(1, figures.getInt("repeatInfringers.determinations"));
        assertEquals(1L, ((Number) exact[3]).longValue());
        assertEquals(2, figures.getInt("repeatInfringers.repeatViolations"));
        assertEquals(2L, ((Number) exact[4]).longValue());
        assertEquals(1, figures.getInt("sanctions.find { it.measure == 'SUSPENDED_14D' }.sanctions"));

        given().queryParam("from", today.minusDays(10).toString()).queryParam("to", today.minusDays(1).toString())
                .get("/api/transparency").then().statusCode(200).body("appeals.filed", equalTo(0)).body("violations", equalTo(0));
        given().queryParam("to", "yesterday").get("/api/transparency").then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
    }

    /**
     * The same figures computed exactly from the ledger's own rows: the appeals' median seconds to decision,
     * violations, removals, determinations and repeat violations (as the method text defines them, each violation
     * judged against the ledger as it stood when it was recorded).
     */
    private Object[] exact() {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select (select percentile_cont(0.5) within group (order by extract(epoch from (decided_at - filed_at)))
                        from appeal where decided_at is not null),
                       (select count(*) from violation),
                       (select count(*) from sanction where measure = 'LISTING_REMOVED'),
                       (select count(*) from violation v where v.decided_at > v.recorded_at - interval '365 days'
                          and (select count(distinct o.brand_id) from violation o where o.merchant_id = v.merchant_id
                                 and (o.recorded_at, o.id) <= (v.recorded_at, v.id) and o.decided_at > v.recorded_at - interval '365 days'
                                 and (o.id = v.id or o.status <> 'REVERSED' or o.ended_at > v.recorded_at)) = 3
                          and not exists (select 1 from violation o where o.merchant_id = v.merchant_id and o.id <> v.id
                                 and o.brand_id = v.brand_id and (o.recorded_at, o.id) <= (v.recorded_at, v.id)
                                 and o.decided_at > v.recorded_at - interval '365 days'
                                 and (o.status <> 'REVERSED' or o.ended_at > v.recorded_at))),
                       (select count(*) from violation v where exists (select 1 from violation o
                          where o.merchant_id = v.merchant_id and o.id <> v.id and (o.recorded_at, o.id) <= (v.recorded_at, v.id)
                            and o.decided_at > v.recorded_at - interval '365 days'
                            and (o.status <> 'REVERSED' or o.ended_at > v.recorded_at)))""").getSingleResult());
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
