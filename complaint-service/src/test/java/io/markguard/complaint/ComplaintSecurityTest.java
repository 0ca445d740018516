package io.markguard.complaint;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import io.markguard.testsupport.BearerSecurityContract;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ComplaintSecurityTest extends BearerSecurityContract {

    @Override
    protected String gatedPath() {
        return "/api/admin/connectivity";
    }

    @Override
    protected String tokenWithRole() {
        return TestKeycloak.userToken("admin");
    }

    @Override
    protected String tokenWithoutRole() {
        return TestKeycloak.userToken("reviewer");
    }

    /** Each service account calls only what it needs: reversals are merchant-service's to report, no one else's. */
    @Test
    void onlyMerchantServiceReportsAReversal() {
        Map<String, Object> reversal = Map.of("type", "APPEAL_UPHELD", "complaintItemId", "1", "reason", "Invoice is genuine.");
        given().auth().oauth2(TestKeycloak.serviceToken("portal-service")).header("Idempotency-Key", "not-portal")
                .contentType(ContentType.JSON).body(reversal).post("/api/internal/reversals").then()
                .statusCode(403)
                .contentType("application/problem+json");
        // complaint-service's own account calls the other services only: its tokens are not for complaint-service.
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).header("Idempotency-Key", "not-self")
                .contentType(ContentType.JSON).body(reversal).post("/api/internal/reversals").then()
                .statusCode(401)
                .contentType("application/problem+json");
        // merchant-service gets past the gate to the rules: a reversal without its key is refused as such.
        given().auth().oauth2(TestKeycloak.serviceToken("merchant-service"))
                .contentType(ContentType.JSON).body(reversal).post("/api/internal/reversals").then()
                .statusCode(400)
                .body("violations.field", contains("Idempotency-Key"));
    }
}
