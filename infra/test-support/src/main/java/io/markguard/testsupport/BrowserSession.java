package io.markguard.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in portal session obtained the way a browser gets one ({@link PortalSignIn}: the portal's redirect to
 * Keycloak, Keycloak's own login form and one-time-code form, the callback). Cookies are carried by hand, as a browser would; forms are posted with their CSRF token.
 * The portal is the application under test, or a packaged one at a base address (as the peers run it).
 */
public final class BrowserSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    public final Map<String, String> cookies = new HashMap<>();

    /** Where the portal answers; null for the application under test (REST-assured's own base). */
    private final String portal;

    private BrowserSession(String portal) {
        this.portal = portal;
    }

    /** Signs in to the portal under test. */
    public static BrowserSession signIn(String username) {
        return signIn(null, username);
    }

    /** Signs in to the portal at {@code portal} (scheme, host and port), as {@link PortalSignIn} does. */
    public static BrowserSession signIn(String portal, String username) {
        BrowserSession session = new BrowserSession(portal);
        session.cookies.putAll(PortalSignIn.cookies(session::portal, username));
        return session;
    }

    public Response get(String path) {
        Response response = portal().cookies(cookies).get(path);
        keep(response);
        return response;
    }

    /** The page in Simplified Chinese, as the language switch leaves it. */
    public Response getInChinese(String path) {
        return portal().cookies(cookies).cookie("mg_lang", "zh-CN").get(path);
    }

    /** Posts a page's form with the CSRF token the page carried, as the browser would. */
    public Response post(String path, Response page, Map<String, ?> fields) {
        Response response = portal().cookies(cookies).formParam("csrf-token", csrf(page)).formParams(fields).post(path);
        keep(response);
        return response;
    }

    /** Posts a page's multipart form (a file upload) with its CSRF token. */
    public Response postFile(String path, Response page, Map<String, List<String>> fields, String fileField, String filename,
            byte[] content) {
        var request = portal().cookies(cookies).multiPart("csrf-token", csrf(page))
                .multiPart(fileField, filename, content, "application/octet-stream");
        fields.forEach((name, values) -> values.forEach(value -> request.multiPart(name, value)));
        Response response = request.post(path);
        keep(response);
        return response;
    }

    /** The same form without its CSRF token, as a forged cross-site form would arrive. */
    public Response postWithoutToken(String path, Map<String, ?> fields) {
        return portal().cookies(cookies).formParams(fields).post(path);
    }

    private static String csrf(Response page) {
        Matcher csrf = CSRF_FIELD.matcher(page.asString());
        if (!csrf.find()) {
            throw new AssertionError("The page has no CSRF field");
        }
        return csrf.group(1);
    }

    private RequestSpecification portal() {
        RequestSpecification request = given().redirects().follow(false);
        return portal == null ? request : request.baseUri(portal);
    }

    private void keep(Response response) {
        cookies.putAll(response.getCookies());
    }
}
