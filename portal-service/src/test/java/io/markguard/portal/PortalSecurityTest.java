package io.markguard.portal;

import static io.restassured.RestAssured.given;

import io.markguard.testsupport.BearerSecurityContract;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PortalSecurityTest extends BearerSecurityContract {

    @Override
    protected String gatedPath() {
        return "/api/admin/suite";
    }

    @Override
    protected String tokenWithRole() {
        return TestKeycloak.userToken("admin");
    }

    @Override
    protected String tokenWithoutRole() {
        return TestKeycloak.userToken("brand-owner");
    }

    /** The portal's API document (not its pages): every operation described, with its errors and the bearer scheme. */
    @Test
    void openApiDescribesEveryOperationOfTheApiAndNoPage() {
        io.restassured.path.json.JsonPath doc = io.markguard.testsupport.OpenApiContract.document();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), io.markguard.testsupport.OpenApiContract.wanting(doc,
                path -> path.startsWith("/api/decision-log/") || path.equals("/api/transparency/report")));
        java.util.Map<String, Object> paths = doc.getMap("paths");
        org.junit.jupiter.api.Assertions.assertTrue(paths.keySet().stream().allMatch(p -> p.startsWith("/api/")), paths.keySet().toString());
    }

    /** Each service account calls only what it needs: who may act for a brand is complaint-service's question. */
    @Test
    void onlyComplaintServiceAsksAboutBrands() {
        String path = "/api/internal/brands/" + Long.MAX_VALUE;
        // merchant-service's token is for the portal (it hands over notifications) but not for brands; portal-service's
        // own account does not call the portal at all.
        given().auth().oauth2(TestKeycloak.serviceToken("merchant-service")).get(path).then().statusCode(403);
        given().auth().oauth2(TestKeycloak.serviceToken("portal-service")).get(path).then().statusCode(401);
        // A user's token is for the portal, but no user holds a service's role.
        given().auth().oauth2(TestKeycloak.userToken("admin")).get(path).then().statusCode(403);
        // complaint-service gets past the gate: there is no such brand.
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).get(path).then().statusCode(404);
    }
}
