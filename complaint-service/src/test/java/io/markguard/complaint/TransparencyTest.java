package io.markguard.complaint;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.markguard.complaint.service.TransparencyOpenHours;
import io.markguard.complaint.service.TransparencyRollups;
import io.markguard.platform.figures.DurationHistogram;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transparency figures over March 2021, from items whose answers were worked out by hand (see each assertion).
 * Brand A (9000001) filed a fast-track notice on 1 March and a standard one on 2 March; brand B (9000002) a standard
 * one late on 31 March; a notice filed on 1 April is outside the period. Each item is written as it ends up and
 * passes through {@link TransparencyRollups} step by step as it got there (filed, decided, taken down, retracted or
 * reversed); the figures served from the rollups are held against an exact computation over the items themselves:
 * counts equal, percentiles within the histogram's stated precision.
 */
@QuarkusTest
class TransparencyTest {

    static final long BRAND_A = 9_000_001L;
    static final long BRAND_B = 9_000_002L;
    static final long BRAND_C = 9_000_003L;
    static final Instant MARCH_1 = Instant.parse("2021-03-01T00:00:00Z");
    static final Instant MARCH_2 = Instant.parse("2021-03-02T00:00:00Z");
    static final Instant MARCH_31_LATE = Instant.parse("2021-03-31T23:00:00Z");
    static final Instant APRIL_1 = Instant.parse("2021-04-01T00:00:00Z");

    @Inject
    EntityManager em;

    @Inject
    TransparencyRollups itemFigures;

    @Inject
    TransparencyOpenHours openHours;

    @Inject
    MovableClock clock;

    private long nextId = 9_000_100L;

    @AfterEach
    void backToNow() {
        clock.shift(Duration.ZERO);
    }

    @BeforeEach
    void seed() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from complaint_item where brand_id in (9000001, 9000002)").executeUpdate();
            em.createNativeQuery("delete from complaint where brand_id in (9000001, 9000002)").executeUpdate();
            em.createNativeQuery("delete from brand_record where brand_id in (9000001, 9000002)").executeUpdate();
            for (String rollup : List.of("transparency_volume_day", "transparency_action_day", "transparency_action_time")) {
                em.createNativeQuery("delete from " + rollup + " where brand_id in (0, 9000001, 9000002)"
                        + " and day between '2021-02-28' and '2021-04-02'").executeUpdate();
            }
            em.createNativeQuery("""
                    insert into brand_record (brand_id, fast_track, fast_track_since, fast_track_items, misuse_warned_at,
                        filing_suspended_from, filing_suspended_until)
                    values (9000001, true, '2021-02-01T00:00:00Z', 3, '2021-03-10T00:00:00Z', '2021-03-20T00:00:00Z',
                        '2021-04-19T00:00:00Z')""").executeUpdate();

            long fast = complaint(BRAND_A, "FAST_TRACK", "COUNTERFEIT", "USPTO", MARCH_1);
            item(fast, BRAND_A, "FAST_TRACK", "COUNTERFEIT", "ACCEPTED", MARCH_1, Duration.ZERO, Duration.ofSeconds(60));
            item(fast, BRAND_A, "FAST_TRACK", "COUNTERFEIT", "ACCEPTED", MARCH_1, Duration.ZERO, Duration.ofSeconds(180));
            item(fast, BRAND_A, "FAST_TRACK", "COUNTERFEIT", "RETRACTED", MARCH_1, Duration.ZERO, Duration.ofSeconds(120));
            item(fast, BRAND_A, "FAST_TRACK", "COUNTERFEIT", "DUPLICATE", MARCH_1, null, null);

            long standard = complaint(BRAND_A, "STANDARD", "TRADEMARK_MISUSE", "EUIPO", MARCH_2);
            item(standard, BRAND_A, "STANDARD", "TRADEMARK_MISUSE", "ACCEPTED", MARCH_2, Duration.ofMinutes(599), Duration.ofHours(10));
            item(standard, BRAND_A, "STANDARD", "TRADEMARK_MISUSE", "REJECTED", MARCH_2, Duration.ofHours(30), null);
            item(standard, BRAND_A, "STANDARD", "TRADEMARK_MISUSE", "PENDING", MARCH_2, null, null);
            item(standard, BRAND_A, "STANDARD", "TRADEMARK_MISUSE", "REVERSED_ON_APPEAL", MARCH_2, Duration.ofHours(19), Duration.ofHours(20));

