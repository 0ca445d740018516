package io.markguard.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.BrowserSession;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The security page a signed-in user reaches from the header: the second factor they set up through Keycloak's
 * application-initiated action, and the account console. The set-up in Keycloak's pages is proven end to end in
 * infra/e2e's SecondFactorIT.
 */
@QuarkusTest
class SecondFactorPagesTest {

    @Test
    void theSecurityPageOffersTheSetUpAndTheAccountConsoleInBothLanguages() {
        BrowserSession user = BrowserSession.signIn("brand-owner");
        user.get("/").then().statusCode(200).body(containsString("href=\"/account/security\" id=\"nav-security\""));
        user.get("/account/security").then().statusCode(200)
                .body(containsString("href=\"/account/second-factor\" id=\"set-up-second-factor\">"
                        + "Set up a second factor (authenticator app)</a>"))
                .body(containsString("href=\"" + TestKeycloak.issuer() + "/account\" id=\"account-console\""))
                .body(not(containsString("id=\"second-factor-saved\"")));
        user.getInChinese("/account/security").then().statusCode(200)
                .body(containsString("设置第二重验证（身份验证器应用）"))
                .body(containsString("在账户控制台管理您的登录方式"));
        given().redirects().follow(false).get("/account/security").then().statusCode(302)
                .header("Location", startsWith(TestKeycloak.issuer() + "/protocol/openid-connect/auth"));
    }

    @Test
    void onlyTheSignInThatSetsUpTheSecondFactorAsksKeycloakForTheAuthenticatorAction() {
        given().redirects().follow(false).get("/account/second-factor/done").then().statusCode(302)
                .header("Location", startsWith(TestKeycloak.issuer() + "/protocol/openid-connect/auth"))
                .header("Location", containsString("kc_action=CONFIGURE_TOTP"))
                .header("Location", containsString("redirect_uri=http%3A%2F%2Flocalhost%3A8280%2Fauth%2Fcallback"))
                .header("Location", containsString("code_challenge_method=S256"));
        given().redirects().follow(false).get("/login").then().statusCode(302)
                .header("Location", not(containsString("kc_action")));

        // A signed-in user's set-up ends the portal's session, so the portal signs them in again through Keycloak.
        BrowserSession user = BrowserSession.signIn("brand-owner");
        Response setUp = user.get("/account/second-factor");
        setUp.then().statusCode(303).header("Location", endsWith("/account/second-factor/done"));
        assertTrue(setUp.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("q_session") && c.toLowerCase().contains("max-age=0")),
                setUp.headers().getValues("Set-Cookie").toString());
    }

    @Test
    void backFromKeycloakThePageSaysWhetherTheAuthenticatorWasSetUp() {
        BrowserSession user = BrowserSession.signIn("brand-owner");
        Response done = given().redirects().follow(false).cookies(user.cookies).cookie("mg_second_factor", "success")
                .get("/account/second-factor/done");
        done.then().statusCode(303).header("Location", endsWith("/account/security?setup=success"));
        assertTrue(done.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("mg_second_factor=") && c.toLowerCase().contains("max-age=0")),
                "the outcome is told once: " + done.headers().getValues("Set-Cookie"));
        given().redirects().follow(false).cookies(user.cookies).cookie("mg_second_factor", "cancelled")
                .get("/account/second-factor/done").then().statusCode(303)
                .header("Location", endsWith("/account/security?setup=cancelled"));
        given().redirects().follow(false).cookies(user.cookies).get("/account/second-factor/done").then().statusCode(303)
                .header("Location", endsWith("/account/security?setup=cancelled"));

        user.get("/account/security?setup=success").then().statusCode(200)
                .body(containsString("id=\"second-factor-saved\""))
                .body(containsString("Your authenticator app is set up."));
        user.getInChinese("/account/security?setup=cancelled").then().statusCode(200)
                .body(containsString("id=\"second-factor-not-saved\""))
                .body(containsString("未设置第二重验证"));
    }
}
