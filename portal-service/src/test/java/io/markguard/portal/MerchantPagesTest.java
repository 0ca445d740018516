package io.markguard.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.markguard.testsupport.BrowserSession;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The merchant and appeal pages with real signed-in sessions, while merchant-service is away: who may open
 * which page, the readable page an outage gives in both languages, and forms refused before anything is sent.
 * A refused form's page shows merchant-service's data again, so MerchantAppealIT proves those end to end.
 * The pages with merchant-service's data are proven end to end by MerchantAppealIT in infra/e2e.
 */
@QuarkusTest
@TestProfile(MerchantPagesTest.MerchantServiceAway.class)
class MerchantPagesTest {

    /** A port nothing listens on: every call to merchant-service or complaint-service fails to connect. */
    public static class MerchantServiceAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.merchant-service.url", "http://127.0.0.1:1",
                    "quarkus.rest-client.complaint-service.url", "http://127.0.0.1:1");
        }
    }

    @Test
    void anAnonymousVisitorIsSentToSignInFirst() {
        for (String page : List.of("/merchant", "/merchant/listings", "/merchant/appeals", "/merchant/identity", "/appeals")) {
            given().redirects().follow(false).get(page).then()
                    .statusCode(302)
                    .header("Location", startsWith(TestKeycloak.issuer() + "/protocol/openid-connect/auth"));
        }
    }

    @Test
    void aMerchantIsLinkedToTheirStandingAndToldReadablyWhenMerchantServiceIsAway() {
        BrowserSession merchant = BrowserSession.signIn("merchant-a");
        merchant.get("/").then().statusCode(200)
                .body(containsString("href=\"/merchant\""))
                .body(not(containsString("href=\"/appeals\"")));

        merchant.get("/merchant").then().statusCode(503)
                .body(containsString("merchant-service cannot be reached"))
                .body(containsString("Back to the home page"));
        given().redirects().follow(false).cookies(merchant.cookies).cookie("mg_lang", "zh-CN").get("/merchant/appeals")
                .then().statusCode(503).body(containsString("暂时无法连接 merchant-service"));
        merchant.get("/merchant/sanctions/1").then().statusCode(503).body(containsString("merchant-service cannot be reached"));
        merchant.get("/merchant/listings?status=SUSPENDED").then().statusCode(503)
                .body(containsString("merchant-service cannot be reached"));
    }

    @Test
    void merchantPagesAreForMerchantsAndTheAppealQueueForReviewers() {
        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        reviewer.get("/").then().body(containsString("href=\"/appeals\"")).body(not(containsString("href=\"/merchant\"")));
        reviewer.get("/merchant").then().statusCode(403).body(containsString("You do not have access to this page."));
        reviewer.get("/merchant/sanctions/1").then().statusCode(403);
        reviewer.get("/appeals").then().statusCode(503).body(containsString("merchant-service cannot be reached"));

        BrowserSession merchant = BrowserSession.signIn("merchant-a");
        merchant.get("/appeals").then().statusCode(403).body(containsString("You do not have access to this page."));
        merchant.get("/appeals/1").then().statusCode(403);

        BrowserSession brand = BrowserSession.signIn("brand-owner");
        brand.get("/merchant/identity").then().statusCode(403);
        brand.get("/merchant/listings").then().statusCode(403);
    }

    @Test
    void aReviewersDecisionPostedEmptyWhileMerchantServiceIsAwayIsAReadablePageNeverAServerError() {
        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        Response home = reviewer.get("/");
        // The refused form's page shows the appeal again, which only merchant-service has; the 400 itself is proven
        // end to end by MerchantAppealIT.
        reviewer.post("/appeals/3/decision", home, Map.of()).then()
                .statusCode(503)
                .body(containsString("merchant-service cannot be reached"));
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() {
        BrowserSession merchant = BrowserSession.signIn("merchant-a");
        merchant.postWithoutToken("/merchant/identity", Map.of("legalName", "Forged GmbH", "selfCertified", "true"))
                .then().statusCode(400).body(containsString("This form has expired"));
        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        reviewer.postWithoutToken("/appeals/1/decision", Map.of("outcome", "UPHELD", "reason", "Forged."))
                .then().statusCode(400).body(containsString("This form has expired"));
    }
}
