package io.markguard.portal;

import static io.restassured.RestAssured.given;

import io.markguard.testsupport.TestKeycloak;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in portal session obtained the way a browser gets one: the portal's redirect to Keycloak,
 * Keycloak's own login form, the callback. Cookies are carried by hand, as a browser would.
 */
final class BrowserSession {

    private static final Pattern LOGIN_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    final Map<String, String> cookies = new HashMap<>();

    static BrowserSession signIn(String username) {
        BrowserSession session = new BrowserSession();
        Response toKeycloak = given().redirects().follow(false).get("/login");
        session.keep(toKeycloak);
        Map<String, String> keycloakCookies = new HashMap<>();
        Response form = given().urlEncodingEnabled(false).redirects().follow(false).get(toKeycloak.header("Location"));
        keycloakCookies.putAll(form.getCookies());
        Matcher action = LOGIN_ACTION.matcher(form.asString());
        if (!action.find()) {
            throw new AssertionError("Keycloak showed no login form (" + form.statusCode() + ")");
        }
        Response callback = given().urlEncodingEnabled(false).redirects().follow(false).cookies(keycloakCookies)
                .formParam("username", username).formParam("password", TestKeycloak.DEMO_PASSWORD)
                .post(action.group(1).replace("&amp;", "&"));
        String back = callback.header("Location");
        if (back == null) {
            throw new AssertionError("Keycloak did not send " + username + " back: " + callback.statusCode());
        }
        Response home = given().urlEncodingEnabled(false).redirects().follow(false).cookies(session.cookies).get(back);
        session.keep(home);
        return session;
    }

    Response get(String path) {
        Response response = given().redirects().follow(false).cookies(cookies).get(path);
        keep(response);
        return response;
    }

    /** Posts a page's form with the CSRF token the page carried, as the browser would. */
    Response post(String path, Response page, Map<String, ?> fields) {
        Matcher csrf = CSRF_FIELD.matcher(page.asString());
        if (!csrf.find()) {
            throw new AssertionError("The page has no CSRF field");
        }
        Response response = given().redirects().follow(false).cookies(cookies).formParam("csrf-token", csrf.group(1))
                .formParams(fields).post(path);
        keep(response);
        return response;
    }

    /** Posts a page's multipart form (a file upload) with its CSRF token. */
    Response postFile(String path, Response page, Map<String, List<String>> fields, String fileField, String filename,
            byte[] content) {
        Matcher csrf = CSRF_FIELD.matcher(page.asString());
        if (!csrf.find()) {
            throw new AssertionError("The page has no CSRF field");
        }
        var request = given().redirects().follow(false).cookies(cookies).multiPart("csrf-token", csrf.group(1))
                .multiPart(fileField, filename, content, "application/octet-stream");
        fields.forEach((name, values) -> values.forEach(value -> request.multiPart(name, value)));
        Response response = request.post(path);
        keep(response);
        return response;
    }

    /** The same form without its CSRF token, as a forged cross-site form would arrive. */
    Response postWithoutToken(String path, Map<String, ?> fields) {
        return given().redirects().follow(false).cookies(cookies).formParams(fields).post(path);
    }

    private void keep(Response response) {
        cookies.putAll(response.getCookies());
    }
}
