package io.markguard.complaint;

import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.decide;
import static io.markguard.complaint.Markguard.fastTrackBrand;
import static io.markguard.complaint.Markguard.file;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.notice;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.markguard.complaint.service.SpotCheckDraw;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accuracy of the automated means (DSA Art. 15(1)(e)) through the API: a trusted brand's fast-track notices, their
 * spot checks drawn by the seeded draw and decided by a reviewer, counted in the figures as they are decided; and the
 * month series, which adds up to the period's totals.
 */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class TransparencyAccuracyTest {

    @jakarta.inject.Inject
    SpotCheckDraw draw;

    @jakarta.inject.Inject
    io.markguard.platform.decisionlog.DecisionLogAppender appender;

    /** The leaf the public log holds under the key, once the appender (run by the test here) has taken it in. */
    private JsonPath leaf(String key) {
        appender.appendAll();
        String leaf = given().get("/api/decision-log/leaves/by-key/" + key).then().statusCode(200).extract().jsonPath()
                .getString("leaf");
        return new JsonPath(leaf);
    }

    @Test
    void spotChecksOfTheFastTrackAreCountedAsUpheldOrOverturnedAndTheMonthsAddUpToThePeriod() {
        long merchant = merchantId("merchant-a");
        Markguard.Brand brand = fastTrackBrand("Northwind Accuracy", merchant, 3);

        // With the seed of the test profile, the fourth of four items is drawn for a check.
        draw.restart();
        long upheld = file(OWNER, notice(brand, listings(merchant, 4))).then().statusCode(201)
                .body("channel", equalTo("FAST_TRACK")).extract().jsonPath().getLong("items[3].id");
        JsonPath waiting = figures(brand.id());
        assertEquals(Map.of("drawn", 1, "checked", 0, "upheld", 0, "overturned", 0), counts(waiting));
        assertEquals(4, waiting.getInt("spotChecks.fastTrackActioned"));

        decide(upheld, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(200);
        draw.restart();
        long overturned = file(OWNER, notice(brand, listings(merchant, 4))).then().statusCode(201)
                .body("channel", equalTo("FAST_TRACK")).extract().jsonPath().getLong("items[3].id");
        decide(overturned, "REJECT", "RIGHT_NOT_INFRINGED").then().statusCode(200);

        // In the decision log, each check is a leaf of its own after the removal's: the fast track's acceptance
        // stays as it was taken, and the reviewer's outcome follows it.
        for (long checked : List.of(upheld, overturned)) {
            JsonPath removal = leaf("item-" + checked + "-decided");
            assertEquals("item-accepted", removal.getString("kind"));
            assertEquals("FAST_TRACK", removal.getString("channel"));
            assertEquals(null, removal.getString("spotCheck"));
        }
        JsonPath kept = leaf("item-" + upheld + "-spot-checked");
        assertEquals("item-accepted", kept.getString("kind"));
        assertEquals("UPHELD", kept.getString("spotCheck"));
        JsonPath undone = leaf("item-" + overturned + "-spot-checked");
        assertEquals("item-rejected", undone.getString("kind"));
        assertEquals("OVERTURNED", undone.getString("spotCheck"));
        assertEquals("RIGHT_NOT_INFRINGED", undone.getString("reasonCode"));

        JsonPath figures = figures(brand.id());
        assertEquals(Map.of("drawn", 2, "checked", 2, "upheld", 1, "overturned", 1), counts(figures));
        // The overturned item was acted on (removed at filing) before the reviewer restored it: eight actioned.
        assertEquals(8, figures.getInt("spotChecks.fastTrackActioned"));
        assertEquals(0.5, figures.getDouble("spotChecks.accuracy"));
        assertEquals(0.5, figures.getDouble("spotChecks.errorRate"));
        assertEquals(true, figures.getString("spotChecks.method").contains("share upheld of those checked"));

        // One month (this one), holding the brand's three notices and eleven items, as the totals do.
        List<Map<String, Object>> months = figures.getList("months");
        assertEquals(1, months.size());
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString().substring(0, 7), months.getFirst().get("month"));
        assertEquals(3, months.getFirst().get("notices"));
        assertEquals(figures.getInt("notices"), months.getFirst().get("notices"));
        assertEquals(11, months.getFirst().get("items"));
        assertEquals(figures.getInt("items"), months.getFirst().get("items"));
        // Three standard items accepted by a reviewer and eight fast-track ones: eleven actioned.
        assertEquals(11, months.getFirst().get("actioned"));

        given().auth().oauth2(TestKeycloak.userToken("reviewer")).accept("text/csv").queryParam("brandId", brand.id())
                .get("/api/transparency").then().statusCode(200)
                .body(containsString("spot_checks,FAST_TRACK,checked,2\r\n"))
                .body(containsString("spot_checks,FAST_TRACK,overturned,1\r\n"))
                .body(containsString("month," + months.getFirst().get("month") + ",items,11\r\n"));
        // Platform-wide, the brand's checks are among all brands'.
        JsonPath all = as(OWNER).get("/api/transparency").then().statusCode(200).extract().jsonPath();
        assertEquals(true, all.getInt("spotChecks.checked") >= 2);
        assertEquals(true, all.getInt("spotChecks.overturned") >= 1);
    }

    private static JsonPath figures(long brandId) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        return given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("brandId", brandId)
                .queryParam("from", today).queryParam("to", today).get("/api/transparency").then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Integer> counts(JsonPath figures) {
        return Map.of("drawn", figures.getInt("spotChecks.drawn"), "checked", figures.getInt("spotChecks.checked"),
                "upheld", figures.getInt("spotChecks.upheld"), "overturned", figures.getInt("spotChecks.overturned"));
    }
}
