package io.markguard.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.markguard.testsupport.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Forms as a browser keeps them: a form loaded before other pages, Back or a language switch still posts; a post
 * without its session's token is refused with a readable page and changes nothing; what a signed-in user sees is
 * never stored by the browser.
 */
@QuarkusTest
class PortalFormsTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void aFormLoadedBeforeOtherPagesAndALanguageSwitchStillPostsWithItsOriginalToken() {
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        Response formA = owner.get("/brands");
        formA.then().statusCode(200).body(containsString("id=\"register-brand\""));

        owner.get("/").then().statusCode(200);
        Response hub = owner.get("/complaints");
        hub.then().statusCode(200);
        Response switched = owner.post("/language", hub, Map.of("language", "zh-CN", "returnTo", "/complaints"));
        assertEquals(303, switched.statusCode(), switched.asString());
        owner.get("/complaints").then().statusCode(200).body(containsString("<html lang=\"zh-CN\">"));

        try {
            Response registered = owner.post("/brands", formA, Map.of("name", "Older Tab Outfitters", "legalEntity",
                    "Older Tab Outfitters Ltd", "country", "GB", "websiteDomain", "oldertab.test"));
            assertEquals(303, registered.statusCode(), registered.asString());
            owner.get(path(registered)).then().statusCode(200)
                    .body(containsString("Older Tab Outfitters"))
                    .body(containsString("未验证"));
        } finally {
            // The choice is saved for the user; the other tests read brand-owner's pages in English.
            owner.post("/language", formA, Map.of("language", "en", "returnTo", "/"));
        }
    }

    @Test
    void aForgedOrMissingTokenIsRefusedWithAReadablePageInTheUsersLanguageAndNothingChanges() {
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        Response form = owner.get("/brands");
        String token = token(form);
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        given().redirects().follow(false).cookies(owner.cookies).cookie("mg_lang", "zh-CN")
                .header("Referer", "http://localhost:8280/brands")
                .formParam("csrf-token", forged).formParams(brand("Forged Token Traders"))
                .post("/brands").then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("此表单已失效"))
                .body(containsString("未保存或更改任何内容"))
                .body(containsString("href=\"/brands\" id=\"form-expired-back\""));

        owner.postWithoutToken("/brands", brand("Missing Token Traders")).then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("This form has expired"))
                .body(containsString("Nothing was saved or changed."))
                .body(containsString("id=\"form-expired-back\""));

        owner.get("/brands").then().statusCode(200)
                .body(not(containsString("Forged Token Traders")))
                .body(not(containsString("Missing Token Traders")));
    }

    @Test
    void aCookieAndTokenFromAnotherUsersSessionAreRefused() {
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        Response ownersForm = owner.get("/brands");
        BrowserSession agent = BrowserSession.signIn("brand-agent");
        agent.get("/brands").then().statusCode(200);

        // Another site planting the owner's own cookie and token in the agent's browser gets nothing posted.
        given().redirects().follow(false).cookies(withCookie(agent, owner.cookies.get("csrf-token")))
                .formParam("csrf-token", token(ownersForm)).formParams(brand("Planted Cookie Traders"))
                .post("/brands").then()
                .statusCode(400)
                .body(containsString("This form has expired"));
        agent.get("/brands").then().body(not(containsString("Planted Cookie Traders")));
    }

    @Test
    void theTokenStaysTheSameOnEveryPageOfASignInAndAnotherSignInHasItsOwn() {
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        String first = token(owner.get("/brands"));
        assertEquals(first, token(owner.get("/")));
        assertEquals(first, token(owner.get("/complaints")));

        // The same browser signed in again (the same cookie, a new Keycloak session) gets a new token.
        BrowserSession again = BrowserSession.signIn("brand-owner");
        Response page = given().redirects().follow(false).cookies(withCookie(again, owner.cookies.get("csrf-token")))
                .get("/brands");
        page.then().statusCode(200);
        assertNotEquals(first, token(page));
    }

    @Test
    void signedInPagesAreNeverStoredAndPublicOnesMayBe() {
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        owner.get("/").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        owner.get("/brands").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        owner.get("/review").then().statusCode(403).header("Cache-Control", equalTo("no-store"));
        owner.get("/no-such-page").then().statusCode(404).header("Cache-Control", equalTo("no-store"));
        owner.get("/portal.css").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")));

        given().get("/").then().statusCode(200).header("Cache-Control", nullValue());
        given().get("/portal.css").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")));
    }

    @Test
    void anUnknownLanguageIsAReadable400() {
        Response page = given().get("/");
        given().redirects().follow(false).cookie("csrf-token", page.getCookie("csrf-token"))
                .formParam("csrf-token", token(page)).formParam("language", "xx").formParam("returnTo", "/")
                .post("/language").then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("The request was incomplete or malformed, so nothing was changed."));
    }

    /** The session's cookies with another CSRF cookie in place of its own. */
    private static Map<String, String> withCookie(BrowserSession session, String csrfCookie) {
        Map<String, String> cookies = new HashMap<>(session.cookies);
        cookies.put("csrf-token", csrfCookie);
        return cookies;
    }

    private static Map<String, String> brand(String name) {
        return Map.of("name", name, "legalEntity", name + " Ltd", "country", "GB", "websiteDomain",
                name.toLowerCase().replace(' ', '-') + ".test");
    }

    static String token(Response page) {
        Matcher field = CSRF_FIELD.matcher(page.asString());
        if (!field.find()) {
            throw new AssertionError("The page has no CSRF field");
        }
        return field.group(1);
    }

    static String path(Response redirect) {
        assertEquals(303, redirect.statusCode(), redirect.asString());
        String location = redirect.header("Location");
        org.hamcrest.MatcherAssert.assertThat(location, startsWith("http"));
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
