package io.markguard.portal;

import static io.markguard.portal.BrandApi.OWNER;
import static io.markguard.portal.BrandApi.brand;
import static io.markguard.portal.BrandApi.brandOf;
import static io.markguard.portal.BrandApi.caseOf;
import static io.markguard.portal.BrandApi.enterCode;
import static io.markguard.portal.BrandApi.right;
import static io.markguard.portal.BrandApi.rightsOf;
import static io.markguard.portal.BrandApi.start;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fastest path: a code mailed to the correspondent on the trademark register, read from the real mail. */
@QuarkusTest
@QuarkusTestResource(Mailbox.class)
class RegisterCodeVerificationTest {

    @Test
    void theCodeMailedToTheRegistersCorrespondentVerifiesTheBrand() {
        long brandId = brand(OWNER, "Harbor Lights", "Harbor Lights Candle Company", "harborlights.test");
        brandOf(OWNER, brandId).statusCode(200).body("status", equalTo("UNVERIFIED"));
        long rightId = right(OWNER, brandId, "USPTO", "5,550,001", "HARBOR LIGHTS", "Harbor Lights Candle Co.");
        rightsOf(OWNER, brandId).body("registrationNumber", contains("5550001"));

        long caseId = start(OWNER, brandId, rightId, "REGISTER_CODE", null).then()
                .statusCode(201)
                .body("status", equalTo("AWAITING_CODE"))
                .body("codeSentTo", equalTo("legal@harborlights.test"))
                .extract().jsonPath().getLong("id");
        brandOf(OWNER, brandId).body("status", equalTo("PENDING"));

        String code = Mailbox.latestCode("legal@harborlights.test", 1);
        enterCode(OWNER, brandId, caseId, code).then()
                .statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("history.action", hasItems("OPENED", "CODE_SENT", "CODE_ACCEPTED", "VERIFIED"))
                .body(not(containsString(code)));
        brandOf(OWNER, brandId).body("status", equalTo("VERIFIED"));
        rightsOf(OWNER, brandId).body("status", contains("VERIFIED"));

        // The other services see it through the internal API.
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).get("/api/internal/brands/" + brandId).then()
                .statusCode(200)
                .body("verified", equalTo(true))
                .body("status", equalTo("VERIFIED"))
                .body("verifiedRightIds", contains((int) rightId));

