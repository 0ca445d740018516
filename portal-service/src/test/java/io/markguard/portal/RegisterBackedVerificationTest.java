package io.markguard.portal;

import static io.markguard.portal.BrandApi.OWNER;
import static io.markguard.portal.BrandApi.brand;
import static io.markguard.portal.BrandApi.brandOf;
import static io.markguard.portal.BrandApi.caseOf;
import static io.markguard.portal.BrandApi.right;
import static io.markguard.portal.BrandApi.rightsOf;
import static io.markguard.portal.BrandApi.start;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.BrowserSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The automatic methods verify only what the register bears out: the owner's name typed by the brand and a domain of
 * its own choosing prove nothing; a right off the register, cancelled, expired or another's is never verified by them.
 */
@QuarkusTest
@QuarkusTestResource(Mailbox.class)
class RegisterBackedVerificationTest {

    @Test
    void aLookAlikeDomainWithTheOwnersNameTypedInGoesToAReviewerInsteadOfVerifying() {
        // Someone who is not Brightwater types its legal name and a domain they control.
        long brandId = brand(OWNER, "Brightwater", "Brightwater Kitchenware Inc.", "brightwater-kitchen.test");
        long rightId = right(OWNER, brandId, "USPTO", "5550011", "BRIGHTWATER", "Brightwater Kitchenware Inc.");

        // Through the pages, as the brand's user would: the code goes to an address at the domain the brand gave.
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        String brandPage = "/brands/" + brandId;
        Response page = owner.get(brandPage);
        String casePage = path(owner.post(brandPage + "/cases", page,
                Map.of("rightId", rightId, "method", "DOMAIN_EMAIL", "mailbox", "legal")));
        long caseId = Long.parseLong(casePage.substring(casePage.lastIndexOf('/') + 1));
        caseOf(OWNER, brandId, caseId)
                .body("status", equalTo("AWAITING_CODE"))
                .body("codeSentTo", equalTo("legal@brightwater-kitchen.test"))
                .body("history.action", hasItem("DOMAIN_NOT_ON_REGISTER"));
        page = owner.get(casePage);
        owner.post(casePage + "/code", page, Map.of("code", Mailbox.latestCode("legal@brightwater-kitchen.test", 1)));
        owner.get(casePage).then().statusCode(200)
                .body(containsString("With a reviewer"))
                .body(containsString("Control proven of a domain the register does not tie to the owner"));
        caseOf(OWNER, brandId, caseId)
                .body("status", equalTo("IN_REVIEW"))
                .body("reviewReason", equalTo("DOMAIN_NOT_ON_REGISTER"))
                .body("history.action", hasItem("CODE_ACCEPTED"));
        rightsOf(OWNER, brandId).body("status", contains("PENDING"));
        brandOf(OWNER, brandId).body("status", equalTo("PENDING"));
        assertTrue(Mailbox.to("trademarks@brightwater.test").isEmpty(), "the register's correspondent was not written to");

        // The proof waits for a reviewer, with what was proven in its trail.
        given().auth().oauth2(BrandApi.token("reviewer")).get("/api/review/cases/" + caseId).then()
                .statusCode(200)
                .body("verification.reviewReason", equalTo("DOMAIN_NOT_ON_REGISTER"))
                .body("verification.history.reason", hasItem(containsString("brightwater-kitchen.test")));
        assertTrue(reviewQueueHas(caseId), "the case is in the reviewers' queue");
        BrowserSession.signIn("reviewer").get("/review/cases/" + caseId).then().statusCode(200)
                .body(containsString("Control proven of a domain the register does not tie to the owner"))
                .body(containsString("trademarks@brightwater.test"))
                .body(containsString("brightwater-kitchen.test"));
    }

    @Test
    void aTxtRecordOnALookAlikeDomainIsEvidenceForAReviewerNotProof() {
        long brandId = brand(OWNER, "Windrow", "Windrow Garden Tools Inc.", "windrow-tools.test");
        long rightId = right(OWNER, brandId, "USPTO", "5550018", "WINDROW", "Windrow Garden Tools Inc.");
        JsonPath opened = start(OWNER, brandId, rightId, "DOMAIN_DNS", null).then().statusCode(201)
                .body("dnsName", equalTo("_markguard.windrow-tools.test")).extract().jsonPath();
        PublishedDnsRecords.publish("_markguard.windrow-tools.test", opened.getString("dnsValue"));

        dnsCheck(brandId, opened.getLong("id")).then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("reviewReason", equalTo("DOMAIN_NOT_ON_REGISTER"))
                .body("history.action", hasItem("DNS_TOKEN_FOUND"));
        rightsOf(OWNER, brandId).body("status", contains("PENDING"));
    }

    @Test
    void aTxtRecordOnADomainTheRegisterNamesForTheOwnerVerifies() {
        // Tallow Creek's register entry names tallowcreek-shop.test among the owner's domains.
        long brandId = brand(OWNER, "Tallow Creek", "Tallow Creek Soap Company", "tallowcreek-shop.test");
        long rightId = right(OWNER, brandId, "USPTO", "5550010", "TALLOW CREEK", "Tallow Creek Soap Co.");
        JsonPath opened = start(OWNER, brandId, rightId, "DOMAIN_DNS", null).then().statusCode(201)
                .body("history.action", org.hamcrest.Matchers.not(hasItem("DOMAIN_NOT_ON_REGISTER"))).extract().jsonPath();
        PublishedDnsRecords.publish("_markguard.tallowcreek-shop.test", opened.getString("dnsValue"));

        dnsCheck(brandId, opened.getLong("id")).then().statusCode(200).body("status", equalTo("VERIFIED"));
        rightsOf(OWNER, brandId).body("status", contains("VERIFIED"));
        brandOf(OWNER, brandId).body("status", equalTo("VERIFIED"));
    }

