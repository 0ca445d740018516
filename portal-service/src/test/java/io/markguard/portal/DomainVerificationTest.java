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
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Domain control: a code mailed to an address at the brand's own domain, or a TXT record published on it. */
@QuarkusTest
class DomainVerificationTest {

    @Test
    void aCodeMailedToAnAddressAtTheBrandsDomainVerifiesTheBrand() {
        long brandId = brand(OWNER, "Lumen Field", "Lumen Field Outdoor GmbH", "lumenfield.test");
        long rightId = right(OWNER, brandId, "WIPO", "1660001", "LUMEN FIELD", "Lumen Field Outdoor GmbH");

        start(OWNER, brandId, rightId, "DOMAIN_EMAIL", "someone@elsewhere.test").then()
                .statusCode(400)
                .body("violations.field", contains("mailbox"));
        start(OWNER, brandId, rightId, "DOMAIN_EMAIL", null).then()
                .statusCode(400)
                .body("violations.field", contains("mailbox"));
        brandOf(OWNER, brandId).body("status", equalTo("UNVERIFIED"));

        long caseId = start(OWNER, brandId, rightId, "DOMAIN_EMAIL", "Trademarks").then()
                .statusCode(201)
                .body("status", equalTo("AWAITING_CODE"))
                .body("codeSentTo", equalTo("trademarks@lumenfield.test"))
                .extract().jsonPath().getLong("id");
        enterCode(OWNER, brandId, caseId, Mailbox.latestCode("trademarks@lumenfield.test", 1)).then()
                .statusCode(200)
                .body("status", equalTo("VERIFIED"));
        brandOf(OWNER, brandId).body("status", equalTo("VERIFIED"));
    }

    @Test
    void aTxtRecordWithTheTokenOnTheBrandsDomainVerifiesTheBrand() {
        long brandId = brand(OWNER, "Sakura Line", "Sakura Line Kabushiki Kaisha", "sakuraline.test");
        long rightId = right(OWNER, brandId, "JPO", "第6550006号", "SAKURA LINE", "Sakura Line Kabushiki Kaisha");
        rightsOf(OWNER, brandId).body("registrationNumber", contains("6550006"));

        JsonPath opened = start(OWNER, brandId, rightId, "DOMAIN_DNS", null).then()
                .statusCode(201)
                .body("status", equalTo("AWAITING_DNS"))
                .body("dnsName", equalTo("_markguard.sakuraline.test"))
                .body("dnsValue", startsWith("markguard-verification="))
                .extract().jsonPath();
        long caseId = opened.getLong("id");
        String check = "/api/brands/" + brandId + "/cases/" + caseId + "/dns-check";

        given().auth().oauth2(BrandApi.token(OWNER)).contentType(ContentType.JSON).post(check).then()
                .statusCode(422)
                .body("violations.field", contains("dns"))
                .body("detail", containsString("_markguard.sakuraline.test"));
        caseOf(OWNER, brandId, caseId).body("status", equalTo("AWAITING_DNS"));

        PublishedDnsRecords.publish("_markguard.sakuraline.test", "markguard-verification=not-the-token");
        given().auth().oauth2(BrandApi.token(OWNER)).contentType(ContentType.JSON).post(check).then().statusCode(422);

        PublishedDnsRecords.publish("_markguard.sakuraline.test", opened.getString("dnsValue"));
        given().auth().oauth2(BrandApi.token(OWNER)).contentType(ContentType.JSON).post(check).then()
                .statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("history.action", hasItem("DNS_TOKEN_FOUND"));
        brandOf(OWNER, brandId).body("status", equalTo("VERIFIED"));
        rightsOf(OWNER, brandId).body("status", contains("VERIFIED"));
    }
}
