package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.TestKeycloak;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Keycloak's sign-in pages wear Markguard's theme (infra/keycloak/themes/markguard) in the language the visitor chose in
 * the portal: the portal's sign-in leads to Keycloak's login page with the theme's stylesheet, the Markguard wordmark
 * and Markguard's titles, and so do the registration, password-reset and one-time-code pages. Each page is saved as a
 * screenshot at a laptop's and a phone's width into target/screenshots, and passes the checks of every saved page
 * ({@link PageChecks}: no sideways scroll, no serious or critical axe-core violation, no English on the Chinese pages).
 */
@ExtendWith(RunningSuite.class)
class SignInThemeIT extends InBrowser {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int LAPTOP_WIDTH = 1366;
    private static final int PHONE_WIDTH = 390;
    private static final int HEIGHT = 900;
    /** The portal's accent colour (#0b6e4f), which the theme gives the wordmark; Keycloak's own theme draws it white. */
    private static final String ACCENT = "rgb(11, 110, 79)";
    private static final String NOT_THEMED = "Keycloak shows its own look, not the markguard theme: infra/markguard test"
            + " copies infra/keycloak/themes into the test Keycloak it starts and the realm file names the theme, but a"
            + " test Keycloak still running from an earlier start is reused as it is (infra/markguard stop keycloak-test)."
            + " Page: ";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "en, Markguard, Sign in to Markguard, Sign in to Markguard, Create your Markguard account,"
                    + " Reset your Markguard password, Sign in",
            "zh-CN, Markguard 商标卫士, 登录 Markguard 商标卫士, 登录 Markguard, 创建 Markguard 账户, 重置 Markguard 密码, 登录" })
    void everySignInPageWearsTheThemeInThePortalsLanguage(String language, String wordmark, String tabTitle,
            String signInHeading, String registrationHeading, String resetHeading, String codeHeading) throws IOException {
        browser.manage().window().setSize(new Dimension(LAPTOP_WIDTH, HEIGHT));
        browser.get(RunningSuite.PORTAL + "/");
        Browsers.chooseLanguage(browser, wait, language);

        openPortalSignIn();
        assertThemed(language, wordmark, tabTitle, signInHeading);
        saveScreenshots("login", language);

        clickLinkTo("/login-actions/registration");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-register-form")));
        assertThemed(language, wordmark, tabTitle, registrationHeading);
        saveScreenshots("registration", language);

        openPortalSignIn();
        clickLinkTo("/login-actions/reset-credentials");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-reset-password-form")));
        assertThemed(language, wordmark, tabTitle, resetHeading);
        saveScreenshots("reset-password", language);

        // The demo reviewer must give a one-time code after the password; no code is typed, so none is used up.
        openPortalSignIn();
        type("username", "reviewer");
        type("password", TestKeycloak.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
        assertThemed(language, wordmark, tabTitle, codeHeading);
        // A keyboard user sees where they are: the button reached by Tab wears the theme's focus ring.
        code.click();
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("kc-login", browser.switchTo().activeElement().getAttribute("id"));
        assertEquals("solid " + ACCENT, js("var s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle + ' ' + s.outlineColor;"), "the focused button's outline");
        saveScreenshots("one-time-code", language);
    }

    /** The portal's sign-in, which sends the browser to Keycloak's login page. */
    private void openPortalSignIn() {
        browser.get(RunningSuite.PORTAL + "/login");
        wait.until(ExpectedConditions.urlContains(TestKeycloak.issuer() + "/protocol/openid-connect/auth"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-form-login")));
    }

    private void clickLinkTo(String path) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(@href, '" + path + "')]"))).click();
    }

    private void assertThemed(String language, String wordmark, String tabTitle, String heading) {
        String page = browser.getCurrentUrl();
        assertTrue(page.startsWith(TestKeycloak.url()), "a page of Keycloak: " + page);
        assertEquals(Boolean.TRUE, js("var link = document.querySelector("
                + "'link[rel=stylesheet][href*=\"/login/markguard/css/markguard.css\"]');"
                + " return link !== null && link.sheet !== null && link.sheet.cssRules.length > 0;"), NOT_THEMED + page);
        WebElement mark = browser.findElement(By.id("kc-header-wrapper"));
        assertEquals(ACCENT, js("return getComputedStyle(arguments[0]).color;", mark), NOT_THEMED + page);
        assertEquals(wordmark, mark.getText().trim(), page);
        assertEquals(heading, text("kc-page-title"), page);
        assertEquals(tabTitle, browser.getTitle(), page);
        assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"), page);
    }

    /**
     * The page at a laptop's width and at a phone's, each saved as target/screenshots/keycloak-PAGE-LANGUAGE-WIDTH.png;
     * neither may be wider than the window (no sideways scrolling).
     */
    private void saveScreenshots(String pageName, String language) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (int width : new int[] {LAPTOP_WIDTH, PHONE_WIDTH}) {
            browser.manage().window().setSize(new Dimension(width, HEIGHT));
            wait.until(page -> ((Number) js("return window.innerWidth;")).intValue() == width);
            PageChecks.saveFullPage(browser, SCREENSHOTS.resolve("keycloak-" + pageName + "-" + language + "-" + width + ".png"));
            java.util.List<String> problems = PageChecks.problems(browser, PageChecks.axe(), language.startsWith("zh"),
                    pageName + " " + language + " " + width + " px");
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            long scrollWidth = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
            long clientWidth = ((Number) js("return document.documentElement.clientWidth;")).longValue();
            assertTrue(scrollWidth <= clientWidth, pageName + " (" + language + ") at " + width + " px is " + scrollWidth
                    + " px wide, wider than the " + clientWidth + " px it has: it scrolls sideways");
        }
        browser.manage().window().setSize(new Dimension(LAPTOP_WIDTH, HEIGHT));
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
