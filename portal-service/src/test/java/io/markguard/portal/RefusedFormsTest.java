package io.markguard.portal;

import static io.markguard.portal.PortalFormsTest.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.markguard.testsupport.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A form posted without its fields, or with one malformed, comes back as its page with 400: the fields named in the
 * reader's language, what was typed filled in again, and nothing changed.
 */
@QuarkusTest
class RefusedFormsTest {

    @Test
    void theReviewersVerificationDecisionPostedEmptyNamesTheFieldsAndDecidesNothing() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Larkspur Mills", "Larkspur Mills Inc.", "larkspur.test");
        long rightId = BrandApi.right(BrandApi.OWNER, brandId, "USPTO", "7000401", "LARKSPUR", "Larkspur Mills Inc.");
        long caseId = BrandApi.start(BrandApi.OWNER, brandId, rightId, "DOCUMENTS", null).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        BrandApi.upload(BrandApi.OWNER, brandId, caseId, "CERTIFICATE", "certificate.pdf", BrandApi.PDF, "application/pdf")
                .then().statusCode(201);
        BrandApi.submit(BrandApi.OWNER, brandId, caseId).then().statusCode(200);
        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        String casePage = "/review/cases/" + caseId;
        Response page = reviewer.get(casePage);
        reviewer.post(casePage + "/claim", page, Map.of());
        page = reviewer.get(casePage);

        reviewer.post(casePage + "/decision", page, Map.of()).then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Some fields are missing or invalid: Outcome, Reason. Nothing was saved or sent."))
                .body(containsString("id=\"decide\""));
        given().redirects().follow(false).cookies(reviewer.cookies).cookie("mg_lang", "zh-CN")
                .formParam("csrf-token", token(page)).post(casePage + "/decision").then()
                .statusCode(400)
                .body(containsString("以下字段缺失或无效：结果、理由。"));

        reviewer.post(casePage + "/decision", page, Map.of("reason", "Certificate checked against the register.")).then()
                .statusCode(400)
                .body(containsString("Some fields are missing or invalid: Outcome."))
                .body(containsString(">Certificate checked against the register.</textarea>"));
        reviewer.post(casePage + "/decision", page, Map.of("outcome", "APPROVE", "reason", " ")).then()
                .statusCode(400)
                .body(containsString("Some fields are missing or invalid: Reason."))
                .body(containsString("<option value=\"APPROVE\" selected>"));
        BrandApi.caseOf(BrandApi.OWNER, brandId, caseId).body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void theBrandPagesFormsPostedEmptyNameTheirFieldsAndChangeNothing() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Foxglove Row", "Foxglove Row Ltd", "foxglove.test");
        long rightId = BrandApi.right(BrandApi.OWNER, brandId, "USPTO", "7000402", "FOXGLOVE", "Foxglove Row Ltd");
        long caseId = BrandApi.start(BrandApi.OWNER, brandId, rightId, "DOCUMENTS", null).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        String brandPage = "/brands/" + brandId;
        String casePage = brandPage + "/cases/" + caseId;
        Response page = owner.get(brandPage);

        owner.post("/brands", page, Map.of()).then().statusCode(400)
                .body(containsString("id=\"register-brand\""))
                .body(containsString("Brand name"))
                .body(containsString("Website domain"));
        owner.post(brandPage + "/rights", page, Map.of()).then().statusCode(400)
                .body(containsString("id=\"add-right\""))
                .body(containsString("Some fields are missing or invalid: Type, Office"));
        owner.post(brandPage + "/cases", page, Map.of()).then().statusCode(400)
                .body(containsString("Some fields are missing or invalid: Right, Method."));
        given().redirects().follow(false).cookies(owner.cookies).multiPart("csrf-token", token(page))
                .post(brandPage + "/agents").then().statusCode(400)
                .body(containsString("Rights the agent may act on"))
                .body(containsString("Letter of authorisation"));
        owner.post(casePage + "/code", page, Map.of()).then().statusCode(400)
                .body(containsString("Some fields are missing or invalid: Code from the mail."));
        given().redirects().follow(false).cookies(owner.cookies).multiPart("csrf-token", token(page))
                .post(casePage + "/documents").then().statusCode(400)
                .body(containsString("Some fields are missing or invalid: Document."));

