package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 4's "done when": a verified brand's complaint on one of merchant-a's listings is accepted by a reviewer
 * in complaint-service; merchant-a then sees the sanction in the portal with its reasons and expiry, appeals it
 * with an invoice, a reviewer upholds the appeal in the portal, and merchant-a sees the listing restored and the
 * points gone; refusals on the merchant pages are readable and change nothing. The setup goes through the
 * services' own APIs with each user's real token.
 */
@ExtendWith(RunningSuite.class)
class MerchantAppealIT extends InBrowser {

    @Test
    void merchantASeesTheSanctionAppealsItAndAfterTheReviewerUpholdsItTheListingIsRestoredAndThePointsGone()
            throws Exception {
        long listingId = listingOf("merchant-a");
        takenDownAfterAComplaint(listingId);
        long sanctionId = awaitSanctionOn("merchant-a", listingId);

        // merchant-a sees the sanction with its expiry and countdown, and reads the statement of reasons.
        signIn("merchant-a");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("go-merchant"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sanction-" + sanctionId)));
        String row = text("sanction-" + sanctionId);
        assertTrue(row.contains("Listing removed"), row);
        // Points and the sanction count for 365 days, counted down from merchant-service's own clock.
        assertTrue(row.matches("(?s).*expires in 36[45] days.*"), row);
        int pointsBefore = Integer.parseInt(text("active-points"));
        assertTrue(pointsBefore > 0, "a takedown carries points");

        browser.findElement(By.cssSelector("#sanction-" + sanctionId + " a.reasons")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statement-of-reasons")));
        assertTrue(text("sor-ground").contains("intellectual property"), text("sor-ground"));
        assertTrue(text("sor-ip-right").contains("USPTO"), text("sor-ip-right"));
        assertTrue(text("sor-policy").matches("Penalty policy \\S+: .*points.*"), text("sor-policy"));
        assertTrue(text("sor-automation").contains("Decided by a person."), text("sor-automation"));
        assertTrue(text("sor-redress").contains("You may appeal on this page until"), text("sor-redress"));
        assertTrue(text("sor-ends").contains("expires in"), text("sor-ends"));

        // An appeal without its explanation is the sanction's page again with 400, naming it, and files nothing.
        Answer unexplained = postOnly("appeal-form", Map.of("explanation", " "));
        assertEquals(400, unexplained.status());
        assertTrue(unexplained.page().contains("Some fields are missing or invalid: Explanation. Nothing was saved or sent."),
                unexplained.page());
        assertTrue(unexplained.page().contains("id=\"appeal-form\""), "the form is there to fill in again");

        // The appeal, with an invoice, from the browser's multipart form.
        Path invoice = Files.createTempFile("invoice", ".pdf");
        Files.write(invoice, Marketplace.PDF);
        browser.findElement(By.id("appeal-explanation")).sendKeys("These bags are genuine: the invoice from the brand's distributor is attached.");
        browser.findElement(By.id("appeal-evidence")).sendKeys(invoice.toAbsolutePath().toString());
        browser.findElement(By.id("appeal-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appeal-detail")));
        assertTrue(text("appeal-status").startsWith("Open"), text("appeal-status"));
        assertTrue(text("brand-answer-deadline").contains("days left"), text("brand-answer-deadline"));
        assertTrue(text("decision-deadline").contains("days left"), text("decision-deadline"));
        assertTrue(text("evidence").contains("application/pdf"), text("evidence"));
        String appealPage = browser.getCurrentUrl();
        String appealId = appealPage.substring(appealPage.lastIndexOf('/') + 1);

        // A second reviewer upholds it in the portal, from the appeal queue: the one who accepted the notice may not.
        signOut();
        signIn("reviewer-b");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("go-appeals"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queued-" + appealId)));
        browser.findElement(By.cssSelector("#queued-" + appealId + " a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appeal-decide")));
        assertTrue(text("appeal-explanation-text").contains("invoice"), text("appeal-explanation-text"));
        assertTrue(text("statement-of-reasons").contains("USPTO"), text("statement-of-reasons"));
        // Posted without its fields, the decision is the appeal's page again with 400, naming each; a reason alone
        // keeps the reason and names the outcome; the appeal stays open.
        Answer empty = postOnly("appeal-decide", Map.of());
        assertEquals(400, empty.status());
        assertTrue(empty.page().contains("Some fields are missing or invalid: Outcome, Reason. Nothing was saved or sent."),
                empty.page());
        Answer reasonOnly = postOnly("appeal-decide", Map.of("reason", "Not sure yet."));
        assertEquals(400, reasonOnly.status());
        assertTrue(reasonOnly.page().contains("Some fields are missing or invalid: Outcome."), reasonOnly.page());
        assertTrue(reasonOnly.page().contains(">Not sure yet.</textarea>"), reasonOnly.page());
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appeal-decide")));
        assertTrue(text("appeal-status").startsWith("Open"), text("appeal-status"));
        browser.findElement(By.id("outcome-UPHELD")).click();
        browser.findElement(By.id("appeal-decision-reason")).sendKeys("The distributor's invoice shows the goods are genuine.");
        browser.findElement(By.id("appeal-decide-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeal-status"), "Upheld"));

        // merchant-a sees the appeal upheld, the listing restored and the points gone.
        signOut();
        signIn("merchant-a");
        browser.get(appealPage);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeal-status"), "Upheld"));
        assertEquals("Restored", text("listing-status"));
        assertTrue(text("decision-reason-text").contains("genuine"), text("decision-reason-text"));
        browser.findElement(By.id("nav-standing")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history-" + sanctionId)));
        assertTrue(browser.findElements(By.id("sanction-" + sanctionId)).isEmpty(), "the sanction is no longer active");
        assertTrue(text("history-" + sanctionId).contains("Reversed"), text("history-" + sanctionId));
        assertTrue(text("history-" + sanctionId).contains("Restored"), text("history-" + sanctionId));
        assertEquals(0, Integer.parseInt(text("active-points")));

        // The same standing in Simplified Chinese.
        browser.findElement(By.id("language-zh-CN")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history-" + sanctionId), "已撤销"));
        browser.findElement(By.id("language-en")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history-" + sanctionId), "Reversed"));
    }

    @Test
    void wrongEvidenceAndABadPhoneAreRefusedReadablyAndAnotherMerchantsSanctionIsNotThere() throws Exception {
        // Another merchant's sanction, so merchant-a's standing in the other test stays its own.
        String merchant = Marketplace.newMerchant("Bruno", "Handel");
        long listingId = listingOf(merchant);
        takenDownAfterAComplaint(listingId);
        long sanctionId = awaitSanctionOn(merchant, listingId);

        signIn(merchant);
        browser.get(RunningSuite.PORTAL + "/merchant/sanctions/" + sanctionId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appeal-form")));
        Path notes = Files.createTempFile("notes", ".txt");
        Files.writeString(notes, "Not an invoice, just my notes.");
        browser.findElement(By.id("appeal-explanation")).sendKeys("The goods are genuine; my notes are attached.");
        browser.findElement(By.id("appeal-evidence")).sendKeys(notes.toAbsolutePath().toString());
        browser.findElement(By.id("appeal-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertEquals("Only PDF, PNG and JPEG files are accepted as evidence. Nothing was filed.", text("error"));
        assertTrue(browser.findElements(By.id("sanction-appeals")).isEmpty(), "no appeal was filed");
        browser.findElement(By.id("nav-appeals")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-appeals")));

        browser.findElement(By.id("nav-identity")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("identity-form")));
        String before = text("completeness-percent");
        type("legalName", "Bruno Handels GmbH");
        type("phone", "call me");
        browser.findElement(By.id("identity-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(text("error").contains("Phone"), text("error"));
        assertEquals(before, text("completeness-percent"), "a refused form changes nothing");

        type("legalName", "Bruno Handels GmbH");
        type("address", "Hauptstraße 1, 10115 Berlin, Germany");
        type("phone", "+49 30 1234567");
        type("email", "bruno@handels.test");
        type("identityDocumentRef", "DE-ID-L01X00T47");
        type("tradeRegisterNumber", "HRB 123456 B");
        if (!browser.findElement(By.id("selfCertified")).isSelected()) {
            browser.findElement(By.id("selfCertified")).click();
        }
        browser.findElement(By.id("identity-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertTrue(text("completeness-percent").startsWith("100% complete"), text("completeness-percent"));
        assertEquals("Bruno Handels GmbH", browser.findElement(By.id("legalName")).getAttribute("value"));

        // merchant-a learns nothing of the other merchant's sanction: the page does not exist for them.
        signOut();
        signIn("merchant-a");
        browser.get(RunningSuite.PORTAL + "/merchant/sanctions/" + sanctionId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-message")));
        assertEquals("This page does not exist.", text("error-message"));
    }

    /** A verified brand's complaint on the listing, accepted by a reviewer in complaint-service. */
    private static void takenDownAfterAComplaint(long listingId) {
        Marketplace.VerifiedBrand brand = Marketplace.verifiedBrand("Northwind");
        List<Integer> items = Marketplace.file(brand, "COUNTERFEIT", List.of(listingId));
        Marketplace.accept(items.get(0), "COUNTERFEIT_CONFIRMED");
    }

    private static long listingOf(String merchant) {
        return Marketplace.listingOf(merchant, "Northwind tote bag");
    }

    private static long awaitSanctionOn(String merchant, long listingId) throws InterruptedException {
        return Marketplace.awaitSanctionOn(merchant, listingId);
    }
}
