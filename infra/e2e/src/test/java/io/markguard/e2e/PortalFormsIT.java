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

    /**
     * A notice posted with every required part missing but the listings is shown again with each problem next to its
     * field, in the reader's words, and everything typed still there; the listing picker pages through a search's
     * matches, and the listings chosen on each page are filed together.
     */
    @Test
    void theFilingFormNamesEachProblemAtItsFieldKeepsWhatWasTypedAndKeepsChosenListingsAcrossPages() throws Exception {
        Marketplace.VerifiedBrand brand = Marketplace.verifiedBrand("Picker");
        String merchant = Marketplace.newMerchant("Pia", "Kern");
        String word = "picker" + UUID.randomUUID().toString().substring(0, 6);
        java.util.List<Long> listings = new java.util.ArrayList<>();
        for (int i = 0; i < 23; i++) {
            listings.add(Marketplace.listingOf(merchant, word + " scarf " + i));
        }
        signIn("brand-owner");
        browser.get(RunningSuite.PORTAL + "/complaints/brands/" + brand.id() + "/new");
        type("search-q", word);
        click("search-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
        assertEquals(20, browser.findElements(By.cssSelector("#search-results input.pick")).size(), "a page of 20 matches");
        // "Choose every listing on this page", then one box cleared again: 19 chosen.
        click("pick-all");
        java.util.List<org.openqa.selenium.WebElement> boxes = browser.findElements(By.cssSelector("#search-results input.pick"));
        String cleared = boxes.get(0).getAttribute("value");
        boxes.get(0).click();
        assertEquals("19 listings chosen.", text("picker-status"));
        type("complaint-explanation", "Each scarf copies the registered check pattern.");
        click("picker-next");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("picker-previous")));
        assertEquals(3, browser.findElements(By.cssSelector("#search-results input.pick")).size(), "the last 3 matches");
        assertEquals("19 listings chosen.", text("picker-status"), "the listings chosen on the first page are kept");
        assertEquals("Each scarf copies the registered check pattern.",
                browser.findElement(By.id("complaint-explanation")).getAttribute("value"), "what was typed travels along");
        browser.findElements(By.cssSelector("#search-results input.pick")).get(2).click();
        assertEquals("20 listings chosen.", text("picker-status"));

        // Filed without the declarations and with an evidence link too many: each problem at its field, nothing lost.
        browser.findElement(By.id("evidence-urls")).sendKeys(String.join("\n",
                java.util.Collections.nCopies(21, "https://evidence.markguard.test/photo")));
        click("file-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(text("good-faith-error").contains("good faith"), text("good-faith-error"));
        assertTrue(text("accurate-error").contains("accurate"), text("accurate-error"));
        assertTrue(text("evidence-urls-error").contains("at most 20"), text("evidence-urls-error"));
        assertTrue(!text("error").contains("evidence.urls"), "the summary names fields in words: " + text("error"));
        assertTrue(browser.findElements(By.id("complaint-explanation-error")).isEmpty(), "no error where none was made");
        assertEquals("Each scarf copies the registered check pattern.",
                browser.findElement(By.id("complaint-explanation")).getAttribute("value"));
        assertEquals("true", browser.findElement(By.id("evidence-urls")).getAttribute("aria-invalid"));
        assertEquals("20 listings chosen.", text("picker-status"), "the chosen listings survive the refusal");
        java.util.List<String> problems = PageChecks.problems(browser, PageChecks.axe(), false, "the refused filing form");
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        browser.findElement(By.id("evidence-urls")).clear();
        click("good-faith");
        click("accurate");
        click("file-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint-heading")));
        long complaintId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/complaints/(\\d+).*", "$1"));
        java.util.List<Object> filed = Marketplace.as("brand-owner").baseUri(RunningSuite.COMPLAINTS)
                .queryParam("limit", 100).get("/api/complaints/" + complaintId + "/items").then().statusCode(200)
                .extract().jsonPath().getList("items.listing.id");
        java.util.Set<Long> expected = new java.util.HashSet<>(listings);
        expected.remove(Long.valueOf(cleared));
        java.util.Set<Long> got = new java.util.HashSet<>();
        filed.forEach(id -> got.add(((Number) id).longValue()));
        assertEquals(20, got.size(), "the 19 of the first page and 1 of the second");
        assertTrue(expected.containsAll(got), "only listings that were chosen: " + got);
    }

    /**
     * A brand registered with the keyboard alone: Tab from the top of the page reaches the form through the skip link
     * and the navigation, every control on the way shows where the focus is, and Enter sends the form.
     */
    @Test
    void aBrandIsRegisteredWithTheKeyboardAloneAndTheFocusIsAlwaysVisible() {
        signIn("brand-owner");
        browser.get(RunningSuite.PORTAL + "/brands");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-brand")));
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser);
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        String focused = "";
        java.util.List<String> unseen = new java.util.ArrayList<>();
        for (int tab = 0; tab < 80 && !focused.equals("brand-name"); tab++) {
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> at = (java.util.Map<String, Object>) js.executeScript("""
                    var el = document.activeElement, style = getComputedStyle(el);
                    return { id: el.id || el.tagName, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
                             shadow: style.boxShadow !== 'none' };
                    """);
            focused = String.valueOf(at.get("id"));
            if (!Boolean.TRUE.equals(at.get("outline")) && !Boolean.TRUE.equals(at.get("shadow"))) {
                unseen.add(focused);
            }
        }
        assertEquals("brand-name", focused, "Tab reaches the registration form");
        assertTrue(unseen.isEmpty(), "the focus is not visible on " + unseen);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        keys.sendKeys("Keyboard " + suffix).sendKeys(org.openqa.selenium.Keys.TAB)
                .sendKeys("Keyboard " + suffix + " Ltd").sendKeys(org.openqa.selenium.Keys.TAB)
                .sendKeys("GB").sendKeys(org.openqa.selenium.Keys.TAB)
                .sendKeys("keys-" + suffix + ".test").sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("brand-status")));
        assertTrue(heading().contains("Keyboard " + suffix), heading());
    }

    /**
     * merchant-service refuses a trader identity with a telephone number it cannot read: the page says so at that
     * field, keeps everything typed, and saves once the number is right.
     */
    @Test
    void aRefusedTraderIdentityKeepsWhatWasTypedAndNamesTheField() {
        String merchant = Marketplace.newMerchant("Tao", "Lin");
        signIn(merchant);
        browser.get(RunningSuite.PORTAL + "/merchant/identity");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("identity-form")));
        browser.findElement(By.id("legalName")).clear();
        type("legalName", "Tao Lin Trading Ltd");
        browser.findElement(By.id("address")).clear();
        type("address", "12 Harbour Road, Hong Kong");
        browser.findElement(By.id("phone")).clear();
        type("phone", "call me");
        click("identity-save");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone-error")));
        assertTrue(text("phone-error").contains("country code"), text("phone-error"));
        assertEquals("Tao Lin Trading Ltd", browser.findElement(By.id("legalName")).getAttribute("value"));
        assertEquals("12 Harbour Road, Hong Kong", browser.findElement(By.id("address")).getAttribute("value"));
        assertEquals("call me", browser.findElement(By.id("phone")).getAttribute("value"));
        assertTrue(browser.findElements(By.id("legalName-error")).isEmpty(), "no error where none was made");

        browser.findElement(By.id("phone")).clear();
        type("phone", "+852 2123 4567");
        click("identity-save");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertEquals("Tao Lin Trading Ltd", browser.findElement(By.id("legalName")).getAttribute("value"));
        assertEquals("+852 2123 4567", browser.findElement(By.id("phone")).getAttribute("value"));
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
