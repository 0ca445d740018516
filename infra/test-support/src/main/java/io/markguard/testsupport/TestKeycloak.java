package io.markguard.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Keycloak that {@code infra/markguard test} starts for a test run (realm {@code markguard},
 * plus realm {@code elsewhere} whose tokens every service must refuse). Tokens are real: password
 * grant through the public {@code markguard-cli} client for users, client credentials for services,
 * and the portal's own sign-in (authorization code with PKCE) for the token the portal forwards. The demo reviewer
 * and administrator give their one-time code ({@link SecondFactor}) wherever Keycloak asks for it.
 */
public final class TestKeycloak {

    public static final String REALM = "markguard";
    public static final String OTHER_REALM = "elsewhere";
    /** The realm of the brands' API clients, which portal-service creates there. */
    public static final String INTEGRATIONS_REALM = "markguard-integrations";
    public static final String DEMO_PASSWORD = "demo";
    /** The audience of each Markguard service: every service accepts only tokens issued for it. */
    public static final List<String> SERVICE_AUDIENCES = List.of("complaint-service", "merchant-service", "portal-service");

    private static final String PORTAL_CALLBACK = "http://localhost:8280/auth/callback";
    private static final Pattern LOGIN_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern OTP_FORM = Pattern.compile("<form\\b[^>]*\\bid=\"kc-otp-login-form\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");
    /** Attempts at a one-time code before giving up: a code another JVM used moments ago is refused. */
    private static final int OTP_ATTEMPTS = 3;

    /** Tokens by user or client, each reused while it has at least {@link #TOKEN_MARGIN} left (the realm gives 5 min). */
    private static final Map<String, Held> TOKENS = new ConcurrentHashMap<>();
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(60);

