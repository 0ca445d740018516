package io.markguard.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.SecondFactor;
import io.markguard.testsupport.TestKeycloak;
import io.markguard.testsupport.Totp;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Accounts in realm markguard, in headless Chromium through Keycloak's own pages: signing up with a verified e-mail
 * address, resetting a forgotten password, and the one-time code reviewers and administrators must give. The mail is
 * what Keycloak really sent, to the suite's SMTP server.
 */
@ExtendWith(RunningSuite.class)
class AccountsIT extends InBrowser {

    private static final Pattern ACTION_LINK = Pattern.compile("(https?://\\S+/login-actions/action-token\\?\\S+)");

    @Test
    void aNewUserSignsUpVerifiesTheAddressAndCanRegisterABrand() throws Exception {
        String email = "signup-" + UUID.randomUUID().toString().substring(0, 8) + "@brand.test";
        openRegistration();
        type("email", email);
        type("firstName", "Sina");
        type("lastName", "Sato");
        browser.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();

        // Not signed in yet: Keycloak waits for the address to be verified, with the link it mailed.
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("kc-register-form")));
        assertTrue(browser.getPageSource().contains("verify your email address"), "Keycloak asks to verify the address");
        assertTrue(browser.getCurrentUrl().startsWith(TestKeycloak.url()), browser.getCurrentUrl());
        followLink(linkMailedTo(email, 1));

        // The address is verified; the new user chooses a password.
        choosePassword("first-Password-1");
        landInPortal();
        assertEquals("Hello, Sina!", text("greeting"));
        assertEquals(email, text("who"), "the bar names the new user");
        assertEquals("Brand", text("roles"), "a new user is a brand user");

        // A brand user may register a brand straight away.
        click("go-brands");
        type("brand-name", "Sato Ceramics");
        type("brand-legal-entity", "Sato Ceramics K.K.");
        type("brand-country", "JP");
        type("brand-domain", "sato-ceramics.test");
        click("register-brand-submit");
        wait.until(ExpectedConditions.urlMatches(RunningSuite.PORTAL + "/brands/[0-9a-f-]+$"));
        assertTrue(browser.getPageSource().contains("Sato Ceramics"));
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLinkAndOnlyTheNewOneWorks() throws Exception {
        String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@brand.test";
        signUp(email, "Rafa", "Romero", "old-Password-1");
        signOut();

        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(@href, '/login-actions/reset-credentials')]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(email);
        browser.findElement(By.cssSelector("#kc-reset-password-form [type=submit]")).click();
        followLink(linkMailedTo(email, 2));
        choosePassword("new-Password-2");
        landInPortal();
        assertEquals("Hello, Rafa!", text("greeting"));
        signOut();

        browser.findElement(By.id("sign-in")).click();
        signInWithPassword(email, "old-Password-1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-form-login")));
        assertTrue(browser.getPageSource().contains("Invalid username or password."), "the old password no longer works");
        assertTrue(browser.findElements(By.id("greeting")).isEmpty());

        signInWithPassword(email, "new-Password-2");
        landInPortal();
        assertEquals("Hello, Rafa!", text("greeting"));
    }

    @Test
    void aReviewerIsAskedForTheOneTimeCodeAndOnlyTheRightOneSignsIn() {
        browser.get(RunningSuite.PORTAL + "/");
        browser.findElement(By.id("sign-in")).click();
        signInWithPassword("reviewer", TestKeycloak.DEMO_PASSWORD);

        WebElement otp = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
        assertTrue(browser.findElements(By.id("greeting")).isEmpty(), "the password alone does not sign a reviewer in");
        otp.sendKeys(SecondFactor.wrongCode("reviewer"));
        browser.findElement(By.id("kc-login")).click();
        wait.until(d -> gone(otp));
        assertTrue(browser.getPageSource().contains("Invalid authenticator code."), "a wrong code is refused");
        assertTrue(browser.getCurrentUrl().startsWith(TestKeycloak.url()), browser.getCurrentUrl());

        // Two refusals within a second would lock the account for a minute.
        pause(1_200);
        Browsers.giveOneTimeCode(browser, wait, "reviewer");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        assertEquals("Hello, Rita!", text("greeting"));
        assertEquals("Reviewer", text("roles"));
    }

    @Test
    void aNewReviewerMustSetUpAnAuthenticatorAndThenSignsInWithItsCodes() {
        String username = "reviewer-" + UUID.randomUUID().toString().substring(0, 8);
        String email = createUser(username, "Nia", "Nakamura", "first-Password-1", "reviewer");
        browser.get(RunningSuite.PORTAL + "/");
        browser.findElement(By.id("sign-in")).click();
        signInWithPassword(email, "first-Password-1");

        // Required action CONFIGURE_TOTP: the reviewer adds an authenticator (the key typed in by hand) before going on.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-totp-settings-form")));
        assertTrue(browser.findElements(By.id("greeting")).isEmpty());
        click("mode-manual");
        byte[] key = Totp.base32Key(text("kc-totp-secret-key"));
        long step = Totp.step(java.time.Instant.now());
        type("totp", Totp.code(key, step));
        type("userLabel", "Phone");
        click("saveTOTPBtn");
        landInPortal();
        assertEquals("Hello, Nia!", text("greeting"));
        assertTrue(text("roles").contains("Reviewer"), text("roles"));
        signOut();

        // From now on the code is asked for once, after the password; Keycloak takes each code once, so the next step's.
        browser.findElement(By.id("sign-in")).click();
        signInWithPassword(email, "first-Password-1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp"))).sendKeys(Totp.code(key, step + 1));
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        assertEquals("Hello, Nia!", text("greeting"));
    }

    @Test
    void thePasswordGrantAsksReviewersAndAdministratorsForTheCodeToo() {
        for (String user : List.of("reviewer", "admin")) {
            Map<String, String> form = new HashMap<>(Map.of("grant_type", "password", "client_id", "markguard-cli",
                    "username", user, "password", TestKeycloak.DEMO_PASSWORD));
            assertRefused(TestKeycloak.tokenCall(TestKeycloak.REALM, form), user + " without a code");
            pause(1_200);
            form.put("otp", SecondFactor.wrongCode(user));
            assertRefused(TestKeycloak.tokenCall(TestKeycloak.REALM, form), user + " with a wrong code");
            pause(1_200);
            form.put("otp", SecondFactor.freshCode(user));
            assertEquals(200, TestKeycloak.tokenCall(TestKeycloak.REALM, form).statusCode(), user + " with the code");
        }
        Map<String, String> brand = Map.of("grant_type", "password", "client_id", "markguard-cli",
                "username", "brand-owner", "password", TestKeycloak.DEMO_PASSWORD);
        assertEquals(200, TestKeycloak.tokenCall(TestKeycloak.REALM, brand).statusCode(), "a brand user without a code");
    }

    private static void assertRefused(Response response, String what) {
        assertTrue(response.statusCode() == 400 || response.statusCode() == 401, what + ": " + response.statusCode() + " "
                + response.asString());
        assertEquals("invalid_grant", response.jsonPath().getString("error"), what);
        assertTrue(response.jsonPath().getString("access_token") == null, what);
    }

    @Test
    void keycloaksPagesSpeakSimplifiedChinese() {
        browser.get(RunningSuite.PORTAL + "/");
        click("language-zh-CN");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        String register = browser.findElement(By.xpath("//a[contains(@href, '/login-actions/registration')]")).getText();
        assertEquals("注册", register.trim());
        String forgot = browser.findElement(By.xpath("//a[contains(@href, '/login-actions/reset-credentials')]")).getText();
        assertEquals("忘记密码?", forgot.trim());
    }

    /**
     * A user made by an administrator in Keycloak's admin API, with a password and one realm role. Answers the user's
     * e-mail address, which the realm makes the username.
     */
    private static String createUser(String username, String firstName, String lastName, String password, String role) {
        String admin = TestKeycloak.tokenCall("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin")).jsonPath().getString("access_token");
        String users = "/admin/realms/" + TestKeycloak.REALM + "/users";
        String location = given().baseUri(TestKeycloak.url()).auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", username, "email", username + "@markguard.test", "emailVerified", true,
                        "firstName", firstName, "lastName", lastName, "enabled", true,
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post(users).then().statusCode(201).extract().header("Location");
        Object roleRepresentation = given().baseUri(TestKeycloak.url()).auth().oauth2(admin)
                .get("/admin/realms/" + TestKeycloak.REALM + "/roles/" + role).then().statusCode(200).extract().as(Map.class);
        given().baseUri(TestKeycloak.url()).auth().oauth2(admin).contentType("application/json")
                .body(List.of(roleRepresentation))
                .post(location.substring(location.indexOf("/admin/")) + "/role-mappings/realm").then().statusCode(204);
        return username + "@markguard.test";
    }

    /** Signs up through Keycloak's registration page and the mailed verification link; ends signed in. */
    private void signUp(String email, String firstName, String lastName, String password) throws Exception {
        openRegistration();
        type("email", email);
        type("firstName", firstName);
        type("lastName", lastName);
        browser.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
        followLink(linkMailedTo(email, 1));
        choosePassword(password);
        landInPortal();
    }

    /** Keycloak's page to set a password (after following a verification or reset link). */
    private void choosePassword(String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new"))).sendKeys(password);
        browser.findElement(By.id("password-confirm")).sendKeys(password);
        browser.findElement(By.id("kc-submit")).click();
    }

    private void openRegistration() {
        browser.get(RunningSuite.PORTAL + "/");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(@href, '/login-actions/registration')]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-register-form")));
    }

    /** Fills in Keycloak's login form; after a refusal Keycloak shows it again with the username kept. */
    private void signInWithPassword(String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        type("username", username);
        type("password", password);
        browser.findElement(By.id("kc-login")).click();
    }

    private void followLink(String link) {
        browser.get(link);
    }

    /** Waits for the portal; Keycloak may first show a page whose link carries on to it. */
    private void landInPortal() {
        By proceed = By.xpath("//a[contains(translate(., 'PROCEED', 'proceed'), 'proceed')]");
        wait.until(ExpectedConditions.or(ExpectedConditions.urlMatches("^" + Pattern.quote(RunningSuite.PORTAL) + "/.*"),
                ExpectedConditions.presenceOfElementLocated(proceed)));
        if (!browser.getCurrentUrl().startsWith(RunningSuite.PORTAL)) {
            browser.findElement(proceed).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
    }

    /** The action link in the nth mail Keycloak sent to the address, once it has arrived. */
    private static String linkMailedTo(String address, int nth) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> mail = Arrays.stream(RunningSuite.mail().getReceivedMessages())
                    .filter(m -> Mails.recipients(m).stream().anyMatch(to -> to.contains(address))).toList();
            if (mail.size() >= nth) {
                String body = Mails.plainText(mail.get(nth - 1));
                Matcher link = ACTION_LINK.matcher(body == null ? "" : body);
                if (!link.find()) {
                    throw new AssertionError("Mail to " + address + " has no action link: " + body);
                }
                assertTrue(link.group(1).startsWith(TestKeycloak.issuer()), link.group(1));
                return link.group(1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Keycloak mailed nothing (" + nth + ") to " + address);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the element's page was replaced. Chromium answers a look at an element of a page being replaced either
     * as stale or with its inspector's "does not belong to the document", which is the same thing.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return true;
        }
    }
}
