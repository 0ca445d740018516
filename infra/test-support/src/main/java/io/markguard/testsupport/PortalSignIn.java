package io.markguard.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a demo user in to a portal the way a browser does: the portal's redirect to Keycloak, Keycloak's own login
 * form (and its one-time-code form for the users who need one), the callback. Answers the portal's cookies.
 */
public final class PortalSignIn {

    private static final Pattern LOGIN_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    // A user who gives a one-time code keeps the Keycloak session, as a browser would: Keycloak takes one code per
    // step of 30 s, and tests sign the reviewer in many times.
    private static final Map<String, Map<String, String>> KEYCLOAK_SESSIONS = new ConcurrentHashMap<>();

    private PortalSignIn() {
    }

    /** The portal's cookies once {@code username} is signed in; {@code portal} names the portal, no redirects. */
    public static Map<String, String> cookies(Supplier<RequestSpecification> portal, String username) {
        Map<String, String> cookies = new HashMap<>();
        Response toKeycloak = portal.get().get("/login");
        cookies.putAll(toKeycloak.getCookies());
        boolean secondFactor = SecondFactor.required(username);
        Map<String, String> keycloakCookies = new HashMap<>(secondFactor
                ? KEYCLOAK_SESSIONS.getOrDefault(username, Map.of()) : Map.of());
        Response form = given().urlEncodingEnabled(false).redirects().follow(false).cookies(keycloakCookies)
                .get(toKeycloak.header("Location"));
        keycloakCookies.putAll(form.getCookies());
        String back;
        if (form.statusCode() == 302 && secondFactor) {
            back = form.header("Location");
        } else {
            Matcher action = LOGIN_ACTION.matcher(form.asString());
            if (!action.find()) {
                throw new AssertionError("Keycloak showed no login form (" + form.statusCode() + ")");
            }
            Response callback = TestKeycloak.logIn(action.group(1), keycloakCookies, username, TestKeycloak.DEMO_PASSWORD);
            keycloakCookies.putAll(callback.getCookies());
            back = callback.header("Location");
        }
        if (back == null) {
            throw new AssertionError("Keycloak did not send " + username + " back: " + form.statusCode());
        }
        if (secondFactor) {
            KEYCLOAK_SESSIONS.put(username, keycloakCookies);
        }
        Response home = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies).get(back);
        cookies.putAll(home.getCookies());
        return cookies;
    }
}