        // Replaying the code that worked is refused and changes nothing.
        enterCode(OWNER, brandId, caseId, code).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("violations.field", contains("code"))
                .body("detail", containsString("already used"));
        caseOf(OWNER, brandId, caseId).body("status", equalTo("VERIFIED"));
    }

    @Test
    void wrongExpiredAndSupersededCodesAreRefusedAndChangeNothing() {
        long brandId = brand(OWNER, "Kestrel", "Kestrel Optics Limited", "kestrel-optics.test");
        long rightId = right(OWNER, brandId, "USPTO", "5550002", "KESTREL", "Kestrel Optics Ltd");
        long caseId = start(OWNER, brandId, rightId, "REGISTER_CODE", null).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String first = Mailbox.latestCode("tm@kestrel-optics.test", 1);
        String wrong = first.equals("00000000") ? "11111111" : "00000000";

        enterCode(OWNER, brandId, caseId, wrong).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", contains("code"))
                .body("detail", equalTo("The code is wrong; 4 attempts left."));
        caseOf(OWNER, brandId, caseId).body("status", equalTo("AWAITING_CODE")).body("attempts", equalTo(1));
        rightsOf(OWNER, brandId).body("status", contains("PENDING"));
        brandOf(OWNER, brandId).body("status", equalTo("PENDING"));

        // Time passes beyond the code's validity.
        QuarkusTransaction.requiringNew().run(() -> VerificationCase.update("codeExpiresAt = ?1 where id = ?2",
                Instant.now().minusSeconds(1), caseId));
        enterCode(OWNER, brandId, caseId, first).then()
                .statusCode(422)
                .body("violations.field", contains("code"))
                .body("detail", containsString("expired"));
        brandOf(OWNER, brandId).body("status", equalTo("PENDING"));

        // A new code replaces the old one: the expired code stays refused, the new one works.
        given().auth().oauth2(BrandApi.token(OWNER)).contentType(ContentType.JSON).post("/api/brands/" + brandId + "/cases/" + caseId + "/resend").then()
                .statusCode(200).body("sends", equalTo(2)).body("attempts", equalTo(0));
        String second = Mailbox.latestCode("tm@kestrel-optics.test", 2);
        assertNotEquals(first, second, "a resend mails a fresh code");
        enterCode(OWNER, brandId, caseId, first).then().statusCode(422).body("violations.field", contains("code"));
        enterCode(OWNER, brandId, caseId, second).then().statusCode(200).body("status", equalTo("VERIFIED"));
    }

    @Test
    void attemptsAndResendsAreLimited() {
        long other = brand(OWNER, "Orbita Limits", "Orbita GmbH", "orbita-limits.test");
        long orbita = right(OWNER, other, "WIPO", "1550007", "ORBITA", "Orbita GmbH");
        long caseId = start(OWNER, other, orbita, "REGISTER_CODE", null).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String code = Mailbox.latestCode("marken@orbita.test", 1);
        String wrong = code.equals("00000000") ? "11111111" : "00000000";
        for (int i = 0; i < 5; i++) {
            enterCode(OWNER, other, caseId, wrong).then().statusCode(422);
        }
        enterCode(OWNER, other, caseId, code).then()
                .statusCode(429)
                .body("violations.field", contains("code"))
                .body("detail", containsString("Too many wrong codes"));
        caseOf(OWNER, other, caseId).body("status", equalTo("AWAITING_CODE"));
        brandOf(OWNER, other).body("status", equalTo("PENDING"));

        String resend = "/api/brands/" + other + "/cases/" + caseId + "/resend";
        given().auth().oauth2(BrandApi.token(OWNER)).contentType(ContentType.JSON).post(resend).then().statusCode(200).body("sends", equalTo(2));
        given().auth().oauth2(BrandApi.token(OWNER)).contentType(ContentType.JSON).post(resend).then().statusCode(200).body("sends", equalTo(3));
        given().auth().oauth2(BrandApi.token(OWNER)).contentType(ContentType.JSON).post(resend).then()
                .statusCode(429)
                .body("detail", containsString("No more codes"));
        assertEquals(3, Mailbox.to("marken@orbita.test").size());
        enterCode(OWNER, other, caseId, Mailbox.latestCode("marken@orbita.test", 3)).then()
                .statusCode(200).body("status", equalTo("VERIFIED"));
    }

    @Test
    void aChineseOwnerNameMatchesWithoutItsLegalForm() {
        long brandId = brand(OWNER, "远山", "杭州远山服饰", "yuanshan.test");
        long rightId = right(OWNER, brandId, "CNIPA", "45550005", "远山 YUANSHAN", "杭州远山服饰有限公司");
        start(OWNER, brandId, rightId, "REGISTER_CODE", null).then().statusCode(201)
                .body("status", equalTo("AWAITING_CODE"))
                .body("codeSentTo", equalTo("ip@yuanshan.test"));
        String code = Mailbox.latestCode("ip@yuanshan.test", 1);
        assertTrue(Pattern.compile("(?m)^验证码：" + code + "$").matcher(Mailbox.text(Mailbox.to("ip@yuanshan.test").get(0))).find(),
                "the mail gives the code in Chinese too, on a line of its own");
    }

    @Test
    void aRegistrationTheRegisterDoesNotKnowCannotGetACode() {
        long brandId = brand(OWNER, "Unknown Mark", "Unknown Mark Inc.", "unknown-mark.test");
        long rightId = right(OWNER, brandId, "USPTO", "7999999", "UNKNOWN MARK", "Unknown Mark Inc.");
        start(OWNER, brandId, rightId, "REGISTER_CODE", null).then()
                .statusCode(422)
                .body("violations.field", contains("rightId"));
        long lapsed = right(OWNER, brandId, "USPTO", "5550009", "LAPSED LAMP", "Lapsed Lamp Inc.");
        start(OWNER, brandId, lapsed, "REGISTER_CODE", null).then()
                .statusCode(422)
                .body("detail", containsString("CANCELLED"));
        brandOf(OWNER, brandId).body("status", equalTo("UNVERIFIED"));
        given().auth().oauth2(BrandApi.token(OWNER)).get("/api/brands/" + brandId + "/cases").then()
                .statusCode(200).body("items.size()", equalTo(0));
        rightsOf(OWNER, brandId).body("status", hasItem("UNVERIFIED")).body("status", not(hasItem("PENDING")));
    }
}
