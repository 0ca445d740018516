package io.markguard.portal;

import static io.markguard.portal.BrandApi.AGENT;
import static io.markguard.portal.BrandApi.OWNER;
import static io.markguard.portal.BrandApi.PDF;
import static io.markguard.portal.BrandApi.brand;
import static io.markguard.portal.BrandApi.brandOf;
import static io.markguard.portal.BrandApi.caseOf;
import static io.markguard.portal.BrandApi.claim;
import static io.markguard.portal.BrandApi.decide;
import static io.markguard.portal.BrandApi.enterCode;
import static io.markguard.portal.BrandApi.right;
import static io.markguard.portal.BrandApi.rightsOf;
import static io.markguard.portal.BrandApi.start;
import static io.markguard.portal.BrandApi.submit;
import static io.markguard.portal.BrandApi.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Document review by a reviewer, owner-name mismatches and conflicting claims. */
@QuarkusTest
class DocumentReviewTest {

    @Test
    void documentsAreJudgedByAReviewerWhoMayAskForMore() throws Exception {
        long brandId = brand(OWNER, "Grey Fox", "Grey Fox Leather Goods", "greyfox.test");
        long rightId = right(OWNER, brandId, "USPTO", "5550008", "GREY FOX", "Grey Fox Leather Goods, Inc.");
        long caseId = start(OWNER, brandId, rightId, "DOCUMENTS", null).then().statusCode(201)
                .body("status", equalTo("AWAITING_DOCUMENTS")).extract().jsonPath().getLong("id");

        // Bad uploads are refused on their content and store nothing.
        byte[] oversized = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        upload(OWNER, brandId, caseId, "CERTIFICATE", "big.pdf", oversized, "application/pdf").then()
                .statusCode(413)
                .body("violations.field", contains("file"));
        upload(OWNER, brandId, caseId, "CERTIFICATE", "certificate.pdf", "not a pdf at all".getBytes(), "application/pdf").then()
                .statusCode(415)
                .body("violations.field", contains("file"))
                .body("detail", containsString("PDF, PNG and JPEG"));
        upload(OWNER, brandId, caseId, "RECEIPT", "certificate.pdf", PDF, "application/pdf").then()
                .statusCode(400)
                .body("violations.field", contains("kind"));
        caseOf(OWNER, brandId, caseId).body("documents.size()", equalTo(0));
        submit(OWNER, brandId, caseId).then().statusCode(422).body("violations.field", contains("documents"));

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        long documentId = upload(OWNER, brandId, caseId, "CERTIFICATE", "certificate.pdf", PDF, "text/plain").then()
                .statusCode(201)
                .body("contentType", equalTo("application/pdf"))
                .body("sha256", equalTo(sha256))
                .body("sizeBytes", equalTo(PDF.length))
                .extract().jsonPath().getLong("id");
        submit(OWNER, brandId, caseId).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("reviewReason", equalTo("DOCUMENTS"))
                .body("deadline", notNullValue());

        // The queue is for reviewers only.
        given().auth().oauth2(BrandApi.token(OWNER)).get("/api/review/cases").then().statusCode(403);
        given().auth().oauth2(BrandApi.token("reviewer")).get("/api/review/cases").then()
                .statusCode(200)
                .body("items.id", hasItem((int) caseId));
        byte[] downloaded = given().auth().oauth2(BrandApi.token("reviewer"))
                .get("/api/review/cases/documents/" + documentId).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(PDF, downloaded);

        decide(caseId, "APPROVE", "Looks fine.").then().statusCode(409).body("detail", containsString("Claim"));
        claim(caseId).then().statusCode(200).body("claimedBy", equalTo("reviewer"));
        decide(caseId, "MORE_EVIDENCE", null).then().statusCode(400).body("violations.field", contains("reason"));
        decide(caseId, "MORE_EVIDENCE", " ").then().statusCode(400).body("violations.field", contains("reason"));
        caseOf(OWNER, brandId, caseId).body("status", equalTo("IN_REVIEW"));
        decide(caseId, "MORE_EVIDENCE", "The certificate page with the owner is missing.").then().statusCode(200);
        caseOf(OWNER, brandId, caseId).body("status", equalTo("MORE_EVIDENCE"));

        upload(OWNER, brandId, caseId, "CERTIFICATE", "owner-page.pdf", PDF, "application/pdf").then().statusCode(201);
        submit(OWNER, brandId, caseId).then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        claim(caseId).then().statusCode(200);
        decide(caseId, "APPROVE", "The owner page matches the register.").then().statusCode(200);

        // The brand follows every step, who took it and why.
        caseOf(OWNER, brandId, caseId).statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("history.action", hasItems("OPENED", "DOCUMENT_UPLOADED", "SUBMITTED", "TO_REVIEW", "CLAIMED",
                        "MORE_EVIDENCE", "APPROVE"))
                .body("history.find { it.action == 'MORE_EVIDENCE' }.actor", equalTo("reviewer"))
                .body("history.find { it.action == 'MORE_EVIDENCE' }.reason",
                        equalTo("The certificate page with the owner is missing."))
                .body("history.find { it.action == 'APPROVE' }.reason", equalTo("The owner page matches the register."));
        brandOf(OWNER, brandId).body("status", equalTo("VERIFIED"));
        // Another user of another brand sees none of it.
        caseOf(AGENT, brandId, caseId).statusCode(404);
    }

