package io.markguard.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Keycloak that {@code infra/markguard test} starts for a test run (realm {@code markguard},
 * plus realm {@code elsewhere} whose tokens every service must refuse). Tokens are real: password
 * grant through the public {@code markguard-cli} client for users, client credentials for services.
 */
public final class TestKeycloak {

    public static final String REALM = "markguard";
    public static final String OTHER_REALM = "elsewhere";
    public static final String DEMO_PASSWORD = "demo";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private TestKeycloak() {
    }

    public static String url() {
        return System.getProperty("markguard.test.keycloak.url", "http://localhost:8190");
    }

    public static String realmUrl(String realm) {
        return url() + "/realms/" + realm;
    }

    public static String issuer() {
        return realmUrl(REALM);
    }

    /** An access token for a demo user of realm markguard (password {@code demo}). */
    public static String userToken(String username) {
        return TOKENS.computeIfAbsent("user:" + username, key -> passwordGrant(REALM, "markguard-cli", username));
    }

    /** A client-credentials token of one of the services' own clients. */
    public static String serviceToken(String clientId) {
        return TOKENS.computeIfAbsent("service:" + clientId, key -> tokenRequest(REALM, Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", demoSecret(clientId))));
    }

    /** A genuine token for user {@code admin} of realm {@code elsewhere}: right role, wrong issuer. */
    public static String otherRealmToken() {
        return TOKENS.computeIfAbsent("elsewhere:admin", key -> passwordGrant(OTHER_REALM, "markguard-cli", "admin"));
    }

    /** The local-only demo secret of a confidential client, as written in infra/keycloak/markguard-realm.json. */
    public static String demoSecret(String clientId) {
        return clientId + "-local-demo-secret";
    }

    static String passwordGrant(String realm, String clientId, String username) {
        return tokenRequest(realm, Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "username", username,
                "password", DEMO_PASSWORD,
                "scope", "openid"));
    }

    static String tokenRequest(String realm, Map<String, String> form) {
        Response response = given().baseUri(realmUrl(realm))
                .contentType("application/x-www-form-urlencoded")
                .formParams(form)
                .post("/protocol/openid-connect/token");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak at " + url() + " refused a token for " + form.get("client_id")
                    + "/" + form.getOrDefault("username", "-") + " (" + response.statusCode() + "): "
                    + response.asString() + " — is the test Keycloak running? `infra/markguard test` starts it.");
        }
        return response.jsonPath().getString("access_token");
    }
}
