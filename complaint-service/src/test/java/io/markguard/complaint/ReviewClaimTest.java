package io.markguard.complaint;

import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.file;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.notice;
import static io.markguard.complaint.Markguard.verifiedBrand;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.markguard.complaint.service.Intake;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reviewer claims an item before deciding it, and the claim lapses after {@code markguard.review.claim-expires-after}
 * (30 minutes): until then nobody else may claim or decide it, after it another reviewer may. A reason code must be
 * one of the outcome's. The reviewer's view of an item carries the notice's grounds, evidence, test purchases and the
 * listing's snapshot, and the notice's documents are served to reviewers and the brand's members only.
 */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class ReviewClaimTest {

    private static final String REVIEWER_SUBJECT = "6f1c2a10-0000-4000-8000-000000000005";
    private static final String ADMIN_SUBJECT = "6f1c2a10-0000-4000-8000-000000000006";

    @Inject
    MovableClock clock;

    @AfterEach
    void backToNow() {
        clock.shift(Duration.ZERO);
    }

    @Test
    void anotherReviewerMayClaimAnItemOnlyOnceTheClaimHasLapsed() {
        Markguard.Brand brand = verifiedBrand("Northwind Claims");
        long item = file(OWNER, notice(brand, listings(merchantId("merchant-a"), 1))).then().statusCode(201)
                .extract().jsonPath().getLong("items[0].id");

        // Deciding before claiming is refused: claim first, then decide.
        decide("reviewer", item, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(409)
                .contentType("application/problem+json").body("violations.field", contains("outcome"))
                .body("detail", containsString("Claim item"));

        // The reviewer claims it 31 minutes ago, for 30 minutes: at that moment the claim holds against the admin.
        clock.shift(Duration.ofMinutes(-31));
        JsonPath claimed = as("reviewer").post("/api/review/items/" + item + "/claim").then().statusCode(200)
                .body("claimedBy", equalTo(REVIEWER_SUBJECT)).extract().jsonPath();
        assertEquals(Duration.ofMinutes(30), Duration.between(Instant.parse(claimed.getString("claimedAt")),
                Instant.parse(claimed.getString("claimExpiresAt"))));
        as("admin").post("/api/review/items/" + item + "/claim").then().statusCode(409)
                .contentType("application/problem+json").body("violations.field", contains("itemId"))
                .body("detail", containsString("claimed by another reviewer until"));
        as("reviewer").get("/api/review/items/" + item).then().statusCode(200)
                .body("claim.by", equalTo(REVIEWER_SUBJECT)).body("claim.live", equalTo(true));

        // Now, 31 minutes later, the claim has lapsed: the admin may take the item, and then the reviewer may not decide.
        clock.shift(Duration.ZERO);
        as("reviewer").get("/api/review/items/" + item).then().statusCode(200)
                .body("claim.by", equalTo(REVIEWER_SUBJECT)).body("claim.live", equalTo(false));
        as("admin").post("/api/review/items/" + item + "/claim").then().statusCode(200)
                .body("claimedBy", equalTo(ADMIN_SUBJECT));
        as("reviewer").post("/api/review/items/" + item + "/claim").then().statusCode(409);
        decide("reviewer", item, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(409)
                .body("violations.field", contains("outcome"));
        as("reviewer").get("/api/complaint-items/" + item).then().statusCode(200).body("status", equalTo("PENDING"))
                .body("claimedBy", equalTo(ADMIN_SUBJECT));
    }

    @Test
    void aReasonCodeThatDoesNotFitTheOutcomeIsRefusedNamingTheField() {
        Markguard.Brand brand = verifiedBrand("Northwind Reasons");
        long item = file(OWNER, notice(brand, listings(merchantId("merchant-a"), 1))).then().statusCode(201)
                .extract().jsonPath().getLong("items[0].id");
        as("reviewer").post("/api/review/items/" + item + "/claim").then().statusCode(200);

        decide("reviewer", item, "ACCEPT", "AUTHORISED_RESELLER").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("reasonCode"));
        decide("reviewer", item, "REJECT", "COUNTERFEIT_CONFIRMED").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("reasonCode"));
        decide("reviewer", item, "REJECT", "NOT_A_CODE").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("reasonCode"));
        as("reviewer").get("/api/complaint-items/" + item).then().statusCode(200).body("status", equalTo("PENDING"));

        decide("reviewer", item, "REJECT", "AUTHORISED_RESELLER").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("reasonCode", equalTo("AUTHORISED_RESELLER"));
    }

    @Test
    void theReviewersViewCarriesTheGroundsEvidenceAndSnapshotAndDocumentsReachOnlyReviewersAndTheBrand() {
        Markguard.Brand brand = verifiedBrand("Northwind Grounds");
        JsonPath filed = file(OWNER, notice(brand, listings(merchantId("merchant-a"), 1))).then().statusCode(201)
                .extract().jsonPath();
        long complaint = filed.getLong("id");
        long item = filed.getLong("items[0].id");
        long document = as(OWNER).queryParam("filename", "receipt.pdf").contentType("application/pdf").body(Markguard.PDF)
                .post("/api/complaints/" + complaint + "/evidence").then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath view = as("reviewer").get("/api/review/items/" + item).then().statusCode(200)
                .body("item.id", equalTo((int) item))
                .body("complaint.brandId", equalTo((int) brand.id()))
                .body("complaint.right.id", equalTo((int) brand.rightId()))
                .body("complaint.explanation", equalTo(Markguard.EXPLANATION))
                .body("evidence.kind", contains("URL", "DOCUMENT"))
                .body("evidence[0].reference", equalTo("https://evidence.markguard.test/photos/1"))
                .body("testPurchases.reference", contains("TP-2026-0001"))
                .body("claim.live", equalTo(false))
                .extract().jsonPath();
        String snapshot = view.getString("snapshot.text");
        assertEquals(Intake.sha256(snapshot), view.getString("snapshot.sha256"));
        assertEquals(filed.getString("items[0].snapshotSha256"), view.getString("snapshot.sha256"));
        as(OWNER).get("/api/review/items/" + item).then().statusCode(403);

        String path = "/api/complaints/" + complaint + "/evidence/" + document;
        byte[] served = as("reviewer").get(path).then().statusCode(200).contentType("application/pdf")
                .header("X-Content-SHA256", Intake.sha256(Markguard.PDF)).extract().asByteArray();
        assertArrayEquals(Markguard.PDF, served);
        as(OWNER).get(path).then().statusCode(200).contentType("application/pdf");
        as("brand-agent").get(path).then().statusCode(404);
        as("merchant-a").get(path).then().statusCode(403);
        // A URL is evidence without a body.
        long url = view.getLong("evidence[0].id");
        as("reviewer").get("/api/complaints/" + complaint + "/evidence/" + url).then().statusCode(404);
        assertEquals("%PDF-", new String(served, 0, 5, StandardCharsets.US_ASCII));
    }

    @Test
    void aLongThreadIsReadFromItsLatestMessageBack() {
        Markguard.Brand brand = verifiedBrand("Northwind Thread");
        long item = file(OWNER, notice(brand, listings(merchantId("merchant-a"), 1))).then().statusCode(201)
                .extract().jsonPath().getLong("items[0].id");
        for (String body : java.util.List.of("First message.", "Second message.", "Third message.")) {
            as(OWNER).contentType(ContentType.JSON).body(Map.of("body", body))
                    .post("/api/complaint-items/" + item + "/messages").then().statusCode(201);
        }
        String path = "/api/complaint-items/" + item + "/messages";
        String older = as("reviewer").queryParam("order", "latest").queryParam("limit", 2).get(path).then().statusCode(200)
                .body("items.body", contains("Third message.", "Second message."))
                .extract().jsonPath().getString("nextCursor");
        as("reviewer").queryParam("order", "latest").queryParam("limit", 2).queryParam("cursor", older).get(path).then()
                .statusCode(200).body("items.body", contains("First message.")).body("nextCursor", equalTo(null));
        // A cursor of the thread read oldest first is not one of this list's.
        String oldestFirst = as("reviewer").queryParam("limit", 1).get(path).then().statusCode(200)
                .body("items.body", contains("First message.")).extract().jsonPath().getString("nextCursor");
        as("reviewer").queryParam("order", "latest").queryParam("cursor", oldestFirst).get(path).then().statusCode(400)
                .body("violations.field", contains("cursor"));
        as("reviewer").queryParam("order", "sideways").get(path).then().statusCode(400)
                .body("violations.field", contains("order"));
    }

    private static io.restassured.response.Response decide(String user, long item, String outcome, String code) {
        return as(user).contentType(ContentType.JSON)
                .body(Map.of("outcome", outcome, "reasonCode", code, "reason", "Checked against the evidence."))
                .post("/api/review/items/" + item + "/decision");
    }
}
