package io.markguard.e2e;

import io.markguard.testsupport.SecondFactor;
import io.markguard.testsupport.TestKeycloak;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium and chromedriver, headless and with a fresh profile; nothing is downloaded. */
final class Browsers {

    private Browsers() {
    }

    static WebDriver headlessChromium() throws IOException {
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("markguard.test.chromium", "/usr/bin/chromium"))
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-quic", "--no-first-run", "--lang=en-US",
                        "--user-data-dir=" + Files.createTempDirectory("markguard-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("markguard.test.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * A wait that looks again when the page it reads is being replaced by the next one. Chromium reports that either as
     * a stale element or, when the element was found in the old document and read in the new one, as an "unknown error"
     * whose message says the node does not belong to the document; both mean "not there yet", not a failure.
     */
    static WebDriverWait patientWait(WebDriver browser, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout) {
            @Override
            public <V> V until(Function<? super WebDriver, V> condition) {
                return super.until(driver -> {
                    try {
                        return condition.apply(driver);
                    } catch (WebDriverException e) {
                        if (e instanceof StaleElementReferenceException || replacedDocument(e)) {
                            return null;
                        }
                        throw e;
                    }
                });
            }
        };
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static boolean replacedDocument(WebDriverException e) {
        String message = e.getMessage();
        return message != null && message.contains("does not belong to the document");
    }

    /** Signs in from the portal's home page, which is then shown in English whatever the user chose before. */
    static void signIn(WebDriver browser, WebDriverWait wait, String username) {
        browser.get(RunningSuite.PORTAL + "/");
        browser.findElement(By.id("sign-in")).click();
        signInOnKeycloak(browser, wait, username);
        chooseLanguage(browser, wait, "en");
    }

    /**
     * Chooses the portal's language with its switch on the home page, as a visitor or a signed-in user does; the
     * portal passes it on to Keycloak's pages.
     */
    static void chooseLanguage(WebDriver browser, WebDriverWait wait, String language) {
        if (!browser.getCurrentUrl().startsWith(RunningSuite.PORTAL)) {
            browser.get(RunningSuite.PORTAL + "/");
        }
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("language-" + language)));
        if (button.isEnabled()) {
            button.click();
        }
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }

    /**
     * Fills in Keycloak's login page with the demo user's password and, where Keycloak asks for it, the user's current
     * one-time code. A code Keycloak refuses (another test run used it moments ago) is followed by a fresh one.
     */
    static void signInOnKeycloak(WebDriver browser, WebDriverWait wait, String username) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestKeycloak.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        if (SecondFactor.required(username)) {
            giveOneTimeCode(browser, wait, username);
        }
    }

    /** Types the user's current one-time code into Keycloak's code page; a refused code is followed by a fresh one. */
    static void giveOneTimeCode(WebDriver browser, WebDriverWait wait, String username) {
        for (int attempt = 1; ; attempt++) {
            WebElement otp = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
            otp.sendKeys(SecondFactor.freshCode(username));
            browser.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.stalenessOf(otp));
            boolean refused = browser.getCurrentUrl().startsWith(TestKeycloak.url())
                    && !browser.findElements(By.id("otp")).isEmpty();
            if (!refused) {
                return;
            }
            if (attempt == 3) {
                throw new AssertionError("Keycloak refused three one-time codes of " + username);
            }
            // Keycloak locks an account out for a minute after two refusals within a second.
            sleep(1_200);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void signOut(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    }

    /** Replaces what a field holds with the text, as a user typing would. */
    static void type(WebDriver browser, String id, String value) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
