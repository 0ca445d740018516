package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A brand with more complaints than one page of the portal holds, against the three running services: brand-owner
 * pages forward and back through them, then narrows the list to one infringement type and pages that.
 */
@ExtendWith(RunningSuite.class)
class PortalPagingIT extends InBrowser {

    @Test
    void aBrandPagesThroughItsComplaintsWithNextAndPreviousAndNarrowsThemByType() {
        Marketplace.VerifiedBrand brand = Marketplace.verifiedBrand("Pagewise");
        // 27 notices, one listing each: 18 counterfeits and 9 of trademark misuse, the newest first on the page.
        for (int i = 0; i < 27; i++) {
            long listing = Marketplace.listingOf("merchant-b", "Pagewise item " + i);
            Marketplace.file(brand, i % 3 == 0 ? "TRADEMARK_MISUSE" : "COUNTERFEIT", List.of(listing));
        }

        signIn("brand-owner");
        browser.get(RunningSuite.PORTAL + "/complaints/brands/" + brand.id());
        List<String> first = complaintIds();
        assertEquals(25, first.size(), "a page shows 25 complaints");
        assertTrue(browser.findElements(By.cssSelector("#complaints-pager .pager-previous")).isEmpty());

        pager("pager-next");
        List<String> second = complaintIds();
        assertEquals(2, second.size(), "the second page shows the other two");
        assertTrue(second.stream().noneMatch(first::contains), "no complaint is on both pages");
        assertTrue(browser.findElements(By.cssSelector("#complaints-pager .pager-next")).isEmpty());

        pager("pager-previous");
        assertEquals(first, complaintIds(), "previous shows the first page again");

        new Select(browser.findElement(By.id("filter-type"))).selectByValue("TRADEMARK_MISUSE");
        click("filter-submit");
        wait.until(ExpectedConditions.urlContains("infringementType=TRADEMARK_MISUSE"));
        List<String> misuse = complaintIds();
        assertEquals(9, misuse.size(), "the nine notices of trademark misuse, on one page");
        assertTrue(browser.findElement(By.id("complaints")).getText().contains("Trademark misuse"));
        assertTrue(!browser.findElement(By.id("complaints")).getText().contains("Counterfeit"));
    }

    private void pager(String link) {
        String before = browser.getCurrentUrl();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#complaints-pager ." + link))).click();
        wait.until(driver -> !driver.getCurrentUrl().equals(before));
    }

    private List<String> complaintIds() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complaints")));
        return browser.findElements(By.cssSelector("#complaints tbody tr")).stream().map(row -> row.getDomAttribute("id")).toList();
    }
}
