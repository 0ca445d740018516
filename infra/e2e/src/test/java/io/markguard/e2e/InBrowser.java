package io.markguard.e2e;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A test that drives the portal in a fresh headless Chromium per test, with the steps a user takes. */
abstract class InBrowser {

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.headlessChromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // A page being replaced by the next one leaves references to its elements stale: look again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected void signIn(String username) {
        Browsers.signIn(browser, wait, username);
    }

    protected void signOut() {
        Browsers.signOut(browser, wait);
    }

    protected void type(String id, String value) {
        Browsers.type(browser, id, value);
    }

    protected void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** The element's text, once the page has it. */
    protected String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText().trim();
    }
}
