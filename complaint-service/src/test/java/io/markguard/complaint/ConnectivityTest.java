package io.markguard.complaint;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** With no merchant-service listening, the operator sees it as unreachable instead of an error page. */
@QuarkusTest
class ConnectivityTest {

    @Test
    void anUnreachablePeerIsReportedAsSuch() {
        given().auth().oauth2(TestKeycloak.userToken("admin")).get("/api/admin/connectivity").then()
                .statusCode(200)
                .body("name", contains("merchant-service"))
                .body("[0].reachable", equalTo(false))
                .body("[0].error", notNullValue());
    }

    @Test
    void readinessIsUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