            long late = complaint(BRAND_B, "STANDARD", "COUNTERFEIT", "USPTO", MARCH_31_LATE);
            item(late, BRAND_B, "STANDARD", "COUNTERFEIT", "ACCEPTED", MARCH_31_LATE, Duration.ofHours(1), Duration.ofHours(2));

            long outside = complaint(BRAND_A, "STANDARD", "COUNTERFEIT", "USPTO", APRIL_1);
            item(outside, BRAND_A, "STANDARD", "COUNTERFEIT", "ACCEPTED", APRIL_1, Duration.ofHours(1), Duration.ofHours(1));
        });
    }

    @Test
    void anyoneReadsThePlatformsRecordAndTheNumbersMatchTheHandComputedCase() {
        JsonPath figures = given().queryParam("from", "2021-03-01").queryParam("to", "2021-03-31")
                .get("/api/transparency").then().statusCode(200).extract().jsonPath();

        // Fast track: 60 s, 120 s, 180 s (the duplicate has no action). Median 120 s; continuous p95 at
        // rank 0.95 × 2 = 1.9: 120 + 0.9 × 60 = 174 s. All three within 24 h.
        assertTimes(figures, null, "FAST_TRACK", 3, 120, 174, 3, 0, "1.0000");
        // Standard: removal at 10 h, rejection at 30 h, removal at 20 h, brand B's removal at 2 h; one still open
        // since 2 March. Median of 2, 10, 20, 30 = 15 h; p95 at rank 2.85: 20 + 0.85 × 10 = 28.5 h.
        // Within 24 h: 10, 20, 2 = 3 of 4 actioned + 1 open past a day = 0.6.
        assertTimes(figures, null, "STANDARD", 4, 15 * 3600, 28.5 * 3600, 3, 1, "0.6000");

        assertVolume(figures, "byInfringementType", "COUNTERFEIT", 4, 3, 0, 0, 1, 0);
        assertVolume(figures, "byInfringementType", "TRADEMARK_MISUSE", 4, 1, 1, 1, 0, 1);
        assertVolume(figures, "byOffice", "USPTO", 4, 3, 0, 0, 1, 0);
        assertVolume(figures, "byOffice", "EUIPO", 4, 1, 1, 1, 0, 1);
        equal(figures.getInt("byOutcome.find { it.key == 'ACCEPTED' }.items"), 4);
        equal(figures.getInt("byOutcome.find { it.key == 'DUPLICATE' }.items"), 1);
        equal(figures.getInt("notices"), 3);
        equal(figures.getInt("items"), 8);
        // Takedowns: three fast-track removals, the accepted and the reversed standard ones, brand B's: 6.
        equal(figures.getInt("takedowns"), 6);
        equal(figures.getInt("retracted"), 1);
        equal(figures.getInt("reversedOnAppeal"), 1);
        decimal(figures, "retractedShare", "0.1667");
        decimal(figures, "reversedShare", "0.1667");
        equal(figures.getInt("misuseWarnings"), 1);
        equal(figures.getInt("filingSuspensions"), 1);
        equal(figures.getString("from"), "2021-03-01T00:00:00Z");
        equal(figures.getString("to"), "2021-04-01T00:00:00Z");
    }

    @Test
    void theMonthsOfThePeriodAreReadFromTheSameRollupsAndAddUpToItsTotals() {
        JsonPath figures = given().queryParam("from", "2021-03-01").queryParam("to", "2021-04-01")
                .get("/api/transparency").then().statusCode(200).extract().jsonPath();
        equal(figures.getList("months.month"), List.of("2021-03", "2021-04"));
        // March, from its month rows: three notices, eight items, six takedowns; seven actioned (60 s, 120 s,
        // 180 s, 2 h, 10 h, 20 h, 30 h): median 2 h, p95 at rank 5.7: 20 + 0.7 × 10 = 27 h.
        equal(figures.getInt("months[0].notices"), 3);
        equal(figures.getInt("months[0].items"), 8);
        equal(figures.getInt("months[0].takedowns"), 6);
        equal(figures.getInt("months[0].actioned"), 7);
        withinPrecision(figures.getDouble("months[0].medianHours"), 2 * 3600, "months[0].medianHours");
        withinPrecision(figures.getDouble("months[0].p95Hours"), 27 * 3600, "months[0].p95Hours");
        // 1 April, from its day row: the notice outside March, removed after an hour.
        equal(figures.getInt("months[1].notices"), 1);
        equal(figures.getInt("months[1].items"), 1);
        equal(figures.getInt("months[1].actioned"), 1);
        withinPrecision(figures.getDouble("months[1].medianHours"), 3600, "months[1].medianHours");
        equal(figures.getInt("notices"), 4);
        equal(figures.getInt("items"), 9);

        // A month with nothing filed is there, as zeros and no times.
        JsonPath february = given().queryParam("from", "2021-02-28").queryParam("to", "2021-03-31")
                .get("/api/transparency").then().statusCode(200).extract().jsonPath();
        equal(february.getList("months.month"), List.of("2021-02", "2021-03"));
        equal(february.getInt("months[0].items"), 0);
        equal(february.get("months[0].medianHours"), null);
        equal(february.getInt("months[1].items"), 8);
        given().accept("text/csv").queryParam("from", "2021-03-01").queryParam("to", "2021-03-31").get("/api/transparency")
                .then().statusCode(200).body(containsString("month,2021-03,notices,3\r\n"))
                .body(containsString("spot_checks,FAST_TRACK,actioned,3\r\n"));
    }

    @Test
    void oneBrandsOwnFiguresAreForStaffAndMembersOnly() {
        JsonPath brandA = given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("brandId", BRAND_A)
                .queryParam("from", "2021-03-01").queryParam("to", "2021-03-31")
                .get("/api/transparency").then().statusCode(200).extract().jsonPath();
        // Brand A's standard items only: 10 h, 30 h, 20 h → median 20 h; p95 at rank 1.9: 20 + 0.9 × 10 = 29 h.
        assertTimes(brandA, BRAND_A, "STANDARD", 3, 20 * 3600, 29 * 3600, 2, 1, "0.5000");
        equal(brandA.getInt("notices"), 2);
        equal(brandA.getInt("fastTrackBrands"), 1);

        given().queryParam("brandId", BRAND_A).get("/api/transparency").then().statusCode(401);
    }

    @Test
    void theCsvNamesTheSignedHeadOfTheDecisionLogItWasComputedWith() {
        String csv = given().accept("text/csv").queryParam("from", "2021-03-01").queryParam("to", "2021-03-31")
                .get("/api/transparency").then().statusCode(200).extract().asString();
        java.util.Map<String, String> head = new java.util.HashMap<>();
        String logId = null;
        for (String line : csv.split("\r\n")) {
            String[] cells = line.split(",", 4);
            if (cells.length == 4 && cells[0].equals("decision_log")) {
                logId = cells[1];
                // A base64 value that begins with + is written with a leading ' for spreadsheets, as every cell is.
                head.put(cells[2], cells[3].startsWith("'") ? cells[3].substring(1) : cells[3]);
            }
        }
        var key = given().get("/api/decision-log/key").then().statusCode(200).extract()
                .as(io.markguard.decisionlog.DecisionLogContract.LogKey.class);
        equal(logId, key.logId());
        var named = new io.markguard.decisionlog.SignedTreeHead(logId, Long.parseLong(head.get("tree_size")),
                head.get("root_hash"), head.get("signed_at"), head.get("signature"));
        // A head the log signed: anyone with the published key can check the figures' head, and ask for proofs to it.
        equal(io.markguard.decisionlog.LogPublicKey.fromBase64(key.publicKey()).verifies(named), true);
        var now = given().get("/api/decision-log/head").then().statusCode(200).extract()
                .as(io.markguard.decisionlog.SignedTreeHead.class);
        equal(named.treeSize() <= now.treeSize(), true);
    }

    @Test
    void theCsvHasOneRowPerFigureAndBadDatesNameTheField() {
        given().accept("text/csv").queryParam("from", "2021-03-01").queryParam("to", "2021-03-31").get("/api/transparency")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("section,key,measure,value\r\n"))
                .header("Cache-Control", "public, max-age=60")
                .body(containsString("time_to_action,STANDARD,actioned,4\r\n"))
                .body(containsString("time_to_action,FAST_TRACK,within_24h_share,1.0000\r\n"))
                .body(containsString("ip_office,EUIPO,rejected,1\r\n"))
                .body(containsString("totals,,takedowns,6\r\n"));
        given().queryParam("from", "1 March").get("/api/transparency").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        given().queryParam("from", "2021-04-01").queryParam("to", "2021-03-01").get("/api/transparency").then()
                .statusCode(400).body("violations[0].field", equalTo("from"));
        // A period that is not whole months is read from day rows: 2 March to 31 March leaves out brand A's
        // fast-track notice (four items, one a duplicate).
        given().queryParam("from", "2021-03-02").queryParam("to", "2021-03-31").get("/api/transparency").then()
                .statusCode(200).body("notices", equalTo(2)).body("items", equalTo(5)).body("takedowns", equalTo(3));
        // Three years (1,098 days) is the longest period; one day more is refused.
        given().queryParam("from", "2019-03-30").queryParam("to", "2022-03-31").get("/api/transparency").then()
                .statusCode(200).header("Cache-Control", "public, max-age=60").body("items", equalTo(9));
        given().queryParam("from", "2019-03-29").queryParam("to", "2022-03-31").get("/api/transparency").then()
                .statusCode(400).body("violations[0].field", equalTo("from"));
    }

    /**
     * Open past a day on the day that ends within the last 24 hours, read from the rows by filing hour, at known
     * instants in June 2022 (after the periods above). Brand C (9000003), standard channel unless said: on 13 June at 20:00 one item open and one rejected
     * after 30 h; on 14 June at 00:10 two open, one decided and removed within 3 h and a duplicate, at 03:00 a
     * fast-track item removed within a minute, at 09:59 one open, at 10:05 one open, at 12:00 one open; on 15 June at
     * 08:00 one open.
     */
    @Test
    void openPastADayOnThePartDayIsCountedByFilingHour() {
        Instant june13 = Instant.parse("2022-06-13T20:00:00Z");
        Instant midnight = Instant.parse("2022-06-14T00:10:00Z");
        List<Long> open = new ArrayList<>();
        at(Instant.parse("2022-06-15T10:30:00Z"));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from complaint_item where brand_id = 9000003").executeUpdate();
            em.createNativeQuery("delete from complaint where brand_id = 9000003").executeUpdate();
            for (String rollup : List.of("transparency_volume_day", "transparency_action_day", "transparency_action_time")) {
                em.createNativeQuery("delete from " + rollup + " where brand_id in (0, 9000003)"
                        + " and day between '2022-06-01' and '2022-06-30'").executeUpdate();
            }
            em.createNativeQuery("delete from transparency_open_hour where brand_id in (0, 9000003)"
                    + " and hour >= '2022-06-01T00:00:00Z' and hour < '2022-07-01T00:00:00Z'").executeUpdate();

            long before = complaint(BRAND_C, "STANDARD", "COUNTERFEIT", "USPTO", june13);
            item(before, BRAND_C, "STANDARD", "COUNTERFEIT", "PENDING", june13, null, null);
            item(before, BRAND_C, "STANDARD", "COUNTERFEIT", "REJECTED", june13, Duration.ofHours(30), null);
            long first = complaint(BRAND_C, "STANDARD", "COUNTERFEIT", "USPTO", midnight);
            open.add(item(first, BRAND_C, "STANDARD", "COUNTERFEIT", "PENDING", midnight, null, null));
            item(first, BRAND_C, "STANDARD", "COUNTERFEIT", "PENDING", midnight, null, null);
            item(first, BRAND_C, "STANDARD", "COUNTERFEIT", "ACCEPTED", midnight, Duration.ofHours(2), Duration.ofHours(3));
            item(first, BRAND_C, "STANDARD", "COUNTERFEIT", "DUPLICATE", midnight, null, null);
            Instant three = Instant.parse("2022-06-14T03:00:00Z");
            item(complaint(BRAND_C, "FAST_TRACK", "COUNTERFEIT", "USPTO", three), BRAND_C, "FAST_TRACK", "COUNTERFEIT",
                    "ACCEPTED", three, Duration.ZERO, Duration.ofSeconds(40));
            for (String filed : List.of("2022-06-14T09:59:00Z", "2022-06-14T10:05:00Z", "2022-06-14T12:00:00Z",
                    "2022-06-15T08:00:00Z")) {
                Instant at = Instant.parse(filed);
                item(complaint(BRAND_C, "STANDARD", "COUNTERFEIT", "USPTO", at), BRAND_C, "STANDARD", "COUNTERFEIT",
                        "PENDING", at, null, null);
            }
        });

        // At 10:30 on 15 June: the open item of 13 June from its day's row, and of 14 June those of the hours that
        // ended by 10:00 (00:10 twice, 09:59); the one filed at 10:05, open 24 h 25 min, counts from 11:00.
        assertOpenPastDay(4, 0);
        at(Instant.parse("2022-06-15T11:30:00Z"));
        assertOpenPastDay(5, 0);

        // A reviewer decides one of the items filed at 00:10: it leaves the open ones and is actioned after 35 h.
        QuarkusTransaction.requiringNew().run(() -> {
            Complaint c = em.find(Complaint.class, em.find(ComplaintItem.class, open.getFirst()).complaintId);
            itemFigures.record(List.of(new TransparencyRollups.Change(
                    standing(c, "STANDARD", "COUNTERFEIT", ItemStatus.PENDING, null, false),
                    standing(c, "STANDARD", "COUNTERFEIT", ItemStatus.REJECTED, c.filedAt.plus(Duration.ofHours(35)), false))));
        });
        assertOpenPastDay(4, 0);

        // The brand withdraws the other one filed at 00:10 before any action: closed, it is no longer open.
        QuarkusTransaction.requiringNew().run(() -> {
            Complaint c = em.find(Complaint.class, em.find(ComplaintItem.class, open.getFirst()).complaintId);
            itemFigures.record(List.of(new TransparencyRollups.Change(
                    standing(c, "STANDARD", "COUNTERFEIT", ItemStatus.PENDING, null, false),
                    standing(c, "STANDARD", "COUNTERFEIT", ItemStatus.RETRACTED, null, false))));
        });
        assertOpenPastDay(3, 0);

        // Just after midnight on 16 June, 14 June is a whole day past: its day row holds its three open items.
        at(Instant.parse("2022-06-16T00:30:00Z"));
        assertOpenPastDay(4, 0);

        // Three days on, the hours of 15 June 08:00 and before are no longer kept and are removed.
        at(Instant.parse("2022-06-18T12:00:00Z"));
        openHours.purge();
        equal(((Number) em.createNativeQuery("select count(*) from transparency_open_hour where brand_id in (0, 9000003)"
                + " and hour >= '2022-06-01T00:00:00Z' and hour < '2022-07-01T00:00:00Z'").getSingleResult()).intValue(), 0);
    }

    /** The service's clock at {@code instant} (and running on from there). */
    private void at(Instant instant) {
        clock.shift(Duration.between(Instant.now(), instant));
    }

    /** Open past a day over 13 to 15 June, for all brands and for brand C, as served. */
    private void assertOpenPastDay(int standard, int fastTrack) {
        JsonPath all = given().queryParam("from", "2022-06-13").queryParam("to", "2022-06-15").get("/api/transparency")
                .then().statusCode(200).extract().jsonPath();
        JsonPath brand = given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("brandId", BRAND_C)
                .queryParam("from", "2022-06-13").queryParam("to", "2022-06-15").get("/api/transparency")
                .then().statusCode(200).extract().jsonPath();
        for (JsonPath figures : List.of(all, brand)) {
            equal(figures.getInt("timeToAction.find { it.channel == 'STANDARD' }.openPastDay"), standard);
            equal(figures.getInt("timeToAction.find { it.channel == 'FAST_TRACK' }.openPastDay"), fastTrack);
        }
    }

    /**
     * Time to action of one channel as served, against the exact figures computed from the items themselves (which
     * must be the hand-computed ones): counts and the share to the digit, median and p95 within the histogram's
     * stated precision plus the rounding to two decimals of an hour.
     */
    private void assertTimes(JsonPath figures, Long brandId, String channel, int actioned, double medianSeconds,
            double p95Seconds, int within, int openPastDay, String share) {
        Object[] exact = exactTimes(brandId, channel);
        equal(((Number) exact[0]).intValue(), actioned);
        org.junit.jupiter.api.Assertions.assertEquals(medianSeconds, ((Number) exact[1]).doubleValue(), 1e-6);
        org.junit.jupiter.api.Assertions.assertEquals(p95Seconds, ((Number) exact[2]).doubleValue(), 1e-6);
        equal(((Number) exact[3]).intValue(), within);
        equal(((Number) exact[4]).intValue(), openPastDay);

        String at = "timeToAction.find { it.channel == '" + channel + "' }.";
        equal(figures.getInt(at + "actioned"), actioned);
        withinPrecision(figures.getDouble(at + "medianHours"), medianSeconds, at + "medianHours");
        withinPrecision(figures.getDouble(at + "p95Hours"), p95Seconds, at + "p95Hours");
        equal(figures.getInt(at + "within24h"), within);
        equal(figures.getInt(at + "openPastDay"), openPastDay);
        decimal(figures, at + "within24hShare", share);
    }

    private static void withinPrecision(double servedHours, double exactSeconds, String path) {
        double exactHours = exactSeconds / 3600;
        // A bucket's middle is off by at most sqrt(1.05) - 1 < 2.5 % of any time in it.
        double allowed = (Math.sqrt(DurationHistogram.RATIO) - 1) * exactHours + 0.005;
        org.junit.jupiter.api.Assertions.assertTrue(Math.abs(servedHours - exactHours) <= allowed,
                path + ": " + servedHours + " h is not within 2.5 % of the exact " + exactHours + " h");
    }

    /** Actioned, median and p95 seconds, within 24 h and open past a day, from the items as the period holds them. */
    private Object[] exactTimes(Long brandId, String channel) {
        return (Object[]) em.createNativeQuery("""
                select count(*) filter (where a is not null),
                       percentile_cont(0.5) within group (order by extract(epoch from (a - c.filed_at))),
                       percentile_cont(0.95) within group (order by extract(epoch from (a - c.filed_at))),
                       count(*) filter (where a - c.filed_at <= interval '24 hours'),
                       count(*) filter (where a is null and c.filed_at < now() - interval '24 hours')
                from complaint_item i join complaint c on c.id = i.complaint_id,
                     lateral (select coalesce(i.takedown_applied_at, i.decided_at) as a) action
                where c.filed_at >= '2021-03-01T00:00:00Z' and c.filed_at < '2021-04-01T00:00:00Z'
                  and c.brand_id in (9000001, 9000002) and (cast(?1 as bigint) < 0 or c.brand_id = ?1)
                  and i.status <> 'DUPLICATE' and i.channel = ?2""")
                .setParameter(1, brandId == null ? -1L : brandId).setParameter(2, channel).getSingleResult();
    }

    private static void assertVolume(JsonPath figures, String section, String key, int items, int accepted, int rejected,
            int pending, int retracted, int reversed) {
        String at = section + ".find { it.key == '" + key + "' }.";
        equal(figures.getInt(at + "items"), items);
        equal(figures.getInt(at + "accepted"), accepted);
        equal(figures.getInt(at + "rejected"), rejected);
        equal(figures.getInt(at + "pending"), pending);
        equal(figures.getInt(at + "retracted"), retracted);
        equal(figures.getInt(at + "reversedOnAppeal"), reversed);
    }

    /** A figure as the JSON carries it, to the digit: hours to two decimals, shares to four. */
    private static void decimal(JsonPath figures, String path, String expected) {
        org.junit.jupiter.api.Assertions.assertEquals(0, new java.math.BigDecimal(expected)
                .compareTo(new java.math.BigDecimal(String.valueOf(figures.getDouble(path)))),
                path + ": expected " + expected + " but was " + figures.getDouble(path));
    }

    private static void equal(Object actual, Object expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }

    private long complaint(long brandId, String channel, String type, String office, Instant filedAt) {
        long id = nextId++;
        em.createNativeQuery("""
                insert into complaint (id, brand_id, brand_name, right_id, right_type, right_office, right_registration_number,
                    right_mark, infringement_type, explanation, submitter_subject, submitter_email, good_faith, accurate,
                    channel, filed_at)
                values (?1, ?2, 'Brand ' || ?2, 1, 'TRADEMARK', ?3, '000000', 'MARK', ?4, 'Seeded for the transparency figures.',
                    'seed', 'seed@markguard.test', true, true, ?5, ?6)""")
                .setParameter(1, id).setParameter(2, brandId).setParameter(3, office).setParameter(4, type)
                .setParameter(5, channel).setParameter(6, filedAt).executeUpdate();
        itemFigures.noticeFiled(em.find(Complaint.class, id));
        return id;
    }

    private long item(long complaintId, long brandId, String channel, String type, String status, Instant filedAt,
            Duration decidedAfter, Duration removedAfter) {
        long id = nextId++;
        em.createNativeQuery("""
                insert into complaint_item (id, complaint_id, brand_id, infringement_type, listing_id, listing_url, listing_title,
                    listing_status, seller_merchant_id, snapshot, snapshot_sha256, snapshot_at, status, channel, spot_check,
                    deadline, decided_at, takedown_applied_at, created_at)
                values (?1, ?2, ?3, ?4, ?1, 'https://shop.test/' || ?1, 'Seeded listing', 'ACTIVE', 1, '{}', 'seed', ?5, ?6, ?7,
                    false, ?8,
                    case when ?9 < 0 then null else cast(?5 as timestamptz) + make_interval(secs => ?9) end,
                    case when ?10 < 0 then null else cast(?5 as timestamptz) + make_interval(secs => ?10) end, ?5)""")
                .setParameter(1, id).setParameter(2, complaintId).setParameter(3, brandId).setParameter(4, type)
                .setParameter(5, filedAt).setParameter(6, status).setParameter(7, channel)
                .setParameter(8, filedAt.plus(Duration.ofHours(24)))
                .setParameter(9, decidedAfter == null ? -1.0 : (double) decidedAfter.toSeconds())
                .setParameter(10, removedAfter == null ? -1.0 : (double) removedAfter.toSeconds()).executeUpdate();
        Complaint complaint = em.find(Complaint.class, complaintId);
        for (TransparencyRollups.Change step : lifeOf(complaint, channel, type, ItemStatus.valueOf(status), decidedAfter, removedAfter)) {
            itemFigures.record(List.of(step));
        }
        return id;
    }

    /** The item's steps to where it ends: filed, then decided, taken down and retracted or reversed as it was. */
    private static List<TransparencyRollups.Change> lifeOf(Complaint c, String channel, String type, ItemStatus end,
            Duration decidedAfter, Duration removedAfter) {
        List<TransparencyRollups.Standing> steps = new ArrayList<>();
        Instant decided = decidedAfter == null ? null : c.filedAt.plus(decidedAfter);
        if (end == ItemStatus.DUPLICATE) {
            steps.add(standing(c, channel, type, end, null, false));
        } else if (channel.equals("FAST_TRACK")) {
            steps.add(standing(c, channel, type, ItemStatus.ACCEPTED, decided, false));
        } else {
            steps.add(standing(c, channel, type, ItemStatus.PENDING, null, false));
            if (decided != null) {
                steps.add(standing(c, channel, type, end == ItemStatus.REJECTED ? end : ItemStatus.ACCEPTED, decided, false));
            }
        }
        if (removedAfter != null) {
            steps.add(standing(c, channel, type, steps.getLast().status(), c.filedAt.plus(removedAfter), true));
        }
        if (steps.getLast().status() != end) {
            TransparencyRollups.Standing last = steps.getLast();
            steps.add(standing(c, channel, type, end, last.actionAt(), last.takenDown()));
        }
        List<TransparencyRollups.Change> changes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            changes.add(new TransparencyRollups.Change(i == 0 ? null : steps.get(i - 1), steps.get(i)));
        }
        return changes;
    }

    private static TransparencyRollups.Standing standing(Complaint c, String channel, String type, ItemStatus status,
            Instant actionAt, boolean takenDown) {
        return new TransparencyRollups.Standing(c.filedAt, c.brandId, type, c.rightOffice, channel, status, actionAt, takenDown,
                false, false);
    }
}
