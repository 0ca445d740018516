package io.markguard.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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

    /** Signs in from the portal's home page, which is then shown in English whatever the user chose before. */
    static void signIn(WebDriver browser, WebDriverWait wait, String username) {
        browser.get(RunningSuite.PORTAL + "/");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(io.markguard.testsupport.TestKeycloak.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        var english = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("language-en")));
        if (english.isEnabled()) {
            english.click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
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