        BrandApi.rightsOf(BrandApi.OWNER, brandId).body("size()", equalTo(1));
        BrandApi.caseOf(BrandApi.OWNER, brandId, caseId).body("documents.size()", equalTo(0));
        owner.get("/brands").then().body(not(containsString("id=\"error\"")));
    }

    @Test
    void aMalformedFieldIsNamedAndWhatWasTypedIsKept() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Wrenfield", "Wrenfield Ltd", "wrenfield.test");
        BrandApi.right(BrandApi.OWNER, brandId, "USPTO", "7000403", "WRENFIELD", "Wrenfield Ltd");
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        String brandPage = "/brands/" + brandId;
        Response page = owner.get(brandPage);

        owner.post(brandPage + "/cases", page, Map.of("rightId", "not-a-number", "method", "DOMAIN_EMAIL",
                "mailbox", "legal")).then()
                .statusCode(400)
                .body(containsString("Some fields are missing or invalid: Right."))
                .body(containsString("value=\"DOMAIN_EMAIL\" id=\"method-DOMAIN_EMAIL\" checked"))
                .body(containsString("id=\"verify-mailbox\" maxlength=\"64\" value=\"legal\""));

        owner.post(brandPage + "/rights", page, Map.of("type", "TRADEMARK", "office", "EUIPO", "registrationNumber",
                "018765432", "mark", "WRENFIELD", "niceClasses", "25", "ownerName", "Wrenfield Ltd",
                "registeredOn", "2023-13-45")).then()
                .statusCode(400)
                .body(containsString("Some fields are missing or invalid: Registered on."))
                .body(containsString("<option value=\"EUIPO\" selected>"))
                .body(containsString("value=\"018765432\""));
        // Refused by the rules of the office rather than the form: the same page again, with the office's format.
        owner.post(brandPage + "/rights", page, Map.of("type", "TRADEMARK", "office", "EUIPO", "registrationNumber",
                "18765432", "mark", "WRENFIELD", "niceClasses", "25", "ownerName", "Wrenfield Ltd")).then()
                .statusCode(400)
                .body(containsString("EUIPO: 9 digits"))
                .body(containsString("value=\"18765432\""));

        given().redirects().follow(false).cookies(owner.cookies).multiPart("csrf-token", token(page))
                .multiPart("agentSubject", BrandApi.AGENT_SUBJECT).multiPart("rightId", "first")
                .multiPart("validUntil", "soon").post(brandPage + "/agents").then()
                .statusCode(400)
                .body(containsString("Rights the agent may act on"))
                .body(containsString("Valid until"))
                .body(containsString("value=\"" + BrandApi.AGENT_SUBJECT + "\""));
        BrandApi.rightsOf(BrandApi.OWNER, brandId).body("size()", equalTo(1));
    }

    @Test
    void aBulkUploadPostedEmptyOrIncompleteKeepsWhatWasTyped() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Thornbury", "Thornbury Ltd", "thornbury.test");
        long rightId = BrandApi.right(BrandApi.OWNER, brandId, "USPTO", "7000404", "THORNBURY", "Thornbury Ltd");
        BrandApi.verifyByDocuments(BrandApi.OWNER, brandId, rightId);
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        String bulk = "/complaints/brands/" + brandId + "/bulk";
        Response page = owner.get(bulk);

        given().redirects().follow(false).cookies(owner.cookies).multiPart("csrf-token", token(page)).post(bulk).then()
                .statusCode(400)
                .body(containsString("Some fields are missing or invalid: Right, Type of infringement, Explanation, "
                        + "Good-faith statement, Accuracy statement, File."));
        owner.postFile(bulk, page, Map.of("rightId", List.of(String.valueOf(rightId)), "infringementType", List.of("DESIGN"),
                "explanation", List.of("Every listing copies the registered Thornbury buckle."), "goodFaith", List.of("true")),
                "file", "listings.pdf", "%PDF-1.4\n%%EOF\n".getBytes()).then()
                .statusCode(400)
                .body(containsString("Some fields are missing or invalid: Accuracy statement."))
                .body(containsString(">Every listing copies the registered Thornbury buckle.</textarea>"))
                .body(containsString("<option value=\"DESIGN\" selected>"));
    }
}