    private record Held(String token, Instant expires) {
    }

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
        return held("user:" + username, () -> passwordGrantResponse(REALM, "markguard-cli", username));
    }

    /** A client-credentials token of one of the services' own clients. */
    public static String serviceToken(String clientId) {
        return held("service:" + clientId, () -> tokenResponse(REALM, Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", demoSecret(clientId))));
    }

    /** The held token of {@code key}, or a new one when it has less than the margin left: a suite runs longer than a token lives. */
    private static String held(String key, Supplier<JsonPath> grant) {
        return TOKENS.compute(key, (k, held) -> {
            Instant now = Instant.now();
            if (held != null && held.expires().minus(TOKEN_MARGIN).isAfter(now)) {
                return held;
            }
            JsonPath answer = grant.get();
            return new Held(answer.getString("access_token"), now.plusSeconds(answer.getLong("expires_in")));
        }).token();
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
        Response login = logIn(action.group(1), form.getCookies(), username, DEMO_PASSWORD);
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

    /**
     * A new user of realm markguard with the realm role, password {@code demo}, a verified e-mail
     * ({@code name@markguard.test}) and names, so Keycloak asks nothing more at sign-in; created through the admin API
     * with the test Keycloak's bootstrap administrator (admin/admin, set by {@code infra/markguard test}). The realm
     * takes the e-mail address as user name, so the answer is the address, which signs in. For tests that need a user
     * whose record no other test touches.
     */
    public static String newUser(String name, String firstName, String lastName, String realmRole) {
        return createUser(name, firstName, lastName, realmRole, false);
    }

    /**
     * As {@link #newUser}, but out of the realm's default groups too (a new user joins {@code /brands}, which grants
     * {@code brand}): a user with that one role and no other, as the demo merchants are.
     */
    public static String newUserOnlyIn(String name, String firstName, String lastName, String realmRole) {
        return createUser(name, firstName, lastName, realmRole, true);
    }

    private static String createUser(String name, String firstName, String lastName, String realmRole, boolean onlyThatRole) {
        String username = (name + "@markguard.test").toLowerCase(java.util.Locale.ROOT);
        String admin = tokenResponse("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin")).getString("access_token");
        Map<String, Object> user = Map.of("username", username, "email", username,
                "emailVerified", true, "firstName", firstName, "lastName", lastName, "enabled", true,
                "credentials", List.of(Map.of("type", "password", "value", DEMO_PASSWORD, "temporary", false)));
        Response created = given().baseUri(url()).auth().oauth2(admin).contentType("application/json").body(user)
                .post("/admin/realms/" + REALM + "/users");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak did not create user " + username + " (" + created.statusCode() + "): "
                    + created.asString());
        }
        String location = created.header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        Object role = given().baseUri(url()).auth().oauth2(admin).get("/admin/realms/" + REALM + "/roles/" + realmRole)
                .then().statusCode(200).extract().as(Map.class);
        given().baseUri(url()).auth().oauth2(admin).contentType("application/json").body(List.of(role))
                .post("/admin/realms/" + REALM + "/users/" + id + "/role-mappings/realm").then().statusCode(204);
        if (onlyThatRole) {
            List<Map<String, Object>> groups = given().baseUri(url()).auth().oauth2(admin)
                    .get("/admin/realms/" + REALM + "/users/" + id + "/groups").then().statusCode(200).extract()
                    .jsonPath().getList("$");
            for (Map<String, Object> group : groups) {
                given().baseUri(url()).auth().oauth2(admin)
                        .delete("/admin/realms/" + REALM + "/users/" + id + "/groups/" + group.get("id")).then().statusCode(204);
            }
        }
        return username;
    }

    /** The ID token beside a demo user's access token: it tells the client who signed in and grants nothing. */
    public static String idToken(String username) {
        return passwordGrantResponse(REALM, "markguard-cli", username).getString("id_token");
    }

    /** A genuine token for user {@code admin} of realm {@code elsewhere}: right role, wrong issuer. */
    public static String otherRealmToken() {
        return held("elsewhere:admin", () -> passwordGrantResponse(OTHER_REALM, "markguard-cli", "admin"));
    }

    /** The local-only demo secret of a confidential client, as written in infra/keycloak/markguard-realm.json. */
    public static String demoSecret(String clientId) {
        return clientId + "-local-demo-secret";
    }

    static String passwordGrant(String realm, String clientId, String username) {
        return passwordGrantResponse(realm, clientId, username).getString("access_token");
    }

    /** The password grant of a demo user, with the user's one-time code (as {@code otp}) where realm policy asks for one. */
    static JsonPath passwordGrantResponse(String realm, String clientId, String username) {
        Map<String, String> form = new HashMap<>(Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "username", username,
                "password", DEMO_PASSWORD,
                "scope", "openid"));
        if (!REALM.equals(realm) || !SecondFactor.required(username)) {
            return tokenResponse(realm, form);
        }
        for (int attempt = 1; ; attempt++) {
            form.put("otp", SecondFactor.freshCode(username));
            Response response = tokenCall(realm, form);
            if (response.statusCode() == 200 || attempt == OTP_ATTEMPTS) {
                return checked(response, form);
            }
            pauseAfterRefusal();
        }
    }

    /**
     * Posts Keycloak's login form (its action URL as the page has it, with the page's cookies) with the user's password
     * and, if Keycloak then asks for it, the user's current one-time code. Answers Keycloak's last response: a redirect
     * to the client once the user is signed in.
     */
    public static Response logIn(String formAction, Map<String, String> cookies, String username, String password) {
        Map<String, String> jar = new HashMap<>(cookies);
        Response login = given().urlEncodingEnabled(false).redirects().follow(false).cookies(jar)
                .formParam("username", username).formParam("password", password)
                .post(formAction.replace("&amp;", "&"));
        jar.putAll(login.getCookies());
        for (int attempt = 1; attempt <= OTP_ATTEMPTS; attempt++) {
            String otpAction = otpFormAction(login.asString());
            if (login.statusCode() != 200 || otpAction == null || !SecondFactor.required(username)) {
                return login;
            }
            if (attempt > 1) {
                pauseAfterRefusal();
            }
            login = given().urlEncodingEnabled(false).redirects().follow(false).cookies(jar)
                    .formParam("otp", SecondFactor.freshCode(username))
                    .post(otpAction);
            jar.putAll(login.getCookies());
        }
        return login;
    }

    /** The action URL of Keycloak's one-time-code form, if the page is that form. */
    static String otpFormAction(String page) {
        Matcher form = OTP_FORM.matcher(page);
        if (!form.find()) {
            return null;
        }
        Matcher action = ACTION.matcher(form.group());
        return action.find() ? action.group(1).replace("&amp;", "&") : null;
    }

    /** Keycloak locks an account out for a minute after two refusals within a second: let one pass. */
    private static void pauseAfterRefusal() {
        try {
            Thread.sleep(1_200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String tokenRequest(String realm, Map<String, String> form) {
        return tokenResponse(realm, form).getString("access_token");
    }

    static JsonPath tokenResponse(String realm, Map<String, String> form) {
        return checked(tokenCall(realm, form), form);
    }

    /** Keycloak's answer to a token request, whatever its status. */
    public static Response tokenCall(String realm, Map<String, String> form) {
        return given().baseUri(realmUrl(realm))
                .contentType("application/x-www-form-urlencoded")
                .formParams(form)
                .post("/protocol/openid-connect/token");
    }

    /** Keycloak's answer to a brand's API client signing in (client credentials in realm markguard-integrations). */
    public static Response apiClientSignIn(String clientId, String secret) {
        return tokenCall(INTEGRATIONS_REALM, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret));
    }

    /** The access token of a brand's API client; fails the test when Keycloak refuses it. */
    public static String apiClientToken(String clientId, String secret) {
        Response answer = apiClientSignIn(clientId, secret);
        if (answer.statusCode() != 200) {
            throw new AssertionError("Keycloak refused API client " + clientId + " (" + answer.statusCode() + "): "
                    + answer.asString());
        }
        return answer.jsonPath().getString("access_token");
    }

    private static JsonPath checked(Response response, Map<String, String> form) {
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
