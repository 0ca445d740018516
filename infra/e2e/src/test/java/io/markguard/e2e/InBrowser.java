package io.markguard.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A test that drives the portal in a fresh headless Chromium per test, with the steps a user takes. */
@ExtendWith(InBrowser.PageOnFailure.class)
abstract class InBrowser {

    protected WebDriver browser;
    protected WebDriverWait wait;

    /**
     * When a test fails, the page its browser shows (address and text) goes to the test's output before the browser
     * closes, so a failure on a shared machine can be read without running it again.
     */
    static final class PageOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()
                    || !(context.getRequiredTestInstance() instanceof InBrowser test) || test.browser == null) {
                return;
            }
            try {
                String text = test.browser.findElement(By.tagName("body")).getText();
                System.err.println("The browser of " + context.getDisplayName() + " shows " + test.browser.getCurrentUrl()
                        + ":\n" + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text));
            } catch (RuntimeException e) {
                System.err.println("The browser of " + context.getDisplayName() + " shows nothing readable: " + e);
            }
        }
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.headlessChromium();
        wait = Browsers.patientWait(browser, Duration.ofSeconds(20));
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
        return wait.until(page -> page.findElement(By.id(id)).getText().trim());
    }

    /** What the portal answered a post: its status and its page. */
    protected record Answer(long status, String page) {
    }

    /**
     * Posts the form with this id from the page the browser shows, with the browser's own cookies and the form's
     * CSRF token, but only the given fields: what a form sends when its fields are left out or its browser-side
     * checks are bypassed.
     */
    protected Answer postOnly(String formId, Map<String, String> fields) {
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                var form = document.getElementById(arguments[0]), fields = arguments[1], done = arguments[2];
                var token = form.querySelector('input[name="csrf-token"]');
                var body = form.enctype === 'multipart/form-data' ? new FormData() : new URLSearchParams();
                body.append(token.name, token.value);
                Object.keys(fields).forEach(function (name) { body.append(name, fields[name]); });
                fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual' })
                    .then(function (r) { return r.text().then(function (t) { done([r.status, t]); }); })
                    .catch(function (e) { done([-1, String(e)]); });
                """, formId, fields);
        return new Answer(((Number) answer.get(0)).longValue(), (String) answer.get(1));
    }
}
