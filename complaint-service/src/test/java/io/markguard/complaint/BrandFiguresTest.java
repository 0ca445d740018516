package io.markguard.complaint;

import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.decide;
import static io.markguard.complaint.Markguard.fastTrackBrand;
import static io.markguard.complaint.Markguard.file;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.notice;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.complaint.service.BrandFiguresCheck;
import io.markguard.complaint.service.SpotCheckDraw;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The brand's day figures, kept at every change of an item, against a recount of its items from scratch: after a mix
 * of filings, decisions, spot checks, retractions and reversals over several days, under concurrent fast-track
 * notices, and after a row was corrupted and the scheduled check repaired it.
 */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class BrandFiguresTest {

    private static final Duration DAY = Duration.ofDays(1);

    @Inject
    MovableClock clock;

    @Inject
    EntityManager em;

    @Inject
    BrandFiguresCheck check;

    @Inject
    SpotCheckDraw draw;

    @AfterEach
    void backToNow() {
        clock.shift(Duration.ZERO);
    }

    @Test
    void figuresKeptOverSeveralDaysEqualARecountOfTheItemsAndTheScoreEqualsTheFullScan() {
        long merchant = merchantId("merchant-a");

        // Three days ago: three items accepted by a reviewer bring the brand to the fast track; its next notice is
        // accepted at filing, the fourth item a spot check.
        clock.shift(DAY.multipliedBy(-3));
        Markguard.Brand brand = fastTrackBrand("Northwind Days", merchant, 3);
        draw.restart();
        JsonPath fast = file(OWNER, notice(brand, listings(merchant, 4))).then().statusCode(201)
                .body("channel", equalTo("FAST_TRACK")).extract().jsonPath();
        as("reviewer").get("/api/complaints/" + fast.getLong("id")).then().statusCode(200)
                .body("items.spotCheck", contains(false, false, false, true));
        long firstFast = fast.getLong("items[0].id");
        long spotCheck = fast.getLong("items[3].id");

        // Two days ago: the spot check overturns a fast-track takedown, the brand retracts another; both still count
        // on the day they were decided.
        clock.shift(DAY.multipliedBy(-2));
        decide(spotCheck, "REJECT", "INSUFFICIENT_EVIDENCE").then().statusCode(200).body("status", equalTo("REJECTED"));
        as(OWNER).contentType(ContentType.JSON).body(Map.of("reason", "Licensed stock after all."))
                .post("/api/complaint-items/" + firstFast + "/retraction").then().statusCode(200);

        // Yesterday: an appeal is upheld against a reviewer's takedown of three days ago, and a notice of another
        // infringement type, now in the standard channel, names one listing twice: one accepted, one manifestly
        // unfounded, one retracted while pending, one duplicate.
        clock.shift(DAY.multipliedBy(-1));
        long reversed = firstReviewerTakedown(brand.id());
        Markguard.asService("merchant-service").header("Idempotency-Key", "figures-appeal-" + reversed)
                .contentType(ContentType.JSON).body(Map.of("type", "APPEAL_UPHELD", "complaintItemId", String.valueOf(reversed),
                        "reason", "Invoice is genuine."))
                .post("/api/internal/reversals").then().statusCode(201).body("status", equalTo("REVERSED_ON_APPEAL"));
        List<Long> design = listings(merchant, 3);
        Map<String, Object> designNotice = notice(brand, List.of(design.get(0), design.get(1), design.get(2), design.get(2)));
        designNotice.put("infringementType", "DESIGN");
        JsonPath late = file(OWNER, designNotice).then().statusCode(201).body("channel", equalTo("STANDARD"))
                .body("items.status", contains("PENDING", "PENDING", "PENDING", "DUPLICATE")).extract().jsonPath();
        decide(late.getLong("items[0].id"), "ACCEPT", "RIGHT_INFRINGED").then().statusCode(200);
        decide(late.getLong("items[1].id"), "REJECT", "MANIFESTLY_UNFOUNDED").then().statusCode(200);
        as(OWNER).contentType(ContentType.JSON).body(Map.of("reason", "Filed by mistake."))
                .post("/api/complaint-items/" + late.getLong("items[2].id") + "/retraction").then().statusCode(200);

        clock.shift(Duration.ZERO);
        assertEquals(recount(brand.id()), counted(brand.id()));

        // What the brand reads: 3 + 4 + 2 decided; accepted 2 standard + 2 fast-track + 1 design; 1 retracted and 1
        // reversed of 7 takedowns; the misuse share over the 6 items a reviewer decided (spot check included).
        JsonPath trust = as(OWNER).get("/api/brands/" + brand.id() + "/trust-score").then().statusCode(200)
                .body("score.overall.decided", equalTo(9))
                .body("score.overall.accepted", equalTo(5))
                .body("score.overall.rejected", equalTo(2))
                .body("score.overall.takedowns", equalTo(7))
                .body("score.overall.retracted", equalTo(1))
                .body("score.overall.reversedOnAppeal", equalTo(1))
                .body("score.byInfringementType.COUNTERFEIT.decided", equalTo(7))
                .body("score.byInfringementType.DESIGN.decided", equalTo(2))
                .body("misuse.figures.decided", equalTo(6))
                .body("misuse.figures.manifestlyUnfounded", equalTo(1))
                .extract().jsonPath();
        Instant windowStart = Instant.parse(trust.getString("score.windowStart"));
        assertEquals(LocalDate.ofInstant(Instant.now().minus(Duration.ofDays(90)), ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC)
                .toInstant(), windowStart, "the window starts at the beginning of a UTC day");
        assertEquals(fullScan(brand.id(), windowStart), scoreOf(trust));
        assertEquals(misuseScan(brand.id(), Instant.parse(trust.getString("misuse.figures.windowStart"))),
                List.of(trust.getLong("misuse.figures.decided"), trust.getLong("misuse.figures.manifestlyUnfounded")));
    }

    @Test
    void concurrentFastTrackNoticesOfOneBrandAllFileAndTheFiguresStillEqualTheRecount() throws Exception {
        long merchant = merchantId("merchant-a");
        Markguard.Brand brand = fastTrackBrand("Northwind Rush", merchant, 3);
        List<List<Long>> notices = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            notices.add(listings(merchant, 2));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> filings = notices.stream().<Callable<Integer>>map(ids -> () -> file(OWNER, notice(brand, ids))
                    .then().extract().statusCode()).toList();
            for (Future<Integer> filed : pool.invokeAll(filings)) {
                assertEquals(201, filed.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(recount(brand.id()), counted(brand.id()));
        as(OWNER).get("/api/brands/" + brand.id() + "/trust-score").then()
                .body("score.overall.decided", equalTo(3 + 16)).body("score.overall.accepted", equalTo(3 + 16));
    }

    @Test
    void theScheduledCheckRepairsACorruptedDayRowAndCountsTheRepair() {
        long merchant = merchantId("merchant-a");
        Markguard.Brand brand = fastTrackBrand("Northwind Drift", merchant, 3);
        file(OWNER, notice(brand, listings(merchant, 2))).then().statusCode(201).body("items.status", everyItem(equalTo("ACCEPTED")));
        Map<String, List<Long>> right = recount(brand.id());
        double repairedBefore = repairs();

        // One row counts five acceptances too many; another, for a day with nothing decided, two decisions.
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(1, em.createNativeQuery("UPDATE brand_day_figures SET accepted = accepted + 5, decided = decided + 5 "
                    + "WHERE brand_id = ?1").setParameter(1, brand.id()).executeUpdate());
            em.createNativeQuery("""
                    INSERT INTO brand_day_figures VALUES (?1, CURRENT_DATE - 10, 'PATENT', 2, 2, 0, 2, 0, 0, 2, 0, 0, 0)""")
                    .setParameter(1, brand.id()).executeUpdate();
        });
        as(OWNER).get("/api/brands/" + brand.id() + "/trust-score").then().body("score.overall.decided", equalTo(5 + 7));

        boolean checked = false;
        for (int run = 0; run < 200 && !checked; run++) {
            checked = check.run().contains(brand.id());
        }
        assertTrue(checked, "the check reached the brand");
        assertEquals(right, counted(brand.id()));
        as(OWNER).get("/api/brands/" + brand.id() + "/trust-score").then()
                .body("score.overall.decided", equalTo(5)).body("score.overall.accepted", equalTo(5))
                .body("score.byInfringementType.PATENT", org.hamcrest.Matchers.nullValue());
        assertEquals(2.0, repairs() - repairedBefore, "two day rows repaired");
    }

    @Test
    void breachesCountEveryStandardDecisionAndThoseAfterTheDeadline() {
        long merchant = merchantId("merchant-a");
        clock.shift(DAY.multipliedBy(-2));
        Markguard.Brand brand = Markguard.verifiedBrand("Northwind Late");
        JsonPath filed = file(OWNER, notice(brand, listings(merchant, 3))).then().statusCode(201)
                .body("channel", equalTo("STANDARD")).extract().jsonPath();
        decide(filed.getLong("items[0].id"), "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(200);

        clock.shift(Duration.ZERO);
        JsonPath before = as("reviewer").get("/api/review/breaches").then().statusCode(200).extract().jsonPath();
        decide(filed.getLong("items[1].id"), "REJECT", "INSUFFICIENT_EVIDENCE").then().statusCode(200);
        as(OWNER).contentType(ContentType.JSON).body(Map.of("reason", "Filed by mistake."))
                .post("/api/complaint-items/" + filed.getLong("items[2].id") + "/retraction").then().statusCode(200);
        JsonPath after = as("reviewer").get("/api/review/breaches").then().statusCode(200).extract().jsonPath();

        // The item decided two days after filing is a decision past its 24-hour deadline; the one decided at once
        // counted only as decided, before; the retracted one is no longer open.
        assertEquals(before.getLong("decided") + 1, after.getLong("decided"));
        assertEquals(before.getLong("decidedLate") + 1, after.getLong("decidedLate"));
        assertEquals(before.getLong("open") - 2, after.getLong("open"));
        assertEquals(before.getLong("openPastDeadline") - 2, after.getLong("openPastDeadline"));
        assertEquals(recount(brand.id()), counted(brand.id()));
        assertEquals(List.of(2L, 1L), counted(brand.id()).values().stream()
                .map(n -> List.of(n.get(8), n.get(9))).reduce((x, y) -> List.of(x.get(0) + y.get(0), x.get(1) + y.get(1)))
                .orElseThrow(), "the brand's standard items decided, and decided late");
    }

    private long firstReviewerTakedown(long brandId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT min(id) FROM complaint_item WHERE brand_id = ?1 AND decided_by <> 'fast-track' AND status = 'ACCEPTED'")
                .setParameter(1, brandId).getSingleResult()).longValue());
    }

    /** The brand's figures per UTC day and type, recounted in Java from each of its decided items. */
    private Map<String, List<Long>> recount(long brandId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> items = em.createNativeQuery("""
                    SELECT decided_at, infringement_type, status, decided_by, reason_code, channel, decided_at > deadline
                      FROM complaint_item WHERE brand_id = ?1 AND decided_at IS NOT NULL""")
                    .setParameter(1, brandId).getResultList();
            Map<String, long[]> days = new TreeMap<>();
            for (Object[] item : items) {
                Instant decidedAt = item[0] instanceof Instant i ? i : ((java.time.OffsetDateTime) item[0]).toInstant();
                String key = LocalDate.ofInstant(decidedAt, ZoneOffset.UTC) + " " + item[1];
                String status = (String) item[2];
                boolean byPerson = !"fast-track".equals(item[3]);
                long[] n = days.computeIfAbsent(key, k -> new long[10]);
                n[0] += List.of("ACCEPTED", "REJECTED", "RETRACTED", "REVERSED_ON_APPEAL").contains(status) ? 1 : 0;
                n[1] += status.equals("ACCEPTED") ? 1 : 0;
                n[2] += status.equals("REJECTED") ? 1 : 0;
                n[3] += List.of("ACCEPTED", "RETRACTED", "REVERSED_ON_APPEAL").contains(status) ? 1 : 0;
                n[4] += status.equals("REVERSED_ON_APPEAL") ? 1 : 0;
                n[5] += status.equals("RETRACTED") ? 1 : 0;
                n[6] += byPerson ? 1 : 0;
                n[7] += byPerson && "MANIFESTLY_UNFOUNDED".equals(item[4]) ? 1 : 0;
                n[8] += "STANDARD".equals(item[5]) ? 1 : 0;
                n[9] += "STANDARD".equals(item[5]) && (Boolean) item[6] ? 1 : 0;
            }
            Map<String, List<Long>> figures = new TreeMap<>();
            days.forEach((key, n) -> figures.put(key, Arrays.stream(n).boxed().toList()));
            return figures;
        });
    }

    /** The brand's day rows as kept, rows of nothing left out. */
    private Map<String, List<Long>> counted(long brandId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT CAST(day AS VARCHAR), infringement_type, decided, accepted, rejected, takedowns,
                           reversed_on_appeal, retracted, decided_by_person, manifestly_unfounded, standard_decided,
                           standard_decided_late
                      FROM brand_day_figures WHERE brand_id = ?1""").setParameter(1, brandId).getResultList();
            Map<String, List<Long>> figures = new TreeMap<>();
            for (Object[] row : rows) {
                List<Long> n = Arrays.stream(row, 2, 12).map(v -> ((Number) v).longValue()).toList();
                if (n.stream().anyMatch(v -> v != 0)) {
                    figures.put(row[0] + " " + row[1], n);
                }
            }
            return figures;
        });
    }

    /** The score's counts per type as the full scan of the items computed them before the day rows existed. */
    private Map<String, List<Long>> fullScan(long brandId, Instant start) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT infringement_type,
                           count(*) FILTER (WHERE status IN ('ACCEPTED', 'REJECTED', 'RETRACTED', 'REVERSED_ON_APPEAL')),
                           count(*) FILTER (WHERE status = 'ACCEPTED'),
                           count(*) FILTER (WHERE status = 'REJECTED'),
                           count(*) FILTER (WHERE status IN ('ACCEPTED', 'RETRACTED', 'REVERSED_ON_APPEAL')),
                           count(*) FILTER (WHERE status = 'REVERSED_ON_APPEAL'),
                           count(*) FILTER (WHERE status = 'RETRACTED')
                      FROM complaint_item
                     WHERE brand_id = ?1 AND decided_at >= ?2
                     GROUP BY infringement_type ORDER BY infringement_type""")
                    .setParameter(1, brandId).setParameter(2, start).getResultList();
            Map<String, List<Long>> byType = new TreeMap<>();
            for (Object[] row : rows) {
                byType.put((String) row[0], Arrays.stream(row, 1, 7).map(v -> ((Number) v).longValue()).toList());
            }
            return byType;
        });
    }

    private static Map<String, List<Long>> scoreOf(JsonPath trust) {
        Map<String, Map<String, Object>> byType = trust.getMap("score.byInfringementType");
        Map<String, List<Long>> counts = new TreeMap<>();
        byType.forEach((type, f) -> counts.put(type, List.of("decided", "accepted", "rejected", "takedowns", "reversedOnAppeal",
                "retracted").stream().map(k -> ((Number) f.get(k)).longValue()).toList()));
        return counts;
    }

    private List<Long> misuseScan(long brandId, Instant start) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("""
                    SELECT count(*), count(*) FILTER (WHERE reason_code = 'MANIFESTLY_UNFOUNDED')
                      FROM complaint_item
                     WHERE brand_id = ?1 AND decided_at >= ?2 AND decided_by <> 'fast-track'""")
                    .setParameter(1, brandId).setParameter(2, start).getSingleResult();
            return List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        });
    }

    private static double repairs() {
        return RestAssured.given().get("/q/metrics").then().extract().asString().lines()
                .filter(l -> l.startsWith("markguard_brand_figures_repaired_total")).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).orElse(0.0);
    }
}