    @Test
    void aRightOffTheRegisterIsVerifiedByNoAutomaticMethod() {
        long brandId = brand(OWNER, "Fogbank", "Fogbank Supplies Inc.", "fogbank.test");
        long rightId = right(OWNER, brandId, "USPTO", "7999998", "FOGBANK", "Fogbank Supplies Inc.");
        for (String method : List.of("REGISTER_CODE", "DOMAIN_EMAIL", "DOMAIN_DNS")) {
            start(OWNER, brandId, rightId, method, "legal").then()
                    .statusCode(422)
                    .body("violations.field", contains("rightId"));
        }
        assertTrue(Mailbox.to("legal@fogbank.test").isEmpty());
        rightsOf(OWNER, brandId).body("status", contains("UNVERIFIED"));
        brandOf(OWNER, brandId).body("status", equalTo("UNVERIFIED"));
        // Documents remain: a reviewer decides.
        start(OWNER, brandId, rightId, "DOCUMENTS", null).then().statusCode(201).body("status", equalTo("AWAITING_DOCUMENTS"));
    }

    @Test
    void aCancelledRegistrationIsNotVerifiedEvenOnTheOwnersOwnDomain() {
        long brandId = brand(OWNER, "Quarry Bell", "Quarry Bell GmbH", "quarrybell.test");
        long rightId = right(OWNER, brandId, "EUIPO", "018550013", "QUARRY BELL", "Quarry Bell GmbH");
        for (String method : List.of("REGISTER_CODE", "DOMAIN_EMAIL", "DOMAIN_DNS")) {
            start(OWNER, brandId, rightId, method, "marken").then()
                    .statusCode(422)
                    .body("violations.field", contains("rightId"))
                    .body("detail", containsString("CANCELLED"));
        }
        assertTrue(Mailbox.to("marken@quarrybell.test").isEmpty());
        rightsOf(OWNER, brandId).body("status", contains("UNVERIFIED"));

        // Nor can a reviewer approve what the register records as cancelled; rejecting it is open.
        long caseId = start(OWNER, brandId, rightId, "DOCUMENTS", null).then().statusCode(201).extract().jsonPath().getLong("id");
        BrandApi.upload(OWNER, brandId, caseId, "CERTIFICATE", "certificate.pdf", BrandApi.PDF, "application/pdf").then().statusCode(201);
        BrandApi.submit(OWNER, brandId, caseId).then().statusCode(200);
        BrandApi.claim(caseId).then().statusCode(200);
        BrandApi.decide(caseId, "APPROVE", "The certificate looks right.").then()
                .statusCode(409)
                .body("detail", containsString("CANCELLED"));
        rightsOf(OWNER, brandId).body("status", contains("PENDING"));
        BrandApi.decide(caseId, "REJECT", "Cancelled on the register.").then().statusCode(200);
        rightsOf(OWNER, brandId).body("status", contains("REJECTED"));
    }

    @Test
    void anExpiredRegistrationIsNotVerifiedThoughTheRegisterStillSaysRegistered() {
        long brandId = brand(OWNER, "Duskwood", "Duskwood Candles Inc.", "duskwood.test");
        long rightId = right(OWNER, brandId, "USPTO", "5550012", "DUSKWOOD", "Duskwood Candles Inc.");
        for (String method : List.of("REGISTER_CODE", "DOMAIN_EMAIL", "DOMAIN_DNS")) {
            start(OWNER, brandId, rightId, method, "legal").then()
                    .statusCode(422)
                    .body("violations.field", contains("rightId"))
                    .body("detail", containsString("expired on 2024-01-14"));
        }
        assertTrue(Mailbox.to("legal@duskwood.test").isEmpty());
        rightsOf(OWNER, brandId).body("status", contains("UNVERIFIED"));
    }

    @Test
    void aRegistrationOfAnotherOwnerGoesToAReviewerBeforeAnyCodeIsSent() {
        // The brand typed its own name as the owner; the register names Marsh Hen Outfitters LLC.
        long brandId = brand(OWNER, "Marsh Hen", "Marsh Hen Trading Ltd", "marshhen.test");
        long rightId = right(OWNER, brandId, "USPTO", "5550014", "MARSH HEN", "Marsh Hen Trading Ltd");
        start(OWNER, brandId, rightId, "DOMAIN_EMAIL", "legal").then()
                .statusCode(201)
                .body("status", equalTo("IN_REVIEW"))
                .body("reviewReason", equalTo("OWNER_MISMATCH"))
                .body("codeSentTo", nullValue());
        assertTrue(Mailbox.to("legal@marshhen.test").isEmpty(), "no code was mailed");
        rightsOf(OWNER, brandId).body("status", contains("PENDING"));
        brandOf(OWNER, brandId).body("status", equalTo("PENDING"));
    }

    private static String path(Response redirect) {
        assertEquals(303, redirect.statusCode(), redirect.asString());
        return redirect.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    private static Response dnsCheck(long brandId, long caseId) {
        return given().auth().oauth2(BrandApi.token(OWNER)).contentType(ContentType.JSON)
                .post("/api/brands/" + brandId + "/cases/" + caseId + "/dns-check");
    }

    /** Walks the reviewers' queue a page at a time until the case is found or the queue ends. */
    static boolean reviewQueueHas(long caseId) {
        String cursor = null;
        do {
            var request = given().auth().oauth2(BrandApi.token("reviewer")).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/review/cases").then().statusCode(200).extract().jsonPath();
            if (page.getList("items.id", Long.class).contains(caseId)) {
                return true;
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return false;
    }

}
