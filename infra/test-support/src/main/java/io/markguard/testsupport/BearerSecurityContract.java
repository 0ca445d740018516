package io.markguard.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * What every Markguard service promises about bearer tokens, run against the service under test with
 * real tokens from the test Keycloak: no token, a forged, expired, other-realm or malformed token is
 * 401, and so is a genuine token of realm markguard that was not issued for the service (an ID token,
 * another client's access token); a valid token without the role is 403; the right role is 200, and
 * the token the portal forwards after sign-in is accepted. Errors are problem details.
 */
public abstract class BearerSecurityContract {

    /** An endpoint of this service that only one role may call. */
    protected abstract String gatedPath();

    /** A valid token that carries the role {@link #gatedPath()} asks for. */
    protected abstract String tokenWithRole();

    /** A valid token of realm markguard that lacks that role. */
    protected abstract String tokenWithoutRole();

    private RequestSpecification request() {
        return given().accept("application/json");
    }

    @Test
    void meWithoutTokenIs401() {
        request().get("/api/me").then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void decisionLogIsPublicWithoutToken() {
        request().get("/api/decision-log/key").then().statusCode(200).body("algorithm", org.hamcrest.Matchers.is("Ed25519"));
        request().get("/api/decision-log/head").then().statusCode(200);
        request().get("/api/decision-log/proofs/inclusion?index=0&treeSize=x").then().statusCode(400);
    }

    @Test
    void gatedWithoutTokenIs401() {
        request().get(gatedPath()).then().statusCode(401);
    }

    @Test
    void forgedTokenIs401() {
        request().auth().oauth2(UntrustedTokens.forged()).get(gatedPath()).then().statusCode(401);
    }

    @Test
    void expiredTokenIs401() {
        request().auth().oauth2(UntrustedTokens.expired()).get("/api/me").then().statusCode(401);
    }

    @Test
    void otherRealmTokenIs401() {
        request().auth().oauth2(UntrustedTokens.otherRealm()).get(gatedPath()).then().statusCode(401);
    }

    @Test
    void idTokenIs401AsProblemDetails() {
        assertRefused(UntrustedTokens.idToken());
    }

    @Test
    void anotherClientsAccessTokenIs401AsProblemDetails() {
        assertRefused(UntrustedTokens.otherClient());
    }

    /** The same user and endpoint as {@link #meTellsWhoTheCallerIs()}: only the token's audience differs. */
    private void assertRefused(String token) {
        request().auth().oauth2(token).get("/api/me").then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void malformedTokenIs401() {
        request().auth().oauth2(UntrustedTokens.garbage()).get("/api/me").then().statusCode(401);
    }

    @Test
    void wrongRoleIs403AsProblemDetails() {
        request().auth().oauth2(tokenWithoutRole()).get(gatedPath()).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void rightRoleIs200() {
        request().auth().oauth2(tokenWithRole()).get(gatedPath()).then().statusCode(200);
    }

    @Test
    void meTellsWhoTheCallerIs() {
        request().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/me").then()
                .statusCode(200)
                .body("subject", equalTo("6f1c2a10-0000-4000-8000-000000000005"))
                .body("username", equalTo("reviewer"))
                .body("roles", hasItem("reviewer"))
                .body("roles", not(hasItem("admin")));
    }

    @Test
    void theTokenThePortalForwardsAfterSignInIsAccepted() {
        request().auth().oauth2(TestKeycloak.portalSignInToken("reviewer")).get("/api/me").then()
                .statusCode(200)
                .body("username", equalTo("reviewer"))
                .body("roles", hasItem("reviewer"));
    }
}
