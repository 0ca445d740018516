package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 5's "done when", in the browser against the three running services: brand-owner, whose verified brand has
 * an accurate record, files a complaint in the portal by finding the listing with the search, and on reloading
 * sees it removed; merchant-a sees the sanction with its statement of reasons and the complaint about the listing,
 * answers in the item's thread; the brand reads the answer and retracts, and the listing comes back. The second test
 * is the standard path: a bulk upload saved by Excel, with bad rows, and its per-row report on the page and as CSV,
 * then the reviewer's queue.
 */
@ExtendWith(RunningSuite.class)
class ComplaintFilingIT extends InBrowser {

    @Test
    void aFastTrackBrandFilesInThePortalTheListingIsRemovedAndMerchantASeesTheSanctionWithItsReasons() throws Exception {
        // An accurate record on patents: the suite's bar of decided items, every one accepted by a reviewer (one point
        // each); the fast track is judged per infringement type, so the notice below is a patent claim too.
        Marketplace.VerifiedBrand brand = Marketplace.fastTrackBrand("Northwind", "PATENT", "RIGHT_INFRINGED");
        String word = "Zeph" + UUID.randomUUID().toString().substring(0, 6);
        long listingId = Marketplace.listingOf("merchant-a", "Northwind " + word + " tote bag");

        // brand-owner files in the portal, finding the listing by a word of its title.
        signIn("brand-owner");
        click("go-complaints");
        click("file-for-" + brand.id());
        type("search-q", word);
        click("search-submit");
        click("pick-" + listingId);
        new Select(browser.findElement(By.id("complaint-type"))).selectByValue("PATENT");
        type("complaint-explanation", "Test purchase TP-7781 shows the tote's buckle copies claim 1 of the brand's buckle patent.");
        type("evidence-urls", "https://evidence.markguard.test/tp-7781/photos");
        type("test-purchases", "TP-7781");
        click("good-faith");
        click("accurate");
        click("file-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint-heading")));
        assertEquals("Fast track", text("complaint-channel"));
        String complaintPage = browser.getCurrentUrl();

        // On reloading, the listing is removed: merchant-service applied the takedown.
        long itemId = awaitRemovedOnReload(listingId);
        assertEquals("Accepted", text("item-status-" + itemId));
        assertEquals("REMOVED", Marketplace.listingStatus(listingId));
        browser.findElement(By.id("language-zh-CN")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("removed-" + itemId), "已下架"));
        browser.findElement(By.id("language-en")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("removed-" + itemId), "Listing removed"));

        // The trust page shows the brand's own figures and the fast track.
        browser.get(RunningSuite.PORTAL + "/complaints/brands/" + brand.id() + "/trust");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fast-track-status")));
        assertTrue(text("fast-track-status").startsWith("Fast track: on since"), text("fast-track-status"));
        String overall = text("figures-ALL");
        assertTrue(overall.contains("100.0 %"), overall);
        assertTrue(text("trust-formula").contains("at least 90.0 %"), text("trust-formula"));

        // merchant-a sees the sanction and its statement of reasons, and the complaint about the listing.
        signOut();
        signIn("merchant-a");
        click("go-merchant");
        long sanctionId = Marketplace.awaitSanctionOn("merchant-a", listingId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sanction-" + sanctionId)));
        assertTrue(text("sanction-" + sanctionId).contains("Listing removed"), text("sanction-" + sanctionId));
        browser.findElement(By.cssSelector("#sanction-" + sanctionId + " a.reasons")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statement-of-reasons")));
        assertTrue(text("sor-ground").contains("intellectual property"), text("sor-ground"));
        assertTrue(text("sor-ip-right").contains("USPTO"), text("sor-ip-right"));
        assertTrue(text("sor-automation").contains("automated"), text("sor-automation"));
        click("nav-merchant-complaints");
        click("open-my-item-" + itemId);
        assertTrue(text("item-listing").contains(word), text("item-listing"));
        Answer noMessage = postOnly("send-message", Map.of());
        assertEquals(400, noMessage.status());
        assertTrue(noMessage.page().contains("Some fields are missing or invalid: Message."), noMessage.page());
        type("message-body", "These totes come from the brand's own outlet; the receipt is on its way.");
        click("message-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thread")));
        assertTrue(text("thread").contains("brand's own outlet"), text("thread"));

        // The brand reads the answer in the same thread and retracts; the listing comes back, the points go.
        signOut();
        signIn("brand-owner");
        browser.get(complaintPage);
        click("open-item-" + itemId);
        assertTrue(text("thread").contains("Merchant"), text("thread"));
        assertTrue(text("thread").contains("brand's own outlet"), text("thread"));
        click("retract-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertEquals("Some fields are missing or invalid: Reason. Nothing was saved or sent.", text("error"));
        assertEquals("Accepted", text("item-status"));
        type("retract-reason", "The merchant showed the totes come from our outlet.");
        click("retract-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertEquals("Retracted", text("item-status"));
        awaitListing(listingId, "RESTORED");
        int points = Marketplace.as("merchant-a").baseUri(RunningSuite.MERCHANTS).get("/api/merchants/me/standing").then()
                .statusCode(200).extract().jsonPath().getInt("activePoints");
        assertEquals(0, points, "the retraction reversed merchant-a's sanction");
    }

    @Test
    void aBulkUploadReportsItsBadRowsAndTheReviewerDecidesFromTheQueueBeforeTheDeadline() throws Exception {
        Marketplace.VerifiedBrand brand = Marketplace.verifiedBrand("Eastwind");
        long listingId = Marketplace.listingOf(Marketplace.newMerchant("Ella", "Ost"), "Eastwind patented clasp " + UUID.randomUUID());
        Path csv = Files.createTempFile("listings", ".csv");
        // Saved as Excel's "CSV UTF-8" does, with a byte-order mark; one row a spreadsheet would run as a formula.
        Files.writeString(csv, "\uFEFFlisting,note\n" + listingId + ",seen on the marketplace\nnot-a-listing,typo\n"
                + "999999999,gone\n\"=HYPERLINK(\"\"https://evil.test/steal\"\",\"\"open\"\")\",pasted\n");

        signIn("brand-owner");
        browser.get(RunningSuite.PORTAL + "/complaints/brands/" + brand.id() + "/bulk");
        browser.findElement(By.id("bulk-file")).sendKeys(csv.toAbsolutePath().toString());
        new Select(browser.findElement(By.id("bulk-type"))).selectByValue("PATENT");
        type("bulk-explanation", "Each listing copies the patented clasp mechanism of claim 1.");
        click("bulk-good-faith");
        click("bulk-accurate");
        click("bulk-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("job-state")));
        // The job page refreshes itself until the job is done.
        Browsers.patientWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-state"), "Done"));
        assertTrue(text("job-counts").startsWith("1 filed, 0 duplicates, 3 refused"), text("job-counts"));
        assertTrue(text("report-row-2").contains("not-a-listing"), text("report-row-2"));
        assertTrue(text("report-row-3").contains("999999999"), text("report-row-3"));
        assertTrue(text("report-row-4").contains("=HYPERLINK(\"https://evil.test/steal\",\"open\")"), text("report-row-4"));
        // The report the page links, downloaded in the same session: the formula is text a spreadsheet shows.
        RequestSpecification download = RestAssured.given().redirects().follow(false);
        browser.manage().getCookies().forEach(c -> download.cookie(c.getName(), c.getValue()));
        Response report = download.get(browser.findElement(By.id("report-csv")).getAttribute("href"));
        report.then().statusCode(200);
        assertTrue(report.contentType().startsWith("text/csv"), report.contentType());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(report.asString())).getRecords();
        assertEquals(List.of("2", "3", "4"), rows.stream().map(r -> r.get("row")).toList());
        assertEquals("'=HYPERLINK(\"https://evil.test/steal\",\"open\")", rows.get(2).get("listing"));
        click("job-complaint");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("items")));
        assertEquals("Review queue", text("complaint-channel"));
        long itemId = Long.parseLong(browser.findElement(By.cssSelector("#items tbody tr")).getAttribute("id").substring("item-".length()));
        assertEquals("Awaiting review", text("item-status-" + itemId));
        assertTrue(text("deadline-" + itemId).matches("2[34] h \\d+ min left"), text("deadline-" + itemId));

        // The reviewer finds it in the queue with its countdown, claims it and accepts it with a reason.
        signOut();
        signIn("reviewer");
        click("go-complaint-queue");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queued-" + itemId)));
        assertTrue(text("queued-" + itemId).contains("min left"), text("queued-" + itemId));
        click("review-item-" + itemId);
        // The decision shows once the reviewer holds the claim, and says until when.
        assertTrue(browser.findElements(By.id("accept")).isEmpty(), "no decision before the claim");
        click("claim-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept")));
        assertTrue(text("claim-state").startsWith("You hold this item until "), text("claim-state"));
        String claimed = text("item-status");

        // Posted without its fields, the decision is the item's page again with 400, naming each field.
        Answer empty = postOnly("accept", Map.of());
        assertEquals(400, empty.status());
        assertTrue(empty.page().contains("Some fields are missing or invalid: Outcome, Reason code, Reason. "
                + "Nothing was saved or sent."), empty.page());
        // The reject form offers only reject codes; a reason without a code of the outcome keeps what was typed.
        Answer mixed = postOnly("reject", Map.of("outcome", "REJECT", "reasonCode", "RIGHT_INFRINGED",
                "reason", "Typed before the code."));
        assertEquals(400, mixed.status());
        assertTrue(mixed.page().contains("Some fields are missing or invalid: Reason code."), mixed.page());
        assertTrue(mixed.page().contains(">Typed before the code.</textarea>"), mixed.page());
        // A reason left empty: the reason is named, nothing is decided.
        click("accept-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertEquals("Some fields are missing or invalid: Reason. Nothing was saved or sent.", text("error"));
        assertEquals(claimed, text("item-status"));
        new Select(browser.findElement(By.id("accept-reason-code"))).selectByValue("RIGHT_INFRINGED");
        type("accept-reason", "The clasp matches claim 1 of the patent, as the brand's drawings show.");
        click("accept-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertEquals("Accepted", text("item-status"));
        awaitListing(listingId, "REMOVED");
        assertTrue(queued().stream().noneMatch(id -> id == itemId), "a decided item leaves the queue");
    }

    /** Every item id in the review queue, read a page at a time to its end. */
    private static List<Long> queued() {
        List<Long> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification page = Marketplace.as("reviewer").baseUri(RunningSuite.COMPLAINTS).queryParam("limit", 500);
            if (cursor != null) {
                page.queryParam("cursor", cursor);
            }
            var read = page.get("/api/review/queue").then().statusCode(200).extract().jsonPath();
            ids.addAll(read.getList("items.id", Long.class));
            cursor = read.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    /** Reloads the complaint's page, as the user would, until its item shows the listing removed. */
    private long awaitRemovedOnReload(long listingId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("items")));
            var removed = browser.findElements(By.cssSelector("#items [id^='removed-']"));
            if (!removed.isEmpty()) {
                String row = browser.findElement(By.cssSelector("#items tbody tr")).getText();
                assertTrue(row.contains(String.valueOf(listingId)), row);
                return Long.parseLong(removed.get(0).getAttribute("id").substring("removed-".length()));
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The complaint page did not show the listing removed within 20 s");
    }

    private static void awaitListing(long listingId, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!status.equals(Marketplace.listingStatus(listingId))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Listing " + listingId + " is " + Marketplace.listingStatus(listingId)
                        + ", not " + status + ", after 30 s");
            }
            Thread.sleep(300);
        }
    }
}
