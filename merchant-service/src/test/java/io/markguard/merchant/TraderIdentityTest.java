package io.markguard.merchant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TraderIdentityTest {

    @Test
    void aMerchantStatesItsTraderIdentityAndSeesWhatIsMissing() {
        String token = TestKeycloak.userToken("merchant-b");
        Map<String, Object> identity = new HashMap<>();
        identity.put("legalName", "Costa Outlet Lda");
        identity.put("address", "Rua Augusta 1, 1100-048 Lisboa, Portugal");
        identity.put("phone", "+351 21 000 1234");
        identity.put("email", "merchant-b@markguard.test");
        identity.put("identityDocumentRef", "");
        identity.put("tradeRegisterNumber", null);
        identity.put("selfCertified", false);
        given().auth().oauth2(token).contentType("application/json").body(identity)
                .put("/api/merchants/me/trader-identity").then().statusCode(200)
                .body("completeness.filled", equalTo(4))
                .body("completeness.required", equalTo(7))
                .body("completeness.percent", equalTo(57))
                .body("completeness.missing", contains("identityDocumentRef", "tradeRegisterNumber", "selfCertification"))
                .body("selfCertifiedAt", nullValue());

        identity.put("identityDocumentRef", "PT-CC-12345678");
        identity.put("tradeRegisterNumber", "PT 509 999 999");
        identity.put("selfCertified", true);
        given().auth().oauth2(token).contentType("application/json").body(identity)
                .put("/api/merchants/me/trader-identity").then().statusCode(200)
                .body("completeness.percent", equalTo(100))
                .body("selfCertifiedAt", notNullValue());
        given().auth().oauth2(token).get("/api/merchants/me").then().statusCode(200)
                .body("username", equalTo("merchant-b"))
                .body("displayName", equalTo("Costa Outlet Lda"))
                .body("traderIdentity.completeness.percent", equalTo(100));
    }

    @Test
    void badIdentityFieldsAreNamedAndNothingChanges() {
        String token = TestKeycloak.userToken("merchant-b");
        Map<String, Object> before = given().auth().oauth2(token).get("/api/merchants/me/trader-identity").then()
                .statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> bad = new HashMap<>();
        bad.put("legalName", "x".repeat(256));
        bad.put("email", "not-an-address");
        bad.put("phone", "call me");
        given().auth().oauth2(token).contentType("application/json").body(bad)
                .put("/api/merchants/me/trader-identity").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("legalName"))
                .body("violations.field", hasItem("email"))
                .body("violations.field", hasItem("phone"))
                .body("violations.field", hasItem("selfCertified"));
        given().auth().oauth2(token).get("/api/merchants/me/trader-identity").then().statusCode(200)
                .body("legalName", equalTo(before.get("legalName")))
                .body("email", equalTo(before.get("email")));
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).get("/api/merchants/me/trader-identity").then()
                .statusCode(403);
    }
}
