package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.eutdb.TransparencyDatabase;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * DSA Art. 24(5) as an operator checks it: a reviewer's takedown gives a statement of reasons that merchant-service
 * submits once to the EU Transparency Database (the suite's local one, infra/eu-tdb, which applies the database's
 * rules), in the platform's own words without the listing's address or the notifier's text; the warning the same
 * takedown earned restricts nothing and is not submitted; the operator page shows the statement submitted with the
 * database's id, and, once the brand retracts, its reversal after submission, while the database keeps it as it was.
 */
@ExtendWith(RunningSuite.class)
class TransparencyDatabaseIT extends InBrowser {

    private static final Duration SENT_WITHIN = Duration.ofSeconds(45);

    @Test
    void aStatementGoesOnceToTheEuDatabaseAndTheOperatorSeesItSubmittedAndLaterReversed() throws Exception {
        String merchant = Marketplace.newMerchant("Tomas", "Tal");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long listing = Marketplace.listingOf(merchant, "Tidewind copied kettle " + tag);
        String listingUrl = Marketplace.listing(listing).getString("url");
        Marketplace.VerifiedBrand brand = Marketplace.verifiedBrand("Tidewind");
        int itemId = Marketplace.file(brand, "COUNTERFEIT", List.of(listing)).get(0);
        Marketplace.accept(itemId, "COUNTERFEIT_CONFIRMED");
        long sanctionId = Marketplace.awaitSanctionOn(merchant, listing);

        Map<String, Object> submitted = awaitSubmission(sanctionId, "SUBMITTED");
        String puid = (String) submitted.get("puid");
        TransparencyDatabase.Platform platform = RunningSuite.euDatabase().platform(RunningSuite.EU_TDB_TOKEN);
        List<Map<String, Object>> inDatabase = RunningSuite.euDatabase().database().statements(platform).stream()
                .filter(s -> puid.equals(s.get("puid"))).toList();
        assertEquals(1, inDatabase.size(), "the database has the statement once");
        Map<String, Object> statement = inDatabase.get(0);
        assertEquals(submitted.get("tdbUuid"), statement.get("uuid"));
        assertEquals(List.of("DECISION_VISIBILITY_CONTENT_REMOVED"), statement.get("decision_visibility"));
        String published = statement.toString();
        assertFalse(published.contains(listingUrl), "no listing address in the published statement: " + published);
        assertFalse(published.contains("wrong stitching, no hologram"), "no notifier's text in the published statement");
        assertTrue(String.valueOf(statement.get("illegal_content_explanation")).startsWith("The holder of the right "),
                String.valueOf(statement.get("illegal_content_explanation")));

        // The 12 points of a confirmed counterfeit earn the merchant a warning: it restricts nothing, so it is kept
        // out of the ledger and the database.
        List<Map<String, Object>> sanctions = Marketplace.as(merchant).baseUri(RunningSuite.MERCHANTS)
                .get("/api/merchants/me/sanctions").then().statusCode(200).extract().jsonPath().getList("items");
        long warning = sanctions.stream().filter(s -> "WARNING".equals(s.get("measure")))
                .mapToLong(s -> ((Number) s.get("id")).longValue()).findFirst().orElseThrow();
        assertTrue(submission(warning).isEmpty(), "the warning has no submission");

        // The operator sees it submitted, with the database's id.
        signIn("admin");
        click("go-transparency-database");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submission-states")));
        click("state-SUBMITTED");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state-of-" + puid)));
        assertEquals("Submitted", text("state-of-" + puid));
        assertTrue(text("submission-" + puid).contains((String) submitted.get("tdbUuid")), text("submission-" + puid));
        assertTrue(browser.findElements(By.id("reversed-" + puid)).isEmpty());

        // The brand retracts: the sanction is reversed; the database keeps the statement, the ledger shows the reversal.
        Marketplace.as("brand-owner").baseUri(RunningSuite.COMPLAINTS).contentType(ContentType.JSON)
                .body(Map.of("reason", "A licensed reseller after all.")).post("/api/complaint-items/" + itemId + "/retraction")
                .then().statusCode(200);
        Instant until = Instant.now().plus(SENT_WITHIN);
        while (submission(sanctionId).map(s -> s.get("reversedAt")).isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(300);
        }
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reversed-" + puid)));
        assertTrue(text("reversed-" + puid).startsWith("Reversed on "), text("reversed-" + puid));
        assertEquals("Submitted", text("state-of-" + puid));
        assertEquals(1, RunningSuite.euDatabase().database().statements(platform).stream()
                .filter(s -> puid.equals(s.get("puid"))).count(), "still once in the database");
    }

    /** The sanction's row of the submission ledger once it is in the state, as an operator reads it. */
    private static Map<String, Object> awaitSubmission(long sanctionId, String state) throws InterruptedException {
        Instant until = Instant.now().plus(SENT_WITHIN);
        while (Instant.now().isBefore(until)) {
            Optional<Map<String, Object>> row = submission(sanctionId);
            if (row.isPresent() && state.equals(row.get().get("state"))) {
                return row.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Sanction " + sanctionId + "'s statement not " + state + " within " + SENT_WITHIN
                .toSeconds() + " s: " + submission(sanctionId));
    }

    /** The ledger's row of the sanction: the latest sanctions come first, so a new one is on the first page. */
    private static Optional<Map<String, Object>> submission(long sanctionId) {
        List<Map<String, Object>> rows = Marketplace.as("admin").baseUri(RunningSuite.MERCHANTS).queryParam("limit", 200)
                .get("/api/transparency-database/submissions").then().statusCode(200).extract().jsonPath().getList("items");
        return rows.stream().filter(r -> ((Number) r.get("sanctionId")).longValue() == sanctionId).findFirst();
    }
}
