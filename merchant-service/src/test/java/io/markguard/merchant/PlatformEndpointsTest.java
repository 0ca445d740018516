package io.markguard.merchant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessCoversTheDatabaseAndKeycloak() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "OIDC Provider Health Check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreInPrometheusFormat() {
        // A request first: the server's request timer exists once one has been answered.
        given().get("/api/policy").then().statusCode(200);
        given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("# TYPE http_server_requests_seconds"));
    }

    @Test
    void openApiDescribesEveryOperationWithItsSummaryErrorsAndSecurity() {
        given().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/merchants/me"));
        io.restassured.path.json.JsonPath doc = io.markguard.testsupport.OpenApiContract.document();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), io.markguard.testsupport.OpenApiContract.wanting(doc,
                path -> path.startsWith("/api/decision-log/") || path.equals("/api/transparency") || path.equals("/api/policy")));
    }

    @Test
    void anUnknownPathIsAProblemDetail() {
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).accept("application/json")
                .get("/api/merchants/no-such-thing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/merchants/no-such-thing"));
    }
}
