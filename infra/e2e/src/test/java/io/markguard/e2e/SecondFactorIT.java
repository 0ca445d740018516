package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.TestKeycloak;
import io.markguard.testsupport.Totp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A brand user, whom the realm does not ask for a one-time code, sets up an authenticator app from the portal's
 * security page (Keycloak's application-initiated action) and from then on signs in with its codes.
 */
@ExtendWith(RunningSuite.class)
class SecondFactorIT extends InBrowser {

    @Test
    void aBrandUserSetsUpAnAuthenticatorFromThePortalAndIsAskedForItsCodeFromThenOn() throws Exception {
        String username = TestKeycloak.newUser("otp-" + UUID.randomUUID().toString().substring(0, 8), "Olu", "Okafor",
                "brand");
        signIn(username);
        assertEquals("Hello, Olu!", text("greeting"));

        click("nav-security");
        assertTrue(browser.getPageSource().contains("href=\"" + TestKeycloak.url() + "/realms/markguard/account\""),
                "the security page links to the realm's account console");
        assertEquals("Set up a second factor (authenticator app)", text("set-up-second-factor"));
        click("set-up-second-factor");

        // Keycloak's own set-up page, with the key shown as text for an app that cannot scan.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-totp-settings-form")));
        assertTrue(browser.getCurrentUrl().startsWith(TestKeycloak.url()), browser.getCurrentUrl());
        click("mode-manual");
        byte[] key = Totp.base32Key(text("kc-totp-secret-key"));
        long step = Totp.step(Instant.now());
        type("totp", Totp.code(key, step));
        type("userLabel", "Phone");
        click("saveTOTPBtn");

        wait.until(ExpectedConditions.urlContains(RunningSuite.PORTAL + "/account/security"));
        assertEquals("Your authenticator app is set up. From your next sign-in you will be asked for a one-time code.",
                text("second-factor-saved"));
        signOut();

        // The password alone no longer signs in; a wrong code is refused, the app's code signs in.
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestKeycloak.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        WebElement otp = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
        assertTrue(browser.findElements(By.id("greeting")).isEmpty(), "the password alone does not sign in");
        otp.sendKeys(wrongCode(key));
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.stalenessOf(otp));
        assertTrue(browser.getPageSource().contains("Invalid authenticator code."), "a wrong code is refused");
        assertTrue(browser.findElements(By.id("greeting")).isEmpty());

        // Two refusals within a second would lock the account for a minute; Keycloak takes each code once.
        Thread.sleep(1_200);
        long now = Totp.step(Instant.now());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp"))).sendKeys(Totp.code(key, Math.max(now, step + 1)));
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        assertEquals("Hello, Olu!", text("greeting"));
    }

    /** A code the authenticator gives at none of the steps Keycloak accepts now. */
    private static String wrongCode(byte[] key) {
        long step = Totp.step(Instant.now());
        Set<String> accepted = Set.of(Totp.code(key, step - 1), Totp.code(key, step), Totp.code(key, step + 1),
                Totp.code(key, step + 2));
        for (long far = step + 100; ; far++) {
            if (!accepted.contains(Totp.code(key, far))) {
                return Totp.code(key, far);
            }
        }
    }
}