    @Test
    void anOwnerNameThatDoesNotMatchGoesToAReviewerWhoMayReject() {
        long brandId = brand(OWNER, "Rossa", "Rossa Holdings S.r.l.", "rossa.test");
        long rightId = right(OWNER, brandId, "EUIPO", "018550003", "ALPINA ROSSA", "Alpina Rossa S.p.A.");
        long caseId = start(OWNER, brandId, rightId, "REGISTER_CODE", null).then()
                .statusCode(201)
                .body("status", equalTo("IN_REVIEW"))
                .body("reviewReason", equalTo("OWNER_MISMATCH"))
                .body("history.reason", hasItem(containsString("Alpina Rossa S.p.A.")))
                .extract().jsonPath().getLong("id");
        assertTrue(Mailbox.to("marchi@alpinarossa.test").isEmpty(), "no code is mailed when the owner does not match");
        brandOf(OWNER, brandId).body("status", equalTo("PENDING"));

        claim(caseId).then().statusCode(200);
        decide(caseId, "REJECT", "The register names another company and no assignment was shown.").then().statusCode(200);
        brandOf(OWNER, brandId).body("status", equalTo("REJECTED"));
        rightsOf(OWNER, brandId).body("status", contains("REJECTED"));
        caseOf(OWNER, brandId, caseId).body("history.reason",
                hasItem("The register names another company and no assignment was shown."));
    }

    @Test
    void twoBrandsClaimingOneRegistrationAreBothFlaggedAndNeitherIsVerified() {
        long first = brand(OWNER, "Fenwick", "Fenwick & Sons Limited", "fenwick.test");
        long firstRight = right(OWNER, first, "UKIPO", "UK00003550004", "FENWICK", "Fenwick & Sons Ltd");
        long firstCase = start(OWNER, first, firstRight, "REGISTER_CODE", null).then().statusCode(201)
                .body("status", equalTo("AWAITING_CODE")).extract().jsonPath().getLong("id");
        String code = Mailbox.latestCode("trademarks@fenwick.test", 1);

        // Before the code is entered, a second brand adds the same registration.
        long second = brand(AGENT, "Fenwick Copy", "Fenwick and Sons Ltd", "fenwick-copy.test");
        long secondRight = right(AGENT, second, "UKIPO", "UK 0000 3550 004", "FENWICK", "Fenwick & Sons Ltd");

        // The right code no longer verifies anything: the case waits for a reviewer, and so does the other brand.
        enterCode(OWNER, first, firstCase, code).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("reviewReason", equalTo("CONFLICT"));
        given().auth().oauth2(BrandApi.token(AGENT)).get("/api/brands/" + second + "/cases").then()
                .statusCode(200)
                .body("items.status", contains("IN_REVIEW"))
                .body("items.reviewReason", contains("CONFLICT"));
        start(AGENT, second, secondRight, "DOMAIN_DNS", null).then().statusCode(409)
                .body("violations.field", contains("rightId"));
        brandOf(OWNER, first).body("status", equalTo("PENDING"));
        brandOf(AGENT, second).body("status", equalTo("PENDING"));
        rightsOf(OWNER, first).body("status", contains("PENDING"));
        rightsOf(AGENT, second).body("status", contains("PENDING"));

        List<Integer> queued = given().auth().oauth2(BrandApi.token("reviewer")).get("/api/review/cases").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.reviewReason == 'CONFLICT' }.brandId");
        assertTrue(queued.contains((int) first) && queued.contains((int) second), "both brands are in the queue: " + queued);

        // Read one case at a time, the queue gives the same cases in the same order as in one page.
        List<Integer> whole = given().auth().oauth2(BrandApi.token("reviewer")).get("/api/review/cases?limit=200").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
        List<Integer> paged = new java.util.ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 200; page++) {
            var answer = given().auth().oauth2(BrandApi.token("reviewer")).queryParam("limit", 1)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor)).get("/api/review/cases").then()
                    .statusCode(200).extract().jsonPath();
            paged.addAll(answer.getList("items.id"));
            cursor = answer.getString("nextCursor");
            if (cursor == null) {
                break;
            }
        }
        assertEquals(whole, paged);
    }
}
