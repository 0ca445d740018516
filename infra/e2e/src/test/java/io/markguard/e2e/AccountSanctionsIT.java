package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.TestKeycloak;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 14's account sanctions, as a merchant lives them: a merchant climbing the ladder is suspended and sees every
 * listing off sale (not found by search, answered as suspended), and back on sale when the suspension ends, apart from
 * the listings removed for their own reasons; at the top of the ladder the termination waits for a second reviewer,
 * who confirms it in the portal, and the listings stay off sale for good, also when a suspension in force ends. The
 * merchant is told each step by mail, once. The merchant is a new Keycloak user, so no other test's takedowns count.
 * The suite runs suspensions of {@link RunningSuite#SUSPENSION} instead of 7 and 14 days.
 */
@ExtendWith(RunningSuite.class)
class AccountSanctionsIT extends InBrowser {

    private static final Duration SWEEP_WITHIN = Duration.ofSeconds(30);

    @Test
    void aMerchantSuspendedByTheLadderSeesEveryListingOffSaleAndBackAndATerminationWaitsForTheSecondReviewer()
            throws Exception {
        String tag = "quoll" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String merchant = TestKeycloak.newUser("merchant-" + tag, "Sofia", "Serra", "merchant");
        // Five listings to be taken down (12 points each for a confirmed counterfeit) and two that break no rule.
        List<Long> takenDown = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            takenDown.add(Marketplace.listingOf(merchant, "Northwind " + tag + " copied satchel " + i));
        }
        List<Long> kept = List.of(Marketplace.listingOf(merchant, "Plain " + tag + " linen scarf"),
                Marketplace.listingOf(merchant, "Plain " + tag + " wool scarf"));
        assertEquals(kept.size() + takenDown.size(), Marketplace.found(tag).size(), "every listing is on sale at first");
        Marketplace.VerifiedBrand brand = Marketplace.verifiedBrand("Northwind");
        List<Integer> items = Marketplace.file(brand, "COUNTERFEIT", takenDown);

        // Three takedowns: 36 points pass the first suspension's threshold (32).
        for (int i = 0; i < 3; i++) {
            Marketplace.accept(items.get(i), "COUNTERFEIT_CONFIRMED");
        }
        kept.forEach(id -> awaitListing(id, l -> "SUSPENDED".equals(l.getString("status"))
                && "ACCOUNT_SUSPENDED".equals(l.getString("offSaleBecause"))));
        takenDown.subList(0, 3).forEach(id -> assertEquals("REMOVED", Marketplace.listingStatus(id)));
        assertEquals(List.of(), Marketplace.found(tag), "search finds nothing of a suspended merchant");
        String suspendedMail = Mails.awaitOne(merchant, "Your merchant account is suspended");
        assertTrue(suspendedMail.contains(RunningSuite.PORTAL + "/"), suspendedMail);

        // The merchant sees it on the standing and on each listing.
        signIn(merchant);
        browser.get(RunningSuite.PORTAL + "/merchant");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("off-sale")));
        assertEquals("Suspended for 7 days", text("level"));
        browser.findElement(By.id("nav-listings")).click();
        for (long id : kept) {
            assertEquals("Off sale with the account", text("listing-status-" + id));
            assertTrue(text("listing-why-" + id).contains("suspended"), text("listing-why-" + id));
        }
        assertEquals("Removed", text("listing-status-" + takenDown.get(0)));

        // When the suspension ends, the listings it took off sale are on sale again; the removed ones stay removed.
        kept.forEach(id -> awaitListing(id, l -> "ACTIVE".equals(l.getString("status"))
                && l.get("offSaleBecause") == null, RunningSuite.SUSPENSION.plus(SWEEP_WITHIN)));
        takenDown.subList(0, 3).forEach(id -> assertEquals("REMOVED", Marketplace.listingStatus(id)));
        assertEquals(kept.size() + 2, Marketplace.found(tag).size(), "search finds the listings on sale again");
        String reinstated = Mails.awaitOne(merchant, "Your listings are on sale again");
        assertTrue(reinstated.contains(RunningSuite.PORTAL + "/merchant"), reinstated);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("listing-status-" + kept.get(0)), "On sale"));
        assertTrue(browser.findElements(By.id("listing-why-" + kept.get(0))).isEmpty(), "on sale needs no reason");

        // Two more takedowns: 48 points suspend again (14 days' step), 60 reach termination, which only proposes it.
        Instant secondSuspension = Instant.now();
        Marketplace.accept(items.get(3), "COUNTERFEIT_CONFIRMED");
        Marketplace.accept(items.get(4), "COUNTERFEIT_CONFIRMED");
        kept.forEach(id -> awaitListing(id, l -> "TERMINATION_PENDING".equals(l.getString("offSaleBecause"))));
        JsonPath standing = Marketplace.standingOf(merchant);
        long terminationId = standing.getLong("pendingTermination.id");
        assertTrue(!"TERMINATED".equals(standing.getString("level")), "not terminated before a second reviewer confirms");
        browser.get(RunningSuite.PORTAL + "/merchant");
        assertTrue(text("pending-termination").contains("second reviewer"), text("pending-termination"));
        signOut();

        // A second reviewer confirms it in the portal, from the termination queue.
        signIn("reviewer-b");
        click("go-terminations");
        click("open-termination-" + terminationId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("termination-decide")));
        click("outcome-CONFIRMED");
        type("termination-decision-reason-input", "Five confirmed counterfeits within a year: the account is closed.");
        click("termination-decide-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertTrue(text("termination-status").startsWith("Confirmed"), text("termination-status"));
        signOut();

        kept.forEach(id -> awaitListing(id, l -> "ACCOUNT_TERMINATED".equals(l.getString("offSaleBecause"))));
        assertEquals("TERMINATED", Marketplace.standingOf(merchant).getString("level"));
        String terminated = Mails.awaitOne(merchant, "Your merchant account is terminated");
        assertTrue(terminated.contains(RunningSuite.PORTAL + "/"), terminated);

        // The second suspension ends meanwhile; a terminated account stays off sale and is not told otherwise.
        Duration untilItEnds = Duration.between(Instant.now(), secondSuspension.plus(RunningSuite.SUSPENSION).plusSeconds(15));
        if (!untilItEnds.isNegative()) {
            Thread.sleep(untilItEnds.toMillis());
        }
        kept.forEach(id -> assertEquals("ACCOUNT_TERMINATED", Marketplace.listing(id).getString("offSaleBecause")));
        assertEquals(List.of(), Marketplace.found(tag));
        assertEquals(1, Mails.to(merchant, "Your listings are on sale again").size(), "reinstated once, for the first");
        assertEquals(1, Mails.to(merchant, "Your merchant account is terminated").size());

        signIn(merchant);
        browser.get(RunningSuite.PORTAL + "/merchant/listings");
        for (long id : kept) {
            assertTrue(text("listing-why-" + id).contains("terminated"), text("listing-why-" + id));
        }
        browser.get(RunningSuite.PORTAL + "/merchant");
        assertEquals("Account terminated", text("level"));
    }

    private static void awaitListing(long id, Predicate<JsonPath> state) {
        awaitListing(id, state, SWEEP_WITHIN);
    }

    private static void awaitListing(long id, Predicate<JsonPath> state, Duration within) {
        Instant deadline = Instant.now().plus(within);
        JsonPath listing = Marketplace.listing(id);
        while (!state.test(listing)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Listing " + id + " is " + listing.getString("status") + " ("
                        + listing.getString("offSaleBecause") + ") after " + within.toSeconds() + " s");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            listing = Marketplace.listing(id);
        }
    }
}
