package io.markguard.merchant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MerchantResourceTest {

    @Test
    void aMerchantIsEnrolledOnceUnderItsKeycloakSubject() {
        String token = TestKeycloak.userToken("merchant-b");
        long first = given().auth().oauth2(token).get("/api/merchants/me").then()
                .statusCode(200)
                .body("username", equalTo("merchant-b"))
                .body("enrolledAt", notNullValue())
                .extract().jsonPath().getLong("id");
        long second = given().auth().oauth2(token).get("/api/merchants/me").then()
                .statusCode(200).extract().jsonPath().getLong("id");
        assertEquals(first, second);
        assertEquals(1L, Merchant.count("subject", "6f1c2a10-0000-4000-8000-000000000004"));
    }

    @Test
    void anotherServiceIsSeenByItsClientId() {
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).get("/api/internal/caller").then()
                .statusCode(200)
                .body("clientId", equalTo("complaint-service"))
                .body("roles", hasItem("complaint-service"));
    }

    @Test
    void aUserCannotCallInternalEndpointsEvenAsAdmin() {
        given().auth().oauth2(TestKeycloak.userToken("admin")).get("/api/internal/caller").then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
