package io.markguard.merchant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.markguard.testsupport.BearerSecurityContract;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MerchantSecurityTest extends BearerSecurityContract {

    @Override
    protected String gatedPath() {
        return "/api/merchants/me";
    }

    @Override
    protected String tokenWithRole() {
        return TestKeycloak.userToken("merchant-a");
    }

    @Override
    protected String tokenWithoutRole() {
        return TestKeycloak.userToken("brand-owner");
    }

    /** Each service account calls only what it needs: a takedown is complaint-service's to order, no one else's. */
    @Test
    void onlyComplaintServiceOrdersATakedown() {
        long listing = Fixtures.listing(Fixtures.demoMerchant("merchant-b"), "ACME bag the portal may not remove");
        Map<String, Object> takedown = Fixtures.takedown(listing, "1", Instant.now());

        // portal-service's account holds its own role, which no internal endpoint of merchant-service admits.
        given().auth().oauth2(TestKeycloak.serviceToken("portal-service")).contentType(ContentType.JSON).body(takedown)
                .post("/api/internal/takedowns").then()
                .statusCode(403)
                .contentType("application/problem+json");
        // merchant-service's own account calls only complaint-service: its tokens are not for merchant-service at all.
        given().auth().oauth2(TestKeycloak.serviceToken("merchant-service")).contentType(ContentType.JSON).body(takedown)
                .post("/api/internal/takedowns").then()
                .statusCode(401)
                .contentType("application/problem+json");

        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).get("/api/internal/listings/" + listing).then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    /** The listing feed and the EU export are the operators' and reviewers' tools, not a service's. */
    @Test
    void complaintServiceNeitherFeedsListingsNorExportsStatements() {
        String complaintService = TestKeycloak.serviceToken("complaint-service");
        String merchant = String.valueOf(Fixtures.demoMerchant("merchant-b"));
        given().auth().oauth2(complaintService).contentType(ContentType.JSON)
                .body(Map.of("listings", List.of(Map.of("merchantId", merchant, "title", "Fed by a service", "price", "1.00",
                        "currency", "EUR", "url", "https://shop.markguard.test/test/fed-by-a-service"))))
                .post("/api/listings/import").then()
                .statusCode(403);
        given().auth().oauth2(complaintService).get("/api/statements-of-reasons/export").then()
                .statusCode(403);
        given().auth().oauth2(complaintService).queryParam("url", "https://shop.markguard.test/test/fed-by-a-service")
                .get("/api/internal/listings").then()
                .statusCode(404);
    }
}
