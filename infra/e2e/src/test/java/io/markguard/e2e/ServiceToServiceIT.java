package io.markguard.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.markguard.testsupport.TestKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSuite.class)
class ServiceToServiceIT {

    @Test
    void complaintServiceCallsMerchantServiceWithItsOwnClientCredentials() {
        given().baseUri(RunningSuite.COMPLAINTS).auth().oauth2(TestKeycloak.userToken("admin"))
                .get("/api/admin/connectivity").then()
                .statusCode(200)
                .body("name", contains("merchant-service"))
                .body("[0].reachable", equalTo(true))
                // merchant-service saw complaint-service's service account, not the admin who asked.
                .body("[0].seenAsClient", equalTo("complaint-service"))
                .body("[0].seenWithRoles", hasItem("complaint-service"));
    }

    @Test
    void theAdministratorSeesEveryServiceBehindThePortalReady() {
        given().baseUri(RunningSuite.PORTAL).auth().oauth2(TestKeycloak.userToken("admin"))
                .get("/api/admin/suite").then()
                .statusCode(200)
                .body("name", contains("complaint-service", "merchant-service"))
                .body("ready", everyItem(equalTo(true)));
    }
}
