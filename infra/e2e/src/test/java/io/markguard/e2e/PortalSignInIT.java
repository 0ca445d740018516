package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.TestKeycloak;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Each demo user signs in to the portal through Keycloak's own login page in real headless Chromium. */
@ExtendWith(RunningSuite.class)
class PortalSignInIT extends InBrowser {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "brand-owner, Olivia, Brand, 品牌方",
            "brand-agent, Arjun, Brand, 品牌方",
            "merchant-a, Mei, Merchant, 商家",
            "merchant-b, Bruno, Merchant, 商家",
            "reviewer, Rita, Reviewer, 审核员",
            "admin, Ada, Administrator, 管理员" })
    void signsInIsGreetedInBothLanguagesAndSignsOut(String username, String firstName, String role, String roleZh) {
        browser.get(RunningSuite.PORTAL + "/");
        assertEquals("Keep counterfeits off the shelves", text("welcome"));

        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlContains(TestKeycloak.issuer() + "/protocol/openid-connect/auth"));
        signInOnKeycloak(username);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        assertEquals("Hello, " + firstName + "!", text("greeting"));
        assertEquals(username, text("who"), "the bar names the signed-in user");
        assertEquals(role, text("roles"));

        browser.findElement(By.id("language-zh-CN")).click();
        wait.until(ExpectedConditions.textToBe(By.id("greeting"), firstName + "，您好！"));
        assertEquals(roleZh, text("roles"));
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));

        browser.findElement(By.id("language-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("greeting"), "Hello, " + firstName + "!"));

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertTrue(browser.findElements(By.id("greeting")).isEmpty());

        // Signing out ended the Keycloak session too: signing in again asks for the password.
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
    }

    private void signInOnKeycloak(String username) {
        Browsers.signInOnKeycloak(browser, wait, username);
    }
}
