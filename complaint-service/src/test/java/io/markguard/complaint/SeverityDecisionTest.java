package io.markguard.complaint;

import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.await;
import static io.markguard.complaint.Markguard.fastTrackBrand;
import static io.markguard.complaint.Markguard.file;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.merchants;
import static io.markguard.complaint.Markguard.notice;
import static io.markguard.complaint.Markguard.verifiedBrand;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reviewer chooses an accepted item's severity, merchant-service's policy gives its points, and the statement of
 * reasons names the severity and who set it; the fast track weighs the type's default.
 */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class SeverityDecisionTest {

    @Test
    void aLowCounterfeitChosenByTheReviewerWeighsFourPointsAndTheStatementNamesTheReviewer() {
        Markguard.Brand brand = verifiedBrand("Northwind Severity");
        long merchant = merchantId("merchant-a");
        long item = file(OWNER, notice(brand, listings(merchant, 1))).then().statusCode(201)
                .extract().jsonPath().getLong("items[0].id");
        as("reviewer").post("/api/review/items/" + item + "/claim").then().statusCode(200);

        // A severity the policy does not know, or one on a rejection, is refused naming the field.
        decision(item, Map.of("outcome", "ACCEPT", "reasonCode", "COUNTERFEIT_CONFIRMED", "reason", "Fake.",
                "severity", "SEVERE")).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("severity"));
        decision(item, Map.of("outcome", "REJECT", "reasonCode", "INSUFFICIENT_EVIDENCE", "reason", "Unclear.",
                "severity", "LOW")).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("severity"));

        decision(item, Map.of("outcome", "ACCEPT", "reasonCode", "COUNTERFEIT_CONFIRMED",
                "reason", "A copy, though a poor one.", "severity", "LOW")).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("severity", equalTo("LOW"))
                .body("severitySource", equalTo("REVIEWER"));

        await("takedown applied", Duration.ofSeconds(30), () -> as(OWNER).get("/api/complaint-items/" + item)
                .then().extract().jsonPath().get("violationId") != null);
        JsonPath violation = merchants("merchant-a").queryParam("limit", 200).get("/api/merchants/me/violations").then()
                .statusCode(200).extract().jsonPath();
        String mine = "items.find { it.complaintItemId == '" + item + "' }";
        assertEquals("LOW", violation.getString(mine + ".severity"));
        assertEquals("REVIEWER", violation.getString(mine + ".severitySource"));
        // Policy 2026.2: a low counterfeit is 4 points.
        assertEquals(4, violation.getInt(mine + ".points"));

        long sanction = merchants("merchant-a").queryParam("limit", 200).get("/api/merchants/me/sanctions").then()
                .statusCode(200).extract().jsonPath()
                .getLong("items.find { it.complaintItemId == '" + item + "' && it.measure == 'LISTING_REMOVED' }.id");
        merchants("merchant-a").get("/api/sanctions/" + sanction + "/statement-of-reasons").then().statusCode(200)
                .body("severity.severity", equalTo("LOW"))
                .body("severity.points", equalTo(4))
                .body("severity.source", equalTo("REVIEWER"))
                .body("severity.reviewer", equalTo("reviewer"))
                .body("severity.reasonCode", equalTo("COUNTERFEIT_CONFIRMED"))
                .body("facts", containsString("Severity low: chosen by reviewer reviewer."))
                .body("ground.policyClause", containsString("severity low = 4 points"));
    }

    @Test
    void withoutAChoiceTheItemWeighsThePolicysDefaultForTheReasonCode() {
        Markguard.Brand brand = verifiedBrand("Northwind Default Severity");
        long merchant = merchantId("merchant-a");
        long item = file(OWNER, notice(brand, listings(merchant, 1))).then().statusCode(201)
                .extract().jsonPath().getLong("items[0].id");
        as("reviewer").post("/api/review/items/" + item + "/claim").then().statusCode(200);
        decision(item, Map.of("outcome", "ACCEPT", "reasonCode", "RIGHT_INFRINGED", "reason", "The mark is used."))
                .then().statusCode(200).body("severitySource", equalTo("POLICY_DEFAULT"));
        // The policy's default for a counterfeit accepted as RIGHT_INFRINGED is MEDIUM: the item learns it from
        // merchant-service's answer.
        await("severity recorded", Duration.ofSeconds(30), () -> "MEDIUM".equals(as(OWNER)
                .get("/api/complaint-items/" + item).then().extract().jsonPath().getString("severity")));
    }

    @Test
    void fastTrackItemsWeighTheTypesDefaultInSingleAndBatchTakedowns() {
        long merchant = merchantId("merchant-b");
        Markguard.Brand brand = fastTrackBrand("Northwind Fast Severity", merchant, 3);
        List<Integer> items = file(OWNER, notice(brand, listings(merchant, 2))).then().statusCode(201)
                .body("channel", equalTo("FAST_TRACK"))
                .body("items.severitySource", everyItem(equalTo("FAST_TRACK")))
                .extract().jsonPath().getList("items.id");
        for (Integer item : items) {
            await("severity recorded", Duration.ofSeconds(30), () -> "HIGH".equals(as(OWNER)
                    .get("/api/complaint-items/" + item).then().extract().jsonPath().getString("severity")));
        }
        JsonPath violations = merchants("merchant-b").queryParam("limit", 200).get("/api/merchants/me/violations")
                .then().statusCode(200).extract().jsonPath();
        for (Integer item : items) {
            String mine = "items.find { it.complaintItemId == '" + item + "' }";
            assertEquals("FAST_TRACK", violations.getString(mine + ".severitySource"));
            assertEquals(12, violations.getInt(mine + ".points"));
        }
    }

    private static io.restassured.response.Response decision(long item, Map<String, Object> body) {
        return as("reviewer").contentType(ContentType.JSON).body(body).post("/api/review/items/" + item + "/decision");
    }
}
