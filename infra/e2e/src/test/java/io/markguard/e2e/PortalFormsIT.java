package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The portal's forms and pages as a browser keeps them: in an older tab, after Back, after a language switch. */
@ExtendWith(RunningSuite.class)
class PortalFormsIT extends InBrowser {

    @Test
    void aFormInAnOlderTabStillPostsAfterOtherPagesAndALanguageSwitchAndAgainAfterBack() {
        signIn("brand-owner");
        browser.get(RunningSuite.PORTAL + "/brands");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-brand")));
        String olderTab = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(RunningSuite.PORTAL + "/complaints");
        browser.get(RunningSuite.PORTAL + "/");
        click("language-zh-CN");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
        try {
            browser.switchTo().window(olderTab);
            String first = register("Older Tab");
            assertEquals("未验证", text("brand-status"), "the language chosen in the other tab applies");
            assertTrue(heading().contains(first), heading());

            browser.navigate().back();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-brand")));
            String second = register("After Back");
            assertTrue(heading().contains(second), heading());
        } finally {
            // The choice is kept for the user: later tests of brand-owner expect English.
            browser.get(RunningSuite.PORTAL + "/");
            click("language-en");
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        }
    }

    @Test
    void backAfterSigningOutShowsNoPageOfTheSignedOutUser() {
        signIn("brand-owner");
        browser.get(RunningSuite.PORTAL + "/brands");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-brand")));
        signOut();

        browser.navigate().back();
        // The browser asks the portal again, which sends a signed-out visitor to sign in.
        wait.until(d -> !d.findElements(By.id("username")).isEmpty() || !d.findElements(By.id("welcome")).isEmpty()
                || !d.findElements(By.id("register-brand")).isEmpty());
        assertTrue(browser.findElements(By.id("register-brand")).isEmpty(), "Back showed the signed-out user's brands page");
        assertTrue(browser.findElements(By.id("sign-out")).isEmpty(), "Back showed a signed-in page");
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** Registers a brand through the form on the page, and waits for its page. */
    private String register(String prefix) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = prefix + " " + suffix;
        type("brand-name", name);
        type("brand-legal-entity", name + " Ltd");
        type("brand-country", "GB");
        type("brand-domain", "tab-" + suffix + ".test");
        click("register-brand-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("brand-status")));
        return name;
    }
}
