package io.markguard.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Keycloak that {@code infra/markguard test} starts for a test run (realm {@code markguard},
 * plus realm {@code elsewhere} whose tokens every service must refuse). Tokens are real: password
 * grant through the public {@code markguard-cli} client for users, client credentials for services,
 * and the portal's own sign-in (authorization code with PKCE) for the token the portal forwards.
 */
public final class TestKeycloak {

    public static final String REALM = "markguard";
    public static final String OTHER_REALM = "elsewhere";
    public static final String DEMO_PASSWORD = "demo";
    /** The audience of each Markguard service: every service accepts only tokens issued for it. */
    public static final List<String> SERVICE_AUDIENCES = List.of("complaint-service", "merchant-service", "portal-service");

    private static final String PORTAL_CALLBACK = "http://localhost:8280/auth/callback";
    private static final Pattern LOGIN_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

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

    /**
     * The access token the portal holds for a signed-in user and forwards to the other services: the portal client's
     * authorization-code flow with PKCE, through Keycloak's login form, the code exchanged with the portal's secret.
     */
    public static String portalSignInToken(String username) {
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        Response form = given().baseUri(issuer()).redirects().follow(false)
                .queryParam("client_id", "portal")
                .queryParam("response_type", "code")
                .queryParam("scope", "openid")
                .queryParam("redirect_uri", PORTAL_CALLBACK)
                .queryParam("state", UUID.randomUUID().toString())
                .queryParam("code_challenge", challenge(verifier))
                .queryParam("code_challenge_method", "S256")
                .get("/protocol/openid-connect/auth");
        Matcher action = LOGIN_ACTION.matcher(form.asString());
        if (!action.find()) {
            throw new IllegalStateException("Keycloak showed no login form for the portal (" + form.statusCode() + ")");
        }
        Response login = given().urlEncodingEnabled(false).redirects().follow(false).cookies(form.getCookies())
                .formParam("username", username).formParam("password", DEMO_PASSWORD)
                .post(action.group(1).replace("&amp;", "&"));
        String callback = login.header("Location");
        if (callback == null || !callback.startsWith(PORTAL_CALLBACK)) {
            throw new IllegalStateException("Keycloak did not send " + username + " back to the portal: " + login.statusCode());
        }
        Map<String, String> exchange = new HashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("client_id", "portal");
        exchange.put("client_secret", demoSecret("portal"));
        exchange.put("redirect_uri", PORTAL_CALLBACK);
        exchange.put("code_verifier", verifier);
        exchange.put("code", queryParameter(callback, "code"));
        return tokenResponse(REALM, exchange).getString("access_token");
    }

    /** The ID token beside a demo user's access token: it tells the client who signed in and grants nothing. */
    public static String idToken(String username) {
        return tokenResponse(REALM, Map.of(
                "grant_type", "password",
                "client_id", "markguard-cli",
                "username", username,
                "password", DEMO_PASSWORD,
                "scope", "openid")).getString("id_token");
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
        return tokenResponse(realm, form).getString("access_token");
    }

    static JsonPath tokenResponse(String realm, Map<String, String> form) {
        Response response = given().baseUri(realmUrl(realm))
                .contentType("application/x-www-form-urlencoded")
                .formParams(form)
                .post("/protocol/openid-connect/token");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak at " + url() + " refused a token for " + form.get("client_id")
                    + "/" + form.getOrDefault("username", "-") + " (" + response.statusCode() + "): "
                    + response.asString() + " — is the test Keycloak running? `infra/markguard test` starts it.");
        }
        return response.jsonPath();
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String queryParameter(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("No " + name + " in " + url);
    }
}
