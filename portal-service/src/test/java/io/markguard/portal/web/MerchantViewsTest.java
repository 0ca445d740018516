package io.markguard.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.portal.client.MerchantRestClient.ListingRef;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Countdowns are counted from merchant-service's asOf; from the portal's clock only when it sent none; never the browser's. */
class MerchantViewsTest {

    private static final Instant AS_OF = Instant.parse("2026-03-01T10:00:00Z");

    /** The portal's own clock, two days off merchant-service's, so a countdown read from the wrong one shows. */
    private static final Instant PORTAL_NOW = AS_OF.plus(Duration.ofDays(2));

    @Test
    void wholeDaysAreCountedDown() {
        assertEquals(new MerchantViews.Countdown("DAYS", 12),
                MerchantViews.Countdown.of(AS_OF, AS_OF.plus(Duration.ofDays(12)).plusSeconds(3_600), PORTAL_NOW));
        assertEquals(new MerchantViews.Countdown("DAY", 1),
                MerchantViews.Countdown.of(AS_OF, AS_OF.plus(Duration.ofHours(30)), PORTAL_NOW));
    }

    @Test
    void theLastDayIsCountedInHours() {
        assertEquals(new MerchantViews.Countdown("HOURS", 5),
                MerchantViews.Countdown.of(AS_OF, AS_OF.plus(Duration.ofMinutes(330)), PORTAL_NOW));
        assertEquals(new MerchantViews.Countdown("HOUR", 1), MerchantViews.Countdown.of(AS_OF, AS_OF.plusSeconds(90), PORTAL_NOW));
    }

    @Test
    void aMomentAtOrBeforeAsOfHasPassed() {
        assertTrue(MerchantViews.Countdown.of(AS_OF, AS_OF, PORTAL_NOW).past());
        assertTrue(MerchantViews.Countdown.of(AS_OF, AS_OF.minusSeconds(1), PORTAL_NOW).past());
        assertEquals("NONE", MerchantViews.Countdown.of(AS_OF, null, PORTAL_NOW).kind());
    }

    @Test
    void withoutAsOfThePortalsClockCounts() {
        assertEquals(new MerchantViews.Countdown("DAYS", 3),
                MerchantViews.Countdown.of(null, PORTAL_NOW.plus(Duration.ofDays(3)).plusSeconds(60), PORTAL_NOW));
    }

    private static MerchantViews.ListingRow row(String url, String status, String offSaleBecause) {
        return new MerchantViews.ListingRow(new ListingRef(7, "Watch", url, status, offSaleBecause));
    }

    @Test
    void aListingLinksOnlyToAWebAddress() {
        assertEquals("https://market.test/7", row("https://market.test/7", "ACTIVE", null).href());
        assertNull(row("javascript:alert(1)", "ACTIVE", null).href());
        assertNull(row(null, "ACTIVE", null).href());
    }

    @Test
    void onlyAListingHeldForTheTraderIdentityLinksToIt() {
        assertTrue(row("https://m.test/7", "HELD", "IDENTITY_INCOMPLETE").heldForIdentity());
        assertTrue(row("https://m.test/7", "HELD", "RESTRICTED_AND_IDENTITY_INCOMPLETE").heldForIdentity());
        assertFalse(row("https://m.test/7", "HELD", "RESTRICTED").heldForIdentity());
        assertFalse(row("https://m.test/7", "SUSPENDED", "ACCOUNT_SUSPENDED").heldForIdentity());
        assertTrue(row("https://m.test/7", "SUSPENDED", "ACCOUNT_SUSPENDED").offSale());
        assertFalse(row("https://m.test/7", "ACTIVE", null).offSale());
    }
}
