package io.markguard.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The portal as an anonymous browser sees it, before and around sign-in. */
@QuarkusTest
class PortalPagesTest {

    @Test
    void theHomePageInvitesToSignInInEnglishByDefault() {
        given().get("/").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Keep counterfeits off the shelves"))
                .body(containsString("href=\"/login\""));
    }

    @Test
    void aChineseBrowserGetsSimplifiedChinese() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").get("/").then()
                .statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("让假货远离货架"))
                .body(containsString("<a href=\"/transparency\" id=\"nav-transparency\">透明度报告</a>"))
                .body(not(containsString("Keep counterfeits off the shelves")))
                .body(not(containsString(">Transparency<")));
    }

    @Test
    void theLanguageSwitchSetsACookieAndReturnsToThePage() {
        Response page = given().get("/");
        Response switched = given().cookie("csrf-token", page.getCookie("csrf-token")).redirects().follow(false)
                .formParam("csrf-token", csrfField(page))
                .formParam("language", "zh-CN")
                .formParam("returnTo", "/")
                .post("/language");
        switched.then().statusCode(303).header("Location", endsWithPath("/"));
        given().cookie("mg_lang", switched.getCookie("mg_lang")).get("/").then()
                .body(containsString("让假货远离货架"));
    }

    @Test
    void theLanguageSwitchRefusesAFormWithoutItsCsrfToken() {
        given().redirects().follow(false)
                .formParam("language", "zh-CN")
                .formParam("returnTo", "/")
                .post("/language").then()
                .statusCode(400);
    }

    @Test
    void theLanguageSwitchNeverRedirectsOffSite() {
        Response page = given().get("/");
        given().cookie("csrf-token", page.getCookie("csrf-token")).redirects().follow(false)
                .formParam("csrf-token", csrfField(page))
                .formParam("language", "en")
                .formParam("returnTo", "//evil.example/phish")
                .post("/language").then()
                .statusCode(303)
                .header("Location", endsWithPath("/"));
    }

    @Test
    void signInGoesToKeycloakWithPkceAndTheOneRegisteredCallback() {
        given().redirects().follow(false).get("/login").then()
                .statusCode(302)
                .header("Location", allOf(
                        startsWith(TestKeycloak.issuer() + "/protocol/openid-connect/auth"),
                        containsString("client_id=portal"),
                        containsString("redirect_uri=http%3A%2F%2Flocalhost%3A8280%2Fauth%2Fcallback"),
                        containsString("code_challenge_method=S256")));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        given().get("/").then()
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("same-origin"));
    }

    @Test
    void anUnknownPageIsAReadablePageNotJson() {
        given().header("Accept-Language", "zh-CN").get("/no-such-page").then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("此页面不存在。"));
    }

    @Test
    void theApiAnswers401NotARedirect() {
        given().redirects().follow(false).get("/api/me").then().statusCode(401);
    }

    /** The token the page put in its language form, as a browser would submit it. */
    private static String csrfField(Response page) {
        Matcher field = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        if (!field.find()) {
            throw new AssertionError("The page has no CSRF field in its language form");
        }
        return field.group(1);
    }

    private static org.hamcrest.Matcher<String> endsWithPath(String path) {
        return org.hamcrest.Matchers.anyOf(equalTo(path), org.hamcrest.Matchers.endsWith(":8280" + path));
    }
}
